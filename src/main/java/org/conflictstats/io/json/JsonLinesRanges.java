package org.conflictstats.io.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.conflictstats.internal.Futures;
import org.conflictstats.internal.InputFiles;
import org.conflictstats.io.FileChangedException;
import org.conflictstats.io.ImportCounts;
import org.conflictstats.io.ImportHandler;
import org.conflictstats.io.ImportWarning;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.RejectedRow;
import org.conflictstats.io.ReportSink;

/**
 * Reads a JSON Lines file in byte ranges on several threads, with the one reader that reads a stream:
 * every line is one document, so a range that starts after a line feed holds whole lines. Each
 * worker counts the line feeds of its range, learns from the ranges before it the number of its
 * first line, reads its lines with {@link JsonLinesReader}'s line source and decoder into a part of
 * the sink, and keeps its rejected rows and warnings in order; the calling thread merges the parts,
 * then hands over their rejected rows and warnings, in file order. What the sink gets is what a
 * read in order gives: the same reports with the same locations, the same rejected rows and
 * warnings in the same order, the same counts ({@code JsonLinesRangesProperties} compares). In
 * strict mode the first bad line in file order throws, after the ranges before it are merged.
 * Memory: a buffer of each worker's source and the parts in flight, however long a line.
 */
final class JsonLinesRanges<P> {

  private static final int CHUNK = 1 << 16;

  private final FileChannel channel;
  private final String source;
  private final long size;
  private final JsonReadOptions options;
  private final ReportSink<P> sink;
  private final int threads;
  private final int rangeBytes;

  private JsonLinesRanges(FileChannel channel, String source, long size, JsonReadOptions options,
      ReportSink<P> sink, int threads, int rangeBytes) {
    this.channel = channel;
    this.source = source;
    this.size = size;
    this.options = options;
    this.sink = sink;
    this.threads = threads;
    this.rangeBytes = rangeBytes;
  }

  /**
   * Reads a file into a sink: in ranges of about {@code rangeBytes} on {@code threads} threads, or in
   * order through {@link ReportSink#feeder} when it is one range or one thread.
   */
  static <P> ImportCounts read(Path file, String source, JsonReadOptions options,
      ReportSink<P> sink, int threads, int rangeBytes) throws IOException {
    if (threads < 1 || rangeBytes < 1) {
      throw new IllegalArgumentException("threads and range size must be positive: " + threads
          + ", " + rangeBytes);
    }
    try (FileChannel channel = InputFiles.channel(file)) {
      long size = channel.size();
      if (threads == 1 || size <= rangeBytes) {
        try (InputStream in = new RangeStream(channel, source, 0, size)) {
          return JsonLinesReader.read(in, source, options, sink);
        }
      }
      return new JsonLinesRanges<>(channel, source, size, options, sink, threads, rangeBytes).run();
    }
  }

  /** What a worker read of one range. */
  private final class Range {
    P part;
    ImportCounts counts;
    /** The range's rejected rows and warnings, in the order the reader met them. */
    final List<Object> events = new ArrayList<>();
  }

