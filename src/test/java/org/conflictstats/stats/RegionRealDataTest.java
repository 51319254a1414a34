package org.conflictstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.conflictstats.model.Region;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponLine;
import org.junit.jupiter.api.Test;

/**
 * Grouping the real 2026 file by region: the file names regions per row, so each line counts in the
 * regions its own row names and a row that names none in {@code (none)}, never in the regions of
 * its report's other weapons. The expected sums come from the lines' own regions, not from the
 * dimension's rule.
 */
final class RegionRealDataTest {

  @Test
  void eachLineCountsInTheRegionsOfItsOwnRow() throws IOException {
    List<StrikeReport> reports = RealData2026.reportsOrSkip();
    Map<String, long[]> expected = new TreeMap<>();
    int withoutOwnBesideOthers = 0;
    for (StrikeReport r : reports) {
      for (WeaponLine l : r.lines()) {
        var own = l.details().affectedRegions();
        if (own.isEmpty()) {
          add(expected, Dimension.NO_REGION, l);
          if (!r.regions().isEmpty()) {
            withoutOwnBesideOthers++;
          }
        }
        for (Region g : own) {
          add(expected, g.name(), l);
        }
      }
    }
    // the case the rule is about is in the file (122 lines in the February 2026 release)
    assertTrue(withoutOwnBesideOthers > 0, "no line without regions beside lines with some");

    StatsTable t = StatsQuery.groupBy(Dimension.REGION).withInvalidReportsKept(true).run(reports);
    Map<String, long[]> actual = new TreeMap<>();
    t.forEach(row -> actual.put(row.key(0), new long[] {row.tally().lines(),
        row.tally().launched().lower(), row.tally().destroyed().lower()}));
    assertEquals(expected.keySet(), actual.keySet());
    expected.forEach((k, v) -> assertEquals(List.of(v[0], v[1], v[2]),
        List.of(actual.get(k)[0], actual.get(k)[1], actual.get(k)[2]), k));
  }

  private static void add(Map<String, long[]> sums, String key, WeaponLine l) {
    long[] s = sums.computeIfAbsent(key, k -> new long[3]);
    s[0]++;
    s[1] += l.launched().lower();
    s[2] += l.destroyed().lower();
  }
}
