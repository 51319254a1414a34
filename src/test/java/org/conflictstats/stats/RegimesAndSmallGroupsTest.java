package org.conflictstats.stats;

import static org.conflictstats.stats.SyntheticReports.ISKANDER;
import static org.conflictstats.stats.SyntheticReports.SHAHED;
import static org.conflictstats.stats.SyntheticReports.line;
import static org.conflictstats.stats.SyntheticReports.night;
import static org.conflictstats.stats.SyntheticReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.conflictstats.model.Count;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponLine;
import org.junit.jupiter.api.Test;

/** Reporting regimes (DOMAIN.md §4c), small groups (§4d) and the unit of sampling (§4b). */
final class RegimesAndSmallGroupsTest {

  private static final LocalDate JUL_30 = LocalDate.of(2025, 7, 30);
  private static final LocalDate AUG_2 = LocalDate.of(2025, 8, 2);

  /** The text with its notes' line breaks as spaces. */
  private static String oneLine(String text) {
    return text.replace('\n', ' ');
  }

  @Test
  void theStandardRegimesCutAtJuly2024AndAugust2025() {
    ReportingRegimes r = ReportingRegimes.standard();
    assertEquals(List.of(LocalDate.of(2024, 7, 1), LocalDate.of(2025, 8, 1)), r.boundaries());
    assertEquals(3, r.size());
    assertEquals(0, r.indexOf(LocalDate.of(2024, 6, 30)));
    assertEquals(1, r.indexOf(LocalDate.of(2024, 7, 1)));
    assertEquals(1, r.indexOf(LocalDate.of(2025, 7, 31)));
    assertEquals(2, r.indexOf(LocalDate.of(2025, 8, 1)));
    assertEquals("to 2024-06-30", r.label(0));
    assertEquals("2024-07-01 to 2025-07-31", r.label(1));
    assertEquals("from 2025-08-01", r.label(2));
    assertEquals(r, ReportingRegimes.parse("2024-07, 2025-08"));
    assertEquals(r, ReportingRegimes.parse("2024-07-01,2025-08-01"));
    assertEquals(List.of(LocalDate.of(2024, 7, 1), LocalDate.of(2025, 8, 1)),
        r.boundariesWithin(0b101));
    assertEquals(List.of(LocalDate.of(2025, 8, 1)), r.boundariesWithin(0b110));
    assertEquals(List.of(), r.boundariesWithin(0b010));
    assertEquals("all", ReportingRegimes.parse("none").label(0));
  }

  @Test
  void badBoundariesAreRefused() {
    // an empty item, at the end too, is refused rather than dropped ("," meant no boundary)
    for (String list : List.of(",", "2024-07,", ",2024-07", "2024-07,,2025-08")) {
      assertThrows(IllegalArgumentException.class, () -> ReportingRegimes.parse(list), list);
    }
    assertThrows(IllegalArgumentException.class, () -> ReportingRegimes.parse("2025-08,2024-07"));
    assertThrows(IllegalArgumentException.class, () -> ReportingRegimes.parse("2025-08,2025-08"));
    assertThrows(IllegalArgumentException.class, () -> ReportingRegimes.parse("August"));
    // the first regime ends the day before the first boundary: LocalDate.MIN has none (review
    // rv46c: --regimes=-999999999-01-01 --by regime was an internal error)
    assertThrows(IllegalArgumentException.class,
        () -> ReportingRegimes.of(List.of(LocalDate.MIN)));
    assertThrows(IllegalArgumentException.class,
        () -> ReportingRegimes.parse("-999999999-01-01,2024-07"));
    assertEquals("to -999999999-01-01", ReportingRegimes.of(List.of(LocalDate.MIN.plusDays(1)))
        .label(0));
    assertThrows(IllegalArgumentException.class, () -> StatsQuery.ungrouped().withMinLaunched(-1));
  }

  private static List<StrikeReport> julyAndAugust() {
    return List.of(
        report("kpszsu", night(JUL_30), line(SHAHED, 100, 60).withSuppressed(Count.exactly(30))),
        report("kpszsu", night(AUG_2), line(SHAHED, 120, 100)),
        report("kpszsu", night(AUG_2.plusDays(1)), line(SHAHED, 80, 70)));
  }

