package org.conflictstats.io.csv;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.conflictstats.internal.InputFiles;
import org.conflictstats.internal.RangePlan;
import org.conflictstats.io.HeaderException;
import org.conflictstats.io.ImportCounts;
import org.conflictstats.io.ImportException;
import org.conflictstats.io.ImportHandler;
import org.conflictstats.io.ImportMode;
import org.conflictstats.io.ImportResult;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.RejectedRow;
import org.conflictstats.io.ReportSink;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.WeaponCatalog;

/**
 * Reads the Air Force CSV ("Massive Missile Attacks on Ukraine") in any of its four published
 * layouts (DOMAIN.md §8) into {@link org.conflictstats.model.StrikeReport}s. Obtain one with
 * {@link AirForceCsv#reader()}; it is immutable, and the {@code with} methods return changed copies.
 *
 * <pre>{@code
 * AirForceCsvReader reader = AirForceCsv.reader();        // lenient, Europe/Kyiv, built-in catalogue
 * ImportResult all = reader.read(Path.of("missile_attacks_daily.csv"));
 * all.reports();                                          // one report per post
 * all.rejected();                                         // bad rows: file, line, field, raw text, reason
 *
 * // any size, in bounded memory, on every core: a sink gets the reports of each byte range
 * ReportSink.Collecting<ImportedReport, ?, Long> lines =
 *     ReportSink.collecting(Collectors.summingLong((ImportedReport r) -> r.report().lines().size()));
 * ImportCounts counts = reader.read(Path.of("missile_attacks_daily.csv"), lines);
 * }</pre>
 *
 * <h2>Columns</h2>
 * Columns are found by header name (case, surrounding spaces, and space versus underscore do not
 * matter), never by position. {@code time_start}, {@code time_end}, {@code model} and
 * {@code launched} are required; every other column is optional. Unknown columns are ignored with one
 * warning (their cells are still checked to be text). Each row is one
 * {@link org.conflictstats.model.WeaponLine}:
 * <ul>
 *   <li>{@code launched}: launched; with {@code status_data = hidden} the Air Force withheld the
 *       figure, so launched is <em>at least</em> the cell's value (an unknown upper bound) and
 *       {@link org.conflictstats.model.LineDetails#launchedWithheld()} is set;
 *   <li>{@code destroyed}: destroyed; {@code not_reach_goal}: suppressed; {@code still_attacking}:
 *       still airborne; {@code border_crossing} (a dict per country, summed, or a number), or the 2024
 *       layout's {@code cross_border_belarus} plus {@code back_russia}: left airspace. No column
 *       gives "hit".
 *   <li>A blank cell or {@code NaN} is an unknown count; {@code 0} or {@code 0.0} is an exact zero;
 *       {@code 93.0} is 93. An outcome column that the layout does not have at all (no
 *       {@code not_reach_goal} in the 2023 layout) is an exact zero: "not reported as that outcome",
 *       so those weapons fall into the derived unknown outcome. A header without {@code destroyed}
 *       (which every layout has) reads destroyed as unknown, with a warning.
 *   <li>Everything else goes into the line's {@link org.conflictstats.model.LineDetails}, as far as
 *       the reader {@linkplain #withDetails keeps} it ({@link Detail}): {@code launch_place},
 *       {@code target}, {@code target_main}, {@code carrier}, the {@code affected region} list,
 *       {@code launched_details} (launched per model, keys resolved through the catalogue),
 *       {@code launch_place_details}, {@code destroyed_details} (per direction),
 *       {@code destroyed_types} (sub-types), {@code is_shahed}, {@code turbojet},
 *       {@code turbojet_destroyed}, and the place counts {@code num_hit_location} and
 *       {@code num_fall_fragment_location}, which are never added to outcomes.
 * </ul>
 *
 * <h2>Reports</h2>
 * Rows that share {@code time_start}, {@code time_end} and {@code source} (compared after reading:
 * {@code "2024-05-16 "} equals {@code "2024-05-16"}) make one report, whose id is
 * {@link AirForceCsv#reportId}, whose target area is its first row's {@code target}, whose regions
 * are the union of its rows' affected regions, and whose casualties are unknown. Times are local
 * times in the reader's zone (Europe/Kyiv by default); a date alone is kept as a date.
 *
 * <p>The real files sometimes put a row apart from the other rows of its post. {@link #read(Path)}
 * groups the whole file, so such rows join their report (one warning counts them). So do the
 * streaming methods for an input of at most 4 MiB ({@link #wholeInputBytes()}, whatever the heap,
 * so that the reports do not depend on it; a stream's start, a pipe's too, is read ahead to tell),
 * which holds about four times its length in memory: the real files, and a file sorted by another
 * column, give the reports of the rows in order. A longer input is read with at most
 * {@linkplain #withGroupingWindow(int) a window} of reports open (1024 by default), emitting the
 * oldest when another starts, so memory does not grow with the file; there a row that comes more
 * than a window of reports after the rest of its report starts a separate report with id
 * {@code <id>#2}, and one warning at the end counts such reports, at the first one's line;
 * {@code DistinctReports}, which counts each report
 * once, takes it for a revision of the first (same key, other lines), so only one of the two
 * counts. Sort such a file by {@code time_start}, {@code time_end} and {@code source}, or widen
 * the window ({@code Integer.MAX_VALUE} keeps every report open, as {@link #read(Path)} does). A
 * window given applies to every input, short or long.
 *
 * <p>A run of rows that comes back to an open report after other reports' rows and repeats one of
 * its rows byte for byte (compared by a 64-bit hash of the row's bytes) is the report given again
 * (a file appended to itself): the run is a separate report {@code <id>#2} (then {@code #3} ...),
 * told in one warning, which {@code DistinctReports} counts once as a copy or a revision, as it
 * does a row that comes back after the window. Rows that come back and repeat none of its rows join
 * the report; two equal rows in one run are two lines.
 *
 * <h2>One reading, any number of threads</h2>
 * A file given by path is read in byte ranges on {@linkplain #withParallelism(int) every processor}
 * when it is large (two ranges or more: 16 MiB from a heap of 512 MB) and read in a window of at
 * most 65,536 reports (a file grouped whole, 4 MiB or less, is read in order): each range is read by the same loop as a stream is, and the ranges are merged in
 * file order, so the reports, rejected rows, line numbers and warnings are exactly those of a read
 * in order (the reader checks that no report goes on across a cut, and reads a range again in order
 * where one does). A stream (standard input, a pipe) is read in order.
 *
 * <h2>Bad rows</h2>
 * In {@link ImportMode#LENIENT} mode (the default) a bad row (an unreadable count or time, a wrong
 * number of cells, an unclosed quote, a malformed dict, bytes that are not UTF-8) becomes a
 * {@link RejectedRow} naming file, line and column, and reading goes on; rows read always equal rows
 * accepted plus rows rejected. An unclosed quote costs only its own line: the lines after it are
 * read again. In {@link ImportMode#STRICT} mode the first bad row (in file order) throws an
 * {@link ImportException}. A header without a required column, or one that is not well-formed CSV,
 * throws a {@link HeaderException} in either mode, and is not counted as a row; an empty file has no
 * rows. Inconsistent but readable rows (more destroyed than launched, a period that ends before it
 * starts) are accepted: reporting them is the validator's job.
 *
 * <p>Files are read as UTF-8 (a byte order mark is skipped); CRLF, LF and CR line ends are all
 * accepted. This class is immutable and thread-safe; each read is independent.
 */
