package org.conflictstats.stats;

import static org.conflictstats.stats.SyntheticReports.CATALOG;
import static org.conflictstats.stats.SyntheticReports.line;
import static org.conflictstats.stats.SyntheticReports.night;
import static org.conflictstats.stats.SyntheticReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponCategory;
import org.conflictstats.model.WeaponLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The quarter and family dimensions (DOMAIN.md §11). */
final class FamilyAndQuarterTest {

  @ParameterizedTest
  @CsvSource({"2025-01-01,2025-Q1", "2025-03-31,2025-Q1", "2025-04-01,2025-Q2",
      "2025-09-30,2025-Q3", "2025-10-01,2025-Q4", "2025-12-31,2025-Q4", "2026-01-01,2026-Q1"})
  void aReportFallsInTheQuarterOfItsDate(String date, String quarter) {
    StrikeReport r = report("kpszsu", night(LocalDate.parse(date)),
        line(SyntheticReports.SHAHED, 10, 5));
    StatsTable t = StatsQuery.groupBy(Dimension.QUARTER).run(List.of(r));
    assertEquals(List.of(quarter), t.rows().get(0).key());
  }

  @ParameterizedTest
  @CsvSource({"2025-09-01", "2025-09-07", "2025-12-29", "2026-01-04", "2024-02-29", "2021-01-03"})
  void theKeyOfADateIsTheRowItsReportFallsIn(String date) {
    LocalDate d = LocalDate.parse(date);
    StrikeReport r = report("kpszsu", night(d), line(SyntheticReports.SHAHED, 10, 5));
    for (Dimension dim : List.of(Dimension.DAY, Dimension.WEEK, Dimension.MONTH,
        Dimension.QUARTER, Dimension.YEAR, Dimension.REGIME,
        Dimension.regime(ReportingRegimes.parse("2025-09-03")))) {
      StatsTable t = StatsQuery.groupBy(dim).run(List.of(r));
      assertEquals(java.util.Optional.of(t.rows().get(0).key().get(0)), dim.keyOfDate(d),
          dim + " " + d);
    }
    for (Dimension dim : List.of(Dimension.WEAPON, Dimension.MODEL, Dimension.FAMILY,
        Dimension.REGION, Dimension.SOURCE, Dimension.SIZE)) {
      assertEquals(java.util.Optional.empty(), dim.keyOfDate(d), dim.toString());
    }
  }

  @ParameterizedTest
  @CsvSource({"LONG_RANGE_ATTACK_DRONE,drones", "DECOY_DRONE,drones",
      "RECONNAISSANCE_DRONE,drones", "LOITERING_MUNITION,drones", "UNKNOWN_DRONE,drones",
      "MIXED_DRONE,drones", "CRUISE_MISSILE,missiles", "BALLISTIC_MISSILE,missiles",
      "AEROBALLISTIC_MISSILE,missiles", "ANTI_AIRCRAFT_MISSILE,missiles",
      "ANTI_SHIP_MISSILE,missiles", "ANTI_RADIATION_MISSILE,missiles", "UNKNOWN_MISSILE,missiles",
      "MIXED_MISSILE,missiles", "GUIDED_BOMB,guided bombs", "MIXED,mixed",
      "UNCLASSIFIED,unclassified"})
  void everyCategoryHasItsFamily(WeaponCategory category, String family) {
    assertEquals(family, Dimension.family(category));
  }

  @Test
  void aLineAcrossFamiliesIsMixed() {
    WeaponLine across = line(CATALOG.resolve("Kalibr and Shahed-136/131"), 20, 10);
    WeaponLine missiles = line(CATALOG.resolve("Kalibr and Iskander-M"), 6, 3);
    StatsTable t = StatsQuery.groupBy(Dimension.FAMILY)
        .run(List.of(report("kpszsu", night(LocalDate.of(2025, 4, 17)), across, missiles)));
    assertEquals(20, t.row("mixed").orElseThrow().tally().launched().lower());
    assertEquals(6, t.row("missiles").orElseThrow().tally().launched().lower());
    assertEquals(List.of(Dimension.QUARTER, Dimension.FAMILY), List.of(
        Dimension.parse("Quarter"), Dimension.parse("family")));
  }

  /** Families partition the lines: their tallies are the sums of their categories' tallies. */
  @Property(tries = 200)
  void familiesAreSumsOfTheirCategories(
      @ForAll("reports") @Size(max = 6) List<StrikeReport> reports) {
    StatsTable byFamily = StatsQuery.groupBy(Dimension.FAMILY).withInvalidReportsKept(true)
        .run(reports);
    StatsTable byCategory = StatsQuery.groupBy(Dimension.CATEGORY).withInvalidReportsKept(true)
        .run(reports);
    Map<String, Long> launched = new HashMap<>();
    Map<String, Long> lines = new HashMap<>();
    for (StatsTable.Row row : byCategory) {
      WeaponCategory c = WeaponCategory.fromLabel(row.key(0)).orElseThrow();
      launched.merge(Dimension.family(c), row.tally().launched().lower(), Long::sum);
      lines.merge(Dimension.family(c), row.tally().lines(), Long::sum);
    }
    Map<String, Long> gotLaunched = new HashMap<>();
    Map<String, Long> gotLines = new HashMap<>();
    for (StatsTable.Row row : byFamily) {
      gotLaunched.put(row.key(0), row.tally().launched().lower());
      gotLines.put(row.key(0), row.tally().lines());
    }
    assertEquals(launched, gotLaunched);
    assertEquals(lines, gotLines);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<List<StrikeReport>> reports() {
    return TallyArbitraries.lineLists().list().ofMaxSize(6).map(lists -> {
      List<StrikeReport> out = new ArrayList<>();
      for (int i = 0; i < lists.size(); i++) {
        out.add(report("kpszsu", night(LocalDate.of(2025, 1, 1).plusDays(i * 40L)),
            lists.get(i).toArray(new WeaponLine[0])));
      }
      return out;
    });
  }
}
