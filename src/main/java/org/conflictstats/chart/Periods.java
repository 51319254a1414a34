package org.conflictstats.chart;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.util.List;
import org.conflictstats.stats.Dimension;

/** The calendar span of a time key: {@code 2025-04-17}, {@code 2025-W16}, {@code 2025-04}, ... */
final class Periods {

  /** The dimensions a chart's first grouping may be. */
  static final List<Dimension> TIME = List.of(Dimension.DAY, Dimension.WEEK, Dimension.MONTH,
      Dimension.QUARTER, Dimension.YEAR);

  private Periods() {}

  /**
   * Returns the first day of the period and the first day after it.
   *
   * @throws IllegalArgumentException if the key is not a key of that dimension
   */
  static LocalDate[] span(Dimension d, String key) {
    try {
      if (d == Dimension.DAY) {
        LocalDate day = LocalDate.parse(key);
        return new LocalDate[] {day, day.plusDays(1)};
      }
      if (d == Dimension.WEEK) {
        int at = key.lastIndexOf("-W");
        int year = Integer.parseInt(key.substring(0, at));
        int week = Integer.parseInt(key.substring(at + 2));
        LocalDate monday = LocalDate.of(year, 1, 4)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
            .with(ChronoField.DAY_OF_WEEK, 1);
        return new LocalDate[] {monday, monday.plusWeeks(1)};
      }
      if (d == Dimension.MONTH) {
        LocalDate first = YearMonth.parse(key).atDay(1);
        return new LocalDate[] {first, first.plusMonths(1)};
      }
      if (d == Dimension.QUARTER) {
        int at = key.lastIndexOf("-Q");
        int year = Integer.parseInt(key.substring(0, at));
        int quarter = Integer.parseInt(key.substring(at + 2));
        LocalDate first = LocalDate.of(year, 3 * quarter - 2, 1);
        return new LocalDate[] {first, first.plusMonths(3)};
      }
      if (d == Dimension.YEAR) {
        LocalDate first = LocalDate.of(Integer.parseInt(key), 1, 1);
        return new LocalDate[] {first, first.plusYears(1)};
      }
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a " + d + " key: '" + key + "'", e);
    }
    throw new IllegalArgumentException("a chart's periods are day, week, month, quarter or year,"
        + " not " + d);
  }
}
