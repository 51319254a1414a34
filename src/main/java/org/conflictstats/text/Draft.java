package org.conflictstats.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.conflictstats.model.CompositeWeapon;
import org.conflictstats.model.Count;
import org.conflictstats.model.LineDetails;
import org.conflictstats.model.Weapon;
import org.conflictstats.model.WeaponLine;

/**
 * A weapon line while the report is assembled: which counts the text states for it (a count not
 * stated is absent, not zero), the weapons it stands for, and the groups it was built from. What
 * the line says of an outcome the text states no count of is {@link #line}'s rule.
 */
final class Draft {

  /** The fields a line holds, in the order they are worked out. */
  static final List<Field> LINE_FIELDS = List.of(Field.LAUNCHED, Field.DESTROYED,
      Field.SUPPRESSED, Field.STILL_AIRBORNE, Field.LEFT_AIRSPACE, Field.HIT);

  final List<Weapon> weapons = new ArrayList<>();
  final Map<Field, Count> counts = new EnumMap<>(Field.class);
  /**
   * Outcomes known for some of the lines merged into this one and not for the others: the sum of
   * what is known, still open to a whole's figure (which then replaces it).
   */
  final Set<Field> partial = java.util.EnumSet.noneOf(Field.class);
  final Map<Weapon, Count> launchedByModel = new LinkedHashMap<>();
  final Map<String, Count> leftByCountry = new LinkedHashMap<>();
  final Set<Group> groups = new LinkedHashSet<>();
  Optional<Count> hitLocations = Optional.empty();
  Optional<Count> debrisLocations = Optional.empty();
  Optional<Count> genuineShaheds = Optional.empty();
  boolean remainder;
  /**
   * Whether the text speaks of some of the line's weapons with a figure it denies ("did not shoot
   * down 8 drones, which hit targets", "two of which were not intercepted"): weapons whose end the
   * text tells of without a count, so that no outcome it gives no count of is zero.
   */
  boolean deniedWeapons;
  int order;

  static Draft of(Weapon weapon, int order) {
    Draft d = new Draft();
    d.weapons.add(weapon);
    d.order = order;
    return d;
  }

  boolean has(Field f) {
    return counts.containsKey(f) && !partial.contains(f);
  }

  /** Sets a field the text states (or a whole's remainder gives) for this line. */
  void set(Field f, Count c) {
    counts.put(f, c);
    partial.remove(f);
  }

  /** The known outcomes of the line, at their lower bounds. */
  long knownOutcomes() {
    long sum = 0;
    for (Field f : LINE_FIELDS) {
      if (f != Field.LAUNCHED && counts.containsKey(f)) {
        sum += counts.get(f).lower();
      }
    }
    return sum;
  }

  /**
   * The launched count of the line: the text's figure, or, where the text gives none but states
   * what some of the weapons did ("six Shahed drones were destroyed"), at least as many as those
   * outcomes add up to (a weapon destroyed, suppressed, airborne, gone or hit was launched), never
   * a guess beyond that; unknown where the text states neither.
   */
  Count launched() {
    if (counts.containsKey(Field.LAUNCHED)) {
      return counts.get(Field.LAUNCHED);
    }
    long outcomes = knownOutcomes();
    return outcomes > 0 ? Count.atLeast(outcomes) : Count.unknown();
  }

  /** Whether nothing is known of the line: no launched above zero and no outcome above zero. */
  boolean saysNothing() {
    return counts.values().stream().allMatch(c -> c.lower() == 0);
  }

