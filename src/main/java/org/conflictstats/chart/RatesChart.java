package org.conflictstats.chart;

import static com.google.common.base.Preconditions.checkArgument;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TimeZone;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGIDGenerator;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.stats.ConfidenceInterval;
import org.conflictstats.stats.Dimension;
import org.conflictstats.stats.IntervalMethod;
import org.conflictstats.stats.Rate;
import org.conflictstats.stats.RateKind;
import org.conflictstats.stats.StatsTable;
import org.conflictstats.stats.Tally;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.ClusteredXYBarRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.time.SimpleTimePeriod;
import org.jfree.data.time.TimePeriodAnchor;
import org.jfree.data.time.TimeTableXYDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A chart of rates over time from a {@link StatsTable} grouped first by a period ({@code day},
 * {@code week}, {@code month}, {@code quarter} or {@code year}) and optionally by one more key
 * (a split, such as {@code family} or {@code category}): per period, the launched weapons of rated
 * lines as bars (stacked by the split), and above them the headline rate as a line with its
 * confidence interval as a band and its bounds for unknown outcomes as a lighter band. Drawn by
 * JFreeChart; SVG through Batik's SVG generator, PNG through {@link ImageIO}.
 *
 * <pre>{@code
 * StatsTable table = StatsQuery.groupBy(Dimension.MONTH, Dimension.FAMILY)
 *     .withScope(SourceScope.NATIONAL).run(reports);
 * RatesChart.of(table)
 *     .withCaption("Source: Air Force reports; national only")
 *     .write(Path.of("rates.svg"));   // .png for a picture
 * }</pre>
 *
 * <p>A period whose rate is undefined (nothing launched on rated lines) has a bar of zero and no
 * point. The interval is the table's own by default ({@link #of}), so the clustered interval
 * ({@link IntervalMethod#CLUSTER}: the report as the unit) unless its query chose another; it has no
 * band (it closes on the line) where fewer than two reports give the period's rate. Wilson's
 * ({@link #withInterval}) treats weapons as independent trials and is optimistic for salvos. The
 * caption says which.
 *
 * <p>Needs the optional dependencies {@code org.jfree:jfreechart} and
 * {@code org.apache.xmlgraphics:batik-svggen} on the class path. This class is immutable; drawing
 * is thread-safe.
 */
public final class RatesChart {

  /** The longest title {@link #withTitle} takes, in characters. */
  public static final int MAX_TITLE = 200;

  /** Colours of the groups, in order; readable on white and for most colour-blind readers. */
  private static final Color[] PALETTE = {
      new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e),
      new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
      new Color(0xbcbd22), new Color(0x17becf),
      // the same ten, lighter: a split of up to 20 groups without a colour twice
      new Color(0xaec7e8), new Color(0xff9896), new Color(0x98df8a), new Color(0xffbb78),
      new Color(0xc5b0d5), new Color(0xc49c94), new Color(0xf7b6d2), new Color(0xc7c7c7),
      new Color(0xdbdb8d), new Color(0x9edae5)};

  /**
   * The colour of the {@code i}-th group of a split: the palette's 20, then hues spread by the
   * golden ratio at two brightnesses, so that no two groups share one (14 categories or 11 sources
   * drew pairs of groups alike when the palette had ten colours and was used again).
   */
  static Color colour(int i) {
    if (i < PALETTE.length) {
      return PALETTE[i];
    }
    int k = i - PALETTE.length;
    float hue = (float) ((k * 0.6180339887498949) % 1.0);
    return Color.getHSBColor(hue, 0.75f, k % 2 == 0 ? 0.55f : 0.85f);
  }
  private static final String SVG_NS = "http://www.w3.org/2000/svg";
  private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
  private static final Font CAPTION = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
  private static final Font AXIS = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  /** The mark of a rate's point. */
  private static final java.awt.Shape MARK = new java.awt.geom.Ellipse2D.Double(-3, -3, 6, 6);

  private final StatsTable table;
  private final RateKind rate;
  private final IntervalMethod method;
  private final double level;
  private final Optional<String> title;
  private final String caption;
  private final int width;
  private final int height;
  private final long minimumLaunched;
  private final ZoneId zone;
  /** The groups drawn and left out, worked out once: {@link SplitGroups#NONE} without a split. */
  private final SplitGroups split;

  private RatesChart(StatsTable table, RateKind rate, IntervalMethod method, double level,
      Optional<String> title, String caption, int width, int height, long minimumLaunched,
      ZoneId zone) {
    this.table = table;
    this.rate = rate;
    this.method = method;
    this.level = level;
    this.title = title.map(XmlText::clean);
    this.caption = XmlText.clean(caption);
    this.width = width;
    this.height = height;
    this.minimumLaunched = minimumLaunched;
    this.zone = zone;
    this.split = table.dimensions().size() == 2 ? SplitGroups.of(table) : SplitGroups.NONE;
  }

  /**
   * Returns a chart of the table's neutralisation rate with the interval its query chose
   * ({@link StatsTable#intervalMethod()} at {@link StatsTable#level()}: the clustered one at 0.95
   * unless the query said otherwise; for a query of the bootstrap, which a chart cannot draw, the
   * clustered one at its level), 1000 by 600.
   *
   * @param table a table grouped by a period, then optionally by one more key
   * @return the chart
   * @throws IllegalArgumentException if the table is not grouped so
   */
  public static RatesChart of(StatsTable table) {
    Objects.requireNonNull(table, "table");
    List<Dimension> dims = table.dimensions();
    checkArgument(!dims.isEmpty() && dims.size() <= 2 && Periods.TIME.contains(dims.get(0)),
        "a chart needs a table grouped by day, week, month, quarter or year, then at most one"
            + " more key; not by %s", dims);
    IntervalMethod method = table.intervalMethod().needsClusterValues() ? IntervalMethod.CLUSTER
        : table.intervalMethod();
    return new RatesChart(table, RateKind.NEUTRALISATION, method, table.level(),
        Optional.empty(), "", 1000, 600, 10, ReportPeriod.KYIV);
  }

  /**
   * Returns a copy that draws another rate.
   *
   * @param newRate the rate
   * @return the copy
   */
  public RatesChart withRate(RateKind newRate) {
    return new RatesChart(table, Objects.requireNonNull(newRate, "newRate"), method, level, title,
        caption, width, height, minimumLaunched, zone);
  }

  /**
   * Returns a copy with another confidence interval: the clustered one (the report as the unit; no
   * band for a period of fewer than two reports with rated lines) or one of the counts alone
   * (Wilson, Clopper-Pearson, Jeffreys). The bootstrap needs every report's figures kept, which a
   * table does not.
   *
   * @param newMethod the method
   * @param newLevel the level, in (0, 1)
   * @return the copy
   * @throws IllegalArgumentException if the level is outside (0, 1) or the method is the bootstrap
   */
  public RatesChart withInterval(IntervalMethod newMethod, double newLevel) {
    checkArgument(newLevel > 0 && newLevel < 1, "level must be in (0, 1): %s", newLevel);
    checkArgument(!Objects.requireNonNull(newMethod, "newMethod").needsClusterValues(),
        "the chart draws the clustered interval or one of the counts alone (Wilson,"
        + " Clopper-Pearson, Jeffreys), not the bootstrap");
    return new RatesChart(table, rate, Objects.requireNonNull(newMethod, "newMethod"), newLevel,
        title, caption, width, height, minimumLaunched, zone);
  }

  /**
   * Returns a copy with a title of its own (by default: the rate by period, and the split). A
   * character an SVG document cannot hold (a control character) is drawn as U+FFFD.
   *
   * @param newTitle the title, at most {@value #MAX_TITLE} characters (JFreeChart's line breaking
   *     took half a minute for a 20,000-character title without spaces)
   * @return the copy
   * @throws IllegalArgumentException if the title is longer
   */
  public RatesChart withTitle(String newTitle) {
    Objects.requireNonNull(newTitle, "newTitle");
    checkArgument(newTitle.length() <= MAX_TITLE, "a title of %s characters: at most %s",
        newTitle.length(), MAX_TITLE);
    return new RatesChart(table, rate, method, level, Optional.of(newTitle), caption, width,
        height, minimumLaunched, zone);
  }

  /**
   * Returns a copy whose caption starts with the given text (the source and scope, say); the
   * caption always ends by saying what the line and bands are.
   *
   * @param newCaption the text
   * @return the copy
   */
  public RatesChart withCaption(String newCaption) {
    return new RatesChart(table, rate, method, level, title,
        Objects.requireNonNull(newCaption, "newCaption"), width, height, minimumLaunched, zone);
  }

  /**
   * Returns a copy of another size.
   *
   * @param newWidth the width in pixels, at least 200
   * @param newHeight the height in pixels, at least 150
   * @return the copy
   * @throws IllegalArgumentException if the size is too small
   */
  public RatesChart withSize(int newWidth, int newHeight) {
    checkArgument(newWidth >= 200 && newHeight >= 150, "size too small: %sx%s", newWidth,
        newHeight);
    return new RatesChart(table, rate, method, level, title, caption, newWidth, newHeight,
        minimumLaunched, zone);
  }

  /**
   * Returns a copy that draws no rate for a period and group with fewer weapons launched on rated
   * lines (DOMAIN.md §4d: a rate over a handful of weapons says little); their bars stay. The
   * default is 10.
   *
   * @param n the smallest launched count whose rate is drawn, at least 1
   * @return the copy
   * @throws IllegalArgumentException if {@code n} is below 1
   */
  public RatesChart withMinimumLaunched(long n) {
    checkArgument(n >= 1, "the minimum launched must be at least 1: %s", n);
    return new RatesChart(table, rate, method, level, title, caption, width, height, n, zone);
  }

  /**
   * Returns a copy whose time axis names another zone: the zone the table's query attributed
   * report dates in ({@code Attribution.zone()}), Europe/Kyiv by default. The chart draws the
   * table's periods as they are; the label says which calendar they are of.
   *
   * @param newZone the zone
   * @return the copy
   */
  public RatesChart withZone(ZoneId newZone) {
    return new RatesChart(table, rate, method, level, title, caption, width, height,
        minimumLaunched, Objects.requireNonNull(newZone, "newZone"));
  }

  /**
   * Returns the groups of the split that the chart draws, in the split dimension's order (at most
   * 12: {@link #groupsLeftOut()}), or one group named after the rate when the table has no split.
   * Each is one series of bars and one line with its bands.
   *
   * @return the group names
   */
  public List<String> groups() {
    if (table.dimensions().size() < 2) {
      return List.of(rateName());
    }
    return split.drawn();
  }

  /**
   * Returns the groups of the split that the chart does not draw: none when the split has at most
   * 12 groups; else every group but the 12 with the most weapons launched on rated lines (a chart
   * split by weapon over the real 2026 file had 71 groups, none of them readable). The caption
   * says how many and how many weapons they launched; filter the table to draw others.
   *
   * @return the groups left out, in the split's order; empty without a split
   */
  public List<String> groupsLeftOut() {
    return split.leftOut();
  }

  /**
   * Returns the legend's labels: for a chart without split, the rate with its interval, the
   * bounds and the launched bars; with a split, one label per group.
   *
   * @return the labels, in the order of the legend
   */
  public List<String> legend() {
    if (table.dimensions().size() < 2) {
      return List.of(rateName() + " with " + intervalName(), boundsName(), launchedName());
    }
    return groups();
  }

  /**
   * Returns the caption: the text given, then what the line and the bands are.
   *
   * @return the caption
   */
  public String caption() {
    String unit = table.clusterUnit().name(); // report, or day
    String bands = "Line: " + rateName() + " (" + (rate == RateKind.KINETIC
        ? "destroyed" : "destroyed + suppressed") + ") / launched, over lines with an exact"
        + " launched count; darker band: its " + intervalName() + (method
        == IntervalMethod.CLUSTER ? ", the " + unit + " as the unit" : ", treating weapons as"
        + " independent (optimistic for salvos)") + "; lighter band: bounds for weapons of"
        + " unknown outcome; no rate where fewer than " + minimumLaunched + " were launched"
        + (method == IntervalMethod.CLUSTER ? "; no band (it closes on the line) where fewer than"
        + " two " + unit + "s give the rate, whose spread cannot be estimated" : "")
        + ". Bars: " + launchedName() + (overlapping() ? ", side by side: a line in several"
        + " regions counts in each, so a period's bars add up to more than it launched" : "")
        + "." + regimeWarning().map(w -> " " + w).orElse("");
    if (!split.leftOut().isEmpty()) {
      bands = bands + " " + split.note(table.dimensions().get(1).name());
    }
    return caption.isBlank() ? bands : caption.strip() + " " + bands;
  }

  /**
   * Returns the warning a kinetic chart carries when a rate it draws (a period's, or a group's in a
   * period) counts lines of more than one reporting regime (DOMAIN.md §4c), naming the
   * boundaries ({@link StatsTable#regimeWarningOfRows}); empty for a neutralisation chart, or when
   * every drawn rate stays within one regime. The table's total, which the chart does not draw, is
   * not looked at.
   *
   * @return the warning, as the caption carries it
   */
  public Optional<String> regimeWarning() {
    if (rate != RateKind.KINETIC) {
      return Optional.empty();
    }
    Set<Tally> drawn = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<String> groups = groups();
    table.rows().stream().filter(r -> r.key().size() < 2 || groups.contains(r.key(1)))
        .forEach(r -> drawn.add(r.tally()));
    return table.regimeWarningOfRows(t -> {
      Rate r = t.rate(rate);
      return drawn.contains(t) && r.isDefined() && r.launched() >= minimumLaunched;
    });
  }

  /**
   * Draws the chart as an SVG document.
   *
   * @return the SVG text, an XML document with its declaration
   */
  public String toSvg() {
    return svg(true, "");
  }

  /**
   * Draws the chart as an {@code <svg>} element to put inside an HTML page: no XML declaration,
   * a {@code viewBox} so that it scales. Its element ids ({@code clipPath1}, ...) are unique within
   * it; a page with several charts gives each an id prefix of its own ({@link #toInlineSvg(String)}).
   *
   * @return the element's text
   */
  public String toInlineSvg() {
    return svg(false, "");
  }

  /**
   * Draws the chart as {@link #toInlineSvg()} does, every element id starting with a prefix, so
   * that the ids of several charts in one page do not collide (a second chart's clip paths would
   * otherwise refer to the first's).
   *
   * <pre>{@code
   * page.append(RatesChart.of(byMonth).toInlineSvg("month-"));
   * page.append(RatesChart.of(byFamily).toInlineSvg("family-"));
   * }</pre>
   *
   * @param idPrefix letters, digits, '-' or '_', starting with a letter
   * @return the element's text
   * @throws IllegalArgumentException if the prefix is not of that form
   */
  public String toInlineSvg(String idPrefix) {
    checkArgument(Objects.requireNonNull(idPrefix, "idPrefix").matches("[A-Za-z][A-Za-z0-9_-]*"),
        "not an id prefix: '%s'", idPrefix);
    return svg(false, idPrefix);
  }

  /**
   * Writes the chart as an SVG document.
   *
   * @param out where to write; not closed
   * @throws UncheckedIOException if writing fails
   */
  public void writeSvg(Writer out) {
    Objects.requireNonNull(out, "out");
    try {
      out.write(toSvg());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the chart as a PNG picture.
   *
   * @param out where to write; not closed
   * @throws UncheckedIOException if writing fails
   */
  public void writePng(OutputStream out) {
    Objects.requireNonNull(out, "out");
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
          RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      chart().draw(g, new Rectangle2D.Double(0, 0, width, height));
    } finally {
      g.dispose();
    }
    try {
      ImageIO.write(image, "png", out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the chart to a file: PNG when its name ends in {@code .png} (any case), SVG otherwise.
   *
   * @param file the file
   * @throws IOException if the file cannot be written
   */
  public void write(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    if (name.endsWith(".png")) {
      try (OutputStream out = Files.newOutputStream(file)) {
        writePng(out);
      }
    } else {
      Files.writeString(file, toSvg(), StandardCharsets.UTF_8);
    }
  }

  // ---- drawing

  /** The JFreeChart drawing. */
  JFreeChart chart() {
    Dimension period = table.dimensions().get(0);
    boolean split = table.dimensions().size() == 2;
    List<String> groups = groups();
    TimeTableXYDataset bars = new TimeTableXYDataset(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    bars.setXPosition(TimePeriodAnchor.MIDDLE);
    TreeSet<String> periods = new TreeSet<>(period.order());
    table.rows().forEach(r -> periods.add(r.key(0)));
    Map<List<String>, Tally> tallies = new LinkedHashMap<>();
    for (String p : periods) {
      LocalDate[] span = Periods.span(period, p);
      SimpleTimePeriod when = new SimpleTimePeriod(date(span[0]), date(span[1]));
      for (String g : groups) {
        bars.add(when, 0.0, split ? g : launchedName());
      }
    }
    for (StatsTable.Row row : table) {
      String g = split ? row.key(1) : groups.get(0);
      if (!groups.contains(g)) {
        continue; // a group left out (SplitGroups): the caption says so
      }
      LocalDate[] span = Periods.span(period, row.key(0));
      SimpleTimePeriod when = new SimpleTimePeriod(date(span[0]), date(span[1]));
      Rate r = row.tally().rate(rate);
      bars.add(when, (double) r.launched(), split ? g : launchedName());
      tallies.put(List.of(row.key(0), g), row.tally());
    }
    // one series per run of consecutive periods with a rate, so that a line never bridges a gap:
    // a period without a rate, or a period with no row at all, ends a run
    YIntervalSeriesCollection ciData = new YIntervalSeriesCollection();
    YIntervalSeriesCollection boundsData = new YIntervalSeriesCollection();
    List<Color> runColour = new ArrayList<>();
    Set<Integer> lone = new java.util.HashSet<>(); // series of one period
    for (int gi = 0; gi < groups.size(); gi++) {
      String g = groups.get(gi);
      List<double[]> run = new ArrayList<>();
      LocalDate runEnd = null;
      int runs = 0;
      for (String p : periods) {
        Tally t = tallies.get(List.of(p, g));
        Rate r = t == null ? null : t.rate(rate);
        LocalDate[] span = Periods.span(period, p);
        if (r == null || !r.isDefined() || r.launched() < minimumLaunched
            || !span[0].equals(runEnd)) {
          // undefined, too few launched, or after a gap: the run so far ends here
          runs = addRun(run, g, split, runs, ciData, boundsData, lone);
          run.clear();
          if (r == null || !r.isDefined() || r.launched() < minimumLaunched) {
            runEnd = null;
            continue;
          }
          runColour.addAll(java.util.Collections.nCopies(
              ciData.getSeriesCount() - runColour.size(), split ? colour(gi) : PALETTE[0]));
        }
        double from = date(span[0]).getTime();
        double to = date(span[1]).getTime();
        double point = 100 * r.point().getAsDouble();
        // the clustered interval of fewer than two reports cannot be estimated: the point and its
        // bounds are drawn, and the band closes on the line there (the caption says so)
        Optional<ConfidenceInterval> ci = t.interval(rate, method, level);
        run.add(new double[] {from, to, point, ci.map(i -> 100 * i.lower()).orElse(point),
            ci.map(i -> 100 * i.upper()).orElse(point), 100 * r.lower().getAsDouble(),
            100 * r.upper().getAsDouble()});
        runEnd = span[1];
      }
      addRun(run, g, split, runs, ciData, boundsData, lone);
      runColour.addAll(java.util.Collections.nCopies(
          ciData.getSeriesCount() - runColour.size(), split ? colour(gi) : PALETTE[0]));
    }

    DateAxis time = new DateAxis("report date in " + zone.getId() + ", by " + period.name(),
        TimeZone.getTimeZone("UTC"), Locale.ENGLISH);
    time.setLabelFont(AXIS);
    PeriodLabels.apply(time, period, periods.isEmpty() ? 0 : PeriodLabels.covered(period,
        Periods.span(period, periods.first())[0], Periods.span(period, periods.last())[1]));
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
    plot.setGap(12);

    NumberAxis percent = new NumberAxis(rateName() + " (%)");
    percent.setRange(0, 100);
    percent.setLabelFont(AXIS);
    XYPlot ratePlot = new XYPlot();
    ratePlot.setRangeAxis(percent);
    boolean shapes = periods.size() <= 40;
    DeviationRenderer ciRenderer = new DeviationRenderer(true, shapes) {
      @Override
      public boolean getItemShapeVisible(int series, int item) {
        // a lone period is drawn across the middle half of its span: one mark, at its middle,
        // however many periods the chart has
        return lone.contains(series) ? item == 1 : super.getItemShapeVisible(series, item);
      }
    };
    ciRenderer.setAlpha(0.35f);
    DeviationRenderer boundsRenderer = new DeviationRenderer(false, false);
    boundsRenderer.setAlpha(0.12f);
    // groups that partition the lines stack up to the period's launched; regions do not (a line
    // in several regions counts in each), so their bars stand side by side
    XYBarRenderer barRenderer = overlapping() ? new ClusteredXYBarRenderer(0.1, false)
        : new StackedXYBarRenderer(0.1);
    barRenderer.setBarPainter(new StandardXYBarPainter());
    barRenderer.setShadowVisible(false);
    barRenderer.setDrawBarOutline(false);
    for (int i = 0; i < runColour.size(); i++) {
      Color c = runColour.get(i);
      // one mark for every run (the renderer would cycle through shapes series by series)
      ciRenderer.setSeriesShape(i, MARK);
      ciRenderer.setSeriesPaint(i, c);
      ciRenderer.setSeriesFillPaint(i, c);
      ciRenderer.setSeriesStroke(i, new BasicStroke(2f));
      boundsRenderer.setSeriesPaint(i, c);
      boundsRenderer.setSeriesFillPaint(i, c);
    }
    for (int i = 0; i < groups.size(); i++) {
      barRenderer.setSeriesPaint(i, split ? colour(i) : new Color(0x9ecae1));
    }
    ratePlot.setDataset(0, ciData);
    ratePlot.setRenderer(0, ciRenderer);
    ratePlot.setDataset(1, boundsData);
    ratePlot.setRenderer(1, boundsRenderer);
    style(ratePlot);

    NumberAxis launched = new NumberAxis("launched (rated lines)");
    launched.setLabelFont(AXIS);
    launched.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    if (table.rows().stream().allMatch(r -> r.tally().rate(rate).launched() == 0)) {
      launched.setRange(0, 1); // nothing rated: an axis of whole numbers from 0, not of 5E-9
    }
    XYPlot volume = new XYPlot(bars, null, launched, barRenderer);
    style(volume);
    plot.add(ratePlot, 3);
    plot.add(volume, 2);
    plot.setFixedLegendItems(legendItems(groups, split));

    JFreeChart chart = new JFreeChart(title.orElseGet(this::defaultTitle), TITLE, plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new RectangleInsets(8, 8, 8, 8));
    LegendTitle legend = chart.getLegend();
    legend.setPosition(RectangleEdge.TOP);
    legend.setFrame(BlockBorder.NONE);
    legend.setItemFont(AXIS);
    TextTitle note = new TextTitle(caption(), CAPTION);
    note.setPosition(RectangleEdge.BOTTOM);
    note.setHorizontalAlignment(HorizontalAlignment.LEFT);
    note.setPaint(new Color(0x444444));
    note.setMargin(8, 4, 0, 4);
    chart.addSubtitle(note);
    return chart;
  }

  /**
   * Whether the split's groups may overlap (regions, in whatever order: {@code withOrder} makes
   * another instance), so that their bars must not be stacked; side by side never misleads.
   */
  private boolean overlapping() {
    return table.dimensions().size() == 2
        && table.dimensions().get(1).name().equals(Dimension.REGION.name());
  }

  /**
   * Adds a run of periods with a rate as one series of the line with its interval and one of the
   * bounds, each point at the middle of its period; a run of one period is drawn across the middle
   * half of it (marked at its middle), so that its interval and bounds show as bands, not as a line
   * of no width. Returns
   * the count of runs of the group so far.
   */
  private int addRun(List<double[]> run, String group, boolean split, int runs,
      YIntervalSeriesCollection ciData, YIntervalSeriesCollection boundsData, Set<Integer> lone) {
    if (run.isEmpty()) {
      return runs;
    }
    String suffix = runs == 0 ? "" : " #" + (runs + 1);
    YIntervalSeries ci = new YIntervalSeries((split ? group : rateName() + " with "
        + intervalName()) + suffix);
    YIntervalSeries bounds = new YIntervalSeries((split ? group + " (bounds)" : boundsName())
        + suffix);
    for (double[] p : run) {
      double[] xs = run.size() == 1
          ? new double[] {p[0] + (p[1] - p[0]) / 4, (p[0] + p[1]) / 2, p[0] + 3 * (p[1] - p[0]) / 4}
          : new double[] {(p[0] + p[1]) / 2};
      for (double x : xs) {
        ci.add(x, p[2], p[3], p[4]);
        bounds.add(x, p[2], p[5], p[6]);
      }
    }
    if (run.size() == 1) {
      lone.add(ciData.getSeriesCount());
    }
    ciData.addSeries(ci);
    boundsData.addSeries(bounds);
    return runs + 1;
  }

  /**
   * The legend: without a split, the line with its interval, the bounds and the bars; with a
   * split, one colour per group (the caption says what the line and the bands are).
   */
  private LegendItemCollection legendItems(List<String> groups, boolean split) {
    LegendItemCollection items = new LegendItemCollection();
    Shape box = new Rectangle2D.Double(-6, -6, 12, 12);
    if (split) {
      for (int i = 0; i < groups.size(); i++) {
        String group = XmlText.clean(groups.get(i));
        items.add(new LegendItem(group, group, null, null, box, colour(i)));
      }
      return items;
    }
    Color c = PALETTE[0];
    Shape line = new Line2D.Double(-10, 0, 10, 0);
    Color band = new Color(c.getRed(), c.getGreen(), c.getBlue(), 90);
    items.add(new LegendItem(rateName() + " with " + intervalName(), null, null, null, true, box,
        true, band, false, c, new BasicStroke(1f), true, line, new BasicStroke(2.5f), c));
    items.add(new LegendItem(boundsName(), null, null, null, box,
        new Color(c.getRed(), c.getGreen(), c.getBlue(), 35)));
    items.add(new LegendItem(launchedName(), null, null, null, box, new Color(0x9ecae1)));
    return items;
  }

  private static void style(XYPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xdddddd));
    plot.setRangeGridlinePaint(new Color(0xdddddd));
    plot.setOutlineVisible(false);
  }

  private String defaultTitle() {
    String by = table.dimensions().size() == 2 ? " by " + table.dimensions().get(1).name() : "";
    String name = rateName();
    return Character.toUpperCase(name.charAt(0)) + name.substring(1) + by + ", per "
        + table.dimensions().get(0).name();
  }

  private String rateName() {
    return rate == RateKind.KINETIC ? "kinetic interception rate" : "neutralisation rate";
  }

  private String intervalName() {
    double percent = level * 100;
    String text = percent == Math.rint(percent) ? Long.toString(Math.round(percent))
        : String.format(Locale.ROOT, "%s", percent);
    return text + "% CI (" + method.label() + ")";
  }

  private static String boundsName() {
    return "bounds (unknown outcomes)";
  }

  private static String launchedName() {
    return "launched (rated lines)";
  }

  private static Date date(LocalDate d) {
    return Date.from(d.atStartOfDay().toInstant(ZoneOffset.UTC));
  }

  private String svg(boolean document, String idPrefix) {
    try {
      Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .getDOMImplementation().createDocument(SVG_NS, "svg", null);
      SVGGeneratorContext context = SVGGeneratorContext.createDefault(doc);
      context.setComment(XmlText.comment("conflict-stats: " + title.orElseGet(this::defaultTitle)));
      context.setPrecision(3);
      if (!idPrefix.isEmpty()) {
        context.setIDGenerator(new SVGIDGenerator() {
          @Override
          public String generateID(String prefix) {
            return idPrefix + super.generateID(prefix);
          }
        });
      }
      SVGGraphics2D g = new SVGGraphics2D(context, false);
      g.setSVGCanvasSize(new java.awt.Dimension(width, height));
      chart().draw(g, new Rectangle2D.Double(0, 0, width, height));
      Element root = g.getRoot();
      if (!idPrefix.isEmpty()) {
        // Batik's one fixed id, which its generator does not make
        org.w3c.dom.NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
          Element e = (Element) all.item(i);
          if (e.getAttribute("id").equals("genericDefs")) {
            e.setAttribute("id", idPrefix + "genericDefs");
          }
        }
      }
      root.setAttributeNS(null, "viewBox", "0 0 " + width + " " + height);
      root.setAttributeNS(null, "role", "img");
      // for readers and search: the title, and what the vertical axes (drawn as shapes, since
      // JFreeChart draws rotated text as outlines) and the bands are
      Element caption = doc.createElementNS(SVG_NS, "desc");
      caption.setTextContent("Vertical axes: " + rateName() + " (%), above; "
          + launchedName() + ", below. " + caption());
      root.insertBefore(caption, root.getFirstChild());
      Element name = doc.createElementNS(SVG_NS, "title");
      name.setTextContent(title.orElseGet(this::defaultTitle));
      root.insertBefore(name, root.getFirstChild());
      Transformer t = TransformerFactory.newInstance().newTransformer();
      t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, document ? "no" : "yes");
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      StringWriter out = new StringWriter();
      t.transform(new DOMSource(root), new StreamResult(out));
      return out.toString() + "\n";
    } catch (ParserConfigurationException | TransformerException e) {
      throw new IllegalStateException("cannot make SVG: " + e.getMessage(), e);
    }
  }
}
