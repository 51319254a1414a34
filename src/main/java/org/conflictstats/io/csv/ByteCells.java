package org.conflictstats.io.csv;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.conflictstats.internal.Swar;
import org.conflictstats.internal.Utf8;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.ReportTimeParseException;

/**
 * Reads the Air Force CSV's cell values straight from UTF-8 bytes: counts, times and text. The one
 * decoder of the reader: every path (one thread or many, a file or a stream) reads cells here.
 *
 * <p>Counts: blank or {@code NaN} (any case) is unknown; {@code 0} and {@code 0.0} are exact zero;
 * {@code 93}, {@code 93.} and {@code 93.0} are 93; surrounding white space is ignored. Anything else
 * ({@code 93.5}, {@code -3}, {@code abc}, {@code 1e3}, more than {@link #MAX_COUNT}) is an error.
 *
 * <p>Times: the grammar of {@link ReportTime#parse} (the one grammar of a report time; the usual
 * {@code 2025-04-16 20:00} and {@code 2025-04-17} are read from the bytes directly, every other
 * form by that grammar):
 * {@code 2025-04-16 20:00}, {@code 2025-04-16T20:00}, a one-digit hour
 * ({@code 2023-05-16 3:30}), optional seconds that must be {@code :00} (with an optional fraction of
 * zeros), or a date alone ({@code 2025-04-17}); surrounding white space is ignored. A time is packed
 * into a {@code long} ({@link #packedDay}, {@link #packedMinute}); years outside 1900-2200 are
 * refused, as are seconds other than zero (the model keeps minutes: a dropped second would change
 * the input silently).
 */
final class ByteCells {

  /**
   * The largest count a cell may hold. Real counts are in the thousands; a billion weapons in one
   * line is a broken cell, and the cap keeps every sum over any input far from {@code long}
   * overflow.
   */
  static final long MAX_COUNT = org.conflictstats.model.InputLimits.MAX_COUNT;

  /** The count is unknown (blank or NaN). */
  static final long UNKNOWN = -1;
  /** Not a count at all. */
  static final long NOT_A_COUNT = -2;
  /** A negative number. */
  static final long NEGATIVE = -3;
  /** A number with a fraction. */
  static final long NOT_WHOLE = -4;
  /** More than {@link #MAX_COUNT}. */
  static final long TOO_LARGE = -5;

  /** Not a date or time at all. */
  static final long NOT_A_TIME = -1;
  /** Shaped like a date or time, but no such date or time. */
  static final long NO_SUCH_TIME = -2;
  /** A time with seconds other than zero. */
  static final long SECONDS = -3;
  /** A year outside 1900-2200. */
  static final long YEAR_OUT_OF_RANGE = -4;

  /** The earliest and latest years a time may have. */
  static final int FIRST_YEAR = org.conflictstats.model.InputLimits.FIRST_YEAR;
  static final int LAST_YEAR = org.conflictstats.model.InputLimits.LAST_YEAR;

  /** The minute-of-day slot of a packed date-only time. */
  private static final int DATE_ONLY = 2047;
  private static final long DAY_BIAS = 1_000_000;

  private static final long ZEROS = 0x3030303030303030L;

  private ByteCells() {}

  // ---- counts --------------------------------------------------------------------------------------

