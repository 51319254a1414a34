package org.conflictstats.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.conflictstats.model.Casualties;
import org.conflictstats.model.CompositeWeapon;
import org.conflictstats.model.Count;
import org.conflictstats.model.PlaceCasualties;
import org.conflictstats.model.Weapon;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponCategory;
import org.conflictstats.model.WeaponLine;

/**
 * Turns the combined figures of a text into weapon lines that do not overlap, so that the lines of
 * a report can be added up (DOMAIN.md §1 and §2), and into casualties.
 *
 * <p>A text gives groups inside groups: 452 aerial targets, of them 45 missiles, of them 36 Kh-101.
 * The groups are arranged in a tree (aerial targets; drones and missiles; categories; types), a
 * type going under a category when the counts add up that way (or the text says "including"), and
 * each group's figures are shared out over its parts: a part that states a count keeps it, what is
 * left goes to the one part that does not state it, and parts that do not state it share it as one
 * combined line, as the Air Force does ("Kh-101/Kh-555 and Kalibr", launched per model in the
 * line's details). What the parts of a group do not account for becomes a line of its own (a
 * Shahed-136/131 line for drones, Unknown Missile for missiles, the category's generic weapon).
 */
final class ReportAssembler {

  private static final int MAX_ASSIGNMENTS = 1 << 12;

  private final WeaponCatalog catalog;
  private final Ledger ledger;
  private final List<Group> denied;
  private final List<String> notes = new ArrayList<>();

  /**
   * An assembler of a text's lines.
   *
   * @param catalog the weapons
   * @param ledger the text's figures, by group
   * @param denied the groups of weapons the text denied a figure of ({@link Denial}): their lines
   *     give no outcome as zero ({@link Draft#line})
   */
  ReportAssembler(WeaponCatalog catalog, Ledger ledger, List<Group> denied) {
    this.catalog = catalog;
    this.ledger = ledger;
    this.denied = List.copyOf(denied);
  }

  List<String> notes() {
    return notes;
  }

  /** A group of the tree, or a structural node (no figures) that only holds others. */
  private static final class Node {
    final Ledger.Entry entry;
    final List<Node> children = new ArrayList<>();

    Node(Ledger.Entry entry) {
      this.entry = entry;
    }

    int order() {
      return entry != null ? entry.order
          : children.stream().mapToInt(Node::order).min().orElse(Integer.MAX_VALUE);
    }
  }

  List<WeaponLine> lines() {
    List<Ledger.Entry> entries = new ArrayList<>(ledger.groups.values());
    Ledger.Entry drones = find(entries, Group.Kind.DRONES);
    Ledger.Entry missiles = find(entries, Group.Kind.MISSILES);
    Ledger.Entry total = find(entries, Group.Kind.TOTAL);
    List<Ledger.Entry> shares = new ArrayList<>();
    if (drones != null) {
      entries.removeIf(e -> foldIntoDrones(e, drones));
    }
    Node droneRoot = new Node(drones);
    Node missileRoot = new Node(missiles);
    Node root = new Node(total);
    List<Node> categories = new ArrayList<>();
    List<Ledger.Entry> missileItems = new ArrayList<>();
    for (Ledger.Entry e : entries) {
      Group g = e.group;
      if (e == drones || e == missiles || e == total || g.kind() == Group.Kind.PEOPLE) {
        continue;
      }
      boolean shareKind = g.kind() == Group.Kind.SHAHED || g.kind() == Group.Kind.DECOY;
      if (shareKind && drones != null && e.onlyLaunched()) {
        shares.add(e);
      } else if (g.isDrones()) {
        droneRoot.children.add(new Node(e));
      } else if (g.kind() == Group.Kind.CATEGORY) {
        categories.add(new Node(e));
      } else if (g.isMissiles()) {
        missileItems.add(e);
      } else {
        root.children.add(new Node(e));
      }
    }
    assign(missileRoot, categories, missileItems);
    if (droneRoot.entry != null || !droneRoot.children.isEmpty()) {
      root.children.add(droneRoot);
    }
    if (missileRoot.entry != null || !missileRoot.children.isEmpty()) {
      root.children.add(missileRoot);
    }
    root.children.sort(Comparator.comparingInt(Node::order));
    List<Draft> drafts = lines(root);
    drafts.sort(Comparator.comparingInt(d -> d.order));
    details(drafts, shares, drones);
    List<WeaponLine> out = new ArrayList<>();
    for (Draft d : drafts) {
      d.deniedWeapons = denied.stream()
          .anyMatch(g -> d.groups.stream().anyMatch(h -> UnitGroups.overlap(g, h)));
      out.add(d.line());
    }
    return out;
  }

