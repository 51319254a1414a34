package org.conflictstats.stats;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Confidence intervals computed independently of the main code: commons-math3 distributions (with a
 * tight solver accuracy) and, for Wilson, the closed formula in counts,
 * {@code (x + z²/2 ± z √(x(n − x)/n + z²/4)) / (n + z²)}. An oracle, not a test:
 * ConfidenceIntervalTest and ConfidenceIntervalProperties hold the main code to it.
 */
final class IntervalOracle {

  private static final double SOLVER_ACCURACY = 1e-15;

  private IntervalOracle() {}

  static double z(double level) {
    return new NormalDistribution(null, 0, 1).inverseCumulativeProbability(1 - (1 - level) / 2);
  }

  static double[] wilson(long x, long n, double level) {
    double z = z(level);
    double root = z * Math.sqrt((double) x * (n - x) / n + z * z / 4);
    double lower = (x + z * z / 2 - root) / (n + z * z);
    double upper = (x + z * z / 2 + root) / (n + z * z);
    return new double[] {Math.max(0, lower), Math.min(1, upper)};
  }

  static double[] clopperPearson(long x, long n, double level) {
    double alpha = 1 - level;
    double lower = x == 0 ? 0 : beta(x, n - x + 1).inverseCumulativeProbability(alpha / 2);
    double upper = x == n ? 1 : beta(x + 1, n - x).inverseCumulativeProbability(1 - alpha / 2);
    return new double[] {lower, upper};
  }

  static double[] jeffreys(long x, long n, double level) {
    double alpha = 1 - level;
    BetaDistribution posterior = beta(x + 0.5, n - x + 0.5);
    double lower = x == 0 ? 0 : posterior.inverseCumulativeProbability(alpha / 2);
    double upper = x == n ? 1 : posterior.inverseCumulativeProbability(1 - alpha / 2);
    return new double[] {lower, upper};
  }

  static double[] of(IntervalMethod method, long x, long n, double level) {
    switch (method) {
      case CLOPPER_PEARSON:
        return clopperPearson(x, n, level);
      case JEFFREYS:
        return jeffreys(x, n, level);
      default:
        return wilson(x, n, level);
    }
  }

  private static BetaDistribution beta(double a, double b) {
    return new BetaDistribution(null, a, b, SOLVER_ACCURACY);
  }
}
