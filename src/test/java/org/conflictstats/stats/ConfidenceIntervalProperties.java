package org.conflictstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;

final class ConfidenceIntervalProperties {

  /** (successes, trials), with the edges 0 of n, n of n and n = 1 made frequent. */
  @Provide
  Arbitrary<Tuple2<Long, Long>> proportions() {
    return Arbitraries.longs().between(1, 5_000).flatMap(n -> Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(0L)),
        Tuple.of(1, Arbitraries.just(n)),
        Tuple.of(4, Arbitraries.longs().between(0, n)))
        .map(x -> Tuple.of(x, n)));
  }

  @Provide
  Arbitrary<Double> levels() {
    return Arbitraries.oneOf(Arbitraries.of(0.8, 0.9, 0.95, 0.99),
        Arbitraries.doubles().between(0.8, 0.999).ofScale(4));
  }

  /** The methods that need only the counts. */
  @Provide
  Arbitrary<IntervalMethod> binomial() {
    return Arbitraries.of(IntervalMethod.WILSON, IntervalMethod.CLOPPER_PEARSON,
        IntervalMethod.JEFFREYS);
  }

  @Property(tries = 300)
  void everyIntervalLiesInTheUnitRangeAndContainsThePoint(
      @ForAll("proportions") Tuple2<Long, Long> xn, @ForAll("levels") double level,
      @ForAll("binomial") IntervalMethod method) {
    long x = xn.get1();
    long n = xn.get2();
    Statistics.label("edge").collect(x == 0 ? "0 of n" : x == n ? "n of n" : "inside");
    ConfidenceInterval ci = method.interval(x, n, level);

    assertTrue(0 <= ci.lower() && ci.lower() <= ci.upper() && ci.upper() <= 1, ci.toString());
    assertTrue(ci.contains((double) x / n), ci + " contains " + x + "/" + n);
  }

  @Property(tries = 200)
  void agreesWithTheIndependentOracle(@ForAll("proportions") Tuple2<Long, Long> xn,
      @ForAll("levels") double level, @ForAll("binomial") IntervalMethod method) {
    long x = xn.get1();
    long n = xn.get2();
    ConfidenceInterval ci = method.interval(x, n, level);
    double[] expected = IntervalOracle.of(method, x, n, level);

    assertEquals(expected[0], ci.lower(), 1e-9, "lower of " + x + "/" + n);
    assertEquals(expected[1], ci.upper(), 1e-9, "upper of " + x + "/" + n);
  }

  @Property(tries = 200)
  void clopperPearsonContainsTheOtherTwo(@ForAll("proportions") Tuple2<Long, Long> xn,
      @ForAll("levels") double level) {
    // the "exact" interval is the most conservative of the three
    ConfidenceInterval cp = ConfidenceInterval.clopperPearson(xn.get1(), xn.get2(), level);
    ConfidenceInterval jeffreys = ConfidenceInterval.jeffreys(xn.get1(), xn.get2(), level);

    assertTrue(cp.lower() <= jeffreys.lower() + 1e-12 && jeffreys.upper() <= cp.upper() + 1e-12,
        cp + " contains " + jeffreys);
  }
}
