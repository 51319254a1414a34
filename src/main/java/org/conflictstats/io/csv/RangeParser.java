package org.conflictstats.io.csv;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import org.conflictstats.internal.Utf8;
import org.conflictstats.io.FileLocation;
import org.conflictstats.io.ImportMode;
import org.conflictstats.io.RejectedRow;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.Source;
import org.conflictstats.model.WeaponLine;

/**
 * The reading loop of the Air Force CSV reader: records from the {@link RecordScanner}, rows checked
 * against the header, mapped by the {@link RowMapper}, assembled by the {@link ReportWindow}. The same
 * loop reads a whole stream, or one byte range of a file on one of several threads; rejected rows go
 * to a consumer as they are met. Not thread-safe.
 */
final class RangeParser {

  private final String file;
  private final Header header;
  private final RowMapper mapper;
  private final ReportWindow window;
  private final ZoneId zone;
  private final boolean strict;
  private final Consumer<RejectedRow> onRejected;
  private final SourceCache sources = new SourceCache();
  private final Times times = new Times();
  private final int cStart;
  private final int cEnd;
  private final int cSource;

  private long accepted;
  private long rejected;
  private long blankLines;
  private long multiLine;
  private long firstMultiLineLine;
  private long headersAgain;
  private long firstHeaderAgainLine;
  /**
   * The line of a header row of other columns but the first header's width (columns swapped, as
   * {@code cat} of two files leaves it), whose rows are rejected up to the first header's row given
   * again; 0 when none is in force.
   */
  private long otherHeaderLine;

  // the key cells of the previous accepted row, to skip reading them again
  private byte[] prevKeyCells = new byte[256];
  private int prevKeyLength = -1;
  private ReportKey prevKey;
  private ReportPeriod prevPeriod;
  private Source prevSource;

  RangeParser(String file, Header header, RowMapper mapper, ReportWindow window, ZoneId zone,
      ImportMode mode, Consumer<RejectedRow> onRejected) {
    this.file = file;
    this.header = header;
    this.mapper = mapper;
    this.window = window;
    this.zone = zone;
    this.strict = mode == ImportMode.STRICT;
    this.onRejected = onRejected;
    this.cStart = header.at(Column.TIME_START);
    this.cEnd = header.at(Column.TIME_END);
    this.cSource = header.at(Column.SOURCE);
  }

