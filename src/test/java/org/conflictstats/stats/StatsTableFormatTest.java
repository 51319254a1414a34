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
    // the missiles of unknown outcome: no interval whatever the reports
    String notes = text.replace('\n', ' ');
    assertTrue(notes.contains("n/e: not estimable: 1 group has no destroyed figure"
        + " on any rated line"), text);
    assertTrue(notes.contains("1 group and the total have fewer than two reports"), text);
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
    // nothing is known of the missiles' outcome: the point is the lower bound, no interval
    String missiles = rowStartingWith(text, "2025-04-17  Unknown Missile");
    // ... marked as such: every one of the 5 has no known outcome
    assertTrue(missiles.matches(".*\\s5\\s+0\\s+0\\.0%\\+\\s+0\\.0-100\\.0\\s+n/e$"), missiles);
    String total = rowStartingWith(text, "total");
    assertTrue(total.matches("total\\s+80\\s+55\\s+68\\.8%\\s+68\\.8-100\\.0\\s.*"), total);
    assertTrue(lines(text).get(0).matches("day\\s+weapon\\s+launched\\s+neutr\\.\\s+rate\\s+"
        + "bounds\\s+95% CI"), lines(text).get(0));
    assertTrue(text.contains("optimistic"), "says that the interval is optimistic");
  }

  /**
   * A rate most of whose weapons are on lines with no destroyed figure is marked, and a note says
   * that it is only a lower bound (review rv44a: 12.5% with an interval of 2.9-40.8 for national
   * missiles, 61 of 96 on lines without a destroyed figure); exactly half is not marked, nor is a
   * line whose source counted few destroyed. Counted in weapons.
   */
  @Test
  void aRateMostlyWithoutDestroyedFiguresIsMarkedAsALowerBound() {
    List<StrikeReport> reports = new ArrayList<>();
    for (int d = 0; d < 3; d++) {
      reports.add(report("kpszsu", night(DAY.plusDays(d)),
          line(SHAHED, 10, 5), unfigured(SHAHED, 10),
          line(KALIBR, 10, 4), unfigured(KALIBR, 11),
          line(GERBERA, 10, 1)));
    }
    StatsTable table = StatsQuery.groupBy(Dimension.WEAPON).run(reports);
    String text = table.format(RateKind.NEUTRALISATION, IntervalMethod.WILSON, 0.95);
    String half = rowStartingWith(text, "Shahed");
    String more = rowStartingWith(text, "Kalibr");
    String few = rowStartingWith(text, "Gerbera");
    assertTrue(half.matches(".*\\s25\\.0%\\s+25\\.0-100\\.0\\s.*"), half);
    assertTrue(more.matches(".*\\s19\\.0%\\+\\s+19\\.0-100\\.0\\s.*"), more);
    assertTrue(few.matches(".*\\s10\\.0%\\s+10\\.0-100\\.0\\s.*"), few);
    // the total: 63 of 183 weapons on lines without a figure, not most
    assertFalse(rowStartingWith(text, "total").contains("%+"), text);
    String notes = text.replace('\n', ' ');
    assertTrue(notes.contains("+ most weapons are on lines with no destroyed figure (1 row),"
        + " counted as not neutralised: the rate is only a lower bound, the interval that of the"
        + " lower bound; see the bounds."), text);
    String bare = table.formatWithoutInterval(RateKind.KINETIC).replace('\n', ' ');
    assertTrue(bare.contains("(1 row), counted as not destroyed: the rate is only a lower bound;"
        + " see"), bare);
    assertTrue(rowStartingWith(table.format(RateKind.KINETIC), "Kalibr").contains("19.0%+"));
    assertEquals(33, table.row("Kalibr").orElseThrow().tally().unfiguredLaunched());
    // lines without a destroyed figure whose suppressed account for all they launched leave
    // both rates exact: no mark (review rv44d: 100.0%+ with a note that it was a lower bound)
    List<StrikeReport> suppressedAll = new ArrayList<>();
    for (int d = 0; d < 3; d++) {
      suppressedAll.add(report("kpszsu", night(DAY.plusDays(d)),
          unfigured(SHAHED, 10).withSuppressed(Count.exactly(10))));
    }
    StatsTable exact = StatsQuery.groupBy(Dimension.WEAPON).run(suppressedAll);
    assertTrue(rowStartingWith(exact.format(), "Shahed").contains(" 100.0% "), exact::format);
    assertFalse(exact.format().contains("%+"), exact::format);
    assertFalse(exact.format(RateKind.KINETIC).contains("%+"), exact::toString);
    // no row mostly without a figure: no mark and no note
    String known = StatsQuery.groupBy(Dimension.WEAPON)
        .run(List.of(report("kpszsu", night(DAY), line(SHAHED, 10, 1)))).format();
    assertFalse(known.contains("%+"), known);
    assertFalse(known.contains("lower bound;"), known);
  }

  /** A line with no destroyed figure, as a blank cell gives. */
  private static WeaponLine unfigured(org.conflictstats.model.Weapon weapon, long launched) {
    return WeaponLine.of(weapon, Count.exactly(launched)).withDestroyed(Count.unknown());
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
    assertTrue(all.replace('\n', ' ').contains("Warning: 2 lines (1 national, 1 regional,"
        + " 0 other) of 2 reports cover the same weapons"), all);

    String nationalOnly = query.withScope(org.conflictstats.model.SourceScope.NATIONAL)
        .run(List.of(national, regional, invalid)).format();
    assertTrue(nationalOnly.contains("Left out: 1 report (1 line) outside the source scope."),
        nationalOnly);
    // one national post left: nothing to overlap with
    assertFalse(nationalOnly.contains("Warning"), nationalOnly);
  }

  @Test
  void longKeysWrapAndAreNeverCut() {
    String name = "X-101/X-555 and Kalibr and Iskander-K and Kh-59";
    WeaponLine composite = WeaponLine.of(SyntheticReports.CATALOG.resolve(name),
        Count.exactly(30));
    WeaponLine unresolved = WeaponLine.of(
        SyntheticReports.CATALOG.resolve("Averyveryveryverylongunknownweaponnamewithoutspaces"),
        Count.exactly(3));
    StatsTable table = StatsQuery.groupBy(Dimension.DAY, Dimension.WEAPON)
        .run(List.of(report("kpszsu", night(DAY), composite, unresolved)));
    String[] texts = {table.format(), table.formatWithoutInterval(RateKind.KINETIC)};
    for (int i = 0; i < texts.length; i++) {
      String text = texts[i];
      assertFalse(text.contains("…"), text);
      assertKeysPrintedWhole(text, table, i == 0 ? 5 : 4, 1);
      for (String line : lines(text)) {
        assertTrue(line.length() <= 80, line.length() + ": " + line);
      }
    }
    // the first line of a wrapped key carries the figures; the rest of the key follows below
    String first = rowStartingWith(table.format(), DAY + "  Kh-101/Kh-555 and Kalibr");
    assertTrue(first.matches(".*\\s30\\s.*"), first);
  }

  /** Every weapon name of the real 2026 file, grouped by weapon: none is cut, none too wide. */
  @Test
  void theLongestRealNamesArePrintedWhole() throws java.io.IOException {
    java.nio.file.Path file =
        org.conflictstats.testing.RealData.airForce("missile_attacks_daily-2026-02.csv");
    StatsTable table = StatsQuery.groupBy(Dimension.WEAPON).withInvalidReportsKept(true)
        .run(org.conflictstats.io.csv.AirForceCsv.reader().read(file).reports());
    int longest = table.rows().stream().mapToInt(r -> r.key(0).length()).max().orElse(0);
    assertTrue(longest > 40, "the file has composite names longer than a column: " + longest);
    String text = table.format();
    assertFalse(text.contains("…"), text);
    assertKeysPrintedWhole(text, table, 5, 0);
    for (String line : lines(text)) {
      assertTrue(line.length() <= 80, line.length() + ": " + line);
    }
  }

  /**
   * Reads the last key column back from a printed table: a row's first line holds the figures
   * (its rate cell has {@code %} or {@code —}), the lines below it without figures continue its
   * key. The chunks are joined and compared with the keys, spaces aside (a wrap drops a space).
   *
   * @param figures how many figure cells follow the keys on a row's first line
   * @param leading how many key cells, one word each, come before the last key
   */
  private static void assertKeysPrintedWhole(String text, StatsTable table, int figures,
      int leading) {
    List<String> all = lines(text);
    List<String> printed = new ArrayList<>();
    boolean inBody = false;
    for (String line : all) {
      if (line.startsWith("---")) {
        if (inBody) {
          break;
        }
        inBody = true;
        continue;
      }
      if (!inBody) {
        continue;
      }
      if (line.contains("%") || line.contains("—")) {
        List<String> tokens = new ArrayList<>(List.of(line.strip().split("\\s+")));
        printed.add(String.join("", tokens.subList(leading, tokens.size() - figures)));
      } else {
        printed.set(printed.size() - 1, printed.get(printed.size() - 1)
            + line.strip().replace(" ", ""));
      }
    }
    List<String> expected = new ArrayList<>();
    for (StatsTable.Row row : table) {
      expected.add(row.key(leading).replace(" ", ""));
    }
    assertEquals(expected, printed, text);
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
