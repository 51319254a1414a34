package org.conflictstats.stats;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * What a {@link StatsQuery} left out of its table, and why: reports with validation errors (unless
 * the query keeps them), reports outside the query's source scope, and reports and lines that its
 * {@linkplain StatsQuery#withFilter filter} did not pass. Nothing is dropped without a count: the
 * lines given to the query are the table's total lines plus {@link #lines()}, and its reports the
 * total's reports plus {@link #reports()}.
 *
 * <pre>{@code
 * LeftOut out = table.leftOut();
 * out.invalidReports();  // reports with validation errors
 * out.invalidLines();    // their lines (those the filter passes)
 * out.filteredLines();   // lines the filter did not pass
 * out.lines();           // every line left out, for any reason
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param invalidReports reports left out for validation errors, at least 0
 * @param invalidLines their weapon lines that pass the filter, at least 0
 * @param outOfScopeReports reports whose source is outside the query's scope, at least 0
 * @param outOfScopeLines their weapon lines, at least 0
 * @param filteredReports reports in scope whose date, or every line, fails the filter, at least 0
 * @param filteredLines lines of reports in scope that fail the filter (every line of a filtered
 *     report, and the failing lines of the others), at least 0
 */
public record LeftOut(long invalidReports, long invalidLines, long outOfScopeReports,
    long outOfScopeLines, long filteredReports, long filteredLines) {

  private static final LeftOut NONE = new LeftOut(0, 0, 0, 0, 0, 0);

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public LeftOut {
    checkArgument(invalidReports >= 0 && invalidLines >= 0 && outOfScopeReports >= 0
        && outOfScopeLines >= 0 && filteredReports >= 0 && filteredLines >= 0,
        "counts must not be negative");
  }

  /**
   * Returns the counts of a query without a filter.
   *
   * @param invalidReports reports left out for validation errors, at least 0
   * @param invalidLines their weapon lines, at least 0
   * @param outOfScopeReports reports whose source is outside the query's scope, at least 0
   * @param outOfScopeLines their weapon lines, at least 0
   * @throws IllegalArgumentException if a count is negative
   */
  public LeftOut(long invalidReports, long invalidLines, long outOfScopeReports,
      long outOfScopeLines) {
    this(invalidReports, invalidLines, outOfScopeReports, outOfScopeLines, 0, 0);
  }

  /**
   * Returns the value for nothing left out.
   *
   * @return all counts zero
   */
  public static LeftOut none() {
    return NONE;
  }

  /**
   * Returns how many reports were left out, for any reason.
   *
   * @return invalid, out-of-scope and filtered reports
   */
  public long reports() {
    return invalidReports + outOfScopeReports + filteredReports;
  }

  /**
   * Returns how many weapon lines were left out, for any reason.
   *
   * @return invalid, out-of-scope and filtered lines
   */
  public long lines() {
    return invalidLines + outOfScopeLines + filteredLines;
  }

  /**
   * Returns whether nothing was left out.
   *
   * @return {@code true} when every count is zero
   */
  public boolean isEmpty() {
    return reports() == 0 && lines() == 0;
  }

  /**
   * Returns the sum of two counts of left-out reports and lines.
   *
   * @param other the other counts
   * @return the sums
   */
  public LeftOut plus(LeftOut other) {
    return new LeftOut(Math.addExact(invalidReports, other.invalidReports),
        Math.addExact(invalidLines, other.invalidLines),
        Math.addExact(outOfScopeReports, other.outOfScopeReports),
        Math.addExact(outOfScopeLines, other.outOfScopeLines),
        Math.addExact(filteredReports, other.filteredReports),
        Math.addExact(filteredLines, other.filteredLines));
  }
}
