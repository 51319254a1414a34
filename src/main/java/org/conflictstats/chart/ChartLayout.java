package org.conflictstats.chart;

import java.awt.Font;
import java.util.List;

/**
 * The layout of a chart at its drawing size: the sizes of its fonts and margins, which scale with
 * the drawing (within bounds), and how much of its caption and which axis labels it draws, so that
 * the plots keep their room.
 *
 * <p>The scale is the square root of the drawing's size against the default 1000 by 600 (of its
 * width or its height, whichever is the smaller share), from {@value #MIN_SCALE} to
 * {@value #MAX_SCALE}: text grows more slowly than the drawing, so that a larger drawing shows more
 * (more labelled periods) in larger type, and a small one stays legible. At 1000 by 600 the title
 * is 18 pixels, the legend's and the axes' labels 12, the ticks' 10 and the caption 11; no font is
 * smaller than 8.
 *
 * <p>The height is shared out from an upper bound of each part ({@link TextBounds}, not the fonts a
 * machine has, so that every machine draws the same text): the title, the legend (its items in
 * rows across the width), the time axis and the gaps take what they need; the caption takes what
 * is left while the two plots' data areas keep at least {@value #MIN_PLOT_SHARE} of the height. A
 * caption with no room for all its lines is cut ({@link CaptionLines#cut}): its first lines, the
 * last ending in "…"; none if not one line fits. The whole caption stays in
 * {@code RatesChart.caption()} and in an SVG's description. Where even without a caption the plots
 * lack room, the time axis' label is left out, then the legend, and the title is cut to its first
 * line; a drawing too small even so gives the plots what is left. An axis label longer than its
 * plot is high is shortened ({@value #SHORT_RATE}, {@value #SHORT_LAUNCHED}), and left out where
 * even that is too long.
 *
 * <pre>{@code
 * ChartLayout l = ChartLayout.of(400, 300, title, legend, caption,
 *     "report date in Europe/Kyiv, by day", "neutralisation rate (%)", "launched (rated lines)");
 * l.caption();        // its first lines, "... …"
 * l.title().getSize2D();   // 13.5
 * }</pre>
 */
final class ChartLayout {

  /** The share of the drawing's height the two plots' data areas keep, when there is room. */
  static final double MIN_PLOT_SHARE = 0.4;

  static final double MIN_SCALE = 0.75;
  static final double MAX_SCALE = 2.0;

  /** What the rate's axis is called where its name is too long for its plot. */
  static final String SHORT_RATE = "rate (%)";
  /** What the launched count's axis is called where its name is too long for its plot. */
  static final String SHORT_LAUNCHED = "launched";

  /** JFreeChart's space around a plot (its insets) and around each of the two plots, vertically. */
  private static final double PLOT_INSETS = 8 + 8 + 8;
  /** The time axis' tick marks (2), the insets of its tick labels (2 + 2) and its label's (3 + 3). */
  private static final double AXIS_INSETS = 2 + 4 + 6;
  /** A legend item's room beside its label, less its graphic (up to 20 wide at scale 1). */
  private static final double LEGEND_ITEM = 16;
  /** A legend row's room beside its label's line: the paddings and the gap between rows. */
  private static final double LEGEND_ROW = 6;
  /** A legend item's graphic's paddings (the graphic is 12 high at scale 1). */
  private static final double LEGEND_GRAPHIC = 4;

  private final double scale;
  private final int padding;
  private final Font title;
  private final Font legend;
  private final Font axisLabel;
  private final Font tickLabel;
  private final Font captionFont;
  private final String titleText;
  private final String caption;
  private final String timeLabel;
  private final boolean legendShown;
  private final String rateLabel;
  private final String launchedLabel;
  /** The rate plot's data area's height, as the layout works it out (JFreeChart's within 2). */
  private final double rateHigh;
  private final List<String> legendLabels;

  private ChartLayout(double scale, int padding, Font[] fonts, String[] texts,
      boolean legendShown, double rateHigh, List<String> legendLabels) {
    this.scale = scale;
    this.legendLabels = legendLabels;
    this.rateHigh = rateHigh;
    this.padding = padding;
    this.title = fonts[0];
    this.legend = fonts[1];
    this.axisLabel = fonts[2];
    this.tickLabel = fonts[3];
    this.captionFont = fonts[4];
    this.titleText = texts[0];
    this.caption = texts[1];
    this.timeLabel = texts[2];
    this.rateLabel = texts[3];
    this.launchedLabel = texts[4];
    this.legendShown = legendShown;
  }

