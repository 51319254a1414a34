package org.conflictstats.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictstats.model.Count;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.Weapon;
import org.conflictstats.model.WeaponCategory;

/**
 * Scores extractions against the statement corpus's {@code labels.csv}: one item per text, label
 * group and field (and killed / injured per text), as the corpus README defines them. The mapping of
 * the extractor's groups to the corpus's groups is the one the project README documents.
 */
final class CorpusScore {

  /** The label columns scored, in the corpus's names. */
  static final List<String> FIELDS = List.of("launched", "shot_down", "suppressed", "still_airborne",
      "left_airspace", "hit_locations");

  /** One scored item: a text, a label group (or "casualties"), a field. */
  record Key(String text, String group, String field) {
    @Override
    public String toString() {
      return text + " " + group + "." + field;
    }
  }

  final Map<Key, List<Count>> expected = new LinkedHashMap<>();
  final Map<Key, Count> extracted = new LinkedHashMap<>();
  final Map<Key, String> unscored = new LinkedHashMap<>();
  final List<String> unscoredWrong = new ArrayList<>();
  private final Map<String, String> notes = new LinkedHashMap<>();
  private final Map<String, String> firstGroup = new LinkedHashMap<>();
  private final Map<String, Set<String>> groupsOfText = new LinkedHashMap<>();

  /** Reads the label rows (header first). */
  void labels(List<List<String>> rows) {
    List<String> h = rows.get(0);
    for (List<String> r : rows.subList(1, rows.size())) {
      String id = r.get(h.indexOf("id"));
      String group = r.get(h.indexOf("group"));
      String note = r.get(h.indexOf("note"));
      notes.merge(id, note, (a, b) -> a + " " + b);
      groupsOfText.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(group);
      boolean first = !firstGroup.containsKey(id);
      firstGroup.putIfAbsent(id, group);
      for (String f : FIELDS) {
        String v = r.get(h.indexOf(f));
        if (v.isBlank()) {
          continue;
        }
        String kind = f.equals("launched") ? r.get(h.indexOf("launched_kind")) : "exact";
        expected.put(new Key(id, group, f), admissible(Long.parseLong(v), kind));
      }
      if (first) {
        for (String f : List.of("killed", "injured")) {
          String v = r.get(h.indexOf(f));
          if (!v.isBlank()) {
            expected.put(new Key(id, "casualties", f),
                admissible(Long.parseLong(v), r.get(h.indexOf(f + "_kind"))));
          }
        }
      }
      Matcher m = Pattern.compile("debris locations (\\d+)").matcher(note);
      if (m.find()) {
        expected.put(new Key(id, "*places", "debris_locations"),
            List.of(Count.exactly(Long.parseLong(m.group(1)))));
      }
    }
  }

  /**
   * The counts a label allows: exact N; "at_least" N for "at least N" and for "more than N" (the
   * corpus records both so; the extractor reads "more than N" as at least N + 1); "about" N as
   * {@link Qualifier#ABOUT} reads it.
   */
  static List<Count> admissible(long n, String kind) {
    switch (kind) {
      case "at_least":
        return List.of(Count.atLeast(n), Count.atLeast(n + 1));
      case "about":
        return List.of(Qualifier.ABOUT.count(n));
      default:
        return List.of(Count.exactly(n));
    }
  }

  /** Adds what the extractor read in one text. */
  void extraction(String id, Extraction x) {
    Map<Key, List<Count>> byKey = new LinkedHashMap<>();
    Map<Key, Count> leftTotal = new LinkedHashMap<>();
    Map<Key, Count> leftByCountry = new LinkedHashMap<>();
    for (Figure f : x.figures()) {
      if (f.field().isCasualty()) {
        continue;
      }
      Optional<String> group = labelGroup(f.group());
      String field = labelField(f.field());
      if (field == null) {
        unscored.put(new Key(id, f.group().label(), f.field().label()), "a field the labels lack");
        continue;
      }
      if (field.equals("hit_locations") || field.equals("debris_locations")) {
        String g = f.group().kind() == Group.Kind.TOTAL ? placesRow(id) : group.orElse("?");
        if (field.equals("debris_locations")) {
          g = "*places";
        }
        byKey.computeIfAbsent(new Key(id, g, field), k -> new ArrayList<>()).add(f.count());
        continue;
      }
      if (group.isEmpty()) {
        Key k = new Key(id, f.group().label(), field);
        if (mentioned(id, f.group())) {
          unscored.put(k, "stated, and the labels give it no group (see the note)");
        } else {
          unscoredWrong.add(k + " = " + f.count());
        }
        continue;
      }
      Key k = new Key(id, group.get(), field);
      if (f.field() == Field.LEFT_AIRSPACE && f.place().isPresent()) {
        leftByCountry.merge(k, f.count(), Count::plus);
      } else if (f.field() == Field.LEFT_AIRSPACE) {
        leftTotal.put(k, f.count());
      } else {
        byKey.computeIfAbsent(k, kk -> new ArrayList<>()).add(f.count());
      }
    }
    leftByCountry.forEach((k, c) -> leftTotal.putIfAbsent(k, c));
    leftTotal.forEach((k, c) -> byKey.computeIfAbsent(k, kk -> new ArrayList<>()).add(c));
    byKey.forEach((k, counts) -> {
      Optional<Count> all = Optional.of(counts.get(0));
      for (Count c : counts.subList(1, counts.size())) {
        all = all.flatMap(a -> Ledger.intersect(a, c));
      }
      extracted.put(k, all.orElse(Count.atMost(0)));
    });
    x.report().ifPresent(r -> casualties(id, r));
  }

