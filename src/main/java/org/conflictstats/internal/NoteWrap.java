package org.conflictstats.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps the notes under a text table at spaces to 80 columns, for the library's tables and the
 * command line's, so that every note breaks the same way. Not API: the package is not exported.
 *
 * <pre>{@code
 * String lines = NoteWrap.lines("bounds: no unknown outcome was neutralised .. every one was.");
 * }</pre>
 */
public final class NoteWrap {

  /** The width of a line. */
  public static final int WIDTH = 80;

  private NoteWrap() {}

  /**
   * The text in lines of at most {@link #WIDTH} characters, each ended by a line feed; a word
   * longer than the width stands alone on its line, uncut.
   *
   * @param text words separated by single spaces
   * @return the wrapped lines
   */
  public static String lines(String text) {
    return appendLines(new StringBuilder(), text).toString();
  }

  /**
   * Appends {@link #lines(String)} of the text.
   *
   * @param out where the lines go
   * @param text words separated by single spaces
   * @return {@code out}
   */
  public static StringBuilder appendLines(StringBuilder out, String text) {
    int column = 0;
    for (String word : text.split(" ")) {
      if (column > 0 && column + 1 + word.length() > WIDTH) {
        out.append('\n');
        column = 0;
      }
      if (column > 0) {
        out.append(' ');
        column++;
      }
      out.append(word);
      column += word.length();
    }
    return out.append('\n');
  }

  /**
   * Splits a key text (a weapon's or a source's name) into lines of at most {@code width}
   * characters: at spaces where possible (the space is dropped), inside a word longer than the
   * width otherwise, never between the two halves of a character outside the Basic Multilingual
   * Plane (an emoji). Nothing is cut. The text tables of the library and the command line's lists
   * wrap their names so.
   *
   * <pre>{@code
   * NoteWrap.split("Kh-101/Kh-555 and Kalibr", 14);   // [Kh-101/Kh-555, and Kalibr]
   * }</pre>
   *
   * @param text the text
   * @param width the width, at least 2 (a character of two halves fits a line)
   * @return the lines, at least one
   * @throws IllegalArgumentException if the width is below 2
   */
  public static List<String> split(String text, int width) {
    if (width < 2) {
      throw new IllegalArgumentException("width must be at least 2: " + width);
    }
    List<String> lines = new ArrayList<>();
    if (text.length() <= width) {
      lines.add(text);
      return lines;
    }
    StringBuilder current = new StringBuilder();
    for (String word : text.split(" ", -1)) {
      if (current.length() > 0 && current.length() + 1 + word.length() > width) {
        lines.add(current.toString());
        current.setLength(0);
      } else if (current.length() > 0) {
        current.append(' ');
      }
      String rest = word;
      while (current.length() + rest.length() > width) {
        int take = width - current.length();
        if (take > 0 && Character.isHighSurrogate(rest.charAt(take - 1))) {
          take--; // the character's two halves go to the next line together
        }
        if (take == 0) {
          lines.add(current.toString());
          current.setLength(0);
          continue;
        }
        current.append(rest, 0, take);
        lines.add(current.toString());
        current.setLength(0);
        rest = rest.substring(take);
      }
      current.append(rest);
    }
    if (current.length() > 0) {
      lines.add(current.toString());
    }
    return lines;
  }
}
