package org.conflictstats.stats;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.OptionalLong;
import org.conflictstats.model.Count;

/**
 * The exact sum of many {@link Count}s: the sum of their lower bounds, the sum of the finite upper
 * bounds, and how many counts had no upper bound. The sum is unbounded above when any count was;
 * keeping the number of such counts makes sums of sums exact.
 *
 * <pre>{@code
 * CountSum s = CountSum.of(Count.exactly(25)).plus(CountSum.of(Count.atLeast(30)));
 * s.lower();   // 55: the figure tools print as "known"
 * s.upper();   // OptionalLong.empty(): unbounded
 * s.toCount(); // at least 55
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param lower the sum of the lower bounds, at least 0
 * @param finiteUpper the sum of the upper bounds of the bounded counts, at least 0 (at least
 *     {@code lower} when no count is unbounded)
 * @param unboundedTerms how many counts had no upper bound, at least 0
 */
public record CountSum(long lower, long finiteUpper, long unboundedTerms) {

  private static final CountSum ZERO = new CountSum(0, 0, 0);

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if a component is negative, or the upper sum of a bounded sum
   *     is below its lower sum
   */
  public CountSum {
    checkArgument(lower >= 0 && finiteUpper >= 0 && unboundedTerms >= 0,
        "sums must not be negative: %s, %s, %s", lower, finiteUpper, unboundedTerms);
    checkArgument(unboundedTerms > 0 || finiteUpper >= lower,
        "upper sum %s is below lower sum %s", finiteUpper, lower);
  }

  /**
   * Returns the empty sum.
   *
   * @return zero
   */
  public static CountSum zero() {
    return ZERO;
  }

  /**
   * Returns the sum of one count.
   *
   * @param count the count
   * @return its sum
   */
  public static CountSum of(Count count) {
    Objects.requireNonNull(count, "count");
    return count.isBounded()
        ? new CountSum(count.lower(), count.upperOrElse(0), 0)
        : new CountSum(count.lower(), 0, 1);
  }

  /**
   * Returns the upper bound of the sum.
   *
   * @return the sum of the upper bounds, or empty when a count was unbounded
   */
  public OptionalLong upper() {
    return unboundedTerms == 0 ? OptionalLong.of(finiteUpper) : OptionalLong.empty();
  }

  /**
   * Returns whether the sum has a finite upper bound.
   *
   * @return {@code true} when no count was unbounded
   */
  public boolean isBounded() {
    return unboundedTerms == 0;
  }

  /**
   * Returns whether the sum is exact: bounded, with equal lower and upper sums.
   *
   * @return {@code true} for an exact sum
   */
  public boolean isExact() {
    return unboundedTerms == 0 && finiteUpper == lower;
  }

  /**
   * Returns the lower sum, or empty when nothing of it is known: when each of the {@code terms}
   * counts summed was unknown (no lower bound above 0, no upper bound), as a blank cell is. The
   * tables leave such a sum empty, where a sum with a figure in it, even 0, is shown.
   *
   * <pre>{@code
   * CountSum.of(Count.unknown()).plus(CountSum.of(Count.unknown())).known(2);  // empty
   * CountSum.of(Count.unknown()).plus(CountSum.of(Count.exactly(0))).known(2); // 0
   * CountSum.zero().known(0);                                                  // 0
   * }</pre>
   *
   * @param terms how many counts were summed, at least 0
   * @return {@link #lower()}, or empty when all {@code terms} (at least one) added nothing known
   * @throws IllegalArgumentException if {@code terms} is negative
   */
  public OptionalLong known(long terms) {
    checkArgument(terms >= 0, "terms must not be negative: %s", terms);
    return terms > 0 && lower == 0 && unboundedTerms == terms ? OptionalLong.empty()
        : OptionalLong.of(lower);
  }

  /**
   * Returns the sum as a count with the same bounds.
   *
   * @return the count
   */
  public Count toCount() {
    return Count.of(lower, upper());
  }

  /**
   * Returns the sum of this and another sum.
   *
   * @param other the other sum
   * @return the sum
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public CountSum plus(CountSum other) {
    Objects.requireNonNull(other, "other");
    return new CountSum(Math.addExact(lower, other.lower),
        Math.addExact(finiteUpper, other.finiteUpper),
        Math.addExact(unboundedTerms, other.unboundedTerms));
  }

  /**
   * Returns the sum as a count would print it: {@code "75"}, {@code "at least 55"},
   * {@code "between 10 and 20"}.
   */
  @Override
  public String toString() {
    return toCount().toString();
  }
}
