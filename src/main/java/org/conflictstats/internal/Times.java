package org.conflictstats.internal;

import org.conflictstats.model.ReportTime;

/**
 * Report times as the tables, {@code summary} and the HTML report write them: the local date, and
 * the time of day after a space when the source gave one ({@code 2026-02-08 08:30}, {@code
 * 2022-09-28}), not ISO's {@code T}. Not API: the package is not exported.
 *
 * <pre>{@code
 * Times.local(ReportTime.parse("2026-02-08T08:30")); // "2026-02-08 08:30"
 * }</pre>
 */
public final class Times {

  private Times() {}

  /**
   * A report time as the tables write it.
   *
   * @param t the time
   * @return {@code yyyy-MM-dd HH:mm}, or {@code yyyy-MM-dd} for a date-only time
   */
  public static String local(ReportTime t) {
    return t.toString().replace('T', ' ');
  }
}
