package org.conflictstats.stats;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import org.conflictstats.model.StrikeReport;

/**
 * What a {@link StatsQuery} does with one report ({@link StatsQuery#select}): counts it, with the
 * lines its filter keeps, or leaves it out, and why. A table and the {@code attacks} view decide
 * through the same method, so they leave out the same reports.
 *
 * <pre>{@code
 * Selection s = query.select(report);
 * if (s.verdict() == Selection.Verdict.COUNTED) {
 *   s.report().lines();   // the lines that pass the query's filter
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param verdict counted, or why not
 * @param report the report with the lines that pass the filter when counted or left out as
 *     invalid; the report as given otherwise
 * @param date the report date under the query's attribution
 * @param droppedLines lines of a counted or invalid report that the filter did not pass; 0
 *     otherwise
 * @param partMatchedLines lines of a counted report that passed the filter only through a part of a
 *     composite weapon; 0 otherwise
 */
public record Selection(Verdict verdict, StrikeReport report, LocalDate date, int droppedLines,
    int partMatchedLines) {

  /** Whether a report is counted, and why not. Checked in this order. */
  public enum Verdict {
    /** Its source is outside the query's scope (not validated, not filtered). */
    OUT_OF_SCOPE,
    /** Its date, or every one of its lines, fails the query's filter (not validated). */
    FILTERED_OUT,
    /** It has validation errors and the query leaves such reports out. */
    INVALID,
    /** It is counted. */
    COUNTED
  }

  /** Checks the components. */
  public Selection {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(date, "date");
    checkArgument(droppedLines >= 0 && partMatchedLines >= 0, "counts must not be negative");
  }

  /**
   * Returns whether the report is counted.
   *
   * @return {@code true} for {@link Verdict#COUNTED}
   */
  public boolean counted() {
    return verdict == Verdict.COUNTED;
  }
}
