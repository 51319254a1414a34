package org.conflictstats.io;

/**
 * The report keys of one part of a read, for the one question a part asks while it reads: is this
 * key earlier in the part? The keys themselves are in the part's {@link SeenReports}; this is an
 * open-addressing table of positions in it, 4 bytes a slot and at most half full, so about 8 to 16
 * bytes a key (an {@link IdentityIndex}, which keeps each key's hashes, lines and location again,
 * took 43 to 85). A part lives until its merge, and what it holds is what a large read's young
 * collections copy. Not thread-safe.
 *
 * <pre>{@code
 * PartKeys keys = new PartKeys(seen);
 * keys.addIfAbsent(fp.keyHigh(), fp.keyLow(), seen.size());  // true: first in the part
 * seen.add(fp, key, at, where, counted, 0);                   // position seen.size() - 1
 * }</pre>
 */
final class PartKeys {

  private final SeenReports seen;
  /** Each slot a position in {@link #seen} plus one; 0 marks an empty slot. */
  private int[] slots = new int[64];
  private int size;

  PartKeys(SeenReports seen) {
    this.seen = seen;
  }

  /**
   * Whether no report of the key was added before; if none was, adds the key as that of the report
   * the part's {@link SeenReports} gets next, at {@code position}.
   *
   * @param keyHigh the first 64 bits of the key's hash
   * @param keyLow the last 64 bits
   * @param position where the report will be in the part's {@code SeenReports}
   * @return {@code true} if the key is new to the part (and is now added)
   */
  boolean addIfAbsent(long keyHigh, long keyLow, int position) {
    if (2 * (size + 1) > slots.length) {
      grow();
    }
    int mask = slots.length - 1;
    for (int i = slot(keyHigh, keyLow) & mask; ; i = (i + 1) & mask) {
      int p = slots[i] - 1;
      if (p < 0) {
        slots[i] = position + 1;
        size++;
        return true;
      }
      if (seen.keyHigh(p) == keyHigh && seen.keyLow(p) == keyLow) {
        return false;
      }
    }
  }

  /** The columns whose positions this table holds. */
  SeenReports seen() {
    return seen;
  }

  /** Forgets every key and keeps the table, for the next part (with its cleared {@code seen}). */
  void clear() {
    java.util.Arrays.fill(slots, 0);
    size = 0;
  }

  /** How many keys the part holds. */
  int size() {
    return size;
  }

  private void grow() {
    int[] old = slots;
    slots = new int[old.length * 2];
    int mask = slots.length - 1;
    for (int s : old) {
      if (s != 0) {
        int i = slot(seen.keyHigh(s - 1), seen.keyLow(s - 1)) & mask;
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = s;
      }
    }
  }

  /** The key hashes are a mixed 128-bit hash already: their low bits make a slot. */
  private static int slot(long keyHigh, long keyLow) {
    long h = keyHigh ^ keyLow;
    return (int) (h ^ (h >>> 32));
  }
}
