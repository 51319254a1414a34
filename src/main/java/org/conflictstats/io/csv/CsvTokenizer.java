package org.conflictstats.io.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.Objects;

/**
 * Splits CSV text into records and fields following RFC 4180: fields separated by commas, records by
 * CRLF, LF or CR; a field in double quotes may hold commas, line breaks and doubled quotes
 * ({@code ""} for {@code "}). A UTF-8 byte order mark at the very start is skipped.
 *
 * <p>Why hand-written rather than a CSV library: the importer must report, for every bad row, the
 * <em>physical</em> line where the record starts and the record's raw text, must say precisely what is
 * wrong with a truncated quote, and must recover from it so that no good row after it is lost; and a
 * later issue needs throughput of the order of a gigabyte per second on ten million rows. This class
 * scans a reusable {@code char[]} buffer once, keeps each field as a pair of offsets into it (no
 * {@code String} is made until a caller asks for one, no regular expression runs per cell) and keeps
 * the whole current record in the buffer, so its raw text is always at hand.
 *
 * <p>Structural errors and recovery. A record whose closing quote never comes
 * ({@link Problem#UNTERMINATED_QUOTE}), whose closing quote is followed by text other than a comma or
 * a line end ({@link Problem#TEXT_AFTER_QUOTE}), or which grows beyond the maximal record length
 * ({@link Problem#TOO_LONG}) is reported with its problem. When such a record spans several physical
 * lines, only its first physical line is returned as the bad record and scanning resumes on the next
 * physical line: a stray quote then costs one line, not the rest of the file. A caller that finds a
 * multi-line record bad for another reason (a wrong number of fields) may do the same with
 * {@link #cutToFirstLine()}.
 *
 * <p>Not thread-safe. Offsets and field text are valid until the next call of {@link #next()}.
 */
final class CsvTokenizer implements Closeable {

  /** A structural error in a record. */
  enum Problem {
    /** A quoted field was still open at the end of the input (or of the maximal record length). */
    UNTERMINATED_QUOTE,
    /** A closing quote was followed by text other than a comma or a line end. */
    TEXT_AFTER_QUOTE,
    /** The record was longer than the maximal record length. */
    TOO_LONG
  }

  /** The default maximal length of one record, in chars. */
  static final int DEFAULT_MAX_RECORD_CHARS = 1 << 20;

  private static final int INITIAL_BUFFER = 1 << 16;
  private static final int RAW_TEXT_LIMIT = 4096;

  private final Reader in;
  private final int maxRecordChars;
  private char[] buf;
  private int pos;
  private int limit;
  private boolean eof;
  private boolean started;
  private boolean pendingLf;
  private long nextLine = 1;

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
  private boolean[] fQuoted = new boolean[32];
  private boolean[] fEscaped = new boolean[32];
  private Problem problem;
  private int problemField;
  private String oversizedRaw;
  private boolean cut;

  CsvTokenizer(Reader in) {
    this(in, DEFAULT_MAX_RECORD_CHARS);
  }

  CsvTokenizer(Reader in, int maxRecordChars) {
    this.in = Objects.requireNonNull(in, "in");
    if (maxRecordChars < 16) {
      throw new IllegalArgumentException("maximal record length too small: " + maxRecordChars);
    }
    this.maxRecordChars = maxRecordChars;
    this.buf = new char[Math.min(INITIAL_BUFFER, maxRecordChars + 2)];
  }

