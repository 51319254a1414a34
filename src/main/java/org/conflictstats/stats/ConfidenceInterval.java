package org.conflictstats.stats;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.conflictstats.internal.Numbers;

/**
 * A confidence interval for a rate, such as the share of launched weapons that were neutralised
 * (DOMAIN.md §4): computed by one of the binomial methods below from counts alone, or by the
 * clustered or bootstrap method from a {@link Tally} ({@link IntervalMethod}).
 *
 * <pre>{@code
 * ConfidenceInterval ci = ConfidenceInterval.wilson(55, 75, 0.95);
 * ci.lower();            // 0.6237 (to 4 places)
 * ci.upper();            // 0.8202
 * ci.contains(55 / 75.0); // true
 * ConfidenceInterval.clopperPearson(0, 5, 0.95).lower(); // 0.0
 * }</pre>
 *
 * <p>The three methods:
 * <ul>
 *   <li>{@linkplain #wilson Wilson} score interval, the default: with {@code z} the standard normal
 *       quantile at {@code 1 - (1 - level) / 2} and {@code p = x / n}, centre
 *       {@code (p + z²/2n) / (1 + z²/n)} and half-width
 *       {@code z √(p(1 - p)/n + z²/4n²) / (1 + z²/n)}; the lower bound is 0 when {@code x = 0} and
 *       the upper bound 1 when {@code x = n}.
 *   <li>{@linkplain #clopperPearson Clopper–Pearson} ("exact"): the {@code α/2} quantile of
 *       beta({@code x}, {@code n - x + 1}) and the {@code 1 - α/2} quantile of beta({@code x + 1},
 *       {@code n - x}), with {@code α = 1 - level}; the lower bound is 0 when {@code x = 0} and the
 *       upper bound 1 when {@code x = n}.
 *   <li>{@linkplain #jeffreys Jeffreys}: the {@code α/2} and {@code 1 - α/2} quantiles of
 *       beta({@code x + 1/2}, {@code n - x + 1/2}), with the usual convention (Brown, Cai and
 *       DasGupta, 2001) that the lower bound is 0 when {@code x = 0} and the upper bound 1 when
 *       {@code x = n}.
 * </ul>
 * Quantiles come from Apache Commons Statistics. Every interval lies in [0, 1]. Wilson and
 * Clopper–Pearson intervals always contain {@code x / n}; a Jeffreys interval contains it at the
 * usual levels (0.8 and above) but may miss it at levels below about 0.6.
 *
 * <p>These three treat each weapon as an independent Bernoulli trial. Weapons in one salvo are not
 * independent, so they are optimistic (too narrow); the clustered interval and the bootstrap over
 * reports ({@link IntervalMethod#CLUSTER}, {@link IntervalMethod#BOOTSTRAP}) are the honest ones.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param lower the lower bound, in [0, upper]
 * @param upper the upper bound, in [lower, 1]
 * @param method the method that computed the interval
 * @param level the confidence level, in (0, 1)
 */
public record ConfidenceInterval(double lower, double upper, IntervalMethod method, double level) {

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if the bounds are not {@code 0 <= lower <= upper <= 1} or the
   *     level is not in (0, 1)
   */
  public ConfidenceInterval {
    Objects.requireNonNull(method, "method");
    checkArgument(0 <= lower && lower <= upper && upper <= 1,
        "bounds must satisfy 0 <= lower <= upper <= 1: [%s, %s]", lower, upper);
    checkLevel(level);
  }

  /**
   * Returns the Wilson score interval for {@code successes} out of {@code trials}.
   *
   * @param successes the successes, in [0, trials]
   * @param trials the trials, at least 1
   * @param level the confidence level, in (0, 1), such as 0.95
   * @return the interval
   * @throws IllegalArgumentException if {@code successes} is outside [0, trials], {@code trials < 1}
   *     or {@code level} is outside (0, 1)
   */
  public static ConfidenceInterval wilson(long successes, long trials, double level) {
    checkArguments(successes, trials, level);
    double n = trials;
    return wilson(successes / n, n, successes == 0, successes == trials, level,
        IntervalMethod.WILSON);
  }

