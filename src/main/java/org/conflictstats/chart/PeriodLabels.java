package org.conflictstats.chart;

import java.text.DateFormat;
import java.text.FieldPosition;
import java.text.ParsePosition;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;
import org.conflictstats.stats.Dimension;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickMarkPosition;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;

/**
 * Ticks that name the chart's periods where the axis' own would not: a year as {@code 2025} and a
 * quarter as {@code 2025-Q1}, one tick in the middle of each (the axis' own ticks for quarters fell
 * on other months, "Mar-2023" under the middle of a quarter's bar). Days, weeks and months keep the
 * axis' choice, which may skip periods when there are many.
 */
final class PeriodLabels extends DateFormat {
  private static final long serialVersionUID = 1L;

  /** Quarters labelled one by one up to this many; past it the axis chooses. */
  static final int MAX_QUARTERS = 24;

  private final boolean quarter;

  private PeriodLabels(boolean quarter) {
    this.quarter = quarter;
    setCalendar(java.util.Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT));
    setNumberFormat(java.text.NumberFormat.getIntegerInstance(Locale.ROOT));
  }

  /** Sets the axis' ticks for the periods, when they are years or not too many quarters. */
  static void apply(DateAxis axis, Dimension period, int periods) {
    if (period == Dimension.YEAR) {
      axis.setTickUnit(new DateTickUnit(DateTickUnitType.YEAR, 1, new PeriodLabels(false)));
    } else if (period == Dimension.QUARTER && periods <= MAX_QUARTERS) {
      axis.setTickUnit(new DateTickUnit(DateTickUnitType.MONTH, 3, new PeriodLabels(true)));
    } else {
      return;
    }
    axis.setTickMarkPosition(DateTickMarkPosition.MIDDLE);
  }

  @Override
  public StringBuffer format(Date date, StringBuffer to, FieldPosition position) {
    // the chart's dates are the periods' days at midnight UTC
    var day = date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    to.append(day.getYear());
    if (quarter) {
      to.append("-Q").append((day.getMonthValue() - 1) / 3 + 1);
    }
    return to;
  }

  @Override
  public Date parse(String source, ParsePosition position) {
    throw new UnsupportedOperationException("labels only");
  }
}