  /** Reads a count: its value, or {@link #UNKNOWN}, or one of the negative error codes. */
  static long count(byte[] b, int s, int e) {
    int len = e - s;
    if (len > 0 && len <= 8 && s + 8 <= b.length) {
      long v = plainCount(b, s, len);
      if (v >= 0) {
        return v;
      }
    }
    while (s < e && (b[s] & 0xFF) <= ' ') {
      s++;
    }
    while (e > s && (b[e - 1] & 0xFF) <= ' ') {
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

  /**
   * The usual count of 1 to 8 bytes ({@code 38}, {@code 38.0}, {@code 38.}) read 8 bytes at a time;
   * the array must hold 8 bytes from {@code s}. Returns -1 for anything else, which {@link #count}
   * then reads byte by byte.
   */
  private static long plainCount(byte[] b, int s, int n) {
    long m = n == 8 ? -1L : (1L << (n << 3)) - 1;
    long x = (Swar.word(b, s) ^ ZEROS) & m; // digits become 0 to 9
    // the high bit of each byte that is not a digit (bytes past the cell are 0: digits)
    long notDigit = (((x & Swar.LOW7) + 0x7676767676767676L) | x) & Swar.HIGH;
    int i = Long.numberOfTrailingZeros(notDigit) >>> 3; // the first non-digit; 8 when none
    if (i == 0) {
      return -1;
    }
    if (i < n) {
      long after = x >>> (i << 3);
      if ((after & 0xFF) != ('.' ^ '0')) {
        return -1;
      }
      // after the point: only zeros (now 0 bytes) up to the cell's end
      if ((after >>> 8) != 0) {
        return -1;
      }
    } else {
      i = n;
    }
    long d = x << ((8 - i) << 3);
    d = (d * 10 + (d >>> 8)) & 0x00FF00FF00FF00FFL;
    d = (d * 100 + (d >>> 16)) & 0x0000FFFF0000FFFFL;
    return (d * 10000 + (d >>> 32)) & 0xFFFFFFFFL;
  }

  /** The reason a count code gives, for messages. */
  static String countProblem(long code) {
    if (code == NEGATIVE) {
      return "negative count";
    } else if (code == NOT_WHOLE) {
      return "not a whole number";
    } else if (code == TOO_LARGE) {
      return "count out of range (at most " + MAX_COUNT + ")";
    }
    return "not a count";
  }

  // ---- times ---------------------------------------------------------------------------------------

  /**
   * Reads a time: packed (zero or more), or one of the negative error codes. The two forms of
   * nearly every cell of the dataset (in the 2026-02 file 3,410 and 3,337 of 6,756 time cells),
   * {@code 2025-04-16 20:00} and {@code 2025-04-17}, are read from the bytes here, with no object
   * made; every other cell by the model's grammar ({@link #timeSlowly}). {@code ByteCellsProperties}
   * holds both to one oracle.
   */
  static long time(byte[] b, int s, int e) {
    int n = e - s;
    if ((n == 16 || n == 10) && b[s + 4] == '-' && b[s + 7] == '-'
        && (n == 10 || b[s + 10] == ' ' && b[s + 13] == ':')) {
      // "2025-04-16 20:00" or "2025-04-17"
      int y = d(b, s) * 1000 + d(b, s + 1) * 100 + d(b, s + 2) * 10 + d(b, s + 3);
      int mo = d(b, s + 5) * 10 + d(b, s + 6);
      int dd = d(b, s + 8) * 10 + d(b, s + 9);
      int h = n == 10 ? 0 : d(b, s + 11) * 10 + d(b, s + 12);
      int mi = n == 10 ? 0 : d(b, s + 14) * 10 + d(b, s + 15);
      if ((y | mo | dd | h | mi) >= 0 && y >= FIRST_YEAR && y <= LAST_YEAR && mo >= 1 && mo <= 12
          && dd >= 1 && dd <= lengthOfMonth(y, mo) && h <= 23 && mi <= 59) {
        return pack(epochDay(y, mo, dd), n == 10 ? DATE_ONLY : h * 60 + mi);
      }
    }
    return timeSlowly(b, s, e);
  }

  private static int d(byte[] b, int i) {
    int v = b[i] - '0';
    return v >= 0 && v <= 9 ? v : -100_000;
  }

  /**
   * Every other cell: the model's grammar of a report time ({@link ReportTime#parse}, the one
   * grammar; the bytes as ISO-8859-1, so that any byte beyond ASCII is a character the grammar
   * refuses, as it refuses its UTF-8 text), then the readers' years.
   */
  private static long timeSlowly(byte[] b, int s, int e) {
    ReportTime t;
    try {
      t = ReportTime.parse(new String(b, s, e - s, StandardCharsets.ISO_8859_1));
    } catch (ReportTimeParseException x) {
      switch (x.problem()) {
        case NO_SUCH_TIME:
          return NO_SUCH_TIME;
        case SECONDS:
          return SECONDS;
        default:
          return NOT_A_TIME;
      }
    }
    int year = t.date().getYear();
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      return YEAR_OUT_OF_RANGE;
    }
    LocalDateTime at = t.dateTime();
    return pack(at.toLocalDate().toEpochDay(),
        t.isDateOnly() ? DATE_ONLY : at.getHour() * 60 + at.getMinute());
  }

  /** The reason a time code gives, for messages; {@code text} is the cell as written. */
  static String timeProblem(long code, String text) {
    if (text.isEmpty()) {
      return "time is blank";
    }
    if (code == NO_SUCH_TIME) {
      return "no such date or time: '" + text + "'";
    } else if (code == SECONDS) {
      return "time has seconds, which the reader does not keep (write minutes): '" + text + "'";
    } else if (code == YEAR_OUT_OF_RANGE) {
      return "year outside " + FIRST_YEAR + "-" + LAST_YEAR + ": '" + text + "'";
    }
    return "not a date or date-time (yyyy-mm-dd or yyyy-mm-dd hh:mm): '" + text + "'";
  }

  private static long pack(long epochDay, int minuteOfDay) {
    return ((epochDay + DAY_BIAS) << 11) | minuteOfDay;
  }

  /** The local date (epoch day) of a packed time. */
  static long packedDay(long packed) {
    return (packed >>> 11) - DAY_BIAS;
  }

  /** The minute of the day of a packed time, or -1 for a date alone. */
  static int packedMinute(long packed) {
    int m = (int) (packed & DATE_ONLY);
    return m == DATE_ONLY ? -1 : m;
  }

  /** Days since 1970-01-01 of a valid date, as {@code LocalDate.toEpochDay()} computes them. */
  static long epochDay(long y, int m, int d) {
    long total = 365 * y;
    if (y >= 0) {
      total += (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
    } else {
      total -= y / -4 - y / -100 + y / -400;
    }
    total += (367 * m - 362) / 12;
    total += d - 1;
    if (m > 2) {
      total--;
      if (!(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))) {
        total--;
      }
    }
    return total - 719528;
  }

  private static int lengthOfMonth(int year, int month) {
    switch (month) {
      case 2:
        return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  // ---- text ----------------------------------------------------------------------------------------

  /** The text of the bytes, which must be well-formed UTF-8, with white space stripped. */
  static String stripped(byte[] b, int s, int e) {
    while (s < e && (b[s] & 0xFF) <= ' ') {
      s++;
    }
    while (e > s && (b[e - 1] & 0xFF) <= ' ') {
      e--;
    }
    if (s == e) {
      return "";
    }
    String t = new String(b, s, e - s, StandardCharsets.UTF_8);
    // white space beyond ASCII (a no-break space, say) is stripped as String.strip() does
    return t.strip();
  }

  /**
   * The text of bytes that may not be UTF-8, for messages: each byte outside a well-formed sequence is
   * shown as {@code \xNN}.
   */
  static String escaped(byte[] b, int s, int e) {
    StringBuilder out = new StringBuilder(e - s);
    int i = s;
    int run = s;
    while (i < e) {
      int n = Utf8.sequenceLength(b, i, e);
      if (n > 0) {
        i += n;
        continue;
      }
      out.append(new String(b, run, i - run, StandardCharsets.UTF_8));
      out.append(String.format("\\x%02X", b[i] & 0xFF));
      i++;
      run = i;
    }
    out.append(new String(b, run, e - run, StandardCharsets.UTF_8));
    return out.toString();
  }
}
