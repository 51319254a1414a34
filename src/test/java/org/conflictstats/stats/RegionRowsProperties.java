package org.conflictstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponLine;

/**
 * By region the rows do not partition the lines: a line of several regions is in each of their
 * rows. The table says how many such lines there are ({@link StatsTable#multiGroupLines()}), and
 * the rows add up to the total plus each such line once more for every region after its first;
 * however the reports are cut into parts and merged.
 */
final class RegionRowsProperties {

  @Provide
  Arbitrary<List<StrikeReport>> reports() {
    return TallyArbitraries.reports().list().ofMaxSize(25);
  }

  /** How many rows a line counts in: one for each region it is about, else the (none) row. */
  private static int regions(StrikeReport report, WeaponLine line) {
    return Math.max(1, report.regionsOf(line).size());
  }

  private static Tally tally(WeaponLine line) {
    return Stream.of(line).collect(Tally.toTally());
  }

  @Property(tries = 300)
  void theRowsAreTheTotalAndEachLineOfSeveralRegionsOnceMoreForEachOtherRegion(
      @ForAll("reports") List<StrikeReport> reports, @ForAll @IntRange(min = 0, max = 25) int cut) {
    StatsQuery query = StatsQuery.groupBy(Dimension.REGION).withInvalidReportsKept(true);
    Aggregation left = new Aggregation(query);
    Aggregation right = new Aggregation(query);
    for (int i = 0; i < reports.size(); i++) {
      (i < cut ? left : right).add(reports.get(i));
    }
    StatsTable table = right.merge(left).finish();
    long several = 0;
    long launched = 0;
    long lines = 0;
    for (StrikeReport r : reports) {
      for (WeaponLine l : r.lines()) {
        int n = regions(r, l);
        several += n > 1 ? 1 : 0;
        launched += n * tally(l).launched().lower();
        lines += n;
      }
    }
    assertEquals(several, table.multiGroupLines());
    assertEquals(launched, table.rows().stream()
        .mapToLong(row -> row.tally().launched().lower()).sum());
    assertEquals(lines, table.rows().stream().mapToLong(row -> row.tally().lines()).sum());
    // the total counts each line once
    assertEquals(reports.stream().mapToLong(r -> r.lines().size()).sum(), table.total().lines());
    // and a table whose rows partition the lines has none
    assertEquals(0, StatsQuery.groupBy(Dimension.MONTH).withInvalidReportsKept(true).run(reports)
        .multiGroupLines());
  }
}
