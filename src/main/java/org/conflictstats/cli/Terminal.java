package org.conflictstats.cli;

import java.io.PrintWriter;
import java.io.Writer;
import org.conflictstats.internal.ControlChars;

/**
 * Text for a terminal. Input can hold anything: an escape sequence in a weapon name would move the
 * cursor or clear the screen, a carriage return would overwrite the line, a quoted line break would
 * split the one line an error promises. So control characters (C0, DEL, C1, the Unicode line and
 * paragraph separators and the bidirectional overrides) are shown escaped, as
 * <code>&#92;u001b</code>, by the one rule of {@link ControlChars}, and text echoed from the input is cut at {@value #ECHO_LIMIT}
 * characters, with a marker saying how much was cut.
 *
 * <pre>
 * Terminal.oneLine("a" + (char) 27 + "[2Jb\nc");  // a&#92;u001b[2Jb&#92;u000ac
 * Terminal.echo("x".repeat(300));               // 200 x, then " [... 100 more characters]"
 * </pre>
 */
final class Terminal {

  /** The most characters of input text echoed in one message. */
  static final int ECHO_LIMIT = 200;

  /**
   * The most characters of a reader's warning on standard error and of a message in
   * {@code validate}'s table: the tool's own words (up to about 250 characters, the report id of a
   * row given late included) whole, what they quote of a long input cut.
   */
  static final int WARNING_LIMIT = 400;

  /** The most characters of one whole message (a file name and a reason, say): a safety net. */
  static final int MESSAGE_LIMIT = 1000;

  private Terminal() {}

  /** The text with every control character escaped, line breaks included: always one line. */
  static String oneLine(CharSequence s) {
    return ControlChars.oneLine(s);
  }

  /** Input text for a message: {@link #quoted} and cut at {@link #ECHO_LIMIT} characters. */
  static String echo(CharSequence s) {
    return cut(quoted(s));
  }

  /**
   * Input text quoted in a message: on one line, and the spaces that are not the space and the
   * invisible format characters shown escaped too, as <code>&#92;u00a0</code>: a message quoting a
   * cell (<code>not a count: '5&#92;u00a0'</code>) must show what made it bad, where a table shows
   * names as they are (rv51b: it read {@code '5 '}, and a plain space around a count is read).
   */
  static String quoted(CharSequence s) {
    return ControlChars.quoted(s);
  }

  /** The text cut at {@link #ECHO_LIMIT} characters (not inside a surrogate pair), with a marker. */
  static String cut(String s) {
    return cut(s, ECHO_LIMIT);
  }

  /** The text cut at {@code limit} characters (not inside a surrogate pair), with a marker. */
  static String cut(String s, int limit) {
    if (s.length() <= limit) {
      return s;
    }
    int end = limit;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end) + " [... " + (s.length() - end) + " more characters]";
  }

  /**
   * A writer that passes text on with every control character but the line break and the tab
   * escaped: for text tables written from input. Closing it flushes {@code raw} and leaves it open.
   */
  static Writer visible(Writer raw) {
    return new Writer() {
      @Override
      public void write(char[] buf, int off, int len) throws java.io.IOException {
        raw.write(ControlChars.keepingLineBreaks(java.nio.CharBuffer.wrap(buf, off, len)));
      }

      @Override
      public void flush() throws java.io.IOException {
        raw.flush();
      }

      @Override
      public void close() throws java.io.IOException {
        raw.flush();
      }
    };
  }

  /**
   * Standard error as the tool writes it: every control character but the line break and the tab
   * (stack traces under {@code --debug} are indented with it) escaped, so
   * that no input text can drive the terminal. {@link #raw} gives the writer underneath, for the
   * progress bar's carriage returns.
   */
  static final class ErrWriter extends PrintWriter {
    private final PrintWriter raw;

    ErrWriter(PrintWriter raw) {
      super(visible(raw), true);
      this.raw = raw;
    }

    /** The writer under {@code err}, or {@code err} itself. */
    static PrintWriter raw(PrintWriter err) {
      return err instanceof ErrWriter e ? e.raw : err;
    }
  }
}
