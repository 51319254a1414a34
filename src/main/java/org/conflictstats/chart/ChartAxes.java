package org.conflictstats.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.conflictstats.stats.Dimension;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The chart's axes and the look of its plots: the time axis the plots share (named after the zone
 * and the period, labelled by {@link TimeAxis}), the rate's axis in percent above and the
 * launched count's axis below.
 *
 * <pre>{@code
 * DateAxis time = ChartAxes.time(ZoneId.of("Europe/Kyiv"), Dimension.MONTH, data.periods());
 * time.getLabel();   // "report date in Europe/Kyiv, by month"
 * }</pre>
 */
final class ChartAxes {

  /** The font of the axes' labels (and of the legend). */
  static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

  private ChartAxes() {}

  /**
   * The time axis: the dates are the periods' days at midnight UTC; its label names the zone the
   * periods are of.
   *
   * <p>Its labels are at the middle of the periods they name, as many as fit the width it is drawn
   * at ({@link TimeAxis}).
   *
   * @param periods the periods with a row, in order; the periods from the first to the last are
   *     labelled, those with no row between them too (the axis draws their span), not those of the
   *     axis' margins
   */
  static DateAxis time(ZoneId zone, Dimension period, SortedSet<String> periods) {
    String label = timeLabel(zone, period);
    DateAxis time = periods.isEmpty() ? new TimeAxis(label, period, null, null)
        : new TimeAxis(label, period, Periods.span(period, periods.first())[0],
            Periods.span(period, periods.last())[1]);
    time.setLabelFont(FONT);
    return time;
  }

  /** The time axis' label: the zone and the period. */
  static String timeLabel(ZoneId zone, Dimension period) {
    return "report date in " + zone.getId() + ", by " + period.name();
  }

  /**
   * The rate's axis, from 0 to 100 %, with room beyond both ends so that a point at 0 or 100 % is
   * drawn whole; its ticks stay within 0 to 100, which are labelled as its ends.
   *
   * @param margin the room below 0 and above 100, in percentage points ({@link
   *     ChartLayout#rateMargin()})
   */
  static NumberAxis percent(String rateName, double margin) {
    NumberAxis percent = new PercentAxis(rateName + " (%)");
    percent.setRange(-margin, 100 + margin);
    percent.setLabelFont(FONT);
    return percent;
  }

  /** A number axis whose ticks (and grid lines) are those from 0 to 100 only. */
  private static final class PercentAxis extends NumberAxis {
    private static final long serialVersionUID = 1L;

    PercentAxis(String label) {
      super(label);
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea,
        RectangleEdge edge) {
      List<Tick> ticks = new ArrayList<>();
      for (Object o : super.refreshTicks(g2, state, dataArea, edge)) {
        if (!(o instanceof ValueTick t) || t.getValue() < -1e-9 || t.getValue() > 100 + 1e-9) {
          continue;
        }
        // the first tick above a negative lower end can be -0.0, labelled "-0"
        ticks.add(t.getText().startsWith("-") ? new NumberTick(t.getTickType(), 0.0,
            t.getText().substring(1), t.getTextAnchor(), t.getRotationAnchor(), t.getAngle()) : t);
      }
      return ticks;
    }
  }

  /**
   * The launched count's axis, of whole numbers.
   *
   * @param nothingRated whether nothing was launched on rated lines: an axis from 0 to 1, not of
   *     5E-9
   */
  static NumberAxis launched(String name, boolean nothingRated) {
    NumberAxis launched = new NumberAxis(name);
    launched.setLabelFont(FONT);
    launched.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    if (nothingRated) {
      launched.setRange(0, 1);
    }
    return launched;
  }

  /**
   * Sets the axis' fonts to the layout's and its label.
   *
   * @param label the label, {@code null} for none
   */
  static void scale(Axis axis, ChartLayout layout, String label) {
    axis.setLabel(label);
    axis.setLabelFont(layout.axisLabel());
    axis.setTickLabelFont(layout.tickLabel());
  }

  /** White plots with light grid lines and no outline. */
  static void style(XYPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xdddddd));
    plot.setRangeGridlinePaint(new Color(0xdddddd));
    plot.setOutlineVisible(false);
  }
}
