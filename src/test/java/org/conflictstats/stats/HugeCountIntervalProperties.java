package org.conflictstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;
import org.apache.commons.math3.distribution.BetaDistribution;

/**
 * Intervals never throw for any count a {@code long} sum can reach: Commons Statistics' beta
 * quantile stops converging near 10^17 trials (a {@code FractionException}), where the library
 * falls back on the normal approximation with a skewness correction. The approximation is checked
 * against an independent beta quantile (commons-math3) where that one is exact.
 */
final class HugeCountIntervalProperties {

  /** (successes, trials) up to {@code Long.MAX_VALUE}, the edges frequent. */
  @Provide
  Arbitrary<Tuple2<Long, Long>> huge() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.longs().between(100_000_000_000_000_000L, Long.MAX_VALUE)),
        Tuple.of(1, Arbitraries.longs().between(1, Long.MAX_VALUE)))
        .flatMap(n -> Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.just(0L)),
            Tuple.of(1, Arbitraries.just(n)),
            Tuple.of(1, Arbitraries.just(n / 2)),
            Tuple.of(4, Arbitraries.longs().between(0, n)))
            .map(x -> Tuple.of(x, n)));
  }

  @Provide
  Arbitrary<IntervalMethod> binomial() {
    return Arbitraries.of(IntervalMethod.WILSON, IntervalMethod.CLOPPER_PEARSON,
        IntervalMethod.JEFFREYS);
  }

  @Property(tries = 300)
  void everyCountGivesAnIntervalAroundTheRate(@ForAll("huge") Tuple2<Long, Long> xn,
      @ForAll("binomial") IntervalMethod method) {
    long x = xn.get1();
    long n = xn.get2();
    Statistics.label("trials").collect(n >= 100_000_000_000_000_000L ? ">= 1e17" : "< 1e17");
    ConfidenceInterval ci = ConfidenceInterval.of(method, x, n, 0.95);
    assertTrue(0 <= ci.lower() && ci.lower() <= ci.upper() && ci.upper() <= 1, ci::toString);
    double p = (double) x / n;
    if (method != IntervalMethod.JEFFREYS) {
      assertTrue(ci.contains(p), () -> ci + " misses " + p);
    }
    // at such sizes every method is within a few standard errors of the rate
    double se = Math.sqrt(Math.max(p * (1 - p), 1.0 / n) / n);
    assertTrue(ci.lower() >= p - 10 * se - 1e-12 && ci.upper() <= p + 10 * se + 1e-12,
        () -> ci + " far from " + p);
  }

  @Example
  void theCountsThatThrewBefore() {
    long n = 100_000_000_000_000_000L;
    for (IntervalMethod m : new IntervalMethod[] {IntervalMethod.CLOPPER_PEARSON,
        IntervalMethod.JEFFREYS}) {
      ConfidenceInterval ci = ConfidenceInterval.of(m, n / 2, n, 0.95);
      assertEquals(0.5, ci.lower(), 1e-8);
      assertEquals(0.5, ci.upper(), 1e-8);
      assertTrue(ci.width() > 0);
      ConfidenceInterval all = ConfidenceInterval.of(m, Long.MAX_VALUE / 2, Long.MAX_VALUE, 0.99);
      assertTrue(all.contains(0.5), all::toString);
    }
  }

  /** (a, b) where both quantile routines are exact: from 100 to 10^12 each. */
  @Provide
  Arbitrary<Tuple2<Double, Double>> shapes() {
    Arbitrary<Double> side = Arbitraries.doubles().between(2, 12).map(e -> Math.floor(
        Math.pow(10, e)));
    return side.flatMap(a -> side.map(b -> Tuple.of(a, b)));
  }

  @Property(tries = 200)
  void theApproximationAgreesWithAnExactQuantile(@ForAll("shapes") Tuple2<Double, Double> ab,
      @ForAll("tails") double tail) {
    double a = ab.get1();
    double b = ab.get2();
    BetaDistribution exact = new BetaDistribution(a, b, 1e-15);
    double n = a + b;
    double sd = Math.sqrt(a / n * (b / n) / (n + 1));
    double lower = ConfidenceInterval.approximateBetaQuantile(a, b, tail, false);
    double upper = ConfidenceInterval.approximateBetaQuantile(a, b, tail, true);
    // within 2% of a standard deviation (the skewness correction; far less when both are large)
    assertEquals(exact.inverseCumulativeProbability(tail), lower, 0.02 * sd + 1e-15);
    assertEquals(exact.inverseCumulativeProbability(1 - tail), upper, 0.02 * sd + 1e-15);
  }

  @Provide
  Arbitrary<Double> tails() {
    return Arbitraries.of(0.005, 0.025, 0.05, 0.1);
  }

  /**
   * Found by the property on a clean clone: at about 10^18 trials the library's root finder gave
   * crossing Jeffreys quantiles (one case in ten); the approximation takes over there.
   */
  @Example
  void jeffreysQuantilesDoNotCrossAtHugeCounts() {
    long[][] cases = {{1_373_683_580_330_425_600L, 2_712_197_406_226_542_592L},
        {4_733_150_337_178_334_208L, 5_570_766_255_697_042_432L},
        {1_535_532_017_212_023_040L, 4_159_819_211_407_081_472L}};
    for (long[] c : cases) {
      ConfidenceInterval ci = ConfidenceInterval.jeffreys(c[0], c[1], 0.95);
      double p = (double) c[0] / c[1];
      double se = Math.sqrt(p * (1 - p) / c[1]);
      assertTrue(ci.lower() < ci.upper(), ci::toString);
      // a symmetric interval of about 1.96 standard errors either side
      assertEquals(p - 1.96 * se, ci.lower(), 0.01 * se, ci::toString);
      assertEquals(p + 1.96 * se, ci.upper(), 0.01 * se, ci::toString);
    }
  }

  /** Where the approximation takes over, it and the library agree far inside a standard error. */
  @Example
  void theApproximationMeetsTheLibraryWhereItTakesOver() {
    double a = ConfidenceInterval.APPROXIMATE_FROM * 0.999;
    for (double b : new double[] {a, 3 * a, 1e12}) {
      for (boolean upper : new boolean[] {false, true}) {
        double sd = Math.sqrt(a / (a + b) * (b / (a + b)) / (a + b + 1));
        double exact = ConfidenceInterval.betaQuantile(a, b, 0.025, upper);
        double approx = ConfidenceInterval.approximateBetaQuantile(a, b, 0.025, upper);
        assertEquals(exact, approx, 1e-5 * sd, () -> a + ", " + b);
      }
    }
  }
}
