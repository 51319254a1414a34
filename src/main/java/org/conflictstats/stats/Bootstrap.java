package org.conflictstats.stats;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The settings of the percentile bootstrap over reports ({@link IntervalMethod#BOOTSTRAP}): how many
 * replicates, and the seed of the generator. The same input, settings and level give the same
 * interval on every machine and every JDK, and whether the table was built sequentially or on a
 * parallel stream.
 *
 * <pre>{@code
 * StatsTable t = StatsQuery.groupBy(Dimension.MONTH, Dimension.WEAPON)
 *     .withBootstrap(Bootstrap.of(5_000, 7))
 *     .run(reports);
 * Bootstrap.standard(); // 2,000 replicates, seed 42
 * }</pre>
 *
 * <h2>What it computes</h2>
 * For one group with {@code k} clusters (reports by default, see {@link ClusterUnit}), each with
 * its launched {@code n_i} and neutralised (or destroyed) {@code y_i} over its rated lines: each
 * replicate draws {@code k} clusters with replacement, uniformly, and takes
 * {@code Σ y* / Σ n*}; the interval is the {@code (1 − level)/2} and {@code (1 + level)/2}
 * quantiles of the replicates, interpolated linearly between order statistics (Hyndman and Fan's
 * definition 7, the default of R and NumPy). With fewer than two clusters there is no spread to
 * resample: the interval is not estimable. A percentile interval need not contain the point rate
 * when the replicates are skewed.
 *
 * <h2>Why it is the same everywhere</h2>
 * The clusters are resampled from their <em>multiset</em> of values, sorted into a canonical order
 * (ascending launched, then neutralised, then destroyed), never in the order they arrived: the
 * order of the input, the partition of a parallel stream and the order of merges cannot change
 * it. Draws come from {@code SplitMix64} seeded with {@link #seed()}, written out in this library,
 * with Lemire's exact bounded draws: a uniform position in the canonical list of the group's
 * clusters (above 4,194,304 clusters, Walker's alias method built with integer arithmetic, as
 * exact); the ratios are exact {@code long} sums divided once. Every group starts from the same
 * seed, so a group's interval depends on its own clusters only. A test holds the library to an
 * independent implementation of the same algorithm, to the last bit.
 *
 * <h2>Cost, per group</h2>
 * <ul>
 *   <li>Memory while aggregating and in the finished table: one entry per <em>distinct</em>
 *       (launched, neutralised, destroyed) triple of the group's clusters, about 16 to 43 bytes
 *       each; at most one per (report, group) pair. The real 2026 file has 1,906 reports; a
 *       generated file of 10,000,000 rows (5.8 million reports) grouped by month and weapon has
 *       2.1 million distinct triples in all. Only a query that asks for the bootstrap keeps them.
 *   <li>Time when the interval is computed: {@code replicates × k} draws of one 64-bit number
 *       (two above 4,194,304 clusters), each a few nanoseconds, plus sorting the replicates:
 *       {@code O(replicates × (k + log replicates))}. 2,000 replicates of a month of national
 *       Shahed lines (30 reports) take well under a millisecond; of a group of 100,000 reports,
 *       about a second. Each call computes it again; the memory it takes is transient: the
 *       replicates (8 bytes each) and, when clusters share figures, a list of 4 bytes per cluster.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param replicates how many resamples, from {@value #MIN_REPLICATES} to {@value #MAX_REPLICATES}
 * @param seed the seed of the generator; any {@code long}
 */
public record Bootstrap(int replicates, long seed) {

  /** The fewest replicates allowed. */
  public static final int MIN_REPLICATES = 100;
  /** The most replicates allowed. */
  public static final int MAX_REPLICATES = 1_000_000;
  /** The default number of replicates. */
  public static final int DEFAULT_REPLICATES = 2_000;
  /** The default seed. */
  public static final long DEFAULT_SEED = 42;

  private static final Bootstrap STANDARD = new Bootstrap(DEFAULT_REPLICATES, DEFAULT_SEED);

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if {@code replicates} is outside
   *     [{@value #MIN_REPLICATES}, {@value #MAX_REPLICATES}]
   */
  public Bootstrap {
    checkArgument(replicates >= MIN_REPLICATES && replicates <= MAX_REPLICATES,
        "replicates must be between %s and %s: %s", MIN_REPLICATES, MAX_REPLICATES, replicates);
  }

  /**
   * Returns the default settings: 2,000 replicates, seed 42.
   *
   * @return the default settings
   */
  public static Bootstrap standard() {
    return STANDARD;
  }

  /**
   * Returns the given settings.
   *
   * @param replicates how many resamples, from {@value #MIN_REPLICATES} to
   *     {@value #MAX_REPLICATES}
   * @param seed the seed
   * @return the settings
   * @throws IllegalArgumentException if {@code replicates} is out of range
   */
  public static Bootstrap of(int replicates, long seed) {
    return new Bootstrap(replicates, seed);
  }

  /**
   * Returns a copy with another number of replicates.
   *
   * @param newReplicates how many resamples
   * @return the copy
   * @throws IllegalArgumentException if out of range
   */
  public Bootstrap withReplicates(int newReplicates) {
    return new Bootstrap(newReplicates, seed);
  }

  /**
   * Returns a copy with another seed.
   *
   * @param newSeed the seed
   * @return the copy
   */
  public Bootstrap withSeed(long newSeed) {
    return new Bootstrap(replicates, newSeed);
  }
}
