package org.conflictstats.diff;

import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.stream.Collector;
import org.conflictstats.internal.SortedRuns;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.model.ReportFingerprint;

/**
 * The keys of the reports that count in one snapshot, in bounded memory: for each report its
 * 128-bit key hash, its lines hash, its figures hash ({@link SnapshotDiff#figures}: the lines
 * hash with every exact zero read as unknown) and the line it starts on (for a report without rows
 * its document's line, or 0 if unknown), in the order the reports come. A part of a reading (one
 * byte range) holds its records in memory, up to {@code capacity}; the whole gathers the parts in
 * order in a buffer of at most {@code capacity} records (40 bytes each), sorted by key in bounded
 * memory
 * ({@link SortedRuns}: a full buffer is sorted and written to a temporary file, a run). {@link
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

  /** Longs a record takes: key high, key low, lines hash, figures hash, line. */
  private static final int FIELDS = 5;

  private final int capacity;
  private final Consumer<KeyRuns> onFirstRun;
  /** A part's records, in the order they came, not yet handed to {@link #whole}. */
  private long[] buf = new long[FIELDS * 16];
  private int size;
  /** The whole's records, by key; made when a first record is handed over. */
  private SortedRuns whole;

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
   * 4,096 and 1,048,576 records (40 MB).
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
    size++;
    if (size >= capacity) {
      // a container filled directly (a sequential stream's) holds no more than a whole does
      handOver();
    }
  }

  /**
   * Adds the records of a part that comes after those added so far, writing a run to disk each
   * time the buffer holds {@code capacity} records. The part may itself hold parts added before
   * (a parallel stream combines combined containers): its records that went to the whole come
   * back in key order, which keeps, for each key, the order they were added in, and that order is
   * all that {@link #sorted()} needs. The part is used up: its runs are removed.
   *
   * @param part a container that comes after this one
   * @return this
   * @throws UncheckedIOException if a run of the part cannot be read back
   */
  KeyRuns addAll(KeyRuns part) {
    handOver();
    if (part.whole != null) {
      long[] record = new long[FIELDS];
      try (SortedRuns.Merged m = part.whole.merged()) {
        while (m.next()) {
          for (int f = 0; f < FIELDS; f++) {
            record[f] = m.field(f);
          }
          push(record, 0);
        }
      }
      part.whole = null;
    }
    for (int i = 0; i < part.size; i++) {
      push(part.buf, i * FIELDS);
    }
    return this;
  }

  /** How many runs went to disk. */
  int runs() {
    return whole == null ? 0 : whole.runs();
  }

  /** Hands this part's own records to the whole, in the order they came. */
  private void handOver() {
    for (int i = 0; i < size; i++) {
      push(buf, i * FIELDS);
    }
    size = 0;
    buf = new long[0];
  }

  private void push(long[] fields, int offset) {
    if (whole == null) {
      // ordered by the key hash alone: of a key's records the first added comes first
      whole = new SortedRuns(FIELDS, new int[] {0, 1}, capacity, "conflict-stats-diff-keys-",
          "report keys of a snapshot");
    }
    if (whole.full() && whole.runs() == 0) {
      onFirstRun.accept(this);
    }
    whole.add(fields, offset);
  }

  /**
   * Returns every key once, ascending (by the signed high then low half of the hash), the first
   * added of a key given more than once. Call it once; closing what it returns removes the runs.
   *
   * @return the keys
   * @throws UncheckedIOException if a run cannot be read back
   */
  Sorted sorted() {
    handOver();
    if (whole == null) {
      whole = new SortedRuns(FIELDS, new int[] {0, 1}, capacity, "conflict-stats-diff-keys-",
          "report keys of a snapshot");
    }
    return new Sorted(whole.merged());
  }

  /** Removes the runs' files. */
  @Override
  public void close() {
    if (whole != null) {
      whole.close();
    }
  }

  /** The keys in order, one at a time: {@link #next()}, then the current key's fields. */
  static final class Sorted implements AutoCloseable {
    private final SortedRuns.Merged records;
    private boolean any;
    private long hi;
    private long lo;
    private long lines;
    private long figures;
    private long line;

    private Sorted(SortedRuns.Merged records) {
      this.records = records;
    }

    /**
     * Moves to the next key.
     *
     * @return false at the end
     * @throws UncheckedIOException if a run cannot be read back
     */
    boolean next() {
      while (records.next()) {
        if (any && records.field(0) == hi && records.field(1) == lo) {
          continue; // a later record of the key just given
        }
        any = true;
        hi = records.field(0);
        lo = records.field(1);
        lines = records.field(2);
        figures = records.field(3);
        line = records.field(4);
        return true;
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
      records.close();
    }
  }
}
