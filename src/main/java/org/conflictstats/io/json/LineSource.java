package org.conflictstats.io.json;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines terminated by {@code \n} (a {@code \r} before it is dropped) in constant memory: a line
 * longer than the limit is not kept whole; only its beginning is kept and the rest is skipped. A
 * byte-order mark at the very start is dropped.
 */
final class LineSource {

  /** One line: its number, its text (or beginning), and whether it was too long. */
  record Line(long number, String text, boolean tooLong) {}

  private final Reader in;
  private final int maxLength;
  private final int keepWhenTooLong;
  private final char[] buffer = new char[8192];
  private int pos;
  private int end;
  private long number;
  private boolean eof;

  LineSource(Reader in, int maxLength, int keepWhenTooLong) {
    this.in = in;
    this.maxLength = maxLength;
    this.keepWhenTooLong = keepWhenTooLong;
  }

  /** Returns the next line, or {@code null} at the end of the input. */
  Line next() throws IOException {
    if (eof) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    long length = 0;
    boolean sawAny = false;
    while (true) {
      if (pos == end) {
        end = in.read(buffer, 0, buffer.length);
        pos = 0;
        if (end <= 0) {
          end = 0;
          eof = true;
          if (!sawAny) {
            return null;
          }
          break;
        }
        if (number == 0 && !sawAny && buffer[0] == '\uFEFF') {
          pos = 1;
        }
      }
      sawAny = true;
      int start = pos;
      while (pos < end && buffer[pos] != '\n') {
        pos++;
      }
      int n = pos - start;
      int room = (int) Math.max(0, Math.min(n, maxLength + 1L - length));
      text.append(buffer, start, room);
      length += n;
      if (pos < end) {
        pos++; // the '\n'
        break;
      }
    }
    number++;
    if (text.length() > 0 && text.charAt(text.length() - 1) == '\r' && length <= maxLength + 1L) {
      text.setLength(text.length() - 1);
      length--;
    }
    if (length > maxLength) {
      text.setLength(Math.min(text.length(), keepWhenTooLong));
      return new Line(number, text.toString(), true);
    }
    return new Line(number, text.toString(), false);
  }

  /** Returns the number of lines read so far. */
  long lineCount() {
    return number;
  }
}
