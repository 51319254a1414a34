package org.conflictstats.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.conflictstats.model.Count;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.Source;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponLine;
import org.conflictstats.stats.Dimension;
import org.conflictstats.stats.RateKind;
import org.conflictstats.stats.StatsQuery;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.entity.AxisEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.LegendItemEntity;
import org.jfree.chart.entity.TitleEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The chart's layout at sizes from 400 by 300 to 4000 by 4000, checked on the geometry JFreeChart
 * reports as it draws ({@link ChartRenderingInfo}): the plots keep their share of the drawing, and
 * the title, the legend and the caption stay off the plots, the axes and each other.
 */
final class ChartLayoutTest {

  private static final WeaponCatalog CATALOG = WeaponCatalog.builtIn();

  /** A caption as long as the command's with filters: the source, the scope, the filters. */
  private static final String LONG_CAPTION = "Source: /tmp/data/air-force/"
      + "missile_attacks_daily-2026-02.csv (1,906 reports). Sources counted: national; reports"
      + " with validation errors left out (0). Filter: report dates 2025-09-01 to 2025-10-31;"
      + " weapons Shahed-136/131 or Gerbera or Kalibr or Kh-101/Kh-555. Warning: posts cover the"
      + " same windows and weapons: 3 lines may be counted twice.";

  private static final List<String> WEAPONS = List.of("Shahed-136/131", "Gerbera", "Kalibr",
      "Iskander-M", "Iskander-K", "Kh-101/Kh-555", "Kh-22", "Kh-59", "Kh-47 Kinzhal", "S-300",
      "Lancet", "Orlan-10", "Molniya", "KAB");

  private static StrikeReport report(LocalDate day, List<WeaponLine> lines) {
    return StrikeReport.builder().id("r" + day)
        .period(ReportPeriod.of(ReportTime.ofMinute(day.minusDays(1).atTime(20, 0)),
            ReportTime.ofMinute(day.atTime(8, 0))))
        .source(Source.parse("kpszsu/posts/synthetic-" + day))
        .addLines(lines).build();
  }

  private static WeaponLine line(String weapon, long launched, long destroyed) {
    return WeaponLine.of(CATALOG.resolve(weapon), Count.exactly(launched))
        .withDestroyed(Count.exactly(destroyed));
  }

  /** 61 days of reports, each of the first {@code weapons} weapons on every day. */
  private static List<StrikeReport> reports(int weapons) {
    List<StrikeReport> out = new ArrayList<>();
    LocalDate first = LocalDate.of(2025, 9, 1);
    for (int d = 0; d < 61; d++) {
      List<WeaponLine> lines = new ArrayList<>();
      for (int w = 0; w < weapons; w++) {
        lines.add(line(WEAPONS.get(w), 20 + 7 * w + d % 5, 12 + w));
      }
      out.add(report(first.plusDays(d), lines));
    }
    return out;
  }

  /** The charts looked at: split by weapon by day, 14 weapons by month, a kinetic one by week. */
  private static RatesChart chart(String kind) {
    return switch (kind) {
      case "day" -> RatesChart.of(StatsQuery.groupBy(Dimension.DAY, Dimension.WEAPON)
          .run(reports(3))).withCaption(LONG_CAPTION);
      case "many" -> RatesChart.of(StatsQuery.groupBy(Dimension.MONTH, Dimension.WEAPON)
          .run(reports(14))).withCaption(LONG_CAPTION)
          .withTitle("Neutralisation rate by weapon, per month, national reports 2025-09-01 to"
              + " 2025-10-31");
      case "week" -> RatesChart.of(StatsQuery.groupBy(Dimension.WEEK).run(reports(2)))
          .withRate(RateKind.KINETIC).withCaption(LONG_CAPTION);
      default -> throw new IllegalArgumentException(kind);
    };
  }

  /** A chart drawn at a size, and what JFreeChart says of where it drew what. */
  private record Drawn(JFreeChart chart, ChartRenderingInfo info, int width, int height) {

    static Drawn of(RatesChart chart, int width, int height) {
      JFreeChart drawing = chart.withSize(width, height).chart();
      BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = image.createGraphics();
      try {
        ChartOutput.hints(g); // as the PNG is drawn
        ChartRenderingInfo info = new ChartRenderingInfo();
        drawing.draw(g, new Rectangle2D.Double(0, 0, width, height), info);
        return new Drawn(drawing, info, width, height);
      } finally {
        g.dispose();
      }
    }

