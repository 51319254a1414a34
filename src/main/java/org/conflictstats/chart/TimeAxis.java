package org.conflictstats.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.conflictstats.stats.Dimension;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTick;
import org.jfree.chart.axis.DateTickMarkPosition;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * The chart's time axis, in UTC (the periods' days at midnight), labelled by period: each label
 * names a period as the table's rows do ({@link PeriodLabels}) and sits at the middle of that
 * period, under the centre of its bar; which periods are labelled follows the width the axis is
 * drawn at ({@link PeriodTicks}), so that no two labels overlap. Only the periods from the first
 * with a row to the last are labelled, not those of the axis' margins.
 *
 * <pre>{@code
 * TimeAxis axis = new TimeAxis("report date in Europe/Kyiv, by month", Dimension.MONTH,
 *     LocalDate.of(2023, 1, 1), LocalDate.of(2026, 1, 1));
 * // at 1000 pixels, 36 months: 2023-01, 2023-04, 2023-07, ... each under its month's bar
 * }</pre>
 */
final class TimeAxis extends DateAxis {
  private static final long serialVersionUID = 1L;

  private final Dimension period;
  /** The first day of the first period labelled, in the chart's milliseconds; or none. */
  private final double from;
  /** The first day after the last period labelled. */
  private final double to;

  /**
   * An axis of the periods.
   *
   * @param label the axis' label
   * @param period day, week, month, quarter or year
   * @param from the first day of the periods that may be labelled (the first period with a row);
   *     {@code null} for no limit
   * @param to the first day after them (after the last period with a row); {@code null} for no
   *     limit
   */
  TimeAxis(String label, Dimension period, LocalDate from, LocalDate to) {
    super(label, TimeZone.getTimeZone("UTC"), Locale.ENGLISH);
    PeriodTicks.steps(period); // a time dimension, or IllegalArgumentException
    this.period = period;
    this.from = from == null ? Double.NEGATIVE_INFINITY : ChartData.date(from).getTime();
    this.to = to == null ? Double.POSITIVE_INFINITY : ChartData.date(to).getTime();
    // the ticks are PeriodTicks' (refreshTicksHorizontal); the unit only names a date as its row
    setTickUnit(new DateTickUnit(DateTickUnitType.DAY, 1, new PeriodLabels(period)), false,
        true);
    setTickMarkPosition(DateTickMarkPosition.MIDDLE);
  }

  /**
   * How wide a label is taken to be, in pixels, at a font size: at least its width in the common
   * sans-serif fonts (DejaVu Sans, Liberation Sans, Arial, Helvetica, Noto Sans), whose digits and
   * hyphens are at most 0.64 em wide (0.67 when drawn whole pixels) and whose capitals ({@code W}
   * of a week, {@code Q} of a quarter) at most 1 em; so 0.7 and 1.05 em. An upper bound rather
   * than the font's own measure: which periods are labelled must not depend on the fonts a
   * machine has.
   *
   * @param text the label
   * @param size the font size, in points (pixels)
   * @return the width to leave for it
   */
  static double labelWidth(String text, float size) {
    double ems = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      ems += c >= '0' && c <= '9' || c == '-' ? 0.7 : 1.05;
    }
    return ems * size;
  }

  /** The period the axis is labelled by. */
  Dimension period() {
    return period;
  }

  /**
   * The ticks of a horizontal axis: {@link PeriodTicks#choose}, at the width of the data area and
   * of the labels in the tick label font; each label centred on its tick.
   */
  @Override
  protected List<?> refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea,
      RectangleEdge edge) {
    if (isVerticalTickLabels()) {
      return super.refreshTicksHorizontal(g2, dataArea, edge);
    }
    float size = getTickLabelFont().getSize2D();
    // the periods drawn, not those of the axis' margins (before the first bar, after the last);
    // labels measured by labelWidth, not by the machine's font, so that one input gives the same
    // labels on every machine
    List<PeriodTicks.Tick> chosen = PeriodTicks.choose(period,
        Math.max(from, getRange().getLowerBound()), Math.min(to, getRange().getUpperBound()),
        millis -> valueToJava2D(millis, dataArea, edge), text -> labelWidth(text, size));
    TextAnchor anchor = edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER
        : TextAnchor.TOP_CENTER;
    List<DateTick> ticks = new ArrayList<>();
    for (PeriodTicks.Tick t : chosen) {
      ticks.add(new DateTick(new java.util.Date((long) t.middle()), t.label(), anchor, anchor,
          0.0));
    }
    return ticks;
  }
}