  /**
   * The layout of a chart.
   *
   * @param width the drawing's width, in pixels
   * @param height its height
   * @param titleText the title
   * @param legendLabels the legend's labels
   * @param captionText the whole caption
   * @param axes the labels of the time axis, the rate's axis and the launched count's axis
   * @return the layout
   */
  static ChartLayout of(int width, int height, String titleText, List<String> legendLabels,
      String captionText, String... axes) {
    double scale = scale(width, height);
    int padding = (int) Math.max(4, Math.round(8 * scale));
    Font[] fonts = {
      font(Font.BOLD, 18, 12, scale), font(Font.PLAIN, 12, 9, scale),
      font(Font.PLAIN, 12, 9, scale), font(Font.PLAIN, 10, 8, scale),
      font(Font.PLAIN, 11, 8, scale)};
    double inner = width - 2.0 * padding - 2;
    String titleLines = CaptionLines.wrap(titleText, fonts[0], inner);
    double titleHigh = 2 + lineCount(titleLines, fonts[0], inner) * line(fonts[0]);
    // a label wider than a legend's row is cut in its middle (review rv49b: a name of 180
    // characters ran off the drawing); the whole name stays in the SVG's description
    double labelRoom = inner - LEGEND_ITEM - 20 * scale;
    List<String> labels = legendLabels.stream()
        .map(l -> CaptionLines.fitted(l, fonts[1], labelRoom)).toList();
    double legendHigh = legendHeight(labels, fonts[1], inner, scale);
    double timeHigh = line(fonts[2]);
    double captionWidth = captionWidth(width, padding, scale);
    double captionBox = captionMargin(scale) + 2;
    double always = 2.0 * padding + PLOT_INSETS + gap(scale) + AXIS_INSETS + line(fonts[3]);
    double least = MIN_PLOT_SHARE * height;
    // what is left out, in turn, where the plots would have too little room: the caption's last
    // lines (all of them if need be), the time axis' label, the legend, the title's lines after
    // its first
    String drawnTitle = titleText;
    boolean legendShown = true;
    String time = axes[0];
    double fixed = always + titleHigh + legendHigh + timeHigh;
    String drawn = "";
    if (height - fixed >= least) {
      String wrapped = CaptionLines.wrap(captionText, fonts[4], captionWidth);
      int room = (int) Math.floor((height - fixed - captionBox - least) / line(fonts[4]));
      drawn = lineCount(wrapped, fonts[4], captionWidth) <= room ? wrapped
          : CaptionLines.cut(wrapped, room, fonts[4], captionWidth);
    } else {
      time = null;
      fixed -= timeHigh;
      if (height - fixed < least) {
        legendShown = false;
        fixed -= legendHigh;
      }
      if (height - fixed < least && titleLines.contains("\n")) {
        drawnTitle = CaptionLines.cut(titleLines, 1, fonts[0], inner).replace("\n", " ");
        fixed += 2 + line(fonts[0]) - titleHigh;
      }
    }
    double plots = height - fixed - (drawn.isEmpty() ? 0
        : captionBox + lineCount(drawn, fonts[4], captionWidth) * line(fonts[4]));
    // the plots share their room 3 to 2, each within its insets
    double rateHigh = 0.6 * (plots + 16) - 8;
    double launchedHigh = 0.4 * (plots + 16) - 8;
    return new ChartLayout(scale, padding, fonts, new String[] {drawnTitle, drawn, time,
        axisLabel(axes[1], SHORT_RATE, fonts[2], rateHigh),
        axisLabel(axes[2], SHORT_LAUNCHED, fonts[2], launchedHigh)}, legendShown, rateHigh,
        labels);
  }

  /** The scale of a drawing's text and margins against 1000 by 600. */
  static double scale(int width, int height) {
    double share = Math.min(width / 1000.0, height / 600.0);
    return Math.max(MIN_SCALE, Math.min(MAX_SCALE, Math.sqrt(share)));
  }

  /** The scale of the text and margins: 1 at 1000 by 600. */
  double scale() {
    return scale;
  }

  /**
   * The size of the legend's graphics against the default: the squares are {@code 12 * scale}
   * across, the line {@code 20 * scale} long, as the plots' marks and lines grow with the text.
   */
  double legendGraphic() {
    return scale;
  }