  /** One line for several whose counts the text gives only together. */
  static Draft merge(List<Draft> parts) {
    Draft m = new Draft();
    m.order = Integer.MAX_VALUE;
    for (Draft d : parts) {
      for (Weapon w : d.weapons) {
        if (!m.weapons.contains(w)) {
          m.weapons.add(w);
        }
      }
      m.groups.addAll(d.groups);
      m.order = Math.min(m.order, d.order);
      if (!d.launchedByModel.isEmpty()) {
        d.launchedByModel.forEach((w, c) -> m.launchedByModel.merge(w, c, Count::plus));
      } else if (d.has(Field.LAUNCHED) && d.weapons.size() == 1) {
        m.launchedByModel.merge(d.weapons.get(0), d.counts.get(Field.LAUNCHED), Count::plus);
      }
      d.leftByCountry.forEach((k, c) -> m.leftByCountry.merge(k, c, Count::plus));
      m.hitLocations = sum(m.hitLocations, d.hitLocations);
      m.debrisLocations = sum(m.debrisLocations, d.debrisLocations);
      m.genuineShaheds = sum(m.genuineShaheds, d.genuineShaheds);
    }
    for (Field f : LINE_FIELDS) {
      if (parts.stream().allMatch(d -> d.has(f))) {
        m.counts.put(f, parts.stream().map(d -> d.counts.get(f)).reduce(Count.zero(), Count::plus));
      } else if (f != Field.LAUNCHED && parts.stream().anyMatch(d -> d.counts.containsKey(f))) {
        m.counts.put(f, parts.stream().filter(d -> d.counts.containsKey(f))
            .map(d -> d.counts.get(f)).reduce(Count.zero(), Count::plus));
        m.partial.add(f);
      }
    }
    m.launchedByModel.values().removeIf(Count::isUnknown);
    return m;
  }

  private static Optional<Count> sum(Optional<Count> a, Optional<Count> b) {
    if (a.isEmpty()) {
      return b;
    }
    return b.isEmpty() ? a : Optional.of(a.get().plus(b.get()));
  }

  Weapon weapon() {
    List<Weapon> parts = new ArrayList<>();
    for (Weapon w : weapons) {
      for (Weapon p : w.parts()) {
        if (!parts.contains(p)) {
          parts.add(p);
        }
      }
    }
    if (weapons.size() == 1) {
      return weapons.get(0);
    }
    return parts.size() == 1 ? parts.get(0) : CompositeWeapon.of(parts);
  }

  /**
   * The line. An outcome the text states a count of has that count. One it states none of is
   * {@link Count#unknown()} (the text does not say; 0 is a figure someone gave: DOMAIN.md §3), with
   * one exception: still airborne, left airspace and hit, which a statement reports only when
   * there are some, are {@link Count#zero()} when the text says nothing of them at all, so that
   * the weapons are in the line's unknown remainder ({@link WeaponLine}: an outcome not reported as
   * such; DOMAIN.md §4, the 17 April drones, U = 20). Where the text tells of some of the line's
   * weapons with a figure it denies ({@link #deniedWeapons}: "did not shoot down 8 drones, which
   * hit targets"), it does speak of where they ended, with no count read, so those three are
   * unknown too, never a zero the text did not give.
   *
   * @return the line, with the details the text gives
   */
  WeaponLine line() {
    Weapon w = weapon();
    Count unsaid = deniedWeapons ? Count.unknown() : Count.zero();
    WeaponLine line = WeaponLine.of(w, launched())
        .withDestroyed(counts.getOrDefault(Field.DESTROYED, Count.unknown()))
        .withSuppressed(counts.getOrDefault(Field.SUPPRESSED, Count.unknown()))
        .withStillAirborne(counts.getOrDefault(Field.STILL_AIRBORNE, unsaid))
        .withLeftAirspace(counts.getOrDefault(Field.LEFT_AIRSPACE, unsaid))
        .withHit(counts.getOrDefault(Field.HIT, unsaid));
    LineDetails.Builder b = LineDetails.builder();
    boolean any = false;
    if (launchedByModel.size() > 1 && w.isComposite()) {
      b.launchedByModel(launchedByModel);
      any = true;
    }
    if (!leftByCountry.isEmpty()) {
      b.leftAirspaceByCountry(leftByCountry);
      any = true;
    }
    if (hitLocations.isPresent()) {
      b.hitLocations(hitLocations.get());
      any = true;
    }
    if (debrisLocations.isPresent()) {
      b.fragmentLocations(debrisLocations.get());
      any = true;
    }
    if (genuineShaheds.isPresent()) {
      b.genuineShaheds(genuineShaheds.get());
      any = true;
    }
    return any ? line.withDetails(b.build()) : line;
  }
}
