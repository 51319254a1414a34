package org.conflictstats.stats;

import java.util.Locale;
import java.util.Objects;

/**
 * A method for the confidence interval of a binomial proportion, such as an interception rate.
 *
 * <pre>{@code
 * IntervalMethod.WILSON.interval(55, 75, 0.95);     // [0.6237, 0.8202] (Wilson, 95%)
 * IntervalMethod.parse("clopper-pearson");          // CLOPPER_PEARSON
 * }</pre>
 *
 * <p>Every method treats each weapon as an independent Bernoulli trial. Weapons of one salvo are not
 * independent (they share a route, a time and the air defence they meet), so these intervals are
 * optimistic: narrower than the true uncertainty. A bootstrap over reports is the honest alternative.
 */
public enum IntervalMethod {
  /** The Wilson score interval: the default; good coverage, never outside [0, 1]. */
  WILSON("Wilson"),
  /** The Clopper–Pearson ("exact") interval: conservative, from beta quantiles. */
  CLOPPER_PEARSON("Clopper-Pearson"),
  /**
   * The Jeffreys interval: equal-tailed beta(x + 1/2, n - x + 1/2) quantiles, with the usual
   * convention of a lower bound 0 when no trial succeeds and an upper bound 1 when all do.
   */
  JEFFREYS("Jeffreys");

  private final String label;

  IntervalMethod(String label) {
    this.label = label;
  }

  /**
   * Returns the interval of this method for {@code successes} out of {@code trials}.
   *
   * @param successes the successes, in [0, trials]
   * @param trials the trials, at least 1
   * @param level the confidence level, in (0, 1), such as 0.95
   * @return the interval
   * @throws IllegalArgumentException if an argument is out of range
   */
  public ConfidenceInterval interval(long successes, long trials, double level) {
    return ConfidenceInterval.of(this, successes, trials, level);
  }

  /**
   * Returns the method's name as printed in tables: {@code Wilson}, {@code Clopper-Pearson} or
   * {@code Jeffreys}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Reads a method name, ignoring case, hyphens, underscores and spaces: {@code wilson},
   * {@code clopper-pearson}, {@code CLOPPER_PEARSON}, {@code jeffreys}.
   *
   * @param text the name
   * @return the method
   * @throws IllegalArgumentException for any other name
   */
  public static IntervalMethod parse(String text) {
    Objects.requireNonNull(text, "text");
    String key = squash(text);
    for (IntervalMethod m : values()) {
      if (squash(m.name()).equals(key)) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        "unknown interval method '" + text + "': expected wilson, clopper-pearson or jeffreys");
  }

  private static String squash(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
  }

  /**
   * Returns the label.
   *
   * @return {@link #label()}
   */
  @Override
  public String toString() {
    return label;
  }
}
