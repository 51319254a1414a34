package org.conflictstats.io.csv;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The keys of the last {@code capacity} reports a {@link ReportWindow} emitted, oldest first, each
 * with the number of reports it made (2 once a row came back after the window, and so on): a ring
 * of keys with an open-addressing index (linear probing, deletion by backward shift), so that
 * remembering a key costs no entry object. Not thread-safe.
 */
final class ClosedKeys {

  private final int capacity;
  private final ReportKey[] ring;
  private int head;
  private int size;
  private ReportKey[] keys;
  private int[] counts;

  ClosedKeys(int capacity) {
    this.capacity = capacity;
    this.ring = new ReportKey[Math.max(1, capacity)];
    int slots = Integer.highestOneBit(Math.max(2, capacity) * 2 - 1) << 1;
    this.keys = new ReportKey[slots];
    this.counts = new int[slots];
  }

  /** The number of reports the key made, or 0 when it is not remembered. */
  int count(ReportKey key) {
    int i = find(key);
    return i < 0 ? 0 : counts[i];
  }

  /** Remembers that the key made {@code n} reports (a key remembered keeps its place in order). */
  void put(ReportKey key, int n) {
    if (capacity == 0) {
      return;
    }
    int i = find(key);
    if (i >= 0) {
      counts[i] = Math.max(counts[i], n);
      return;
    }
    if (size == capacity) {
      ReportKey eldest = ring[head];
      ring[head] = null;
      head = (head + 1) % capacity;
      size--;
      delete(eldest);
    }
    ring[(head + size) % capacity] = key;
    size++;
    int mask = keys.length - 1;
    int slot = key.hashCode() & mask;
    while (keys[slot] != null) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    counts[slot] = n;
  }

  /** The remembered keys, oldest first, with their counts. */
  Map<ReportKey, Integer> inOrder() {
    Map<ReportKey, Integer> out = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      ReportKey k = ring[(head + i) % capacity];
      out.put(k, counts[find(k)]);
    }
    return out;
  }

  /** The remembered instance of the key (with what its first report emitted), or null. */
  ReportKey stored(ReportKey key) {
    int i = find(key);
    return i < 0 ? null : keys[i];
  }

  private int find(ReportKey key) {
    int mask = keys.length - 1;
    for (int i = key.hashCode() & mask; ; i = (i + 1) & mask) {
      ReportKey k = keys[i];
      if (k == null) {
        return -1;
      }
      if (k.equals(key)) {
        return i;
      }
    }
  }

  private void delete(ReportKey key) {
    int mask = keys.length - 1;
    int hole = find(key);
    int j = hole;
    while (true) {
      j = (j + 1) & mask;
      ReportKey next = keys[j];
      if (next == null) {
        break;
      }
      int home = next.hashCode() & mask;
      boolean between = hole <= j ? (home > hole && home <= j) : (home > hole || home <= j);
      if (!between) {
        keys[hole] = next;
        counts[hole] = counts[j];
        hole = j;
      }
    }
    keys[hole] = null;
    counts[hole] = 0;
  }
}
