package org.conflictstats.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.conflictstats.io.DistinctReports;
import org.conflictstats.io.FileLocation;
import org.conflictstats.io.IdentityCounts;
import org.conflictstats.io.ImportCounts;
import org.conflictstats.io.ImportResult;
import org.conflictstats.io.ImportWarning;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.RejectedRow;
import org.conflictstats.io.ReportInput;
import org.conflictstats.io.ReportSink;
import org.conflictstats.stats.Dimension;
import org.conflictstats.stats.StatsTable;
import org.conflictstats.summary.Summary;

/**
 * What the report is made of: the scope and the rate, and what the inputs gave, gathered in one
 * pass by a {@link ReportDataSink} (so that a file of any size is reported in bounded memory): the
 * counts of each file, the tables (each made once, whatever the number of sections that show it),
 * the reports by source and the period, the findings by code, the missing values, the warnings.
 * Immutable once made.
 *
 * <pre>{@code
 * ImportResult imported = AirForceCsv.reader().read(Path.of("a.csv"));
 * ReportData data = ReportData.of(imported, ReportSettings.standard()
 *     .withScope(SourceScope.NATIONAL)
 *     .withInterval(IntervalMethod.WILSON, 0.95)
 *     .withFilter(ReportFilter.all().withFamilies(List.of("drones"))));
 * String html = HtmlReport.of(data).toHtml();
 * }</pre>
 */
public final class ReportData {

  private final ReportSettings settings;
  private final Map<List<Dimension>, StatsTable> tables;
  private final Summary summary;
  private final long warnings;
  private final List<ImportWarning> firstWarnings;
  private final Map<String, FindingTally> findings;
  private final long[] missing;
  private final long checkedReports;
  private final long checkedLines;

  ReportData(ReportDataSink sink, List<ImportCounts> files, Optional<IdentityCounts> identity,
      Map<List<Dimension>, StatsTable> tables) {
    this.settings = sink.settings;
    this.tables = Map.copyOf(tables);
    ReportDataSink.Part m = sink.merged;
    // what summary says, from the same computation: the facts and the table by weapon, filtered
    this.summary = Summary.of(files, m.facts, Objects.requireNonNull(identity, "identity"),
        settings.filter(), settings.scope(), settings.keepsInvalidReports(),
        table(Dimension.WEAPON), Optional.of(settings.intervalMethod()), settings.level());
    this.warnings = sink.warnings;
    this.firstWarnings = List.copyOf(sink.firstWarnings);
    this.findings = Collections.unmodifiableMap(new LinkedHashMap<>(m.findings));
    this.missing = m.missing.clone();
    this.checkedReports = m.checkedReports;
    this.checkedLines = m.checkedLines;
  }

  /**
   * Returns the data of inputs already read into memory, each report counted once: their reports,
   * rejected rows and warnings go through {@link DistinctReports#preferLast()} into a
   * {@link ReportDataSink} made with the same settings, as a streamed reading's do, so that the page
   * counts what {@code conflict-stats report} with the same options counts (the filter included).
   * See {@link #of(ImportResult, ReportSettings, DistinctReports)}.
   *
   * <pre>{@code
   * ImportResult imported = AirForceCsv.reader().read(Path.of("a.csv"));
   * ReportData data = ReportData.of(imported, ReportSettings.standard()
   *     .withFilter(ReportFilter.all().withDates(DateRange.parse("2025-10"))));
   * }</pre>
   *
   * @param imported the inputs as read: reports, rejected rows, warnings, counts per file
   * @param settings the scope, rate, interval, regimes, filter and the rest
   * @return the data
   */
  public static ReportData of(ImportResult imported, ReportSettings settings) {
    return of(imported, settings, DistinctReports.preferLast());
  }

  /**
   * Returns the data of inputs already read into memory, each report counted once by the given
   * rule (DOMAIN.md §10): two releases of the dataset read into one {@code ImportResult}
   * ({@link ImportResult#plus}) hold most reports twice, and the page counts each once, as the
   * command does with the same files. The inputs are the result's files, in order: the first
   * {@code files().get(0).reports()} reports and {@code rowsRejected()} rejected rows are the first
   * file's, and so on, as {@link ImportResult#plus} and a builder filled file by file keep them;
   * the warnings follow the last file's rows. A report given twice within one file (a JSON Lines
   * file that holds it twice) counts once too. A filter by region needs the reports read with their
   * regions (the Air Force CSV reader's {@code Detail.REGIONS}).
   *
   * <pre>{@code
   * ImportResult both = reader.read(Path.of("2023-07.csv")).plus(reader.read(Path.of("2026-02.csv")));
   * ReportData data = ReportData.of(both, ReportSettings.standard(), DistinctReports.preferring(
   *     DistinctReports.Prefer.FIRST));
   * }</pre>
   *
   * @param imported the inputs as read: reports, rejected rows, warnings, counts per file
   * @param settings the scope, rate, interval, regimes, filter and the rest
   * @param distinct which version of a report given more than once counts
   * @return the data
   * @throws IllegalArgumentException if a report or rejected row comes in another file's place
   *     (the result's reports are not file by file in the order of its counts), or there are more
   *     than 32,768 files
   */
  public static ReportData of(ImportResult imported, ReportSettings settings,
      DistinctReports distinct) {
    Objects.requireNonNull(imported, "imported");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(distinct, "distinct");
    if (imported.files().isEmpty()) {
      // no file, so no report and no rejected row: only warnings, and nothing to count twice
      ReportDataSink sink = new ReportDataSink(settings);
      ReportSink.Feeder<?> feeder = ReportSink.feeder(sink);
      imported.warnings().forEach(feeder::warning);
      feeder.finish();
      return sink.result(imported.files(), Optional.empty());
    }
    try {
      DistinctReports.Result<ReportDataSink> read =
          distinct.read(inputs(imported), () -> new ReportDataSink(settings));
      return read.sink().result(imported.files(), Optional.of(read.identity()));
    } catch (IOException e) {
      // inputs in memory are read the same way every time
      throw new UncheckedIOException(e);
    }
  }