  private ImportCounts run() throws IOException {
    long[] cuts = cuts();
    int n = cuts.length - 1;
    List<CompletableFuture<Long>> lineCounts = new ArrayList<>(n);
    List<CompletableFuture<Long>> bases = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      lineCounts.add(new CompletableFuture<>());
      bases.add(k == 0 ? CompletableFuture.completedFuture(0L)
          : bases.get(k - 1).thenCombine(lineCounts.get(k - 1), Long::sum));
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "conflict-stats-json-reader");
      t.setDaemon(true);
      return t;
    });
    long accepted = 0;
    long rejected = 0;
    long reports = 0;
    ArrayDeque<Future<Range>> ahead = new ArrayDeque<>();
    int submitted = 0;
    try {
      for (int k = 0; k < n; k++) {
        while (submitted < n && submitted < k + threads + 1) {
          int idx = submitted++;
          CompletableFuture<Long> count = lineCounts.get(idx);
          ahead.add(Futures.submit(pool, count,
              () -> read(cuts[idx], cuts[idx + 1], count, bases.get(idx))));
        }
        Range r = Futures.await(ahead.poll(), source);
        sink.merge(r.part);
        for (Object e : r.events) {
          if (e instanceof RejectedRow row) {
            sink.rejected(row);
          } else {
            sink.warning((ImportWarning) e);
          }
        }
        accepted += r.counts.rowsAccepted();
        rejected += r.counts.rowsRejected();
        reports += r.counts.reports();
      }
    } finally {
      Futures.stop(pool); // no worker goes on after the read
    }
    return ImportCounts.of(source, accepted, rejected, reports);
  }

  /**
   * The range boundaries: 0; then, again and again, just after the first line feed at least the
   * range size past the last boundary; then the size. A line longer than a range makes its range
   * longer.
   */
  private long[] cuts() throws IOException {
    List<Long> cuts = new ArrayList<>();
    cuts.add(0L);
    ByteBuffer buf = ByteBuffer.allocate(CHUNK);
    long at = rangeBytes;
    while (at < size) {
      long feed = nextFeed(at, buf);
      if (feed < 0 || feed + 1 >= size) {
        break;
      }
      cuts.add(feed + 1);
      at = feed + 1 + rangeBytes;
    }
    cuts.add(size);
    return cuts.stream().mapToLong(Long::longValue).toArray();
  }

  /** The offset of the first line feed at or after {@code from}, or -1. */
  private long nextFeed(long from, ByteBuffer buf) throws IOException {
    for (long at = from; at < size; ) {
      int got = chunk(buf, at, size);
      byte[] b = buf.array();
      for (int i = 0; i < got; i++) {
        if (b[i] == '\n') {
          return at + i;
        }
      }
      at += got;
    }
    return -1;
  }

  /** Reads the bytes from {@code at} (before {@code stop}) that fit into the buffer's array. */
  private int chunk(ByteBuffer buf, long at, long stop) throws IOException {
    buf.clear().limit((int) Math.min(buf.capacity(), stop - at));
    int got = channel.read(buf, at);
    if (got < 0) {
      throw shrank(at);
    }
    return got;
  }

  private Range read(long start, long stop, CompletableFuture<Long> lineCount,
      CompletableFuture<Long> base) throws IOException {
    lineCount.complete(feeds(start, stop));
    long linesBefore = base.join();
    Range r = new Range();
    r.part = sink.newPart();
    P part = r.part;
    ImportHandler handler = new ImportHandler() {
      @Override
      public void report(ImportedReport report) {
        sink.accept(part, report);
      }

      @Override
      public void rejected(RejectedRow row) {
        r.events.add(row);
      }

      @Override
      public void warning(ImportWarning warning) {
        r.events.add(warning);
      }
    };
    try (InputStream in = new RangeStream(channel, source, start, stop)) {
      r.counts = JsonLinesReader.readRange(in, linesBefore, source, options, handler);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return r;
  }

  /** The number of line feeds in a range. */
  private long feeds(long start, long stop) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(CHUNK);
    long count = 0;
    long at = start;
    while (at < stop) {
      int got = chunk(buf, at, stop);
      byte[] b = buf.array();
      for (int i = 0; i < got; i++) {
        if (b[i] == '\n') {
          count++;
        }
      }
      at += got;
    }
    return count;
  }

  private FileChangedException shrank(long at) {
    return new FileChangedException(source + ": the file shrank while it was read (from " + size
        + " to " + at + " bytes)");
  }

  /** The bytes of a range of a file, read at their positions (safe beside other ranges' reads). */
  private static final class RangeStream extends InputStream {
    private final FileChannel channel;
    private final String source;
    private long at;
    private final long stop;

    RangeStream(FileChannel channel, String source, long start, long stop) {
      this.channel = channel;
      this.source = source;
      this.at = start;
      this.stop = stop;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (at >= stop) {
        return -1;
      }
      int want = (int) Math.min(len, stop - at);
      int got = channel.read(ByteBuffer.wrap(b, off, want), at);
      if (got < 0) {
        throw new FileChangedException(source + ": the file shrank while it was read (at " + at
            + " bytes)");
      }
      at += got;
      return got;
    }

    @Override
    public void close() {
      // the channel belongs to the read
    }
  }
}
