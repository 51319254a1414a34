package org.conflictstats.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import org.conflictstats.internal.RunFiles;

/**
 * Finds the key digests given more than once among more than memory should hold, in bounded
 * memory: digests are gathered in a buffer, which grows to its capacity as they come; a full buffer
 * is sorted and written to a temporary file (a run); at the end the runs and the last buffer are
 * merged in order, and each digest met twice or more is kept. Memory: the buffer (at most
 * {@code 8 * capacity} bytes), a read buffer per run and the digests found repeated. Disk: 8 bytes
 * a digest, removed by {@link #close()}. Used by {@link DistinctReports} once its index passes its
 * limit. Not thread-safe.
 */
final class KeyCensus implements AutoCloseable {

  /** Digests a buffer holds: 8 MB. */
  static final int DEFAULT_CAPACITY = 1 << 20;

  /** The buffer's largest size; it starts small and doubles up to this. */
  private final int capacity;
  private long[] buffer;
  private int size;
  private long total;
  private final RunFiles runs = new RunFiles("conflict-stats-keys-", "report keys");

  KeyCensus(int capacity) {
    this.capacity = Math.max(2, capacity);
    this.buffer = new long[Math.min(this.capacity, 4096)];
  }

  /** Counts one occurrence of a digest. */
  void add(long digest) {
    if (size == buffer.length) {
      if (buffer.length < capacity) {
        buffer = Arrays.copyOf(buffer, (int) Math.min(capacity, 2L * buffer.length));
      } else {
        spill();
      }
    }
    buffer[size++] = digest;
    total++;
  }

  /** How many digests were added. */
  long total() {
    return total;
  }

  /** How many runs went to disk. */
  int runs() {
    return runs.size();
  }

  /**
   * The digests added twice or more, ascending, each once; ends the census (its files are
   * removed).
   */
  long[] repeated() {
    // every run opened is closed whatever happens, before its file is removed
    List<RunFiles.Reader> opened = new ArrayList<>();
    try {
      Arrays.sort(buffer, 0, size);
      PriorityQueue<Cursor> heap = new PriorityQueue<>();
      heap.add(new Memory(buffer, size).advance());
      opened.addAll(runs.open());
      for (RunFiles.Reader r : opened) {
        heap.add(new Disk(r).advance());
      }
      heap.removeIf(Cursor::done);
      long[] out = new long[16];
      int n = 0;
      boolean have = false;
      long last = 0;
      int times = 0;
      while (!heap.isEmpty()) {
        Cursor c = heap.poll();
        long v = c.value;
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
        if (!c.advance().done()) {
          heap.add(c);
        }
      }
      return Arrays.copyOf(out, n);
    } finally {
      opened.forEach(RunFiles.Reader::close);
      close();
    }
  }

  private void spill() {
    Arrays.sort(buffer, 0, size);
    int n = size;
    runs.write(out -> {
      for (int i = 0; i < n; i++) {
        out.writeLong(buffer[i]);
      }
    });
    size = 0;
  }

  /** Removes the runs' files. */
  @Override
  public void close() {
    runs.close();
  }

  /** A sorted sequence read in order. */
  private abstract static class Cursor implements Comparable<Cursor> {
    long value;
    private boolean done;

    abstract boolean next();

    Cursor advance() {
      done = !next();
      return this;
    }

    boolean done() {
      return done;
    }

    @Override
    public int compareTo(Cursor o) {
      return Long.compare(value, o.value);
    }
  }

  private static final class Memory extends Cursor {
    private final long[] values;
    private final int size;
    private int at;

    Memory(long[] values, int size) {
      this.values = values;
      this.size = size;
    }

    @Override
    boolean next() {
      if (at == size) {
        return false;
      }
      value = values[at++];
      return true;
    }
  }

  private static final class Disk extends Cursor {
    private final RunFiles.Reader in;
    private final long[] one = new long[1];

    Disk(RunFiles.Reader in) {
      this.in = in;
    }

    @Override
    boolean next() {
      if (!in.next(one)) {
        return false;
      }
      value = one[0];
      return true;
    }
  }
}
