package org.conflictstats.stats;

import static org.conflictstats.stats.SyntheticReports.GERBERA;
import static org.conflictstats.stats.SyntheticReports.KALIBR;
import static org.conflictstats.stats.SyntheticReports.SHAHED;
import static org.conflictstats.stats.SyntheticReports.line;
import static org.conflictstats.stats.SyntheticReports.night;
import static org.conflictstats.stats.SyntheticReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.conflictstats.model.Count;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponLine;
import org.junit.jupiter.api.Test;

final class StatsTableFormatTest {

  private static final LocalDate DAY = LocalDate.of(2025, 4, 17);

  private static List<String> lines(String text) {
    assertTrue(text.endsWith("\n"));
    return List.of(text.split("\n"));
  }

  private static String rowStartingWith(String text, String start) {
    return lines(text).stream().filter(l -> l.startsWith(start)).findFirst().orElseThrow();
  }

  @Test
  void oneReportHasNoClusteredIntervalAndTheTableSaysWhy() {
    String text = StatsQuery.groupBy(Dimension.DAY, Dimension.WEAPON)
        .run(List.of(WorkedExample.report())).format();

    String drones = rowStartingWith(text, "2025-04-17  Unknown UAV");
    assertTrue(drones.matches(".*\\s75\\s+55\\s+73\\.3%\\s+73\\.3-100\\.0\\s+n/e$"), drones);
    assertTrue(rowStartingWith(text, "total").endsWith(" n/e"), text);
    assertTrue(text.contains("95% CI: clustered by report"), text);
    assertTrue(text.contains("n/e: not estimable: 2 groups and the total have fewer than two"
        + " reports"), text);
    assertFalse(text.contains("optimistic"), text);
  }

  @Test
  void theWorkedExamplePrintsItsRatesAsPercentagesWithOneDecimal() {
    String text = StatsQuery.groupBy(Dimension.DAY, Dimension.WEAPON)
        .run(List.of(WorkedExample.report()))
        .format(RateKind.NEUTRALISATION, IntervalMethod.WILSON, 0.95);

    String drones = rowStartingWith(text, "2025-04-17  Unknown UAV");
    assertTrue(drones.matches(".*\\s75\\s+55\\s+73\\.3%\\s+73\\.3-100\\.0\\s+\\d+\\.\\d-\\d+\\.\\d$"),
        drones);
    ConfidenceInterval ci = ConfidenceInterval.wilson(55, 75, 0.95);
    assertTrue(drones.endsWith(String.format(java.util.Locale.ROOT, "%.1f-%.1f",
        ci.lower() * 100, ci.upper() * 100)), drones);
    String missiles = rowStartingWith(text, "2025-04-17  Unknown Missile");
    assertTrue(missiles.matches(".*\\s5\\s+0\\s+0\\.0%\\s+0\\.0-100\\.0\\s+0\\.0-\\d+\\.\\d$"),
        missiles);
    String total = rowStartingWith(text, "total");
    assertTrue(total.matches("total\\s+80\\s+55\\s+68\\.8%\\s+68\\.8-100\\.0\\s.*"), total);
    assertTrue(lines(text).get(0).matches("day\\s+weapon\\s+launched\\s+neutr\\.\\s+rate\\s+"
        + "bounds\\s+95% CI"), lines(text).get(0));
    assertTrue(text.contains("optimistic"), "says that the interval is optimistic");
  }