  /**
   * "40 decoys were lost locationally" when the text gives only the drones' launched figure: what
   * the Shaheds or decoys did is what the drones did; the drones line takes the figures it lacks.
   */
  private static boolean foldIntoDrones(Ledger.Entry e, Ledger.Entry drones) {
    Group.Kind k = e.group.kind();
    if (k != Group.Kind.SHAHED && k != Group.Kind.DECOY || e.counts.containsKey(Field.LAUNCHED)
        || e.counts.isEmpty()) {
      return false;
    }
    for (Field f : e.counts.keySet()) {
      if (drones.counts.containsKey(f)) {
        return false;
      }
    }
    drones.counts.putAll(e.counts);
    e.byPlace.forEach((f, m) -> m.forEach((p, n) -> drones.byPlace
        .computeIfAbsent(f, x -> new java.util.LinkedHashMap<>()).merge(p, n, Count::plus)));
    return true;
  }

  private static Ledger.Entry find(List<Ledger.Entry> entries, Group.Kind kind) {
    return entries.stream().filter(e -> e.group.kind() == kind).findFirst().orElse(null);
  }

  /**
   * Puts each missile type under a category or directly under the missiles, choosing the
   * arrangement in which the most stated totals add up ("43 cruise missiles" = 8 Kalibr + 35
   * Kh-101), then the one the text's "including" and named types point to.
   */
  private void assign(Node missileRoot, List<Node> categories, List<Ledger.Entry> items) {
    List<List<Integer>> options = new ArrayList<>();
    long combinations = 1;
    for (Ledger.Entry item : items) {
      List<Integer> opts = new ArrayList<>();
      opts.add(-1);
      for (int c = 0; c < categories.size(); c++) {
        if (fits(item, categories.get(c).entry)) {
          opts.add(c);
        }
      }
      options.add(opts);
      combinations *= opts.size();
    }
    int[] best = new int[items.size()];
    java.util.Arrays.fill(best, -1);
    if (combinations <= MAX_ASSIGNMENTS) {
      int[] choice = new int[items.size()];
      double bestScore = Double.NEGATIVE_INFINITY;
      for (long n = 0; n < combinations; n++) {
        long rest = n;
        for (int i = 0; i < items.size(); i++) {
          choice[i] = options.get(i).get((int) (rest % options.get(i).size()));
          rest /= options.get(i).size();
        }
        double score = score(missileRoot.entry, categories, items, choice);
        if (score > bestScore) {
          bestScore = score;
          best = choice.clone();
        }
      }
    } else {
      for (int i = 0; i < items.size(); i++) {
        best[i] = options.get(i).size() > 1 ? options.get(i).get(1) : -1;
      }
    }
    for (int i = 0; i < items.size(); i++) {
      Node n = new Node(items.get(i));
      if (best[i] < 0) {
        missileRoot.children.add(n);
      } else {
        categories.get(best[i]).children.add(n);
      }
    }
    missileRoot.children.addAll(categories);
    missileRoot.children.sort(Comparator.comparingInt(Node::order));
  }

  private static boolean fits(Ledger.Entry item, Ledger.Entry category) {
    Weapon w = item.group.weapon().orElseThrow();
    WeaponCategory c = category.group.category().orElseThrow();
    return w.category() == c || category.group.parts().containsAll(w.parts())
        || category.group.parts().contains(w)
        || item.parent.map(category.group::equals).orElse(false);
  }

