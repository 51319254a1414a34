package org.conflictstats.io.csv;

import static org.conflictstats.internal.Swar.COMMAS;
import static org.conflictstats.internal.Swar.CRS;
import static org.conflictstats.internal.Swar.LFS;
import static org.conflictstats.internal.Swar.QUOTES;
import static org.conflictstats.internal.Swar.equal;
import static org.conflictstats.internal.Swar.first;
import static org.conflictstats.internal.Swar.word;

import java.io.IOException;
import java.util.Arrays;
import org.conflictstats.internal.Swar;
import org.conflictstats.internal.Utf8;

/**
 * Splits UTF-8 CSV bytes into records and cells following RFC 4180: cells separated by commas,
 * records by CRLF, LF or CR; a cell in double quotes may hold commas, line breaks and doubled quotes
 * ({@code ""} for {@code "}). A UTF-8 byte order mark at offset 0 is skipped. It is the one scanner
 * of the library's CSV readers: the Air Force CSV reader runs one per byte range of a file (or one
 * over a whole stream), and the catalogue reader runs one too.
 *
 * <p>The scanner only finds boundaries: each cell is a pair of offsets into {@link #buffer()}
 * (inside the quotes of a quoted cell), with flags for quoted cells and cells holding doubled quotes.
 * Nothing is decoded until a caller asks. It looks at 8 bytes at a time ({@link org.conflictstats.internal.Swar}) for the bytes
 * that end an unquoted cell ({@code ,} CR LF) or matter inside quotes ({@code "} CR LF).
 *
 * <p>Structural errors and recovery, as in every reader of the library: a record whose closing
 * quote never comes ({@link Problem#UNTERMINATED_QUOTE}), whose closing quote is followed by text
 * other than a comma or a line end ({@link Problem#TEXT_AFTER_QUOTE}), or which grows beyond
 * {@link #MAX_RECORD_BYTES} ({@link Problem#TOO_LONG}) is returned with its problem. When such a
 * record spans several physical lines, only its first physical line is returned and scanning
 * resumes on the next line, so a stray quote costs one line, not the rest of the file; a caller that
 * finds a multi-line record bad for another reason may do the same with {@link #cutToFirstLine()}.
 *
 * <p>Offsets and lines. The scanner knows the absolute byte offset of every record and the physical
 * line (from 1) where it starts, counting from the offset and line it was started at. Given a stop
 * offset, it returns no record that starts at or after it, so a scanner started at a record boundary
 * reads exactly the records of its byte range; a record that starts before the stop offset and ends
 * after it is returned whole, and {@link #offset()} then lies beyond the stop offset.
 *
 * <p>Not thread-safe. Offsets and cell text are valid until the next call of {@link #next()}.
 */
final class RecordScanner {

  /** A structural error in a record. */
  enum Problem {
    /** A quoted cell was still open at the end of the input (or of the maximal record length). */
    UNTERMINATED_QUOTE,
    /** A closing quote was followed by text other than a comma or a line end. */
    TEXT_AFTER_QUOTE,
    /** The record was longer than {@link #MAX_RECORD_BYTES}. */
    TOO_LONG
  }

  /** The longest record, in bytes. */
  static final int MAX_RECORD_BYTES = 1 << 20;

  /** The most of a record's raw text kept for messages, in bytes. */
  static final int RAW_TEXT_LIMIT = 4096;

  private static final int DEFAULT_BUFFER = 1 << 20;

  private final ByteSource in;
  private final int maxRecord;
  private byte[] buf;
  private int pos;
  private int limit;
  private boolean eof;
  private long bufOffset;
  private long stopOffset = Long.MAX_VALUE;
  private long nextLine;
  private boolean pendingLf;

  // the current record
  private int recStart;
  private int recEnd;
  private long recLine;
  private int recLines;
  private int firstLineEnd;
  private int afterFirstLine;
  private int nFields;
  private int[] fStart = new int[32];
  private int[] fEnd = new int[32];
  // one bit per cell: quoted, and holding doubled quotes
  private long[] quotedBits = new long[1];
  private long[] escapedBits = new long[1];
  private Problem problem;
  private int problemField;
  private byte[] oversizedRaw;
  private boolean cut;

