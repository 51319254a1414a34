package org.conflictstats.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.conflictstats.model.ReportTimeParseException.Problem;

/**
 * The one grammar of a report time written as text, which {@link ReportTime#parse} and the Air
 * Force CSV reader (for every cell but the usual {@code 2025-04-16 20:00}, which it reads from the
 * bytes directly and a property test holds to this grammar) share:
 *
 * <ul>
 *   <li>a date, {@code yyyy-m-d}: a year of four digits, a month and a day of one or two;
 *   <li>optionally a time of day after {@code T} or a space (more spaces allowed):
 *       {@code h:mm}, an hour of one or two digits and minutes of two, then optionally
 *       {@code :ss} and a fraction {@code .fffffffff} of one to nine digits, which must be zero;
 *   <li>spaces and control characters around it are ignored.
 * </ul>
 *
 * A date alone is a {@link TimePrecision#DATE date-only} time. The year is not limited here (the
 * readers refuse years outside {@link InputLimits#FIRST_YEAR}-{@link InputLimits#LAST_YEAR}).
 */
final class ReportTimeText {

  private ReportTimeText() {}

  static ReportTime parse(CharSequence text) {
    int s = 0;
    int e = text.length();
    while (s < e && text.charAt(s) <= ' ') {
      s++;
    }
    while (e > s && text.charAt(e - 1) <= ' ') {
      e--;
    }
    int[] at = {s};
    int year = digits(text, at, e, 4, 4);
    int month = -1;
    int day = -1;
    if (year >= 0 && take(text, at, e, '-')) {
      month = digits(text, at, e, 1, 2);
      if (month >= 0 && take(text, at, e, '-')) {
        day = digits(text, at, e, 1, 2);
      }
    }
    if (day < 0) {
      throw notATime(text, at[0]);
    }
    boolean dateOnly = at[0] == e;
    int hour = 0;
    int minute = 0;
    int second = 0;
    boolean fraction = false;
    if (!dateOnly) {
      char sep = text.charAt(at[0]);
      if (sep != ' ' && sep != 'T') {
        throw notATime(text, at[0]);
      }
      at[0]++;
      while (at[0] < e && text.charAt(at[0]) == ' ') {
        at[0]++;
      }
      hour = digits(text, at, e, 1, 2);
      minute = hour >= 0 && take(text, at, e, ':') ? digits(text, at, e, 2, 2) : -1;
      if (minute >= 0 && take(text, at, e, ':')) {
        second = digits(text, at, e, 2, 2);
        if (second >= 0 && take(text, at, e, '.')) {
          int from = at[0];
          if (digits(text, at, e, 1, 9) < 0) {
            throw notATime(text, at[0]);
          }
          for (int k = from; k < at[0]; k++) {
            fraction |= text.charAt(k) != '0';
          }
        }
      }
      if (minute < 0 || second < 0 || at[0] != e) {
        throw notATime(text, at[0]);
      }
    }
    if (month < 1 || month > 12 || day < 1 || day > LocalDate.of(year, month, 1).lengthOfMonth()
        || hour > 23 || minute > 59 || second > 59) {
      throw new ReportTimeParseException(Problem.NO_SUCH_TIME,
          "no such date or time: '" + text + "'", text, s);
    }
    if (second != 0 || fraction) {
      throw new ReportTimeParseException(Problem.SECONDS, "time has seconds, which a report time"
          + " does not keep (write minutes): '" + text + "'", text, s);
    }
    return dateOnly ? ReportTime.ofDate(LocalDate.of(year, month, day))
        : ReportTime.ofMinute(LocalDateTime.of(year, month, day, hour, minute));
  }

  private static ReportTimeParseException notATime(CharSequence text, int index) {
    return new ReportTimeParseException(Problem.NOT_A_TIME, "not a report time (2025-04-16T20:00,"
        + " 2025-04-16 20:00, 2023-05-16 3:30 or 2025-04-17): '" + text + "'", text, index);
  }

  /** Reads min to max digits at {@code at[0]} and moves past them; -1 (not moving) for fewer. */
  private static int digits(CharSequence t, int[] at, int e, int min, int max) {
    int i = at[0];
    int v = 0;
    int n = 0;
    while (i < e && n < max && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
      v = v * 10 + (t.charAt(i) - '0');
      i++;
      n++;
    }
    if (n < min) {
      return -1;
    }
    at[0] = i;
    return v;
  }

  private static boolean take(CharSequence t, int[] at, int e, char c) {
    if (at[0] < e && t.charAt(at[0]) == c) {
      at[0]++;
      return true;
    }
    return false;
  }
}
