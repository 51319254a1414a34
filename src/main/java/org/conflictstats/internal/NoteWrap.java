package org.conflictstats.internal;

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
}
