package org.conflictstats.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The clusters of one group as a multiset of (launched, neutralised, destroyed) triples, in
 * canonical order (ascending by launched, then neutralised, then destroyed), with multiplicities:
 * what the {@linkplain PercentileBootstrap bootstrap} resamples. Two groups with the same clusters
 * have equal samples, whatever order the clusters arrived in and however they were merged.
 *
 * <p>Immutable; 16 bytes per distinct triple (packed, see {@link ClusterValues}).
 */
final class ClusterSample {

  static final Comparator<ClusterValues.Wide> WIDE_ORDER =
      Comparator.comparingLong(ClusterValues.Wide::n)
          .thenComparingLong(ClusterValues.Wide::yNeutralised)
          .thenComparingLong(ClusterValues.Wide::yDestroyed);

  private final long[] packed;
  private final long[] packedCounts;
  private final ClusterValues.Wide[] wide;
  private final long[] wideCounts;

  ClusterSample(long[] packed, long[] packedCounts, ClusterValues.Wide[] wide, long[] wideCounts) {
    this.packed = packed;
    this.packedCounts = packedCounts;
    this.wide = wide;
    this.wideCounts = wideCounts;
  }

  /** How many distinct triples. */
  int distinct() {
    return packed.length + wide.length;
  }

  /** The launched of the {@code i}-th distinct triple, in canonical order. */
  long n(int i) {
    return i < packed.length ? ClusterValues.n(packed[i]) : wide[i - packed.length].n();
  }

  /** The neutralised or destroyed of the {@code i}-th distinct triple. */
  long y(int i, RateKind kind) {
    if (i < packed.length) {
      return kind == RateKind.KINETIC
          ? ClusterValues.yDestroyed(packed[i]) : ClusterValues.yNeutralised(packed[i]);
    }
    ClusterValues.Wide w = wide[i - packed.length];
    return kind == RateKind.KINETIC ? w.yDestroyed() : w.yNeutralised();
  }

  /** How many clusters have the {@code i}-th distinct triple. */
  long count(int i) {
    return i < packed.length ? packedCounts[i] : wideCounts[i - packed.length];
  }

  /** How many clusters in all. */
  long clusters() {
    long k = 0;
    for (int i = 0; i < distinct(); i++) {
      k = Math.addExact(k, count(i));
    }
    return k;
  }

  /** The union of two samples (multiplicities add), merged in one pass over both orders. */
  ClusterSample plus(ClusterSample other) {
    long[] keys = new long[packed.length + other.packed.length];
    long[] counts = new long[keys.length];
    int size = 0;
    int i = 0;
    int j = 0;
    while (i < packed.length || j < other.packed.length) {
      if (j == other.packed.length || i < packed.length && packed[i] < other.packed[j]) {
        keys[size] = packed[i];
        counts[size++] = packedCounts[i++];
      } else if (i == packed.length || other.packed[j] < packed[i]) {
        keys[size] = other.packed[j];
        counts[size++] = other.packedCounts[j++];
      } else {
        keys[size] = packed[i];
        counts[size++] = Math.addExact(packedCounts[i++], other.packedCounts[j++]);
      }
    }
    ClusterValues.Wide[] big = new ClusterValues.Wide[wide.length + other.wide.length];
    long[] bigCounts = new long[big.length];
    int bigSize = 0;
    i = 0;
    j = 0;
    while (i < wide.length || j < other.wide.length) {
      int c = i == wide.length ? 1
          : j == other.wide.length ? -1 : WIDE_ORDER.compare(wide[i], other.wide[j]);
      if (c < 0) {
        big[bigSize] = wide[i];
        bigCounts[bigSize++] = wideCounts[i++];
      } else if (c > 0) {
        big[bigSize] = other.wide[j];
        bigCounts[bigSize++] = other.wideCounts[j++];
      } else {
        big[bigSize] = wide[i];
        bigCounts[bigSize++] = Math.addExact(wideCounts[i++], other.wideCounts[j++]);
      }
    }
    return new ClusterSample(Arrays.copyOf(keys, size), Arrays.copyOf(counts, size),
        Arrays.copyOf(big, bigSize), Arrays.copyOf(bigCounts, bigSize));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClusterSample s && Arrays.equals(s.packed, packed)
        && Arrays.equals(s.packedCounts, packedCounts) && Arrays.equals(s.wide, wide)
        && Arrays.equals(s.wideCounts, wideCounts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(packed) * 31 + Arrays.hashCode(packedCounts);
  }

  @Override
  public String toString() {
    return "ClusterSample{" + distinct() + " distinct of " + clusters() + " clusters}";
  }
}
