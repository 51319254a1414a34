package org.conflictstats.io.csv;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.conflictstats.io.ImportCounts;
import org.conflictstats.io.ImportException;
import org.conflictstats.io.ImportHandler;
import org.conflictstats.io.ImportMode;
import org.conflictstats.io.ImportResult;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.RejectedRow;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.stats.StatsQuery;
import org.conflictstats.stats.StatsTable;
import org.conflictstats.stats.TallyAccumulator;

/**
 * Reads the Air Force CSV ("Massive Missile Attacks on Ukraine") in any of its four published
 * layouts (DOMAIN.md §8) into {@link org.conflictstats.model.StrikeReport}s. Obtain one with
 * {@link AirForceCsv#reader()}; it is immutable, and the {@code with} methods return changed copies.
 *
 * <pre>{@code
 * Path path = Path.of("missile_attacks_daily.csv");
 * AirForceCsvReader reader = AirForceCsv.reader();        // lenient, Europe/Kyiv, built-in catalogue
 * ImportResult all = reader.read(path);
 * all.reports();                                          // one report per post
 * all.rejected();                                         // bad rows: file, line, field, raw text, reason
 *
 * // any size, constant memory:
 * TallyAccumulator tally = new TallyAccumulator();
 * try (Stream<ImportedReport> s = reader.stream(path, bad -> System.err.println(bad))) {
 *   s.map(ImportedReport::report).forEach(tally::add);
 * }
 * }</pre>
 *
 * <h2>Columns</h2>
 * Columns are found by header name (case, surrounding spaces, and space versus underscore do not
 * matter), never by position. {@code time_start}, {@code time_end}, {@code model} and
 * {@code launched} are required; every other column is optional. Unknown columns are ignored with one
 * warning. Each row is one {@link org.conflictstats.model.WeaponLine}:
 * <ul>
 *   <li>{@code launched}: launched; with {@code status_data = hidden} the Air Force withheld the
 *       figure, so launched is <em>at least</em> the cell's value (an unknown upper bound) and
 *       {@link org.conflictstats.model.LineDetails#launchedWithheld()} is set;
 *   <li>{@code destroyed}: destroyed; {@code not_reach_goal}: suppressed; {@code still_attacking}:
 *       still airborne; {@code border_crossing} (a dict per country, summed, or a number), or the 2024
 *       layout's {@code cross_border_belarus} plus {@code back_russia}: left airspace, with the
 *       per-country figures kept in the details. No column gives "hit".
 *   <li>A blank cell or {@code NaN} is an unknown count; {@code 0} or {@code 0.0} is an exact zero;
 *       {@code 93.0} is 93. An outcome column that the layout does not have at all (no
 *       {@code not_reach_goal} in the 2023 layout) is an exact zero: "not reported as that outcome",
 *       so those weapons fall into the derived unknown outcome.
 *   <li>Everything else goes into the line's {@link org.conflictstats.model.LineDetails}:
 *       {@code launch_place}, {@code target}, {@code target_main}, {@code carrier}, the
 *       {@code affected region} list, {@code launched_details} (launched per model, keys resolved
 *       through the catalogue, so a combined line's launched count can be split by weapon),
 *       {@code launch_place_details}, {@code destroyed_details} (per direction), {@code
 *       destroyed_types} (sub-types), {@code is_shahed}, {@code turbojet},
 *       {@code turbojet_destroyed}, and the place counts {@code num_hit_location} and
 *       {@code num_fall_fragment_location}, which are never added to outcomes.
 * </ul>
 *
 * <h2>Reports</h2>
 * Rows that share {@code time_start}, {@code time_end} and {@code source} (compared as read:
 * {@code "2024-05-16 "} equals {@code "2024-05-16"}) make one report, whose id is
 * {@link AirForceCsv#reportId}, whose target area is its first row's {@code target}, whose regions
 * are the union of its rows' affected regions, and whose casualties are unknown. Times are local
 * times in the reader's zone (Europe/Kyiv by default); a date alone is kept as a date.
 *
 * <p>The real files sometimes put a row apart from the other rows of its post. {@link #read(Path)}
 * groups the whole file, so such rows join their report (one warning counts them). The streaming
 * methods keep at most {@linkplain #withGroupingWindow(int) a window} of reports open (1024 by
 * default) and emit the oldest when another starts, so memory does not grow with the file; a row that
 * comes more than a window of reports after the rest of its report starts a separate report with id
 * {@code <id>#2} and a warning.
 *
 * <h2>Bad rows</h2>
 * In {@link ImportMode#LENIENT} mode (the default) a bad row (an unreadable count or time, a wrong
 * number of cells, an unclosed quote, a malformed dict) becomes a {@link RejectedRow} naming file,
 * line and column, and reading goes on; rows read always equal rows accepted plus rows rejected. An
 * unclosed quote costs only its own line: the lines after it are read again. A file without a usable
 * header (empty, not CSV, a required column missing) gives a rejected header row and rejects every
 * other row. In {@link ImportMode#STRICT} mode the first bad row throws an {@link ImportException}.
 * Inconsistent but readable rows (more destroyed than launched, a period that ends before it starts)
 * are accepted: reporting them is the validator's job.
 *
 * <p>Files are read as UTF-8 (a byte order mark is skipped; undecodable bytes become U+FFFD); CRLF,
 * LF and CR line ends are all accepted. This class is immutable and thread-safe; each read is
 * independent.
 */
