package org.conflictstats.stats;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Arrays;

/**
 * The exact sums the clustered interval (DOMAIN.md §4b) is computed from, for one group: how many
 * clusters (reports, by default) have rated lines, and over those clusters, with {@code n} a
 * cluster's launched and {@code y} its neutralised (or destroyed) weapons summed over its rated
 * lines, the sums of {@code n}, {@code y}, {@code n²}, {@code n·y} and {@code y²} for both rates.
 *
 * <p>Squares and products are summed as unsigned 128-bit integers (a pair of {@code long}s, the high
 * word from {@link Math#multiplyHigh}), so the sums are exact and adding them is exactly associative
 * and commutative: clusters can be folded in any order, on any thread, and merged in any grouping.
 * A sum beyond 2<sup>127</sup> − 1 throws {@link ArithmeticException}, as every other sum of the
 * library does (with clusters of fewer than 2<sup>31</sup> weapons it would take more than
 * 2<sup>65</sup> clusters).
 *
 * <p>The layout of the {@code long[]} is shared with {@link ClusterAccumulator}. Instances are
 * immutable.
 */
final class ClusterMoments {

  /** Clusters with at least one rated line. */
  static final int CLUSTERS = 0;
  /** Rated lines added with their cluster. */
  static final int LINES = 1;
  static final int N = 2;
  static final int Y_NEUTRALISED = 3;
  static final int Y_DESTROYED = 4;
  // 128-bit sums: high word at the index, low word at index + 1
  static final int NN = 5;
  static final int NY_NEUTRALISED = 7;
  static final int YY_NEUTRALISED = 9;
  static final int NY_DESTROYED = 11;
  static final int YY_DESTROYED = 13;
  static final int SIZE = 15;

  static final ClusterMoments EMPTY = new ClusterMoments(new long[SIZE]);

  private final long[] m;

  /** Takes ownership of the array. */
  ClusterMoments(long[] m) {
    this.m = m;
  }

  long clusters() {
    return m[CLUSTERS];
  }

  long lines() {
    return m[LINES];
  }

  long launched() {
    return m[N];
  }

  long[] sums() {
    return m;
  }

  ClusterMoments plus(ClusterMoments other) {
    long[] s = m.clone();
    addInto(s, other.m);
    return new ClusterMoments(s);
  }

  /** Adds one cluster, with its launched {@code n > 0} and successes, to the sums in place. */
  static void fold(long[] m, long n, long yNeutralised, long yDestroyed) {
    m[CLUSTERS] = Math.addExact(m[CLUSTERS], 1);
    m[N] = Math.addExact(m[N], n);
    m[Y_NEUTRALISED] = Math.addExact(m[Y_NEUTRALISED], yNeutralised);
    m[Y_DESTROYED] = Math.addExact(m[Y_DESTROYED], yDestroyed);
    addProduct(m, NN, n, n);
    addProduct(m, NY_NEUTRALISED, n, yNeutralised);
    addProduct(m, YY_NEUTRALISED, yNeutralised, yNeutralised);
    addProduct(m, NY_DESTROYED, n, yDestroyed);
    addProduct(m, YY_DESTROYED, yDestroyed, yDestroyed);
  }

  /** Adds every sum of {@code from} into {@code into}, exactly. */
  static void addInto(long[] into, long[] from) {
    for (int i = 0; i < NN; i++) {
      into[i] = Math.addExact(into[i], from[i]);
    }
    for (int i = NN; i < SIZE; i += 2) {
      add128(into, i, from[i], from[i + 1]);
    }
  }

  /** Adds {@code a * b}, both non-negative, to the 128-bit sum at {@code at}. */
  private static void addProduct(long[] m, int at, long a, long b) {
    add128(m, at, Math.multiplyHigh(a, b), a * b);
  }

  /** Adds the unsigned 128-bit {@code (hi, lo)} to the sum at {@code at}; throws past 2^127. */
  private static void add128(long[] m, int at, long hi, long lo) {
    long oldLo = m[at + 1];
    long newLo = oldLo + lo;
    long carry = Long.compareUnsigned(newLo, oldLo) < 0 ? 1 : 0;
    long newHi = m[at] + hi + carry;
    if (newHi < 0) { // both addends are below 2^63, so an overflow shows as the sign
      throw new ArithmeticException("cluster sum overflows 127 bits");
    }
    m[at] = newHi;
    m[at + 1] = newLo;
  }

  static BigInteger big(long[] m, int at) {
    long lo = m[at + 1];
    BigInteger low = BigInteger.valueOf(lo & Long.MAX_VALUE);
    if (lo < 0) {
      low = low.setBit(63);
    }
    return BigInteger.valueOf(m[at]).shiftLeft(64).or(low);
  }

  /**
   * Returns {@code Q = Σ (N·y_i − Y·n_i)² = N²·Σy² − 2·N·Y·Σny + Y²·Σn²}, exactly: the numerator of
   * the linearised variance, {@code V = k/(k−1) · Q / N⁴}.
   */
  BigInteger spread(RateKind kind) {
    boolean kinetic = kind == RateKind.KINETIC;
    BigInteger n = BigInteger.valueOf(m[N]);
    BigInteger y = BigInteger.valueOf(kinetic ? m[Y_DESTROYED] : m[Y_NEUTRALISED]);
    BigInteger syy = big(m, kinetic ? YY_DESTROYED : YY_NEUTRALISED);
    BigInteger sny = big(m, kinetic ? NY_DESTROYED : NY_NEUTRALISED);
    BigInteger snn = big(m, NN);
    return n.multiply(n).multiply(syy)
        .subtract(n.multiply(y).multiply(sny).shiftLeft(1))
        .add(y.multiply(y).multiply(snn));
  }

  /**
   * Returns the effective number of trials of DOMAIN.md §4b: {@code min(N, R(1 − R)/V)} when
   * {@code V > 0}, else {@code N}. With {@code R = Y/N} and {@code V = k/(k−1) · Q/N⁴} this is
   * {@code Y(N − Y)N²(k − 1) / (kQ)}, computed from exact integers and rounded once.
   *
   * @throws IllegalStateException with fewer than two clusters
   */
  double effectiveTrials(RateKind kind) {
    long k = m[CLUSTERS];
    if (k < 2) {
      throw new IllegalStateException("fewer than two clusters: " + k);
    }
    long total = m[N];
    BigInteger q = spread(kind);
    if (q.signum() == 0) {
      return total;
    }
    long y = kind == RateKind.KINETIC ? m[Y_DESTROYED] : m[Y_NEUTRALISED];
    BigInteger n = BigInteger.valueOf(total);
    BigInteger numerator = BigInteger.valueOf(y).multiply(BigInteger.valueOf(total - y))
        .multiply(n).multiply(n).multiply(BigInteger.valueOf(k - 1));
    BigInteger denominator = BigInteger.valueOf(k).multiply(q);
    if (numerator.compareTo(n.multiply(denominator)) >= 0) {
      return total; // R(1 − R)/V >= N: a design effect below one is not believed
    }
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL128)
        .doubleValue();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClusterMoments c && Arrays.equals(c.m, m);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(m);
  }

  @Override
  public String toString() {
    return "ClusterMoments" + Arrays.toString(m);
  }
}
