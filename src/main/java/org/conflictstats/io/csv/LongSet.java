package org.conflictstats.io.csv;

/** A set of {@code long}s (open addressing, no boxing), for key hashes. Not thread-safe. */
final class LongSet {

  private static final long EMPTY = 0;

  private long[] slots = new long[256];
  private boolean hasZero;
  private int size;

  /**
   * Adds a value, in one walk of its probe chain.
   *
   * @return whether the set did not hold it
   */
  boolean add(long v) {
    if (v == EMPTY) {
      if (hasZero) {
        return false;
      }
      hasZero = true;
      size++;
      return true;
    }
    if ((size + 1) * 2 > slots.length) {
      grow();
    }
    if (insert(slots, v)) {
      size++;
      return true;
    }
    return false;
  }

  boolean contains(long v) {
    if (v == EMPTY) {
      return hasZero;
    }
    int mask = slots.length - 1;
    for (int i = mix(v) & mask; ; i = (i + 1) & mask) {
      long s = slots[i];
      if (s == v) {
        return true;
      }
      if (s == EMPTY) {
        return false;
      }
    }
  }

  int size() {
    return size;
  }

  private static boolean insert(long[] table, long v) {
    int mask = table.length - 1;
    for (int i = mix(v) & mask; ; i = (i + 1) & mask) {
      long s = table[i];
      if (s == v) {
        return false;
      }
      if (s == EMPTY) {
        table[i] = v;
        return true;
      }
    }
  }

  private void grow() {
    long[] bigger = new long[slots.length * 2];
    for (long s : slots) {
      if (s != EMPTY) {
        insert(bigger, s);
      }
    }
    slots = bigger;
  }

  private static int mix(long v) {
    long h = v * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
