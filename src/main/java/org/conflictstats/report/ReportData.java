package org.conflictstats.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.conflictstats.io.IdentityCounts;
import org.conflictstats.io.ImportCounts;
import org.conflictstats.io.ImportResult;
import org.conflictstats.io.ImportWarning;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.RejectedRow;
import org.conflictstats.io.ReportSink;
import org.conflictstats.model.SourceScope;
import org.conflictstats.stats.Attribution;
import org.conflictstats.stats.Dimension;
import org.conflictstats.stats.IntervalMethod;
import org.conflictstats.stats.RateKind;
import org.conflictstats.stats.ReportFilter;
import org.conflictstats.stats.ReportingRegimes;
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
 * ReportData data = ReportData.of(imported, SourceScope.ALL, false, Attribution.standard(),
 *     RateKind.NEUTRALISATION, IntervalMethod.WILSON, 0.95);
 * String html = HtmlReport.of(data).toHtml();
 * }</pre>
 */
public final class ReportData {

  private final SourceScope scope;
  private final boolean includeInvalid;
  private final Attribution attribution;
  private final RateKind rate;
  private final IntervalMethod method;
  private final double level;
  private final ReportingRegimes regimes;
  private final ReportFilter filter;
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
    this.scope = sink.scope;
    this.includeInvalid = sink.includeInvalid;
    this.attribution = sink.attribution;
    this.rate = sink.rate;
    this.method = sink.method;
    this.level = sink.level;
    this.regimes = sink.regimes;
    this.filter = sink.filter;
    this.tables = Map.copyOf(tables);
    ReportDataSink.Part m = sink.merged;
    // what summary says, from the same computation: the facts and the table by weapon, filtered
    this.summary = Summary.of(files, m.facts, Objects.requireNonNull(identity, "identity"),
        filter, scope, includeInvalid, table(Dimension.WEAPON), Optional.of(method),
        level);
    this.warnings = sink.warnings;
    this.firstWarnings = List.copyOf(sink.firstWarnings);
    this.findings = Collections.unmodifiableMap(new LinkedHashMap<>(m.findings));
    this.missing = m.missing.clone();
    this.checkedReports = m.checkedReports;
    this.checkedLines = m.checkedLines;
  }

  /**
   * Returns the data of inputs already read into memory: their reports, rejected rows and warnings
   * go through a {@link ReportDataSink}, as a streamed reading's do. The reports are taken as given:
   * the command counts a report given more than once (two inputs holding it, or a file whose post
   * comes back after the reader's window) once, through {@code DistinctReports}; this does not.
   *
   * @param imported the inputs as read: reports, rejected rows, warnings, counts per file
   * @param scope the sources counted
   * @param includeInvalid whether reports with validation errors are kept
   * @param attribution how reports are dated
   * @param rate the headline rate
   * @param method the interval method
   * @param level the interval level
   * @return the data
   */
  public static ReportData of(ImportResult imported, SourceScope scope, boolean includeInvalid,
      Attribution attribution, RateKind rate, IntervalMethod method, double level) {
    Objects.requireNonNull(imported, "imported");
    ReportDataSink sink = new ReportDataSink(scope, includeInvalid, attribution, rate, method,
        level);
    ReportSink.Feeder<?> feeder = ReportSink.feeder(sink);
    for (ImportedReport r : imported.imported()) {
      feeder.report(r);
    }
    for (RejectedRow row : imported.rejected()) {
      feeder.rejected(row);
    }
    for (ImportWarning w : imported.warnings()) {
      feeder.warning(w);
    }
    feeder.finish();
    return sink.result(imported.files(), Optional.empty());
  }

  /** The sources counted. */
  public SourceScope scope() {
    return scope;
  }

  /** Whether reports with validation errors are kept. */
  public boolean includeInvalid() {
    return includeInvalid;
  }

  /** How reports are dated. */
  public Attribution attribution() {
    return attribution;
  }

  /** The headline rate. */
  public RateKind rate() {
    return rate;
  }

  /**
   * Returns the reporting regimes the tables' warnings on kinetic rates use.
   *
   * @return the regimes
   */
  public ReportingRegimes regimes() {
    return regimes;
  }

  /**
   * Returns the filter: the lines the tables, charts and summary rates count.
   *
   * @return the filter; {@link ReportFilter#all()} without one
   */
  public ReportFilter filter() {
    return filter;
  }

  /** The interval method. */
  public IntervalMethod method() {
    return method;
  }

  /** The interval level. */
  public double level() {
    return level;
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