    Rectangle2D data(int plot) {
      return info.getPlotInfo().getSubplotInfo(plot).getDataArea();
    }

    XYPlot subplot(int plot) {
      return ((CombinedDomainXYPlot) chart.getXYPlot()).getSubplots().get(plot);
    }

    List<Rectangle2D> of(Class<? extends ChartEntity> type) {
      List<Rectangle2D> out = new ArrayList<>();
      for (Object o : info.getEntityCollection().getEntities()) {
        if (type.isInstance(o)) {
          out.add(((ChartEntity) o).getArea().getBounds2D());
        }
      }
      return out;
    }
  }

  @ParameterizedTest
  @CsvSource({"day,400,300", "day,600,400", "day,900,500", "day,1000,600", "day,2000,1200",
      "day,4000,4000", "day,4000,600", "day,500,1000", "many,400,300", "many,600,400",
      "many,900,500", "many,2000,1200", "week,400,300", "week,600,400", "week,2000,1200"})
  void thePlotsKeepTheirShareAndNoTextOverlapsThemOrTheAxes(String kind, int width,
      int height) {
    Drawn d = Drawn.of(chart(kind), width, height);
    String what = kind + " at " + width + "x" + height;
    Rectangle2D rates = d.data(0);
    Rectangle2D launched = d.data(1);
    // the two plots' data areas: at least the share of the height, and a third of the drawing
    assertTrue(rates.getHeight() + launched.getHeight()
        >= ChartLayout.MIN_PLOT_SHARE * height, what + ": " + rates + " " + launched);
    assertTrue(rates.getWidth() * (rates.getHeight() + launched.getHeight())
        >= 0.3 * width * height, what + ": " + rates + " " + launched);
    assertTrue(rates.getHeight() > launched.getHeight(), what);
    assertTrue(rates.getMaxY() < launched.getMinY(), what + ": the plots overlap");

    List<Rectangle2D> titles = d.of(TitleEntity.class); // the title, the legend, the caption
    List<Rectangle2D> items = d.of(LegendItemEntity.class);
    List<Rectangle2D> axes = d.of(AxisEntity.class);
    ChartLayout layout = chart(kind).withSize(width, height).layout();
    assertEquals(1 + (layout.legendShown() ? 1 : 0) + (layout.caption().isEmpty() ? 0 : 1),
        titles.size(), what + ": " + titles);
    // at 600 by 400 and up, all of them
    assertTrue(width < 600 || titles.size() == 3, what + ": " + titles);
    assertEquals(3, axes.size(), what + ": " + axes);
    assertFalse(items.isEmpty(), what);
    Rectangle2D drawing = new Rectangle2D.Double(0, 0, width, height);
    List<Rectangle2D> texts = new ArrayList<>(titles);
    texts.addAll(items);
    for (Rectangle2D t : texts) {
      assertTrue(drawing.contains(t), what + ": " + t + " outside the drawing");
      for (Rectangle2D area : List.of(rates, launched)) {
        assertFalse(t.intersects(area), what + ": " + t + " over the plot " + area);
      }
      for (Rectangle2D axis : axes) {
        assertFalse(t.intersects(axis), what + ": " + t + " over the axis " + axis);
      }
    }
    for (int i = 0; i < titles.size(); i++) {
      for (int j = i + 1; j < titles.size(); j++) {
        assertFalse(titles.get(i).intersects(titles.get(j)),
            what + ": " + titles.get(i) + " over " + titles.get(j));
      }
    }
    // the vertical axes' labels, rotated, each within the height of its own plot (the two were
    // drawn over each other where the rate's plot was low)
    for (int p = 0; p < 2; p++) {
      Axis axis = d.subplot(p).getRangeAxis();
      if (axis.getLabel() != null) {
        assertTrue(TextBounds.width(axis.getLabel(), axis.getLabelFont())
            <= d.data(p).getHeight(), what + ": '" + axis.getLabel() + "' higher than its plot");
      }
    }
    // the time axis' labels fit the drawing's width
    assertTrue(d.of(AxisEntity.class).stream().allMatch(drawing::contains), what);
  }

