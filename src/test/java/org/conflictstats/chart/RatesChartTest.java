package org.conflictstats.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.conflictstats.model.Count;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.Source;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponLine;
import org.conflictstats.stats.Dimension;
import org.conflictstats.stats.IntervalMethod;
import org.conflictstats.stats.RateKind;
import org.conflictstats.stats.StatsQuery;
import org.conflictstats.stats.StatsTable;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xml.sax.InputSource;

/** Charts drawn from synthetic reports: the SVG parses and holds its series; the PNG decodes. */
final class RatesChartTest {

  private static final WeaponCatalog CATALOG = WeaponCatalog.builtIn();

  @TempDir
  Path dir;

  private static StrikeReport report(LocalDate day, WeaponLine... lines) {
    return StrikeReport.builder().id("r" + day)
        .period(ReportPeriod.of(ReportTime.ofMinute(day.minusDays(1).atTime(20, 0)),
            ReportTime.ofMinute(LocalDateTime.of(day, java.time.LocalTime.of(8, 0)))))
        .source(Source.parse("kpszsu/posts/synthetic-" + day))
        .addLines(List.of(lines)).build();
  }

  private static WeaponLine line(String weapon, long launched, long destroyed) {
    return WeaponLine.of(CATALOG.resolve(weapon), Count.exactly(launched))
        .withDestroyed(Count.exactly(destroyed));
  }

  /** Drones every month of 2025 H1; missiles in January, February and April (not March). */
  private static List<StrikeReport> reports() {
    List<StrikeReport> out = new ArrayList<>();
    for (int m = 1; m <= 6; m++) {
      List<WeaponLine> lines = new ArrayList<>();
      lines.add(line("Shahed-136/131", 100 + 10 * m, 80 + 5 * m));
      if (m == 1 || m == 2 || m == 4) {
        lines.add(line("Kalibr", 20, 15));
      }
      if (m == 5) {
        lines.add(line("Kalibr", 3, 3)); // too few for a rate
      }
      out.add(report(LocalDate.of(2025, m, 10), lines.toArray(new WeaponLine[0])));
    }
    return out;
  }

  private static StatsTable table(Dimension... dims) {
    return StatsQuery.groupBy(dims).run(reports());
  }

  /** The chart's plots: the rate (0) above the launched bars (1). */
  private static XYPlot subplot(RatesChart chart, int i) {
    return (XYPlot) ((CombinedDomainXYPlot) chart.chart().getXYPlot()).getSubplots().get(i);
  }

  /** The time axis the plots share. */
  private static DateAxis timeAxis(RatesChart chart) {
    return (DateAxis)
        ((CombinedDomainXYPlot) chart.chart().getXYPlot()).getDomainAxis();
  }

