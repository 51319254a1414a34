package org.conflictstats.stats;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.conflictstats.internal.Numbers;

/**
 * A rate over rated weapon lines, from exact sums (DOMAIN.md §4): how many launched weapons are
 * known to have been neutralised (or destroyed), how many could have been, and how many were
 * launched.
 *
 * <pre>{@code
 * // 75 drones launched, 25 shot down, 30 suppressed, 20 of unknown outcome
 * Rate r = Rate.of(55, 75, 75);
 * r.point();  // OptionalDouble[0.7333...]: every unknown assumed to have got through
 * r.lower();  // OptionalDouble[0.7333...]
 * r.upper();  // OptionalDouble[1.0]: every unknown assumed neutralised
 * r.interval(IntervalMethod.WILSON, 0.95); // Optional[[0.6237, 0.8202] (Wilson, 95%)]
 * Rate.of(0, 0, 0).point();                // OptionalDouble.empty: undefined, never 0 or NaN
 * }</pre>
 *
 * <p>The point rate is {@code known / launched}, which is also the lower bound: every weapon of
 * unknown outcome is assumed to have got through. The upper bound is {@code possible / launched}:
 * every weapon of unknown outcome is assumed neutralised. With exact counts and no unknown outcome
 * the bounds collapse to the point. A rate over zero launched is undefined: every value is empty.
 *
 * <p>The {@linkplain #interval confidence interval} of a rate alone is binomial: it treats each
 * weapon as an independent Bernoulli trial. Weapons in one salvo are not independent, so the
 * interval is optimistic; the clustered interval and the bootstrap over reports, computed from a
 * {@link Tally} that knows its reports, are the honest ones. No interval includes the uncertainty
 * of unknown outcomes, which the bounds show. A rate knows only its three sums, so it gives its
 * binomial interval whenever something was launched; {@link Tally#interval(RateKind,
 * IntervalMethod, double)}, the figure the library's tables show, also gives none when no rated
 * line gives a destroyed figure ({@link Tally#outcomeKnown()}): then the point is a 0 no source
 * gave.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param known the weapons known to be neutralised (or destroyed), in [0, possible]
 * @param possible the weapons that could have been, in [known, launched]
 * @param launched the weapons launched in rated lines, at least 0
 */
public record Rate(long known, long possible, long launched) {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException unless {@code 0 <= known <= possible <= launched}
   */
  public Rate {
    checkArgument(0 <= known && known <= possible && possible <= launched,
        "a rate needs 0 <= known <= possible <= launched: %s, %s, %s", known, possible, launched);
  }

  /**
   * Returns the rate with the given sums.
   *
   * @param known the weapons known to be neutralised, in [0, possible]
   * @param possible the weapons that could have been, in [known, launched]
   * @param launched the weapons launched, at least 0
   * @return the rate
   * @throws IllegalArgumentException unless {@code 0 <= known <= possible <= launched}
   */
  public static Rate of(long known, long possible, long launched) {
    return new Rate(known, possible, launched);
  }

  /**
   * Returns whether the rate is defined: at least one weapon was launched.
   *
   * @return {@code true} when {@code launched > 0}
   */
  public boolean isDefined() {
    return launched > 0;
  }

  /**
   * Returns the point rate, {@code known / launched}: every unknown assumed to have got through.
   *
   * @return the rate in [0, 1], or empty when nothing was launched
   */
  public OptionalDouble point() {
    return isDefined() ? OptionalDouble.of((double) known / launched) : OptionalDouble.empty();
  }

  /**
   * Returns the lower bound, {@code known / launched}; equal to the {@linkplain #point() point}.
   *
   * @return the lower bound in [0, 1], or empty when nothing was launched
   */
  public OptionalDouble lower() {
    return point();
  }

  /**
   * Returns the upper bound, {@code possible / launched}: every unknown assumed neutralised.
   *
   * @return the upper bound in [0, 1], or empty when nothing was launched
   */
  public OptionalDouble upper() {
    return isDefined() ? OptionalDouble.of((double) possible / launched) : OptionalDouble.empty();
  }

  /**
   * Returns the weapons whose outcome leaves the rate open: {@code possible - known}.
   *
   * @return the width of the bounds, in weapons
   */
  public long undetermined() {
    return possible - known;
  }

  /**
   * Returns a binomial confidence interval for the point rate: {@code known} successes out of
   * {@code launched} trials, every weapon an independent trial (optimistic for salvos; a
   * {@link Tally} gives the clustered interval).
   *
   * @param method the method: Wilson, Clopper–Pearson or Jeffreys
   * @param level the confidence level, in (0, 1)
   * @return the interval, or empty when nothing was launched
   * @throws IllegalArgumentException if the level is outside (0, 1)
   * @throws UnsupportedOperationException for {@link IntervalMethod#CLUSTER} and
   *     {@link IntervalMethod#BOOTSTRAP}, which need the reports: use
   *     {@link Tally#interval(RateKind, IntervalMethod, double)}
   */
  public Optional<ConfidenceInterval> interval(IntervalMethod method, double level) {
    Objects.requireNonNull(method, "method");
    checkArgument(level > 0 && level < 1, "level must be in (0, 1): %s", level);
    if (!method.isBinomial()) {
      throw new UnsupportedOperationException("the " + method.label() + " interval needs the"
          + " reports behind the counts: use Tally.interval(kind, method, level)");
    }
    return isDefined()
        ? Optional.of(ConfidenceInterval.of(method, known, launched, level))
        : Optional.empty();
  }

  /**
   * Returns the 95% Wilson score interval for the point rate, every weapon an independent trial:
   * optimistic for weapons of one salvo. The library's tables default to the clustered interval of
   * a {@link Tally} ({@link Tally#interval(RateKind, IntervalMethod, double)} with
   * {@link IntervalMethod#CLUSTER}), which also gives none where no outcome is known.
   *
   * @return the interval, or empty when nothing was launched
   */
  public Optional<ConfidenceInterval> interval() {
    return interval(IntervalMethod.WILSON, 0.95);
  }

  /**
   * Returns the sum of two rates: the sums add, so the result is the rate over both sets of lines.
   *
   * @param other the other rate
   * @return the combined rate
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public Rate plus(Rate other) {
    Objects.requireNonNull(other, "other");
    return new Rate(Math.addExact(known, other.known), Math.addExact(possible, other.possible),
        Math.addExact(launched, other.launched));
  }

  /**
   * Returns the rate as {@code "55/75 = 73.3% [73.3%, 100.0%]"}, or
   * {@code "undefined (0 launched)"}.
   */
  @Override
  public String toString() {
    if (!isDefined()) {
      return "undefined (0 launched)";
    }
    return known + "/" + launched + " = " + Numbers.percent(point().getAsDouble()) + " ["
        + Numbers.percent(lower().getAsDouble()) + ", " + Numbers.percent(upper().getAsDouble())
        + "]";
  }
}
