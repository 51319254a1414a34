package org.conflictstats.io.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.conflictstats.internal.Futures;
import org.conflictstats.io.FileChangedException;
import org.conflictstats.io.ReportSink;
import org.conflictstats.io.RejectedRow;

/**
 * Reads the data rows of one Air Force CSV file in byte ranges, on several threads, into a
 * {@link ReportSink}, with exactly the reports, rejected rows and warnings of a read in order.
 *
 * <p>How. The file is cut into ranges at record boundaries where the report key changes. Each range
 * is read by its own {@link RangeParser} (the one reading loop) on a worker thread, assuming that no
 * report of an earlier range goes on in it: its reports go into its own sink part, and the reports
 * still open at its end (its tail) are kept aside. The ranges are then merged in file order on the
 * calling thread. A range's assumption holds when it starts where the previous range ended and none of
 * its reports has the key of a report the window still holds open or remembers (the carried tail and
 * remembered keys, compared by 64-bit hash): then the carried tail is complete and is merged, then the
 * range's part. Otherwise (a report that goes on across the cut, a row that comes back, a cut inside
 * a quoted cell) the range's work is thrown away and the range is read again on the calling thread,
 * in order, starting from the carried window state; so is every range after a header row of other
 * columns of the header's width, whose rows are rejected up to the first header's row given again
 * (a range taken ahead while that rule is in force has its lines counted, not its records read).
 * Either way the result is the read in order.
 *
 * <p>Memory: at most {@code threads + 1} ranges are read ahead of the merge; a range's buffer, part,
 * tail and key hashes are all that is held per range.
 */
final class RangedRead<P> {

  private static final int CUT_WINDOW = 1 << 16;
  /**
   * The most ranges' bytes without a change of report key before a cut is made at a line's start
   * all the same (review rv46c: a range was as long as such a run, its length an int).
   */
  private static final int LONGEST_RUN = 4;
  private static final boolean TRACE = Boolean.getBoolean("conflictstats.trace");

  private final ReadConfig config;
  private final FileChannel channel;
  private final String file;
  private final long size;
  private final Header header;
  private final ReportSink<P> sink;
  private final Delivery delivery;
  private final int threads;
  private final int rangeBytes;

  private final ThreadLocal<byte[]> buffers = new ThreadLocal<>();

  RangedRead(ReadConfig config, FileChannel channel, String file, long size, Header header,
      ReportSink<P> sink, Delivery delivery, int threads, int rangeBytes) {
    this.config = config;
    this.channel = channel;
    this.file = file;
    this.size = size;
    this.header = header;
    this.sink = sink;
    this.delivery = delivery;
    this.threads = threads;
    this.rangeBytes = rangeBytes;
  }

  /** The window state carried from one merged range to the next. */
  private static final class Carry {
    List<OpenReport> tail = List.of();
    /** The remembered keys of emitted reports, oldest first, with their counts; see {@link #closed}. */
    private LinkedHashMap<ReportKey, Integer> closed = new LinkedHashMap<>();
    /**
     * When not null, the remembered keys instead of {@link #closed}: all of them from one range read
     * speculatively, each its one report. A range of more reports than the window remembers leaves
     * only its own keys, and putting them into a map for every range cost as much as finding the
     * reports' groups; the map is built only when a range is read again in order.
     */
    private ReportKey[] recent;
    ReportKey lastRowKey;
    long endOffset;
    long nextLine;
    /** {@link RangeParser#otherHeaderLine()} at the end of the merged ranges. */
    long otherHeaderLine;

    /** The remembered keys as a map, built from {@link #recent} the first time it is needed. */
    LinkedHashMap<ReportKey, Integer> closed() {
      if (recent != null) {
        closed = ReportWindow.onceEach(recent);
        recent = null;
      }
      return closed;
    }