  /**
   * Reads records until the scanner's end or stop offset.
   *
   * @return {@code false} when strict mode met a bad row and stopped there
   * @throws IOException if reading fails
   */
  boolean run(RecordScanner s) throws IOException {
    while (s.next()) {
      if (s.isBlankLine()) {
        blankLines++;
        continue;
      }
      if (!row(s) && strict) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads the next record, if any.
   *
   * @return {@code false} at the scanner's end or stop offset
   * @throws IOException if reading fails
   */
  boolean step(RecordScanner s) throws IOException {
    if (!s.next()) {
      return false;
    }
    if (s.isBlankLine()) {
      blankLines++;
    } else {
      row(s);
    }
    return true;
  }

  /** Reads one record; returns false when it was rejected. */
  private boolean row(RecordScanner s) {
    if (s.problem() != null) {
      String field = s.problemField() >= 0 ? header.nameOfCell(s.problemField()) : null;
      reject(new RejectedRow(location(s), Optional.ofNullable(field), rawText(s),
          problemText(s, header)));
      return false;
    }
    if (s.size() != header.width) {
      int found = s.size();
      int lines = s.physicalLines();
      if (headerRow(s) == HeaderRow.OTHER) {
        // a header of another width: rejected there, as a header of the same width is
      } else if (lines > 1) {
        s.cutToFirstLine();
        reject(RejectedRow.ofRow(location(s), rawText(s), "row has " + found + " cells over "
            + lines + " lines but the header has " + header.width + ": a quote opened on this line"
            + " is not closed where it should be; the lines after this one are read again"));
      } else if (found < header.width) {
        reject(RejectedRow.of(location(s), header.nameOfCell(found), rawText(s), "row has "
            + found + " cells but the header has " + header.width + ": no cell for column '"
            + header.nameOfCell(found) + "'"));
      } else {
        // the first cell beyond the header names the fault: a stray delimiter before it, mostly
        int extra = header.width;
        byte[] raw = s.cellBytes(extra);
        String cell = RowMapper.abbreviate(ByteCells.escaped(raw, 0, raw.length));
        int more = found - extra - 1;
        reject(RejectedRow.of(location(s), header.nameOfCell(extra), rawText(s), "row has "
            + found + " cells but the header has " + header.width + ": no column for "
            + header.nameOfCell(extra) + " ('" + cell + "')"
            + (more == 0 ? "" : more == 1 ? " nor the cell after it" : " nor the " + more
                + " cells after it")));
      }
      return false;
    }
    if (otherHeaderLine != 0) {
      return afterOtherHeader(s);
    }
    if (s.physicalLines() > 1) {
      if (cStart == 0 && rejectedAsStrayQuote(s)) {
        return false;
      }
      // a whole record over several lines: a line break in a quoted cell, which no published
      // file has, kept and said in one warning (where time_start is not the first column, stray
      // quotes come here too)
      multiLine++;
      if (firstMultiLineLine == 0) {
        firstMultiLineLine = s.line();
      }
    }
    if (!s.isUtf8()) {
      for (int i = 0; i < s.size(); i++) {
        if (!Utf8.isWellFormed(s.buffer(), s.start(i), s.end(i))) {
          reject(RejectedRow.of(location(s), header.nameOfCell(i), rawText(s), "column '"
              + header.nameOfCell(i) + "': not valid UTF-8: '"
              + RowMapper.abbreviate(ByteCells.escaped(s.buffer(), s.start(i), s.end(i))) + "'"));
          return false;
        }
      }
    }
    try {
      key(s);
      WeaponLine line = mapper.line(s);
      window.add(prevKey, prevPeriod, prevSource, mapper.target(), line, location(s),
          s.recordHash());
      accepted++;
      return true;
    } catch (CellException e) {
      HeaderRow asHeader = headerRow(s);
      if (asHeader == HeaderRow.NONE) {
        reject(RejectedRow.of(location(s), e.column, rawText(s), e.getMessage()));
      }
      return asHeader == HeaderRow.SAME;
    }
  }

  /** What {@link #headerRow} made of a record. */
  private enum HeaderRow {
    /** Not a header row. */
    NONE,
    /** The first header's row given again: skipped, counted. */
    SAME,
    /** A header row of other columns: rejected. */
    OTHER
  }

  /**
   * Reads a record of the header's width after a header row of other columns of that width: the
   * first header's row given again ends the rule; every other record is rejected, its cells not
   * being in the first header's columns (review rv49d: they were read in them, columns swapped).
   */
  private boolean afterOtherHeader(RecordScanner s) {
    HeaderRow asHeader = headerRow(s);
    if (asHeader != HeaderRow.NONE) {
      return asHeader == HeaderRow.SAME;
    }
    reject(RejectedRow.ofRow(location(s), rawText(s), "follows the header row of other columns"
        + " at line " + otherHeaderLine + ", and no row of the first header's since: its cells may"
        + " be in other columns; read the files one by one"));
    return false;
  }

  /**
   * Handles a record of one line that is a header row: the first header's again is skipped and
   * counted (not a row, said in one warning), one of other columns is rejected. A record whose
   * first cell starts with a digit (a date) is no header row, and is not looked at further: after
   * a header row of other columns every row is asked.
   */
  private HeaderRow headerRow(RecordScanner s) {
    int first = s.start(0);
    if (s.physicalLines() != 1 || first < s.end(0) && s.buffer()[first] >= '0'
        && s.buffer()[first] <= '9') {
      return HeaderRow.NONE;
    }
    Optional<Header> again = headerAgain(s);
    if (again.isEmpty()) {
      return HeaderRow.NONE;
    }
    if (again.get().sameColumns(header)) {
      // the header row again, as cat a.csv b.csv leaves it: not a row, said in one warning
      headersAgain++;
      if (firstHeaderAgainLine == 0) {
        firstHeaderAgainLine = s.line();
      }
      otherHeaderLine = 0;
      return HeaderRow.SAME;
    }
    rejectOtherHeader(s);
    return HeaderRow.OTHER;
  }

  /**
   * The record read as a header row, when it is one (its required columns named, as the first
   * header's are read: case, spaces and a byte order mark before its first cell, quoted or not,
   * aside); else empty. Asked of a record that is no row (its key cells, or its number of cells,
   * wrong), so it costs a good row nothing, and after a header row of other columns.
   */
  private static Optional<Header> headerAgain(RecordScanner s) {
    String[] names = Header.of(s).names.clone();
    String first = names[0];
    if (first.startsWith("\uFEFF")) {
      first = first.substring(1).strip();
      if (first.length() >= 2 && first.startsWith("\"") && first.endsWith("\"")) {
        // after the mark the scanner saw no quote opening the cell
        first = first.substring(1, first.length() - 1).replace("\"\"", "\"");
      }
      names[0] = first;
    }
    Header again = Header.of(Arrays.asList(names));
    return again.isUsable() ? Optional.of(again) : Optional.empty();
  }

  /**
   * Rejects a header row of other columns than the first header's: one layout a file. Rows of
   * its width, when it differs, are rejected for their number of cells; after one of the same width
   * (columns swapped) every row is rejected up to the first header's row given again.
   */
  private void rejectOtherHeader(RecordScanner s) {
    boolean sameWidth = s.size() == header.width;
    if (sameWidth) {
      otherHeaderLine = s.line();
    }
    // under the 200 characters a message echoes (review rv49e: the advice was cut)
    reject(RejectedRow.ofRow(location(s), rawText(s), "a header row of other columns than the"
        + " first header's (files of two layouts joined?): " + (sameWidth ? "the rows after it"
        + " are rejected, up to the first header's row given again" : "rows of its width are"
        + " rejected") + "; read the files one by one"));
  }

  /**
   * Rejects a record over several lines of which a later line starts as a row does, with a date:
   * two stray quotes made one row of the rows between them, its cells by chance as many as the
   * header's (review rv48b: rows lost without a rejected row). Its first line is rejected and the
   * lines after it are read again; returns whether it was.
   */
  private boolean rejectedAsStrayQuote(RecordScanner s) {
    int row = s.laterLineStartingWithDate();
    if (row == 0) {
      return false;
    }
    int lines = s.physicalLines();
    s.cutToFirstLine();
    reject(RejectedRow.ofRow(location(s), rawText(s), "a quote opened on this line is closed "
        + (lines - 1) + (lines == 2 ? " line" : " lines") + " later, making one row of " + lines
        + " lines, and line " + (s.line() + row - 1) + " starts a row of its own (a date): a"
        + " stray quote; the lines after this one are read again"));
    return true;
  }

  /** Counts and hands on a rejected row; in strict mode the caller throws, in file order. */
  private void reject(RejectedRow row) {
    rejected++;
    onRejected.accept(row);
  }

  /** Reads the row's key (period and source) unless its cells repeat the previous row's. */
  private void key(RecordScanner s) throws CellException {
    byte[] b = s.buffer();
    int ls = s.end(cStart) - s.start(cStart);
    int le = s.end(cEnd) - s.start(cEnd);
    int lsrc = cSource < 0 ? 0 : s.end(cSource) - s.start(cSource);
    int total = ls + le + lsrc + 2;
    boolean plain = !s.isEscaped(cStart) && !s.isEscaped(cEnd)
        && (cSource < 0 || !s.isEscaped(cSource));
    if (plain && total == prevKeyLength
        && Arrays.equals(prevKeyCells, 0, ls, b, s.start(cStart), s.end(cStart))
        && Arrays.equals(prevKeyCells, ls + 1, ls + 1 + le, b, s.start(cEnd), s.end(cEnd))
        && (cSource < 0 || Arrays.equals(prevKeyCells, ls + le + 2, total, b, s.start(cSource),
            s.end(cSource)))) {
      return;
    }
    long start = time(s, cStart, Column.TIME_START);
    long end = time(s, cEnd, Column.TIME_END);
    Source source = source(s);
    ReportKey key = new ReportKey(start, end, source.address().orElse(source.name()));
    prevPeriod = prevKey != null && prevKey.start() == start && prevKey.end() == end ? prevPeriod
        : new ReportPeriod(times.of(start), times.of(end), zone);
    prevKey = key;
    prevSource = source;
    if (plain) {
      if (prevKeyCells.length < total) {
        prevKeyCells = new byte[Math.max(total, prevKeyCells.length * 2)];
      }
      System.arraycopy(b, s.start(cStart), prevKeyCells, 0, ls);
      System.arraycopy(b, s.start(cEnd), prevKeyCells, ls + 1, le);
      if (cSource >= 0) {
        System.arraycopy(b, s.start(cSource), prevKeyCells, ls + le + 2, lsrc);
      }
      prevKeyLength = total;
    } else {
      prevKeyLength = -1;
    }
  }

  private long time(RecordScanner s, int cell, Column c) throws CellException {
    long t = s.isEscaped(cell) ? ByteCells.NOT_A_TIME
        : ByteCells.time(s.buffer(), s.start(cell), s.end(cell));
    if (t >= 0) {
      return t;
    }
    byte[] raw = s.cellBytes(cell);
    throw new CellException(c.header, ByteCells.timeProblem(t,
        RowMapper.abbreviate(ByteCells.escaped(raw, 0, raw.length).strip())));
  }

  private Source source(RecordScanner s) throws CellException {
    if (cSource < 0) {
      return Source.unknown();
    }
    byte[] b = s.buffer();
    int st = s.start(cSource);
    int en = s.end(cSource);
    if (s.isEscaped(cSource)) {
      return Source.parse(ByteCells.stripped(s.cellBytes(cSource), 0,
          s.cellBytes(cSource).length));
    }
    while (st < en && (b[st] & 0xFF) <= ' ') {
      st++;
    }
    while (en > st && (b[en - 1] & 0xFF) <= ' ') {
      en--;
    }
    return sources.of(b, st, en);
  }

  /**
   * Packed times to {@link ReportTime}s, through small caches: the last time of each slot, the date
   * of each slot, and the 1,440 times of day shared by all.
   */
  static final class Times {
    private static final LocalTime[] MINUTES = new LocalTime[1440];

    static {
      for (int i = 0; i < MINUTES.length; i++) {
        MINUTES[i] = LocalTime.of(i / 60, i % 60);
      }
    }

    private final long[] packedKeys = new long[1024];
    private final ReportTime[] packedTimes = new ReportTime[1024];
    private final long[] dayKeys = new long[512];
    private final LocalDate[] dates = new LocalDate[512];

    ReportTime of(long packed) {
      int slot = (int) (packed ^ (packed >>> 17)) & 1023;
      ReportTime t = packedTimes[slot];
      if (t != null && packedKeys[slot] == packed) {
        return t;
      }
      long day = ByteCells.packedDay(packed);
      int ds = (int) day & 511;
      LocalDate date = dates[ds];
      if (date == null || dayKeys[ds] != day) {
        date = LocalDate.ofEpochDay(day);
        dates[ds] = date;
        dayKeys[ds] = day;
      }
      int m = ByteCells.packedMinute(packed);
      t = m < 0 ? ReportTime.ofDate(date) : ReportTime.ofMinute(LocalDateTime.of(date, MINUTES[m]));
      packedTimes[slot] = t;
      packedKeys[slot] = packed;
      return t;
    }
  }

  private FileLocation location(RecordScanner s) {
    return FileLocation.of(file, s.line());
  }

  static String rawText(RecordScanner s) {
    byte[] raw = s.rawBytes();
    String text = ByteCells.escaped(raw, 0, raw.length);
    return s.rawTextCut() ? text + "..." : text;
  }

  static String problemText(RecordScanner s, Header h) {
    String where = s.problemField() >= 0
        ? " in " + (h == null ? "cell " + (s.problemField() + 1)
            : "column '" + h.nameOfCell(s.problemField()) + "'")
        : "";
    String then = s.wasCut() ? "; the lines after this one are read again" : "";
    switch (s.problem()) {
      case UNTERMINATED_QUOTE:
        return (s.wasCut() ? "quoted field" + where + " is not closed"
            : "quoted field" + where + " is not closed before the end of the file") + then;
      case TEXT_AFTER_QUOTE:
        return "text after the closing quote" + where + then;
      default:
        return "row longer than " + RecordScanner.MAX_RECORD_BYTES
            + " bytes (an unclosed quote?)" + then;
    }
  }

  long accepted() {
    return accepted;
  }

  long rejected() {
    return rejected;
  }

  long blankLines() {
    return blankLines;
  }

  /**
   * The rows read whole over more than one physical line (accepted, or rejected for a cell's
   * value): each holds a line break inside a quoted cell.
   */
  long multiLine() {
    return multiLine;
  }

  /** The line of the first of {@link #multiLine()}, or 0 when there is none. */
  long firstMultiLineLine() {
    return firstMultiLineLine;
  }

  /** The records skipped as the header row again ({@link #headerAgain}, the same columns). */
  long headersAgain() {
    return headersAgain;
  }

  /** The line of the first of {@link #headersAgain()}, or 0 when there is none. */
  long firstHeaderAgainLine() {
    return firstHeaderAgainLine;
  }

  /**
   * The line of the header row of other columns in force at the end of the records read (its rows
   * rejected), or 0 when there is none.
   */
  long otherHeaderLine() {
    return otherHeaderLine;
  }

  /**
   * Reads on after a header row of other columns at {@code line} (0: none), as a range read in
   * order after the one that ended with it does.
   */
  void resumeAfterOtherHeader(long line) {
    otherHeaderLine = line;
  }

  ReportWindow window() {
    return window;
  }

  RowMapper mapper() {
    return mapper;
  }
}
