package org.conflictstats.io;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The report identity index of {@link DistinctReports}: for each distinct report key (its 128-bit
 * hash), the versions of its lines seen (the 64-bit hash of each) in order of first appearance,
 * each with where it first appeared (the input's ordinal and the line). Primitive open addressing:
 * four {@code long}s (32 bytes) a slot, the table kept between 3/8 and 3/4 full, so 43 to 85 bytes
 * a key; a key with more than one version keeps its later versions in a side map, about 100 bytes
 * more. Not thread-safe: readers may share it while nobody writes.
 *
 * <p>Each index mixes the key hash with a salt of its own before taking a slot. Without it, visiting
 * one index slot by slot and inserting into another ({@link DistinctReports} joins each input's
 * index to the settled one so) hands the second index its keys in the order of its own slots:
 * linear probing then builds one cluster as long as the index, and joining 5 million keys took
 * minutes instead of a second.
 */
final class IdentityIndex {

  /** Set in {@code where} when the key has more versions in the side map. */
  private static final long MORE = Long.MIN_VALUE;
  private static final long LINE_BITS = 48;
  /** The most inputs a location can name. */
  static final int MAX_INPUTS = 1 << 15;

  private long[] hi;
  private long[] lo;
  private long[] lines;
  /** Where the first version first appeared; 0 marks an empty slot. */
  private long[] where;
  private int mask;
  private int size;
  /** Slots looked at beyond a key's own by {@link #insert}. */
  private long probes;
  /** Versions after the first: (lines, where) pairs, by key. */
  private final Map<Key, long[]> more = new HashMap<>();

  private record Key(long hi, long lo) {}

  /** Salts for new indexes: consecutive values of a Weyl sequence, each mixed again. */
  private static final java.util.concurrent.atomic.AtomicLong SALTS =
      new java.util.concurrent.atomic.AtomicLong(0x2545F4914F6CDD1DL);
  private final long salt = mix(SALTS.addAndGet(0x9E3779B97F4A7C15L));

  IdentityIndex() {
    this(16);
  }

  IdentityIndex(int capacity) {
    int n = Integer.highestOneBit(Math.max(16, capacity * 2 - 1));
    hi = new long[n];
    lo = new long[n];
    lines = new long[n];
    where = new long[n];
    mask = n - 1;
  }

  /** A location: an input's ordinal and a line; never 0. */
  static long where(int input, long line) {
    if (input < 0 || input >= MAX_INPUTS) {
      throw new IllegalArgumentException("at most " + MAX_INPUTS + " inputs: " + input);
    }
    if (line < 1 || line >= 1L << LINE_BITS) {
      throw new IllegalArgumentException("line out of range: " + line);
    }
    return (long) input << LINE_BITS | line;
  }

  static int input(long where) {
    return (int) ((where & ~MORE) >>> LINE_BITS);
  }

  static long line(long where) {
    return where & ((1L << LINE_BITS) - 1);
  }

  int size() {
    return size;
  }

  /** The slot of a key, or -1. */
  int find(long h, long l) {
    int i = slot(h, l);
    while (where[i] != 0) {
      if (hi[i] == h && lo[i] == l) {
        return i;
      }
      i = (i + 1) & mask;
    }
    return -1;
  }

  /**
   * Adds a key with its first version unless the index has it, in one walk of its probe chain (a
   * look-up then an insert would walk it twice): the common case, a key seen for the first time.
   *
   * @return the key's slot when the index had it, else {@code -1 - slot} of the key just added
   */
  int findOrInsert(long h, long l, long firstLines, long firstWhere) {
    if (size + 1 > (mask + 1) / 4 * 3) {
      grow();
    }
    int i = slot(h, l);
    int start = i;
    while (where[i] != 0) {
      if (hi[i] == h && lo[i] == l) {
        return i;
      }
      i = (i + 1) & mask;
    }
    probes += (i - start) & mask;
    hi[i] = h;
    lo[i] = l;
    lines[i] = firstLines;
    where[i] = firstWhere;
    size++;
    return -1 - i;
  }

  /** Adds a key that is not in the index, with its first version; returns its slot. */
  int insert(long h, long l, long firstLines, long firstWhere) {
    int r = findOrInsert(h, l, firstLines, firstWhere);
    if (r >= 0) {
      throw new IllegalStateException("the key is in the index already");
    }
    return -1 - r;
  }

  /** How many versions the key of a slot has. */
  int versions(int slot) {
    return where[slot] >= 0 ? 1 : 1 + more.get(new Key(hi[slot], lo[slot])).length / 2;
  }

  /** The lines hash of the {@code v}-th version (0 the first). */
  long versionLines(int slot, int v) {
    return v == 0 ? lines[slot] : more.get(new Key(hi[slot], lo[slot]))[2 * (v - 1)];
  }

  /** Where the {@code v}-th version first appeared. */
  long versionWhere(int slot, int v) {
    return v == 0 ? where[slot] & ~MORE : more.get(new Key(hi[slot], lo[slot]))[2 * (v - 1) + 1];
  }

  /** The version of a slot with these lines, or -1. */
  int versionOf(int slot, long hash) {
    if (lines[slot] == hash) {
      return 0;
    }
    if (where[slot] >= 0) {
      return -1;
    }
    long[] m = more.get(new Key(hi[slot], lo[slot]));
    for (int k = 0; k < m.length; k += 2) {
      if (m[k] == hash) {
        return k / 2 + 1;
      }
    }
    return -1;
  }

  /** Adds a version to a slot's key (an array copied each time: revisions are rare). */
  void addVersion(int slot, long hash, long first) {
    Key k = new Key(hi[slot], lo[slot]);
    long[] m = where[slot] < 0 ? more.get(k) : new long[0];
    m = Arrays.copyOf(m, m.length + 2);
    m[m.length - 2] = hash;
    m[m.length - 1] = first;
    more.put(k, m);
    where[slot] |= MORE;
  }

  /** Receives the keys of an index with their versions. */
  interface Visitor {
    void key(long hi, long lo, IdentityIndex index, int slot);
  }

  /** Visits every key (in no particular order). */
  void forEach(Visitor v) {
    for (int i = 0; i <= mask; i++) {
      if (where[i] != 0) {
        v.key(hi[i], lo[i], this, i);
      }
    }
  }

  /** Empties the index, keeping its capacity up to a point. */
  void clear() {
    if (mask + 1 > 1 << 16) {
      int n = 16;
      hi = new long[n];
      lo = new long[n];
      lines = new long[n];
      where = new long[n];
      mask = n - 1;
    } else {
      Arrays.fill(where, 0);
    }
    more.clear();
    size = 0;
  }

  /** The slots looked at beyond a key's own by the inserts so far: what the inserts cost. */
  long probes() {
    return probes;
  }

  /**
   * Makes room for {@code n} keys in all, so that adding that many does not grow the table.
   *
   * @param n the keys the index will hold
   */
  void ensureCapacity(int n) {
    while (n > (mask + 1) / 4 * 3) {
      grow();
    }
  }

  private int slot(long h, long l) {
    return (int) mix(h ^ Long.rotateLeft(l, 31) ^ salt) & mask;
  }

  /** The finalizer of SplitMix64: every bit of the result depends on every bit of {@code x}. */
  private static long mix(long x) {
    x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
    x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
    return x ^ (x >>> 31);
  }

  private void grow() {
    long[] oh = hi;
    long[] ol = lo;
    long[] on = lines;
    long[] ow = where;
    int n = (mask + 1) * 2;
    hi = new long[n];
    lo = new long[n];
    lines = new long[n];
    where = new long[n];
    mask = n - 1;
    for (int j = 0; j < ow.length; j++) {
      if (ow[j] != 0) {
        int i = slot(oh[j], ol[j]);
        while (where[i] != 0) {
          i = (i + 1) & mask;
        }
        hi[i] = oh[j];
        lo[i] = ol[j];
        lines[i] = on[j];
        where[i] = ow[j];
      }
    }
  }
}
