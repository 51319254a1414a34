package org.conflictstats.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Set;
import org.jfree.chart.renderer.xy.ClusteredXYBarRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;

/**
 * How the series are drawn: the line with its interval as a darker band (a mark on each period
 * when there are few), the bounds as a lighter band, each run in its group's colour; the launched
 * bars stacked, or side by side for groups that overlap.
 *
 * <pre>{@code
 * DeviationRenderer line = ChartRenderers.intervals(data, data.periods().size() <= 40, 1.0);
 * XYBarRenderer bars = ChartRenderers.bars(false, groups.size(), true);
 * }</pre>
 */
final class ChartRenderers {

  private ChartRenderers() {}

  /**
   * The line with its interval as a band.
   *
   * @param shapes whether each period's point is marked
   * @param scale the chart's scale ({@link ChartLayout#scale()}): the line is 2 pixels wide and a
   *     mark 6 across at 1
   */
  static DeviationRenderer intervals(ChartData data, boolean shapes, double scale) {
    Set<Integer> lone = data.lone();
    DeviationRenderer renderer = new DeviationRenderer(true, shapes) {
      @Override
      public boolean getItemShapeVisible(int series, int item) {
        // a lone period is drawn across the middle half of its span: one mark, at its middle,
        // however many periods the chart has
        return lone.contains(series) ? item == 1 : super.getItemShapeVisible(series, item);
      }
    };
    renderer.setAlpha(0.35f);
    // the mark of a rate's point
    Shape mark = new Ellipse2D.Double(-3 * scale, -3 * scale, 6 * scale, 6 * scale);
    BasicStroke stroke = new BasicStroke((float) (2 * scale));
    List<Color> colours = data.runColours();
    for (int i = 0; i < colours.size(); i++) {
      Color c = colours.get(i);
      // one mark for every run (the renderer would cycle through shapes series by series)
      renderer.setSeriesShape(i, mark);
      renderer.setSeriesPaint(i, c);
      renderer.setSeriesFillPaint(i, c);
      renderer.setSeriesStroke(i, stroke);
    }
    return renderer;
  }

  /** The bounds for unknown outcomes as a lighter band, with no line of its own. */
  static DeviationRenderer bounds(ChartData data) {
    DeviationRenderer renderer = new DeviationRenderer(false, false);
    renderer.setAlpha(0.12f);
    List<Color> colours = data.runColours();
    for (int i = 0; i < colours.size(); i++) {
      renderer.setSeriesPaint(i, colours.get(i));
      renderer.setSeriesFillPaint(i, colours.get(i));
    }
    return renderer;
  }

  /**
   * The launched bars: groups that partition the lines stack up to the period's launched; regions
   * do not (a line in several regions counts in each), so their bars stand side by side.
   *
   * @param overlapping whether the groups may overlap
   * @param groups how many groups
   * @param split whether the chart has a split
   */
  static XYBarRenderer bars(boolean overlapping, int groups, boolean split) {
    XYBarRenderer renderer = overlapping ? new ClusteredXYBarRenderer(0.1, false)
        : new StackedXYBarRenderer(0.1);
    renderer.setBarPainter(new StandardXYBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    for (int i = 0; i < groups; i++) {
      renderer.setSeriesPaint(i, split ? Palette.colour(i) : Palette.BARS);
    }
    return renderer;
  }
}
