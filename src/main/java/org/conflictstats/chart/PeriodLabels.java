package org.conflictstats.chart;

import java.text.DateFormat;
import java.text.FieldPosition;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;
import org.conflictstats.stats.Dimension;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickMarkPosition;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;

/**
 * Ticks that name the chart's periods where the axis' own would not: a year as {@code 2025}, a
 * quarter as {@code 2025-Q1} and a week as {@code 2025-W40}, as the table's rows name them. Years
 * and quarters get one tick in the middle of each (the axis' own ticks for quarters fell on other
 * months, "Mar-2023" under the middle of a quarter's bar). Weeks get a tick every week, or every
 * few weeks when there are many, each named after the week it falls in (the axis' own named a day
 * of the week, "4-Sep" under the week of 1 September, with no year). Days and months keep the
 * axis' choice, which may skip periods when there are many.
 */
final class PeriodLabels extends DateFormat {
  private static final long serialVersionUID = 1L;

  /** Quarters labelled one by one up to this many; past it the axis chooses. */
  static final int MAX_QUARTERS = 24;

  /** Weeks labelled one by one up to this many; past it every second, third, ... week. */
  static final int MAX_WEEK_LABELS = 16;

  private final Dimension period;

  private PeriodLabels(Dimension period) {
    this.period = period;
    setCalendar(java.util.Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT));
    setNumberFormat(java.text.NumberFormat.getIntegerInstance(Locale.ROOT));
  }

  /**
   * How many periods the axis covers, from the first period's start to the last one's end: those
   * without a row too, since the axis draws their span (a few weeks with data over three years
   * are 156 weeks of axis).
   */
  static int covered(Dimension period, LocalDate from, LocalDate to) {
    long n = period == Dimension.DAY ? ChronoUnit.DAYS.between(from, to)
        : period == Dimension.WEEK ? ChronoUnit.WEEKS.between(from, to)
        : period == Dimension.MONTH ? ChronoUnit.MONTHS.between(from, to)
        : period == Dimension.QUARTER ? ChronoUnit.MONTHS.between(from, to) / 3
        : ChronoUnit.YEARS.between(from, to);
    return (int) Math.min(n, Integer.MAX_VALUE);
  }

  /**
   * Sets the axis' ticks for the periods, when they are years, weeks or not too many quarters.
   *
   * @param periods how many periods the axis covers ({@link #covered})
   */
  static void apply(DateAxis axis, Dimension period, int periods) {
    if (period == Dimension.YEAR) {
      axis.setTickUnit(new DateTickUnit(DateTickUnitType.YEAR, 1, new PeriodLabels(period)));
    } else if (period == Dimension.QUARTER && periods <= MAX_QUARTERS) {
      axis.setTickUnit(new DateTickUnit(DateTickUnitType.MONTH, 3, new PeriodLabels(period)));
    } else if (period == Dimension.WEEK) {
      // ticks at noon (the middle of a day), so never on the midnight between two weeks' bars
      int every = Math.max(1, (periods + MAX_WEEK_LABELS - 1) / MAX_WEEK_LABELS);
      axis.setTickUnit(new DateTickUnit(DateTickUnitType.DAY, 7 * every,
          new PeriodLabels(period)));
    } else {
      return;
    }
    axis.setTickMarkPosition(DateTickMarkPosition.MIDDLE);
  }

  @Override
  public StringBuffer format(Date date, StringBuffer to, FieldPosition position) {
    // the chart's dates are the periods' days at midnight UTC; a tick is named as the row of the
    // period it falls in
    var day = date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    return to.append(period.keyOfDate(day).orElseThrow());
  }

  @Override
  public Date parse(String source, ParsePosition position) {
    throw new UnsupportedOperationException("labels only");
  }
}