  /** The fonts and margins grow with the drawing, within bounds; 1000 by 600 is as before. */
  @Test
  void fontsAndMarginsScaleWithTheDrawingWithinBounds() {
    RatesChart chart = chart("day");
    ChartLayout standard = chart.layout();
    assertEquals(1.0, standard.scale(), 0);
    assertEquals(List.of(18f, 12f, 12f, 10f, 11f), sizes(standard));
    assertEquals(8, standard.padding());
    assertEquals(12, standard.gap(), 0);
    float previous = 0;
    for (int[] size : new int[][] {{200, 150}, {400, 300}, {600, 400}, {900, 500},
        {1000, 600}, {2000, 1200}, {3000, 1800}, {4000, 4000}}) {
      ChartLayout l = chart.withSize(size[0], size[1]).layout();
      String what = size[0] + "x" + size[1];
      assertTrue(l.title().getSize2D() >= previous, what);
      previous = l.title().getSize2D();
      assertTrue(l.scale() >= ChartLayout.MIN_SCALE && l.scale() <= ChartLayout.MAX_SCALE, what);
      // nothing smaller than 8 pixels, nothing larger than twice its size at 1000 by 600
      for (int i = 0; i < 5; i++) {
        assertTrue(sizes(l).get(i) >= 8 && sizes(l).get(i) <= 2 * sizes(standard).get(i),
            what + ": " + sizes(l));
      }
      assertTrue(l.title().isBold(), what);
    }
    assertEquals(1.5 * 18, chart.withSize(2250, 1350).layout().title().getSize2D(), 0);
    // the width alone does not make the type larger: a wider chart labels more periods
    assertEquals(sizes(standard), sizes(chart.withSize(4000, 600).layout()));
    // the drawing's fonts are the layout's
    JFreeChart drawing = chart.withSize(2000, 1200).chart();
    ChartLayout large = chart.withSize(2000, 1200).layout();
    assertEquals(large.title(), drawing.getTitle().getFont());
    Axis time = ((CombinedDomainXYPlot) drawing.getXYPlot()).getDomainAxis();
    assertEquals(large.tickLabel(), time.getTickLabelFont());
    assertEquals(large.axisLabel(), time.getLabelFont());
    assertEquals(large.legend(), drawing.getLegend().getItemFont());
    // and the rate's line: 2 pixels wide at 1000 by 600, wider on a larger drawing
    XYPlot rates = ((CombinedDomainXYPlot) drawing.getXYPlot()).getSubplots().get(0);
    XYPlot standardRates = ((CombinedDomainXYPlot) chart.chart().getXYPlot()).getSubplots().get(0);
    assertEquals(2f, ((java.awt.BasicStroke) standardRates.getRenderer(0).getSeriesStroke(0))
        .getLineWidth(), 0);
    assertEquals(2 * large.scale(), ((java.awt.BasicStroke) rates.getRenderer(0)
        .getSeriesStroke(0)).getLineWidth(), 1e-6);
  }

  private static List<Float> sizes(ChartLayout l) {
    return List.of(l.title().getSize2D(), l.legend().getSize2D(), l.axisLabel().getSize2D(),
        l.tickLabel().getSize2D(), l.captionFont().getSize2D());
  }