  /** The files of a result as inputs that give their reports, rejected rows and warnings again. */
  private static List<ReportInput> inputs(ImportResult imported) {
    List<ReportInput> inputs = new ArrayList<>();
    List<ImportCounts> files = imported.files();
    int report = 0;
    int rejected = 0;
    for (int f = 0; f < files.size(); f++) {
      ImportCounts counts = files.get(f);
      List<ImportedReport> reports = imported.imported()
          .subList(report, report + Math.toIntExact(counts.reports()));
      List<RejectedRow> rows = imported.rejected()
          .subList(rejected, rejected + Math.toIntExact(counts.rowsRejected()));
      List<ImportWarning> warnings = f == files.size() - 1 ? imported.warnings() : List.of();
      report += reports.size();
      rejected += rows.size();
      for (ImportedReport r : reports) {
        if (!r.rows().isEmpty() || r.noLinesAt().isPresent()) {
          sameFile(counts, r.location(), "report " + r.report().id());
        }
      }
      for (RejectedRow r : rows) {
        sameFile(counts, r.location(), "rejected row");
      }
      inputs.add(ReportInput.of(counts.file(), sink -> {
        ReportSink.Feeder<?> feeder = ReportSink.feeder(sink);
        reports.forEach(feeder::report);
        rows.forEach(feeder::rejected);
        warnings.forEach(feeder::warning);
        feeder.finish();
        return counts;
      }));
    }
    return inputs;
  }

  /** Checks that what a file's slice holds was read from that file. */
  private static void sameFile(ImportCounts counts, FileLocation at, String what) {
    if (!at.file().equals(counts.file())) {
      throw new IllegalArgumentException(what + " at " + at + " comes where the result's counts"
          + " put the reports of " + counts.file() + ": the reports and rejected rows must come"
          + " file by file, in the order of the files' counts, as ImportResult.plus keeps them");
    }
  }

  /**
   * Returns the settings the data was gathered with: the scope, rate, interval, regimes, filter
   * and the rest.
   *
   * <pre>{@code
   * boolean filtered = !data.settings().filter().isAll();
   * }</pre>
   *
   * @return the settings
   */
  public ReportSettings settings() {
    return settings;
  }

  /**
   * What {@code summary --format json} says of the same inputs and options: the counts of each
   * input, the reports, the period, the sources, the overall rates, the overlap; worked out by the
   * one computation both use ({@link Summary#of}).
   */
  Summary summary() {
    return summary;
  }

  /** The import's warnings, counted. */
  long warnings() {
    return warnings;
  }

  /** The first of the import's warnings, in input order. */
  List<ImportWarning> firstWarnings() {
    return firstWarnings;
  }

  /** Findings and rejected rows by code, in code order. */
  Map<String, FindingTally> findings() {
    return findings;
  }

  /** The weapon lines gathered. */
  long lines() {
    return summary.lines();
  }

  /**
   * The reports whose findings and missing values the page shows: every report read, or with a
   * filter those it passes (their date, and one line at least), as {@code validate} checks them.
   */
  long checkedReports() {
    return checkedReports;
  }

  /** The weapon lines of the {@link #checkedReports()}, each report whole. */
  long checkedLines() {
    return checkedLines;
  }

  /** The lines without each field of {@link MissingnessSection#FIELDS}, in its order. */
  long missing(int field) {
    return missing[field];
  }

  /**
   * Returns the page's table by weapon, in its scope: its reports left out (validation errors, the
   * source scope) and its overlap between posts (the one table of the page that looks for it) are
   * the page's, as {@code rates} gives them for the same settings.
   *
   * <pre>{@code
   * ReportData data = ReportData.of(imported, ReportSettings.standard());
   * long invalid = data.byWeapon().leftOut().invalidReports();
   * }</pre>
   *
   * @return the table by {@link Dimension#WEAPON}
   */
  public StatsTable byWeapon() {
    return table(Dimension.WEAPON);
  }

  /**
   * A table of the reports by the given dimensions, in the report's scope: one of
   * {@link ReportDataSink#TABLES}, made once.
   *
   * @throws IllegalArgumentException for a table the report does not make
   */
  StatsTable table(Dimension... dimensions) {
    StatsTable t = tables.get(List.of(dimensions));
    if (t == null) {
      throw new IllegalArgumentException("the report makes no table by " + List.of(dimensions)
          + "; it makes " + new ArrayList<>(ReportDataSink.TABLES));
    }
    return t;
  }
}
