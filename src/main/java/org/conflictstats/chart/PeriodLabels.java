package org.conflictstats.chart;

import java.text.DateFormat;
import java.text.FieldPosition;
import java.text.ParsePosition;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;
import org.conflictstats.stats.Dimension;

/**
 * The names of the chart's periods as the table's rows name them: a year as {@code 2025}, a
 * quarter as {@code 2025-Q1}, a month as {@code 2025-09}, a week as {@code 2025-W40} and a day as
 * {@code 2025-10-01} (the axis' own named them "Sep-2025", "4-Sep" or "1-Oct"). A date is named
 * after the period it falls in; {@link PeriodTicks} chooses which periods are labelled and
 * {@link TimeAxis} puts each label at the middle of its period.
 */
final class PeriodLabels extends DateFormat {
  private static final long serialVersionUID = 1L;

  private final Dimension period;

  /** Names dates after the period they fall in: a day, week, month, quarter or year. */
  PeriodLabels(Dimension period) {
    this.period = period;
    setCalendar(java.util.Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT));
    setNumberFormat(java.text.NumberFormat.getIntegerInstance(Locale.ROOT));
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