  private static double score(Ledger.Entry root, List<Node> categories, List<Ledger.Entry> items,
      int[] choice) {
    double score = 0;
    long[] sums = new long[categories.size()];
    boolean[] exact = new boolean[categories.size()];
    java.util.Arrays.fill(exact, true);
    boolean[] any = new boolean[categories.size()];
    long rootSum = 0;
    boolean rootExact = true;
    for (int i = 0; i < items.size(); i++) {
      Optional<Long> l = exactLaunched(items.get(i));
      if (choice[i] < 0) {
        rootSum += l.orElse(0L);
        rootExact &= l.isPresent();
        score += items.get(i).parent.isPresent() && items.get(i).parent.get().kind()
            != Group.Kind.CATEGORY ? 1 : 0;
      } else {
        int c = choice[i];
        sums[c] += l.orElse(0L);
        exact[c] &= l.isPresent();
        any[c] = true;
        Ledger.Entry cat = categories.get(c).entry;
        Weapon w = items.get(i).group.weapon().orElseThrow();
        score += items.get(i).parent.map(cat.group::equals).orElse(false) ? 1 : 0;
        score += cat.group.parts().contains(w) ? 1 : 0;
        score += w.category() == cat.group.category().orElseThrow() ? 0.5 : 0;
      }
    }
    for (int c = 0; c < categories.size(); c++) {
      Optional<Long> l = exactLaunched(categories.get(c).entry);
      rootExact &= l.isPresent();
      rootSum += l.orElse(0L);
      if (l.isPresent() && any[c]) {
        score += exact[c] && sums[c] == l.get() ? 10 : 0;
        score -= sums[c] > l.get() ? 20 : 0;
      }
    }
    Optional<Long> r = root == null ? Optional.empty() : exactLaunched(root);
    if (r.isPresent()) {
      score += rootExact && rootSum == r.get() ? 10 : 0;
      score -= rootSum > r.get() ? 20 : 0;
    }
    return score;
  }

  private static Optional<Long> exactLaunched(Ledger.Entry e) {
    return e.get(Field.LAUNCHED).filter(Count::isExact).map(Count::lower);
  }

  /** The lines of a node: its parts' lines, with the node's own figures shared out over them. */
  private List<Draft> lines(Node n) {
    List<Draft> ds = new ArrayList<>();
    for (Node child : n.children) {
      ds.addAll(lines(child));
    }
    if (n.entry == null) {
      return ds;
    }
    Map<Field, Count> own = lineCounts(n.entry);
    if (ds.isEmpty()) {
      Draft d = Draft.of(ownWeapon(n.entry.group, List.of()), n.entry.order);
      own.forEach(d::set);
      d.groups.add(n.entry.group);
      d.leftByCountry.putAll(n.entry.placed(Field.LEFT_AIRSPACE));
      return new ArrayList<>(List.of(d));
    }
    Optional<Count> launched = Optional.ofNullable(own.get(Field.LAUNCHED));
    boolean exhaustive = launched.isPresent() && launched.get().isExact()
        && ds.stream().allMatch(d -> d.has(Field.LAUNCHED) && d.counts.get(Field.LAUNCHED).isExact())
        && ds.stream().mapToLong(d -> d.counts.get(Field.LAUNCHED).lower()).sum()
            == launched.get().lower();
    exhaustive |= launched.isEmpty() && onlyItsNamedTypes(n.entry.group, ds);
    Draft rest = null;
    if (!exhaustive) {
      rest = Draft.of(remainderWeapon(n.entry.group, ds), n.entry.order);
      rest.remainder = true;
      rest.groups.add(n.entry.group);
      ds.add(rest);
    }
    for (Field f : Draft.LINE_FIELDS) {
      Count whole = own.get(f);
      if (whole == null) {
        continue;
      }
      List<Draft> stated = new ArrayList<>();
      List<Draft> open = new ArrayList<>();
      for (Draft d : ds) {
        (d.has(f) ? stated : open).add(d);
      }
      Count parts = stated.stream().map(d -> d.counts.get(f)).reduce(Count.zero(), Count::plus);
      if (parts.mustExceed(whole)) {
        notes.add(n.entry.group.label() + " " + f.label() + ": the text gives " + whole
            + " in all but " + parts + " for the parts");
      }
      Count left = whole.remainderAfter(parts);
      if (open.isEmpty()) {
        if (left.lower() > 0) {
          notes.add(n.entry.group.label() + " " + f.label() + ": " + left
              + " not accounted for by the parts");
        }
        continue;
      }
      if (f == Field.LAUNCHED && rest != null && open.size() == 2 && open.contains(rest)
          && left.isExact()) {
        // "38 missiles ... 35 cruise missiles ... three Kinzhals were lost locationally": the one
        // part without a launched figure lost at least as many as are left, so it is all of them
        Draft only = open.get(0) == rest ? open.get(1) : open.get(0);
        if (only.knownOutcomes() == left.lower()) {
          only.set(f, left);
          rest.set(f, Count.zero());
          continue;
        }
      }
      if (open.size() == 1) {
        open.get(0).set(f, left);
      } else {
        Draft merged = Draft.merge(open);
        merged.set(f, left);
        ds.removeAll(open);
        ds.add(merged);
      }
    }
    if (!n.entry.placed(Field.LEFT_AIRSPACE).isEmpty()) {
      Draft target = ds.stream().filter(d -> d.groups.contains(n.entry.group)).findFirst()
          .orElse(ds.get(0));
      n.entry.placed(Field.LEFT_AIRSPACE)
          .forEach((k, c) -> target.leftByCountry.merge(k, c, Count::plus));
    }
    ds.removeIf(d -> d.remainder && d.saysNothing());
    ds.sort(Comparator.comparingInt(d -> d.order));
    return ds;
  }

