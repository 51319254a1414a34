package org.conflictstats.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.conflictstats.model.Count;

/**
 * The figures of a text combined: per group, field and place, what every statement allows (the
 * intersection of their counts: "three killed" and "at least three killed" make three). A statement
 * that allows nothing the earlier ones allow is set aside as a conflict.
 */
final class Ledger {

  /** The combined figures of one group. */
  static final class Entry {
    final Group group;
    final int order;
    final Map<Field, Count> counts = new EnumMap<>(Field.class);
    /**
     * What a field is given for places: left airspace by country ("one toward Belarus"), hit by
     * place ("two drones hit Kyiv and two hit Odesa"); the line takes their sum when the text gives
     * no figure without a place.
     */
    final Map<Field, Map<String, Count>> byPlace = new EnumMap<>(Field.class);
    boolean share;
    Optional<Group> parent = Optional.empty();
    Optional<Group> shareOf = Optional.empty();

    Entry(Group group, int order) {
      this.group = group;
      this.order = order;
    }

    Optional<Count> get(Field f) {
      return Optional.ofNullable(counts.get(f));
    }

    /** The figures of a field by place, empty when none has a place. */
    Map<String, Count> placed(Field f) {
      return byPlace.getOrDefault(f, Map.of());
    }

    boolean onlyLaunched() {
      return counts.keySet().stream().allMatch(f -> f == Field.LAUNCHED);
    }
  }

  final Map<Group, Entry> groups = new LinkedHashMap<>();
  /** Casualties by place; the empty place holds what is said without a place. */
  final Map<Optional<String>, Map<Field, Count>> casualties = new LinkedHashMap<>();
  final List<Figure> accepted = new ArrayList<>();
  final List<SetAside> conflicts = new ArrayList<>();

  static Ledger of(List<Found> found, String text) {
    Ledger l = new Ledger();
    int order = 0;
    for (Found f : found) {
      l.add(f, order++, text);
    }
    return l;
  }

  boolean isEmpty() {
    return accepted.isEmpty();
  }

  private void add(Found found, int order, String text) {
    Figure f = found.figure();
    Count c = f.count();
    if (f.field().isCasualty()) {
      Map<Field, Count> m = casualties.computeIfAbsent(f.place(), p -> new EnumMap<>(Field.class));
      if (!combine(m, f.field(), c, f, text)) {
        return;
      }
      accepted.add(f);
      return;
    }
    Entry e = groups.computeIfAbsent(f.group(), g -> new Entry(g, order));
    boolean ok;
    if (f.place().isPresent()) {
      ok = combine(e.byPlace.computeIfAbsent(f.field(), k -> new LinkedHashMap<>()),
          f.place().get(), c, f, text);
    } else {
      ok = combine(e.counts, f.field(), c, f, text);
    }
    if (!ok) {
      return;
    }
    e.share |= found.share();
    if (e.parent.isEmpty()) {
      e.parent = found.parent();
    }
    if (e.shareOf.isEmpty()) {
      e.shareOf = found.shareOf();
    }
    accepted.add(f);
  }

  private <K> boolean combine(Map<K, Count> m, K key, Count c, Figure f, String text) {
    Count before = m.get(key);
    if (before == null) {
      m.put(key, c);
      return true;
    }
    Optional<Count> both = intersect(before, c);
    if (both.isEmpty()) {
      conflicts.add(new SetAside(f.provenance(), f.provenance().of(text), SetAside.Reason.CONFLICT,
          f.group().label() + " " + f.field().label() + ": " + c + " against " + before,
          com.google.common.collect.ImmutableList.of(f)));
      return false;
    }
    m.put(key, both.get());
    return true;
  }

  /** What two counts both allow, or empty when nothing. */
  static Optional<Count> intersect(Count a, Count b) {
    long lo = Math.max(a.lower(), b.lower());
    OptionalLong hi = a.upper().isPresent() && b.upper().isPresent()
        ? OptionalLong.of(Math.min(a.upper().getAsLong(), b.upper().getAsLong()))
        : a.upper().isPresent() ? a.upper() : b.upper();
    if (hi.isPresent() && hi.getAsLong() < lo) {
      return Optional.empty();
    }
    return Optional.of(Count.of(lo, hi));
  }
}
