package org.conflictstats.stats;

import static org.conflictstats.stats.SyntheticReports.GERBERA;
import static org.conflictstats.stats.SyntheticReports.KALIBR;
import static org.conflictstats.stats.SyntheticReports.SHAHED;
import static org.conflictstats.stats.SyntheticReports.line;
import static org.conflictstats.stats.SyntheticReports.night;
import static org.conflictstats.stats.SyntheticReports.period;
import static org.conflictstats.stats.SyntheticReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.conflictstats.model.Count;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.Weapon;
import org.conflictstats.model.WeaponLine;
import org.junit.jupiter.api.Test;

final class SourceOverlapTest {

  private static final LocalDate DAY = LocalDate.of(2025, 4, 17);

  @Test
  void nationalAndRegionalReportsOfTheSameWeaponAndNightOverlap() {
    StrikeReport national = report("kpszsu", night(DAY), line(SHAHED, 75, 25), line(KALIBR, 4, 4),
        line(GERBERA, 10, 2));
    StrikeReport regional = report("PvKPivden", night(DAY), line(SHAHED, 12, 12),
        line(GERBERA, 3, 3));

    SourceOverlap overlap = SourceOverlap.find(List.of(national, regional));

    assertTrue(overlap.exists());
    assertEquals(new SourceOverlap(1, 2, 2), overlap);
    assertEquals(4, overlap.linesAtRisk());
    assertEquals("2 national and 2 other-source lines (1 report pair) cover the same weapons in"
        + " overlapping periods and may be counted twice", overlap.toString());
  }

  @Test
  void otherWeaponsOtherNightsAndOtherSourcesDoNotOverlap() {
    StrikeReport national = report("kpszsu", night(DAY), line(SHAHED, 75, 25));
    List<StrikeReport> reports = List.of(national,
        report("PvKPivden", night(DAY), line(KALIBR, 2, 2)),
        report("pvkshid", night(DAY.plusDays(2)), line(SHAHED, 5, 5)),
        report("GeneralStaff.ua", night(DAY.plusDays(3)), line(SHAHED, 75, 25)),
        report("kpszsu", night(DAY), line(SHAHED, 75, 25)));

    SourceOverlap overlap = SourceOverlap.find(reports);

    assertFalse(overlap.exists());
    assertEquals(SourceOverlap.none(), overlap);
    assertEquals("no overlap between national and other sources", overlap.toString());
  }

  @Test
  void anyOtherNamedSourceOverlapsTheNationalOneButAReportWithoutSourceDoesNot() {
    StrikeReport national = report("kpszsu", night(DAY), line(SHAHED, 75, 25));
    StrikeReport generalStaff = report("GeneralStaff.ua", night(DAY), line(SHAHED, 75, 25));
    StrikeReport regional = report("PvKPivden", night(DAY), line(SHAHED, 10, 10));
    StrikeReport anonymous = StrikeReport.builder().id("anonymous").period(night(DAY))
        .addLine(line(SHAHED, 5, 5)).build();

    assertEquals(new SourceOverlap(1, 1, 1), SourceOverlap.find(List.of(national, generalStaff)));
    assertEquals(new SourceOverlap(2, 1, 2),
        SourceOverlap.find(List.of(national, generalStaff, regional, anonymous)));
    // two non-national sources are not compared with each other
    assertEquals(SourceOverlap.none(), SourceOverlap.find(List.of(generalStaff, regional)));
  }

  @Test
  void aCompositeLineSharesItsParts() {
    WeaponLine composite = WeaponLine.of(
        SyntheticReports.CATALOG.resolve("X-101/X-555 and Kalibr"), Count.exactly(62));
    StrikeReport national = report("kpszsu", night(DAY), composite);
    StrikeReport regional = report("PvKPivden", night(DAY), line(KALIBR, 3, 3));

    assertEquals(new SourceOverlap(1, 1, 1), SourceOverlap.find(List.of(national, regional)));
  }

  @Test
  void aDateOnlyRegionalReportOverlapsTheNightEndingThatDay() {
    StrikeReport national = report("kpszsu", night(DAY), line(SHAHED, 75, 25));
    StrikeReport regional = report("PvKPivden", ReportPeriod.of(ReportTime.ofDate(DAY),
        ReportTime.ofDate(DAY)), line(SHAHED, 4, 4));

    assertEquals(new SourceOverlap(1, 1, 1), SourceOverlap.find(List.of(regional, national)));
  }

  @Test
  void aRegionalLineIsCountedOnceThoughSeveralNationalReportsOverlapIt() {
    StrikeReport regional = report("PvKPivden",
        period(LocalDateTime.of(2025, 4, 16, 18, 0), LocalDateTime.of(2025, 4, 18, 9, 0)),
        line(SHAHED, 40, 30));
    List<StrikeReport> reports = List.of(regional,
        report("kpszsu", night(DAY), line(SHAHED, 75, 25)),
        report("kpszsu", night(DAY.plusDays(1)), line(SHAHED, 50, 45)));

    assertEquals(new SourceOverlap(2, 2, 1), SourceOverlap.find(reports));
  }

  @Test
  void agreesWithCheckingEveryPair() {
    // the sweep over sorted periods must find what a check of every pair finds
    Random random = new Random(17);
    List<Weapon> weapons = List.of(SHAHED, GERBERA, KALIBR);
    List<StrikeReport> reports = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      LocalDateTime start = DAY.atStartOfDay().plusHours(random.nextInt(24 * 60));
      // some long, some inverted periods, as real data has
      long minutes = random.nextInt(10) == 0 ? 60L * 24 * (random.nextInt(30) - 3)
          : random.nextInt(16 * 60);
      String source = random.nextBoolean() ? "kpszsu" : "PvKPivden";
      reports.add(report(source, period(start, start.plusMinutes(minutes)),
          line(weapons.get(random.nextInt(3)), 5, 1), line(weapons.get(random.nextInt(3)), 5, 1)));
    }

    assertEquals(everyPair(reports), SourceOverlap.find(reports));
  }

  private static SourceOverlap everyPair(List<StrikeReport> reports) {
    long pairs = 0;
    java.util.Set<String> nationalLines = new java.util.HashSet<>();
    java.util.Set<String> regionalLines = new java.util.HashSet<>();
    for (StrikeReport n : reports) {
      for (StrikeReport r : reports) {
        if (!n.source().name().equals("kpszsu") || !r.source().name().equals("PvKPivden")
            || !n.period().overlaps(r.period())) {
          continue;
        }
        boolean shared = false;
        for (int i = 0; i < n.lines().size(); i++) {
          for (int j = 0; j < r.lines().size(); j++) {
            if (n.lines().get(i).weapon().equals(r.lines().get(j).weapon())) {
              nationalLines.add(n.id() + "#" + i);
              regionalLines.add(r.id() + "#" + j);
              shared = true;
            }
          }
        }
        if (shared) {
          pairs++;
        }
      }
    }
    return new SourceOverlap(pairs, nationalLines.size(), regionalLines.size());
  }

  @Test
  void rejectsNegativeCounts() {
    assertThrows(IllegalArgumentException.class, () -> new SourceOverlap(-1, 0, 0));
  }
}
