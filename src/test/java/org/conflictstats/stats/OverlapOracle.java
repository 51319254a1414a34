package org.conflictstats.stats;

import static org.conflictstats.stats.SyntheticReports.GERBERA;
import static org.conflictstats.stats.SyntheticReports.KALIBR;
import static org.conflictstats.stats.SyntheticReports.SHAHED;
import static org.conflictstats.stats.SyntheticReports.line;
import static org.conflictstats.stats.SyntheticReports.period;
import static org.conflictstats.stats.SyntheticReports.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.conflictstats.model.SourceKind;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.Weapon;
import org.conflictstats.model.WeaponLine;

/**
 * The independent oracle of the overlap check: every pair of reports within the window, compared
 * with {@link org.conflictstats.model.ReportPeriod#overlaps} and the weapons' parts, no index. Used by
 * {@link SourceOverlapTest} and {@link OverlapProperties}.
 */
final class OverlapOracle {

  private OverlapOracle() {}

  static SourceOverlap everyPair(List<StrikeReport> all, int window) {
    List<StrikeReport> reports = all.stream().filter(r -> !r.source().isUnknown()
        && !r.lines().isEmpty()).toList();
    Set<String> atRisk = new HashSet<>();
    for (int i = 0; i < reports.size(); i++) {
      for (int j = Math.max(0, i - window); j < i; j++) {
        StrikeReport a = reports.get(i);
        StrikeReport b = reports.get(j);
        if (post(a).equals(post(b)) || !overlap(a, b)) {
          continue;
        }
        for (int x = 0; x < a.lines().size(); x++) {
          for (int y = 0; y < b.lines().size(); y++) {
            if (share(a.lines().get(x), b.lines().get(y))) {
              atRisk.add(i + "/" + x);
              atRisk.add(j + "/" + y);
            }
          }
        }
      }
    }
    long[] lines = new long[3];
    Set<Integer> reportsAtRisk = new HashSet<>();
    for (String s : atRisk) {
      int i = Integer.parseInt(s.substring(0, s.indexOf('/')));
      reportsAtRisk.add(i);
      SourceKind k = reports.get(i).source().kind();
      lines[k == SourceKind.NATIONAL_AIR_FORCE ? 0 : k == SourceKind.REGIONAL_AIR_COMMAND ? 1
          : 2]++;
    }
    if (reportsAtRisk.isEmpty()) {
      return SourceOverlap.none();
    }
    return new SourceOverlap(reportsAtRisk.size(), lines[0], lines[1], lines[2]);
  }

  private static String post(StrikeReport r) {
    return r.source().address().orElse(r.id());
  }

  /** Overlap as ReportPeriod says, an inverted period taken as the moment of its start. */
  private static boolean overlap(StrikeReport a, StrikeReport b) {
    return fixed(a).period().overlaps(fixed(b).period());
  }

  private static StrikeReport fixed(StrikeReport r) {
    var p = r.period();
    var latestEnd = p.end().isDateOnly() ? p.zonedEnd().plusDays(1).minusMinutes(1) : p.zonedEnd();
    if (!latestEnd.isBefore(p.zonedStart())) {
      return r;
    }
    return r.toBuilder().period(new org.conflictstats.model.ReportPeriod(r.period().start(),
        r.period().start(), r.period().zone())).build();
  }

  static boolean share(WeaponLine a, WeaponLine b) {
    Set<String> left = names(a.weapon());
    for (String n : names(b.weapon())) {
      if (left.contains(n)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The names a weapon may count: its parts', and for a part named {@code A/B} whose pieces the
   * built-in catalogue knows as other weapons (Iskander-M/KN-23), the pieces' canonical names.
   */
  static Set<String> names(Weapon weapon) {
    Set<String> names = new HashSet<>();
    for (Weapon part : weapon.parts()) {
      names.add(part.name());
      String[] pieces = part.name().split("/");
      if (pieces.length < 2 || !(part instanceof org.conflictstats.model.CataloguedWeapon)) {
        continue;
      }
      Set<String> members = new HashSet<>();
      for (String piece : pieces) {
        Weapon w = SyntheticReports.CATALOG.resolve(piece);
        if (w.isResolved() && w.parts().size() == 1 && !w.name().equals(part.name())) {
          members.add(w.name());
        } else {
          members = null;
          break;
        }
      }
      if (members != null) {
        names.addAll(members);
      }
    }
    return names;
  }

  /** Reports of several sources, periods of any length (some long, some inverted), three weapons. */
  static List<StrikeReport> randomReports(Random random, int n) {
    List<Weapon> weapons = List.of(SHAHED, GERBERA, KALIBR,
        SyntheticReports.CATALOG.resolve("X-101/X-555 and Kalibr"),
        SyntheticReports.CATALOG.resolve("Iskander-M/KN-23"),
        SyntheticReports.CATALOG.resolve("Iskander-M"),
        SyntheticReports.CATALOG.resolve("KN-23 and Kalibr"));
    List<String> sources = List.of("kpszsu", "kpszsu", "PvKPivden", "pvkshid", "GeneralStaff.ua");
    LocalDateTime base = LocalDate.of(2025, 4, 1).atStartOfDay();
    List<StrikeReport> reports = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      LocalDateTime start = base.plusMinutes(random.nextInt(30 * 24 * 60));
      long minutes = random.nextInt(10) == 0 ? 60L * 24 * (random.nextInt(12) - 2)
          : random.nextInt(16 * 60);
      List<WeaponLine> lines = new ArrayList<>();
      for (int k = 0; k <= random.nextInt(3); k++) {
        lines.add(line(weapons.get(random.nextInt(weapons.size())), 5, 1));
      }
      reports.add(report(sources.get(random.nextInt(sources.size())),
          period(start, start.plusMinutes(minutes)), lines.toArray(new WeaponLine[0])));
    }
    return reports;
  }
}