public final class AirForceCsvReader {

  /** The default number of reports a streaming read keeps open. */
  public static final int DEFAULT_GROUPING_WINDOW = 1024;

  /** The largest window with which a file is read in ranges on several threads. */
  static final int MAX_PARALLEL_WINDOW = 1 << 16;

  /**
   * The length up to which a streaming read groups an input whole by default: 4 MiB (the real
   * files are about 1.3 MB), whatever the heap, so that a file gives the same reports under any
   * {@code -Xmx} (about four bytes of heap a byte of input: 16 MB at the limit; a longer stream's
   * first 4 MiB are held while its length is told).
   */
  public static final long DEFAULT_WHOLE_INPUT_BYTES = 4L << 20;

  /** The window field of a reader whose window was not given: see {@link #windowFor}. */
  private static final int SIZED_WINDOW = 0;

  private static final AirForceCsvReader DEFAULT = new AirForceCsvReader(WeaponCatalog.builtIn(),
      ReportPeriod.KYIV, ImportMode.LENIENT, SIZED_WINDOW, Detail.all(),
      RangePlan.threadsForThisJvm(), RangePlan.bytesForThisHeap(), DEFAULT_WHOLE_INPUT_BYTES,
      bytes -> { });

  private final WeaponCatalog catalog;
  private final ZoneId zone;
  private final ImportMode mode;
  /** The window given, or {@link #SIZED_WINDOW}. */
  private final int window;
  private final Set<Detail> details;
  private final int threads;
  private final int rangeBytes;
  /** The length up to which an input is grouped whole when no window was given. */
  private final long wholeBytes;
  private final LongConsumer progress;

