package org.conflictstats.stats;

import static org.conflictstats.stats.SyntheticReports.GERBERA;
import static org.conflictstats.stats.SyntheticReports.ISKANDER;
import static org.conflictstats.stats.SyntheticReports.KALIBR;
import static org.conflictstats.stats.SyntheticReports.KH101;
import static org.conflictstats.stats.SyntheticReports.SHAHED;
import static org.conflictstats.stats.SyntheticReports.line;
import static org.conflictstats.stats.SyntheticReports.night;
import static org.conflictstats.stats.SyntheticReports.period;
import static org.conflictstats.stats.SyntheticReports.report;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.conflictstats.model.Count;
import org.conflictstats.model.LineDetails;
import org.conflictstats.model.Region;
import org.conflictstats.model.SourceScope;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponLine;
import org.conflictstats.validation.Validator;
import org.junit.jupiter.api.Test;

final class StatsQueryTest {

  private static final LocalDate APRIL_17 = LocalDate.of(2025, 4, 17);

  private static List<List<String>> keys(StatsTable table) {
    List<List<String>> keys = new ArrayList<>();
    table.forEach(row -> keys.add(row.key()));
    return keys;
  }

  @Test
  void groupsByDayWeekMonthAndYearOfTheEndDate() {
    // 2024-12-30 is in ISO week 2025-W01; 2025-01-05 too; 2025-01-06 starts W02
    StrikeReport a = report("kpszsu", night(LocalDate.of(2024, 12, 30)), line(SHAHED, 10, 5));
    StrikeReport b = report("kpszsu", night(LocalDate.of(2025, 1, 5)), line(SHAHED, 20, 10));
    StrikeReport c = report("kpszsu", night(LocalDate.of(2025, 1, 6)), line(SHAHED, 30, 30));
    List<StrikeReport> reports = List.of(c, a, b);

    assertEquals(List.of(List.of("2024-12-30"), List.of("2025-01-05"), List.of("2025-01-06")),
        keys(StatsQuery.groupBy(Dimension.DAY).run(reports)));
    StatsTable weeks = StatsQuery.groupBy(Dimension.WEEK).run(reports);
    assertEquals(List.of(List.of("2025-W01"), List.of("2025-W02")), keys(weeks));
    assertEquals(Rate.of(15, 30, 30), weeks.row("2025-W01").get().tally().kineticRate());
    assertEquals(2, weeks.row("2025-W01").get().tally().reports());
    assertEquals(List.of(List.of("2024-12"), List.of("2025-01")),
        keys(StatsQuery.groupBy(Dimension.MONTH).run(reports)));
    assertEquals(List.of(List.of("2024"), List.of("2025")),
        keys(StatsQuery.groupBy(Dimension.YEAR).run(reports)));
  }

  @Test
  void attributionRuleAndZoneAreConfigurable() {
    // 2025-04-16 20:00 to 2025-04-17 01:30 Kyiv (UTC+3): ends 2025-04-16 22:30 UTC
    StrikeReport r = report("kpszsu", period(LocalDateTime.of(2025, 4, 16, 20, 0),
        LocalDateTime.of(2025, 4, 17, 1, 30)), line(SHAHED, 10, 5));
    List<StrikeReport> reports = List.of(r);

    assertEquals(List.of(List.of("2025-04-17")),
        keys(StatsQuery.groupBy(Dimension.DAY).run(reports)));
    assertEquals(List.of(List.of("2025-04-16")), keys(StatsQuery.groupBy(Dimension.DAY)
        .withAttribution(Attribution.standard().withZone(ZoneOffset.UTC)).run(reports)));
    assertEquals(List.of(List.of("2025-04-16")), keys(StatsQuery.groupBy(Dimension.DAY)
        .withAttribution(Attribution.standard().withRule(Attribution.Rule.START_DATE))
        .run(reports)));
  }

