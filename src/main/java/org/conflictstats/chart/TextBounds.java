package org.conflictstats.chart;

/**
 * How much room a text takes, bounded from above without asking a font: at least its width and
 * height in the common sans-serif fonts (DejaVu Sans and Liberation Sans, plain or bold, at the
 * chart's sizes, with the fractional metrics the chart is drawn with), so that the layout of a
 * chart (where the caption breaks, how much of it is drawn, which axis label fits) does not depend
 * on the fonts a machine has, and the text drawn in whatever of those fonts fits the room left
 * for it. As {@link TimeAxis#labelWidth} does for the time axis' labels.
 *
 * <pre>{@code
 * TextBounds.width("Filter: report dates", font);   // a little more than it is drawn
 * TextBounds.lines(3, 11);                         // the height of three lines of 11 pixels
 * }</pre>
 */
final class TextBounds {

  /** A line's height, in ems: DejaVu Sans' is 1.164, Liberation Sans' 1.150. */
  static final double LINE = 1.2;

  /**
   * The widths of the printable ASCII characters from {@code ' '} in a plain font, in fortieths of
   * an em, each coded as {@code '0' + fortieths - 8}: the wider of DejaVu Sans and Liberation Sans
   * at 8 to 100 pixels, measured with fractional metrics (as the chart is drawn: {@link
   * ChartOutput#hints}), rounded up.
   */
  private static final String PLAIN =
      "59;JBOH388<J5756BBBBBBBBBB66JJJ?QDDEGCAHG4<C?KFHCHECAFDPDCD868J?<AB>BA7BB44@4OBABB9=8B@I@@=B6BJ";

  /** The widths in a bold font, coded as {@link #PLAIN}'s. */
  private static final String BOLD =
      "6;=JDQK5;;=J8987DDDDDDDDDD88JJJAPGGFJDDIJ7?GBPJKFKGEDIGUGEF;7;J?<CE@ED:EE66C6REDEE<@<ECMBC@E7EJ";

  /** The width of any other character, in ems: a capital of a wide script or a symbol. */
  private static final double OTHER = 1.1;

  private TextBounds() {}

  /**
   * The width to leave for a text on one line.
   *
   * @param text the text
   * @param font the font: its size, in pixels, and whether it is bold
   * @return at least its width in those fonts, in pixels
   */
  static double width(String text, java.awt.Font font) {
    String ascii = font.isBold() ? BOLD : PLAIN;
    double size = font.getSize2D();
    double ems = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowSurrogate(c)) {
        continue; // a pair is one character
      }
      ems += c >= ' ' && c < ' ' + ascii.length() ? (ascii.charAt(c - ' ') - '0' + 8) / 40.0
          : OTHER;
    }
    return ems * size;
  }

  /**
   * The height to leave for lines of text.
   *
   * @param lines how many lines
   * @param size the font size, in pixels
   * @return at least their height in those fonts, in pixels
   */
  static double lines(int lines, double size) {
    return lines * LINE * size;
  }
}
