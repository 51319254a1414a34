package org.conflictstats.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Objects;

/**
 * The UTF-8 bytes of a {@link Reader}'s text, so that text given as characters goes through the same
 * byte reader as a file. A lone surrogate (text no UTF-8 can hold) becomes the byte {@code 0xFF},
 * which is never UTF-8: its row is rejected, not silently changed. Closing it does not close the
 * reader.
 */
final class Utf8InputStream extends InputStream {

  private final Reader in;
  private final char[] chars = new char[8192];
  private final byte[] bytes = new byte[8192 * 3 + 8];
  private int pos;
  private int limit;
  private int pendingHigh = -1;
  private boolean eof;

  Utf8InputStream(Reader in) {
    this.in = Objects.requireNonNull(in, "in");
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, b.length);
    if (len == 0) {
      return 0;
    }
    while (pos == limit) {
      if (eof) {
        return -1;
      }
      refill();
    }
    int n = Math.min(len, limit - pos);
    System.arraycopy(bytes, pos, b, off, n);
    pos += n;
    return n;
  }

  private void refill() throws IOException {
    pos = 0;
    limit = 0;
    int got = in.read(chars, 0, chars.length);
    if (got < 0) {
      eof = true;
      if (pendingHigh >= 0) {
        bytes[limit++] = (byte) 0xFF;
        pendingHigh = -1;
      }
      return;
    }
    for (int i = 0; i < got; i++) {
      char c = chars[i];
      if (pendingHigh >= 0) {
        if (Character.isLowSurrogate(c)) {
          put(Character.toCodePoint((char) pendingHigh, c));
          pendingHigh = -1;
          continue;
        }
        bytes[limit++] = (byte) 0xFF;
        pendingHigh = -1;
      }
      if (Character.isHighSurrogate(c)) {
        pendingHigh = c;
      } else if (Character.isLowSurrogate(c)) {
        bytes[limit++] = (byte) 0xFF;
      } else {
        put(c);
      }
    }
  }

  private void put(int cp) {
    if (cp < 0x80) {
      bytes[limit++] = (byte) cp;
    } else if (cp < 0x800) {
      bytes[limit++] = (byte) (0xC0 | (cp >> 6));
      bytes[limit++] = (byte) (0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      bytes[limit++] = (byte) (0xE0 | (cp >> 12));
      bytes[limit++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
      bytes[limit++] = (byte) (0x80 | (cp & 0x3F));
    } else {
      bytes[limit++] = (byte) (0xF0 | (cp >> 18));
      bytes[limit++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
      bytes[limit++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
      bytes[limit++] = (byte) (0x80 | (cp & 0x3F));
    }
  }
}
