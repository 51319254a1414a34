package org.conflictstats.stats;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The values of a group's clusters, kept for the bootstrap: a multiset of (launched, neutralised,
 * destroyed) triples with their multiplicities. Mutable and not thread-safe; {@link #snapshot()}
 * gives the immutable, canonically ordered {@link ClusterSample}.
 *
 * <p>Memory grows with the number of <em>distinct</em> triples, not with the number of clusters:
 * clusters with the same figures share one entry and a count. A triple whose launched is below
 * 2<sup>21</sup> (every report of the real data) is packed into one {@code long} (21 bits per
 * figure; neutralised and destroyed never exceed launched) in an open-addressing table with a
 * {@code long} count: 16 bytes per slot, at most three quarters full, so about 21 to 43 bytes per
 * distinct triple. Larger triples go to a small map.
 */
final class ClusterValues {

  static final int BITS = 21;
  static final long MAX_PACKED = (1L << BITS) - 1;
  private static final long MASK = MAX_PACKED;

  /** A triple too large to pack. */
  record Wide(long n, long yNeutralised, long yDestroyed) {}

  private long[] keys = new long[16]; // 0 marks an empty slot: a packed key has n >= 1
  private long[] counts = new long[16];
  private int size;
  private Map<Wide, Long> wide;

  /** Adds {@code times} clusters with these figures ({@code n >= 1}, {@code y <= n}). */
  void add(long n, long yNeutralised, long yDestroyed, long times) {
    if (n <= MAX_PACKED) {
      addPacked(pack(n, yNeutralised, yDestroyed), times);
    } else {
      if (wide == null) {
        wide = new HashMap<>();
      }
      wide.merge(new Wide(n, yNeutralised, yDestroyed), times, Math::addExact);
    }
  }

  void addAll(ClusterValues other) {
    // room first: keys visited in the order of other's slots and put into a smaller table land
    // run upon run (the slots of both take the same bits), and the probes grow with the keys
    while ((size + other.size) * 4L > keys.length * 3L) {
      grow();
    }
    for (int i = 0; i < other.keys.length; i++) {
      if (other.keys[i] != 0) {
        addPacked(other.keys[i], other.counts[i]);
      }
    }
    if (other.wide != null) {
      other.wide.forEach((w, c) -> add(w.n(), w.yNeutralised(), w.yDestroyed(), c));
    }
  }

  void addAll(ClusterSample sample) {
    for (int i = 0; i < sample.distinct(); i++) {
      add(sample.n(i), sample.y(i, RateKind.NEUTRALISATION), sample.y(i, RateKind.KINETIC),
          sample.count(i));
    }
  }

  ClusterValues copy() {
    ClusterValues c = new ClusterValues();
    c.keys = keys.clone();
    c.counts = counts.clone();
    c.size = size;
    c.wide = wide == null ? null : new HashMap<>(wide);
    return c;
  }

  /** Returns the immutable sample, in canonical order: ascending by (n, neutralised, destroyed). */
  ClusterSample snapshot() {
    long[] packed = new long[size];
    int j = 0;
    for (long k : keys) {
      if (k != 0) {
        packed[j++] = k;
      }
    }
    Arrays.sort(packed); // the packing keeps the lexicographic order of the triples
    long[] packedCounts = new long[size];
    for (int i = 0; i < size; i++) {
      packedCounts[i] = counts[slot(packed[i])];
    }
    Wide[] big = wide == null ? new Wide[0] : wide.keySet().toArray(new Wide[0]);
    Arrays.sort(big, ClusterSample.WIDE_ORDER);
    long[] bigCounts = new long[big.length];
    for (int i = 0; i < big.length; i++) {
      bigCounts[i] = wide.get(big[i]);
    }
    return new ClusterSample(packed, packedCounts, big, bigCounts);
  }

  static long pack(long n, long yNeutralised, long yDestroyed) {
    return n << (2 * BITS) | yNeutralised << BITS | yDestroyed;
  }

  static long n(long packed) {
    return packed >>> (2 * BITS);
  }

  static long yNeutralised(long packed) {
    return (packed >>> BITS) & MASK;
  }

  static long yDestroyed(long packed) {
    return packed & MASK;
  }

  private void addPacked(long key, long times) {
    int at = slot(key);
    if (keys[at] == key) {
      counts[at] = Math.addExact(counts[at], times);
      return;
    }
    keys[at] = key;
    counts[at] = times;
    size++;
    if (size * 4L > keys.length * 3L) {
      grow();
    }
  }

  /** The slot holding {@code key}, or the empty slot where it goes. */
  private int slot(long key) {
    int mask = keys.length - 1;
    int at = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    while (keys[at] != 0 && keys[at] != key) {
      at = (at + 1) & mask;
    }
    return at;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldCounts = counts;
    keys = new long[oldKeys.length * 2];
    counts = new long[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int at = slot(oldKeys[i]);
        keys[at] = oldKeys[i];
        counts[at] = oldCounts[i];
      }
    }
  }
}