  @Test
  void groupsByWeaponCategoryAndSource() {
    WeaponLine composite = WeaponLine.of(SyntheticReports.CATALOG.resolve("X-101/X-555 and Kalibr"),
        Count.exactly(62)).withDestroyed(Count.exactly(50));
    List<StrikeReport> reports = List.of(
        report("kpszsu", night(APRIL_17), line(SHAHED, 75, 25), composite, line(KALIBR, 4, 4)),
        report("PvKPivden", night(APRIL_17), line(SHAHED, 10, 9), line(GERBERA, 3, 3)));

    StatsTable byWeapon = StatsQuery.groupBy(Dimension.WEAPON).run(reports);
    assertEquals(List.of(List.of("Gerbera"), List.of("Kalibr"),
        List.of("Kh-101/Kh-555 and Kalibr"), List.of("Shahed-136/131")), keys(byWeapon));
    assertEquals(Rate.of(34, 85, 85), byWeapon.row("Shahed-136/131").get().tally().kineticRate());
    // the composite stays one line under its own name; Kalibr alone is its own group
    assertEquals(62, byWeapon.row("Kh-101/Kh-555 and Kalibr").get().tally().launched().lower());
    assertEquals(4, byWeapon.row("Kalibr").get().tally().launched().lower());

    StatsTable byCategory = StatsQuery.groupBy(Dimension.CATEGORY).run(reports);
    assertEquals(List.of(List.of("cruise missile"), List.of("decoy drone"),
        List.of("long-range attack drone")), keys(byCategory));
    assertEquals(66, byCategory.row("cruise missile").get().tally().launched().lower());

    StatsTable bySource = StatsQuery.groupBy(Dimension.SOURCE).run(reports);
    assertEquals(List.of(List.of("kpszsu"), List.of("PvKPivden")), keys(bySource));
    assertEquals(3, bySource.row("kpszsu").get().tally().lines());
  }

  @Test
  void regionsComeFromTheLineElseTheReportElseNone() {
    WeaponLine withRegions = line(SHAHED, 10, 8).withDetails(LineDetails.builder()
        .affectedRegions(List.of(Region.of("Sumy oblast"), Region.of("Kharkiv oblast"))).build());
    StrikeReport ownRegions = report("kpszsu", night(APRIL_17), List.of("Odesa oblast"),
        withRegions, line(KALIBR, 4, 2));
    StrikeReport noRegions = report("kpszsu", night(APRIL_17), line(ISKANDER, 2, 0));

    StatsTable byRegion = StatsQuery.groupBy(Dimension.REGION).run(List.of(ownRegions, noRegions));

    assertEquals(List.of(List.of("Kharkiv oblast"), List.of("Odesa oblast"),
        List.of("Sumy oblast"), List.of(Dimension.NO_REGION)), keys(byRegion));
    assertEquals(10, byRegion.row("Sumy oblast").get().tally().launched().lower());
    assertEquals(10, byRegion.row("Kharkiv oblast").get().tally().launched().lower());
    assertEquals(4, byRegion.row("Odesa oblast").get().tally().launched().lower());
    assertEquals(2, byRegion.row("(none)").get().tally().launched().lower());
    // region groups do not partition: the line in two regions counts in each, the total once
    long rowSum = byRegion.rows().stream().mapToLong(r -> r.tally().launched().lower()).sum();
    assertEquals(26, rowSum);
    assertEquals(16, byRegion.total().launched().lower());
    // the table says what a region's row is: whole lines, not the weapons over that region
    String whole = " the whole of each line that names the region (the input's affected regions,"
        + " as written): the line's weapons wherever its report counts them (a national report's,"
        + " over the whole country), not those over that region alone.";
    assertTrue(byRegion.selectionNotes().contains("Regions: a row counts" + whole),
        byRegion.selectionNotes()::toString);
    StatsTable filtered = StatsQuery.groupBy(Dimension.MONTH)
        .withFilter(ReportFilter.all().withRegions(List.of("sumy oblast")))
        .run(List.of(ownRegions, noRegions));
    assertTrue(filtered.selectionNotes().contains("Regions: the filter passes" + whole),
        filtered.selectionNotes()::toString);
    assertTrue(StatsQuery.groupBy(Dimension.MONTH).run(List.of(ownRegions, noRegions))
        .selectionNotes().stream().noneMatch(n -> n.startsWith("Regions:")));
  }

