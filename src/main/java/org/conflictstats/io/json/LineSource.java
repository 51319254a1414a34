package org.conflictstats.io.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads lines terminated by {@code \n} (a {@code \r} before it is dropped) in constant memory: a line
 * longer than the limit is not kept whole; only its beginning is kept and the rest is skipped. A
 * byte-order mark at the very start is dropped.
 */
abstract class LineSource {

  /**
   * One line: its number, its text (or beginning), whether it was too long, and why its bytes could
   * not be decoded (empty when they could).
   */
  record Line(long number, String text, boolean tooLong, String encodingError) {}

  final int maxLength;
  final int keepWhenTooLong;
  long number;

  LineSource(int maxLength, int keepWhenTooLong) {
    this.maxLength = maxLength;
    this.keepWhenTooLong = keepWhenTooLong;
  }

  /** Returns the next line, or {@code null} at the end of the input. */
  abstract Line next() throws IOException;

  /** Closes the input. */
  abstract void close() throws IOException;

  /** How much of a line is held: enough to tell it is too long, and enough to keep its beginning. */
  final long capacity() {
    return Math.max(maxLength + 1L, keepWhenTooLong);
  }

  /** Returns the number of lines read so far. */
  final long lineCount() {
    return number;
  }

  /** Lines of a character stream; the limit counts characters. */
  static LineSource of(Reader in, int maxLength, int keepWhenTooLong) {
    return new Chars(in, maxLength, keepWhenTooLong);
  }

  /**
   * Lines of a UTF-8 byte stream, each decoded on its own, so that bytes that are not UTF-8 spoil only
   * their line; the limit counts bytes.
   */
  static LineSource utf8(InputStream in, int maxLength, int keepWhenTooLong) {
    return new Utf8(in, maxLength, keepWhenTooLong);
  }

  private static final class Chars extends LineSource {
    private final Reader in;
    private final char[] buffer = new char[8192];
    private int pos;
    private int end;
    private boolean eof;

    Chars(Reader in, int maxLength, int keepWhenTooLong) {
      super(maxLength, keepWhenTooLong);
      this.in = in;
    }

    @Override
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
        text.append(buffer, start, (int) Math.max(0, Math.min(n, capacity() - length)));
        length += n;
        if (pos < end) {
          pos++; // the line feed
          break;
        }
      }
      number++;
      if (length <= capacity() && text.length() > 0
          && text.charAt(text.length() - 1) == '\r') {
        text.setLength(text.length() - 1);
        length--;
      }
      if (length > maxLength) {
        text.setLength(Math.min(text.length(), keepWhenTooLong));
        return new Line(number, text.toString(), true, "");
      }
      return new Line(number, text.toString(), false, "");
    }

    @Override
    void close() throws IOException {
      in.close();
    }
  }

  private static final class Utf8 extends LineSource {
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private byte[] line = new byte[1024];
    private int pos;
    private int end;
    private boolean eof;

    /**
     * Finds where a line that is not well-formed goes wrong, for the message ({@code decode} starts
     * afresh every time).
     */
    private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);

    Utf8(InputStream in, int maxLength, int keepWhenTooLong) {
      super(maxLength, keepWhenTooLong);
      this.in = in;
    }

    @Override
    Line next() throws IOException {
      if (eof) {
        return null;
      }
      int kept = 0;
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
          if (number == 0 && !sawAny) {
            pos = org.conflictstats.internal.Utf8.bomLength(buffer, end);
          }
        }
        sawAny = true;
        int start = pos;
        while (pos < end && buffer[pos] != '\n') {
          pos++;
        }
        int n = pos - start;
        int take = (int) Math.max(0, Math.min(n, capacity() - length));
        if (kept + take > line.length) {
          // grown by doubling, but never past what is kept: a line over the limit holds at most
          // capacity() bytes, not twice as many (a 17 MiB line ran -Xmx48m out of memory)
          line = Arrays.copyOf(line, (int) Math.min(capacity(),
              Math.max(kept + take, line.length * 2L)));
        }
        System.arraycopy(buffer, start, line, kept, take);
        kept += take;
        length += n;
        if (pos < end) {
          pos++; // the line feed
          break;
        }
      }
      number++;
      if (length <= capacity() && kept > 0 && line[kept - 1] == '\r') {
        kept--;
        length--;
      }
      boolean tooLong = length > maxLength;
      if (tooLong) {
        kept = Math.min(kept, keepWhenTooLong);
      }
      if (org.conflictstats.internal.Utf8.isWellFormed(line, 0, kept)) {
        // what the strict decoder gives for well-formed bytes, in one copy instead of a buffer of
        // chars and a copy of it (Utf8 accepts exactly what the decoder does)
        String text = new String(line, 0, kept, StandardCharsets.UTF_8);
        shrink();
        return new Line(number, text, tooLong, "");
      }
      ByteBuffer bytes = ByteBuffer.wrap(line, 0, kept);
      try {
        String text = strict.decode(bytes).toString();
        shrink();
        return new Line(number, text, tooLong, "");
      } catch (CharacterCodingException e) {
        if (tooLong) {
          // the cut may have split a character; the line is rejected as too long anyway
          String text = new String(line, 0, kept, StandardCharsets.UTF_8);
          shrink();
          return new Line(number, text, true, "");
        }
        String text = new String(line, 0, kept, StandardCharsets.UTF_8);
        shrink();
        return new Line(number, text, false,
            "not valid UTF-8: bad byte at byte " + (bytes.position() + 1) + " of the line");
      }
    }

    /** Gives back the memory of a very long line once it is decoded. */
    private void shrink() {
      if (line.length > (1 << 20)) {
        line = new byte[1024];
      }
    }

    @Override
    void close() throws IOException {
      in.close();
    }
  }
}