  /** Many groups: the first five by name, in the table's order, and how many more. */
  @Test
  void theRegimeWarningNamesFiveGroupsAndCountsTheRest() {
    List<StrikeReport> reports = new java.util.ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      reports.add(report("post" + i, night(JUL_30), line(SHAHED, 10, 5)));
      reports.add(report("post" + i, night(AUG_2), line(SHAHED, 10, 6)));
    }
    StatsTable t = StatsQuery.groupBy(Dimension.YEAR, Dimension.SOURCE).run(reports);
    assertEquals(7, t.size());
    String warning = t.regimeWarning().orElseThrow();
    assertTrue(warning.startsWith("Warning: the kinetic rate of 7 groups (2025 post1, 2025 post2,"
        + " 2025 post3, 2025 post4, 2025 post5 and 2 more) and the total mixes"), warning);
  }

  @Test
  void aKineticRateAcrossABoundaryIsFlaggedAndNamesIt() {
    StatsTable byYear = StatsQuery.groupBy(Dimension.YEAR).run(julyAndAugust());
    Tally year = byYear.row("2025").orElseThrow().tally();
    assertEquals(List.of(LocalDate.of(2025, 8, 1)), byYear.regimeBoundaries(year));
    String kinetic = oneLine(byYear.format(RateKind.KINETIC));
    // the group is named, so that a reader finds it among the rows
    assertTrue(kinetic.contains("Warning: the kinetic rate of 1 group (2025) and the total mixes"
        + " reporting regimes (boundary 2025-08-01)"), kinetic);
    assertTrue(byYear.regimeWarning().isPresent());
    // the neutralisation rate is the figure least affected: no warning under it
    assertFalse(byYear.format().contains("regimes"), byYear.format());

    StatsTable byMonth = StatsQuery.groupBy(Dimension.MONTH).run(julyAndAugust());
    byMonth.forEach(r -> assertEquals(List.of(), byMonth.regimeBoundaries(r.tally())));
    assertTrue(oneLine(byMonth.format(RateKind.KINETIC)).contains("kinetic rate of the total mixes"));
    // the rows alone (what a chart draws): the year crosses the boundary, the months do not
    assertEquals(Optional.of("Warning: the kinetic rate of 1 group (2025) mixes reporting regimes"
        + " (boundary 2025-08-01), which count losses to electronic warfare differently; compare"
        + " kinetic rates within one regime, or group by regime."),
        byYear.regimeWarningOfRows(t -> true));
    assertEquals(Optional.empty(), byYear.regimeWarningOfRows(t -> t.launched().lower() < 100));
    assertEquals(Optional.empty(), byMonth.regimeWarningOfRows(t -> true));
    StatsTable none = StatsQuery.groupBy(Dimension.YEAR).withRegimes(ReportingRegimes.none())
        .run(julyAndAugust());
    assertEquals(Optional.empty(), none.regimeWarning());
  }

  @Test
  void onlyRatedLinesPlaceAGroupInARegime() {
    List<StrikeReport> reports = List.of(
        report("kpszsu", night(JUL_30), line(SHAHED, 100, 60)),
        report("kpszsu", night(AUG_2), WeaponLine.of(SHAHED, Count.unknown())
            .withDestroyed(Count.exactly(3))));
    StatsTable t = StatsQuery.groupBy(Dimension.YEAR).run(reports);
    assertEquals(List.of(), t.regimeBoundaries(t.total()));
  }

  @Test
  void regimeIsAGroupingKeyInTimeOrder() {
    List<StrikeReport> reports = List.of(
        report("kpszsu", night(AUG_2), line(SHAHED, 120, 100)),
        report("kpszsu", night(LocalDate.of(2023, 5, 1)), line(SHAHED, 10, 9)),
        report("kpszsu", night(JUL_30), line(SHAHED, 100, 60)));
    StatsTable t = StatsQuery.groupBy(Dimension.REGIME).run(reports);
    assertEquals(List.of("to 2024-06-30", "2024-07-01 to 2025-07-31", "from 2025-08-01"),
        t.rows().stream().map(r -> r.key(0)).toList());
    assertEquals(Dimension.REGIME, Dimension.parse("regime"));
    // other boundaries give other keys, with the query's regimes
    StatsTable custom = StatsQuery.groupBy(Dimension.REGIME)
        .withRegimes(ReportingRegimes.parse("2025-08-02")).run(reports);
    assertEquals(List.of("to 2025-08-01", "from 2025-08-02"),
        custom.rows().stream().map(r -> r.key(0)).toList());
  }

  @Test
  void theLastRegimesGivenGroupTheRowsAndNameTheWarningAlike() {
    List<StrikeReport> reports = julyAndAugust();
    ReportingRegimes aug2 = ReportingRegimes.parse("2025-08-02");
    List<String> aug2Rows = List.of("to 2025-08-01", "from 2025-08-02");
    // a second call replaces the first: the rows followed the first, the warning the second
    StatsTable twice = StatsQuery.groupBy(Dimension.REGIME).withRegimes(ReportingRegimes.none())
        .withRegimes(aug2).run(reports);
    assertEquals(aug2Rows, twice.rows().stream().map(r -> r.key(0)).toList());
    assertEquals(List.of(LocalDate.of(2025, 8, 2)), twice.regimeBoundaries(twice.total()));
    StatsTable back = StatsQuery.groupBy(Dimension.REGIME).withRegimes(aug2)
        .withRegimes(ReportingRegimes.standard()).run(reports);
    assertEquals(List.of("2024-07-01 to 2025-07-31", "from 2025-08-01"),
        back.rows().stream().map(r -> r.key(0)).toList());
    // a dimension of its own regimes brings them to the query, warning included
    StatsTable own = StatsQuery.groupBy(Dimension.regime(aug2)).run(reports);
    assertEquals(aug2Rows, own.rows().stream().map(r -> r.key(0)).toList());
    assertEquals(List.of(LocalDate.of(2025, 8, 2)), own.regimeBoundaries(own.total()));
    // an order given to the dimension survives other regimes
    StatsTable ordered = StatsQuery.groupBy(Dimension.REGIME.withOrder(
        java.util.Comparator.naturalOrder())).withRegimes(aug2).run(reports);
    assertEquals(List.of("from 2025-08-02", "to 2025-08-01"),
        ordered.rows().stream().map(r -> r.key(0)).toList());
    // the same regimes leave the built-in dimension itself in the query
    assertEquals(List.of(Dimension.REGIME), StatsQuery.groupBy(Dimension.REGIME)
        .withRegimes(ReportingRegimes.standard()).dimensions());
  }

  @Test
  void aSmallGroupKeepsItsCountsAndLosesItsRate() {
    List<StrikeReport> reports = List.of(
        report("kpszsu", night(AUG_2), line(SHAHED, 120, 100), line(ISKANDER, 1, 1)),
        report("kpszsu", night(AUG_2.plusDays(1)), line(SHAHED, 80, 70), line(ISKANDER, 2, 0)));
    StatsTable t = StatsQuery.groupBy(Dimension.WEAPON).withMinLaunched(10).run(reports);
    Tally iskander = t.row("Iskander-M").orElseThrow().tally();
    assertTrue(t.hidesRate(iskander));
    assertFalse(t.hidesRate(t.row("Shahed-136/131").orElseThrow().tally()));
    assertFalse(t.hidesRate(t.total()));
    assertEquals(Optional.empty(), t.interval(iskander, RateKind.NEUTRALISATION,
        IntervalMethod.WILSON, 0.95));
    String text = t.format();
    String row = text.lines().filter(l -> l.startsWith("Iskander-M")).findFirst().orElseThrow();
    assertTrue(row.matches("Iskander-M\\s+3\\s+1\\s+hidden"), row);
    assertTrue(oneLine(text).contains("hidden: 1 group has fewer than 10 weapons launched on rated"
        + " lines"), text);
    assertEquals(10, t.minLaunched());
    // the default hides nothing
    assertFalse(StatsQuery.groupBy(Dimension.WEAPON).run(reports).format().contains("hidden"));
  }

  @Test
  void theNightAsUnitMakesTheNationalAndRegionalReportsOfANightOneCluster() {
    List<StrikeReport> reports = List.of(
        report("kpszsu", night(AUG_2), line(SHAHED, 120, 100)),
        report("PvKPivden", night(AUG_2), line(SHAHED, 30, 29)),
        report("kpszsu", night(AUG_2.plusDays(1)), line(SHAHED, 80, 70)));
    StatsQuery q = StatsQuery.groupBy(Dimension.MONTH);
    assertEquals(3, q.run(reports).total().clusters());
    StatsTable byNight = q.withClusterUnit(ClusterUnit.DAY).run(reports);
    assertEquals(2, byNight.total().clusters());
    assertEquals(3, byNight.total().reports());
    assertTrue(oneLine(byNight.format()).contains("95% CI: clustered by day"), byNight.format());
    ClusterUnit bySource = ClusterUnit.ofReport("source", (r, d) -> r.source().name());
    assertEquals(2, q.withClusterUnit(bySource).run(reports).total().clusters());
    assertThrows(IllegalArgumentException.class, () -> ClusterUnit.ofReport(" ", (r, d) -> d));
  }

  @Test
  void theBootstrapNeedsAQueryThatKeepsTheClusters() {
    List<StrikeReport> reports = julyAndAugust();
    StatsTable clustered = StatsQuery.groupBy(Dimension.YEAR).run(reports);
    assertTrue(oneLine(clustered.format(RateKind.NEUTRALISATION, IntervalMethod.BOOTSTRAP, 0.95))
        .contains("have no report figures kept for the bootstrap"));
    StatsTable boot = StatsQuery.groupBy(Dimension.YEAR).withBootstrap(Bootstrap.of(500, 1))
        .run(reports);
    assertEquals(IntervalMethod.BOOTSTRAP, boot.intervalMethod());
    assertTrue(oneLine(boot.format()).contains("95% CI: percentile bootstrap over reports, 500"
        + " replicates, seed 1."), boot.format());
    assertTrue(boot.interval(boot.total(), RateKind.KINETIC, IntervalMethod.BOOTSTRAP, 0.95)
        .isPresent());
  }
}