  @Test
  void aCollectorContainerGivesItsTableOnce() {
    // the table takes the container's groups: a second table had the total and no rows
    var collector = StatsQuery.groupBy(Dimension.MONTH).toTable();
    @SuppressWarnings("unchecked")
    var c = (java.util.stream.Collector<StrikeReport, Object, StatsTable>) collector;
    Object container = c.supplier().get();
    StrikeReport r = report("kpszsu", night(APRIL_17), line(SHAHED, 75, 25));
    c.accumulator().accept(container, r);
    StatsTable first = c.finisher().apply(container);
    assertEquals(1, first.rows().size());
    assertEquals(75, first.total().launched().lower());
    assertThrows(IllegalStateException.class, () -> c.finisher().apply(container));
    assertThrows(IllegalStateException.class, () -> c.accumulator().accept(container, r));
    Object other = c.supplier().get();
    assertThrows(IllegalStateException.class, () -> c.combiner().apply(other, container));
    assertThrows(IllegalStateException.class, () -> c.combiner().apply(container, other));
  }

  @Test
  void aLineWithoutRegionsBesideLinesWithSomeIsInNone() {
    // the Air Force CSV names regions per row; the report's regions are the union of its rows'
    WeaponLine shahed = line(SHAHED, 113, 100).withDetails(LineDetails.builder()
        .affectedRegions(List.of(Region.of("Kyiv oblast"), Region.of("Sumy oblast"))).build());
    WeaponLine iskander = line(ISKANDER, 3, 0);
    StrikeReport csvLike = report("kpszsu", night(APRIL_17),
        List.of("Kyiv oblast", "Sumy oblast"), shahed, iskander);
    assertEquals(Set.of(), csvLike.regionsOf(iskander));
    assertEquals(shahed.details().affectedRegions(), csvLike.regionsOf(shahed));

    StatsTable byRegion = StatsQuery.groupBy(Dimension.REGION, Dimension.WEAPON)
        .run(List.of(csvLike));
    assertEquals(List.of(List.of("Kyiv oblast", "Shahed-136/131"),
        List.of("Sumy oblast", "Shahed-136/131"), List.of(Dimension.NO_REGION, "Iskander-M")),
        keys(byRegion));
    // the filter takes the same regions: Kyiv oblast passes the Shahed line alone
    StatsTable kyiv = StatsQuery.groupBy(Dimension.WEAPON)
        .withFilter(ReportFilter.all().withRegions(List.of("kyiv oblast"))).run(List.of(csvLike));
    assertEquals(List.of(List.of("Shahed-136/131")), keys(kyiv));
    // the report a filter keeps is about what its kept lines are about: the Iskander-M row alone
    // names no region (a CSV of that row alone), so convert writes none for it
    StrikeReport kept = ReportFilter.all().withWeapons(List.of(iskander.weapon()))
        .apply(csvLike, APRIL_17).orElseThrow().report();
    assertEquals(List.of(iskander), kept.lines());
    assertEquals(Set.of(), kept.regions());
    // a region the report names beyond its lines' is the unnamed line's
    StrikeReport moreRegions = report("kpszsu", night(APRIL_17),
        List.of("Kyiv oblast", "Odesa oblast", "Sumy oblast"), shahed, iskander);
    assertEquals(Set.of(Region.of("Odesa oblast")), moreRegions.regionsOf(iskander));
  }