  /**
   * Advances to the next record.
   *
   * @return {@code false} at the end of the input
   * @throws IOException if reading fails
   */
  boolean next() throws IOException {
    if (!started) {
      started = true;
      fill();
      if (limit > 0 && buf[0] == '\uFEFF') {
        pos = 1;
      }
    }
    oversizedRaw = null;
    cut = false;
    while (true) {
      if (pos >= limit) {
        if (eof) {
          return false;
        }
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
      if (scan()) {
        return true;
      }
      // the record runs past the data in the buffer: make room and read more
      if (recStart > 0) {
        compact();
      } else if (limit == buf.length) {
        if (buf.length >= maxRecordChars + 2) {
          tooLong();
          return true;
        }
        buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, maxRecordChars + 2L));
      }
      fill();
    }
  }

  /** Scans one record from {@code pos}; returns false when more input is needed. */
  private boolean scan() {
    final char[] b = buf;
    final int lim = limit;
    int i = pos;
    recStart = i;
    nFields = 0;
    problem = null;
    problemField = -1;
    int lines = 1;
    int firstEnd = -1;
    int afterFirst = -1;
    while (true) {
      // at the start of a field
      int field = nFields;
      ensureFieldCapacity(field + 1);
      nFields = field + 1;
      fQuoted[field] = false;
      fEscaped[field] = false;
      if (i < lim && b[i] == '"') {
        fQuoted[field] = true;
        int start = i + 1;
        int j = start;
        boolean escaped = false;
        int end;
        while (true) {
          if (j >= lim) {
            if (!eof) {
              return false;
            }
            end = j;
            markProblem(Problem.UNTERMINATED_QUOTE, field);
            fStart[field] = start;
            fEnd[field] = end;
            fEscaped[field] = escaped;
            return endRecord(j, j, lines, firstEnd, afterFirst);
          }
          char c = b[j];
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
          if (c == '\n' || c == '\r') {
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
            continue;
          }
          j++;
        }
        fStart[field] = start;
        fEnd[field] = end;
        fEscaped[field] = escaped;
        i = j;
        // after the closing quote: a comma, a line end or the end of input
        if (i < lim && b[i] != ',' && b[i] != '\n' && b[i] != '\r') {
          markProblem(Problem.TEXT_AFTER_QUOTE, field);
          while (i < lim && b[i] != ',' && b[i] != '\n' && b[i] != '\r') {
            i++;
          }
          fEnd[field] = i;
        }
      } else {
        int start = i;
        while (i < lim) {
          char c = b[i];
          if (c == ',' || c == '\n' || c == '\r') {
            break;
          }
          i++;
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
      char c = b[i];
      if (c == ',') {
        i++;
        continue;
      }
      // a line end
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
   * Handles a record longer than the maximal length: the buffer holds {@code maxRecordChars + 2}
   * chars of it and no end. Returns its first physical line when it has a line break, otherwise skips
   * the over-long line and returns a record holding its first chars.
   */
  private void tooLong() throws IOException {
    recLine = nextLine;
    problem = Problem.TOO_LONG;
    problemField = -1;
    nFields = 0;
    recLines = 1;
    nextLine = recLine + 1;
    int lineEnd = -1;
    for (int i = 0; i < limit; i++) {
      if (buf[i] == '\n' || buf[i] == '\r') {
        lineEnd = i;
        break;
      }
    }
    if (lineEnd >= 0) {
      // inside an open quote: return the first physical line
      cut = true;
      recStart = 0;
      recEnd = lineEnd;
      pos = skipLineEnd(lineEnd);
      firstLineEnd = recEnd;
      afterFirstLine = pos;
      return;
    }
    // one physical line longer than the buffer: keep its start, skip the rest
    oversizedRaw = new String(buf, 0, Math.min(limit, RAW_TEXT_LIMIT)) + "...";
    while (true) {
      pos = 0;
      limit = 0;
      if (!fill()) {
        break;
      }
      int i = 0;
      while (i < limit && buf[i] != '\n' && buf[i] != '\r') {
        i++;
      }
      if (i < limit) {
        pos = skipLineEnd(i);
        break;
      }
    }
    recStart = pos;
    recEnd = pos;
    firstLineEnd = pos;
    afterFirstLine = pos;
  }

  /** Returns the offset after the line terminator at {@code i}; remembers a CR at the buffer's end. */
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
   * Makes the current record its first physical line only and resumes scanning after that line. Does
   * nothing for a record of one physical line. Must be called before the next {@link #next()}.
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

  /** Returns whether the current record was cut to its first physical line. */
  boolean wasCut() {
    return cut;
  }

  /** Returns the physical line where the current record starts, from 1. */
  long line() {
    return recLine;
  }

  /** Returns how many physical lines the current record spans. */
  int physicalLines() {
    return recLines;
  }

  /** Returns the number of fields; zero for a record cut to its first line. */
  int size() {
    return nFields;
  }

  /** Returns the structural problem of the current record, or {@code null}. */
  Problem problem() {
    return problem;
  }

  /** Returns the index of the field with the problem, or -1 when it concerns the whole record. */
  int problemField() {
    return problemField;
  }

  /** Returns the buffer the offsets point into. */
  char[] buffer() {
    return buf;
  }

  /** Returns the offset of the first char of field {@code i}'s content (inside quotes). */
  int start(int i) {
    return fStart[i];
  }

  /** Returns the offset after the last char of field {@code i}'s content (inside quotes). */
  int end(int i) {
    return fEnd[i];
  }

  /** Returns whether field {@code i} holds doubled quotes, so its buffer chars are not its text. */
  boolean isEscaped(int i) {
    return fEscaped[i];
  }

  /** Returns the text of field {@code i}, with doubled quotes undone. */
  String field(int i) {
    int s = fStart[i];
    int e = fEnd[i];
    if (!fEscaped[i]) {
      return new String(buf, s, e - s);
    }
    StringBuilder sb = new StringBuilder(e - s);
    for (int k = s; k < e; k++) {
      char c = buf[k];
      sb.append(c);
      if (c == '"' && k + 1 < e && buf[k + 1] == '"') {
        k++;
      }
    }
    return sb.toString();
  }

  /** Returns whether field {@code i} is empty or only white space. */
  boolean isBlank(int i) {
    for (int k = fStart[i], e = fEnd[i]; k < e; k++) {
      if (!Character.isWhitespace(buf[k])) {
        return false;
      }
    }
    return true;
  }

  /** Returns whether the record is a line with nothing but white space on it. */
  boolean isBlankLine() {
    return problem == null && nFields == 1 && !fQuoted[0] && isBlank(0);
  }

  /** Returns the record's text as read, without its final line terminator. */
  String rawText() {
    if (oversizedRaw != null) {
      return oversizedRaw;
    }
    return new String(buf, recStart, recEnd - recStart);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private void ensureFieldCapacity(int n) {
    if (n > fStart.length) {
      int size = Math.max(n, fStart.length * 2);
      fStart = Arrays.copyOf(fStart, size);
      fEnd = Arrays.copyOf(fEnd, size);
      fQuoted = Arrays.copyOf(fQuoted, size);
      fEscaped = Arrays.copyOf(fEscaped, size);
    }
  }

  /** Moves the current record to the start of the buffer. */
  private void compact() {
    int keep = limit - recStart;
    System.arraycopy(buf, recStart, buf, 0, keep);
    limit = keep;
    recStart = 0;
    pos = 0;
  }

  /**
   * Reads more input into the free end of the buffer until it is full or the input ends, so that a
   * record longer than one read is scanned again only once per buffer, not once per read; returns
   * false when nothing more could be read.
   */
  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int before = limit;
    while (limit < buf.length) {
      int n = in.read(buf, limit, buf.length - limit);
      if (n < 0) {
        eof = true;
        break;
      }
      limit += n;
    }
    return limit > before;
  }

}
