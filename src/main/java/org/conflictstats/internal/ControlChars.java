package org.conflictstats.internal;

import java.util.Locale;

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
    return escape(s, false);
  }

  /**
   * Returns the text with every control character but the line break and the tab escaped: for
   * text of several lines made by the tool (a table, a stack trace) around input text.
   *
   * @param s the text
   * @return the text, or a copy with the control characters escaped
   */
  public static String keepingLineBreaks(CharSequence s) {
    return escape(s, true);
  }

  private static String escape(CharSequence s, boolean keepLineBreaks) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean escaped = isControl(c) && !(keepLineBreaks && (c == '\n' || c == '\t'));
      if (escaped && out == null) {
        out = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (out != null) {
        if (escaped) {
          out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? s.toString() : out.toString();
  }
}
