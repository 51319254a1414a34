package org.conflictstats.chart;

import java.awt.Color;
import java.util.List;
import org.conflictstats.stats.Dimension;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The JFreeChart drawing of a {@link RatesChart}: the rate's plot above the launched bars, the
 * legend, the caption. A class of its own so that {@code RatesChart}, which has none of
 * JFreeChart's types in its code, loads without JFreeChart on the class path, and
 * {@link RatesChart#of} can say what is missing ({@link ChartLibraries}).
 *
 * <pre>{@code
 * JFreeChart drawing = ChartDrawing.draw(chart);
 * }</pre>
 */
final class ChartDrawing {

  private ChartDrawing() {}

  /**
   * Draws the chart.
   *
   * @param c the chart's settings and table
   * @return the drawing
   */
  static JFreeChart draw(RatesChart c) {
    Dimension period = c.table().dimensions().get(0);
    boolean split = c.table().dimensions().size() == 2;
    List<String> groups = c.groups();
    ChartData data = ChartData.of(c.table(), groups, c.names(), c.minimumLaunched());

    ChartLayout layout = c.layout();
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(
        ChartAxes.time(c.zone(), period, data.periods()));
    plot.setGap(layout.gap());
    ChartAxes.scale(plot.getDomainAxis(), layout, layout.timeLabel());

    XYPlot ratePlot = new XYPlot();
    ratePlot.setRangeAxis(ChartAxes.percent(c.names().rate(), layout.rateMargin()));
    ChartAxes.scale(ratePlot.getRangeAxis(), layout, layout.rateLabel());
    ratePlot.setDataset(0, data.intervals());
    ratePlot.setRenderer(0, ChartRenderers.intervals(data, data.periods().size() <= 40,
        layout.scale()));
    ratePlot.setDataset(1, data.bounds());
    ratePlot.setRenderer(1, ChartRenderers.bounds(data));
    ChartAxes.style(ratePlot);

    boolean nothingRated = c.table().rows().stream()
        .allMatch(r -> r.tally().rate(c.rate()).launched() == 0);
    XYPlot volume = new XYPlot(data.bars(), null,
        ChartAxes.launched(c.names().launched(), nothingRated),
        ChartRenderers.bars(c.overlapping(), groups.size(), split));
    ChartAxes.scale(volume.getRangeAxis(), layout, layout.launchedLabel());
    ChartAxes.style(volume);
    plot.add(ratePlot, 3);
    plot.add(volume, 2);
    plot.setFixedLegendItems(ChartLegend.items(split ? layout.legendLabels() : groups, split,
        c.names(), layout.legendGraphic()));

    JFreeChart chart = new JFreeChart(layout.titleText(), layout.title(), plot,
        layout.legendShown());
    chart.setBackgroundPaint(Color.WHITE);
    int pad = layout.padding();
    chart.setPadding(new RectangleInsets(pad, pad, pad, pad));
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setPosition(RectangleEdge.TOP);
      legend.setFrame(BlockBorder.NONE);
      legend.setItemFont(layout.legend());
    }
    // broken into lines inside the chart's padding and the note's margin, and cut where the
    // plots would have too little room
    TextTitle note = new TextTitle(layout.caption(), layout.captionFont());
    note.setPosition(RectangleEdge.BOTTOM);
    note.setHorizontalAlignment(HorizontalAlignment.LEFT);
    note.setTextAlignment(HorizontalAlignment.LEFT);
    note.setPaint(new Color(0x444444));
    double side = layout.captionSide();
    note.setMargin(layout.captionMargin(), side, 0, side);
    if (!layout.caption().isEmpty()) {
      chart.addSubtitle(note);
    }
    return chart;
  }
}
