package org.conflictstats.stats;

import java.util.Arrays;

/**
 * The percentile bootstrap over clusters described in {@link Bootstrap}: resamples a group's
 * {@link ClusterSample} with replacement, in its canonical order, with {@link SplitMix64}: a
 * uniform position in the canonical list of clusters, or, for groups of more than
 * {@link #EXPAND_LIMIT} clusters, a draw from an integer alias table. Stateless.
 */
final class PercentileBootstrap {

  private PercentileBootstrap() {}

  /**
   * Returns the percentile interval of {@code Σ y / Σ n} over resampled clusters.
   *
   * @param sample the clusters, at least two
   * @param kind which successes: neutralised or destroyed
   * @param settings replicates and seed
   * @param level the confidence level, in (0, 1)
   * @throws ArithmeticException if a resampled sum could overflow a {@code long}
   */
  static ConfidenceInterval interval(ClusterSample sample, RateKind kind, Bootstrap settings,
      double level) {
    return interval(sample, kind, settings, level, EXPAND_LIMIT);
  }

  /**
   * Groups of up to this many clusters draw a position in the canonical list of clusters (one
   * draw, and an index of 4 bytes per cluster when some clusters share figures); larger ones draw
   * from the alias table (two draws, memory per distinct value only).
   */
  static final int EXPAND_LIMIT = 1 << 22;

  static ConfidenceInterval interval(ClusterSample sample, RateKind kind, Bootstrap settings,
      double level, int expandLimit) {
    int d = sample.distinct();
    long clusters = sample.clusters();
    long[] n = new long[d];
    long[] y = new long[d];
    long maxN = 0;
    for (int i = 0; i < d; i++) {
      n[i] = sample.n(i);
      y[i] = sample.y(i, kind);
      maxN = Math.max(maxN, n[i]);
    }
    Math.multiplyExact(maxN, clusters); // no resampled sum can overflow below this
    int k = Math.toIntExact(clusters);
    double[] ratios = new double[settings.replicates()];
    SplitMix64 rng = new SplitMix64(settings.seed());
    if (k <= expandLimit) {
      // the i-th cluster of the canonical list has the figures of distinct value index[i]
      int[] index = d == k ? null : expand(sample, k);
      for (int b = 0; b < ratios.length; b++) {
        long sumN = 0;
        long sumY = 0;
        for (int i = 0; i < k; i++) {
          int at = (int) rng.nextLong(k);
          int j = index == null ? at : index[at];
          sumN += n[j];
          sumY += y[j];
        }
        ratios[b] = (double) sumY / sumN;
      }
    } else {
      Alias alias = Alias.of(sample, k);
      for (int b = 0; b < ratios.length; b++) {
        long sumN = 0;
        long sumY = 0;
        for (int i = 0; i < k; i++) {
          int j = alias.draw(rng);
          sumN += n[j];
          sumY += y[j];
        }
        ratios[b] = (double) sumY / sumN;
      }
    }
    Arrays.sort(ratios);
    double tail = (1 - level) / 2;
    double lower = quantile(ratios, tail);
    double upper = quantile(ratios, 1 - tail);
    return new ConfidenceInterval(clamp(lower), clamp(Math.max(lower, upper)),
        IntervalMethod.BOOTSTRAP, level);
  }

  /** The canonical list of clusters, as indices of their distinct values. */
  private static int[] expand(ClusterSample sample, int k) {
    int[] index = new int[k];
    int at = 0;
    for (int i = 0; i < sample.distinct(); i++) {
      for (long c = sample.count(i); c > 0; c--) {
        index[at++] = i;
      }
    }
    return index;
  }

  /** Linear interpolation between order statistics (Hyndman and Fan, definition 7). */
  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    if (lo + 1 >= sorted.length) {
      return sorted[sorted.length - 1];
    }
    return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }

  /**
   * Walker's alias table for drawing the {@code i}-th distinct triple with probability
   * {@code count(i) / k}, built with integers (Vose's method) so that it is exact: each of the
   * {@code d} columns has capacity {@code k}.
   */
  static final class Alias {
    private final long k;
    private final long[] threshold;
    private final int[] alias;

    private Alias(long k, long[] threshold, int[] alias) {
      this.k = k;
      this.threshold = threshold;
      this.alias = alias;
    }

    static Alias of(ClusterSample sample, long k) {
      int d = sample.distinct();
      long[] weight = new long[d];
      int[] small = new int[d];
      int[] large = new int[d];
      int smalls = 0;
      int larges = 0;
      for (int i = 0; i < d; i++) {
        weight[i] = Math.multiplyExact(sample.count(i), d);
        if (weight[i] < k) {
          small[smalls++] = i;
        } else {
          large[larges++] = i;
        }
      }
      long[] threshold = new long[d];
      int[] alias = new int[d];
      while (smalls > 0 && larges > 0) {
        int s = small[--smalls];
        int g = large[--larges];
        threshold[s] = weight[s];
        alias[s] = g;
        weight[g] -= k - weight[s];
        if (weight[g] < k) {
          small[smalls++] = g;
        } else {
          large[larges++] = g;
        }
      }
      // what is left has exactly k: the weights sum to k·d and each step takes k from it
      while (larges > 0) {
        int g = large[--larges];
        threshold[g] = k;
        alias[g] = g;
      }
      while (smalls > 0) {
        int s = small[--smalls];
        threshold[s] = k;
        alias[s] = s;
      }
      return new Alias(k, threshold, alias);
    }

    /**
     * Returns, for each value, {@code d·k} times its probability of being drawn, from the table:
     * the share of its own column below the threshold and of the columns that alias it above.
     */
    long[] scaledProbabilities() {
      long[] p = new long[threshold.length];
      for (int c = 0; c < threshold.length; c++) {
        p[c] += threshold[c];
        p[alias[c]] += k - threshold[c];
      }
      return p;
    }

    int draw(SplitMix64 rng) {
      int column = (int) rng.nextLong(threshold.length);
      return rng.nextLong(k) < threshold[column] ? column : alias[column];
    }
  }
}