  /**
   * A scanner reading from a source that stands at byte {@code offset} of its input, which is the
   * start of physical line {@code line}.
   */
  RecordScanner(ByteSource in, long offset, long line) {
    this(in, offset, line, DEFAULT_BUFFER, MAX_RECORD_BYTES);
  }

  RecordScanner(ByteSource in, long offset, long line, int bufferSize, int maxRecord) {
    this.in = in;
    this.maxRecord = maxRecord;
    this.buf = new byte[Math.max(16, Math.min(bufferSize, maxRecord + 2))];
    this.bufOffset = offset;
    this.nextLine = line;
  }

  /**
   * A scanner whose first bytes are already in a buffer: {@code buffer[0, length)} are the bytes from
   * {@code offset}, which is the start of physical line {@code line}; more come from {@code more}.
   * The scanner owns the buffer until it is done with it ({@link #buffer()} may be a larger one).
   */
  RecordScanner(byte[] buffer, int length, ByteSource more, long offset, long line) {
    this(buffer, length, more, offset, line, MAX_RECORD_BYTES);
  }

  /** As above, with records longer than {@code maxRecord} bytes too long (for tests). */
  RecordScanner(byte[] buffer, int length, ByteSource more, long offset, long line,
      int maxRecord) {
    this.in = more;
    this.maxRecord = maxRecord;
    this.buf = buffer.length >= 16 ? buffer : Arrays.copyOf(buffer, 16);
    this.limit = length;
    this.bufOffset = offset;
    this.nextLine = line;
  }

  /** Returns no record that starts at or after this absolute offset. */
  void stopAt(long offset) {
    this.stopOffset = offset;
  }

