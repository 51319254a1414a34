package org.conflictstats.io.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * The rows a key remembers of the reports emitted under it are their multiset union
 * ({@link ReportKey#union}): each row as many times as the report holding it most often, so that
 * a report given again whole adds none, and the union is commutative and idempotent.
 */
class ReportKeyUnionProperties {

  @Property(tries = 1000)
  void theUnionHoldsEachElementAsOftenAsTheSideWithMore(
      @ForAll @Size(max = 8) List<@LongRange(min = -3, max = 3) Long> a,
      @ForAll @Size(max = 8) List<@LongRange(min = -3, max = 3) Long> b) {
    long[] x = sorted(a);
    long[] y = sorted(b);
    Map<Long, Integer> most = new TreeMap<>();
    a.forEach(v -> most.merge(v, 1, Integer::sum));
    Map<Long, Integer> inB = new TreeMap<>();
    b.forEach(v -> inB.merge(v, 1, Integer::sum));
    inB.forEach((v, n) -> most.merge(v, n, Math::max));
    long[] expected = most.entrySet().stream()
        .flatMapToLong(e -> java.util.stream.LongStream.generate(e::getKey).limit(e.getValue()))
        .toArray();
    assertArrayEquals(expected, ReportKey.union(x, y));
    assertArrayEquals(ReportKey.union(x, y), ReportKey.union(y, x));
    assertArrayEquals(x, ReportKey.union(x, x));
  }

  private static long[] sorted(List<Long> values) {
    long[] out = values.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(out);
    return out;
  }
}
