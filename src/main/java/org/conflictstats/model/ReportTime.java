package org.conflictstats.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A local point in time as a source gave it, with its precision. A date-only time is stored at
 * midnight and keeps {@link TimePrecision#DATE}, so "the source gave only a date" is never lost.
 *
 * <pre>{@code
 * ReportTime.ofMinute(LocalDateTime.of(2025, 4, 16, 20, 0)).toString(); // "2025-04-16T20:00"
 * ReportTime.ofDate(LocalDate.of(2025, 4, 17)).toString();              // "2025-04-17"
 * }</pre>
 *
 * @param dateTime the local date and time, truncated to minutes (midnight for a date)
 * @param precision the precision the source gave
 */
public record ReportTime(LocalDateTime dateTime, TimePrecision precision)
    implements Comparable<ReportTime> {

  /** Checks and normalises the components: minutes only, midnight for a date. */
  public ReportTime {
    Objects.requireNonNull(dateTime, "dateTime");
    Objects.requireNonNull(precision, "precision");
    if (precision == TimePrecision.DATE) {
      if (dateTime.getHour() != 0 || dateTime.getMinute() != 0 || dateTime.getSecond() != 0
          || dateTime.getNano() != 0) {
        dateTime = dateTime.toLocalDate().atStartOfDay();
      }
    } else if (dateTime.getSecond() != 0 || dateTime.getNano() != 0) {
      dateTime = dateTime.truncatedTo(ChronoUnit.MINUTES);
    }
  }

  /**
   * Returns a time given to the minute.
   *
   * @param dateTime the local date and time; seconds are dropped
   * @return the time
   */
  public static ReportTime ofMinute(LocalDateTime dateTime) {
    return new ReportTime(dateTime, TimePrecision.MINUTE);
  }

  /**
   * Returns a time of which only the date is known.
   *
   * @param date the local date
   * @return the time, at midnight with {@link TimePrecision#DATE}
   */
  public static ReportTime ofDate(LocalDate date) {
    return new ReportTime(date.atStartOfDay(), TimePrecision.DATE);
  }

  /**
   * Reads a report time as text: the form {@link #toString()} writes, {@code 2025-04-16T20:00} or
   * {@code 2025-04-17}, and every form the Air Force CSV reader takes, with the same grammar (one
   * implementation): a space for the {@code T} ({@code 2025-04-16 20:00}), a one-digit hour
   * ({@code 2023-05-16 3:30}), a one-digit month or day, seconds that are zero
   * ({@code 20:00:00}, {@code 20:00:00.000}); spaces and control characters around it are ignored.
   * A year has four digits and is not limited here (the readers take 1900 to 2200 only); seconds
   * other than zero are refused rather than dropped, since a report time keeps minutes.
   *
   * <pre>{@code
   * ReportTime.parse("2025-04-16 20:00").equals(ReportTime.parse("2025-04-16T20:00")); // true
   * ReportTime.parse("2023-05-16 3:30");                                              // 03:30
   * ReportTime.parse("2025-04-17").isDateOnly();                                      // true
   * }</pre>
   *
   * @param text the text
   * @return the time
   * @throws ReportTimeParseException (a {@link java.time.format.DateTimeParseException}) if the
   *     text is not a report time; its message names the text and the forms, its
   *     {@link ReportTimeParseException#problem() problem} says what is wrong
   */
  public static ReportTime parse(CharSequence text) {
    return ReportTimeText.parse(Objects.requireNonNull(text, "text"));
  }

  /**
   * Returns the local date.
   *
   * @return the date
   */
  public LocalDate date() {
    return dateTime.toLocalDate();
  }

  /**
   * Returns the local date and time as minutes since 1970-01-01T00:00 of the same clock (no zone
   * applied; negative before 1970), one number for comparing and hashing times. The readers'
   * identity columns, the report fingerprint and the period check all count minutes so.
   *
   * <pre>{@code
   * ReportTime.ofMinute(LocalDateTime.of(1970, 1, 2, 0, 30)).localEpochMinute(); // 1470
   * ReportTime.ofDate(LocalDate.of(1969, 12, 31)).localEpochMinute();            // -1440
   * }</pre>
   *
   * @return the minutes since the local epoch
   */
  public long localEpochMinute() {
    return dateTime.toLocalDate().toEpochDay() * 1440 + dateTime.getHour() * 60
        + dateTime.getMinute();
  }

  /**
   * Returns whether only the date is known.
   *
   * @return {@code true} for {@link TimePrecision#DATE}
   */
  public boolean isDateOnly() {
    return precision == TimePrecision.DATE;
  }

  @Override
  public int compareTo(ReportTime o) {
    int c = dateTime.compareTo(o.dateTime);
    return c != 0 ? c : precision.compareTo(o.precision);
  }

  /**
   * Returns ISO text: {@code 2025-04-16T20:00}, or {@code 2025-04-17} for a date only.
   */
  @Override
  public String toString() {
    return isDateOnly() ? date().toString() : dateTime.toString();
  }
}
