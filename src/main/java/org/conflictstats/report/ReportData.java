package org.conflictstats.report;

import java.util.List;
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
 * What the report is made of: the imported inputs, the scope and the rate, and the figures
 * computed once from them (validation, tables), shared by the sections.
 *
 * @param imported the inputs as read: reports, rejected rows, warnings, counts per file
 * @param scope the sources counted
 * @param includeInvalid whether reports with validation errors are kept
 * @param attribution how reports are dated
 * @param rate the headline rate
 * @param method the interval method
 * @param level the interval level
 */
public record ReportData(ImportResult imported, SourceScope scope, boolean includeInvalid,
    Attribution attribution, RateKind rate, IntervalMethod method, double level) {

  /** Checks the components. */
  public ReportData {
    Objects.requireNonNull(imported, "imported");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(attribution, "attribution");
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(method, "method");
  }

  /** The reports read. */
  List<StrikeReport> reports() {
    return imported.reports();
  }

  /** A table of the reports by the given dimensions, in the report's scope. */
  StatsTable table(Dimension... dimensions) {
    return query(dimensions).run(imported.reports());
  }

  StatsQuery query(Dimension... dimensions) {
    return StatsQuery.groupBy(dimensions).withScope(scope).withAttribution(attribution)
        .withInvalidReportsKept(includeInvalid);
  }
}
