package org.conflictstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class RateTest {

  @Test
  void pointAndBoundsComeFromTheSums() {
    Rate r = Rate.of(55, 75, 75);

    assertTrue(r.isDefined());
    assertEquals(OptionalDouble.of(55.0 / 75), r.point());
    assertEquals(r.point(), r.lower());
    assertEquals(OptionalDouble.of(1.0), r.upper());
    assertEquals(20, r.undetermined());
  }

  @Test
  void aRateOverZeroLaunchedIsUndefined() {
    Rate r = Rate.of(0, 0, 0);

    assertEquals(OptionalDouble.empty(), r.point());
    assertEquals(OptionalDouble.empty(), r.lower());
    assertEquals(OptionalDouble.empty(), r.upper());
    assertEquals(Optional.empty(), r.interval());
    assertEquals(Optional.empty(), r.interval(IntervalMethod.JEFFREYS, 0.9));
    assertEquals("undefined (0 launched)", r.toString());
  }

  @Test
  void theIntervalIsForThePointRate() {
    Rate r = Rate.of(55, 75, 75);

    assertEquals(Optional.of(ConfidenceInterval.wilson(55, 75, 0.95)), r.interval());
    assertEquals(Optional.of(ConfidenceInterval.clopperPearson(55, 75, 0.99)),
        r.interval(IntervalMethod.CLOPPER_PEARSON, 0.99));
    assertThrows(IllegalArgumentException.class, () -> r.interval(IntervalMethod.WILSON, 1.5));
    assertThrows(IllegalArgumentException.class,
        () -> Rate.of(0, 0, 0).interval(IntervalMethod.WILSON, 0));
  }

  @Test
  void ratesAddTheirSums() {
    assertEquals(Rate.of(55, 80, 80), Rate.of(55, 75, 75).plus(Rate.of(0, 5, 5)));
  }

  static Stream<Arguments> badSums() {
    return Stream.of(
        Arguments.of(-1L, 0L, 0L),
        Arguments.of(5L, 4L, 10L),
        Arguments.of(5L, 11L, 10L),
        Arguments.of(0L, 0L, -1L));
  }

  @ParameterizedTest(name = "{0}, {1}, {2}")
  @MethodSource("badSums")
  void rejectsSumsOutOfOrder(long known, long possible, long launched) {
    assertThrows(IllegalArgumentException.class, () -> Rate.of(known, possible, launched));
  }

  @Test
  void printsAsFractionAndPercentages() {
    assertEquals("55/75 = 73.3% [73.3%, 100.0%]", Rate.of(55, 75, 75).toString());
  }

  @Test
  void rateKindsParse() {
    assertEquals(RateKind.NEUTRALISATION, RateKind.parse("Neutralization"));
    assertEquals(RateKind.KINETIC, RateKind.parse(" kinetic "));
    assertThrows(IllegalArgumentException.class, () -> RateKind.parse("interception"));
  }
}
