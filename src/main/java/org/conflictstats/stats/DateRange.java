package org.conflictstats.stats;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A closed range of report dates (DOMAIN.md §5), first and last day included, either end open. A
 * period of any precision reads as the range of its days: {@code 2025} (a year), {@code 2025-Q4}
 * (a quarter), {@code 2025-10} (a month), {@code 2025-W40} (an ISO week, Monday to Sunday) and
 * {@code 2025-10-01} (a day).
 *
 * <pre>{@code
 * DateRange.parse("2025-Q4");                 // 2025-10-01 to 2025-12-31
 * DateRange.parse("2025-W40").first();        // 2025-09-29, a Monday
 * DateRange.of(DateRange.parse("2024").first(), LocalDate.of(2024, 6, 25));
 * DateRange.from(LocalDate.of(2025, 10, 1));  // open at the end
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param first the first day included; {@link LocalDate#MIN} when open at the start
 * @param last the last day included, not before {@code first}; {@link LocalDate#MAX} when open at
 *     the end
 */
public record DateRange(LocalDate first, LocalDate last) {

  private static final DateRange ALL = new DateRange(LocalDate.MIN, LocalDate.MAX);
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-[Ww](\\d{2})");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public DateRange {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    checkArgument(!last.isBefore(first), "the range ends (%s) before it starts (%s)", last, first);
  }

  /**
   * Returns the range of every date.
   *
   * @return the range open at both ends
   */
  public static DateRange all() {
    return ALL;
  }

  /**
   * Returns the range from one day to another, both included.
   *
   * @param first the first day
   * @param last the last day, not before {@code first}
   * @return the range
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public static DateRange of(LocalDate first, LocalDate last) {
    return new DateRange(first, last);
  }

  /**
   * Returns the range from a day on, open at the end.
   *
   * @param first the first day
   * @return the range
   */
  public static DateRange from(LocalDate first) {
    return new DateRange(first, LocalDate.MAX);
  }

  /**
   * Returns the range up to a day, open at the start.
   *
   * @param last the last day
   * @return the range
   */
  public static DateRange until(LocalDate last) {
    return new DateRange(LocalDate.MIN, last);
  }

  /**
   * Reads a period of any precision as the range of its days: {@code 2025}, {@code 2025-Q4},
   * {@code 2025-10}, {@code 2025-W40} (ISO week-based year and week) or {@code 2025-10-01}.
   *
   * @param text the period
   * @return the range of its days
   * @throws IllegalArgumentException if the text is none of these, or names no such period (a
   *     13th month, a 53rd week in a year of 52)
   */
  public static DateRange parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().strip();
    try {
      Matcher m;
      if (YEAR.matcher(s).matches()) {
        Year y = Year.parse(s);
        return of(y.atDay(1), y.atMonth(12).atEndOfMonth());
      }
      if ((m = QUARTER.matcher(s)).matches()) {
        int year = Integer.parseInt(m.group(1));
        int quarter = Integer.parseInt(m.group(2));
        YearMonth firstMonth = YearMonth.of(year, 3 * quarter - 2);
        return of(firstMonth.atDay(1), firstMonth.plusMonths(2).atEndOfMonth());
      }
      if ((m = WEEK.matcher(s)).matches()) {
        int year = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        LocalDate inYear = LocalDate.of(year, 6, 1);
        long weeks = inYear.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        checkArgument(week >= 1 && week <= weeks, "no week %s in %s (it has %s)", week, year,
            weeks);
        LocalDate monday = inYear.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return of(monday, monday.plusDays(6));
      }
      if (MONTH.matcher(s).matches()) {
        YearMonth month = YearMonth.parse(s);
        return of(month.atDay(1), month.atEndOfMonth());
      }
      if (DAY.matcher(s).matches()) {
        LocalDate day = LocalDate.parse(s);
        return of(day, day);
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("no such date: '" + s + "'", e);
    }
    throw new IllegalArgumentException("not a date, month, ISO week, quarter or year: '" + s
        + "' (expected 2025-10-01, 2025-10, 2025-W40, 2025-Q4 or 2025)");
  }

  /**
   * Returns whether a date lies in the range, ends included.
   *
   * @param date the date
   * @return {@code true} when {@code first <= date <= last}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(first) && !date.isAfter(last);
  }

  /**
   * Returns whether the range holds every date.
   *
   * @return {@code true} when open at both ends
   */
  public boolean isAll() {
    return first.equals(LocalDate.MIN) && last.equals(LocalDate.MAX);
  }

  /**
   * Returns the range as text: {@code 2024-01-01 to 2024-06-25}, {@code from 2025-10-01},
   * {@code to 2025-10-31}, {@code 2025-10-01} for one day, {@code any date} when open at both ends.
   *
   * @return the text
   */
  @Override
  public String toString() {
    boolean open = first.equals(LocalDate.MIN);
    boolean openEnd = last.equals(LocalDate.MAX);
    if (open && openEnd) {
      return "any date";
    }
    if (open) {
      return "to " + last;
    }
    if (openEnd) {
      return "from " + first;
    }
    return first.equals(last) ? first.toString() : first + " to " + last;
  }
}
