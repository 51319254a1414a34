package org.conflictstats.io.csv;

import java.util.Arrays;

/**
 * A small cache from UTF-8 byte strings to values (weapons by model name, regions, sources), so that a
 * name read a million times is resolved once. Bounded: when full it starts again empty, so memory stays
 * fixed and a file of many distinct names is only slower, never wrong. Not thread-safe.
 *
 * @param <V> the values
 */
final class NameCache<V> {

  private final int capacity;
  private byte[][] keys;
  private int[] hashes;
  private Object[] values;
  private int size;

  NameCache(int capacity) {
    this.capacity = capacity;
    int slots = Integer.highestOneBit(capacity * 2 - 1) << 1;
    this.keys = new byte[slots][];
    this.hashes = new int[slots];
    this.values = new Object[slots];
  }

  /** The value of the bytes {@code b[s, e)}, or {@code null}. */
  @SuppressWarnings("unchecked")
  V get(byte[] b, int s, int e) {
    int h = hash(b, s, e);
    int mask = keys.length - 1;
    for (int i = h & mask; ; i = (i + 1) & mask) {
      byte[] k = keys[i];
      if (k == null) {
        return null;
      }
      if (hashes[i] == h && Arrays.equals(k, 0, k.length, b, s, e)) {
        return (V) values[i];
      }
    }
  }

  /** Remembers the value of the bytes {@code b[s, e)}. */
  void put(byte[] b, int s, int e, V value) {
    if (size >= capacity) {
      Arrays.fill(keys, null);
      Arrays.fill(values, null);
      size = 0;
    }
    int h = hash(b, s, e);
    int mask = keys.length - 1;
    int i = h & mask;
    while (keys[i] != null) {
      if (hashes[i] == h && Arrays.equals(keys[i], 0, keys[i].length, b, s, e)) {
        values[i] = value;
        return;
      }
      i = (i + 1) & mask;
    }
    keys[i] = Arrays.copyOfRange(b, s, e);
    hashes[i] = h;
    values[i] = value;
    size++;
  }

  static int hash(byte[] b, int s, int e) {
    int h = 1;
    for (int i = s; i < e; i++) {
      h = 31 * h + b[i];
    }
    return h ^ (h >>> 16);
  }
}