  @Test
  void modelSplitsCombinedLinesWhereTheSourceSplitTheirLaunchedCount() {
    WeaponLine split = WeaponLine.of(SyntheticReports.CATALOG.resolve("X-101/X-555 and Kalibr"),
            Count.exactly(62))
        .withDestroyed(Count.exactly(50))
        .withDetails(LineDetails.builder()
            .launchedByModel(Map.of(KH101, Count.exactly(50), KALIBR, Count.exactly(12))).build());
    WeaponLine unsplit = WeaponLine.of(SyntheticReports.CATALOG.resolve("Kalibr and Iskander-M"),
        Count.exactly(9)).withDestroyed(Count.exactly(3));
    WeaponLine badSplit = WeaponLine.of(SyntheticReports.CATALOG.resolve("Kalibr and Kh-59"),
            Count.exactly(10))
        .withDetails(LineDetails.builder().launchedByModel(Map.of(KALIBR, Count.exactly(4))).build());
    StrikeReport r = report("kpszsu", night(APRIL_17), split, unsplit, badSplit,
        line(KALIBR, 8, 6));

    StatsTable byModel = StatsQuery.groupBy(Dimension.MODEL).run(List.of(r));

    assertEquals(List.of(List.of("Kalibr"), List.of("Kalibr and Iskander-M"),
        List.of("Kalibr and Kh-59"), List.of("Kh-101/Kh-555")), keys(byModel));
    Tally kalibr = byModel.row("Kalibr").get().tally();
    assertEquals(20, kalibr.launched().lower(), "12 from the split and 8 on its own");
    assertEquals(2, kalibr.lines());
    assertEquals(1, kalibr.reports());
    // the split share carries launched only: its outcomes are unknown, and it is in no rate, so
    // Kalibr's rate is that of its own line, 6 of 8 (not 6 of 20: 12 weapons whose fate the
    // combined line tells only with Kh-101's would count as all got through)
    assertEquals(Rate.of(6, 8, 8), kalibr.kineticRate());
    assertEquals(8, kalibr.ratedLaunched());
    assertEquals(1, kalibr.unratedLines());
    assertEquals(12, kalibr.unratedLaunched());
    assertEquals(Count.atLeast(6), kalibr.destroyed().toCount());
    Tally kh101 = byModel.row("Kh-101/Kh-555").get().tally();
    assertEquals(50, kh101.launched().lower());
    assertEquals(0, kh101.ratedLaunched());
    assertTrue(kh101.kineticRate().point().isEmpty(), "no line of its own: no rate");
    assertEquals(1, byModel.splitLines());
    assertTrue(byModel.toString().contains("Split by model: 1 line of several models"),
        byModel::toString);
    assertEquals(0, StatsQuery.groupBy(Dimension.WEAPON).run(List.of(r)).splitLines());
    // a split that does not add up leaves the line whole
    assertEquals(10, byModel.row("Kalibr and Kh-59").get().tally().launched().lower());
    // the total is the lines as reported
    assertEquals(Rate.of(59, 89, 89), byModel.total().kineticRate());
  }

  /**
   * A week or month that the filter's dates cut is named in a note with the days it holds: a
   * reader would take 2025-W40 with {@code --from 2025-10} for the whole week.
   */
  @Test
  void periodsTheFiltersDatesCutAreNamed() {
    Optional<IntervalMethod> none = Optional.empty();
    List<StrikeReport> reports = List.of(
        report("kpszsu", night(LocalDate.of(2025, 10, 2)), line(SHAHED, 10, 5)),
        report("kpszsu", night(LocalDate.of(2025, 10, 30)), line(SHAHED, 20, 10)));
    ReportFilter october = ReportFilter.all().withDates(DateRange.parse("2025-10"));
    List<String> byWeek = StatsQuery.groupBy(Dimension.WEEK).withFilter(october).run(reports)
        .notes(RateKind.NEUTRALISATION, none, 0.95);
    assertTrue(byWeek.contains("Partial periods, cut by the filter's dates: 2025-W40"
        + " (2025-10-01 to 2025-10-05), 2025-W44 (2025-10-27 to 2025-10-31)."),
        byWeek::toString);
    List<String> byMonth = StatsQuery.groupBy(Dimension.MONTH).withFilter(october).run(reports)
        .notes(RateKind.NEUTRALISATION, none, 0.95);
    assertTrue(byMonth.stream().noneMatch(n -> n.startsWith("Partial")), byMonth::toString);
    List<String> byYear = StatsQuery.groupBy(Dimension.YEAR, Dimension.WEAPON)
        .withFilter(october).run(reports).notes(RateKind.NEUTRALISATION, none, 0.95);
    assertTrue(byYear.contains("Partial period, cut by the filter's dates: 2025"
        + " (2025-10-01 to 2025-10-31)."), byYear::toString);
  }

