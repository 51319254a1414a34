package org.conflictstats.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.conflictstats.model.Count;
import org.conflictstats.model.ReportFingerprint;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponLine;

/**
 * The fields in which two versions of a report differ, line by line. Lines are compared as
 * {@link ReportFingerprint#sameLines} compares them (weapon, by its
 * {@link ReportFingerprint#comparedName}, and six counts; their order does not matter): the lines
 * both versions have unchanged are set aside; the lines left are sorted by weapon name, then
 * counts; a line of the older version and one of the newer with the same weapon are paired in that
 * order, and each count that differs is a change; the lines left are paired in that order, a change
 * of weapon and of each count that differs; a line left without a pair was removed or added. So the
 * changes from B to A are those from A to B read backwards (their values; the names of changed
 * lines are those of one version). A change is named by its line's weapon, the newer line's where
 * the weapon is the same and the older line's where it changed
 * ({@code lines[Kh-101/Kh-555].destroyed}); where a weapon is on more than one line of either
 * version, by the line's place among the weapon's lines of the older version too
 * ({@code lines[Shahed-136/131 #2].destroyed}), or for a line added, of the newer version
 * ({@code lines[Shahed-136/131 new #3]}): each label names one line.
 */
final class LineChanges {

  private static final List<String> COUNTS = List.of("launched", "destroyed", "suppressed",
      "still_airborne", "left_airspace", "hit");

  private LineChanges() {}

  static List<FieldChange> between(StrikeReport before, StrikeReport after) {
    List<WeaponLine> old = new ArrayList<>(before.lines());
    List<WeaponLine> neu = new ArrayList<>(after.lines());
    // the lines both versions have
    for (var it = neu.iterator(); it.hasNext(); ) {
      WeaponLine n = it.next();
      for (int i = 0; i < old.size(); i++) {
        if (same(old.get(i), n)) {
          old.remove(i);
          it.remove();
          break;
        }
      }
    }
    // a total order (weapon, then counts), so that the pairing is the same read either way
    Comparator<WeaponLine> byName = Comparator.<WeaponLine, String>comparing(
        l -> ReportFingerprint.comparedName(l.weapon())).thenComparing(l -> counts(l).toString());
    old.sort(byName);
    neu.sort(byName);
    // a weapon on more than one line of either version: a change names the line's place among
    // that weapon's lines of the older version, #1, #2, ..., or of the newer one for a line
    // added, new #1, ... (review rv48d: places of both versions in one list made one label twice)
    Map<WeaponLine, Integer> oldPlaces = places(before);
    Map<WeaponLine, Integer> newPlaces = places(after);
    Set<String> twice = twice(oldPlaces);
    twice.addAll(twice(newPlaces));
    List<FieldChange> changes = new ArrayList<>();
    // the same weapon in both
    for (var it = neu.iterator(); it.hasNext(); ) {
      WeaponLine n = it.next();
      for (int i = 0; i < old.size(); i++) {
        if (ReportFingerprint.comparedName(old.get(i).weapon()).equals(
            ReportFingerprint.comparedName(n.weapon()))) {
          WeaponLine o = old.remove(i);
          // the newer line's spelling (a composite's parts in its order), the older line's place
          counts(changes, label(n.weapon().name(), o, oldPlaces, twice, ""), o, n);
          it.remove();
          break;
        }
      }
    }
    // another weapon in the same place
    while (!old.isEmpty() && !neu.isEmpty()) {
      WeaponLine o = old.remove(0);
      WeaponLine n = neu.remove(0);
      String name = label(o, oldPlaces, twice, "");
      changes.add(new FieldChange("lines[" + name + "].weapon", o.weapon().name(),
          n.weapon().name()));
      counts(changes, name, o, n);
    }
    for (WeaponLine o : old) {
      changes.add(new FieldChange("lines[" + label(o, oldPlaces, twice, "") + "]", summary(o),
          FieldChange.NONE));
    }
    for (WeaponLine n : neu) {
      changes.add(new FieldChange("lines[" + label(n, newPlaces, twice, "new ") + "]",
          FieldChange.NONE,
          summary(n)));
    }
    return changes;
  }

  /** The weapons (compared names) on more than one line: those with a line of place 2. */
  private static Set<String> twice(Map<WeaponLine, Integer> places) {
    Set<String> out = new HashSet<>();
    places.forEach((line, place) -> {
      if (place == 2) {
        out.add(ReportFingerprint.comparedName(line.weapon()));
      }
    });
    return out;
  }

  /** Each line of a report (the instance), by its place among the lines of its weapon, from 1. */
  private static Map<WeaponLine, Integer> places(StrikeReport r) {
    Map<WeaponLine, Integer> out = new IdentityHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (WeaponLine l : r.lines()) {
      out.put(l, seen.merge(ReportFingerprint.comparedName(l.weapon()), 1, Integer::sum));
    }
    return out;
  }

  /**
   * How a changed line is named: its weapon, and where the weapon is on more than one line of
   * either version, the line's place among that weapon's lines of the older version
   * ({@code Shahed-136/131 #2}), or for a line only the newer version has, of the newer one, after
   * {@code new} ({@code Shahed-136/131 new #3}); in a report added or removed whole, of its one
   * version.
   */
  private static String label(WeaponLine l, Map<WeaponLine, Integer> places, Set<String> twice,
      String version) {
    return label(l.weapon().name(), l, places, twice, version);
  }

  private static String label(String name, WeaponLine l, Map<WeaponLine, Integer> places,
      Set<String> twice, String version) {
    return twice.contains(ReportFingerprint.comparedName(l.weapon()))
        ? name + " " + version + "#" + places.get(l) : name;
  }

  /** The lines of a report added or removed whole, each one change. */
  static List<FieldChange> whole(StrikeReport report, boolean added) {
    List<FieldChange> changes = new ArrayList<>();
    Map<WeaponLine, Integer> places = places(report);
    Set<String> twice = twice(places);
    for (WeaponLine l : report.lines()) {
      String field = "lines[" + label(l, places, twice, "") + "]";
      changes.add(added ? new FieldChange(field, FieldChange.NONE, summary(l))
          : new FieldChange(field, summary(l), FieldChange.NONE));
    }
    return changes;
  }

  private static void counts(List<FieldChange> changes, String name, WeaponLine o, WeaponLine n) {
    List<Count> a = counts(o);
    List<Count> b = counts(n);
    for (int k = 0; k < COUNTS.size(); k++) {
      if (!a.get(k).equals(b.get(k))) {
        changes.add(new FieldChange("lines[" + name + "]." + COUNTS.get(k),
            a.get(k).toString(), b.get(k).toString()));
      }
    }
  }

  private static boolean same(WeaponLine a, WeaponLine b) {
    return ReportFingerprint.comparedName(a.weapon()).equals(
        ReportFingerprint.comparedName(b.weapon())) && counts(a).equals(counts(b));
  }

  private static List<Count> counts(WeaponLine l) {
    return List.of(l.launched(), l.destroyed(), l.suppressed(), l.stillAirborne(),
        l.leftAirspace(), l.hit());
  }

  /** {@code launched 5, destroyed 5, suppressed unknown, ...}. */
  static String summary(WeaponLine l) {
    List<Count> c = counts(l);
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < COUNTS.size(); k++) {
      b.append(k == 0 ? "" : ", ").append(COUNTS.get(k).replace('_', ' ')).append(' ')
          .append(Objects.toString(c.get(k)));
    }
    return b.toString();
  }
}