  /**
   * A caption with no room for all its lines is cut at a word and ends in "…"; the whole caption
   * is still the chart's and in the SVG's description; a large chart draws it whole.
   */
  @Test
  void aCaptionWithoutRoomIsCutAtAWordAndEndsInAnEllipsis() throws Exception {
    RatesChart chart = chart("day");
    String whole = chart.caption();
    ChartLayout small = chart.withSize(400, 300).layout();
    assertTrue(small.captionCut(), small.caption());
    String drawn = small.caption();
    assertTrue(drawn.endsWith(" \u2026"), drawn);
    String kept = drawn.substring(0, drawn.length() - 2).replace('\n', ' ');
    assertTrue(whole.startsWith(kept + " "), kept);
    assertTrue(kept.length() > 40, "more than a few words: " + kept);
    String svg = chart.withSize(400, 300).toSvg();
    org.w3c.dom.Document doc = RatesChartTest.parse(svg);
    assertTrue(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "desc").item(0)
        .getTextContent().endsWith(whole), "the description holds the whole caption");
    assertTrue(String.join(" ", RatesChartTest.texts(doc)).contains("\u2026"));
    // more room, more of it; at 2000 by 1200 all of it
    ChartLayout medium = chart.withSize(600, 400).layout();
    assertTrue(medium.caption().length() > drawn.length(), medium.caption());
    ChartLayout large = chart.withSize(2000, 1200).layout();
    assertFalse(large.captionCut(), large.caption());
    assertEquals(whole, large.caption().replace('\n', ' '));
    TextTitle note = (TextTitle) chart.withSize(2000, 1200).chart().getSubtitle(1);
    assertEquals(large.caption(), note.getText());
  }

  /**
   * A legend name wider than the drawing is cut to a row's width, an ellipsis for its middle, and the
   * SVG's description names it in full (review rv49b: 180 characters ran off the drawing).
   */
  @Test
  void aLegendNameWiderThanTheDrawingIsCutAndNamedInFullInTheDescription() {
    String name = "Very-long-weapon-name-".repeat(8);
    List<StrikeReport> reports = new ArrayList<>();
    LocalDate first = LocalDate.of(2025, 9, 1);
    for (int d = 0; d < 40; d++) {
      reports.add(report(first.plusDays(d), List.of(line(name, 30, 20),
          line("Shahed-136/131", 50, 40))));
    }
    RatesChart chart = RatesChart.of(StatsQuery.groupBy(Dimension.MONTH, Dimension.WEAPON)
        .run(reports)).withSize(1000, 600);
    ChartLayout l = chart.layout();
    assertTrue(l.legendShown());
    String drawn = l.legendLabels().stream().filter(x -> x.startsWith("Very")).findFirst()
        .orElseThrow();
    assertTrue(drawn.contains(" \u2026 ") && drawn.length() < name.length()
        && name.endsWith(drawn.substring(drawn.indexOf('\u2026') + 2)), drawn);
    assertTrue(TextBounds.width(drawn, l.legend()) + 40 < 1000, drawn);
    assertTrue(l.legendLabels().contains("Shahed-136/131"), l.legendLabels().toString());
    List<String> items = new ArrayList<>();
    org.jfree.chart.LegendItemCollection fixed = chart.chart().getXYPlot().getFixedLegendItems();
    for (int i = 0; i < fixed.getItemCount(); i++) {
      items.add(fixed.get(i).getLabel());
    }
    assertEquals(l.legendLabels(), items);
    String svg = chart.toSvg();
    assertTrue(svg.contains("The legend&apos;s names in full: ") || svg.contains(
        "The legend's names in full: "), "the names in full");
    assertTrue(svg.contains(name.strip()), "the whole name in the description");
    // a name that fits is drawn whole, and the description says nothing more
    RatesChart plain = chart("day");
    assertEquals(plain.legend(), plain.layout().legendLabels());
    assertFalse(plain.toSvg().contains("names in full"));
  }

  /**
   * A drawing too small for its legend and a line of caption besides the plots leaves out the
   * caption and the legend, then the time axis' label and the title's second line, rather than
   * drawing them over the plots.
   */
  @Test
  void aTinyDrawingLeavesOutTheCaptionAndLegendRatherThanOverlapThePlots() {
    RatesChart chart = chart("many");
    Drawn d = Drawn.of(chart, 200, 150);
    ChartLayout l = chart.withSize(200, 150).layout();
    assertFalse(l.legendShown());
    assertNull(d.chart().getLegend());
    assertEquals("", l.caption());
    assertNull(l.timeLabel());
    assertTrue(l.titleText().endsWith(" \u2026") && !l.titleText().contains("\n"),
        l.titleText());
    assertEquals(1, d.of(TitleEntity.class).size(), "the title alone");
    Rectangle2D title = d.of(TitleEntity.class).get(0);
    assertFalse(title.intersects(d.data(0)) || title.intersects(d.data(1)), title.toString());
    assertTrue(d.data(0).getHeight() + d.data(1).getHeight() >= ChartLayout.MIN_PLOT_SHARE * 150,
        d.data(0) + " " + d.data(1));
    // with room, all of it
    ChartLayout roomy = chart.withSize(1000, 600).layout();
    assertTrue(roomy.legendShown());
    assertNotNull(roomy.timeLabel());
    assertEquals(chart.withSize(1000, 600).chart().getTitle().getText(),
        roomy.titleText());
  }

  /**
   * {@link TextBounds} is at least the width and height of the text in the fonts the chart may be
   * drawn in, so that what the layout gives room for fits; for each of DejaVu Sans and Liberation
   * Sans that the machine has.
   */
  @Test
  void textBoundsAreAtLeastTheFontsOwnMeasures() {
    Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment()
        .getAvailableFontFamilyNames());
    List<String> families = new ArrayList<>();
    for (String f : List.of("DejaVu Sans", "Liberation Sans")) {
      if (installed.contains(f)) {
        families.add(f);
      }
    }
    assumeTrue(!families.isEmpty(), "neither DejaVu Sans nor Liberation Sans installed");
    StringBuilder ascii = new StringBuilder();
    for (char c = ' '; c < 127; c++) {
      ascii.append(c);
    }
    List<String> texts = List.of(ascii.toString(), LONG_CAPTION, "WWWWMMMM mmmm %%%%",
        "Neutralisation rate by weapon, per day", "2025-09-01 2025-W36 2025-Q3",
        "Kh-101/Kh-555 and Kalibr and Kh-59/Kh-69", "\u0428\u0430\u0445\u0435\u0434 \u2026");
    // with fractional metrics, as the chart is drawn (ChartOutput.hints) and an SVG viewer lays
    // out text
    FontRenderContext[] contexts = {new FontRenderContext(null, true, true),
        new FontRenderContext(null, false, true)};
    for (String family : families) {
      for (int style : new int[] {Font.PLAIN, Font.BOLD}) {
        for (float size = 8; size <= 36; size += 0.5f) {
          Font font = new Font(family, style, 1).deriveFont(size);
          for (FontRenderContext context : contexts) {
            for (String text : texts) {
              Rectangle2D real = font.getStringBounds(text, context);
              assertTrue(TextBounds.width(text, font) >= real.getWidth(),
                  font + " '" + text + "': " + real.getWidth());
            }
            assertTrue(TextBounds.lines(1, size)
                >= font.getLineMetrics("Xgy", context).getHeight(), font.toString());
          }
        }
      }
    }
  }

  /** A month of daily reports, each launching 20 drones and destroying {@code destroyed}. */
  private static List<StrikeReport> month(int month, long destroyed) {
    List<StrikeReport> out = new ArrayList<>();
    for (int d = 1; d <= 10; d++) {
      out.add(report(LocalDate.of(2025, month, d), List.of(line("Shahed-136/131", 20,
          destroyed))));
    }
    return out;
  }

  /**
   * A rate of exactly 100 % or 0 % is drawn whole: its mark and its line within the rate plot's
   * data area (JFreeChart clips what it draws to it, so a mark on the edge was cut in half),
   * at every size; the axis still has its ticks from 0 to 100, labelled, and none beyond.
   */
  @ParameterizedTest
  @CsvSource({"400,300", "600,400", "1000,600", "2000,1200", "4000,4000", "4000,600"})
  void aMarkAtZeroOrAHundredPercentIsDrawnWholeAndTheAxisStillEndsAtThem(int width,
      int height) {
    List<StrikeReport> reports = new ArrayList<>(month(9, 20));
    reports.addAll(month(10, 0));
    reports.addAll(month(11, 10));
    RatesChart chart = RatesChart.of(StatsQuery.groupBy(Dimension.MONTH).run(reports));
    Drawn d = Drawn.of(chart, width, height);
    String what = width + "x" + height;
    ChartLayout layout = chart.withSize(width, height).layout();
    Rectangle2D area = d.data(0);
    XYPlot rates = d.subplot(0);
    // the marks the renderer drew, where it says it drew them
    List<Rectangle2D> marks = new ArrayList<>();
    for (Object o : d.info().getEntityCollection().getEntities()) {
      if (o instanceof XYItemEntity e && e.getDataset() == rates.getDataset(0)) {
        marks.add(e.getArea().getBounds2D());
      }
    }
    assertEquals(3, marks.size(), what + ": one mark a month: " + marks);
    double radius = 3 * layout.scale();
    ValueAxis axis = rates.getRangeAxis();
    double top = axis.valueToJava2D(100, area, RectangleEdge.LEFT);
    double bottom = axis.valueToJava2D(0, area, RectangleEdge.LEFT);
    assertTrue(marks.stream().anyMatch(m -> Math.abs(m.getCenterY() - top) < 1), what + marks);
    assertTrue(marks.stream().anyMatch(m -> Math.abs(m.getCenterY() - bottom) < 1), what + marks);
    // the mark, its outline and the line's width inside the data area
    double stroke = 2 * layout.scale();
    assertTrue(top - radius - 0.5 >= area.getMinY() && top - stroke / 2 >= area.getMinY(),
        what + ": 100 % at " + top + ", the area from " + area.getMinY());
    assertTrue(bottom + radius + 0.5 <= area.getMaxY(),
        what + ": 0 % at " + bottom + ", the area to " + area.getMaxY());
    for (Rectangle2D m : marks) {
      assertTrue(area.contains(m), what + ": " + m + " not inside " + area);
    }
    // the ticks: 0 and 100 the ends, labelled as before, nothing beyond
    BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    List<ValueTick> ticks = new ArrayList<>();
    for (Object t : axis.refreshTicks(g, new AxisState(), area, RectangleEdge.LEFT)) {
      ticks.add((ValueTick) t);
    }
    g.dispose();
    assertEquals(0, ticks.get(0).getValue(), 1e-9, what);
    assertEquals("0", ticks.get(0).getText(), what);
    assertEquals(100, ticks.get(ticks.size() - 1).getValue(), 1e-9, what);
    assertEquals("100", ticks.get(ticks.size() - 1).getText(), what);
    assertTrue(ticks.stream().allMatch(t -> t.getValue() >= 0 && t.getValue() <= 100), what);
    // the room beyond is a few pixels, not a visible stretch of axis
    assertTrue(area.getMaxY() - bottom <= radius + 4 && top - area.getMinY() <= radius + 4,
        what + ": " + top + " " + bottom + " " + area);
  }

  /**
   * The legend's squares and line grow with the drawing as its text does: 12 pixels across (the
   * line 20 long) at 1000 by 600, as before, and {@code 12 * scale} on a larger or smaller one;
   * the items JFreeChart draws are as high as their graphic.
   */
  @Test
  void theLegendsGraphicsScaleAsItsTextDoes() {
    for (String kind : List.of("day", "week")) {
      for (int[] size : new int[][] {{1000, 600}, {2000, 1200}, {4000, 4000}, {600, 400}}) {
        RatesChart chart = chart(kind).withSize(size[0], size[1]);
        double scale = chart.layout().scale();
        String what = kind + " at " + size[0] + "x" + size[1];
        var items = chart.chart().getXYPlot().getFixedLegendItems();
        assertTrue(items.getItemCount() > 0, what);
        for (int i = 0; i < items.getItemCount(); i++) {
          Rectangle2D box = items.get(i).getShape().getBounds2D();
          assertEquals(12 * scale, box.getWidth(), 1e-9, what);
          assertEquals(12 * scale, box.getHeight(), 1e-9, what);
          if (items.get(i).isLineVisible()) {
            assertEquals(20 * scale, items.get(i).getLine().getBounds2D().getWidth(), 1e-9, what);
          }
        }
        if (size[0] == 1000) {
          assertEquals(1.0, scale, 0, "1000 by 600 is as before");
        }
        Drawn d = Drawn.of(chart(kind), size[0], size[1]);
        for (Rectangle2D item : d.of(LegendItemEntity.class)) {
          assertTrue(item.getHeight() >= 12 * scale, what + ": " + item);
        }
      }
    }
  }

  /**
   * A caption whose source is a long path breaks it after a '/' where the line is full: every
   * line fits the width, and the path is all there, not cut to an ellipsis nor run off the side.
   */
  @ParameterizedTest
  @CsvSource({"400,400", "500,400", "600,450"})
  void aLongPathInTheCaptionWrapsAtItsSlashesRatherThanBeingCut(int width, int height) {
    String path = "/srv/data/conflict-stats/air-force-releases/2026-02/unpacked/originals/"
        + "with-a-folder-for-each-day-of-the-release/missile_attacks_daily-2026-02.csv";
    RatesChart chart = RatesChart.of(StatsQuery.groupBy(Dimension.MONTH).run(reports(2)))
        .withCaption("Source: " + path + " (61 reports).").withSize(width, height);
    ChartLayout layout = chart.layout();
    String what = width + "x" + height + ": " + layout.caption();
    assertFalse(layout.captionCut(), what);
    assertTrue(layout.caption().replace("\n", "").contains(path), what);
    assertTrue(layout.caption().startsWith("Source: "), what);
    double room = CaptionLines.ROOM * (width - 2.0 * layout.padding() - 2 * layout.captionSide()
        - 2);
    for (String line : layout.caption().split("\n")) {
      assertTrue(TextBounds.width(line, layout.captionFont()) <= room, line + " wider than "
          + room);
    }
    // a path wider than a line breaks after a slash (each size here has one so wide)
    assertTrue(TextBounds.width(path, layout.captionFont()) > room, what);
    assertTrue(layout.caption().lines().anyMatch(l -> l.endsWith("/")), what);
    // drawn so: the caption's lines are JFreeChart's, inside the drawing
    Drawn d = Drawn.of(chart, width, height);
    Rectangle2D drawing = new Rectangle2D.Double(0, 0, width, height);
    assertTrue(d.of(TitleEntity.class).stream().allMatch(drawing::contains), what);
  }
}