  /**
   * Whether the parts of a category that names its types ("Kh-59 and Kh-22 missiles ... five of
   * them") are the lines of exactly those types, each with a launched figure: without a launched
   * figure of its own the category is then those types and nothing else, so that its figures go to
   * them (as one combined line) and no line of the category's generic weapon is made.
   */
  private static boolean onlyItsNamedTypes(Group g, List<Draft> parts) {
    if (g.kind() != Group.Kind.CATEGORY || g.parts().isEmpty()) {
      return false;
    }
    List<Weapon> types = new ArrayList<>();
    for (Draft d : parts) {
      if (!d.has(Field.LAUNCHED)) {
        return false;
      }
      types.addAll(d.weapons);
    }
    return types.size() == g.parts().size() && types.containsAll(g.parts());
  }

  /** The counts of a group as a line holds them: a combined "shot down or suppressed" as destroyed. */
  private Map<Field, Count> lineCounts(Ledger.Entry e) {
    Map<Field, Count> m = new EnumMap<>(Field.class);
    for (Field f : Draft.LINE_FIELDS) {
      e.get(f).ifPresent(c -> m.put(f, c));
    }
    Optional<Count> neutralised = e.get(Field.NEUTRALISED);
    if (neutralised.isPresent()) {
      if (!m.containsKey(Field.DESTROYED)) {
        m.put(Field.DESTROYED, neutralised.get());
        notes.add(e.group.label() + ": destroyed holds the combined \"shot down or suppressed\""
            + " figure (" + neutralised.get() + ")");
      } else if (!m.containsKey(Field.SUPPRESSED)) {
        m.put(Field.SUPPRESSED, neutralised.get().remainderAfter(m.get(Field.DESTROYED)));
      }
    }
    // by country, by place: their sum, unless the text gives a figure without a place
    e.byPlace.forEach((f, byPlace) -> m.computeIfAbsent(f,
        k -> byPlace.values().stream().reduce(Count.zero(), Count::plus)));
    return m;
  }

  private Weapon named(String name) {
    return catalog.find(name).<Weapon>map(w -> w)
        .orElseGet(() -> WeaponCatalog.builtIn().resolve(name));
  }

  private Weapon ownWeapon(Group g, List<Draft> parts) {
    switch (g.kind()) {
      case DRONES:
      case SHAHED:
        return named("Shahed-136/131");
      case DECOY:
        return named("Decoy drone");
      case MISSILES:
        return named("Unknown Missile");
      case WEAPON:
        return g.weapon().orElseThrow();
      case CATEGORY:
        List<Weapon> named = new ArrayList<>(g.parts());
        for (Draft d : parts) {
          named.removeAll(d.weapons);
          d.weapons.forEach(w -> named.removeAll(w.parts()));
        }
        if (!named.isEmpty()) {
          return Weapons.of(named);
        }
        return generic(g.category().orElseThrow());
      default:
        return CompositeWeapon.of(List.of(named("Unknown UAV"), named("Unknown Missile")));
    }
  }

