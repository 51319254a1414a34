package org.conflictstats.stats;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

final class ConfidenceIntervalTest {

  private static final double TOLERANCE = 1e-9;
  private static final double[] LEVELS = {0.8, 0.95, 0.99};
  /** The methods that need only the counts. */
  private static final List<IntervalMethod> BINOMIAL = List.of(IntervalMethod.WILSON,
      IntervalMethod.CLOPPER_PEARSON, IntervalMethod.JEFFREYS);

  /** Every method, at the three levels, for edges and ordinary cases. */
  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    long[][] xn = {
        {0, 1}, {1, 1}, // n = 1
        {0, 5}, {5, 5}, {0, 75}, {75, 75}, {0, 1000}, {1000, 1000}, // 0 of n, n of n
        {1, 2}, {1, 5}, {4, 5}, {25, 75}, {55, 75}, {1, 75}, {74, 75},
        {1, 1000}, {500, 1000}, {999, 1000}, {3, 10_000}, {9_876, 10_000}};
    for (IntervalMethod m : BINOMIAL) {
      for (long[] c : xn) {
        for (double level : LEVELS) {
          cases.add(Arguments.of(m, c[0], c[1], level));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1}/{2} at {3}")
  @MethodSource("cases")
  void agreesWithTheIndependentOracle(IntervalMethod method, long x, long n, double level) {
    ConfidenceInterval ci = ConfidenceInterval.of(method, x, n, level);
    double[] expected = IntervalOracle.of(method, x, n, level);

    assertAll(
        () -> assertEquals(expected[0], ci.lower(), TOLERANCE, "lower"),
        () -> assertEquals(expected[1], ci.upper(), TOLERANCE, "upper"),
        () -> assertEquals(method, ci.method()),
        () -> assertEquals(level, ci.level()),
        () -> assertTrue(0 <= ci.lower() && ci.upper() <= 1, "within [0, 1]"),
        () -> assertTrue(ci.contains((double) x / n), "contains the point estimate"));
  }

  @Test
  void staticFactoriesAreTheMethods() {
    assertEquals(IntervalMethod.WILSON.interval(55, 75, 0.95), ConfidenceInterval.wilson(55, 75, 0.95));
    assertEquals(IntervalMethod.CLOPPER_PEARSON.interval(55, 75, 0.95),
        ConfidenceInterval.clopperPearson(55, 75, 0.95));
    assertEquals(IntervalMethod.JEFFREYS.interval(55, 75, 0.95),
        ConfidenceInterval.jeffreys(55, 75, 0.95));
  }

  @ParameterizedTest
  @EnumSource(value = IntervalMethod.class, names = {"WILSON", "CLOPPER_PEARSON", "JEFFREYS"})
  void edgesFollowTheConventions(IntervalMethod method) {
    for (double level : LEVELS) {
      assertEquals(0.0, method.interval(0, 7, level).lower(), "lower at 0 of n");
      assertEquals(1.0, method.interval(7, 7, level).upper(), "upper at n of n");
      assertTrue(method.interval(0, 7, level).upper() < 1, "upper at 0 of n");
      assertTrue(method.interval(7, 7, level).lower() > 0, "lower at n of n");
    }
  }

  @Test
  void knownValuesOfTheLiterature() {
    // Clopper-Pearson for 0 of n at 95%: upper = 1 - 0.025^(1/n) (the "rule of three" region)
    assertEquals(1 - Math.pow(0.025, 1.0 / 10), ConfidenceInterval.clopperPearson(0, 10, 0.95).upper(),
        1e-12);
    // ... and n of n: lower = 0.025^(1/n)
    assertEquals(Math.pow(0.025, 1.0 / 10), ConfidenceInterval.clopperPearson(10, 10, 0.95).lower(),
        1e-12);
    // Wilson for 1 of 1 at 95%: lower = 1 / (1 + z^2), z = 1.959963984540054
    double z = 1.959963984540054;
    assertEquals(1 / (1 + z * z), ConfidenceInterval.wilson(1, 1, 0.95).lower(), 1e-12);
  }

  @Test
  void theClusteredMethodsNeedTheReports() {
    for (IntervalMethod m : List.of(IntervalMethod.CLUSTER, IntervalMethod.BOOTSTRAP)) {
      assertFalse(m.isBinomial(), m::toString);
      assertThrows(UnsupportedOperationException.class, () -> m.interval(55, 75, 0.95));
      assertThrows(UnsupportedOperationException.class, () -> Rate.of(55, 75, 75).interval(m, 0.95));
    }
    assertEquals(BINOMIAL.size(), IntervalMethod.values().length - 2);
    BINOMIAL.forEach(m -> assertTrue(m.isBinomial(), m::toString));
  }

  @Test
  void higherLevelsGiveWiderIntervals() {
    for (IntervalMethod m : BINOMIAL) {
      ConfidenceInterval narrow = m.interval(25, 75, 0.8);
      ConfidenceInterval wide = m.interval(25, 75, 0.99);
      assertTrue(wide.lower() < narrow.lower() && narrow.upper() < wide.upper(), m.toString());
    }
  }

  static Stream<Arguments> badArguments() {
    return Stream.of(
        Arguments.of(-1L, 10L, 0.95),
        Arguments.of(11L, 10L, 0.95),
        Arguments.of(0L, 0L, 0.95),
        Arguments.of(0L, -3L, 0.95),
        Arguments.of(5L, 10L, 0.0),
        Arguments.of(5L, 10L, 1.0),
        Arguments.of(5L, 10L, -0.5),
        Arguments.of(5L, 10L, 95.0),
        Arguments.of(5L, 10L, Double.NaN));
  }

  @ParameterizedTest(name = "{0} of {1} at {2}")
  @MethodSource("badArguments")
  void rejectsArgumentsOutOfRange(long successes, long trials, double level) {
    assertThrows(IllegalArgumentException.class,
        () -> ConfidenceInterval.wilson(successes, trials, level));
    assertThrows(IllegalArgumentException.class,
        () -> ConfidenceInterval.clopperPearson(successes, trials, level));
    assertThrows(IllegalArgumentException.class,
        () -> ConfidenceInterval.jeffreys(successes, trials, level));
  }

  @Test
  void theRecordChecksItsBounds() {
    assertThrows(IllegalArgumentException.class,
        () -> new ConfidenceInterval(0.6, 0.5, IntervalMethod.WILSON, 0.95));
    assertThrows(IllegalArgumentException.class,
        () -> new ConfidenceInterval(-0.1, 0.5, IntervalMethod.WILSON, 0.95));
    assertThrows(IllegalArgumentException.class,
        () -> new ConfidenceInterval(0.1, 1.5, IntervalMethod.WILSON, 0.95));
    assertThrows(IllegalArgumentException.class,
        () -> new ConfidenceInterval(0.1, 0.5, IntervalMethod.WILSON, 1));
    assertThrows(NullPointerException.class, () -> new ConfidenceInterval(0.1, 0.5, null, 0.9));
  }

  @Test
  void equalityIsByValue() {
    ConfidenceInterval a = ConfidenceInterval.wilson(5, 10, 0.95);
    ConfidenceInterval b = ConfidenceInterval.wilson(5, 10, 0.95);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, ConfidenceInterval.wilson(5, 10, 0.9));
    assertNotEquals(a, ConfidenceInterval.jeffreys(5, 10, 0.95));
  }

  @Test
  void printsBoundsMethodAndLevel() {
    assertEquals("[0.2000, 0.4000] (Clopper-Pearson, 95%)",
        new ConfidenceInterval(0.2, 0.4, IntervalMethod.CLOPPER_PEARSON, 0.95).toString());
    assertEquals("[0.2000, 0.4000] (Jeffreys, 97.5%)",
        new ConfidenceInterval(0.2, 0.4, IntervalMethod.JEFFREYS, 0.975).toString());
  }

  @Test
  void methodNamesParse() {
    assertEquals(IntervalMethod.CLOPPER_PEARSON, IntervalMethod.parse("clopper-pearson"));
    assertEquals(IntervalMethod.CLOPPER_PEARSON, IntervalMethod.parse(" Clopper_Pearson "));
    assertEquals(IntervalMethod.WILSON, IntervalMethod.parse("WILSON"));
    assertEquals(IntervalMethod.JEFFREYS, IntervalMethod.parse("jeffreys"));
    assertEquals(IntervalMethod.CLUSTER, IntervalMethod.parse("cluster"));
    assertEquals(IntervalMethod.CLUSTER, IntervalMethod.parse("Clustered"));
    assertEquals(IntervalMethod.BOOTSTRAP, IntervalMethod.parse("bootstrap"));
    assertThrows(IllegalArgumentException.class, () -> IntervalMethod.parse("wald"));
  }
}
