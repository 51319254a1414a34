package org.conflictstats.stats;

import java.time.LocalDate;
import java.util.Objects;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponLine;

/**
 * What a user-defined {@link Dimension} sees of one weapon line: the report it belongs to, the line,
 * and the date the report is attributed to under the query's {@link Attribution}.
 *
 * <pre>{@code
 * Dimension carrier = Dimension.of("carrier", ctx -> ctx.line().details().carrier());
 * Dimension weekday = Dimension.of("weekday", ctx -> ctx.reportDate().getDayOfWeek().toString());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param report the report
 * @param line the line, as the report gives it
 * @param reportDate the date the report is attributed to
 */
public record LineContext(StrikeReport report, WeaponLine line, LocalDate reportDate) {

  /** Checks the components. */
  public LineContext {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(reportDate, "reportDate");
  }
}