    /** Whether a remembered key's 64-bit hash is in the set. */
    boolean remembersAny(LongSet hashes) {
      for (ReportKey k : recent != null ? Arrays.asList(recent) : closed.keySet()) {
        if (hashes.contains(k.hash64())) {
          return true;
        }
      }
      return false;
    }
  }

  /** What a worker read of one range. */
  private final class Range {
    final int index;
    final long start;
    final long stop;
    P part;
    ReportWindow window;
    RangeParser parser;
    final List<RejectedRow> rejected = new ArrayList<>();
    long endOffset;
    long nextLine;
    boolean stoppedStrict;
    /**
     * Whether its lines were counted and its records not read: it was taken ahead while a header
     * row of other columns was in force, so the merge reads it in order anyway.
     */
    boolean countedOnly;

    Range(int index, long start, long stop) {
      this.index = index;
      this.start = start;
      this.stop = stop;
    }
  }

  /**
   * Reads the ranges after the header, whose first byte is {@code dataStart}, on physical line
   * {@code dataLine}, adding their counts to {@code totals}.
   */
  void run(long dataStart, long dataLine, Totals totals) throws IOException {
    long[] cuts = cuts(dataStart);
    int n = cuts.length - 1;
    List<CompletableFuture<Long>> lineCounts = new ArrayList<>(n);
    List<CompletableFuture<Long>> bases = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      lineCounts.add(new CompletableFuture<>());
      bases.add(k == 0 ? CompletableFuture.completedFuture(dataLine)
          : bases.get(k - 1).thenCombine(lineCounts.get(k - 1), Long::sum));
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "conflict-stats-reader");
      t.setDaemon(true);
      return t;
    });
    Carry carry = new Carry();
    carry.endOffset = dataStart;
    carry.nextLine = dataLine;
    ArrayDeque<Future<Range>> ahead = new ArrayDeque<>();
    int submitted = 0;
    int inFlight = threads + 1;
    try {
      for (int k = 0; k < n; k++) {
        while (submitted < n && submitted < k + inFlight) {
          int idx = submitted++;
          // after a header row of other columns its records are read in order all the same
          boolean countOnly = carry.otherHeaderLine != 0;
          ahead.add(Futures.submit(pool, lineCounts.get(idx), () -> read(idx, cuts[idx],
              cuts[idx + 1], lineCounts.get(idx), bases.get(idx), countOnly)));
        }
        Range r = Futures.await(ahead.poll(), file);
        merge(r, carry, totals);
        config.progress().accept(carry.endOffset);
      }
      // the last open reports are complete
      P last = sink.newPart();
      ReportWindow end = new ReportWindow(config.window(), rep -> sink.accept(last, rep), false);
      end.resume(carry.tail, Map.of(), carry.lastRowKey);
      end.flush();
      totals.reports += end.emitted();
      sink.merge(last);
    } finally {
      Futures.stop(pool); // no worker goes on after the read
    }
  }

  // ---- a worker: one range, read on the assumption that no earlier report goes on in it ------------

  private Range read(int index, long start, long stop, CompletableFuture<Long> lineCount,
      CompletableFuture<Long> base, boolean countOnly) throws IOException {
    Range r = new Range(index, start, stop);
    int len = (int) (stop - start);
    byte[] buf = buffers.get();
    if (buf == null || buf.length < len) {
      buf = new byte[Math.max(len, rangeBytes + (rangeBytes >> 2))];
    }
    readFully(buf, start, len);
    lineCount.complete(LineCounter.count(buf, 0, len, false));
    if (countOnly) {
      buffers.set(buf);
      r.countedOnly = true;
      return r;
    }
    long firstLine = base.join();
    RecordScanner s = new RecordScanner(buf, len, ByteSource.of(channel, file, stop, size), start,
        firstLine);
    s.stopAt(stop);
    r.part = sink.newPart();
    P part = r.part;
    r.window = new ReportWindow(config.window(), rep -> sink.accept(part, rep), true);
    r.parser = new RangeParser(file, header, new RowMapper(header, config.catalog(),
        config.details()), r.window, config.zone(), config.mode(), r.rejected::add);
    r.stoppedStrict = !r.parser.run(s);
    r.endOffset = s.offset();
    r.nextLine = s.nextLine();
    byte[] used = s.buffer();
    buffers.set(used.length <= 2 * rangeBytes ? used : buf);
    return r;
  }

  private void readFully(byte[] buf, long start, int len) throws IOException {
    ByteBuffer bb = ByteBuffer.wrap(buf, 0, len);
    long at = start;
    while (bb.hasRemaining()) {
      int got = channel.read(bb, at);
      if (got < 0) {
        throw new FileChangedException(file + ": the file shrank while it was read (from "
            + size + " to " + at + " bytes)");
      }
      at += got;
    }
  }

  // ---- the merge, in file order, on the calling thread ---------------------------------------------

  private void merge(Range r, Carry carry, Totals totals) throws IOException {
    if (!r.stoppedStrict && !r.countedOnly && holds(r, carry)) {
      // the carried reports that the range's new reports push out of the window come first
      long started = r.window.emitted() + r.window.open().size();
      int out = (int) Math.min(carry.tail.size(),
          Math.max(0, carry.tail.size() + started - config.window()));
      List<OpenReport> stay = new ArrayList<>(carry.tail.subList(out, carry.tail.size()));
      // no key of the range is remembered or carried (holds), so the range's emitted keys come
      // after all of them; when they are as many as the window remembers, they are all it keeps
      ReportKey[] emitted = r.window.emittedKeys();
      boolean replaces = emitted.length >= remembered();
      flush(carry, carry.tail.subList(0, out), totals, !replaces);
      delivery.deliver(r.rejected);
      sink.merge(r.part);
      totals.add(r.parser, r.window);
      if (replaces) {
        carry.recent = emitted;
        carry.closed = null;
      } else {
        for (ReportKey k : emitted) {
          carry.closed().merge(k, 1, Math::max);
        }
        trim(carry.closed());
      }
      stay.addAll(r.window.open());
      carry.tail = stay;
      if (r.window.lastRowKey() != null) {
        carry.lastRowKey = r.window.lastRowKey(); // a range of rejected rows alone leaves it
      }
      carry.endOffset = r.endOffset;
      carry.nextLine = r.nextLine;
      carry.otherHeaderLine = r.parser.otherHeaderLine();
      return;
    }
    // read the range again, in order, from where the previous one ended
    if (TRACE) {
      System.err.println("conflict-stats: trace: " + file + ": range " + r.index + " ["
          + r.start + ", " + r.stop + ") read again in order"
          + (r.start != carry.endOffset ? " (the previous range ended at " + carry.endOffset + ")"
          : r.stoppedStrict ? " (strict)" : r.countedOnly || carry.otherHeaderLine != 0
          ? " (after a header row of other columns)" : r.window.returned() ? " (a row comes back)"
          : " (a report goes on across the cut)"));
    }
    r.part = null;
    P part = sink.newPart();
    List<RejectedRow> rejected = new ArrayList<>();
    ReportWindow w = new ReportWindow(config.window(), rep -> sink.accept(part, rep), false);
    w.resume(carry.tail, carry.closed(), carry.lastRowKey);
    RangeParser p = new RangeParser(file, header, new RowMapper(header, config.catalog(),
        config.details()), w, config.zone(), config.mode(), rejected::add);
    p.resumeAfterOtherHeader(carry.otherHeaderLine);
    RecordScanner s = new RecordScanner(ByteSource.of(channel, file, carry.endOffset, size),
        carry.endOffset, carry.nextLine);
    s.stopAt(r.stop);
    p.run(s);
    delivery.deliver(rejected);
    sink.merge(part);
    totals.add(p, w);
    carry.recent = null;
    carry.closed = new LinkedHashMap<>();
    remember(carry.closed, w.closed());
    carry.tail = w.open();
    carry.lastRowKey = w.lastRowKey();
    carry.endOffset = s.offset();
    carry.nextLine = s.nextLine();
    carry.otherHeaderLine = p.otherHeaderLine();
  }

  /** Whether the range read what a read in order would: see the class comment. */
  private boolean holds(Range r, Carry carry) {
    // after a header row of other columns the range's rows are rejected, which it did not know
    if (r.start != carry.endOffset || r.window.returned() || carry.otherHeaderLine != 0) {
      return false;
    }
    LongSet keys = r.window.firstKeys();
    for (OpenReport o : carry.tail) {
      // a later version of a key is open under another key: its rows have the first's
      if (keys.contains(o.first.key.hash64())) {
        return false;
      }
    }
    return !carry.remembersAny(keys);
  }

  /** Carried open reports that are complete: they go first, as a read in order emits them. */
  private void flush(Carry carry, List<OpenReport> done, Totals totals, boolean remember) {
    if (done.isEmpty()) {
      return;
    }
    P part = sink.newPart();
    for (OpenReport o : done) {
      sink.accept(part, o.build());
      if (remember) {
        // a report given again is remembered under its key's rows' key, as a window does
        carry.closed().merge(o.first.key, o.first.versions, Math::max);
      }
    }
    totals.reports += done.size();
    if (remember) {
      trim(carry.closed());
    }
    sink.merge(part);
  }

  private void remember(LinkedHashMap<ReportKey, Integer> closed, Map<ReportKey, Integer> more) {
    for (Map.Entry<ReportKey, Integer> e : more.entrySet()) {
      closed.merge(e.getKey(), e.getValue(), Math::max);
    }
    trim(closed);
  }

  /** How many keys of emitted reports the window remembers. */
  private long remembered() {
    return (long) config.window() * 16;
  }

  private void trim(LinkedHashMap<ReportKey, Integer> closed) {
    long cap = remembered();
    var it = closed.entrySet().iterator();
    while (closed.size() > cap && it.hasNext()) {
      it.next();
      it.remove();
    }
  }

  // ---- cuts ----------------------------------------------------------------------------------------

  /** The range boundaries: {@code dataStart}, the cuts, and the file's size. */
  private long[] cuts(long dataStart) throws IOException {
    List<Long> cuts = new ArrayList<>();
    cuts.add(dataStart);
    long last = dataStart;
    for (long p = dataStart + rangeBytes; p < size; p = Math.max(p + rangeBytes, last + 1)) {
      long c = boundary(p);
      if (c < 0 && p - last >= LONGEST_RUN * (long) rangeBytes) {
        // no change of report key near p, for ranges on end (one report's rows, or a line of
        // more than 64 KiB): cut at a line's start anyway, so that a range's buffer stays a few
        // ranges long (and an int); the merge reads a report that goes on across it in order
        c = lineStart(p);
      }
      if (c > last && c < size) {
        cuts.add(c);
        last = c;
      }
    }
    cuts.add(size);
    long[] out = new long[cuts.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = cuts.get(i);
    }
    return out;
  }

  /**
   * The start of the first record at or after {@code p} whose report key cells differ from the
   * previous record's, or -1 when none is found nearby. A wrong guess (a line break inside quotes)
   * only costs speed: the merge sees it and reads the range in order.
   */
  private long boundary(long p) throws IOException {
    int len = (int) Math.min(CUT_WINDOW, size - p);
    byte[] buf = new byte[len];
    readFully(buf, p, len);
    int i = afterLineBreak(buf, len);
    if (i < 0) {
      return -1;
    }
    RecordScanner s = new RecordScanner(Arrays.copyOfRange(buf, i, len), len - i,
        ByteSource.of(new java.io.ByteArrayInputStream(new byte[0])), p + i, 1);
    int[] key = {header.at(Column.TIME_START), header.at(Column.TIME_END),
        header.at(Column.SOURCE)};
    byte[][] prev = null;
    boolean toTheEnd = p + len == size;
    while (s.next()) {
      if (!toTheEnd && s.offset() >= p + len) {
        return -1; // the last record may be cut short by the window
      }
      if (s.problem() != null || s.size() != header.width) {
        prev = null;
        continue;
      }
      byte[][] cur = new byte[3][];
      for (int k = 0; k < 3; k++) {
        cur[k] = key[k] < 0 ? new byte[0] : s.cellBytes(key[k]);
      }
      if (prev != null && !Arrays.deepEquals(prev, cur)) {
        return s.recordOffset();
      }
      prev = cur;
    }
    return -1;
  }

  /** The start of the first line after a line break at or after {@code p}, or -1 near none. */
  private long lineStart(long p) throws IOException {
    int len = (int) Math.min(CUT_WINDOW, size - p);
    byte[] buf = new byte[len];
    readFully(buf, p, len);
    int i = afterLineBreak(buf, len);
    return i < 0 ? -1 : p + i;
  }

  /** The index after the first line break ({@code \n}, {@code \r} or both) of buf, or -1. */
  private static int afterLineBreak(byte[] buf, int len) {
    int i = 0;
    while (i < len && buf[i] != '\n' && buf[i] != '\r') {
      i++;
    }
    if (i >= len) {
      return -1;
    }
    if (buf[i] == '\r' && i + 1 < len && buf[i + 1] == '\n') {
      i++;
    }
    return i + 1;
  }

  /** Counts of a whole read. */
  static final class Totals {
    long accepted;
    long rejected;
    long reports;
    long blankLines;
    long nonContiguous;
    long firstNonContiguousLine;
    long givenAgain;
    long firstGivenAgainLine;
    long twins;
    long firstTwinLine;
    long late;
    long firstLateLine;
    String firstLateId = "";
    long multiLine;
    long firstMultiLineLine;
    long headersAgain;
    long firstHeaderAgainLine;
    final java.util.TreeSet<String> unknownSubTypeKeys = new java.util.TreeSet<>();
    final java.util.TreeSet<String> otherStatusValues = new java.util.TreeSet<>();

    void add(RangeParser p, ReportWindow w) {
      accepted += p.accepted();
      rejected += p.rejected();
      reports += w.emitted();
      blankLines += p.blankLines();
      if (w.retractedEarlier() && nonContiguous == 1) {
        firstNonContiguousLine = 0; // the one run counted before became a report given again
      }
      nonContiguous += w.nonContiguous();
      if (firstNonContiguousLine == 0) {
        firstNonContiguousLine = w.firstNonContiguousLine();
      }
      givenAgain += w.givenAgain();
      if (firstGivenAgainLine == 0) {
        firstGivenAgainLine = w.firstGivenAgainLine();
      }
      late += w.late();
      if (firstLateLine == 0) {
        firstLateLine = w.firstLateLine();
        firstLateId = w.firstLateId();
      }
      twins += w.twins();
      if (firstTwinLine == 0) {
        firstTwinLine = w.firstTwinLine();
      }
      multiLine += p.multiLine();
      if (firstMultiLineLine == 0) {
        firstMultiLineLine = p.firstMultiLineLine();
      }
      headersAgain += p.headersAgain();
      if (firstHeaderAgainLine == 0) {
        firstHeaderAgainLine = p.firstHeaderAgainLine();
      }
      keep(unknownSubTypeKeys, p.mapper().unknownSubTypeKeys);
      keep(otherStatusValues, p.mapper().otherStatusValues);
    }

    static void keep(java.util.TreeSet<String> into, java.util.Set<String> more) {
      into.addAll(more);
      while (into.size() > 16) {
        into.pollLast();
      }
    }
  }

  /**
   * Hands a range's rejected rows to the sink in line order; in strict mode throws at the first.
   */
  interface Delivery {
    void deliver(List<RejectedRow> rejected);
  }
}
