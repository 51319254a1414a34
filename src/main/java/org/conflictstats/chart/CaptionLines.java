package org.conflictstats.chart;

import java.awt.Font;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A chart's caption broken into lines at spaces only, to fit a width. JFreeChart breaks a title's
 * text where {@link java.text.BreakIterator#getLineInstance()} allows, which is after every hyphen
 * too, so a date of the caption's filter came out cut in two ({@code 2025-10-} / {@code 10}); given
 * lines that fit, it breaks nowhere else. The lines are measured by {@link TextBounds}, a bound on
 * the width of the common sans-serif fonts rather than the font a machine has, so that a caption
 * breaks at the same words everywhere, and a little short of the width ({@link #ROOM}). A word
 * longer than the width (a file's path in the caption's source) breaks after a {@code '/'} in it
 * where a line is full, so that a path wraps onto the next lines, whole, rather than being cut;
 * a word too long even so, or with no {@code '/'}, is a line of its own (JFreeChart then breaks it
 * as it can).
 *
 * <p>A caption with more lines than the chart has room for is cut ({@link #cut}): the lines that
 * fit are drawn, the last of them ending in {@value #MORE} (never a line of the ellipsis alone);
 * none where not one fits.
 *
 * <pre>{@code
 * CaptionLines.wrap("Filter: report dates 2025-09-20 to 2025-10-10.", font, 150);
 * // "Filter: report dates\n2025-09-20 to 2025-10-10."
 * }</pre>
 */
final class CaptionLines {

  /** The share of the width the lines are measured to fill. */
  static final double ROOM = 0.95;

  /** What ends the last line drawn of a caption cut short. */
  static final String MORE = " \u2026";

  private CaptionLines() {}

  /**
   * Breaks the text at spaces into lines no wider than {@code ROOM * width} in the font (as
   * {@link TextBounds} bounds it), joined by
   * {@code '\n'}; the text's own line breaks are kept. A word wider than that on its own also
   * breaks after its {@code '/'}s ({@link #pathParts}).
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
        // a word too long for a line (a file's path) may break after each '/' in it
        List<String> parts = width(word, font) > room ? pathParts(word) : List.of(word);
        for (int i = 0; i < parts.size(); i++) {
          String gap = i == 0 ? " " : "";
          String part = parts.get(i);
          if (line.length() > 0 && width(line + gap + part, font) > room) {
            out.append(line).append('\n');
            line.setLength(0);
          } else if (line.length() > 0) {
            line.append(gap);
          }
          line.append(part);
        }
      }
      out.append(line);
    }
    return out.toString();
  }

  /**
   * The text on one line within {@code room} pixels: whole where it fits, else its start and its
   * end with an ellipsis between ({@code "Very-long-weapo … me-Alpha"}), two thirds of what is kept
   * from the start, so that names alike but for their ends stay apart (review rv49d); cut between
   * characters as {@link BreakIterator#getCharacterInstance()} finds them (a surrogate pair, a
   * letter and its accents stay whole; Java 17's iterator still parts a flag or emoji joined by
   * zero-width joiners), at least the first kept, or the text whole when that would be wider.
   *
   * @param text the text, one line
   * @param font its font
   * @param room the width it may take, in pixels
   * @return the text, or its start, the ellipsis and its end
   */
  static String fitted(String text, Font font, double room) {
    if (width(text, font) <= room) {
      return text;
    }
    BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
    characters.setText(text);
    List<Integer> bounds = new ArrayList<>();
    for (int at = characters.first(); at != BreakIterator.DONE; at = characters.next()) {
      bounds.add(at);
    }
    int count = bounds.size() - 1;
    for (int n = count - 1; n > 1; n--) {
      String cut = cutMiddle(text, bounds, n);
      if (width(cut, font) <= room) {
        return cut;
      }
    }
    String first = cutMiddle(text, bounds, 1);
    return width(first, font) < width(text, font) ? first : text;
  }

  /** The first two thirds of {@code n} characters, the ellipsis, and the last third. */
  private static String cutMiddle(String text, List<Integer> bounds, int n) {
    int count = bounds.size() - 1;
    int head = (2 * n + 2) / 3;
    int tail = n - head;
    String start = text.substring(0, bounds.get(head));
    String stripped = start.stripTrailing();
    start = stripped.isEmpty() ? start : stripped;
    if (tail == 0) {
      return start + MORE;
    }
    String end = text.substring(bounds.get(count - tail));
    String kept = end.stripLeading();
    return start + MORE + " " + (kept.isEmpty() ? end : kept);
  }

  /**
   * The first lines of a wrapped caption: all of them when there are no more than {@code max};
   * else at most the first {@code max}, the last ending in {@value #MORE}, its last words dropped
   * until that fits the width. A line whose first word is too long for the ellipsis beside it (a
   * piece of a path) is dropped and the line before it takes the ellipsis, so that no line is the
   * ellipsis alone; where only the first line is left and its first word is too long, the word is
   * cut (not inside a surrogate pair) to fit. None (an empty text) when {@code max} is 0 or less,
   * or when not even a character fits beside the ellipsis.
   *
   * @param wrapped the caption as {@link #wrap} broke it
   * @param max how many lines there is room for
   * @param font its font
   * @param width the width it is drawn in, in pixels
   * @return the lines drawn, joined by {@code '\n'}
   */
  static String cut(String wrapped, int max, Font font, double width) {
    String[] lines = wrapped.split("\n", -1);
    if (lines.length <= max) {
      return wrapped;
    }
    double room = ROOM * width;
    for (int keep = max; keep > 0; keep--) {
      String last = lines[keep - 1];
      while (last.contains(" ") && width(last + MORE, font) > room) {
        last = last.substring(0, last.lastIndexOf(' '));
      }
      if (keep == 1) {
        // the first line, one word too long for the ellipsis beside it: the word's start
        while (last.length() > 1 && width(last + MORE, font) > room) {
          int end = last.length() - 1;
          last = last.substring(0, Character.isLowSurrogate(last.charAt(end))
              && Character.isHighSurrogate(last.charAt(end - 1)) ? end - 1 : end);
        }
      }
      if (!last.isBlank() && width(last + MORE, font) <= room) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < keep - 1; i++) {
          out.append(lines[i]).append('\n');
        }
        return out.append(last).append(MORE).toString();
      }
    }
    return "";
  }

  /**
   * A word cut after each {@code '/'} in it ({@code /tmp/data/file.csv}: {@code /}, {@code tmp/},
   * {@code data/}, {@code file.csv}); the parts joined are the word.
   */
  static List<String> pathParts(String word) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (int at = word.indexOf('/'); at >= 0; at = word.indexOf('/', at + 1)) {
      parts.add(word.substring(from, at + 1));
      from = at + 1;
    }
    if (from < word.length()) {
      parts.add(word.substring(from));
    }
    return parts;
  }

  private static double width(String s, Font font) {
    return TextBounds.width(s, font);
  }
}
