package org.conflictstats.chart;

import static com.google.common.base.Preconditions.checkArgument;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javax.imageio.ImageIO;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.stats.Dimension;
import org.conflictstats.stats.IntervalMethod;
import org.conflictstats.stats.Rate;
import org.conflictstats.stats.RateKind;
import org.conflictstats.stats.StatsTable;
import org.conflictstats.stats.Tally;
import org.jfree.chart.JFreeChart;

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

  /** The fewest weapons launched on rated lines whose rate a chart draws unless told otherwise. */
  public static final long DEFAULT_MINIMUM_LAUNCHED = 10;

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
  /** What the chart calls its rate, interval, bounds and bars. */
  private final ChartNames names;

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
    this.names = new ChartNames(rate, method, level);
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
   * @throws IllegalStateException if JFreeChart or Batik's SVG generator, optional dependencies of
   *     the library, is not on the class path (the message names the artifact to add)
   */
  public static RatesChart of(StatsTable table) {
    Objects.requireNonNull(table, "table");
    ChartLibraries.require();
    List<Dimension> dims = table.dimensions();
    checkArgument(!dims.isEmpty() && dims.size() <= 2 && Periods.TIME.contains(dims.get(0)),
        "a chart needs a table grouped by day, week, month, quarter or year, then at most one"
            + " more key; not by %s", dims);
    IntervalMethod method = table.intervalMethod().needsClusterValues() ? IntervalMethod.CLUSTER
        : table.intervalMethod();
    return new RatesChart(table, RateKind.NEUTRALISATION, method, table.level(),
        Optional.empty(), "", 1000, 600, DEFAULT_MINIMUM_LAUNCHED, ReportPeriod.KYIV);
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
   * default is {@value #DEFAULT_MINIMUM_LAUNCHED}.
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
      return List.of(names.rate());
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
    return ChartLegend.labels(groups(), table.dimensions().size() == 2, names);
  }

  /**
   * Returns the caption: the text given, then what the line and the bands are.
   *
   * @return the caption
   */
  public String caption() {
    String note = split.leftOut().isEmpty() ? ""
        : split.note(table.dimensions().get(1).name());
    // the clustered interval's unit: report, or day
    return Caption.of(caption, names, table.clusterUnit().name(), minimumLaunched, overlapping(),
        regimeWarning(), unknownOutcomeNote(), lowerBoundNote(), note);
  }

  /**
   * Returns the caption's sentence on the periods it draws a rate for whose rated lines give no
   * destroyed figure ({@link Tally#outcomeKnown()} false: the rate is only its lower bound and no
   * interval can be given, {@code n/e} in the tables): they have no darker band, whatever the
   * interval. Empty when the chart draws no such rate; periods whose rate is not drawn (too few
   * launched, a group left out) are not named.
   *
   * <pre>{@code
   * chart.unknownOutcomeNote();
   * // Optional[No band for 2025-04: no destroyed figure on its rated lines (n/e), so the line is
   * //   only its lower bound.]
   * }</pre>
   *
   * @return the sentence, as the caption carries it
   */
  public Optional<String> unknownOutcomeNote() {
    return drawn(t -> !t.outcomeKnown()).map(list -> "No band for " + list.text()
        + ": no destroyed figure on " + (list.count() == 1 ? "its" : "their")
        + " rated lines (n/e), so the line is only its lower bound.");
  }

  /**
   * Returns the caption's sentence on the periods it draws a rate for that is only its lower
   * bound though some of their lines give a destroyed figure: most of their rated weapons are on
   * lines without one ({@link Tally#isLowerBoundOnly}), as the text table marks with {@code +}.
   * Their band, where drawn, is the interval of the lower bound. Periods without any destroyed
   * figure are the {@linkplain #unknownOutcomeNote() unknown outcome note}'s, not this one's.
   *
   * <pre>{@code
   * chart.lowerBoundNote();
   * // Optional[Only a lower bound for 2025-02 (missiles): most of its rated weapons are on lines
   * //   with no destroyed figure, counted as not neutralised; its band is that of the lower
   * //   bound.]
   * }</pre>
   *
   * @return the sentence, as the caption carries it
   */
  public Optional<String> lowerBoundNote() {
    return drawn(t -> t.outcomeKnown() && t.isLowerBoundOnly(rate)).map(list -> "Only a lower"
        + " bound for " + list.text() + ": most of " + (list.count() == 1 ? "its" : "their")
        + " rated weapons are on lines with no destroyed figure, counted as not "
        + (rate == RateKind.KINETIC ? "destroyed" : "neutralised") + "; " + (list.count() == 1
        ? "its band is" : "their bands are") + " that of the lower bound.");
  }

  /**
   * Returns whether the chart draws a rate at all: a period (of a group drawn, split) whose rate
   * is defined over at least the {@linkplain #withMinimumLaunched minimum} launched. A chart that
   * draws none has blank plots; the command line refuses to write it ("nothing to chart").
   *
   * <pre>{@code
   * RatesChart.of(table).withMinimumLaunched(1_000_000).drawsRate(); // false
   * }</pre>
   *
   * @return {@code true} when some rate is drawn
   */
  public boolean drawsRate() {
    return drawn(t -> true).isPresent();
  }

  /** Periods (with their group, split) named in a caption's sentence, and how many there are. */
  private record Named(String text, int count) {}

  /** The periods the chart draws a rate for whose tally passes the test, some named. */
  private Optional<Named> drawn(Predicate<Tally> test) {
    List<String> groups = groups();
    boolean split = table.dimensions().size() == 2;
    List<String> named = new ArrayList<>();
    for (StatsTable.Row r : table.rows()) {
      Rate rt = r.tally().rate(rate);
      if ((!split || groups.contains(r.key(1))) && rt.isDefined()
          && rt.launched() >= minimumLaunched && test.test(r.tally())) {
        named.add(split ? r.key(0) + " (" + r.key(1) + ")" : r.key(0));
      }
    }
    if (named.isEmpty()) {
      return Optional.empty();
    }
    int shown = Math.min(named.size(), MAX_NAMED);
    return Optional.of(new Named(String.join(", ", named.subList(0, shown))
        + (named.size() > shown ? " and " + (named.size() - shown) + " more" : ""),
        named.size()));
  }

  /** The most periods a caption's sentence names. */
  private static final int MAX_NAMED = 5;

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
    Set<Tally> drawn = Collections.newSetFromMap(new IdentityHashMap<>());
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
    ChartOutput.png(chart(), width, height, out);
  }

  /**
   * Writes the chart to a file in the format its name asks for ({@link ChartFormat#of}): PNG when
   * it ends in {@code .png}, SVG when it ends in {@code .svg} (any case) or has no extension.
   *
   * @param file the file
   * @throws IllegalArgumentException if the name has any other extension ({@code rates.jpg}); the
   *     message names the file, and nothing is written
   * @throws IOException if the file cannot be written
   */
  public void write(Path file) throws IOException {
    if (ChartFormat.of(file) == ChartFormat.PNG) {
      try (OutputStream out = Files.newOutputStream(file)) {
        writePng(out);
      }
    } else {
      Files.writeString(file, toSvg(), StandardCharsets.UTF_8);
    }
  }

  // ---- drawing

  StatsTable table() {
    return table;
  }

  ChartNames names() {
    return names;
  }

  RateKind rate() {
    return rate;
  }

  ZoneId zone() {
    return zone;
  }

  long minimumLaunched() {
    return minimumLaunched;
  }

  /**
   * The JFreeChart drawing ({@link ChartDrawing}, a class of its own, so that this one loads, and
   * {@link #of} can say what is missing, without JFreeChart on the class path).
   */
  JFreeChart chart() {
    return ChartDrawing.draw(this);
  }

  /**
   * Whether the split's groups may overlap (regions, in whatever order: {@code withOrder} makes
   * another instance), so that their bars must not be stacked; side by side never misleads.
   */
  boolean overlapping() {
    return table.dimensions().size() == 2
        && table.dimensions().get(1).name().equals(Dimension.REGION.name());
  }

  /** The layout at the chart's size: its fonts, margins, caption lines and axis labels. */
  ChartLayout layout() {
    return ChartLayout.of(width, height, title(), legend(), caption(),
        ChartAxes.timeLabel(zone, table.dimensions().get(0)), names.rate() + " (%)",
        names.launched());
  }

  /** The title given, or the default: the rate by period, and the split. */
  private String title() {
    return title.orElseGet(() -> names.defaultTitle(table.dimensions()));
  }

  private String svg(boolean document, String idPrefix) {
    // a split chart without its legend, or with a name cut in it, names its groups here in full
    // (review rv49b), by the two tests the command warns by
    boolean split = table.dimensions().size() == 2;
    String listed = String.join(", ", legend()) + ".";
    String groups = !split ? "" : legendLeftOut() ? " The legend, left out for room: " + listed
        : legendNamesCut() ? " The legend's names in full: " + listed : "";
    return ChartOutput.svg(chart(), width, height, title(), "Vertical axes: " + names.rate()
        + " (%), above; " + names.launched() + ", below. " + caption() + groups, document,
        idPrefix);
  }

  /**
   * Returns whether the legend is left out: at a size where the plots would have too little room
   * with it (the layout drops the time axis' name first, then the legend). A split chart's SVG then
   * names its groups in its description; a larger size draws the legend.
   *
   * <pre>{@code
   * RatesChart.of(byMonthAndFamily).withSize(300, 200).legendLeftOut(); // true
   * }</pre>
   *
   * @return {@code true} when the legend is not drawn
   */
  public boolean legendLeftOut() {
    return !layout().legendShown();
  }

  /**
   * Returns whether a name of the legend is wider than a row of it at this size, and is drawn cut
   * in its middle ({@code "Very-long-weapo … me-Alpha"}); a split chart's SVG then names its
   * groups in full in its description.
   *
   * @return {@code true} when a legend name is drawn cut
   */
  public boolean legendNamesCut() {
    ChartLayout layout = layout();
    return layout.legendShown() && !layout.legendLabels().equals(legend());
  }
}