  @Test
  void anSvgOfASplitChartParsesAndHoldsOneSeriesPerGroup() throws Exception {
    RatesChart chart = RatesChart.of(table(Dimension.MONTH, Dimension.FAMILY))
        .withCaption("Source: synthetic reports; sources counted: all.");
    assertEquals(List.of("drones", "missiles"), chart.groups());
    String svg = chart.toSvg();
    org.w3c.dom.Document doc = parse(svg);
    assertEquals("svg", doc.getDocumentElement().getLocalName());
    assertEquals("http://www.w3.org/2000/svg", doc.getDocumentElement().getNamespaceURI());
    assertEquals("0 0 1000 600", doc.getDocumentElement().getAttribute("viewBox"));
    List<String> texts = texts(doc);
    // the legend: one entry per family, each once
    assertEquals(1, texts.stream().filter("drones"::equals).count(), texts::toString);
    assertEquals(1, texts.stream().filter("missiles"::equals).count(), texts::toString);
    assertTrue(texts.contains("Neutralisation rate by family, per month"), texts::toString);
    assertTrue(texts.contains("report date in Europe/Kyiv, by month"),
        texts::toString);
    // the vertical axes are outlines (rotated text); the description names them
    String desc = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "desc").item(0)
        .getTextContent();
    assertTrue(desc.contains("neutralisation rate (%)"), desc);
    assertTrue(desc.contains("launched (rated lines)"), desc);
    assertEquals("Neutralisation rate by family, per month", doc.getElementsByTagNameNS(
        "http://www.w3.org/2000/svg", "title").item(0).getTextContent());
    assertTrue(String.join(" ", texts).contains("Source: synthetic reports"), texts::toString);
    assertTrue(texts.contains("drones") && !texts.contains("guided bombs"), texts::toString);
    // two series of colours drawn: the first two of the palette, not the third
    String lower = svg.toLowerCase(Locale.ROOT);
    assertTrue(hasColour(lower, 0x1f, 0x77, 0xb4), "drones' colour");
    assertTrue(hasColour(lower, 0xd6, 0x27, 0x28), "missiles' colour");
    assertFalse(hasColour(lower, 0x2c, 0xa0, 0x2c), "no third series");
  }

  @Test
  void controlCharactersInNamesAndTitleAreDrawnAsReplacementsAndTheSvgParses() throws Exception {
    String evil = "Evil\u001b[31m\u0001<&>drone";
    List<StrikeReport> reports = new ArrayList<>(reports());
    reports.add(report(LocalDate.of(2025, 3, 20), line(evil, 40, 30)));
    RatesChart chart = RatesChart.of(StatsQuery.groupBy(Dimension.MONTH, Dimension.WEAPON)
        .withInvalidReportsKept(true).run(reports))
        .withTitle("a\u001bb--c- \uD83D\uDE80 \uD800 end-")
        .withCaption("from\u0007 here");
    String svg = chart.toSvg();
    assertFalse(svg.contains("&#27;") || svg.contains("&#1;") || svg.contains("&#7;"), svg);
    org.w3c.dom.Document doc = parse(svg); // the JDK's parser refuses what XML 1.0 forbids
    List<String> texts = texts(doc);
    assertTrue(texts.contains("Evil\uFFFD[31m\uFFFD<&>drone"), texts::toString);
    // a pair of surrogates (an emoji) is kept, a lone one replaced
    assertEquals("a\uFFFDb--c- \uD83D\uDE80 \uFFFD end-", doc.getElementsByTagNameNS(
        "http://www.w3.org/2000/svg", "title").item(0).getTextContent());
    assertTrue(String.join(" ", texts).contains("from\uFFFD here"), texts::toString);
    assertThrows(IllegalArgumentException.class, () -> chart.withTitle("x".repeat(201)));
    chart.withTitle("x".repeat(RatesChart.MAX_TITLE));
  }

  @Test
  void theDrawingHasTheSeriesOfTheData() {
    CombinedDomainXYPlot plot = (CombinedDomainXYPlot) RatesChart.of(
        table(Dimension.MONTH, Dimension.FAMILY)).chart().getXYPlot();
    XYPlot rates = plot.getSubplots().get(0);
    XYPlot bars = plot.getSubplots().get(1);
    YIntervalSeriesCollection ci = (YIntervalSeriesCollection) rates.getDataset(0);
    // drones: one run of 6 months; missiles: January-February, then April (March has none,
    // May has 3 launched, under the minimum of 10)
    assertEquals(3, ci.getSeriesCount());
    assertEquals(6, ci.getItemCount(0));
    assertEquals(2, ci.getItemCount(1));
    assertEquals(3, ci.getItemCount(2)); // April alone, drawn across the middle of its month
    assertEquals(ci.getYValue(2, 0), ci.getYValue(2, 1), 0);
    // January's drone rate: 85 of 110 destroyed (no suppressed), in percent
    assertEquals(100.0 * 85 / 110, ci.getYValue(0, 0), 1e-9);
    IntervalXYDataset launched = (IntervalXYDataset) bars.getDataset();
    assertEquals(2, launched.getSeriesCount());
    assertEquals(6, launched.getItemCount(0));
    double drones = 0;
    double missiles = 0;
    for (int i = 0; i < 6; i++) {
      drones += launched.getYValue(0, i);
      missiles += launched.getYValue(1, i);
    }
    assertEquals(110 + 120 + 130 + 140 + 150 + 160, drones, 0);
    assertEquals(20 * 3 + 3, missiles, 0);
    assertEquals(2, plot.getLegendItems().getItemCount());
  }

  @Test
  void anUnsplitChartNamesTheLineTheBandsAndTheBars() throws Exception {
    RatesChart chart = RatesChart.of(table(Dimension.QUARTER))
        .withRate(RateKind.KINETIC).withInterval(IntervalMethod.JEFFREYS, 0.9);
    assertEquals(List.of("kinetic interception rate with 90% CI (Jeffreys)",
        "bounds (unknown outcomes)", "launched (rated lines)"), chart.legend());
    List<String> texts = texts(parse(chart.toSvg()));
    for (String label : chart.legend()) {
      assertTrue(texts.contains(label), label + " in " + texts);
    }
    assertTrue(String.join(" ", texts).contains("90% CI (Jeffreys)"), texts::toString);
  }

  @Test
  void aPngDecodesAndShowsTheBars() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RatesChart.of(table(Dimension.MONTH)).withSize(800, 500).writePng(out);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(800, image.getWidth());
    assertEquals(500, image.getHeight());
    Set<Integer> colours = new HashSet<>();
    boolean barColour = false;
    for (int x = 0; x < image.getWidth(); x += 2) {
      for (int y = 0; y < image.getHeight(); y += 2) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        colours.add(rgb);
        barColour |= rgb == 0x9ecae1;
      }
    }
    assertTrue(colours.size() > 20, "not blank: " + colours.size() + " colours");
    assertTrue(barColour, "the launched bars are drawn");
  }

  @Test
  void writeChoosesTheFormatByTheFileName() throws Exception {
    RatesChart chart = RatesChart.of(table(Dimension.WEEK));
    Path png = dir.resolve("c.PNG");
    Path svg = dir.resolve("c.svg");
    chart.write(png);
    chart.write(svg);
    assertTrue(ImageIO.read(png.toFile()) != null);
    assertEquals("svg", parse(Files.readString(svg)).getDocumentElement().getLocalName());
    Path upper = dir.resolve("d.SVG");
    Path bare = dir.resolve("d"); // no extension: SVG, as chart -o writes it
    chart.write(upper);
    chart.write(bare);
    assertEquals("svg", parse(Files.readString(upper)).getDocumentElement().getLocalName());
    assertEquals("svg", parse(Files.readString(bare)).getDocumentElement().getLocalName());
  }

  /** Any other extension is refused, naming the file, and nothing is written (x.jpg got SVG). */
  @Test
  void writeRefusesANameEndingInNeitherPngNorSvg() {
    RatesChart chart = RatesChart.of(table(Dimension.WEEK));
    for (String name : new String[] {"c.jpg", "c.PDF", "c.svg.txt", "c.png.bak"}) {
      Path file = dir.resolve(name);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> chart.write(file));
      assertEquals(file + ": a chart is written as SVG (.svg, or a name without an extension) or"
          + " PNG (.png), not '" + name.substring(name.lastIndexOf('.')) + "'", e.getMessage());
      assertFalse(Files.exists(file), name);
    }
  }

  /**
   * Where the clustered interval cannot be estimated (a period of one report) the point and its
   * bounds are still drawn, with the band closed on the line: the same points as Wilson's chart.
   */
  @Test
  void theClusteredChartDrawsEveryPointWilsonsDraws() {
    StatsTable t = table(Dimension.WEEK);
    boolean oneReport = t.rows().stream().anyMatch(r -> r.tally().rate(RateKind.NEUTRALISATION)
        .isDefined() && r.tally().interval(RateKind.NEUTRALISATION, IntervalMethod.CLUSTER, 0.95)
        .isEmpty());
    assertTrue(oneReport, "the fixture has a week of one report");
    RatesChart base = RatesChart.of(t).withMinimumLaunched(1);
    List<double[]> wilson = points(base.withInterval(IntervalMethod.WILSON, 0.95));
    List<double[]> cluster = points(base.withInterval(IntervalMethod.CLUSTER, 0.95));
    assertEquals(wilson.size(), cluster.size(), "the same points");
    boolean closed = false;
    for (int i = 0; i < wilson.size(); i++) {
      assertEquals(wilson.get(i)[0], cluster.get(i)[0], "the same point");
      closed |= cluster.get(i)[1] == cluster.get(i)[0] && cluster.get(i)[2] == cluster.get(i)[0];
    }
    assertTrue(closed, "a band closed on its point");
  }

  /**
   * A rate between two periods without one (a run of one period: no line to draw) is drawn across
   * the middle half of its period, with its bands, and marked at its middle, even past 40 periods,
   * where no other point is marked.
   */
  @Test
  void aLonePeriodIsDrawnAcrossTheMiddleOfItsSpanWithItsBands() {
    List<StrikeReport> days = new ArrayList<>();
    LocalDate first = LocalDate.of(2025, 3, 1);
    for (int d = 0; d < 45; d++) {
      // day 20 has a rate; days 19 and 21 launch too few to have one drawn
      long launched = d == 19 || d == 21 ? 2 : 50;
      days.add(report(first.plusDays(d), line("Shahed-136/131", launched, launched / 2)));
    }
    RatesChart chart = RatesChart.of(StatsQuery.groupBy(Dimension.DAY).run(days))
        .withInterval(IntervalMethod.WILSON, 0.95);
    XYPlot rates = subplot(chart, 0);
    IntervalXYDataset data = (IntervalXYDataset) rates.getDataset(0);
    assertEquals(3, data.getSeriesCount(), "three runs: before, the lone day, after");
    assertEquals(19, data.getItemCount(0));
    assertEquals(23, data.getItemCount(2));
    // the lone day: its rate and band from a quarter to three quarters of the day, so that the
    // band has a width (a band of one point was a line of none), marked once, at its middle,
    // though a chart of 45 periods marks no other point
    assertEquals(3, data.getItemCount(1));
    org.jfree.chart.renderer.xy.XYLineAndShapeRenderer renderer =
        (org.jfree.chart.renderer.xy.XYLineAndShapeRenderer) rates.getRenderer(0);
    assertEquals(List.of(false, true, false), List.of(renderer.getItemShapeVisible(1, 0),
        renderer.getItemShapeVisible(1, 1), renderer.getItemShapeVisible(1, 2)));
    assertFalse(renderer.getItemShapeVisible(0, 5));
    double dayStart = first.plusDays(20).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
        .toEpochMilli();
    double day = 86_400_000;
    assertEquals(dayStart + day / 4, data.getXValue(1, 0), 1);
    assertEquals(dayStart + day / 2, data.getXValue(1, 1), 1);
    assertEquals(dayStart + 3 * day / 4, data.getXValue(1, 2), 1);
    for (int i = 0; i < 3; i++) {
      assertEquals(50.0, data.getYValue(1, i), 1e-9);
      assertTrue(data.getStartYValue(1, i) < 50 && data.getEndYValue(1, i) > 50);
    }
  }

  @Test
  void aLineNeverBridgesPeriodsWithNoRowAtAll() {
    // December 2023, January 2024, then nothing until January 2025: two runs, not one line
    List<StrikeReport> months = List.of(
        report(LocalDate.of(2023, 12, 31), line("Shahed-136/131", 20, 19)),
        report(LocalDate.of(2024, 1, 1), line("Shahed-136/131", 40, 30)),
        report(LocalDate.of(2025, 1, 2), line("Shahed-136/131", 12, 8)),
        report(LocalDate.of(2025, 1, 5), line("Shahed-136/131", 8, 6)));
    RatesChart chart = RatesChart.of(StatsQuery.groupBy(Dimension.MONTH).run(months))
        .withInterval(IntervalMethod.WILSON, 0.95);
    XYPlot rates = subplot(chart, 0);
    IntervalXYDataset line = (IntervalXYDataset) rates.getDataset(0);
    IntervalXYDataset bounds = (IntervalXYDataset) rates.getDataset(1);
    assertEquals(2, line.getSeriesCount());
    assertEquals(2, bounds.getSeriesCount());
    assertEquals(2, line.getItemCount(0)); // 2023-12 and 2024-01, next to each other
    assertEquals(3, line.getItemCount(1)); // 2025-01 alone, across the middle of its month
    assertTrue(line.getXValue(1, 0) > LocalDate.of(2025, 1, 1).atStartOfDay(
        java.time.ZoneOffset.UTC).toInstant().toEpochMilli());
  }

  @Test
  void aSplitOfManyGroupsDrawsTheTwelveMostLaunchedAndSaysWhatItLeavesOut() throws Exception {
    // 14 weapons, each in its own report: weapon i launched 10 + i on a rated line, and in July the
    // two least launched alone cross a regime boundary with a kinetic rate
    List<String> names = List.of("Shahed-136/131", "Gerbera", "Kalibr", "Iskander-M", "Iskander-K",
        "Kh-101/Kh-555", "Kh-22", "Kh-59", "Kh-47 Kinzhal", "S-300", "Lancet", "Orlan-10",
        "Molniya", "KAB");
    List<StrikeReport> reports = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      reports.add(report(LocalDate.of(2025, 6, 1 + i), line(names.get(i), 10 + i, 5)));
    }
    StatsTable t = StatsQuery.groupBy(Dimension.MONTH, Dimension.WEAPON).run(reports);
    RatesChart chart = RatesChart.of(t);
    // the two least launched (Shahed 10, Gerbera 11) are left out; the rest drawn in the
    // split's (alphabetical) order
    List<String> expected = new ArrayList<>(names.subList(2, names.size()));
    expected.sort(Dimension.WEAPON.order());
    assertEquals(expected, chart.groups());
    assertEquals(List.of("Gerbera", "Shahed-136/131"), chart.groupsLeftOut());
    assertEquals(chart.groups(), chart.legend());
    assertTrue(chart.caption().contains("Drawn: the 12 of 14 groups by weapon with the most"
        + " weapons launched on rated lines; the other 2 (21 weapons launched on rated lines) are"
        + " in no bar and no line."), chart.caption());
    // no bar of a group left out
    XYPlot volume = subplot(chart, 1);
    for (int s = 0; s < volume.getDataset().getSeriesCount(); s++) {
      assertFalse(chart.groupsLeftOut().contains(volume.getDataset().getSeriesKey(s)));
    }
    assertEquals(12, volume.getDataset().getSeriesCount());
    // twelve groups or fewer: every one drawn, nothing said
    RatesChart few = RatesChart.of(table(Dimension.MONTH, Dimension.WEAPON));
    assertEquals(List.of(), few.groupsLeftOut());
    assertFalse(few.caption().contains("Drawn:"), few.caption());
  }

  @Test
  void aGroupLeftOutGivesNoRegimeWarning() {
    List<StrikeReport> reports = new ArrayList<>();
    List<String> names = List.of("Kalibr", "Iskander-M", "Iskander-K",
        "Kh-101/Kh-555", "Kh-22", "Kh-59", "Kh-47 Kinzhal", "S-300", "Lancet", "Orlan-10",
        "Molniya", "KAB");
    for (int i = 0; i < names.size(); i++) {
      reports.add(report(LocalDate.of(2025, 6, 1 + i), line(names.get(i), 100 + i, 50)));
    }
    // the least launched group crosses the 2025-08-01 boundary within its year
    reports.add(report(LocalDate.of(2025, 7, 30), line("Shahed-136/131", 10, 5)));
    reports.add(report(LocalDate.of(2025, 8, 2), line("Shahed-136/131", 10, 6)));
    RatesChart byYear = RatesChart.of(StatsQuery.groupBy(Dimension.YEAR, Dimension.WEAPON)
        .run(reports)).withRate(RateKind.KINETIC);
    assertEquals(List.of("Shahed-136/131"), byYear.groupsLeftOut());
    assertEquals(java.util.Optional.empty(), byYear.regimeWarning());
    // drawn, the same group's rate gives the warning
    RatesChart drawn = RatesChart.of(StatsQuery.groupBy(Dimension.YEAR, Dimension.WEAPON)
        .run(reports.subList(names.size(), reports.size()))).withRate(RateKind.KINETIC);
    assertTrue(drawn.regimeWarning().isPresent());
  }

  @Test
  void regionsAreNotStackedSinceALineInSeveralCountsInEach() {
    RatesChart byRegion = RatesChart.of(table(Dimension.MONTH, Dimension.REGION));
    XYPlot volume = subplot(byRegion, 1);
    assertEquals(org.jfree.chart.renderer.xy.ClusteredXYBarRenderer.class,
        volume.getRenderer().getClass());
    assertTrue(byRegion.caption().contains("side by side"), byRegion.caption());
    RatesChart byFamily = RatesChart.of(table(Dimension.MONTH, Dimension.FAMILY));
    XYPlot stacked = subplot(byFamily, 1);
    assertEquals(org.jfree.chart.renderer.xy.StackedXYBarRenderer.class,
        stacked.getRenderer().getClass());
    assertFalse(byFamily.caption().contains("side by side"), byFamily.caption());
  }

  @Test
  void yearsQuartersAndWeeksAreTickedAndNamedAsTheirRows() {
    for (Dimension d : List.of(Dimension.QUARTER, Dimension.YEAR)) {
      DateAxis axis = timeAxis(RatesChart.of(table(d)));
      assertFalse(axis.isAutoTickUnitSelection(), d.toString());
      assertEquals(d == Dimension.QUARTER ? List.of("2025-Q1", "2025-Q2")
          : List.of("2025"), List.copyOf(ticks(axis).values()));
      java.util.Date may = java.util.Date.from(LocalDate.of(2025, 5, 1)
          .atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
      // the label of a tick is the key of its row: the axis' own fell on other months
      assertEquals(d == Dimension.QUARTER ? "2025-Q2" : "2025",
          axis.getTickUnit().dateToString(may));
    }
    // weeks: a tick every week, or every few weeks, named after the week it falls in (the axis'
    // own named a day, "4-Sep", under the week of 1 September)
    DateAxis weeks = timeAxis(RatesChart.of(table(Dimension.WEEK)));
    assertFalse(weeks.isAutoTickUnitSelection());
    assertTrue(ticks(weeks).containsValue("2025-W02"), ticks(weeks).toString());
    for (int day = 1; day <= 7; day++) {
      assertEquals("2025-W36", weeks.getTickUnit().dateToString(java.util.Date.from(
          LocalDate.of(2025, 9, day).atStartOfDay(java.time.ZoneOffset.UTC).toInstant())));
    }
    assertEquals("2026-W01", weeks.getTickUnit().dateToString(java.util.Date.from(
        LocalDate.of(2025, 12, 29).atStartOfDay(java.time.ZoneOffset.UTC).toInstant())));
    // the labels are spread over the weeks the axis covers, not the weeks with rows: two weeks of
    // data three years apart are 157 weeks of axis, labelled every few weeks in between
    Map<LocalDate, String> sparse = ticks(timeAxis(RatesChart.of(StatsQuery.groupBy(
        Dimension.WEEK).run(List.of(
            report(LocalDate.of(2022, 9, 7), line("Shahed-136/131", 10, 5)),
            report(LocalDate.of(2025, 9, 3), line("Shahed-136/131", 10, 5)))))));
    assertTrue(sparse.size() > 2, sparse.toString());
    assertTrue(sparse.keySet().stream().allMatch(d -> !d.isBefore(LocalDate.of(2022, 9, 5))
        && d.isBefore(LocalDate.of(2025, 9, 8))), sparse.toString());
    assertTrue(sparse.containsValue("2024-W01") || sparse.keySet().stream().anyMatch(
        d -> d.getYear() == 2024), sparse.toString());
  }

  /** A chart by the period of one report (10 launched) on each of the days. */
  private static RatesChart chartOf(Dimension period, LocalDate... days) {
    List<StrikeReport> reports = new ArrayList<>();
    for (LocalDate day : days) {
      reports.add(report(day, line("Shahed-136/131", 10, 5)));
    }
    return RatesChart.of(StatsQuery.groupBy(period).run(reports));
  }

  /**
   * The labels of the ticks the time axis draws on a default-size chart, by the first day of the
   * period each names; every tick at the middle of that period.
   */
  private static Map<LocalDate, String> ticks(DateAxis axis) {
    return ticks(axis, 900);
  }

  /** {@link #ticks(DateAxis)} with a data area of that many pixels. */
  private static Map<LocalDate, String> ticks(DateAxis axis, int pixels) {
    BufferedImage image = new BufferedImage(1000, 600, BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = image.createGraphics();
    Dimension period = ((TimeAxis) axis).period();
    try {
      Map<LocalDate, String> out = new java.util.LinkedHashMap<>();
      for (Object o : axis.refreshTicks(g, new org.jfree.chart.axis.AxisState(),
          new java.awt.geom.Rectangle2D.Double(60, 0, pixels, 400),
          org.jfree.chart.ui.RectangleEdge.BOTTOM)) {
        org.jfree.chart.axis.DateTick t = (org.jfree.chart.axis.DateTick) o;
        if (t.getTickType() == org.jfree.chart.axis.TickType.MAJOR) {
          // a tick at the middle of the period it names, its label centred on it
          LocalDate[] span = Periods.span(period, t.getText());
          assertEquals((ChartData.date(span[0]).getTime() + ChartData.date(span[1]).getTime()) / 2,
              t.getDate().getTime(), t.getText() + " at " + t.getDate().toInstant());
          assertEquals(org.jfree.chart.ui.TextAnchor.TOP_CENTER, t.getTextAnchor());
          out.put(span[0], t.getText());
        }
      }
      return out;
    } finally {
      g.dispose();
    }
  }

  @Test
  void monthsAreTickedAtTheirMiddleAndNamedAsTheirRows() {
    // six months: a tick at the middle of every month, named as the table's row ("2025-04", not
    // the axis' own "Apr-2025"); none past the last month's bar (the tick at the start of 2025-07
    // was the end of June's bar)
    DateAxis months = timeAxis(RatesChart.of(table(Dimension.MONTH)));
    assertFalse(months.isAutoTickUnitSelection());
    assertEquals("2025-04", months.getTickUnit().dateToString(java.util.Date.from(
        LocalDate.of(2025, 4, 1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant())));
    Map<LocalDate, String> six = ticks(months);
    assertEquals(List.of("2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"),
        List.copyOf(six.values()), six.toString());
    assertEquals(LocalDate.of(2025, 4, 1), List.copyOf(six.keySet()).get(3));
    // three years at 900 pixels: every third month, on January, April, July and October
    DateAxis threeYears = timeAxis(chartOf(Dimension.MONTH,
        LocalDate.of(2023, 1, 10), LocalDate.of(2025, 12, 10)));
    Map<LocalDate, String> quarterly = ticks(threeYears);
    assertEquals(3, every(Dimension.MONTH, quarterly), quarterly.toString());
    assertEquals("2023-01", quarterly.get(LocalDate.of(2023, 1, 1)), quarterly.toString());
    assertEquals("2025-10", quarterly.get(LocalDate.of(2025, 10, 1)), quarterly.toString());
    assertEquals(12, quarterly.size(), quarterly.toString());
    quarterly.keySet().forEach(d -> assertEquals(1, d.getDayOfMonth() + (d.getMonthValue() - 1)
        % 3, d.toString()));
    // the spacing follows the width: every month at 3000 pixels, every year at 200
    assertEquals(1, every(Dimension.MONTH, ticks(threeYears, 3000)));
    Map<LocalDate, String> narrow = ticks(threeYears, 200);
    assertEquals(12, every(Dimension.MONTH, narrow), narrow.toString());
    assertEquals(List.of("2023-01", "2024-01", "2025-01"), List.copyOf(narrow.values()));
    assertEquals(2,
        tickEvery(Dimension.MONTH, LocalDate.of(2024, 1, 10), LocalDate.of(2025, 12, 10)));
    assertEquals(6,
        tickEvery(Dimension.MONTH, LocalDate.of(2021, 1, 10), LocalDate.of(2025, 12, 10)));
    DateAxis twelveYears = timeAxis(chartOf(Dimension.MONTH,
        LocalDate.of(2014, 3, 10), LocalDate.of(2025, 12, 10)));
    Map<LocalDate, String> yearly = ticks(twelveYears);
    assertEquals(12, every(Dimension.MONTH, yearly), yearly.toString());
    assertTrue(yearly.keySet().stream().allMatch(d -> d.getDayOfYear() == 1), yearly.toString());
    assertEquals("2025-01", yearly.get(LocalDate.of(2025, 1, 1)), yearly.toString());
  }

  /** How many periods apart the labels are, by the first days of the first two periods named. */
  private static long every(Dimension period, Map<LocalDate, String> ticks) {
    List<LocalDate> days = List.copyOf(ticks.keySet());
    assertTrue(days.size() >= 2, ticks.toString());
    return PeriodTicks.ordinal(period, days.get(1)) - PeriodTicks.ordinal(period, days.get(0));
  }

  /** How many periods apart the labels of a chart of one group over the dates are (900 pixels). */
  private static long tickEvery(Dimension period, LocalDate first, LocalDate last) {
    return every(period, ticks(timeAxis(chartOf(period, first, last))));
  }

  @Test
  void daysAreTickedAtTheirMiddleAndNamedAsTheirRows() {
    // a week: a tick at the middle of every day, named as the table's row ("2025-10-01", not the
    // axis' own "1-Oct")
    LocalDate[] week = new LocalDate[7];
    for (int i = 0; i < 7; i++) {
      week[i] = LocalDate.of(2025, 9, 29).plusDays(i);
    }
    DateAxis days = timeAxis(chartOf(Dimension.DAY, week));
    assertFalse(days.isAutoTickUnitSelection());
    Map<LocalDate, String> daily = ticks(days);
    assertEquals("2025-10-01", daily.get(LocalDate.of(2025, 10, 1)), daily.toString());
    assertEquals(List.of("2025-09-29", "2025-09-30", "2025-10-01", "2025-10-02", "2025-10-03",
        "2025-10-04", "2025-10-05"), List.copyOf(daily.values()), daily.toString());
    // a month at 900 pixels: every third day
    assertEquals(3,
        tickEvery(Dimension.DAY, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31)));
    // a year: every few weeks, each tick on a Monday
    DateAxis year = timeAxis(chartOf(Dimension.DAY,
        LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
    Map<LocalDate, String> weekly = ticks(year);
    assertEquals(0, every(Dimension.DAY, weekly) % 7, weekly.toString());
    weekly.forEach((d, label) -> {
      assertEquals(DayOfWeek.MONDAY, d.getDayOfWeek(), d.toString());
      assertEquals(d.toString(), label);
    });
    // fewer on a narrower drawing
    assertTrue(ticks(year, 300).size() < weekly.size(), weekly.toString());
  }

  /**
   * Every label of the drawn chart, at several widths and over few and many periods of each kind,
   * is centred on the bar of the period it names, and no two labels' boxes overlap (months and
   * days were labelled at their start, on the edge between two bars).
   */
  @Test
  void everyLabelIsCentredOnItsBarAndNoTwoOverlapAtAnyWidth() {
    Map<Dimension, int[]> counts = Map.of(Dimension.DAY, new int[] {1, 7, 31, 400},
        Dimension.WEEK, new int[] {1, 10, 160}, Dimension.MONTH, new int[] {1, 6, 36, 150},
        Dimension.QUARTER, new int[] {1, 8, 40}, Dimension.YEAR, new int[] {1, 5, 30});
    counts.forEach((period, ns) -> {
      for (int n : ns) {
        LocalDate[] days = new LocalDate[n];
        for (int i = 0; i < n; i++) {
          days[i] = PeriodTicks.start(period, PeriodTicks.ordinal(period,
              LocalDate.of(1995, 1, 1)) + i).plusDays(period == Dimension.DAY ? 0 : 2);
        }
        RatesChart chart = chartOf(period, days);
        int[] labelled = new int[3];
        int[] widths = {200, 1000, 4000};
        for (int w = 0; w < widths.length; w++) {
          labelled[w] = assertLabelsCentredAndApart(chart.withSize(widths[w], 600), widths[w],
              period + " x" + n + " at " + widths[w]);
        }
        // more room, more labels (never fewer); all of a few periods on a wide chart
        assertTrue(labelled[0] <= labelled[1] && labelled[1] <= labelled[2],
            period + " x" + n + ": " + java.util.Arrays.toString(labelled));
        if (n <= 10) {
          assertEquals(n, labelled[2], period + " x" + n);
        }
      }
    });
  }

  /**
   * Draws the chart and checks its time axis' labels: each at the centre of the bar of the period
   * it names, each box at least the gap from the next. Returns how many labels there are.
   */
  private static int assertLabelsCentredAndApart(RatesChart chart, int width, String what) {
    org.jfree.chart.JFreeChart drawing = chart.chart();
    BufferedImage image = new BufferedImage(width, 600, BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = image.createGraphics();
    try {
      org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
      drawing.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, width, 600), info);
      CombinedDomainXYPlot plot = (CombinedDomainXYPlot) drawing.getXYPlot();
      TimeAxis axis = (TimeAxis) plot.getDomainAxis();
      java.awt.geom.Rectangle2D area = info.getPlotInfo().getSubplotInfo(1).getDataArea();
      IntervalXYDataset bars = (IntervalXYDataset) ((XYPlot) plot.getSubplots().get(1))
          .getDataset();
      // the centre of each period's bar, as drawn, by the period's first day
      Map<LocalDate, java.awt.geom.Rectangle2D> centres = new java.util.HashMap<>();
      for (Object o : info.getEntityCollection().getEntities()) {
        if (o instanceof org.jfree.chart.entity.XYItemEntity e && e.getDataset() == bars) {
          LocalDate start = java.time.Instant.ofEpochMilli(
              (long) bars.getStartXValue(e.getSeriesIndex(), e.getItem()))
              .atZone(java.time.ZoneOffset.UTC).toLocalDate();
          centres.put(start, e.getArea().getBounds2D());
        }
      }
      assertFalse(centres.isEmpty(), what);
      g.setFont(axis.getTickLabelFont());
      double right = Double.NEGATIVE_INFINITY;
      int checked = 0;
      List<?> ticks = axis.refreshTicks(g, new org.jfree.chart.axis.AxisState(), area,
          org.jfree.chart.ui.RectangleEdge.BOTTOM);
      for (Object o : ticks) {
        org.jfree.chart.axis.DateTick t = (org.jfree.chart.axis.DateTick) o;
        double x = axis.valueToJava2D(t.getDate().getTime(), area,
            org.jfree.chart.ui.RectangleEdge.BOTTOM);
        LocalDate start = Periods.span(axis.period(), t.getText())[0];
        java.awt.geom.Rectangle2D bar = centres.get(start);
        if (bar != null) {
          // a bar narrower than a pixel is drawn a pixel wide from its start
          assertEquals(bar.getCenterX(), x, bar.getWidth() > 1.001 ? 0.01 : 0.5,
              what + ": " + t.getText() + " not under its bar");
          checked++;
        }
        // drawn centred on x (TOP_CENTER): its box
        assertEquals(org.jfree.chart.ui.TextAnchor.TOP_CENTER, t.getTextAnchor(), what);
        double w = org.jfree.chart.text.TextUtils.getTextBounds(t.getText(), g,
            g.getFontMetrics()).getWidth();
        assertTrue(x - w / 2 - right >= PeriodTicks.GAP, what + ": " + t.getText()
            + " overlaps the label before it");
        right = x + w / 2;
      }
      assertTrue(checked > 0, what + ": no label under a bar: " + ticks.size() + " ticks");
      return ticks.size();
    } finally {
      g.dispose();
    }
  }

  @Test
  void nothingRatedGivesAnAxisOfWholeNumbersFromZero() {
    List<StrikeReport> unrated = List.of(report(LocalDate.of(2025, 1, 2),
        WeaponLine.of(CATALOG.resolve("Shahed-136/131"), Count.unknown())));
    XYPlot volume = subplot(RatesChart.of(StatsQuery.groupBy(Dimension.MONTH).run(unrated)), 1);
    assertEquals(0, volume.getRangeAxis().getLowerBound(), 0);
    assertEquals(1, volume.getRangeAxis().getUpperBound(), 0);
  }

  @Test
  void theTimeAxisNamesTheZoneAndAKineticChartAcrossRegimesWarns() {
    StatsTable byYear = StatsQuery.groupBy(Dimension.YEAR).run(List.of(
        report(LocalDate.of(2025, 7, 30), line("Shahed-136/131", 100, 60)),
        report(LocalDate.of(2025, 8, 2), line("Shahed-136/131", 120, 100))));
    RatesChart chart = RatesChart.of(byYear).withZone(java.time.ZoneId.of("UTC"));
    assertEquals("report date in UTC, by year",
        timeAxis(chart).getLabel());
    assertFalse(chart.caption().contains("regimes"), chart.caption());
    // 2025 is drawn, and its kinetic rate crosses the boundary
    String kinetic = chart.withRate(RateKind.KINETIC).caption();
    assertTrue(kinetic.contains("Warning: the kinetic rate of 1 group (2025) mixes reporting"
        + " regimes (boundary 2025-08-01)"), kinetic);
    // by month no drawn rate crosses it: the total, which crosses it, is not drawn
    RatesChart byMonth = RatesChart.of(StatsQuery.groupBy(Dimension.MONTH).run(List.of(
        report(LocalDate.of(2025, 7, 30), line("Shahed-136/131", 100, 60)),
        report(LocalDate.of(2025, 8, 2), line("Shahed-136/131", 120, 100)))))
        .withRate(RateKind.KINETIC);
    assertEquals(java.util.Optional.empty(), byMonth.regimeWarning());
    assertFalse(byMonth.caption().contains("regimes"), byMonth.caption());
  }

  /** Each point of the rate panel: the rate, the band's low and high. */
  private static List<double[]> points(RatesChart chart) {
    org.jfree.chart.plot.CombinedDomainXYPlot plot =
        (org.jfree.chart.plot.CombinedDomainXYPlot) chart.chart().getXYPlot();
    org.jfree.chart.plot.XYPlot rates = (org.jfree.chart.plot.XYPlot) plot.getSubplots().get(0);
    org.jfree.data.xy.IntervalXYDataset data =
        (org.jfree.data.xy.IntervalXYDataset) rates.getDataset(0);
    List<double[]> out = new java.util.ArrayList<>();
    for (int s = 0; s < data.getSeriesCount(); s++) {
      for (int i = 0; i < data.getItemCount(s); i++) {
        out.add(new double[] {data.getYValue(s, i), data.getStartYValue(s, i),
            data.getEndYValue(s, i)});
      }
    }
    return out;
  }

  @Test
  void onlyATableGroupedByAPeriodFirstIsCharted() {
    assertThrows(IllegalArgumentException.class,
        () -> RatesChart.of(table(Dimension.WEAPON)));
    assertThrows(IllegalArgumentException.class,
        () -> RatesChart.of(table(Dimension.MONTH, Dimension.WEAPON, Dimension.SOURCE)));
    assertThrows(IllegalArgumentException.class,
        () -> RatesChart.of(StatsQuery.ungrouped().run(reports())));
    assertThrows(IllegalArgumentException.class,
        () -> RatesChart.of(table(Dimension.MONTH)).withMinimumLaunched(0));
  }

  /**
   * The band is the clustered interval or one of the counts; the bootstrap, which needs every
   * report's figures, is refused at once, not when the chart is drawn.
   */
  @Test
  void everyIntervalButTheBootstrapIsDrawn() {
    RatesChart chart = RatesChart.of(table(Dimension.MONTH));
    for (IntervalMethod m : IntervalMethod.values()) {
      if (m != IntervalMethod.BOOTSTRAP) {
        assertTrue(chart.withInterval(m, 0.9).toSvg().startsWith("<"), m.toString());
      } else {
        assertThrows(IllegalArgumentException.class, () -> chart.withInterval(m, 0.9), m::toString);
      }
    }
    assertTrue(chart.withInterval(IntervalMethod.CLUSTER, 0.9).caption().contains(
        "90% CI (clustered), the report as the unit;"), chart.caption());
    RatesChart wilson = chart.withInterval(IntervalMethod.WILSON, 0.95);
    assertTrue(wilson.caption().contains("treating weapons as independent"), wilson.caption());
    assertTrue(chart.caption().contains("95% CI (clustered), the report as the unit;"),
        chart.caption());
  }

  @ParameterizedTest
  @CsvSource({"day,2025-04-17,2025-04-17,2025-04-18", "week,2025-W16,2025-04-14,2025-04-21",
      "week,2026-W01,2025-12-29,2026-01-05", "month,2025-04,2025-04-01,2025-05-01",
      "quarter,2025-Q4,2025-10-01,2026-01-01", "year,2025,2025-01-01,2026-01-01"})
  void periodsSpanTheirDays(String dimension, String key, String start, String end) {
    LocalDate[] span = Periods.span(Dimension.parse(dimension), key);
    assertEquals(LocalDate.parse(start), span[0]);
    assertEquals(LocalDate.parse(end), span[1]);
  }

  static org.w3c.dom.Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
  }

  static List<String> texts(org.w3c.dom.Document doc) {
    List<String> out = new ArrayList<>();
    // drawn text only: not the title and description elements
    org.w3c.dom.NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent().strip());
    }
    return out;
  }

  private static boolean hasColour(String svg, int r, int g, int b) {
    return svg.contains(String.format("rgb(%d,%d,%d)", r, g, b))
        || svg.contains(String.format("#%02x%02x%02x", r, g, b));
  }

  /** Every group of a split has a colour of its own: 14 categories drew pairs alike with ten. */
  @Test
  void everyGroupOfASplitHasItsOwnColour() {
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      java.awt.Color c = Palette.colour(i);
      assertTrue(seen.add(c.getRGB() & 0xffffff), "colour " + i + " again: " + c);
      assertTrue(c.getRed() + c.getGreen() + c.getBlue() < 3 * 240, "visible on white: " + c);
    }
  }

  /** A chart of a table draws the interval its query chose; the bootstrap, which it cannot, not. */
  @Test
  void aChartDrawsTheIntervalOfItsTablesQuery() {
    assertEquals("neutralisation rate with 95% CI (clustered)",
        RatesChart.of(table(Dimension.MONTH)).legend().get(0));
    StatsQuery month = StatsQuery.groupBy(Dimension.MONTH);
    assertEquals("neutralisation rate with 90% CI (Jeffreys)", RatesChart.of(
        month.withInterval(IntervalMethod.JEFFREYS, 0.9).run(reports())).legend().get(0));
    assertEquals("neutralisation rate with 80% CI (clustered)", RatesChart.of(
        month.withInterval(IntervalMethod.BOOTSTRAP, 0.8).run(reports())).legend().get(0));
    // the caption names the table's unit of sampling
    String byDay = RatesChart.of(month.withClusterUnit(org.conflictstats.stats.ClusterUnit.DAY)
        .run(reports())).caption();
    assertTrue(byDay.contains("95% CI (clustered), the day as the unit;")
        && byDay.contains("where fewer than two days give the rate"), byDay);
  }

  /**
   * A period whose rated lines give no destroyed figure (nothing is known of its outcome: n/e in
   * the tables) has no band, whatever the interval; the caption says so, naming it, only when the
   * chart draws such a rate: not for a period whose rate is not drawn (too few launched), nor for
   * a chart without one.
   */
  @Test
  void aPeriodWithNoDestroyedFigureIsNamedInTheCaptionAsHavingNoBand() {
    List<StrikeReport> reports = new ArrayList<>();
    for (int m = 1; m <= 4; m++) {
      for (int d = 3; d <= 12; d += 3) {
        LocalDate day = LocalDate.of(2025, m, d);
        // April: destroyed not given; February: too few launched for a rate (below 10)
        WeaponLine l = m == 4 ? WeaponLine.of(CATALOG.resolve("Shahed-136/131"),
            Count.exactly(30)).withDestroyed(Count.unknown())
            : m == 2 ? WeaponLine.of(CATALOG.resolve("Shahed-136/131"), Count.exactly(2))
                .withDestroyed(Count.unknown())
            : line("Shahed-136/131", 30, 25);
        reports.add(report(day, l));
      }
    }
    StatsTable table = StatsQuery.groupBy(Dimension.MONTH).run(reports);
    assertFalse(table.row("2025-04").orElseThrow().tally().outcomeKnown());
    assertFalse(table.row("2025-02").orElseThrow().tally().outcomeKnown());
    for (IntervalMethod m : List.of(IntervalMethod.CLUSTER, IntervalMethod.WILSON)) {
      RatesChart chart = RatesChart.of(table).withInterval(m, 0.95);
      String note = "No band for 2025-04: no destroyed figure on its rated lines (n/e), so the line"
          + " is only its lower bound.";
      assertEquals(java.util.Optional.of(note), chart.unknownOutcomeNote(), m.label());
      assertTrue(chart.caption().contains(" " + note), chart.caption());
      assertFalse(chart.caption().contains("2025-02"), chart.caption());
      // drawn so: April's band closes on its line
      YIntervalSeriesCollection bands = (YIntervalSeriesCollection) subplot(chart, 0)
          .getDataset(0);
      boolean aprilDrawn = false;
      for (int s = 0; s < bands.getSeriesCount(); s++) {
        for (int i = 0; i < bands.getItemCount(s); i++) {
          java.time.LocalDate at = java.time.Instant.ofEpochMilli((long) bands.getXValue(s, i))
              .atZone(java.time.ZoneOffset.UTC).toLocalDate();
          if (at.getMonthValue() == 4) {
            aprilDrawn = true;
            assertEquals(bands.getStartYValue(s, i), bands.getEndYValue(s, i), 1e-9, m.label());
          }
        }
      }
      assertTrue(aprilDrawn, m.label());
      // with a minimum above April's launched, its rate is not drawn and nothing is said
      RatesChart fewer = chart.withMinimumLaunched(200);
      assertEquals(java.util.Optional.empty(), fewer.unknownOutcomeNote());
      assertFalse(fewer.caption().contains("No band for"), fewer.caption());
    }
    // several periods are all named; a chart where every outcome is known says nothing
    List<StrikeReport> more = new ArrayList<>(reports);
    for (int d = 3; d <= 12; d += 3) {
      more.add(report(LocalDate.of(2025, 5, d), WeaponLine.of(CATALOG.resolve("Kalibr"),
          Count.exactly(12)).withDestroyed(Count.unknown())));
    }
    RatesChart two = RatesChart.of(StatsQuery.groupBy(Dimension.MONTH).run(more));
    assertTrue(two.caption().contains("No band for 2025-04, 2025-05: no destroyed figure on their"
        + " rated lines"), two.caption());
    RatesChart known = RatesChart.of(table(Dimension.MONTH));
    assertEquals(java.util.Optional.empty(), known.unknownOutcomeNote());
    assertFalse(known.caption().contains("No band for"), known.caption());
    // with a split, the group is named beside its period
    RatesChart split = RatesChart.of(StatsQuery.groupBy(Dimension.MONTH, Dimension.FAMILY)
        .run(more));
    assertTrue(split.caption().contains("No band for 2025-04 (drones), 2025-05 (missiles):"),
        split.caption());
  }

  /**
   * A period whose rate is only its lower bound though a line gives a destroyed figure (most of its
   * rated weapons on lines without one: {@code 12.5%+} in the text table) is named in the caption,
   * by the table's predicate; a period whose lines give no destroyed figure at all is the other
   * sentence's, and a period whose unfigured lines are the fewer is not named (review rv44a: the
   * chart had no word where the table marks the rate).
   */
  @Test
  void aPeriodWhoseRateIsOnlyItsLowerBoundIsNamedInTheCaption() {
    List<StrikeReport> reports = new ArrayList<>();
    for (int d = 3; d <= 12; d += 3) {
      // January: 30 of 40 on lines without a destroyed figure; March: 10 of 40
      reports.add(report(LocalDate.of(2025, 1, d), line("Shahed-136/131", 10, 8),
          WeaponLine.of(CATALOG.resolve("Kalibr"), Count.exactly(30))
              .withDestroyed(Count.unknown())));
      reports.add(report(LocalDate.of(2025, 3, d), line("Shahed-136/131", 30, 25),
          WeaponLine.of(CATALOG.resolve("Kalibr"), Count.exactly(10))
              .withDestroyed(Count.unknown())));
    }
    StatsTable table = StatsQuery.groupBy(Dimension.MONTH).run(reports);
    assertTrue(table.row("2025-01").orElseThrow().tally().isLowerBoundOnly(RateKind.NEUTRALISATION));
    assertFalse(table.row("2025-03").orElseThrow().tally()
        .isLowerBoundOnly(RateKind.NEUTRALISATION));
    RatesChart chart = RatesChart.of(table);
    String note = "Only a lower bound for 2025-01: most of its rated weapons are on lines with no"
        + " destroyed figure, counted as not neutralised; its band is that of the lower bound.";
    assertEquals(java.util.Optional.of(note), chart.lowerBoundNote());
    assertTrue(chart.caption().endsWith(" " + note), chart.caption());
    assertEquals(java.util.Optional.empty(), chart.unknownOutcomeNote());
    RatesChart kinetic = RatesChart.of(table).withRate(RateKind.KINETIC);
    assertTrue(kinetic.lowerBoundNote().orElseThrow().contains("counted as not destroyed;"),
        kinetic.caption());
    // not drawn, not named; a chart that draws no rate says so
    assertEquals(java.util.Optional.empty(), chart.withMinimumLaunched(1_000).lowerBoundNote());
    assertTrue(chart.drawsRate());
    assertFalse(chart.withMinimumLaunched(1_000).drawsRate());
    // a period with no destroyed figure at all is the other sentence's only
    List<StrikeReport> none = new ArrayList<>(reports);
    for (int d = 3; d <= 12; d += 3) {
      none.add(report(LocalDate.of(2025, 5, d), WeaponLine.of(CATALOG.resolve("Kalibr"),
          Count.exactly(12)).withDestroyed(Count.unknown())));
    }
    RatesChart both = RatesChart.of(StatsQuery.groupBy(Dimension.MONTH).run(none));
    assertTrue(both.unknownOutcomeNote().orElseThrow().startsWith("No band for 2025-05:"),
        both.caption());
    assertTrue(both.lowerBoundNote().orElseThrow().startsWith("Only a lower bound for 2025-01:"),
        both.caption());
    // with a split, the group beside its period
    RatesChart split = RatesChart.of(StatsQuery.groupBy(Dimension.MONTH, Dimension.FAMILY)
        .run(reports));
    // (January's missiles give no destroyed figure at all, its drones every one)
    assertEquals(java.util.Optional.empty(), split.lowerBoundNote(), split.caption());
    assertTrue(split.unknownOutcomeNote().orElseThrow().contains("2025-01 (missiles)"),
        split.caption());
  }
}