public final class AirForceCsvReader {

  /** The default number of reports a streaming read keeps open. */
  public static final int DEFAULT_GROUPING_WINDOW = 1024;

  private static final AirForceCsvReader DEFAULT = new AirForceCsvReader(WeaponCatalog.builtIn(),
      ReportPeriod.KYIV, ImportMode.LENIENT, DEFAULT_GROUPING_WINDOW);

  private final WeaponCatalog catalog;
  private final ZoneId zone;
  private final ImportMode mode;
  private final int window;

  private AirForceCsvReader(WeaponCatalog catalog, ZoneId zone, ImportMode mode, int window) {
    this.catalog = catalog;
    this.zone = zone;
    this.mode = mode;
    this.window = window;
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
    return new AirForceCsvReader(Objects.requireNonNull(newCatalog, "catalog"), zone, mode, window);
  }

  /**
   * Returns a copy that reads times in another zone.
   *
   * @param newZone the zone of the file's local times (Europe/Kyiv by default)
   * @return the copy
   */
  public AirForceCsvReader withZone(ZoneId newZone) {
    return new AirForceCsvReader(catalog, Objects.requireNonNull(newZone, "zone"), mode, window);
  }

  /**
   * Returns a copy with another mode.
   *
   * @param newMode {@link ImportMode#LENIENT} (the default) or {@link ImportMode#STRICT}
   * @return the copy
   */
  public AirForceCsvReader withMode(ImportMode newMode) {
    return new AirForceCsvReader(catalog, zone, Objects.requireNonNull(newMode, "mode"), window);
  }

  /**
   * Returns a copy whose streaming reads keep another number of reports open. A larger window merges
   * rows that lie further apart from the rest of their report, at the cost of memory and of later
   * emission. {@link #read(Path)} and {@link #read(Reader, String)} always group the whole file.
   *
   * @param reports the number of open reports, at least 1
   * @return the copy
   * @throws IllegalArgumentException if {@code reports} is below 1
   */
  public AirForceCsvReader withGroupingWindow(int reports) {
    checkArgument(reports >= 1, "grouping window must be at least 1: %s", reports);
    return new AirForceCsvReader(catalog, zone, mode, reports);
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
   * Returns the number of reports a streaming read keeps open.
   *
   * @return the grouping window
   */
  public int groupingWindow() {
    return window;
  }

  /**
   * Reads a whole file into memory, grouping all its rows by report.
   *
   * @param file the file; its name in messages is {@code file.toString()}
   * @return the reports, rejected rows, warnings and counts
   * @throws IOException if the file cannot be read
   * @throws ImportException in strict mode, at the first bad row
   */
  public ImportResult read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (Reader in = open(file)) {
      return read(in, file.toString());
    }
  }

  /**
   * Reads several files, one after the other, into one result with counts per file.
   *
   * @param files the files
   * @return the results of all files together
   * @throws IOException if a file cannot be read
   * @throws ImportException in strict mode, at the first bad row
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
   * @throws ImportException in strict mode, at the first bad row
   */
  public ImportResult read(Reader in, String fileName) throws IOException {
    ImportResult.Builder b = ImportResult.builder();
    ImportCounts counts = run(in, fileName, b, Integer.MAX_VALUE);
    return b.addCounts(counts).build();
  }