  private void casualties(String id, StrikeReport r) {
    if (!r.casualties().killed().isUnknown()) {
      extracted.put(new Key(id, "casualties", "killed"), r.casualties().killed());
    }
    if (!r.casualties().injured().isUnknown()) {
      extracted.put(new Key(id, "casualties", "injured"), r.casualties().injured());
    }
  }

  /** Hits for the whole attack go on the total row, else on the first row (corpus README). */
  private String placesRow(String id) {
    Set<String> groups = groupsOfText.getOrDefault(id, Set.of());
    return groups.contains("total") ? "total" : firstGroup.getOrDefault(id, "total");
  }

  private boolean mentioned(String id, Group g) {
    String note = notes.getOrDefault(id, "").toLowerCase(Locale.ROOT);
    List<String> names = new ArrayList<>();
    g.weapon().ifPresent(w -> w.parts().forEach(p -> names.add(p.name())));
    names.addAll(g.parts().stream().map(Weapon::name).toList());
    if (names.isEmpty()) {
      return false;
    }
    for (String n : names) {
      String key = n.toLowerCase(Locale.ROOT);
      String shortName = key.replaceAll("^3m22 ", "").replaceAll(" uav$", "");
      if (!note.contains(key) && !note.contains(shortName)) {
        return false;
      }
    }
    return true;
  }

  static String labelField(Field f) {
    switch (f) {
      case LAUNCHED:
        return "launched";
      case DESTROYED:
      case NEUTRALISED:
        return "shot_down";
      case SUPPRESSED:
        return "suppressed";
      case STILL_AIRBORNE:
        return "still_airborne";
      case LEFT_AIRSPACE:
        return "left_airspace";
      case HIT_LOCATIONS:
        return "hit_locations";
      case DEBRIS_LOCATIONS:
        return "debris_locations";
      default:
        return null;
    }
  }

  /** The extractor's group under the corpus's name, or empty when the labels have no such group. */
  static Optional<String> labelGroup(Group g) {
    switch (g.kind()) {
      case TOTAL:
        return Optional.of("total");
      case DRONES:
        return Optional.of("drones");
      case SHAHED:
        return Optional.of("shahed");
      case DECOY:
        return Optional.of("decoy");
      case MISSILES:
        return Optional.of("missiles");
      case CATEGORY:
        WeaponCategory c = g.category().orElseThrow();
        return c == WeaponCategory.CRUISE_MISSILE ? Optional.of("cruise")
            : c == WeaponCategory.BALLISTIC_MISSILE ? Optional.of("ballistic")
            : c == WeaponCategory.AEROBALLISTIC_MISSILE ? Optional.of("Kinzhal")
            : Optional.empty();
      case WEAPON:
        Set<String> groups = new LinkedHashSet<>();
        for (Weapon p : g.weapon().orElseThrow().parts()) {
          groups.add(weaponGroup(p.name()));
        }
        if (groups.size() == 1 && !groups.contains(null)) {
          return Optional.of(groups.iterator().next());
        }
        return Optional.empty();
      default:
        return Optional.empty();
    }
  }

  private static String weaponGroup(String name) {
    switch (name) {
      case "Kh-101/Kh-555":
        return "Kh-101";
      case "Kalibr":
        return "Kalibr";
      case "Iskander-K":
        return "Iskander-K";
      case "Iskander-M":
      case "KN-23":
      case "Iskander-M/KN-23":
        return "Iskander-M";
      case "Kh-47 Kinzhal":
        return "Kinzhal";
      case "Kh-22":
      case "Kh-32":
        return "Kh-22";
      case "Kh-59":
      case "Kh-69":
      case "Kh-59/Kh-69":
      case "Kh-59MK2":
        return "Kh-59";
      case "S-300":
      case "S-400":
      case "S-300/S-400":
        return "S-300";
      default:
        return null;
    }
  }

  /** Items the labels state and the extraction matched. */
  List<Key> hits() {
    List<Key> out = new ArrayList<>();
    expected.forEach((k, allowed) -> {
      if (extracted.containsKey(k) && allowed.contains(extracted.get(k))) {
        out.add(k);
      }
    });
    return out;
  }

  /** Label items the extraction missed or got wrong. */
  List<String> misses() {
    List<String> out = new ArrayList<>();
    expected.forEach((k, allowed) -> {
      if (!extracted.containsKey(k)) {
        out.add("missed " + k + " = " + allowed.get(0));
      } else if (!allowed.contains(extracted.get(k))) {
        out.add("wrong " + k + " = " + extracted.get(k) + ", labelled " + allowed.get(0));
      }
    });
    return out;
  }

  /** Extracted items the labels do not have (or have with another value). */
  List<String> extras() {
    List<String> out = new ArrayList<>();
    extracted.forEach((k, c) -> {
      if (!expected.containsKey(k)) {
        out.add("extra " + k + " = " + c);
      }
    });
    unscoredWrong.forEach(u -> out.add("extra " + u + " (not in the labels, not in the note)"));
    return out;
  }

  double precision() {
    int tp = hits().size();
    long fp = extracted.keySet().stream().filter(k -> !hits().contains(k)).count()
        + unscoredWrong.size();
    return tp / (double) (tp + fp);
  }

  double recall() {
    return hits().size() / (double) expected.size();
  }
}
