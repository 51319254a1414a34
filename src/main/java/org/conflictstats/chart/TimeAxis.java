package org.conflictstats.chart;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickMarkPosition;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;

/**
 * The chart's time axis, in UTC (the periods' days at midnight), whose ticks at the start of a
 * period fall where a reader counts from: every 3 months on the first of January, April, July and
 * October, every 12 on the first of January (the axis' own put them on March, June, ... and on
 * December), every few weeks of days on a Monday. Ticks in the middle of a period (weeks,
 * quarters, years: {@link PeriodLabels}) and ticks the axis chooses itself (more than 24
 * quarters) are placed as the axis' own.
 *
 * <pre>{@code
 * TimeAxis axis = new TimeAxis("report date in Europe/Kyiv, by month");
 * PeriodLabels.apply(axis, Dimension.MONTH, 36);   // 2023-01, 2023-04, 2023-07, ...
 * }</pre>
 */
final class TimeAxis extends DateAxis {
  private static final long serialVersionUID = 1L;

  /** 1970-01-05, the first Monday of the epoch, in days from it. */
  private static final long MONDAY = 4;

  TimeAxis(String label) {
    super(label, TimeZone.getTimeZone("UTC"), Locale.ENGLISH);
  }

  /**
   * The last tick at a period's start before the date: a month whose number counted from year 0 is
   * a multiple of the unit's (January for 12 and 6, January, April, ... for 3), a day whose number
   * from the epoch is one (a Monday when the unit is whole weeks).
   */
  @Override
  protected Date previousStandardDate(Date date, DateTickUnit unit) {
    DateTickUnitType type = unit.getUnitType();
    if (isAutoTickUnitSelection() || getTickMarkPosition() != DateTickMarkPosition.START
        || !(type.equals(DateTickUnitType.MONTH) || type.equals(DateTickUnitType.DAY))) {
      return super.previousStandardDate(date, unit);
    }
    int n = unit.getMultiple();
    LocalDate day = date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    LocalDate tick;
    if (type.equals(DateTickUnitType.MONTH)) {
      long month = Math.floorDiv(day.getYear() * 12L + day.getMonthValue() - 1, n) * n;
      tick = LocalDate.of((int) Math.floorDiv(month, 12), (int) Math.floorMod(month, 12) + 1, 1);
    } else {
      long origin = n % 7 == 0 ? MONDAY : 0;
      tick = LocalDate.ofEpochDay(origin + Math.floorDiv(day.toEpochDay() - origin, n) * n);
    }
    Date at = ChartData.date(tick);
    if (!at.before(date)) {
      at = ChartData.date(type.equals(DateTickUnitType.MONTH) ? tick.minusMonths(n)
          : tick.minusDays(n));
    }
    return at;
  }
}
