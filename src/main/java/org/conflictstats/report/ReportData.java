package org.conflictstats.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.conflictstats.io.ImportResult;
import org.conflictstats.model.SourceScope;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.stats.Attribution;
import org.conflictstats.stats.Dimension;
import org.conflictstats.stats.IntervalMethod;
import org.conflictstats.stats.RateKind;
import org.conflictstats.stats.StatsQuery;
import org.conflictstats.stats.StatsTable;

/**
 * What the report is made of: the imported inputs, the scope and the rate, and the tables computed
 * from them, each once whatever the number of sections that show it (the month table and the total
 * are each wanted by two). Not thread-safe: one report is written on one thread.
 *
 * <pre>{@code
 * ReportData data = new ReportData(imported, SourceScope.ALL, false, Attribution.standard(),
 *     RateKind.NEUTRALISATION, IntervalMethod.WILSON, 0.95);
 * String html = HtmlReport.of(data).toHtml();
 * }</pre>
 */
public final class ReportData {

  private final ImportResult imported;
  private final SourceScope scope;
  private final boolean includeInvalid;
  private final Attribution attribution;
  private final RateKind rate;
  private final IntervalMethod method;
  private final double level;
  private final Map<List<Dimension>, StatsTable> tables = new HashMap<>();

  /**
   * Checks and keeps the parts.
   *
   * @param imported the inputs as read: reports, rejected rows, warnings, counts per file
   * @param scope the sources counted
   * @param includeInvalid whether reports with validation errors are kept
   * @param attribution how reports are dated
   * @param rate the headline rate
   * @param method the interval method
   * @param level the interval level
   */
  public ReportData(ImportResult imported, SourceScope scope, boolean includeInvalid,
      Attribution attribution, RateKind rate, IntervalMethod method, double level) {
    this.imported = Objects.requireNonNull(imported, "imported");
    this.scope = Objects.requireNonNull(scope, "scope");
    this.includeInvalid = includeInvalid;
    this.attribution = Objects.requireNonNull(attribution, "attribution");
    this.rate = Objects.requireNonNull(rate, "rate");
    this.method = Objects.requireNonNull(method, "method");
    this.level = level;
  }

  /** The inputs as read. */
  public ImportResult imported() {
    return imported;
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

  /** The interval method. */
  public IntervalMethod method() {
    return method;
  }

  /** The interval level. */
  public double level() {
    return level;
  }

  /** The reports read. */
  List<StrikeReport> reports() {
    return imported.reports();
  }

  /** A table of the reports by the given dimensions, in the report's scope; made once. */
  StatsTable table(Dimension... dimensions) {
    return tables.computeIfAbsent(List.of(dimensions), d -> query(dimensions).run(reports()));
  }

  StatsQuery query(Dimension... dimensions) {
    return StatsQuery.groupBy(dimensions).withScope(scope).withAttribution(attribution)
        .withInvalidReportsKept(includeInvalid);
  }
}
