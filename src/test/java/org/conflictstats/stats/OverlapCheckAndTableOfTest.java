package org.conflictstats.stats;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conflictstats.model.SourceScope;
import org.conflictstats.model.StrikeReport;
import org.junit.jupiter.api.Test;

final class OverlapCheckAndTableOfTest {

  private static final LocalDate DAY = LocalDate.of(2025, 4, 17);
  private static final List<StrikeReport> OVERLAPPING = List.of(
      report("kpszsu", night(DAY), line(SHAHED, 75, 25), line(KALIBR, 4, 4)),
      report("PvKPivden", night(DAY), line(SHAHED, 12, 12)),
      report("kpszsu", night(DAY.plusMonths(1)), line(KALIBR, 10, 7)));

  @Test
  void theOverlapCheckIsOnByDefaultWithEverySource() {
    StatsQuery q = StatsQuery.groupBy(Dimension.MONTH);
    assertTrue(q.checksOverlap());
    assertEquals(SourceOverlap.DEFAULT_WINDOW, q.overlapWindow());
    // national posts are compared with each other too: the check runs in every scope
    assertTrue(q.withScope(SourceScope.NATIONAL).checksOverlap());
    assertTrue(q.run(OVERLAPPING).overlap().exists());
  }

  @Test
  void turnedOffItFindsNothingAndChangesNoSum() {
    StatsQuery on = StatsQuery.groupBy(Dimension.MONTH, Dimension.WEAPON);
    StatsQuery off = on.withOverlapCheck(false);
    assertFalse(off.checksOverlap());
    assertTrue(off.withOverlapCheck(true).checksOverlap());
    assertTrue(off.toString().contains("overlapWindow=0"));
    assertEquals(7, off.withOverlapWindow(7).overlapWindow());
    assertThrows(IllegalArgumentException.class, () -> off.withOverlapWindow(0));
    StatsTable a = on.run(OVERLAPPING);
    StatsTable b = off.run(OVERLAPPING);
    assertEquals(SourceOverlap.none(), b.overlap());
    assertEquals(a.rows(), b.rows());
    assertEquals(a.total(), b.total());
    // the other settings survive the copy
    assertFalse(off.withScope(SourceScope.ALL).checksOverlap());
    assertFalse(off.withInvalidReportsKept(true).checksOverlap());
  }

  @Test
  void aTableOfTalliesSortsItsRowsAsAQueryDoes() {
    StatsQuery q = StatsQuery.groupBy(Dimension.MONTH, Dimension.WEAPON).withOverlapCheck(false);
    StatsTable byQuery = q.run(OVERLAPPING);
    Map<List<String>, Tally> rows = new HashMap<>();
    byQuery.rows().forEach(r -> rows.put(r.key(), r.tally()));

    StatsTable built = StatsTable.of(q.dimensions(), rows, byQuery.total(), byQuery.leftOut(),
        SourceOverlap.none());

    assertEquals(byQuery.rows(), built.rows());
    // a table of tallies does not know its reports' dates, so it has no note on the periods they
    // cover in part; the rest is the same
    assertTrue(built.reportDates().isEmpty());
    assertTrue(byQuery.format().contains("Reports cover in part: "), byQuery::format);
    assertEquals(byQuery.format().replaceAll("Reports cover in part: [^\\n]*\\n", ""),
        built.format());
  }

  @Test
  void aTableOfTalliesRejectsKeysOfTheWrongSize() {
    assertThrows(IllegalArgumentException.class, () -> StatsTable.of(List.of(Dimension.MONTH),
        Map.of(List.of("2025-04", "Kalibr"), Tally.empty()), Tally.empty(), LeftOut.none(),
        SourceOverlap.none()));
  }
}
