package org.conflictstats.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * {@link Numbers} writes what {@link String#format} writes, character for character; its fractions
 * are the counts' ratio, rounded exactly.
 */
class NumbersProperties {

  @Property(tries = 3000)
  void groupedIsFormatsGrouping(@ForAll long n) {
    assertEquals(String.format(Locale.ROOT, "%,d", n), Numbers.grouped(n));
  }

  @Property(tries = 3000)
  void groupedSmallNumbers(@ForAll @IntRange(min = -1_000_000, max = 1_000_000) int n) {
    assertEquals(String.format(Locale.ROOT, "%,d", (long) n), Numbers.grouped(n));
  }

  @Property(tries = 5000)
  void fixedIsFormatsFixedPoint(@ForAll("doubles") double x,
      @ForAll @IntRange(min = 0, max = 6) int decimals) {
    assertEquals(String.format(Locale.ROOT, "%." + decimals + "f", x), Numbers.fixed(x, decimals));
  }

  /** Percentages as the tables make them: a ratio of counts times 100, halves included. */
  @Property(tries = 5000)
  void fixedOfRatios(@ForAll @IntRange(min = 0, max = 100_000) int known,
      @ForAll @IntRange(min = 1, max = 100_000) int launched) {
    double percent = (double) Math.min(known, launched) / launched * 100;
    assertEquals(String.format(Locale.ROOT, "%.1f", percent), Numbers.fixed(percent, 1));
  }

  @Provide
  Arbitrary<Double> doubles() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.doubles().between(-200, 200)),
        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(-20_000, 20_000)
            .map(i -> i / 200.0)), // many ties: x.xx5 and x.x5
        net.jqwik.api.Tuple.of(1, Arbitraries.doubles()),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(0.0, -0.0, -0.04, 0.05, 0.15, 0.25, 0.35, 1e-9,
            -1e-9, 99.95, 99.94999999999999, 1e300, Double.MIN_VALUE, Double.MAX_VALUE,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)));
  }

  @Test
  void examples() {
    assertEquals("1,234,567", Numbers.grouped(1234567));
    assertEquals("-1,000", Numbers.grouped(-1000));
    assertEquals("-9,223,372,036,854,775,808", Numbers.grouped(Long.MIN_VALUE));
    assertEquals("71.3", Numbers.fixed(71.25, 1));
    assertEquals(String.format(Locale.ROOT, "%.1f", -0.04), Numbers.fixed(-0.04, 1));
  }

  /** A proportion as the summary and the report write it: what %.1f%% writes, of 100 times it. */
  @Property(tries = 3000)
  void percentIsFormatsPercentage(@ForAll @IntRange(min = 0, max = 100_000) int known,
      @ForAll @IntRange(min = 1, max = 100_000) int launched) {
    double p = (double) Math.min(known, launched) / launched;
    assertEquals(String.format(Locale.ROOT, "%.1f%%", 100 * p), Numbers.percent(p));
  }

  /**
   * A fraction as every CSV writes it (rates, attacks, diff: one method since review rv46c) is the
   * ratio of counts rounded half even to six decimals, computed exactly from the counts, without
   * trailing zeros.
   */
  @Property(tries = 5000)
  void fractionIsTheRatioRoundedToSixDecimals(
      @ForAll @IntRange(min = 0, max = 100_000) int known,
      @ForAll @IntRange(min = 1, max = 100_000) int launched) {
    int k = Math.min(known, launched);
    java.math.BigDecimal exact = java.math.BigDecimal.valueOf(k).divide(
        java.math.BigDecimal.valueOf(launched), 6, java.math.RoundingMode.HALF_EVEN);
    String expected = exact.signum() == 0 ? "0" : exact.stripTrailingZeros().toPlainString();
    assertEquals(expected, Numbers.fraction((double) k / launched));
    assertEquals(expected, Numbers.fraction(java.util.OptionalDouble.of((double) k / launched)));
  }

  @Test
  void fractionExamples() {
    assertEquals("1", Numbers.fraction(1.0));
    assertEquals("0", Numbers.fraction(0.0));
    assertEquals("0.5", Numbers.fraction(0.5));
    assertEquals("0.007812", Numbers.fraction(1.0 / 128)); // 0.0078125: half even
    assertEquals("0.733333", Numbers.fraction(55.0 / 75));
    assertEquals("", Numbers.fraction(java.util.OptionalDouble.empty()));
  }

  /**
   * The one way the prose outputs (summary, HTML report) write a range: % on both ends, joined by
   * " to " (ASCII: an en dash printed as ? under LANG=C); never 85.4%-99.5% (a hyphen reads as a
   * minus) or 85.4% – 99.5%.
   */
  @Test
  void aRangeIsTwoPercentagesJoinedByTo() {
    assertEquals("85.4% to 99.5%", Numbers.percentRange(0.854, 0.995));
    assertEquals("73.3% to 100.0%", Numbers.percentRange(55.0 / 75, 1));
    assertEquals("0.0% to 0.0%", Numbers.percentRange(0, 0));
  }

  /** A level of up to four decimals is written as its percentage, digit for digit. */
  @Property
  void aLevelIsWrittenAsItsPercentage(@ForAll @IntRange(min = 1,
      max = 9999) int tenThousandths) {
    String expected = java.math.BigDecimal.valueOf(tenThousandths).movePointLeft(2)
        .stripTrailingZeros().toPlainString();
    assertEquals(expected, Numbers.levelPercent(tenThousandths / 10000.0));
  }
}
