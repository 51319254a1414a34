package org.conflictstats.io;

import java.util.Arrays;
import org.conflictstats.internal.SortedRuns;

/**
 * Finds the key digests given more than once among more than memory should hold, in bounded
 * memory: digests are sorted ({@link SortedRuns}: a full buffer is sorted and
 * written to a temporary file, and the runs and the last buffer are merged in order at the end),
 * and each digest met twice or more is kept. Memory: the buffer (at most
 * {@code 8 * capacity} bytes), a read buffer per run and the digests found repeated. Disk: 8 bytes
 * a digest, removed by {@link #close()}. Used by {@link DistinctReports} once its index passes its
 * limit. Not thread-safe.
 */
final class KeyCensus implements AutoCloseable {

  /** Digests a buffer holds: 8 MB. */
  static final int DEFAULT_CAPACITY = 1 << 20;

  private final SortedRuns runs;
  private final long[] one = new long[1];

  KeyCensus(int capacity) {
    this.runs = new SortedRuns(1, new int[] {0}, capacity, "conflict-stats-keys-", "report keys");
  }

  /** Counts one occurrence of a digest. */
  void add(long digest) {
    one[0] = digest;
    runs.add(one);
  }

  /** How many digests were added. */
  long total() {
    return runs.total();
  }

  /** How many runs went to disk. */
  int runs() {
    return runs.runs();
  }

  /**
   * The digests added twice or more, ascending, each once; ends the census (its files are
   * removed).
   */
  long[] repeated() {
    try (SortedRuns.Merged m = runs.merged()) {
      long[] out = new long[16];
      int n = 0;
      boolean have = false;
      long last = 0;
      int times = 0;
      while (m.next()) {
        long v = m.field(0);
        if (have && v == last) {
          if (++times == 2) {
            if (n == out.length) {
              out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = v;
          }
        } else {
          have = true;
          last = v;
          times = 1;
        }
      }
      return Arrays.copyOf(out, n);
    }
  }

  /** Removes the runs' files. */
  @Override
  public void close() {
    runs.close();
  }
}
