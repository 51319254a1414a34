package org.conflictstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The multiset of cluster values the bootstrap resamples: whatever the order the clusters arrive in
 * and however they are split and merged, its snapshot lists the distinct (launched, neutralised,
 * destroyed) triples in ascending order with their counts, packed (below 2^21 launched) or not.
 */
final class ClusterValuesProperties {

  /** A triple: launched n >= 1, neutralised and destroyed in [0, n]. */
  @Provide
  Arbitrary<List<long[]>> triples() {
    Arbitrary<Long> launched = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.longs().between(1, 6)),
        Tuple.of(3, Arbitraries.longs().between(1, (1L << 21) - 1)),
        Tuple.of(1, Arbitraries.longs().between((1L << 21) - 2, 1L << 40)));
    return launched.flatMap(n -> Arbitraries.longs().between(0, Math.min(n, 3))
            .map(y -> new long[] {n, y, Math.min(y, n % 2)}))
        .list().ofMaxSize(40);
  }

  /** The reference: a sorted map from the triple to its count. */
  private static TreeMap<List<Long>, Long> reference(List<long[]> triples) {
    TreeMap<List<Long>, Long> m = new TreeMap<>((a, b) -> {
      for (int i = 0; i < 3; i++) {
        int c = Long.compare(a.get(i), b.get(i));
        if (c != 0) {
          return c;
        }
      }
      return 0;
    });
    for (long[] t : triples) {
      m.merge(List.of(t[0], t[1], t[2]), 1L, Long::sum);
    }
    return m;
  }

  private static List<List<Long>> listed(ClusterSample s) {
    List<List<Long>> out = new ArrayList<>();
    for (int i = 0; i < s.distinct(); i++) {
      out.add(List.of(s.n(i), s.y(i, RateKind.NEUTRALISATION), s.y(i, RateKind.KINETIC),
          s.count(i)));
    }
    return out;
  }

  private static List<List<Long>> listed(TreeMap<List<Long>, Long> m) {
    List<List<Long>> out = new ArrayList<>();
    m.forEach((k, c) -> out.add(List.of(k.get(0), k.get(1), k.get(2), c)));
    return out;
  }

  @Property(tries = 300)
  void theSnapshotIsTheSortedMultisetWhateverTheOrderAndTheSplit(
      @ForAll("triples") List<long[]> triples, @ForAll long seed, @ForAll int cut) {
    List<long[]> shuffled = new ArrayList<>(triples);
    Collections.shuffle(shuffled, new Random(seed));
    int at = triples.isEmpty() ? 0 : Math.floorMod(cut, triples.size() + 1);
    ClusterValues left = new ClusterValues();
    ClusterValues right = new ClusterValues();
    for (int i = 0; i < shuffled.size(); i++) {
      long[] t = shuffled.get(i);
      (i < at ? left : right).add(t[0], t[1], t[2], 1);
    }
    Statistics.label("wide").collect(triples.stream().anyMatch(t -> t[0] > ClusterValues.MAX_PACKED));
    List<List<Long>> expected = listed(reference(triples));
    ClusterSample merged = left.snapshot().plus(right.snapshot());
    assertEquals(expected, listed(merged));
    ClusterValues all = left.copy();
    all.addAll(right);
    assertEquals(merged, all.snapshot());
    ClusterValues viaSample = new ClusterValues();
    viaSample.addAll(merged);
    assertEquals(merged, viaSample.snapshot());
    assertEquals(triples.size(), merged.clusters());
  }
}
