package org.conflictstats.stats;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A number of reports and of their weapon lines, such as the lines of a table that have no attack
 * size ({@link StatsTable#unsized()}).
 *
 * <pre>{@code
 * table.unsized().ifPresent(n -> System.out.println(n.lines() + " lines of " + n.reports()
 *     + " reports have no attack size"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param reports the reports, at least 0
 * @param lines their lines, at least 0
 */
public record LineCount(long reports, long lines) {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public LineCount {
    checkArgument(reports >= 0 && lines >= 0, "counts must not be negative");
  }
}