  /**
   * Advances to the next record.
   *
   * @return {@code false} at the end of the input, or at the stop offset
   * @throws IOException if reading fails
   */
  boolean next() throws IOException {
    if (bufOffset == 0 && pos == 0 && limit == 0 && !eof) {
      while (limit < 3 && fill()) {
        // a byte order mark may come in more than one read
      }
      pos = Utf8.bomLength(buf, limit);
    }
    oversizedRaw = null;
    cut = false;
    while (true) {
      if (pos >= limit) {
        if (eof) {
          return false;
        }
        bufOffset += limit;
        pos = 0;
        limit = 0;
        fill();
        continue;
      }
      if (pendingLf) {
        pendingLf = false;
        if (buf[pos] == '\n') {
          pos++;
          continue;
        }
      }
      if (bufOffset + pos >= stopOffset) {
        return false;
      }
      if (limit - pos >= maxRecord + 2) {
        // a buffer filled ahead (a range of a file) may hold a record longer than the maximum
        // whole: scan it within the window a scanner reading in order has, so that the same
        // records are too long on every path: the same maxRecord + 2 bytes, and no end of input
        // seen (a full buffer in order has not seen it either)
        int all = limit;
        boolean end = eof;
        limit = pos + maxRecord + 2;
        eof = false;
        boolean whole = scan();
        limit = all;
        eof = end;
        if (!whole) {
          tooLong();
        }
        return true;
      }
      if (scan()) {
        return true;
      }
      // the record runs past the data in the buffer: make room and read more
      if (recStart > 0) {
        compact();
      } else if (limit == buf.length) {
        if (buf.length >= maxRecord + 2) {
          tooLong();
          return true;
        }
        buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, maxRecord + 2L));
      }
      fill();
    }
  }

  /** Scans one record from {@code pos}; returns false when more input is needed. */
  private boolean scan() {
    final byte[] b = buf;
    final int lim = limit;
    int i = pos;
    recStart = i;
    nFields = 0;
    problem = null;
    problemField = -1;
    int lines = 1;
    int firstEnd = -1;
    int afterFirst = -1;
    int wp = Integer.MIN_VALUE / 2;
    long wm = 0;
    for (int w = 0; w < quotedBits.length; w++) {
      quotedBits[w] = 0;
      escapedBits[w] = 0;
    }
    while (true) {
      int field = nFields;
      if (field == fStart.length) {
        grow();
      }
      nFields = field + 1;
      if (i < lim && b[i] == '"') {
        quotedBits[field >> 6] |= 1L << field;
        int start = i + 1;
        int j = start;
        boolean escaped = false;
        int end;
        while (true) {
          // find the next quote or line break inside the quotes, 8 bytes at a time
          while (j + 8 <= lim) {
            long w = word(b, j);
            long m = equal(w, QUOTES) | equal(w, LFS) | equal(w, CRS);
            if (m != 0) {
              j += first(m);
              break;
            }
            j += 8;
          }
          while (j < lim && b[j] != '"' && b[j] != '\n' && b[j] != '\r') {
            j++;
          }
          if (j >= lim) {
            if (!eof) {
              return false;
            }
            markProblem(Problem.UNTERMINATED_QUOTE, field);
            fStart[field] = start;
            fEnd[field] = j;
            if (escaped) {
              escapedBits[field >> 6] |= 1L << field;
            }
            return endRecord(j, j, lines, firstEnd, afterFirst);
          }
          byte c = b[j];
          if (c == '"') {
            if (j + 1 >= lim && !eof) {
              return false;
            }
            if (j + 1 < lim && b[j + 1] == '"') {
              escaped = true;
              j += 2;
              continue;
            }
            end = j;
            j++;
            break;
          }
          int after;
          if (c == '\r') {
            if (j + 1 >= lim && !eof) {
              return false;
            }
            after = (j + 1 < lim && b[j + 1] == '\n') ? j + 2 : j + 1;
          } else {
            after = j + 1;
          }
          if (firstEnd < 0) {
            firstEnd = j;
            afterFirst = after;
          }
          lines++;
          j = after;
        }
        fStart[field] = start;
        fEnd[field] = end;
        if (escaped) {
          escapedBits[field >> 6] |= 1L << field;
        }
        i = j;
        if (i < lim && b[i] != ',' && b[i] != '\n' && b[i] != '\r') {
          markProblem(Problem.TEXT_AFTER_QUOTE, field);
          while (i < lim && b[i] != ',' && b[i] != '\n' && b[i] != '\r') {
            i++;
          }
          fEnd[field] = i;
        }
      } else {
        int start = i;
        // the end of an unquoted cell: a comma or a line break; the mask of specials of the word
        // at wp is kept, so that the short cells of one word cost one word read
        while (true) {
          if (i + 8 > lim) {
            while (i < lim) {
              byte c = b[i];
              if (c == ',' || c == '\n' || c == '\r') {
                break;
              }
              i++;
            }
            break;
          }
          if (i < wp || i >= wp + 8) {
            wp = i;
            long w = word(b, i);
            wm = equal(w, COMMAS) | equal(w, LFS) | equal(w, CRS);
          }
          long m = wm >>> ((i - wp) << 3);
          if (m != 0) {
            i += first(m);
            break;
          }
          i = wp + 8;
        }
        fStart[field] = start;
        fEnd[field] = i;
      }
      if (i >= lim) {
        if (!eof) {
          return false;
        }
        return endRecord(i, i, lines, firstEnd, afterFirst);
      }
      byte c = b[i];
      if (c == ',') {
        i++;
        continue;
      }
      int after;
      if (c == '\r') {
        if (i + 1 >= lim && !eof) {
          return false;
        }
        after = (i + 1 < lim && b[i + 1] == '\n') ? i + 2 : i + 1;
      } else {
        after = i + 1;
      }
      return endRecord(i, after, lines, firstEnd, afterFirst);
    }
  }

  private boolean endRecord(int end, int after, int lines, int firstEnd, int afterFirst) {
    recEnd = end;
    recLine = nextLine;
    recLines = lines;
    firstLineEnd = firstEnd < 0 ? end : firstEnd;
    afterFirstLine = firstEnd < 0 ? after : afterFirst;
    pos = after;
    nextLine = recLine + lines;
    if (problem != null && lines > 1) {
      cutToFirstLine();
      if (problem == Problem.UNTERMINATED_QUOTE && afterFirstLine >= end) {
        // the quote ran from the last line to the end of the input: no line after it to read
        // again, so the record is not "cut" (its problem says: not closed before the end)
        cut = false;
      }
    }
    return true;
  }

  private void markProblem(Problem p, int field) {
    if (problem == null) {
      problem = p;
      problemField = field;
    }
  }

  /**
   * Handles a record longer than the maximal length: the buffer holds {@code maxRecord + 2} bytes
   * of it from {@code pos} (or more, read ahead) and no end within them. Returns its first physical
   * line when those bytes have a line break, otherwise skips the over-long line and returns a
   * record holding its first bytes.
   */
  private void tooLong() throws IOException {
    recLine = nextLine;
    problem = Problem.TOO_LONG;
    problemField = -1;
    nFields = 0;
    recLines = 1;
    nextLine = recLine + 1;
    int start = pos;
    int window = Math.min(limit, start + maxRecord + 2);
    int lineEnd = -1;
    for (int i = start; i < window; i++) {
      if (buf[i] == '\n' || buf[i] == '\r') {
        lineEnd = i;
        break;
      }
    }
    if (lineEnd >= 0) {
      cut = true;
      recStart = start;
      recEnd = lineEnd;
      pos = skipLineEnd(lineEnd);
      firstLineEnd = recEnd;
      afterFirstLine = pos;
      return;
    }
    oversizedRaw = Arrays.copyOfRange(buf, start, start + Math.min(window - start, RAW_TEXT_LIMIT));
    // the over-long line ends at the first line break after the window: in the bytes read ahead,
    // or in those read next
    int i = window;
    while (true) {
      while (i < limit && buf[i] != '\n' && buf[i] != '\r') {
        i++;
      }
      if (i < limit) {
        pos = skipLineEnd(i);
        break;
      }
      bufOffset += limit;
      pos = 0;
      limit = 0;
      if (!fill()) {
        break;
      }
      i = 0;
    }
    recStart = pos;
    recEnd = pos;
    firstLineEnd = pos;
    afterFirstLine = pos;
  }

  private int skipLineEnd(int i) {
    if (buf[i] == '\r') {
      if (i + 1 < limit) {
        return buf[i + 1] == '\n' ? i + 2 : i + 1;
      }
      pendingLf = true;
    }
    return i + 1;
  }

  /**
   * Makes the current record its first physical line only and resumes scanning after that line.
   * Does nothing for a record of one physical line. Must be called before the next {@link #next()}.
   */
  void cutToFirstLine() {
    if (recLines <= 1) {
      return;
    }
    recEnd = firstLineEnd;
    pos = afterFirstLine;
    nextLine = recLine + 1;
    recLines = 1;
    nFields = 0;
    cut = true;
  }

  /**
   * The physical line, counted from the record's first (1), after the first whose text starts
   * with a date, {@code YYYY-MM-DD}, as a row of the Air Force CSV starts with its
   * {@code time_start}; 0 when none does. A quoted cell over several lines that holds such a line
   * is most likely a stray quote that made one record of several rows. Looks at the record's
   * bytes only when it spans several lines.
   */
  int laterLineStartingWithDate() {
    if (recLines <= 1) {
      return 0;
    }
    int line = 1;
    for (int i = recStart; i < recEnd; i++) {
      byte b = buf[i];
      if (b == '\n' || b == '\r' && (i + 1 >= recEnd || buf[i + 1] != '\n')) {
        line++;
        if (startsWithDate(i + 1)) {
          return line;
        }
      }
    }
    return 0;
  }

  private boolean startsWithDate(int at) {
    if (at + 10 > recEnd) {
      return false;
    }
    for (int k = 0; k < 10; k++) {
      byte b = buf[at + k];
      boolean ok = k == 4 || k == 7 ? b == '-' : b >= '0' && b <= '9';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Whether the current record was cut to its first physical line. */
  boolean wasCut() {
    return cut;
  }

  /** The physical line where the current record starts, from the scanner's first line. */
  long line() {
    return recLine;
  }

  /** How many physical lines the current record spans. */
  int physicalLines() {
    return recLines;
  }

  /** The absolute offset of the current record's first byte. */
  long recordOffset() {
    return bufOffset + recStart;
  }

  /** The absolute offset after the current record and its line terminator: where the next starts. */
  long offset() {
    return bufOffset + pos;
  }

  /** The physical line of the next record. */
  long nextLine() {
    return nextLine;
  }

  /** The number of cells; zero for a record cut to its first line. */
  int size() {
    return nFields;
  }

  /** The structural problem of the current record, or {@code null}. */
  Problem problem() {
    return problem;
  }

  /** The index of the cell with the problem, or -1 when it concerns the whole record. */
  int problemField() {
    return problemField;
  }

  /** The buffer the offsets point into. */
  byte[] buffer() {
    return buf;
  }

  /** The offset of the first byte of cell {@code i}'s content (inside quotes). */
  int start(int i) {
    return fStart[i];
  }

  /** The offset after the last byte of cell {@code i}'s content (inside quotes). */
  int end(int i) {
    return fEnd[i];
  }

  /** Whether cell {@code i} was quoted. */
  boolean isQuoted(int i) {
    return (quotedBits[i >> 6] & (1L << i)) != 0;
  }

  /** Whether cell {@code i} holds doubled quotes, so its bytes are not its text. */
  boolean isEscaped(int i) {
    return (escapedBits[i >> 6] & (1L << i)) != 0;
  }

  /** The bytes of cell {@code i}, with doubled quotes undone. */
  byte[] cellBytes(int i) {
    int s = fStart[i];
    int e = fEnd[i];
    if (!isEscaped(i)) {
      return Arrays.copyOfRange(buf, s, e);
    }
    byte[] out = new byte[e - s];
    int n = 0;
    for (int k = s; k < e; k++) {
      byte c = buf[k];
      out[n++] = c;
      if (c == '"' && k + 1 < e && buf[k + 1] == '"') {
        k++;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** Whether cell {@code i} is empty or only white space (bytes up to a space). */
  boolean isBlank(int i) {
    for (int k = fStart[i], e = fEnd[i]; k < e; k++) {
      if ((buf[k] & 0xFF) > ' ') {
        return false;
      }
    }
    return true;
  }

  /** Whether the record's bytes are well-formed UTF-8 (one pass over the whole record). */
  boolean isUtf8() {
    return Utf8.isWellFormed(buf, recStart, recEnd);
  }

  /**
   * Whether the record is blank: a line with nothing but white space on it, or one of cells that
   * are all empty or white space, none quoted ({@code ,,,,}, what a spreadsheet leaves of a row
   * whose cells were cleared). The one rule of every reader: such a record carries no data, is
   * skipped and counted as a blank line, never as a row.
   */
  boolean isBlankLine() {
    if (problem != null) {
      return false;
    }
    for (int i = 0; i < nFields; i++) {
      if (isQuoted(i) || !isBlank(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A 64-bit hash of the record's bytes as read, without its line terminator: two rows that are the
   * same byte for byte have the same hash (for an accepted row, never cut, the whole record).
   */
  long recordHash() {
    return Swar.hash(buf, recStart, recEnd);
  }

  /** The record's bytes as read, without its final line terminator, at most the raw text limit. */
  byte[] rawBytes() {
    if (oversizedRaw != null) {
      return oversizedRaw;
    }
    return Arrays.copyOfRange(buf, recStart, Math.min(recEnd, recStart + RAW_TEXT_LIMIT));
  }

  /** Whether the record's raw text is longer than {@link #rawBytes()} holds. */
  boolean rawTextCut() {
    return oversizedRaw != null || recEnd - recStart > RAW_TEXT_LIMIT;
  }

  private void grow() {
    int size = fStart.length * 2;
    fStart = Arrays.copyOf(fStart, size);
    fEnd = Arrays.copyOf(fEnd, size);
    quotedBits = Arrays.copyOf(quotedBits, (size >> 6) + 1);
    escapedBits = Arrays.copyOf(escapedBits, (size >> 6) + 1);
  }

  /** Moves the current record to the start of the buffer. */
  private void compact() {
    int keep = limit - recStart;
    System.arraycopy(buf, recStart, buf, 0, keep);
    bufOffset += recStart;
    limit = keep;
    recStart = 0;
    pos = 0;
  }

  /**
   * Reads more input into the free end of the buffer: one read of the source (a file range fills
   * it; a pipe gives what it has, so records come out as soon as they are complete); returns false
   * when nothing more could be read.
   */
  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    if (limit == buf.length) {
      return false;
    }
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      eof = true;
      return false;
    }
    limit += n;
    return n > 0;
  }
}
