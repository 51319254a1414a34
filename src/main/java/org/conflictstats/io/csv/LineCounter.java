package org.conflictstats.io.csv;

import static org.conflictstats.internal.Swar.CRS;
import static org.conflictstats.internal.Swar.LFS;
import static org.conflictstats.internal.Swar.equal;
import static org.conflictstats.internal.Swar.word;

/**
 * Counts physical line ends (LF, CRLF, or a lone CR) in a byte range, 8 bytes at a time, so that a
 * range of a file knows the number of its first line before its records are read.
 */
final class LineCounter {

  private LineCounter() {}

  /**
   * The number of line ends in {@code b[s, e)}. A CR at {@code e - 1} counts as a line end of its own
   * unless {@code lfAfter} says that the byte after the range is an LF.
   */
  static long count(byte[] b, int s, int e, boolean lfAfter) {
    long lf = 0;
    long cr = 0;
    long crlf = 0;
    int i = s;
    while (i + 8 <= e) {
      long w = word(b, i);
      long l = equal(w, LFS);
      long c = equal(w, CRS);
      lf += Long.bitCount(l);
      if (c != 0) {
        cr += Long.bitCount(c);
        // a CR followed by an LF inside the word, or at its last byte by the next word's first
        crlf += Long.bitCount(c & (l >>> 8));
        if ((c >>> 56) != 0) {
          boolean next = i + 8 < e ? b[i + 8] == '\n' : lfAfter;
          if (next) {
            crlf++;
          }
        }
      }
      i += 8;
    }
    for (; i < e; i++) {
      byte x = b[i];
      if (x == '\n') {
        lf++;
      } else if (x == '\r') {
        cr++;
        boolean next = i + 1 < e ? b[i + 1] == '\n' : lfAfter;
        if (next) {
          crlf++;
        }
      }
    }
    return lf + cr - crlf;
  }
}