  @Test
  void aTypicalTableFitsInEightyColumns() {
    List<StrikeReport> reports = new ArrayList<>();
    for (int d = 0; d < 60; d++) {
      reports.add(report("kpszsu", night(DAY.plusDays(d)), line(SHAHED, 1000 + d, 900),
          line(GERBERA, 50, 20), line(KALIBR, d % 7, 0)));
      reports.add(report("PvKPivden", night(DAY.plusDays(d)), line(SHAHED, 30, 29)));
    }
    StatsTable table = StatsQuery.groupBy(Dimension.WEEK, Dimension.WEAPON).run(reports);
    for (String text : List.of(table.format(), table.toString(),
        table.format(RateKind.KINETIC, IntervalMethod.CLOPPER_PEARSON, 0.975))) {
      for (String line : lines(text)) {
        assertTrue(line.length() <= 80, line.length() + ": " + line);
      }
    }
    assertTrue(table.toString().contains("97.5% CI") == false);
    assertTrue(table.format(RateKind.KINETIC, IntervalMethod.JEFFREYS, 0.975)
        .contains("97.5% CI: Jeffreys"));
    assertTrue(Pattern.compile("\\s\\d{1,3}(,\\d{3})+\\s").matcher(table.format()).find(),
        "large figures are grouped by thousands");
  }

  @Test
  void anUndefinedRatePrintsAsADash() {
    WeaponLine withheld = WeaponLine.of(SHAHED, Count.atLeast(40)).withDestroyed(Count.exactly(38));
    WeaponLine none = WeaponLine.of(KALIBR, Count.zero());
    String text = StatsQuery.groupBy(Dimension.WEAPON)
        .run(List.of(report("kpszsu", night(DAY), withheld, none))).format();

    String shahed = rowStartingWith(text, "Shahed-136/131");
    // nothing of the line is rated: the rate's launched and neutralised are 0, the rate undefined
    assertTrue(shahed.matches("Shahed-136/131\\s+0\\*\\s+0\\s+—\\s+—\\s+—"), shahed);
    String kalibr = rowStartingWith(text, "Kalibr");
    assertTrue(kalibr.matches("Kalibr\\s+0\\s+0\\s+—\\s+—\\s+—"), kalibr);
    assertFalse(text.contains("NaN"));
    assertFalse(text.contains("0.0%"), "an undefined rate is never printed as 0");
    assertTrue(text.contains(
        "* 1 line (40 known launched) has no exact launched count and is not rated."), text);
  }

  @Test
  void leftOutReportsAndOverlapAreNoted() {
    StrikeReport national = report("kpszsu", night(DAY), line(SHAHED, 10, 5));
    StrikeReport regional = report("PvKPivden", night(DAY), line(SHAHED, 4, 4));
    StrikeReport invalid = report("kpszsu", night(DAY), line(SHAHED, 1, 2), line(KALIBR, 1, 1));
    StatsQuery query = StatsQuery.groupBy(Dimension.DAY)
        .withInvalidWhen(r -> r.equals(invalid));

    String all = query.run(List.of(national, regional, invalid)).format();
    assertTrue(all.contains("Left out: 1 report (2 lines) with validation errors."), all);
    assertTrue(all.replace('\n', ' ').contains("Warning: 1 national and 1 other-source lines"), all);

    String nationalOnly = query.withScope(org.conflictstats.model.SourceScope.NATIONAL)
        .run(List.of(national, regional, invalid)).format();
    assertTrue(nationalOnly.contains("Left out: 1 report (1 line) outside the source scope."),
        nationalOnly);
    assertFalse(nationalOnly.contains("Warning"));
  }

  @Test
  void longKeysAreCut() {
    WeaponLine composite = WeaponLine.of(
        SyntheticReports.CATALOG.resolve("X-101/X-555 and Kalibr and Iskander-K and Kh-59"),
        Count.exactly(30));
    String text = StatsQuery.groupBy(Dimension.WEAPON)
        .run(List.of(report("kpszsu", night(DAY), composite))).format();

    assertTrue(text.contains("Kh-101/Kh-555 and Kalib…"), text);
  }

  @Test
  void rejectsALevelOutOfRange() {
    StatsTable table = StatsQuery.ungrouped().run(List.of());
    assertThrows(IllegalArgumentException.class,
        () -> table.format(RateKind.KINETIC, IntervalMethod.WILSON, 1.0));
    assertEquals(0, table.total().lines());
    assertTrue(rowStartingWith(table.format(), "total").matches("total\\s+0\\s+0\\s+—\\s+—\\s+—"));
  }
}
