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
import java.util.List;
import org.conflictstats.model.Count;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.Source;
import org.conflictstats.model.StrikeReport;
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
    assertEquals(new SourceOverlap(2, 2, 2, 0), overlap);
    assertEquals(4, overlap.linesAtRisk());
    assertEquals("4 lines (2 national, 2 regional, 0 other) of 2 reports cover the same weapons as"
        + " another post's report in an overlapping period and may be counted twice",
        overlap.toString());
  }

  @Test
  void largeCountsAreWrittenWithThousandsSeparatorsAsEveryOtherCountOfTheTool() {
    SourceOverlap overlap = new SourceOverlap(91_179, 70_704, 20_091, 1_384);

    assertEquals("92,179 lines (70,704 national, 20,091 regional, 1,384 other) of 91,179 reports"
        + " cover the same weapons as another post's report in an overlapping period and may be"
        + " counted twice", overlap.toString());
  }

  @Test
  void otherWeaponsOtherNightsAndTheSamePostDoNotOverlap() {
    StrikeReport national = report("kpszsu", night(DAY), line(SHAHED, 75, 25));
    StrikeReport samePost = new StrikeReport("again", national.period(), national.source(), "",
        national.regions(), national.lines(), national.casualties(), "");
    List<StrikeReport> reports = List.of(national,
        report("PvKPivden", night(DAY), line(KALIBR, 2, 2)),
        report("pvkshid", night(DAY.plusDays(2)), line(SHAHED, 5, 5)),
        report("GeneralStaff.ua", night(DAY.plusDays(3)), line(SHAHED, 75, 25)), samePost);

    SourceOverlap overlap = SourceOverlap.find(reports);

    assertFalse(overlap.exists());
    assertEquals(SourceOverlap.none(), overlap);
    assertEquals("no overlap between posts", overlap.toString());
  }

  @Test
  void anyTwoPostsAreComparedButAReportWithoutSourceIsNot() {
    StrikeReport national = report("kpszsu", night(DAY), line(SHAHED, 75, 25));
    StrikeReport repeat = report("kpszsu", night(DAY), line(SHAHED, 40, 25));
    StrikeReport generalStaff = report("GeneralStaff.ua", night(DAY), line(SHAHED, 75, 25));
    StrikeReport regional = report("PvKPivden", night(DAY), line(SHAHED, 10, 10));
    StrikeReport otherRegional = report("pvkshid", night(DAY), line(SHAHED, 3, 3));
    StrikeReport anonymous = StrikeReport.builder().id("anonymous").period(night(DAY))
        .addLine(line(SHAHED, 5, 5)).build();

    // national against national: a post that repeats another post's weapons
    assertEquals(new SourceOverlap(2, 2, 0, 0), SourceOverlap.find(List.of(national, repeat)));
    assertEquals(new SourceOverlap(2, 1, 0, 1),
        SourceOverlap.find(List.of(national, generalStaff, anonymous)));
    // regional against regional, and other against regional
    assertEquals(new SourceOverlap(2, 0, 2, 0), SourceOverlap.find(List.of(regional,
        otherRegional)));
    assertEquals(new SourceOverlap(2, 0, 1, 1), SourceOverlap.find(List.of(generalStaff,
        regional)));
  }

  @Test
  void aCompositeLineSharesItsParts() {
    WeaponLine composite = WeaponLine.of(
        SyntheticReports.CATALOG.resolve("X-101/X-555 and Kalibr"), Count.exactly(62));
    StrikeReport national = report("kpszsu", night(DAY), composite);
    StrikeReport regional = report("PvKPivden", night(DAY), line(KALIBR, 3, 3));

    assertEquals(new SourceOverlap(2, 1, 1, 0), SourceOverlap.find(List.of(national, regional)));
  }

  @Test
  void aDateOnlyRegionalReportOverlapsTheNightEndingThatDay() {
    StrikeReport national = report("kpszsu", night(DAY), line(SHAHED, 75, 25));
    StrikeReport regional = report("PvKPivden", ReportPeriod.of(ReportTime.ofDate(DAY),
        ReportTime.ofDate(DAY)), line(SHAHED, 4, 4));

    assertEquals(new SourceOverlap(2, 1, 1, 0), SourceOverlap.find(List.of(regional, national)));
  }

  @Test
  void aLineIsCountedOnceThoughSeveralReportsOverlapIt() {
    StrikeReport regional = report("PvKPivden",
        period(LocalDateTime.of(2025, 4, 16, 18, 0), LocalDateTime.of(2025, 4, 18, 9, 0)),
        line(SHAHED, 40, 30));
    List<StrikeReport> reports = List.of(regional,
        report("kpszsu", night(DAY), line(SHAHED, 75, 25)),
        report("kpszsu", night(DAY.plusDays(1)), line(SHAHED, 50, 45)));

    assertEquals(new SourceOverlap(3, 2, 1, 0), SourceOverlap.find(reports));
  }

  @Test
  void reportsFurtherApartThanTheWindowAreNotCompared() {
    StrikeReport first = report("kpszsu", night(DAY), line(SHAHED, 75, 25));
    StrikeReport far = report("PvKPivden", night(DAY), line(SHAHED, 12, 12));
    StrikeReport between = report("pvkshid", night(DAY.plusDays(40)), line(KALIBR, 1, 1));
    List<StrikeReport> reports = List.of(first, between, between, far);
    assertEquals(SourceOverlap.none(), SourceOverlap.find(reports, 2));
    assertEquals(new SourceOverlap(2, 1, 1, 0), SourceOverlap.find(reports, 3));
  }

  @Test
  void agreesWithCheckingEveryPairWithinTheWindow() {
    java.util.Random random = new java.util.Random(17);
    for (int round = 0; round < 20; round++) {
      List<StrikeReport> reports = OverlapOracle.randomReports(random, 300);
      for (int window : new int[] {1, 7, 50, 1000}) {
        assertEquals(OverlapOracle.everyPair(reports, window),
            SourceOverlap.find(reports, window), "round " + round + ", window " + window);
      }
    }
  }

  @Test
  void rejectsNegativeCountsAndABadWindow() {
    assertThrows(IllegalArgumentException.class, () -> new SourceOverlap(-1, 0, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> SourceOverlap.find(List.of(), 0));
  }

  @Test
  void aPostIsItsAddressOrElseItsReport() {
    StrikeReport a = StrikeReport.builder().id("a").period(night(DAY))
        .source(Source.parse("GeneralStaff.ua")).addLine(line(SHAHED, 5, 5)).build();
    StrikeReport b = StrikeReport.builder().id("b").period(night(DAY))
        .source(Source.parse("GeneralStaff.ua")).addLine(line(SHAHED, 5, 5)).build();
    // no address: two reports are two posts
    assertEquals(new SourceOverlap(2, 0, 0, 2), SourceOverlap.find(List.of(a, b)));
  }
}