  /**
   * The room left below 0 % and above 100 % on the rate's axis, in percentage points: enough for a
   * point's mark ({@link ChartRenderers#intervals}: 6 pixels across at scale 1, with its outline) and
   * the line to be drawn whole at 0 or 100 %, rather than cut in half by the plot's edge. The axis
   * still labels 0 and 100 as its ends; nothing is labelled beyond them.
   */
  double rateMargin() {
    double pixels = Math.ceil(3 * scale + 2);
    double usable = rateHigh - 2 * pixels;
    return usable <= 0 ? MAX_RATE_MARGIN : Math.min(MAX_RATE_MARGIN, 100 * pixels / usable);
  }

  /** The most {@link #rateMargin()} gives, in percentage points, however low the plot. */
  static final double MAX_RATE_MARGIN = 10;

  /** The space around the chart, a side. */
  int padding() {
    return padding;
  }

  /** The gap between the two plots. */
  double gap() {
    return gap(scale);
  }

  /** The room above the caption. */
  double captionMargin() {
    return captionMargin(scale);
  }

  /** The room left and right of the caption. */
  double captionSide() {
    return Math.round(4 * scale);
  }

  /** The title's font. */
  Font title() {
    return title;
  }

  /** The legend's font. */
  Font legend() {
    return legend;
  }

  /** The font of the axes' labels. */
  Font axisLabel() {
    return axisLabel;
  }

  /** The font of the axes' tick labels. */
  Font tickLabel() {
    return tickLabel;
  }

  /** The caption's font. */
  Font captionFont() {
    return captionFont;
  }

  /** The title as drawn: cut to its first line only where the drawing is very small. */
  String titleText() {
    return titleText;
  }

  /** The legend's labels as drawn: each cut in its middle to one row's width where wider. */
  List<String> legendLabels() {
    return legendLabels;
  }

  /** Whether the legend is drawn: not where the plots would have too little room. */
  boolean legendShown() {
    return legendShown;
  }

  /** The time axis' label, {@code null} where the plots would have too little room for it. */
  String timeLabel() {
    return timeLabel;
  }

  /** The caption as drawn: broken into lines, cut where there is no room for all. */
  String caption() {
    return caption;
  }

  /** The rate axis' label, shortened or {@code null} where its plot is too low for it. */
  String rateLabel() {
    return rateLabel;
  }

  /** The launched axis' label, shortened or {@code null} where its plot is too low for it. */
  String launchedLabel() {
    return launchedLabel;
  }

  /** Whether the caption is drawn cut short, or not drawn at all. */
  boolean captionCut() {
    return caption.isEmpty() || caption.endsWith(CaptionLines.MORE);
  }

  /** The width the caption is broken to: inside the chart's padding and its own side margins. */
  private static double captionWidth(int width, int padding, double scale) {
    return width - 2.0 * padding - 2 * Math.round(4 * scale) - 2;
  }

  private static double gap(double scale) {
    return Math.round(12 * scale);
  }

  private static double captionMargin(double scale) {
    return Math.round(8 * scale);
  }

  /** The height of a line of the font. */
  private static double line(Font font) {
    return TextBounds.lines(1, font.getSize2D());
  }

  /** A sans-serif font of the size at the scale, rounded to a half, at least the floor. */
  private static Font font(int style, double size, double floor, double scale) {
    return new Font(Font.SANS_SERIF, style, 1).deriveFont(
        (float) Math.max(floor, Math.round(size * scale * 2) / 2.0));
  }

  /**
   * How many lines JFreeChart draws of lines broken to a width: a line wider than the width (one
   * long word) it breaks again.
   */
  private static int lineCount(String lines, Font font, double width) {
    int n = 0;
    for (String line : lines.split("\n", -1)) {
      n += (int) Math.max(1, Math.ceil(TextBounds.width(line, font) / width));
    }
    return n;
  }

  /** The legend's height: its items in rows across the width, as JFreeChart flows them. */
  private static double legendHeight(List<String> labels, Font font, double width,
      double scale) {
    if (labels.isEmpty()) {
      return 0;
    }
    int rows = 1;
    double x = 0;
    for (String label : labels) {
      double w = LEGEND_ITEM + 20 * scale + TextBounds.width(label, font);
      if (x > 0 && x + w > width) {
        rows++;
        x = 0;
      }
      x += w;
    }
    double row = Math.max(LEGEND_GRAPHIC + 12 * scale, TextBounds.lines(1, font.getSize2D()) + 4)
        + LEGEND_ROW - 4;
    return rows * row + 4;
  }

  /** The label, or its short form, whichever fits the plot's height; {@code null} if neither. */
  private static String axisLabel(String label, String shorter, Font font, double high) {
    if (TextBounds.width(label, font) <= high) {
      return label;
    }
    return TextBounds.width(shorter, font) <= high ? shorter : null;
  }
}
