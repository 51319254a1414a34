package org.conflictstats.internal;

import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * Control characters of input text shown escaped, as <code>&#92;u001b</code>, for every text
 * written for a terminal (text tables, the text of {@code summary} and {@code attacks}, standard
 * error): an escape sequence in a weapon, source or region name or a file's path would otherwise
 * move the cursor or clear the screen, a carriage return overwrite the line, a line break split a
 * table's row. The one rule of what is escaped: C0, DEL and C1 controls, the Unicode line and
 * paragraph separators and the bidirectional overrides and isolates. JSON escapes control
 * characters itself and CSV keeps a cell's text as it is: neither uses this. Not API: the package
 * is not exported.
 *
 * <pre>{@code
 * ControlChars.oneLine("a\u001b[2Jb\nc");         // a\u001b[2Jb\u000ac (backslashes as text)
 * ControlChars.keepingLineBreaks("a\u001bb\nc");  // a\u001bb, a line break, c
 * }</pre>
 */
public final class ControlChars {

  private ControlChars() {}

  /**
   * Returns whether a character is shown escaped.
   *
   * @param c the character
   * @return {@code true} for a control character, a line or paragraph separator, or a
   *     bidirectional override or isolate
   */
  public static boolean isControl(char c) {
    return Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029'
        || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
  }

  /**
   * Returns the text with every control character escaped, line breaks and tabs included: always
   * one line. A name (a weapon, a source, a region, a file) goes through this.
   *
   * @param s the text
   * @return the text, or a copy with the control characters escaped
   */
  public static String oneLine(CharSequence s) {
    return escape(s, ControlChars::isControl);
  }

  /**
   * Returns the text with every control character but the line break and the tab escaped: for
   * text of several lines made by the tool (a table, a stack trace) around input text.
   *
   * @param s the text
   * @return the text, or a copy with the control characters escaped
   */
  public static String keepingLineBreaks(CharSequence s) {
    return escape(s, c -> isControl(c) && c != '\n' && c != '\t');
  }

  /**
   * Returns the text as {@link #oneLine} does, with the spaces that are not the space and the
   * invisible format characters escaped too: for input quoted in a message, which must show what
   * made a cell bad (<code>'5&#92;u00a0'</code> is not {@code '5 '}), where a name is shown as
   * it is.
   *
   * @param s the text
   * @return the text, or a copy with those characters escaped
   */
  public static String quoted(CharSequence s) {
    return escape(s, c -> isControl(c) || (Character.getType(c) == Character.SPACE_SEPARATOR
        && c != ' ') || Character.getType(c) == Character.FORMAT);
  }

  private static boolean isControl(int c) {
    return c <= Character.MAX_VALUE && isControl((char) c);
  }

  /** The one escape: each UTF-16 unit of a code point {@code escaped} accepts, as \u0000. */
  private static String escape(CharSequence s, IntPredicate escaped) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); ) {
      int c = Character.codePointAt(s, i);
      int n = Character.charCount(c);
      boolean hidden = escaped.test(c);
      if (hidden && out == null) {
        out = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (out != null) {
        if (hidden) {
          for (int j = i; j < i + n; j++) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) s.charAt(j)));
          }
        } else {
          out.append(s, i, i + n);
        }
      }
      i += n;
    }
    return out == null ? s.toString() : out.toString();
  }
}
