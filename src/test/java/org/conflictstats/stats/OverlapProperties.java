package org.conflictstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.conflictstats.model.StrikeReport;

/**
 * The overlap check of a table built from parts (as the readers build it, one part per byte range,
 * merged in order; or as a parallel stream builds it, merged in any tree) is the check of the whole
 * input in order, which is what checking every pair within the window gives.
 */
final class OverlapProperties {

  @Property(tries = 60)
  void partsMergedInOrderGiveTheWholeCheck(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 400) int n, @ForAll("windows") int window,
      @ForAll @IntRange(min = 1, max = 12) int parts) {
    List<StrikeReport> reports = OverlapOracle.randomReports(new Random(seed), n);
    StatsQuery q = StatsQuery.groupBy(Dimension.MONTH).withInvalidReportsKept(true)
        .withOverlapWindow(window);
    Random cuts = new Random(seed ^ 0x5DEECE66DL);
    List<Aggregation> split = new ArrayList<>();
    Aggregation current = new Aggregation(q);
    for (StrikeReport r : reports) {
      if (cuts.nextInt(Math.max(1, n / parts)) == 0) {
        split.add(current);
        current = new Aggregation(q);
      }
      current.add(r);
    }
    split.add(current);
    // merge in a random tree that keeps the order
    while (split.size() > 1) {
      int i = cuts.nextInt(split.size() - 1);
      split.set(i, split.get(i).merge(split.remove(i + 1)));
    }
    SourceOverlap expected = OverlapOracle.everyPair(reports, window);
    assertEquals(expected, split.get(0).finish().overlap());
    assertEquals(expected, q.run(reports).overlap());
    assertEquals(expected, reports.parallelStream().collect(q.toTable()).overlap());
  }

  @Provide
  Arbitrary<Integer> windows() {
    return Arbitraries.of(1, 2, 5, 30, 1024);
  }
}