  /** A split of one model is the whole line under that model, with its own outcomes. */
  @Test
  void aSplitOfOneModelKeepsTheLinesOutcomes() {
    WeaponLine all = WeaponLine.of(SyntheticReports.CATALOG.resolve("X-101/X-555 and Kalibr"),
            Count.exactly(20))
        .withDestroyed(Count.exactly(18))
        .withDetails(LineDetails.builder().launchedByModel(Map.of(KALIBR, Count.exactly(20)))
            .build());
    StatsTable byModel = StatsQuery.groupBy(Dimension.MODEL)
        .run(List.of(report("kpszsu", night(APRIL_17), all)));
    Tally kalibr = byModel.row("Kalibr").get().tally();
    assertEquals(Rate.of(18, 20, 20), kalibr.kineticRate());
    assertEquals(0, kalibr.unratedLines());
    assertEquals(0, byModel.splitLines());
  }

  @Test
  void twoDimensionsOfOneNameAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StatsQuery.groupBy(Dimension.YEAR, Dimension.of("year", c -> "custom")));
    assertEquals("two dimensions are named year", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> StatsQuery.groupBy(Dimension.MONTH,
        Dimension.MONTH));
    assertEquals(2, StatsQuery.groupBy(Dimension.YEAR, Dimension.of("year of mine",
        c -> "custom")).dimensions().size());
  }

  @Test
  void severalKeysAtOnceSortDimensionByDimension() {
    List<StrikeReport> reports = List.of(
        report("kpszsu", night(LocalDate.of(2025, 4, 22)), line(SHAHED, 10, 5), line(KALIBR, 2, 2)),
        report("kpszsu", night(LocalDate.of(2025, 4, 14)), line(SHAHED, 20, 10)),
        report("pvkshid", night(LocalDate.of(2025, 4, 15)), line(ISKANDER, 1, 0)));

    StatsTable table = StatsQuery.groupBy(Dimension.WEEK, Dimension.WEAPON, Dimension.SOURCE)
        .run(reports);

    assertEquals(List.of(
        List.of("2025-W16", "Iskander-M", "pvkshid"),
        List.of("2025-W16", "Shahed-136/131", "kpszsu"),
        List.of("2025-W17", "Kalibr", "kpszsu"),
        List.of("2025-W17", "Shahed-136/131", "kpszsu")), keys(table));
    assertEquals(List.of(Dimension.WEEK, Dimension.WEAPON, Dimension.SOURCE), table.dimensions());
    assertEquals("Kalibr", table.rows().get(2).key(1));
    assertThrows(IllegalArgumentException.class, () -> table.row("2025-W16"));
  }

  @Test
  void userFunctionsSeeReportLineAndDate() {
    Dimension weekday = Dimension.of("weekday",
        ctx -> ctx.reportDate().getDayOfWeek() + " " + ctx.line().weapon().category().kind());
    Dimension sourceKind = Dimension.ofReport("source kind",
        (report, date) -> report.source().kind().toString());
    List<StrikeReport> reports = List.of(
        report("kpszsu", night(APRIL_17), line(SHAHED, 10, 5), line(KALIBR, 2, 2)),
        report("PvKPivden", night(APRIL_17.plusDays(1)), line(SHAHED, 4, 4)));

    StatsTable table = StatsQuery.groupBy(sourceKind, weekday).run(reports);

    assertEquals(List.of(
        List.of("NATIONAL_AIR_FORCE", "THURSDAY DRONE"),
        List.of("NATIONAL_AIR_FORCE", "THURSDAY MISSILE"),
        List.of("REGIONAL_AIR_COMMAND", "FRIDAY DRONE")), keys(table));
    assertEquals("weekday", table.dimensions().get(1).name());
    assertThrows(NullPointerException.class,
        () -> StatsQuery.groupBy(Dimension.of("broken", ctx -> null)).run(reports));
    assertThrows(IllegalArgumentException.class, () -> Dimension.of(" ", ctx -> "x"));
  }

  @Test
  void aUserOrderReplacesTheDefault() {
    List<StrikeReport> reports = List.of(
        report("kpszsu", night(APRIL_17), line(SHAHED, 10, 5), line(KALIBR, 2, 2)));
    Dimension reversed = Dimension.WEAPON.withOrder(java.util.Comparator.reverseOrder());

    assertEquals(List.of(List.of("Shahed-136/131"), List.of("Kalibr")),
        keys(StatsQuery.groupBy(reversed).run(reports)));
  }

  @Test
  void ungroupedGivesOneRowEqualToTheTotal() {
    StatsTable table = StatsQuery.ungrouped().run(List.of(WorkedExample.report()));

    assertEquals(1, table.size());
    assertEquals(List.of(), table.rows().get(0).key());
    assertEquals(table.total(), table.rows().get(0).tally());
    assertEquals(Rate.of(55, 80, 80), table.total().neutralisationRate());
  }

  @Test
  void theTotalOfPartitioningDimensionsIsTheSumOfTheRows() {
    List<StrikeReport> reports = new ArrayList<>();
    for (int d = 0; d < 20; d++) {
      reports.add(report(d % 3 == 0 ? "PvKPivden" : "kpszsu", night(APRIL_17.plusDays(d)),
          line(SHAHED, 10 + d, d), line(d % 2 == 0 ? KALIBR : ISKANDER, 3, d % 4)));
    }
    Tally whole = reports.stream().collect(Tally.toTallyOfReports());
    for (Dimension d : List.of(Dimension.DAY, Dimension.WEEK, Dimension.MONTH, Dimension.YEAR,
        Dimension.SOURCE)) {
      StatsTable table = StatsQuery.groupBy(d).run(reports);
      // the collector's tally has the query's sums and clusters; only the query knows regimes
      assertArrayEquals(whole.sums(), table.total().sums(), d.name());
      assertEquals(whole.clusterMoments(), table.total().clusterMoments(), d.name());
      assertEquals(table.total(), sumOfRows(table), d.name());
    }
    // line dimensions partition the lines; a report counts in every group it has lines in
    for (Dimension d : List.of(Dimension.WEAPON, Dimension.CATEGORY)) {
      StatsTable table = StatsQuery.groupBy(d).run(reports);
      Tally sum = sumOfRows(table);
      assertArrayEquals(whole.sums(), table.total().sums(), d.name());
      assertEquals(whole.lines(), sum.lines(), d.name());
      assertEquals(whole.launched(), sum.launched(), d.name());
      assertEquals(whole.unknown(), sum.unknown(), d.name());
      assertEquals(whole.neutralisationRate(), sum.neutralisationRate(), d.name());
      assertEquals(whole.kineticRate(), sum.kineticRate(), d.name());
      assertEquals(40, sum.reports(), "every report has a line in two groups");
    }
  }

  private static Tally sumOfRows(StatsTable table) {
    Tally sum = Tally.empty();
    for (StatsTable.Row row : table) {
      sum = sum.plus(row.tally());
    }
    return sum;
  }

  @Test
  void theCollectorAgreesWithRunAlsoInParallel() {
    List<StrikeReport> reports = new ArrayList<>();
    for (int d = 0; d < 200; d++) {
      reports.add(report(d % 5 == 0 ? "PvKPivden" : "kpszsu", night(APRIL_17.plusDays(d % 40)),
          line(SHAHED, 10 + d, d / 2), line(d % 2 == 0 ? KALIBR : ISKANDER, 3, d % 4)));
    }
    StatsQuery query = StatsQuery.groupBy(Dimension.WEEK, Dimension.SOURCE);
    StatsTable run = query.run(reports);
    StatsTable parallel = reports.parallelStream().collect(query.toTable());
    StatsTable stream = query.run(reports.stream());

    for (StatsTable other : List.of(parallel, stream)) {
      assertEquals(run.rows(), other.rows());
      assertEquals(run.total(), other.total());
      assertEquals(run.overlap(), other.overlap());
      assertEquals(run, other);
      assertEquals(run.hashCode(), other.hashCode());
    }
    // tables differ when their figures, their options or their selection do
    assertNotEquals(run, query.run(reports.subList(1, reports.size())));
    assertNotEquals(run, query.withInterval(IntervalMethod.CLUSTER, 0.9).run(reports));
    assertNotEquals(run, StatsQuery.groupBy(Dimension.WEEK).run(reports));
    long reportsInRows = run.rows().stream().mapToLong(r -> r.tally().reports()).sum();
    assertEquals(200, reportsInRows);
  }

  @Test
  void reportsWithValidationErrorsAreLeftOutAndCounted() {
    StrikeReport good = report("kpszsu", night(APRIL_17), line(SHAHED, 10, 5));
    StrikeReport bad = report("kpszsu", night(APRIL_17), line(SHAHED, 10, 12), line(KALIBR, 1, 1));
    // a rule of our own: more destroyed than launched
    StatsQuery query = StatsQuery.groupBy(Dimension.DAY).withInvalidWhen(r -> r.lines().stream()
        .anyMatch(l -> l.destroyed().mustExceed(l.launched())));

    StatsTable table = query.run(List.of(good, bad));
    assertEquals(new LeftOut(1, 2, 0, 0), table.leftOut());
    assertEquals(1, table.total().reports());
    assertEquals(Rate.of(5, 10, 10), table.total().kineticRate());

    StatsTable kept = query.withInvalidReportsKept(true).run(List.of(good, bad));
    assertTrue(kept.leftOut().isEmpty());
    assertEquals(3, kept.total().lines());
    assertTrue(query.withInvalidReportsKept(true).keepsInvalidReports());
  }

  @Test
  void theStandardValidatorDecidesByDefault() {
    StrikeReport r = report("kpszsu", night(APRIL_17), line(SHAHED, 10, 5));
    boolean invalid = Validator.standard().validate(r).hasErrors();

    StatsTable table = StatsQuery.ungrouped().run(List.of(r));
    assertEquals(invalid ? 1 : 0, table.leftOut().invalidReports());
    StatsTable withValidator = StatsQuery.ungrouped().withValidator(Validator.standard())
        .run(List.of(r));
    assertEquals(table.leftOut(), withValidator.leftOut());
  }

  @Test
  void sourcesOutsideTheScopeAreLeftOutAndCountedBeforeValidation() {
    StrikeReport national = report("kpszsu", night(APRIL_17), line(SHAHED, 10, 5));
    StrikeReport regional = report("PvKPivden", night(APRIL_17), line(SHAHED, 4, 4),
        line(KALIBR, 1, 1));
    StrikeReport other = report("GeneralStaff.ua", night(APRIL_17), line(SHAHED, 1, 1));
    List<StrikeReport> reports = List.of(national, regional, other);
    Set<String> validated = new java.util.HashSet<>();
    StatsQuery query = StatsQuery.groupBy(Dimension.SOURCE)
        .withInvalidWhen(r -> validated.add(r.source().name()) && false);

    StatsTable nationalOnly = query.withScope(SourceScope.NATIONAL).run(reports);
    assertEquals(List.of(List.of("kpszsu")), keys(nationalOnly));
    assertEquals(new LeftOut(0, 0, 2, 3), nationalOnly.leftOut());
    assertEquals(Set.of("kpszsu"), validated);
    assertEquals(SourceOverlap.none(), nationalOnly.overlap());

    StatsTable regionalOnly = query.withScope(SourceScope.REGIONAL).run(reports);
    assertEquals(List.of(List.of("PvKPivden")), keys(regionalOnly));
    assertEquals(new LeftOut(0, 0, 2, 2), regionalOnly.leftOut());

    StatsTable all = query.run(reports);
    assertEquals(3, all.size());
    assertTrue(all.leftOut().isEmpty());
    assertTrue(all.overlap().exists(), "national and regional Shaheds on the same night");
  }

  @Test
  void queriesAreValuesWithCopies() {
    StatsQuery q = StatsQuery.groupBy(Dimension.WEEK);

    assertEquals(SourceScope.ALL, q.scope());
    assertEquals(Attribution.standard(), q.attribution());
    assertFalse(q.keepsInvalidReports());
    assertEquals(SourceScope.REGIONAL, q.withScope(SourceScope.REGIONAL).scope());
    assertEquals(SourceScope.ALL, q.scope(), "the original is unchanged");
    assertThrows(IllegalArgumentException.class,
        () -> StatsQuery.groupBy(Dimension.WEEK, Dimension.WEEK));
    assertThrows(NullPointerException.class, () -> q.withScope(null));
  }

  @Test
  void builtInDimensionsParse() {
    assertEquals(Dimension.builtIn(), Dimension.builtIn().stream()
        .map(d -> Dimension.parse(d.name().toUpperCase())).collect(Collectors.toList()));
    assertThrows(IllegalArgumentException.class, () -> Dimension.parse("fortnight"));
  }
}
