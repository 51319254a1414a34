package org.conflictstats.chart;

import java.awt.Font;
import java.awt.font.FontRenderContext;

/**
 * A chart's caption broken into lines at spaces only, to fit a width. JFreeChart breaks a title's
 * text where {@link java.text.BreakIterator#getLineInstance()} allows, which is after every hyphen
 * too, so a date of the caption's filter came out cut in two ({@code 2025-10-} / {@code 10}); given
 * lines that fit, it breaks nowhere else. The lines are measured a little short of the width
 * ({@link #ROOM}), since the drawing may measure the font slightly wider than this class does. A
 * word longer than the width is a line of its own (JFreeChart then breaks it as it can).
 *
 * <pre>{@code
 * CaptionLines.wrap("Filter: report dates 2025-09-20 to 2025-10-10.", font, 150);
 * // "Filter: report dates\n2025-09-20 to 2025-10-10."
 * }</pre>
 */
final class CaptionLines {

  /** The share of the width the lines are measured to fill. */
  static final double ROOM = 0.95;

  private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

  private CaptionLines() {}

  /**
   * Breaks the text at spaces into lines no wider than {@code ROOM * width} in the font, joined by
   * {@code '\n'}; the text's own line breaks are kept.
   *
   * @param text the caption
   * @param font its font
   * @param width the width it is drawn in, in pixels
   * @return the text with a line break for each space where a line ends
   */
  static String wrap(String text, Font font, double width) {
    double room = ROOM * width;
    StringBuilder out = new StringBuilder(text.length() + 16);
    String[] paragraphs = text.split("\n", -1);
    for (int p = 0; p < paragraphs.length; p++) {
      if (p > 0) {
        out.append('\n');
      }
      StringBuilder line = new StringBuilder();
      for (String word : paragraphs[p].split(" ", -1)) {
        if (line.length() > 0 && width(line + " " + word, font) > room) {
          out.append(line).append('\n');
          line.setLength(0);
        } else if (line.length() > 0) {
          line.append(' ');
        }
        line.append(word);
      }
      out.append(line);
    }
    return out.toString();
  }

  private static double width(String s, Font font) {
    return font.getStringBounds(s, CONTEXT).getWidth();
  }
}