  /**
   * The Wilson score interval for the proportion {@code p} over {@code n} trials, either possibly
   * fractional (the clustered interval's effective trials): the lower bound is 0 when {@code none}
   * succeeded, the upper bound 1 when {@code all} did.
   */
  static ConfidenceInterval wilson(double p, double n, boolean none, boolean all, double level,
      IntervalMethod method) {
    double z = STANDARD_NORMAL.inverseSurvivalProbability((1 - level) / 2);
    double z2 = z * z;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2 * n)) / denominator;
    double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
    double lower = none ? 0 : clamp(centre - half);
    double upper = all ? 1 : clamp(centre + half);
    // rounding must not push the bounds past the point estimate they surround
    return new ConfidenceInterval(Math.min(lower, p), Math.max(upper, p), method, level);
  }

  /**
   * Returns the Clopper–Pearson ("exact") interval for {@code successes} out of {@code trials}: the
   * lower bound is 0 when {@code successes = 0}, the upper bound 1 when {@code successes = trials}.
   *
   * @param successes the successes, in [0, trials]
   * @param trials the trials, at least 1
   * @param level the confidence level, in (0, 1), such as 0.95
   * @return the interval
   * @throws IllegalArgumentException if {@code successes} is outside [0, trials], {@code trials < 1}
   *     or {@code level} is outside (0, 1)
   */
  public static ConfidenceInterval clopperPearson(long successes, long trials, double level) {
    checkArguments(successes, trials, level);
    double tail = (1 - level) / 2;
    double x = successes;
    double failures = trials - successes;
    double lower = successes == 0 ? 0 : betaQuantile(x, failures + 1, tail, false);
    double upper = successes == trials ? 1 : betaQuantile(x + 1, failures, tail, true);
    double p = x / trials;
    return new ConfidenceInterval(Math.min(clamp(lower), p), Math.max(clamp(upper), p),
        IntervalMethod.CLOPPER_PEARSON, level);
  }

  /**
   * Returns the Jeffreys interval for {@code successes} out of {@code trials}: equal-tailed
   * quantiles of beta(successes + 1/2, trials - successes + 1/2), with the lower bound 0 when
   * {@code successes = 0} and the upper bound 1 when {@code successes = trials}.
   *
   * @param successes the successes, in [0, trials]
   * @param trials the trials, at least 1
   * @param level the confidence level, in (0, 1), such as 0.95
   * @return the interval
   * @throws IllegalArgumentException if {@code successes} is outside [0, trials], {@code trials < 1}
   *     or {@code level} is outside (0, 1)
   */
  public static ConfidenceInterval jeffreys(long successes, long trials, double level) {
    checkArguments(successes, trials, level);
    double tail = (1 - level) / 2;
    double a = successes + 0.5;
    double b = (trials - successes) + 0.5;
    double lower = successes == 0 ? 0 : clamp(betaQuantile(a, b, tail, false));
    double upper = successes == trials ? 1 : clamp(betaQuantile(a, b, tail, true));
    return new ConfidenceInterval(lower, upper, IntervalMethod.JEFFREYS, level);
  }

  /** Both beta parameters from which the approximation replaces the library's quantile. */
  static final double APPROXIMATE_FROM = 1e8;

  /**
   * The quantile of beta({@code a}, {@code b}) with {@code tail} probability below it
   * ({@code upper = false}) or above it ({@code upper = true}), from Apache Commons Statistics.
   * Where both parameters are at least {@value #APPROXIMATE_FROM} the quantile comes from
   * {@link #approximateBetaQuantile}: there the two agree to 10^-7 of a standard deviation, and
   * beyond it the library's root finder loses precision faster than the spread shrinks (at 10^18
   * trials its two quantiles of a Jeffreys interval cross in one case in ten), while the
   * approximation's error keeps shrinking. Where its continued fraction does not converge the
   * approximation is used too, so that no count gives an exception.
   */
  static double betaQuantile(double a, double b, double tail, boolean upper) {
    if (Math.min(a, b) >= APPROXIMATE_FROM) {
      return approximateBetaQuantile(a, b, tail, upper);
    }
    try {
      BetaDistribution d = BetaDistribution.of(a, b);
      return upper ? d.inverseSurvivalProbability(tail) : d.inverseCumulativeProbability(tail);
    } catch (ArithmeticException e) {
      return approximateBetaQuantile(a, b, tail, upper);
    }
  }

  /**
   * The beta quantile by the normal approximation with the first Cornish-Fisher correction for
   * skewness: {@code mean + sd (z + γ (z² - 1) / 6)}, with mean {@code a / (a + b)}, variance
   * {@code ab / ((a + b)² (a + b + 1))} and skewness {@code γ = 2 (b - a) √(a + b + 1) / ((a + b + 2)
   * √(ab))}. Its error shrinks like {@code 1 / (a + b)} relative to the spread: where it is used
   * (both parameters near 10^17) it is far below a double's precision of the quantile.
   */
  static double approximateBetaQuantile(double a, double b, double tail, boolean upper) {
    double n = a + b;
    double mean = a / n;
    double sd = Math.sqrt(a / n * (b / n) / (n + 1));
    double skew = 2 * (b - a) * Math.sqrt(n + 1) / ((n + 2) * Math.sqrt(a) * Math.sqrt(b));
    double z = STANDARD_NORMAL.inverseSurvivalProbability(tail);
    if (!upper) {
      z = -z;
    }
    return clamp(mean + sd * (z + skew * (z * z - 1) / 6));
  }

  /**
   * Returns the interval of the given binomial method.
   *
   * @param method the method: Wilson, Clopper–Pearson or Jeffreys
   * @param successes the successes, in [0, trials]
   * @param trials the trials, at least 1
   * @param level the confidence level, in (0, 1)
   * @return the interval
   * @throws IllegalArgumentException if an argument is out of range
   * @throws UnsupportedOperationException for {@link IntervalMethod#CLUSTER} and
   *     {@link IntervalMethod#BOOTSTRAP}, which need the reports: use
   *     {@link Tally#interval(RateKind, IntervalMethod, double)}
   */
  public static ConfidenceInterval of(IntervalMethod method, long successes, long trials,
      double level) {
    Objects.requireNonNull(method, "method");
    switch (method) {
      case CLOPPER_PEARSON:
        return clopperPearson(successes, trials, level);
      case JEFFREYS:
        return jeffreys(successes, trials, level);
      case WILSON:
        return wilson(successes, trials, level);
      default:
        throw new UnsupportedOperationException("the " + method.label() + " interval needs the"
            + " reports behind the counts: use Tally.interval(kind, method, level)");
    }
  }

  /**
   * Returns whether a proportion lies in this interval, bounds included.
   *
   * @param proportion the proportion
   * @return {@code true} when {@code lower <= proportion <= upper}
   */
  public boolean contains(double proportion) {
    return lower <= proportion && proportion <= upper;
  }

  /**
   * Returns the width of the interval.
   *
   * @return {@code upper - lower}
   */
  public double width() {
    return upper - lower;
  }

  /**
   * Returns the interval as {@code "[0.6237, 0.8202] (Wilson, 95%)"}.
   */
  @Override
  public String toString() {
    return "[" + Numbers.fixed(lower, 4) + ", " + Numbers.fixed(upper, 4) + "] (" + method.label()
        + ", " + Numbers.levelPercent(level) + "%)";
  }

  private static void checkArguments(long successes, long trials, double level) {
    checkArgument(trials >= 1, "trials must be at least 1: %s", trials);
    checkArgument(successes >= 0 && successes <= trials,
        "successes must be in [0, trials = %s]: %s", trials, successes);
    checkLevel(level);
  }

  private static void checkLevel(double level) {
    checkArgument(level > 0 && level < 1, "level must be in (0, 1): %s", level);
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }
}