  /**
   * Reads a file and aggregates it straight into a grouped table: the same table as
   * {@code query.run(stream(file, onRejected).map(ImportedReport::report))}, computed faster and in
   * constant memory when it can be.
   *
   * <pre>{@code
   * StatsTable byMonth = AirForceCsv.reader().table(path,
   *     StatsQuery.groupBy(Dimension.MONTH, Dimension.WEAPON)
   *         .withInvalidReportsKept(true).withOverlapCheck(false),
   *     bad -> System.err.println(bad));
   * }</pre>
   *
   * <p>When the query keeps invalid reports, does not look for overlap (its scope is not {@code ALL},
   * or {@link StatsQuery#withOverlapCheck(boolean)} is off), groups by at most three of the built-in
   * dimensions {@code day}, {@code week}, {@code month}, {@code year}, {@code weapon},
   * {@code category} and {@code source}, and attributes reports in the reader's zone, the file is
   * cut into byte ranges at report boundaries and the ranges are read on all processors, each row
   * going straight from the file's bytes into its group's {@link TallyAccumulator}; only the groups
   * are kept in memory. Rows in forms the fast reading does not know (and rows to be rejected) are
   * read by the ordinary parser, and a file in which rows of one report lie far apart is read in
   * order, so the table is the same either way; rows of a report follow the
   * {@linkplain #withGroupingWindow(int) grouping window} as in {@link #stream}. A reader whose window
   * is above 65,536 reports reads the file in order. Other queries read the file in order, as
   * {@link #stream} does. Rejected rows reach {@code onRejected} in file order, after the reading,
   * with their line numbers; warnings are dropped.
   *
   * @param file the file; its name in messages is {@code file.toString()}
   * @param query the query
   * @param onRejected receives each rejected row
   * @return the table
   * @throws IOException if the file cannot be read
   * @throws ImportException in strict mode, at the first bad row
   */
  public StatsTable table(Path file, StatsQuery query, Consumer<? super RejectedRow> onRejected)
      throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(onRejected, "onRejected");
    return ParallelTable.run(this, file, query, onRejected,
        Runtime.getRuntime().availableProcessors());
  }

  /**
   * Reads a file of any size in constant memory, handing each report, rejected row and warning to
   * the handler as soon as it is complete.
   *
   * @param file the file; its name in messages is {@code file.toString()}
   * @param handler receives reports, rejected rows and warnings
   * @return the counts: rows read, accepted, rejected, and reports
   * @throws IOException if the file cannot be read
   * @throws ImportException in strict mode, at the first bad row
   */
  public ImportCounts read(Path file, ImportHandler handler) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(handler, "handler");
    try (Reader in = open(file)) {
      return read(in, file.toString(), handler);
    }
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
   * @throws ImportException in strict mode, at the first bad row
   */
  public ImportCounts read(Reader in, String fileName, ImportHandler handler) throws IOException {
    return run(in, fileName, handler, window);
  }

  /**
   * Returns the reports of a file as a lazy stream, read in constant memory. Close the stream (it
   * holds the file open). Rejected rows go to {@code onRejected} as they are met; warnings are
   * dropped (use {@link #read(Path, ImportHandler)} to see them). An I/O error while streaming is
   * thrown as an {@link UncheckedIOException}.
   *
   * @param file the file; its name in messages is {@code file.toString()}
   * @param onRejected receives each rejected row
   * @return the reports with the location of each of their rows
   * @throws IOException if the file cannot be opened
   */
  public Stream<ImportedReport> stream(Path file, Consumer<? super RejectedRow> onRejected)
      throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(onRejected, "onRejected");
    ImportHandler side = new ImportHandler() {
      @Override
      public void report(ImportedReport report) {
        throw new AssertionError("reports are pulled, not pushed");
      }

      @Override
      public void rejected(RejectedRow row) {
        onRejected.accept(row);
      }
    };
    Reader in = open(file);
    AirForceCsvParser parser = new AirForceCsvParser(in, file.toString(), catalog, zone, mode,
        window, side);
    Spliterator<ImportedReport> split = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
        Spliterator.ORDERED | Spliterator.NONNULL) {
      @Override
      public boolean tryAdvance(Consumer<? super ImportedReport> action) {
        ImportedReport r;
        try {
          r = parser.nextReport();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        if (r == null) {
          return false;
        }
        action.accept(r);
        return true;
      }
    };
    return StreamSupport.stream(split, false).onClose(() -> {
      try {
        parser.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private ImportCounts run(Reader in, String fileName, ImportHandler handler, int groupWindow)
      throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(handler, "handler");
    checkArgument(!fileName.isBlank(), "file name must not be blank");
    AirForceCsvParser parser =
        new AirForceCsvParser(in, fileName, catalog, zone, mode, groupWindow, handler);
    ImportedReport r;
    while ((r = parser.nextReport()) != null) {
      handler.report(r);
    }
    return parser.counts();
  }

  static Reader open(Path file) throws IOException {
    // InputStreamReader replaces undecodable bytes with U+FFFD instead of failing
    return new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "AirForceCsvReader[" + mode + ", " + zone + ", grouping window " + window + "]";
  }
}
