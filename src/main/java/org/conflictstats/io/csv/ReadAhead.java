package org.conflictstats.io.csv;

import java.io.IOException;
import java.io.InputStream;

/**
 * The start of a stream, read ahead to tell its length, then the rest of the stream: the bytes read
 * ahead are let go once read, so a long stream does not hold them (a {@code SequenceInputStream}
 * kept them to its end).
 */
final class ReadAhead extends InputStream {

  private byte[] start;
  private final int length;
  private int pos;
  private final InputStream rest;

  /**
   * A stream of {@code length} bytes of {@code start}, then of {@code rest}.
   *
   * @param start the bytes read ahead
   * @param length how many of them
   * @param rest the rest of the stream
   */
  ReadAhead(byte[] start, int length, InputStream rest) {
    this.start = start;
    this.length = length;
    this.rest = rest;
  }

  @Override
  public int read() throws IOException {
    if (ahead()) {
      return start[pos++] & 0xFF;
    }
    return rest.read();
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (ahead()) {
      int n = Math.min(len, length - pos);
      System.arraycopy(start, pos, b, off, n);
      pos += n;
      return n;
    }
    return rest.read(b, off, len);
  }

  /** Whether bytes read ahead are left; once none are, they may go. */
  private boolean ahead() {
    if (start != null && pos < length) {
      return true;
    }
    start = null;
    return false;
  }

  @Override
  public void close() throws IOException {
    rest.close();
  }
}
