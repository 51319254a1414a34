package org.conflictstats.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.conflictstats.stats.ClusteredIntervalProperties.Cluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The percentile bootstrap over reports: its generator, its draws, its determinism. */
final class BootstrapTest {

  @Test
  void theGeneratorIsSplitMix64() {
    // the first outputs of Vigna's reference splitmix64.c from state 0
    SplitMix64 rng = new SplitMix64(0);
    assertEquals(0xE220A8397B1DCDAFL, rng.nextLong());
    assertEquals(0x6E789E6AA1B965F4L, rng.nextLong());
    assertEquals(0x06C45D188009454FL, rng.nextLong());
    assertEquals(0xF88BB8A8724C81ECL, rng.nextLong());
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 7, 1000, (1L << 40) + 3, Long.MAX_VALUE})
  void boundedDrawsStayInRange(long bound) {
    SplitMix64 rng = new SplitMix64(bound);
    for (int i = 0; i < 10_000; i++) {
      long x = rng.nextLong(bound);
      assertTrue(0 <= x && x < bound, x + " of " + bound);
    }
  }

  @Test
  void boundedDrawsAreUniform() {
    // 7 cells, 700,000 draws: each count within 5 standard deviations of 100,000
    SplitMix64 rng = new SplitMix64(99);
    long[] counts = new long[7];
    for (int i = 0; i < 700_000; i++) {
      counts[(int) rng.nextLong(7)]++;
    }
    double sd = Math.sqrt(700_000 * (1 / 7.0) * (6 / 7.0));
    for (long c : counts) {
      assertEquals(100_000, c, 5 * sd, Arrays.toString(counts));
    }
  }

  @Test
  void theAliasTableGivesEachValueItsShareExactly() {
    Random random = new Random(5);
    for (int trial = 0; trial < 200; trial++) {
      ClusterValues values = new ClusterValues();
      int d = 1 + random.nextInt(30);
      for (int i = 0; i < d; i++) {
        values.add(1 + i, 0, 0, 1 + random.nextInt(50));
      }
      ClusterSample sample = values.snapshot();
      long k = sample.clusters();
      long[] p = PercentileBootstrap.Alias.of(sample, k).scaledProbabilities();
      long[] expected = new long[d];
      for (int i = 0; i < d; i++) {
        expected[i] = sample.count(i) * d; // d·k · count/k
      }
      assertArrayEquals(expected, p);
    }
  }

  @Test
  void theQuantilesInterpolateBetweenOrderStatistics() {
    double[] sorted = {1, 2, 3, 4};
    assertEquals(1, PercentileBootstrap.quantile(sorted, 0));
    assertEquals(4, PercentileBootstrap.quantile(sorted, 1));
    assertEquals(2.5, PercentileBootstrap.quantile(sorted, 0.5), 1e-15);
    assertEquals(1.075, PercentileBootstrap.quantile(sorted, 0.025), 1e-15);
  }

  private static Tally kept(List<Cluster> clusters) {
    TallyAccumulator acc = TallyAccumulator.keepingClusterValues();
    acc.addAll(ClusteredIntervalProperties.tally(clusters)); // no values: the tally has none
    TallyAccumulator withValues = TallyAccumulator.keepingClusterValues();
    long serial = 0;
    for (Cluster c : clusters) {
      withValues.add(ClusteredIntervalProperties.line(c.n(), c.neutralised(), c.destroyed()),
          ++serial);
    }
    assertTrue(acc.snapshot().interval(RateKind.NEUTRALISATION, IntervalMethod.BOOTSTRAP, 0.95)
        .isEmpty(), "a tally whose clusters came without values has no bootstrap");
    return withValues.snapshot();
  }

  private static final List<Cluster> NIGHTS = List.of(new Cluster(120, 110, 79),
      new Cluster(96, 85, 58), new Cluster(140, 128, 90), new Cluster(103, 93, 60),
      new Cluster(40, 40, 40), new Cluster(273, 216, 88), new Cluster(96, 85, 58),
      new Cluster(55, 30, 25));

  @Test
  void onlyTheBootstrapNeedsTheClustersValues() {
    TallyAccumulator sums = new TallyAccumulator();
    long serial = 0;
    for (Cluster c : NIGHTS) {
      sums.add(ClusteredIntervalProperties.line(c.n(), c.neutralised(), c.destroyed()), ++serial);
    }
    Tally t = sums.snapshot();
    for (IntervalMethod m : IntervalMethod.values()) {
      assertEquals(!m.needsClusterValues(),
          t.interval(RateKind.NEUTRALISATION, m, 0.95).isPresent(), m::toString);
    }
    assertTrue(IntervalMethod.BOOTSTRAP.needsClusterValues());
  }

  @Test
  void theSameClustersInAnyOrderGiveTheSameInterval() {
    Tally t = kept(NIGHTS);
    ConfidenceInterval first = t.interval(RateKind.NEUTRALISATION, Bootstrap.standard(), 0.95)
        .orElseThrow();
    List<Cluster> shuffled = new ArrayList<>(NIGHTS);
    for (int seed = 0; seed < 5; seed++) {
      Collections.shuffle(shuffled, new Random(seed));
      assertEquals(first, kept(shuffled).interval(RateKind.NEUTRALISATION,
          Bootstrap.standard(), 0.95).orElseThrow());
    }
    assertEquals(first, t.interval(RateKind.NEUTRALISATION, IntervalMethod.BOOTSTRAP, 0.95)
        .orElseThrow(), "BOOTSTRAP alone takes the standard settings");
    assertEquals(IntervalMethod.BOOTSTRAP, first.method());
    assertTrue(first.contains(t.neutralisationRate().point().getAsDouble()), first::toString);
  }

  @Test
  void anotherSeedGivesAnotherInterval() {
    Tally t = kept(NIGHTS);
    assertNotEquals(t.interval(RateKind.KINETIC, Bootstrap.of(2000, 42), 0.95),
        t.interval(RateKind.KINETIC, Bootstrap.of(2000, 43), 0.95));
  }

  @Test
  void theIntervalIsTheOneAnIndependentImplementationGivesToTheLastBit() {
    // src/test/resources/org/conflictstats/stats/bootstrap-reference.py, written apart in Python
    // (arbitrary-precision integers, its own generator, alias table and quantiles), prints these
    // bounds for the same clusters, seed 42 and 2,000 replicates. Equal to the last bit: the
    // algorithm is fixed, so every machine and JDK gives them.
    ConfidenceInterval ci = kept(NIGHTS).interval(RateKind.NEUTRALISATION, Bootstrap.standard(),
        0.95).orElseThrow();
    assertEquals(0.7924015913851198, ci.lower(), 0.0);
    assertEquals(0.9144654088050315, ci.upper(), 0.0);
    // the alias table, which groups of more than 4,194,304 reports draw from, forced here
    ConfidenceInterval alias = PercentileBootstrap.interval(kept(NIGHTS).clusterSample(),
        RateKind.NEUTRALISATION, Bootstrap.standard(), 0.95, 0);
    assertEquals(0.7922131114742962, alias.lower(), 0.0);
    assertEquals(0.914349276974416, alias.upper(), 0.0);
    // every cluster distinct (the draw without the alias table), kinetic, seed -3, 500 replicates
    List<Cluster> distinct = new ArrayList<>(NIGHTS);
    distinct.remove(6);
    ConfidenceInterval k = kept(distinct).interval(RateKind.KINETIC, Bootstrap.of(500, -3), 0.9)
        .orElseThrow();
    assertEquals(0.42033542976939203, k.lower(), 0.0);
    assertEquals(0.6722583921714357, k.upper(), 0.0);
  }

  @Test
  void manyReplicatesApproachTheExactBootstrapDistributionByEitherDraw() {
    // four reports, one repeated: 4^4 equally likely ordered resamples, enumerated
    List<Cluster> four = List.of(new Cluster(10, 2, 1), new Cluster(10, 2, 1),
        new Cluster(30, 27, 20), new Cluster(5, 5, 5));
    List<Double> ratios = new ArrayList<>();
    for (int a = 0; a < 4; a++) {
      for (int b = 0; b < 4; b++) {
        for (int c = 0; c < 4; c++) {
          for (int d = 0; d < 4; d++) {
            long n = 0;
            long y = 0;
            for (int i : new int[] {a, b, c, d}) {
              n += four.get(i).n();
              y += four.get(i).neutralised();
            }
            ratios.add((double) y / n);
          }
        }
      }
    }
    Collections.sort(ratios);
    ClusterSample sample = kept(four).clusterSample();
    for (int limit : new int[] {PercentileBootstrap.EXPAND_LIMIT, 0}) {
      ConfidenceInterval ci = PercentileBootstrap.interval(sample, RateKind.NEUTRALISATION,
          Bootstrap.of(200_000, 1), 0.9, limit);
      // the 5% and 95% quantiles of the exact distribution, within a 1% margin of probability
      assertTrue(ratios.get((int) (0.04 * 256)) <= ci.lower()
          && ci.lower() <= ratios.get((int) (0.06 * 256)), ci + " " + ratios);
      assertTrue(ratios.get((int) (0.94 * 256)) <= ci.upper()
          && ci.upper() <= ratios.get((int) (0.96 * 256)), ci + " " + ratios);
    }
  }

  @Test
  void fewerThanTwoReportsHaveNoBootstrap() {
    assertTrue(kept(NIGHTS.subList(0, 1)).interval(RateKind.NEUTRALISATION, Bootstrap.standard(),
        0.95).isEmpty());
  }

  @Test
  void settingsAreChecked() {
    assertEquals(Bootstrap.of(2000, 42), Bootstrap.standard());
    assertThrows(IllegalArgumentException.class, () -> Bootstrap.of(99, 1));
    assertThrows(IllegalArgumentException.class, () -> Bootstrap.of(1_000_001, 1));
    assertEquals(Bootstrap.of(100, 7), Bootstrap.standard().withReplicates(100).withSeed(7));
    assertThrows(IllegalArgumentException.class,
        () -> kept(NIGHTS).interval(RateKind.KINETIC, Bootstrap.standard(), 1.0));
  }
}
