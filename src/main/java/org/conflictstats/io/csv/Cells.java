package org.conflictstats.io.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Pattern;
import org.conflictstats.model.Count;
import org.conflictstats.model.ReportTime;

/**
 * Reads the Air Force CSV's counts and times straight from the tokenizer's buffer, without regular
 * expressions and, for good cells, without making a {@code String}.
 *
 * <p>Counts: blank or {@code NaN} is {@link Count#unknown()}; {@code 0} and {@code 0.0} are exact
 * zero; {@code 93} and {@code 93.0} are exact 93. Anything else ({@code 93.5}, {@code -3},
 * {@code abc}, {@code 1e400}, a number beyond a {@code long}) is an error naming the column.
 *
 * <p>Times: {@code 2025-04-16 20:00}, {@code 2025-04-16T20:00}, {@code 2023-05-16 3:30} (one-digit
 * hour), with optional seconds ({@code 20:00:00}, fractions ignored), or a date alone
 * ({@code 2025-04-17}); surrounding white space is ignored. A regular expression runs only to word
 * the message of a bad time.
 */
final class Cells {

  /** The shape of a time, to tell an impossible date from text that is no date (errors only). */
  private static final Pattern TIME_SHAPE =
      Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}([ T]+\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?");

  private static final long UNKNOWN = -1;
  private static final long NOT_A_COUNT = -2;
  private static final long NEGATIVE = -3;
  private static final long NOT_WHOLE = -4;
  private static final long TOO_LARGE = -5;

  /**
   * The largest count a cell may hold. Real counts are in the thousands; a billion weapons in one
   * line is a broken cell, and the cap keeps every sum over a file far from {@code long} overflow.
   */
  static final long MAX_COUNT = 1_000_000_000L;

  private Cells() {}

  /** Reads a count cell. */
  static Count count(CsvTokenizer tok, int cell, String column) throws CellException {
    long v = tok.isEscaped(cell) ? NOT_A_COUNT : parse(tok.buffer(), tok.start(cell), tok.end(cell));
    if (v >= 0) {
      return Count.exactly(v);
    }
    if (v == UNKNOWN) {
      return Count.unknown();
    }
    throw countError(column, tok.field(cell).strip(), v);
  }

  /** Reads a count written as text, such as a value in a dict cell. */
  static Count count(String text, String column) throws CellException {
    char[] c = text.toCharArray();
    long v = parse(c, 0, c.length);
    if (v >= 0) {
      return Count.exactly(v);
    }
    if (v == UNKNOWN) {
      return Count.unknown();
    }
    throw countError(column, text.strip(), v);
  }

  private static CellException countError(String column, String text, long code) {
    String what;
    if (code == NEGATIVE) {
      what = "negative count";
    } else if (code == NOT_WHOLE) {
      what = "not a whole number";
    } else if (code == TOO_LARGE) {
      what = "count out of range (at most " + MAX_COUNT + ")";
    } else {
      what = "not a count";
    }
    return new CellException(column, what + ": '" + text + "'");
  }

  /** Returns the count, or one of the negative codes. */
  private static long parse(char[] b, int s, int e) {
    while (s < e && b[s] <= ' ') {
      s++;
    }
    while (e > s && b[e - 1] <= ' ') {
      e--;
    }
    if (s == e) {
      return UNKNOWN;
    }
    if (e - s == 3 && (b[s] | 0x20) == 'n' && (b[s + 1] | 0x20) == 'a' && (b[s + 2] | 0x20) == 'n') {
      return UNKNOWN;
    }
    int i = s;
    boolean negative = false;
    if (b[i] == '-') {
      negative = true;
      i++;
    }
    if (i == e || b[i] < '0' || b[i] > '9') {
      return NOT_A_COUNT;
    }
    long v = 0;
    boolean overflow = false;
    while (i < e && b[i] >= '0' && b[i] <= '9') {
      int d = b[i] - '0';
      if (v > (Long.MAX_VALUE - d) / 10) {
        overflow = true;
      } else {
        v = v * 10 + d;
      }
      i++;
    }
    boolean fractional = false;
    if (i < e && b[i] == '.') {
      i++;
      while (i < e && b[i] >= '0' && b[i] <= '9') {
        if (b[i] != '0') {
          fractional = true;
        }
        i++;
      }
    }
    if (i != e) {
      return NOT_A_COUNT;
    }
    if (negative && (v != 0 || fractional)) {
      return NEGATIVE;
    }
    if (fractional) {
      return NOT_WHOLE;
    }
    if (overflow || v > MAX_COUNT) {
      return TOO_LARGE;
    }
    return v;
  }

  /** Reads a time cell; a blank cell is an error. */
  static ReportTime time(CsvTokenizer tok, int cell, String column) throws CellException {
    ReportTime t = tok.isEscaped(cell) ? null : time(tok.buffer(), tok.start(cell), tok.end(cell));
    if (t == null) {
      String text = tok.field(cell).strip();
      String reason;
      if (text.isEmpty()) {
        reason = "time is blank";
      } else if (TIME_SHAPE.matcher(text).matches()) {
        reason = "no such date or time: '" + text + "'";
      } else {
        reason = "not a date or date-time (yyyy-mm-dd or yyyy-mm-dd hh:mm): '" + text + "'";
      }
      throw new CellException(column, reason);
    }
    return t;
  }

  /** Reads a time written as text; {@code null} when it is not one. */
  static ReportTime time(String text) {
    char[] c = text.toCharArray();
    return time(c, 0, c.length);
  }

  private static ReportTime time(char[] b, int s, int e) {
    while (s < e && b[s] <= ' ') {
      s++;
    }
    while (e > s && b[e - 1] <= ' ') {
      e--;
    }
    int[] at = {s};
    int year = digits(b, at, e, 4, 4);
    if (year < 0 || !take(b, at, e, '-')) {
      return null;
    }
    int month = digits(b, at, e, 1, 2);
    if (month < 0 || !take(b, at, e, '-')) {
      return null;
    }
    int day = digits(b, at, e, 1, 2);
    if (day < 0) {
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.of(year, month, day);
    } catch (DateTimeException ex) {
      return null;
    }
    if (at[0] == e) {
      return ReportTime.ofDate(date);
    }
    char sep = b[at[0]];
    if (sep != ' ' && sep != 'T') {
      return null;
    }
    at[0]++;
    while (at[0] < e && b[at[0]] == ' ') {
      at[0]++;
    }
    int hour = digits(b, at, e, 1, 2);
    if (hour < 0 || !take(b, at, e, ':')) {
      return null;
    }
    int minute = digits(b, at, e, 2, 2);
    if (minute < 0) {
      return null;
    }
    if (at[0] < e && b[at[0]] == ':') {
      at[0]++;
      if (digits(b, at, e, 2, 2) < 0) {
        return null;
      }
      if (at[0] < e && b[at[0]] == '.') {
        at[0]++;
        if (digits(b, at, e, 1, 9) < 0) {
          return null;
        }
      }
    }
    if (at[0] != e) {
      return null;
    }
    try {
      return ReportTime.ofMinute(LocalDateTime.of(date.getYear(), date.getMonth(),
          date.getDayOfMonth(), hour, minute));
    } catch (DateTimeException ex) {
      return null;
    }
  }

  private static int digits(char[] b, int[] at, int e, int min, int max) {
    int i = at[0];
    int v = 0;
    int n = 0;
    while (i < e && n < max && b[i] >= '0' && b[i] <= '9') {
      v = v * 10 + (b[i] - '0');
      i++;
      n++;
    }
    if (n < min) {
      return -1;
    }
    at[0] = i;
    return v;
  }

  private static boolean take(char[] b, int[] at, int e, char c) {
    if (at[0] < e && b[at[0]] == c) {
      at[0]++;
      return true;
    }
    return false;
  }

  /** Whether the cell's chars equal the text (no String made). */
  static boolean cellEquals(CsvTokenizer tok, int cell, String text) {
    if (tok.isEscaped(cell)) {
      return tok.field(cell).equals(text);
    }
    int s = tok.start(cell);
    int n = tok.end(cell) - s;
    if (n != text.length()) {
      return false;
    }
    char[] b = tok.buffer();
    for (int k = 0; k < n; k++) {
      if (b[s + k] != text.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