  private Weapon remainderWeapon(Group g, List<Draft> parts) {
    if (g.kind() == Group.Kind.DRONES) {
      boolean shahed = parts.stream().anyMatch(d -> d.weapons.contains(named("Shahed-136/131")));
      return shahed ? named("Unknown UAV") : named("Shahed-136/131");
    }
    return ownWeapon(g, parts);
  }

  private Weapon generic(WeaponCategory c) {
    switch (c) {
      case CRUISE_MISSILE:
        return named("Cruise Missile");
      case BALLISTIC_MISSILE:
        return named("Ballistic Missile");
      case AEROBALLISTIC_MISSILE:
        return named("Kh-47 Kinzhal");
      case ANTI_AIRCRAFT_MISSILE:
        return named("S-300/S-400");
      default:
        return named("Unknown Missile");
    }
  }

  /** Places hit and debris places, and the Shahed share of the drones, onto their lines. */
  private void details(List<Draft> drafts, List<Ledger.Entry> shares, Ledger.Entry drones) {
    if (drafts.isEmpty()) {
      return;
    }
    for (Ledger.Entry e : ledger.groups.values()) {
      Optional<Count> hits = e.get(Field.HIT_LOCATIONS);
      Optional<Count> debris = e.get(Field.DEBRIS_LOCATIONS);
      if (hits.isEmpty() && debris.isEmpty()) {
        continue;
      }
      Draft target = drafts.stream().filter(d -> d.groups.contains(e.group)).findFirst()
          .orElse(drafts.get(0));
      if (!target.groups.contains(e.group)) {
        notes.add("places for " + e.group.label() + " (hit " + hits.map(Count::toString).orElse("-")
            + ", debris " + debris.map(Count::toString).orElse("-") + ") are on the first line");
      }
      hits.ifPresent(c -> target.hitLocations = Optional.of(c));
      debris.ifPresent(c -> target.debrisLocations = Optional.of(c));
    }
    if (drones != null && !shares.isEmpty()) {
      Draft target = drafts.stream().filter(d -> d.groups.contains(drones.group)).findFirst()
          .orElse(null);
      if (target != null) {
        Optional<Count> shahed = shares.stream().filter(e -> e.group.kind() == Group.Kind.SHAHED)
            .findFirst().flatMap(e -> e.get(Field.LAUNCHED));
        Optional<Count> decoy = shares.stream().filter(e -> e.group.kind() == Group.Kind.DECOY)
            .findFirst().flatMap(e -> e.get(Field.LAUNCHED));
        Optional<Count> launched = drones.get(Field.LAUNCHED);
        if (shahed.isPresent()) {
          target.genuineShaheds = shahed;
        } else if (decoy.isPresent() && launched.isPresent()) {
          target.genuineShaheds = Optional.of(launched.get().remainderAfter(decoy.get()));
        }
      }
    }
  }

  Casualties casualties() {
    Map<Optional<String>, Map<Field, Count>> c = ledger.casualties;
    if (c.isEmpty()) {
      return Casualties.unknown();
    }
    List<PlaceCasualties> places = new ArrayList<>();
    for (var e : c.entrySet()) {
      if (e.getKey().isPresent()) {
        places.add(PlaceCasualties.of(e.getKey().get(),
            e.getValue().getOrDefault(Field.KILLED, Count.unknown()),
            e.getValue().getOrDefault(Field.INJURED, Count.unknown())));
      }
    }
    Map<Field, Count> none = c.getOrDefault(Optional.<String>empty(), Map.of());
    Count killed = total(none, places, Field.KILLED);
    Count injured = total(none, places, Field.INJURED);
    return Casualties.of(killed, injured, places);
  }

  private static Count total(Map<Field, Count> none, List<PlaceCasualties> places, Field f) {
    if (none.containsKey(f)) {
      return none.get(f);
    }
    Count sum = null;
    for (PlaceCasualties p : places) {
      Count v = f == Field.KILLED ? p.killed() : p.injured();
      if (!v.isUnknown()) {
        sum = sum == null ? v : sum.plus(v);
      }
    }
    return sum == null ? Count.unknown() : sum;
  }
}
