package org.conflictstats.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;

/**
 * The chart's legend: without a split, the line with its interval, the bounds and the bars; with a
 * split, one colour per group (the caption says what the line and the bands are).
 *
 * <pre>{@code
 * ChartLegend.labels(List.of(), false, names);  // [line with CI, bounds, launched]
 * ChartLegend.labels(groups, true, names);      // the groups
 * }</pre>
 */
final class ChartLegend {

  private ChartLegend() {}

  /** The legend's labels, in its order. */
  static List<String> labels(List<String> groups, boolean split, ChartNames names) {
    return split ? groups : List.of(names.line(), names.bounds(), names.launched());
  }

  /**
   * The legend's items, as JFreeChart draws them.
   *
   * @param scale the size of the graphics against 1000 by 600 ({@link ChartLayout#legendGraphic}):
   *     squares 12 across and a line 20 long at 1, as the fonts and marks grow
   */
  static LegendItemCollection items(List<String> groups, boolean split, ChartNames names,
      double scale) {
    LegendItemCollection items = new LegendItemCollection();
    Shape box = new Rectangle2D.Double(-6 * scale, -6 * scale, 12 * scale, 12 * scale);
    if (split) {
      for (int i = 0; i < groups.size(); i++) {
        String group = XmlText.clean(groups.get(i));
        items.add(new LegendItem(group, group, null, null, box, Palette.colour(i)));
      }
      return items;
    }
    Color c = Palette.LINE;
    Shape line = new Line2D.Double(-10 * scale, 0, 10 * scale, 0);
    Color band = new Color(c.getRed(), c.getGreen(), c.getBlue(), 90);
    items.add(new LegendItem(names.line(), null, null, null, true, box,
        true, band, false, c, new BasicStroke((float) scale), true, line,
        new BasicStroke((float) (2.5 * scale)), c));
    items.add(new LegendItem(names.bounds(), null, null, null, box,
        new Color(c.getRed(), c.getGreen(), c.getBlue(), 35)));
    items.add(new LegendItem(names.launched(), null, null, null, box, Palette.BARS));
    return items;
  }
}
