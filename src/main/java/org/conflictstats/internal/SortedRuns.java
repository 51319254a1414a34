package org.conflictstats.internal;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * An external sort of records of a few {@code long}s, in bounded memory: records are added to a
 * buffer that grows up to its capacity; a full buffer is sorted and written to a temporary file (a
 * run, {@link RunFiles}); {@link #merged()} then reads every record back, in order, from the runs
 * and the last buffer. Records are ordered by their key fields, each compared as a signed
 * {@code long}, and records with equal keys come back in the order they were added (the sort of a
 * buffer is stable, and the merge takes the earlier run first). Memory: the buffer (at most
 * {@code 8 * width * capacity} bytes; while it is sorted, for records of more than one field,
 * {@code 8 * capacity} more for its order) and a read buffer per run; disk: {@code 8 * width} bytes a
 * record, removed by {@link #close()} (or by closing what {@link #merged()} returns). Used by the
 * identity census of {@code io.DistinctReports} and the key runs of {@code diff.SnapshotDiff}. Not
 * thread-safe.
 *
 * <pre>{@code
 * try (SortedRuns runs = new SortedRuns(2, new int[] {0}, 1 << 20, "conflict-stats-x-", "pairs")) {
 *   runs.add(new long[] {7, 1});
 *   runs.add(new long[] {3, 2});
 *   try (SortedRuns.Merged m = runs.merged()) {
 *     while (m.next()) {
 *       System.out.println(m.field(0) + " " + m.field(1)); // 3 2, then 7 1
 *     }
 *   }
 * }
 * }</pre>
 */
public final class SortedRuns implements AutoCloseable {

  private final int width;
  private final int[] keys;
  private final int capacity;
  private final RunFiles files;
  private long[] buffer;
  private int size;
  private long total;

  /**
   * Creates an empty sort.
   *
   * @param width the longs of a record, at least 1
   * @param keys the fields records are ordered by, most significant first, each in
   *     {@code [0, width)}
   * @param capacity the records the buffer holds before it goes to disk; at least 2 are held,
   *     and at most as many as one array of longs holds
   * @param prefix the temporary files' name prefix
   * @param what what the records are, for messages ("report keys")
   * @throws IllegalArgumentException for a width below 1, no keys or a key outside the record
   */
  public SortedRuns(int width, int[] keys, int capacity, String prefix, String what) {
    if (width < 1 || keys.length == 0) {
      throw new IllegalArgumentException("a record needs a field and a key: " + width);
    }
    for (int k : keys) {
      if (k < 0 || k >= width) {
        throw new IllegalArgumentException("key field " + k + " outside a record of " + width);
      }
    }
    this.width = width;
    this.keys = keys.clone();
    // the buffer is one array: at most as many records as an array of longs holds
    this.capacity = Math.max(2, Math.min(capacity, (Integer.MAX_VALUE - 8) / width));
    this.files = new RunFiles(prefix, what);
    this.buffer = new long[width * Math.min(this.capacity, 1024)];
  }

  /**
   * Returns whether the buffer is full: the next {@link #add} writes a run to disk first.
   *
   * @return whether the buffer holds its capacity
   */
  public boolean full() {
    return size >= capacity;
  }

  /**
   * Adds a record, writing the full buffer to disk first if it is full.
   *
   * @param record the record's fields; its first {@code width} longs are taken
   * @throws UncheckedIOException if a run cannot be written
   */
  public void add(long[] record) {
    add(record, 0);
  }

  /**
   * Adds the record that starts at {@code offset} of {@code fields}.
   *
   * @param fields where the record is
   * @param offset where it starts
   * @throws UncheckedIOException if a run cannot be written
   */
  public void add(long[] fields, int offset) {
    if (full()) {
      spill();
    }
    if ((size + 1) * width > buffer.length) {
      buffer = Arrays.copyOf(buffer, width * (int) Math.min(capacity, 2L * size));
    }
    System.arraycopy(fields, offset, buffer, size * width, width);
    size++;
    total++;
  }

  /**
   * Returns how many records were added.
   *
   * @return the records
   */
  public long total() {
    return total;
  }

  /**
   * Returns how many runs went to disk and are not yet removed.
   *
   * @return the runs
   */
  public int runs() {
    return files.size();
  }

  /**
   * Returns every record added, in order. Call it once, after the last {@link #add}; closing what
   * it returns removes the runs.
   *
   * @return the records in order
   * @throws UncheckedIOException if a run cannot be read back
   */
  public Merged merged() {
    Merged m = new Merged();
    try {
      List<RunFiles.Reader> readers = files.open();
      m.opened.addAll(readers);
      for (int i = 0; i < readers.size(); i++) {
        m.heap.add(new Disk(readers.get(i), i).advance());
      }
      m.heap.add(new Memory(buffer, order(), size, readers.size()).advance());
      m.heap.removeIf(Cursor::done);
      return m;
    } catch (RuntimeException e) {
      m.close();
      throw e;
    }
  }

  /** Removes the runs' files. */
  @Override
  public void close() {
    files.close();
  }

  private void spill() {
    int[] order = order();
    files.write(out -> {
      for (int i = 0; i < size; i++) {
        int at = (order == null ? i : order[i]) * width;
        for (int f = 0; f < width; f++) {
          out.writeLong(buffer[at + f]);
        }
      }
    });
    size = 0;
  }

  /**
   * Sorts the buffer: returns its records' indexes in order (a stable merge sort), or, for records
   * of one field, sorts the buffer itself and returns {@code null}: equal records are alike, so the
   * primitive sort will do, with no index.
   */
  private int[] order() {
    if (width == 1) {
      Arrays.sort(buffer, 0, size);
      return null;
    }
    int[] idx = new int[size];
    for (int i = 0; i < size; i++) {
      idx[i] = i;
    }
    int[] tmp = new int[size];
    for (int run = 1; run < size; run *= 2) {
      for (int lo = 0; lo < size; lo += 2 * run) {
        int mid = Math.min(lo + run, size);
        int hi = Math.min(lo + 2 * run, size);
        int a = lo;
        int b = mid;
        int k = lo;
        while (a < mid && b < hi) {
          tmp[k++] = compare(buffer, idx[a] * width, buffer, idx[b] * width) <= 0
              ? idx[a++] : idx[b++];
        }
        while (a < mid) {
          tmp[k++] = idx[a++];
        }
        while (b < hi) {
          tmp[k++] = idx[b++];
        }
      }
      int[] t = idx;
      idx = tmp;
      tmp = t;
    }
    return idx;
  }

  private int compare(long[] x, int xAt, long[] y, int yAt) {
    for (int k : keys) {
      int c = Long.compare(x[xAt + k], y[yAt + k]);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /** The records in order, one at a time: {@link #next()}, then the current record's fields. */
  public final class Merged implements AutoCloseable {
    private final PriorityQueue<Cursor> heap = new PriorityQueue<>();
    private final List<RunFiles.Reader> opened = new ArrayList<>();
    private final long[] current = new long[width];

    private Merged() {}

    /**
     * Moves to the next record.
     *
     * @return false at the end
     * @throws UncheckedIOException if a run cannot be read back
     */
    public boolean next() {
      Cursor c = heap.poll();
      if (c == null) {
        return false;
      }
      System.arraycopy(c.record, 0, current, 0, width);
      if (!c.advance().done()) {
        heap.add(c);
      }
      return true;
    }

    /**
     * Returns a field of the current record.
     *
     * @param i the field, in {@code [0, width)}
     * @return its value
     */
    public long field(int i) {
      return current[i];
    }

    /** Closes the runs and removes their files. */
    @Override
    public void close() {
      opened.forEach(RunFiles.Reader::close);
      SortedRuns.this.close();
    }
  }

  /** A sorted sequence of records read in order; ties go to the earlier run. */
  private abstract class Cursor implements Comparable<Cursor> {
    final long[] record = new long[width];
    private final int run;
    private boolean done;

    Cursor(int run) {
      this.run = run;
    }

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
      int c = compare(record, 0, o.record, 0);
      return c != 0 ? c : Integer.compare(run, o.run);
    }
  }

  private final class Memory extends Cursor {
    private final long[] fields;
    private final int[] order;
    private int at;

    private final int size;

    /** The buffer's first {@code size} records, in {@code order} ({@code null}: as they stand). */
    Memory(long[] fields, int[] order, int size, int run) {
      super(run);
      this.fields = fields;
      this.order = order;
      this.size = size;
    }

    @Override
    boolean next() {
      if (at == size) {
        return false;
      }
      int i = order == null ? at : order[at];
      at++;
      System.arraycopy(fields, i * width, record, 0, width);
      return true;
    }
  }

  private final class Disk extends Cursor {
    private final RunFiles.Reader in;

    Disk(RunFiles.Reader in, int run) {
      super(run);
      this.in = in;
    }

    @Override
    boolean next() {
      return in.next(record);
    }
  }
}
