package org.conflictstats.diff;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import java.util.stream.Collector;
import org.conflictstats.internal.RunFiles;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.model.ReportFingerprint;

/**
 * The keys of the reports that count in one snapshot, in bounded memory: for each report its
 * 128-bit key hash, its lines hash, its figures hash ({@link SnapshotDiff#figures}: the lines
 * hash with every exact zero read as unknown) and the line it starts on (for a report without rows
 * its document's line, or 0 if unknown), in the order the reports come. A part of a reading (one
 * byte range) holds its records in memory; the whole gathers the parts in order in a buffer of at
 * most {@code capacity} records (48 bytes each), and a full buffer is sorted by key and written to a temporary file (a run). {@link
 * #sorted()} then reads every key once, ascending, the first of a key given more than once (a
 * report without lines may come twice). Not thread-safe: a part is filled on one thread, parts
 * are added on one thread.
 *
 * <pre>{@code
 * KeyRuns keys = reports.stream().collect(KeyRuns.collector(KeyRuns.defaultCapacity(), k -> { }));
 * try (KeyRuns.Sorted s = keys.sorted()) {
 *   while (s.next()) {
 *     System.out.println(s.line());
 *   }
 * }
 * }</pre>
 */
final class KeyRuns implements AutoCloseable {

  /** Longs a record takes: key high, key low, lines hash, figures hash, line, arrival. */
  private static final int FIELDS = 6;
  /** Where in a record its arrival is: the order among records of one key. */
  private static final int ARRIVAL = FIELDS - 1;

  private final int capacity;
  private final Consumer<KeyRuns> onFirstRun;
  private long[] buf = new long[FIELDS * 16];
  private int size;
  private long arrivals;
  private final RunFiles runs = new RunFiles("conflict-stats-diff-keys-",
      "report keys of a snapshot");

  KeyRuns(int capacity) {
    this(capacity, k -> { });
  }

  /**
   * Creates an empty buffer.
   *
   * @param capacity the records held before a run goes to disk
   * @param onFirstRun told of this buffer when it writes its first run, so that whoever abandons
   *     it can remove its files
   */
  KeyRuns(int capacity, Consumer<KeyRuns> onFirstRun) {
    this.capacity = Math.max(2, capacity);
    this.onFirstRun = onFirstRun;
  }

  /**
   * The buffer's records by default: a twentieth of the heap (two snapshots take a tenth), between
   * 4,096 and 1,048,576 records (48 MB).
   */
  static int defaultCapacity() {
    return (int) Math.max(4096, Math.min(1 << 20,
        Runtime.getRuntime().maxMemory() / 20 / (8 * FIELDS)));
  }

  /**
   * A collector of the reports a reading counts, in order.
   *
   * @param capacity the records the whole holds in memory before it writes a run
   * @param onFirstRun told of each container that writes a run
   */
  static Collector<ImportedReport, KeyRuns, KeyRuns> collector(int capacity,
      Consumer<KeyRuns> onFirstRun) {
    return Collector.of(() -> new KeyRuns(capacity, onFirstRun), KeyRuns::add, KeyRuns::addAll);
  }

  /** Adds a report to a part, in memory. */
  void add(ImportedReport r) {
    ReportFingerprint fp = ReportFingerprint.of(r.report());
    put(fp.keyHigh(), fp.keyLow(), fp.lines(), SnapshotDiff.figures(r.report()),
        SnapshotDiff.firstLine(r));
  }

