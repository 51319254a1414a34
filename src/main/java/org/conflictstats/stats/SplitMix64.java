package org.conflictstats.stats;

/**
 * The SplitMix64 generator (Steele, Lea and Flood, "Fast splittable pseudorandom number generators",
 * OOPSLA 2014; the finaliser constants of Vigna's reference {@code splitmix64.c}), written out so that
 * the bootstrap draws the same numbers on every machine and every JDK: {@code java.util.Random} and
 * {@code SplittableRandom} do not promise their algorithm across versions, this class does.
 *
 * <p>Bounded draws use Lemire's multiply-and-reject method ("Fast random integer generation in an
 * interval", ACM TOMACS 2019): exactly uniform, one multiplication in the usual case.
 *
 * <p>Mutable and not thread-safe.
 */
final class SplitMix64 {

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private long state;

  SplitMix64(long seed) {
    this.state = seed;
  }

  /** Returns the next 64 random bits. */
  long nextLong() {
    long z = state += GOLDEN_GAMMA;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * Returns a uniform integer in {@code [0, bound)}.
   *
   * @param bound at least 1
   */
  long nextLong(long bound) {
    long x = nextLong();
    long low = x * bound;
    if (Long.compareUnsigned(low, bound) < 0) {
      long threshold = Long.remainderUnsigned(-bound, bound);
      while (Long.compareUnsigned(low, threshold) < 0) {
        x = nextLong();
        low = x * bound;
      }
    }
    return unsignedMultiplyHigh(x, bound);
  }

  /** The high 64 bits of the unsigned product of {@code x} and a positive {@code bound}. */
  private static long unsignedMultiplyHigh(long x, long bound) {
    return Math.multiplyHigh(x, bound) + ((x >> 63) & bound);
  }
}