  private AirForceCsvReader(WeaponCatalog catalog, ZoneId zone, ImportMode mode, int window,
      Set<Detail> details, int threads, int rangeBytes, long wholeBytes, LongConsumer progress) {
    this.catalog = catalog;
    this.zone = zone;
    this.mode = mode;
    this.window = window;
    this.details = details.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(details));
    this.threads = threads;
    this.rangeBytes = rangeBytes;
    this.wholeBytes = wholeBytes;
    this.progress = progress;
  }

  static AirForceCsvReader defaults() {
    return DEFAULT;
  }

  /**
   * Returns a copy that resolves weapon names through another catalogue.
   *
   * @param newCatalog the catalogue, for example the built-in one extended with
   *     {@link WeaponCatalogCsv#extend}
   * @return the copy
   */
  public AirForceCsvReader withCatalog(WeaponCatalog newCatalog) {
    return new AirForceCsvReader(Objects.requireNonNull(newCatalog, "catalog"), zone, mode, window,
        details, threads, rangeBytes, wholeBytes, progress);
  }

  /**
   * Returns a copy that reads times in another zone.
   *
   * @param newZone the zone of the file's local times (Europe/Kyiv by default)
   * @return the copy
   */
  public AirForceCsvReader withZone(ZoneId newZone) {
    return new AirForceCsvReader(catalog, Objects.requireNonNull(newZone, "zone"), mode, window,
        details, threads, rangeBytes, wholeBytes, progress);
  }

  /**
   * Returns a copy with another mode.
   *
   * @param newMode {@link ImportMode#LENIENT} (the default) or {@link ImportMode#STRICT}
   * @return the copy
   */
  public AirForceCsvReader withMode(ImportMode newMode) {
    return new AirForceCsvReader(catalog, zone, Objects.requireNonNull(newMode, "mode"), window,
        details, threads, rangeBytes, wholeBytes, progress);
  }

  /**
   * Returns a copy whose streaming reads keep this number of reports open, whatever the input's
   * size. A larger window merges rows that lie further apart from the rest of their report, at the
   * cost of memory and of later emission. Without it, an input of at most
   * {@value #DEFAULT_WHOLE_INPUT_BYTES} bytes is grouped whole and a longer one with a window of
   * {@value #DEFAULT_GROUPING_WINDOW} reports
   * (see the class comment). {@link #read(Path)} and {@link #read(Reader, String)} always group the
   * whole input.
   *
   * @param reports the number of open reports, at least 1
   * @return the copy
   * @throws IllegalArgumentException if {@code reports} is below 1
   */
  public AirForceCsvReader withGroupingWindow(int reports) {
    checkArgument(reports >= 1, "grouping window must be at least 1: %s", reports);
    return new AirForceCsvReader(catalog, zone, mode, reports, details, threads, rangeBytes,
        wholeBytes, progress);
  }

  /**
   * Returns a copy that keeps only some parts of each line's details. Every cell is still read and
   * checked, so the same rows are accepted and rejected; what is not kept is left empty or unknown.
   *
   * @param kept the details to keep; {@link Detail#all()} by default
   * @return the copy
   */
  public AirForceCsvReader withDetails(Set<Detail> kept) {
    Objects.requireNonNull(kept, "kept");
    return new AirForceCsvReader(catalog, zone, mode, window, kept, threads, rangeBytes, wholeBytes,
        progress);
  }

  /**
   * Returns a copy that reads a large file on this many threads (by default the number of
   * processors, or one in a heap under 56 MiB, in ranges of a 64th of the heap between 1 and 8 MiB:
   * {@link org.conflictstats.internal.RangePlan}). The result does not depend on it.
   *
   * @param newThreads at least 1
   * @return the copy
   * @throws IllegalArgumentException if {@code newThreads} is below 1
   */
  public AirForceCsvReader withParallelism(int newThreads) {
    checkArgument(newThreads >= 1, "parallelism must be at least 1: %s", newThreads);
    return new AirForceCsvReader(catalog, zone, mode, window, details, newThreads, rangeBytes,
        wholeBytes, progress);
  }

  /**
   * Returns a copy that tells a listener how far a read of a file has come: the number of bytes
   * read so far, from time to time (after each range of a large file), on the calling thread.
   *
   * @param bytesRead the listener
   * @return the copy
   */
  public AirForceCsvReader withProgress(LongConsumer bytesRead) {
    Objects.requireNonNull(bytesRead, "bytesRead");
    return new AirForceCsvReader(catalog, zone, mode, window, details, threads, rangeBytes,
        wholeBytes, bytesRead);
  }

  /** A copy that groups inputs of at most this many bytes whole, when no window is given. */
  AirForceCsvReader withWholeInputBytes(long bytes) {
    return new AirForceCsvReader(catalog, zone, mode, window, details, threads, rangeBytes, bytes,
        progress);
  }

  /**
   * A copy that cuts files into ranges of about this many bytes (tests use small ones), and groups
   * whole an input of at most twice as many when no window is given (so that a small test file is
   * still cut into ranges; {@link #withWholeInputBytes} after it sets another limit).
   */
  AirForceCsvReader withRangeBytes(int bytes) {
    checkArgument(bytes >= 1, "range size must be at least 1: %s", bytes);
    return new AirForceCsvReader(catalog, zone, mode, window, details, threads, bytes, 2L * bytes,
        progress);
  }

  /**
   * Returns the catalogue weapon names are resolved through.
   *
   * @return the catalogue
   */
  public WeaponCatalog catalog() {
    return catalog;
  }

  /**
   * Returns the zone of the file's local times.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Returns the mode.
   *
   * @return the mode
   */
  public ImportMode mode() {
    return mode;
  }

  /**
   * Returns the number of reports a streaming read of a long input keeps open: the window given,
   * or {@value #DEFAULT_GROUPING_WINDOW}.
   *
   * @return the grouping window
   */
  public int groupingWindow() {
    return window == SIZED_WINDOW ? DEFAULT_GROUPING_WINDOW : window;
  }

  /**
   * Returns the length up to which a streaming read groups an input whole, every report kept open
   * to its end: {@value #DEFAULT_WHOLE_INPUT_BYTES} bytes, or 0 when a window was
   * {@linkplain #withGroupingWindow given}.
   *
   * @return a number of bytes, 0 or more
   */
  public long wholeInputBytes() {
    return window == SIZED_WINDOW ? wholeBytes : 0;
  }

  /** The window of a read of an input of this many bytes. */
  private int windowFor(long bytes) {
    return bytes <= wholeInputBytes() ? Integer.MAX_VALUE : groupingWindow();
  }

  /** A stream whose start was read ahead, and the window its length asks for. */
  private record Ahead(InputStream bytes, int window) {}

  /**
   * Reads the start of a stream, up to one byte past {@link #wholeInputBytes()}, to tell its window
   * as a file's length tells it: the one rule of every stream (the limit's bytes held meanwhile).
   */
  private Ahead readAhead(InputStream in) throws IOException {
    long whole = wholeInputBytes();
    if (whole == 0) {
      return new Ahead(in, groupingWindow());
    }
    byte[] start = new byte[(int) Math.min(Integer.MAX_VALUE - 8, whole + 1)];
    int n = in.readNBytes(start, 0, start.length); // into one array: no copy of the limit's bytes
    return new Ahead(new ReadAhead(start, n, in), windowFor(n));
  }


  /**
   * Returns the line details kept.
   *
   * @return the details, all by default
   */
  public Set<Detail> details() {
    return details;
  }

  /**
   * Returns the number of threads a large file is read on.
   *
   * @return at least 1
   */
  public int parallelism() {
    return threads;
  }

  // ---- whole inputs, in memory ---------------------------------------------------------------------

  /**
   * Reads a whole file into memory, grouping all its rows by report.
   *
   * @param file the file; its name in messages is {@code file.toString()}
   * @return the reports, rejected rows, warnings and counts
   * @throws IOException if the file cannot be read
   * @throws ImportException in strict mode, at the first bad row; a {@link HeaderException} in any
   *     mode when the header cannot be read
   */
  public ImportResult read(Path file) throws IOException {
    ImportResult.Builder b = ImportResult.builder();
    ImportCounts counts = withGroupingWindow(Integer.MAX_VALUE).read(file, ReportSink.of(b));
    return b.addCounts(counts).build();
  }

  /**
   * Reads several files, one after the other, into one result with counts per file. Every report
   * of every file is in the result: a report that two files hold (two releases of the dataset, or
   * one file given twice) is in it twice, and summing both counts its weapons twice (DOMAIN.md
   * §10). To count each report once, read the files through
   * {@link org.conflictstats.io.DistinctReports}, as the command-line tool does.
   *
   * @param files the files
   * @return the results of all files together
   * @throws IOException if a file cannot be read
   * @throws ImportException in strict mode, at the first bad row, or when a header cannot be read
   */
  public ImportResult readAll(Collection<Path> files) throws IOException {
    Objects.requireNonNull(files, "files");
    ImportResult all = ImportResult.empty();
    for (Path f : files) {
      all = all.plus(read(f));
    }
    return all;
  }

  /**
   * Reads CSV text into memory, grouping all its rows by report. The reader is not closed.
   *
   * @param in the text
   * @param fileName the name used in locations and messages, not blank
   * @return the reports, rejected rows, warnings and counts
   * @throws IOException if reading fails
   * @throws ImportException in strict mode, at the first bad row, or when the header cannot be read
   */
  public ImportResult read(Reader in, String fileName) throws IOException {
    Objects.requireNonNull(in, "in");
    return read(new Utf8InputStream(in), fileName);
  }

  /**
   * Reads UTF-8 CSV bytes into memory, grouping all its rows by report. The stream is not closed.
   *
   * @param in the bytes
   * @param fileName the name used in locations and messages, not blank
   * @return the reports, rejected rows, warnings and counts
   * @throws IOException if reading fails
   * @throws ImportException in strict mode, at the first bad row, or when the header cannot be read
   */
  public ImportResult read(InputStream in, String fileName) throws IOException {
    ImportResult.Builder b = ImportResult.builder();
    ImportCounts counts = withGroupingWindow(Integer.MAX_VALUE).read(in, fileName,
        ReportSink.of(b));
    return b.addCounts(counts).build();
  }

  // ---- streaming: any size, bounded memory ---------------------------------------------------------

  /**
   * Reads a file of any size in bounded memory into a sink, in byte ranges on several threads when
   * the file is large: see the class comment. The sink's parts are merged, and its rejected rows and
   * warnings delivered, in file order on this thread.
   *
   * @param file the file; its name in messages is {@code file.toString()}
   * @param sink receives the reports, rejected rows and warnings
   * @param <P> the sink's part
   * @return the counts: rows read, accepted, rejected, and reports
   * @throws IOException if the file cannot be read, or changes while it is read
   * @throws ImportException in strict mode, at the first bad row, or when the header cannot be read
   */
  public <P> ImportCounts read(Path file, ReportSink<P> sink) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sink, "sink");
    String name = file.toString();
    if (!Files.isRegularFile(file) && Files.exists(file) && !Files.isDirectory(file)) {
      // a pipe, a device or a process substitution given by name: read it as a stream
      try (InputStream in = InputFiles.stream(file)) {
        return read(in, name, sink);
      }
    }
    try (FileChannel ch = InputFiles.channel(file)) {
      long size = ch.size();
      int window = windowFor(size);
      ReadConfig config = config(window);
      RecordScanner s = new RecordScanner(ByteSource.of(ch, name, 0, size), 0, 1);
      Reading<P> r = new Reading<>(config, name, sink);
      if (!r.header(s)) {
        return r.counts();
      }
      long dataStart = s.offset();
      if (threads > 1 && window <= MAX_PARALLEL_WINDOW && size - dataStart >= 2L * rangeBytes) {
        RangedRead<P> ranged = new RangedRead<>(config, ch, name, size, r.header(), sink,
            r::deliver, threads, rangeBytes);
        ranged.run(dataStart, s.nextLine(), r.totals());
      } else {
        r.rows(s);
      }
      return r.finish();
    }
  }

  /**
   * Reads UTF-8 CSV bytes of any size in order, in bounded memory, into a sink. The stream is not
   * closed.
   *
   * @param in the bytes
   * @param fileName the name used in locations and messages, not blank
   * @param sink receives the reports, rejected rows and warnings
   * @param <P> the sink's part
   * @return the counts: rows read, accepted, rejected, and reports
   * @throws IOException if reading fails
   * @throws ImportException in strict mode, at the first bad row, or when the header cannot be read
   */
  public <P> ImportCounts read(InputStream in, String fileName, ReportSink<P> sink)
      throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sink, "sink");
    checkName(fileName);
    Ahead ahead = readAhead(new NonClosing(in));
    Reading<P> r = new Reading<>(config(ahead.window()), fileName, sink);
    RecordScanner s = new RecordScanner(ByteSource.of(ahead.bytes()), 0, 1);
    if (!r.header(s)) {
      return r.counts();
    }
    r.rows(s);
    return r.finish();
  }

  /**
   * Reads a file of any size in bounded memory, handing each report, rejected row and warning to the
   * handler in file order, on this thread, as soon as it is complete (a large file is read ahead in
   * ranges on other threads).
   *
   * @param file the file; its name in messages is {@code file.toString()}
   * @param handler receives reports, rejected rows and warnings
   * @return the counts: rows read, accepted, rejected, and reports
   * @throws IOException if the file cannot be read
   * @throws ImportException in strict mode, at the first bad row, or when the header cannot be read
   */
  public ImportCounts read(Path file, ImportHandler handler) throws IOException {
    return read(file, ReportSink.of(Objects.requireNonNull(handler, "handler")));
  }

  /**
   * Reads CSV text of any size in constant memory, handing each report, rejected row and warning to
   * the handler as soon as it is complete. The reader is not closed.
   *
   * @param in the text
   * @param fileName the name used in locations and messages, not blank
   * @param handler receives reports, rejected rows and warnings
   * @return the counts: rows read, accepted, rejected, and reports
   * @throws IOException if reading fails
   * @throws ImportException in strict mode, at the first bad row, or when the header cannot be read
   */
  public ImportCounts read(Reader in, String fileName, ImportHandler handler) throws IOException {
    Objects.requireNonNull(in, "in");
    return read(new Utf8InputStream(in), fileName,
        ReportSink.of(Objects.requireNonNull(handler, "handler")));
  }

  /**
   * Returns the reports of a file as a lazy stream, read in order in bounded memory. Close the stream
   * (it holds the file open). Rejected rows go to {@code onRejected} as they are met; warnings are
   * dropped (use {@link #read(Path, ImportHandler)} to see them). An I/O error while streaming is
   * thrown as an {@link UncheckedIOException}.
   *
   * @param file the file; its name in messages is {@code file.toString()}
   * @param onRejected receives each rejected row
   * @return the reports with the location of each of their rows
   * @throws IOException if the file cannot be opened
   * @throws ImportException when the header cannot be read
   */
  public Stream<ImportedReport> stream(Path file, Consumer<? super RejectedRow> onRejected)
      throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(onRejected, "onRejected");
    InputStream in = InputFiles.stream(file);
    try {
      ArrayDeque<ImportedReport> ready = new ArrayDeque<>();
      ReportSink<ArrayDeque<ImportedReport>> sink = new ReportSink<>() {
        @Override
        public ArrayDeque<ImportedReport> newPart() {
          return ready;
        }

        @Override
        public void accept(ArrayDeque<ImportedReport> part, ImportedReport report) {
          part.add(report);
        }

        @Override
        public void merge(ArrayDeque<ImportedReport> part) {
          // the reports are in the queue already
        }

        @Override
        public void rejected(RejectedRow row) {
          onRejected.accept(row);
        }
      };
      // a pipe or a device as a stream: its start read ahead to tell its length
      Ahead ahead = Files.isRegularFile(file) ? new Ahead(in, windowFor(Files.size(file)))
          : readAhead(in);
      Reading<ArrayDeque<ImportedReport>> r = new Reading<>(config(ahead.window()),
          file.toString(), sink);
      RecordScanner s = new RecordScanner(ByteSource.of(ahead.bytes()), 0, 1);
      boolean rows = r.header(s);
      Spliterator<ImportedReport> split = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
          Spliterator.ORDERED | Spliterator.NONNULL) {
        private boolean done = !rows;

        @Override
        public boolean tryAdvance(Consumer<? super ImportedReport> action) {
          try {
            while (ready.isEmpty() && !done) {
              if (!r.step(s)) {
                r.finish();
                done = true;
              }
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          ImportedReport next = ready.poll();
          if (next == null) {
            return false;
          }
          action.accept(next);
          return true;
        }
      };
      return StreamSupport.stream(split, false).onClose(() -> {
        try {
          in.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  private ReadConfig config(int readWindow) {
    return new ReadConfig(catalog, zone, mode, readWindow, details, progress);
  }

  private static void checkName(String fileName) {
    Objects.requireNonNull(fileName, "fileName");
    checkArgument(!fileName.isBlank(), "file name must not be blank");
  }

  @Override
  public String toString() {
    return "AirForceCsvReader[" + mode + ", " + zone + ", grouping window "
        + (window == SIZED_WINDOW ? "whole up to " + wholeInputBytes() + " bytes, else " : "")
        + groupingWindow() + ", "
        + (details.size() == Detail.values().length ? "all details" : "details " + details)
        + ", " + threads + (threads == 1 ? " thread]" : " threads]");
  }

  /** An input stream whose close does nothing: the caller closes it. */
  private static final class NonClosing extends java.io.FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return in.read(b, off, len);
    }

    @Override
    public void close() {
      // the caller's stream
    }
  }
}