  /** Adds a record, in memory. */
  void put(long hi, long lo, long lines, long figures, long line) {
    if ((size + 1) * FIELDS > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(FIELDS * 16, buf.length * 2));
    }
    int at = size * FIELDS;
    buf[at] = hi;
    buf[at + 1] = lo;
    buf[at + 2] = lines;
    buf[at + 3] = figures;
    buf[at + 4] = line;
    buf[at + ARRIVAL] = arrivals++;
    size++;
  }

  /**
   * Adds the records of a part that comes after those added so far, writing a run to disk each
   * time the buffer holds {@code capacity} records.
   *
   * @param part a part filled with {@link #add}; it must not have written runs itself
   * @return this
   */
  KeyRuns addAll(KeyRuns part) {
    if (part.runs.size() > 0) {
      throw new IllegalStateException("a part is added whole, from memory");
    }
    for (int i = 0; i < part.size; i++) {
      if (size >= capacity) {
        spill();
      }
      int at = i * FIELDS;
      put(part.buf[at], part.buf[at + 1], part.buf[at + 2], part.buf[at + 3], part.buf[at + 4]);
    }
    return this;
  }

  /** How many runs went to disk. */
  int runs() {
    return runs.size();
  }

  /** The buffer's records, by key then arrival: their indexes. */
  private int[] order() {
    int[] idx = new int[size];
    int[] tmp = new int[size];
    for (int i = 0; i < size; i++) {
      idx[i] = i;
    }
    // bottom-up merge sort: stable, and the arrival breaks ties anyway
    for (int width = 1; width < size; width *= 2) {
      for (int lo = 0; lo < size; lo += 2 * width) {
        int mid = Math.min(lo + width, size);
        int hi = Math.min(lo + 2 * width, size);
        int a = lo;
        int b = mid;
        int k = lo;
        while (a < mid && b < hi) {
          tmp[k++] = compare(idx[a], idx[b]) <= 0 ? idx[a++] : idx[b++];
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

  private int compare(int i, int j) {
    int a = i * FIELDS;
    int b = j * FIELDS;
    int c = Long.compare(buf[a], buf[b]);
    if (c == 0) {
      c = Long.compare(buf[a + 1], buf[b + 1]);
    }
    return c != 0 ? c : Long.compare(buf[a + ARRIVAL], buf[b + ARRIVAL]);
  }

  private void spill() {
    if (runs.size() == 0) {
      onFirstRun.accept(this);
    }
    int[] idx = order();
    runs.write(out -> {
      for (int i : idx) {
        for (int f = 0; f < FIELDS; f++) {
          out.writeLong(buf[i * FIELDS + f]);
        }
      }
    });
    size = 0;
  }

  /**
   * Returns every key once, ascending (by the signed high then low half of the hash), the first
   * added of a key given more than once. Call it once; closing what it returns removes the runs.
   *
   * @return the keys
   * @throws UncheckedIOException if a run cannot be read back
   */
  Sorted sorted() {
    Sorted s = new Sorted();
    try {
      s.heap.add(new Memory(buf, order()).advance());
      s.opened.addAll(runs.open());
      for (RunFiles.Reader r : s.opened) {
        s.heap.add(new Disk(r).advance());
      }
      s.heap.removeIf(Cursor::done);
      return s;
    } catch (RuntimeException e) {
      s.close();
      throw e;
    }
  }

  /** Removes the runs' files. */
  @Override
  public void close() {
    runs.close();
  }

  /** The keys in order, one at a time: {@link #next()}, then the current key's fields. */
  final class Sorted implements AutoCloseable {
    private final PriorityQueue<Cursor> heap = new PriorityQueue<>();
    private final List<RunFiles.Reader> opened = new ArrayList<>();
    private boolean any;
    private long hi;
    private long lo;
    private long lines;
    private long figures;
    private long line;

    /**
     * Moves to the next key.
     *
     * @return false at the end
     * @throws UncheckedIOException if a run cannot be read back
     */
    boolean next() {
      while (!heap.isEmpty()) {
        Cursor c = heap.poll();
        long[] r = c.record;
        boolean again = any && r[0] == hi && r[1] == lo;
        if (!again) {
          any = true;
          hi = r[0];
          lo = r[1];
          lines = r[2];
          figures = r[3];
          line = r[4];
        }
        if (!c.advance().done()) {
          heap.add(c);
        }
        if (!again) {
          return true;
        }
      }
      return false;
    }

    long hi() {
      return hi;
    }

    long lo() {
      return lo;
    }

    /** The lines hash. */
    long lines() {
      return lines;
    }

    /** The figures hash: the lines hash with every exact zero read as unknown. */
    long figures() {
      return figures;
    }

    /** The line the report starts on; without rows its document's, or 0 if unknown. */
    long line() {
      return line;
    }

    @Override
    public void close() {
      opened.forEach(RunFiles.Reader::close);
      KeyRuns.this.close();
    }
  }

  /** A sorted sequence of records read in order. */
  private abstract static class Cursor implements Comparable<Cursor> {
    final long[] record = new long[FIELDS];
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
      int c = Long.compare(record[0], o.record[0]);
      if (c == 0) {
        c = Long.compare(record[1], o.record[1]);
      }
      return c != 0 ? c : Long.compare(record[ARRIVAL], o.record[ARRIVAL]);
    }
  }

  private static final class Memory extends Cursor {
    private final long[] buf;
    private final int[] order;
    private int at;

    Memory(long[] buf, int[] order) {
      this.buf = buf;
      this.order = order;
    }

    @Override
    boolean next() {
      if (at == order.length) {
        return false;
      }
      System.arraycopy(buf, order[at++] * FIELDS, record, 0, FIELDS);
      return true;
    }
  }

  private static final class Disk extends Cursor {
    private final RunFiles.Reader in;

    Disk(RunFiles.Reader in) {
      this.in = in;
    }

    @Override
    boolean next() {
      return in.next(record);
    }
  }
}
