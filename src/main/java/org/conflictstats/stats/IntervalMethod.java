package org.conflictstats.stats;

import java.util.Locale;
import java.util.Objects;

/**
 * A method for the confidence interval of a rate, such as an interception rate.
 *
 * <pre>{@code
 * tally.interval(RateKind.NEUTRALISATION, IntervalMethod.CLUSTER, 0.95); // reports as the unit
 * IntervalMethod.WILSON.interval(55, 75, 0.95);     // [0.6237, 0.8202] (Wilson, 95%)
 * IntervalMethod.parse("clopper-pearson");          // CLOPPER_PEARSON
 * }</pre>
 *
 * <p>Weapons of one report (one night, one salvo) are not independent: they share a route, a time
 * and the air defence they meet, and succeed or fail together. Two methods take that into account
 * and need the reports behind a rate, so they are computed from a {@link Tally}
 * ({@link Tally#interval(RateKind, IntervalMethod, double)}) or a {@link StatsTable}:
 * <ul>
 *   <li>{@link #CLUSTER}, the default (DOMAIN.md §4b): the report is the unit of sampling; the ratio
 *       estimator's linearised variance gives an effective number of trials, and the interval is
 *       Wilson's at that number;
 *   <li>{@link #BOOTSTRAP}: a percentile bootstrap resampling reports ({@link Bootstrap}), the check
 *       on the formula.
 * </ul>
 * The three {@linkplain #isBinomial() binomial} methods, Wilson, Clopper–Pearson and Jeffreys, treat
 * each weapon as an independent Bernoulli trial and need only the counts: they are optimistic,
 * narrower than the true uncertainty, often by a factor of three or four on a month of drone
 * attacks.
 */
public enum IntervalMethod {
  /** The Wilson score interval over weapons: good coverage for independent trials, in [0, 1]. */
  WILSON("Wilson"),
  /** The Clopper–Pearson ("exact") interval: conservative, from beta quantiles. */
  CLOPPER_PEARSON("Clopper-Pearson"),
  /**
   * The Jeffreys interval: equal-tailed beta(x + 1/2, n - x + 1/2) quantiles, with the usual
   * convention of a lower bound 0 when no trial succeeds and an upper bound 1 when all do.
   */
  JEFFREYS("Jeffreys"),
  /**
   * The clustered interval of DOMAIN.md §4b, the default: reports (or another {@link ClusterUnit})
   * as the unit; Wilson at the effective number of trials, {@code min(N, R(1 − R)/V)}, with
   * {@code V} the CR1 linearised variance of the ratio. Not estimable with fewer than two reports.
   */
  CLUSTER("clustered"),
  /**
   * A percentile bootstrap that resamples reports (or another {@link ClusterUnit}) within the group,
   * seeded ({@link Bootstrap}). Not estimable with fewer than two reports.
   */
  BOOTSTRAP("bootstrap");

  private final String label;

  IntervalMethod(String label) {
    this.label = label;
  }

  /**
   * Returns the interval of this binomial method for {@code successes} out of {@code trials}.
   *
   * @param successes the successes, in [0, trials]
   * @param trials the trials, at least 1
   * @param level the confidence level, in (0, 1), such as 0.95
   * @return the interval
   * @throws IllegalArgumentException if an argument is out of range
   * @throws UnsupportedOperationException for {@link #CLUSTER} and {@link #BOOTSTRAP}, which need
   *     the reports: use {@link Tally#interval(RateKind, IntervalMethod, double)}
   */
  public ConfidenceInterval interval(long successes, long trials, double level) {
    return ConfidenceInterval.of(this, successes, trials, level);
  }

  /**
   * Returns whether this method treats each weapon as an independent trial and needs only the
   * counts: Wilson, Clopper–Pearson and Jeffreys.
   *
   * @return {@code false} for {@link #CLUSTER} and {@link #BOOTSTRAP}
   */
  public boolean isBinomial() {
    return this != CLUSTER && this != BOOTSTRAP;
  }

  /**
   * Returns whether this method needs every report's (or cluster's) figures kept, not only the sums
   * of a {@link Tally}: the bootstrap alone, which resamples them. A table or chart that keeps only
   * the sums can give every other method; a {@link StatsQuery} keeps the figures when asked for the
   * bootstrap ({@link StatsQuery#withBootstrap(Bootstrap)}).
   *
   * <pre>{@code
   * IntervalMethod.CLUSTER.needsClusterValues();    // false: from the tally's sums
   * IntervalMethod.BOOTSTRAP.needsClusterValues();  // true
   * }</pre>
   *
   * @return {@code true} for {@link #BOOTSTRAP} only
   */
  public boolean needsClusterValues() {
    return this == BOOTSTRAP;
  }

  /**
   * Returns the method's name as printed in tables: {@code Wilson}, {@code Clopper-Pearson},
   * {@code Jeffreys}, {@code clustered} or {@code bootstrap}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Reads a method name, ignoring case, hyphens, underscores and spaces: {@code cluster} (also
   * {@code clustered}), {@code bootstrap}, {@code wilson}, {@code clopper-pearson},
   * {@code CLOPPER_PEARSON}, {@code jeffreys}.
   *
   * @param text the name
   * @return the method
   * @throws IllegalArgumentException for any other name
   */
  public static IntervalMethod parse(String text) {
    Objects.requireNonNull(text, "text");
    String key = squash(text);
    if (key.equals("clustered")) {
      return CLUSTER;
    }
    for (IntervalMethod m : values()) {
      if (squash(m.name()).equals(key)) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        "unknown interval method '" + text
        + "': expected cluster, bootstrap, wilson, clopper-pearson or jeffreys");
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
