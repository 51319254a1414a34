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
 * Ticks that name the chart's periods as the table's rows name them: a year as {@code 2025}, a
 * quarter as {@code 2025-Q1}, a month as {@code 2025-09}, a week as {@code 2025-W40} and a day as
 * {@code 2025-10-01}. Years and quarters get one tick in the middle of each (the axis' own ticks for
 * quarters fell on other months, "Mar-2023" under the middle of a quarter's bar). Weeks get a tick
 * every week, or every few weeks when there are many, each named after the week it falls in (the
 * axis' own named a day of the week, "4-Sep" under the week of 1 September, with no year). Months
 * get a tick on the first of every month, or of every 2, 3, 6 or 12 months when there are many;
 * days one at the start of every day, or of every 2 or 3 days, or every few weeks (on Mondays)
 * when there are many ({@link TimeAxis} puts them there); the axis' own named them "Sep-2025" and
 * "1-Oct".
 */
final class PeriodLabels extends DateFormat {
  private static final long serialVersionUID = 1L;

  /** Quarters labelled one by one up to this many; past it the axis chooses. */
  static final int MAX_QUARTERS = 24;

  /** Weeks labelled one by one up to this many; past it every second, third, ... week. */
  static final int MAX_WEEK_LABELS = 16;

  /** Months labelled one by one up to this many; past it every 2, 3, 6, 12, 24, ... months. */
  static final int MAX_MONTH_LABELS = 16;

  /**
   * Days labelled one by one up to this many; past it every 2 or 3 days, then every 1, 2, 3, ...
   * weeks ({@code 2025-10-01} is wider than a month's or a week's name).
   */
  static final int MAX_DAY_LABELS = 12;

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
   * Sets the axis' ticks for the periods, when they are years, months, weeks, days or not too many
   * quarters.
   *
   * @param periods how many periods the axis covers ({@link #covered})
   */
  static void apply(DateAxis axis, Dimension period, int periods) {
    // years, quarters and weeks in the middle of the period (weeks at noon, so never on the
    // midnight between two weeks' bars); months and days at the start of the period they name, on
    // the first of a month or a day's midnight (TimeAxis: the first of January, a Monday, ...)
    DateTickUnit unit;
    DateTickMarkPosition at = DateTickMarkPosition.MIDDLE;
    if (period == Dimension.YEAR) {
      unit = new DateTickUnit(DateTickUnitType.YEAR, 1, new PeriodLabels(period));
    } else if (period == Dimension.QUARTER && periods <= MAX_QUARTERS) {
      unit = new DateTickUnit(DateTickUnitType.MONTH, 3, new PeriodLabels(period));
    } else if (period == Dimension.WEEK) {
      int every = Math.max(1, (periods + MAX_WEEK_LABELS - 1) / MAX_WEEK_LABELS);
      unit = new DateTickUnit(DateTickUnitType.DAY, 7 * every, new PeriodLabels(period));
    } else if (period == Dimension.MONTH) {
      unit = new DateTickUnit(DateTickUnitType.MONTH,
          every(periods, MAX_MONTH_LABELS, 2, 3, 6, 12), new PeriodLabels(period));
      at = DateTickMarkPosition.START;
    } else if (period == Dimension.DAY) {
      unit = new DateTickUnit(DateTickUnitType.DAY, every(periods, MAX_DAY_LABELS, 2, 3, 7),
          new PeriodLabels(period));
      at = DateTickMarkPosition.START;
    } else {
      return;
    }
    axis.setTickUnit(unit);
    axis.setTickMarkPosition(at);
  }

  /**
   * How many periods apart the ticks are: 1 up to {@code max} periods, else the first of the steps
   * that gives at most {@code max} ticks, else a multiple of the last step.
   */
  static int every(int periods, int max, int... steps) {
    int least = Math.max(1, (periods + max - 1) / max);
    if (least == 1) {
      return 1;
    }
    for (int step : steps) {
      if (step >= least) {
        return step;
      }
    }
    int last = steps[steps.length - 1];
    return last * ((least + last - 1) / last);
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
