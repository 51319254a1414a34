package org.conflictstats.io.csv;

import java.time.LocalDate;

/**
 * Byte-level twins of {@link Cells} for the parallel table path: the same rules for counts and times,
 * read straight from UTF-8 bytes, plus conservative checks of the Python-literal cells. Each method
 * answers only what it is sure of: anything unusual is reported as {@link #SLOW}, and the row is then
 * read by the ordinary parser, so the two paths can never disagree.
 */
final class ByteCells {

  /** The cell is unknown (blank or NaN). */
  static final long UNKNOWN = -1;
  /** The cell is something the fast path does not decide: read the row the ordinary way. */
  static final long SLOW = -2;

  private ByteCells() {}

  static boolean blank(byte[] b, int s, int e) {
    while (s < e && (b[s] & 0xFF) <= ' ') {
      s++;
    }
    return s == e;
  }

  /**
   * Reads a count as {@link Cells#count} does: a whole number, {@code 93.0}, blank or {@code NaN}
   * (unknown), surrounding spaces ignored. Returns the value, {@link #UNKNOWN}, or {@link #SLOW} for
   * anything else (which the ordinary parser rejects or reads).
   */
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
    long v = 0;
    int n = 0;
    while (i < e && b[i] >= '0' && b[i] <= '9') {
      v = v * 10 + (b[i] - '0');
      i++;
      if (++n > 15) {
        return SLOW;
      }
    }
    if (n == 0) {
      return SLOW;
    }
    if (i < e && b[i] == '.') {
      i++;
      while (i < e && b[i] == '0') {
        i++;
      }
    }
    return i == e && v <= Cells.MAX_COUNT ? v : SLOW;
  }

  private static final long ZEROS = 0x3030303030303030L;
  private static final long HIGH = 0x8080808080808080L;
  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

  /**
   * The usual count of 1 to 8 bytes, {@code 38}, {@code 38.0} or {@code 38.}, read 8 bytes at a time
   * (the array must hold 8 bytes from {@code s}); -1 for anything else, which {@link #count} then
   * reads byte by byte.
   */
  static long plainCount(byte[] b, int s, int n) {
    long m = n == 8 ? -1L : (1L << (n << 3)) - 1;
    long x = ((long) ParallelTable.LONG.get(b, s) ^ ZEROS) & m; // digits become 0 to 9
    // the high bit of each byte that is not a digit (bytes past the cell are 0: digits)
    long notDigit = (((x & LOW7) + 0x7676767676767676L) | x) & HIGH;
    int i = Long.numberOfTrailingZeros(notDigit) >>> 3; // the first non-digit; 8 when none
    if (i == 0) {
      return -1;
    }
    if (i < n) {
      long after = x >>> (i << 3);
      if ((after & 0xFF) != ('.' ^ '0') || (after >>> 8) != 0) {
        return -1; // the only other form: a point and zeros
      }
    } else {
      i = n;
    }
    // the i digits, most significant first, combined in pairs, fours and eights
    long d = x << ((8 - i) << 3);
    d = (d * 10 + (d >>> 8)) & 0x00FF00FF00FF00FFL;
    d = (d * 100 + (d >>> 16)) & 0x0000FFFF0000FFFFL;
    return (d * 10000 + (d >>> 32)) & 0xFFFFFFFFL;
  }

  /**
   * Reads a time as {@link Cells#time} does and packs it: {@code epochMinute * 2 + 1} for a date and
   * time, {@code epochDay * 2880} (even) for a date alone; {@link #SLOW} when it is not one.
   */
  static long time(byte[] b, int s, int e) {
    if (e - s == 16 && b[s + 4] == '-' && b[s + 7] == '-') {
      // the usual "2025-04-16 20:00"
      long day = date(b, s);
      long t = day == SLOW ? SLOW : timeOfDay(b, s, day);
      if (t != SLOW) {
        return t;
      }
    } else if (e - s == 10 && b[s + 4] == '-' && b[s + 7] == '-') {
      long day = date(b, s);
      if (day != SLOW) {
        return day * 2880;
      }
    }
    return timeSlowly(b, s, e);
  }

  /** A digit's value, or a large negative number for any other byte. */
  /**
   * The epoch day of the usual date {@code 2025-04-16} at {@code s}, whose dashes the caller has
   * seen; {@link #SLOW} when it is not a date.
   */
  static long date(byte[] b, int s) {
    int y = d(b, s) * 1000 + d(b, s + 1) * 100 + d(b, s + 2) * 10 + d(b, s + 3);
    int mo = d(b, s + 5) * 10 + d(b, s + 6);
    int dd = d(b, s + 8) * 10 + d(b, s + 9);
    if ((y | mo | dd) >= 0 && mo >= 1 && mo <= 12 && dd >= 1 && dd <= lengthOfMonth(y, mo)) {
      return epochDay(y, mo, dd);
    }
    return SLOW;
  }

  /**
   * The 16-byte time {@code 2025-04-16 20:00} at {@code s}, whose date is {@code day}, packed as by
   * {@link #time}; {@link #SLOW} when the hour and minute are not usual.
   */
  static long timeOfDay(byte[] b, int s, long day) {
    if (b[s + 10] == ' ' && b[s + 13] == ':') {
      int h = d(b, s + 11) * 10 + d(b, s + 12);
      int mi = d(b, s + 14) * 10 + d(b, s + 15);
      if ((h | mi) >= 0 && h <= 23 && mi <= 59) {
        return (day * 1440 + h * 60 + mi) * 2 + 1;
      }
    }
    return SLOW;
  }

  private static int d(byte[] b, int i) {
    int v = b[i] - '0';
    return v >= 0 && v <= 9 ? v : -100_000;
  }

  private static long timeSlowly(byte[] b, int s, int e) {
    while (s < e && (b[s] & 0xFF) <= ' ') {
      s++;
    }
    while (e > s && (b[e - 1] & 0xFF) <= ' ') {
      e--;
    }
    int i = s;
    if (e - i < 8) {
      return SLOW;
    }
    int year = 0;
    for (int k = 0; k < 4; k++) {
      int d = b[i++] - '0';
      if (d < 0 || d > 9) {
        return SLOW;
      }
      year = year * 10 + d;
    }
    if (b[i++] != '-') {
      return SLOW;
    }
    int month = 0;
    int n = 0;
    while (i < e && n < 2 && b[i] >= '0' && b[i] <= '9') {
      month = month * 10 + (b[i++] - '0');
      n++;
    }
    if (n == 0 || i >= e || b[i++] != '-') {
      return SLOW;
    }
    int day = 0;
    n = 0;
    while (i < e && n < 2 && b[i] >= '0' && b[i] <= '9') {
      day = day * 10 + (b[i++] - '0');
      n++;
    }
    if (n == 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
      return SLOW;
    }
    long epochDay = epochDay(year, month, day);
    if (i == e) {
      return epochDay * 2880;
    }
    if (b[i] != ' ' && b[i] != 'T') {
      return SLOW;
    }
    i++;
    while (i < e && b[i] == ' ') {
      i++;
    }
    int hour = 0;
    n = 0;
    while (i < e && n < 2 && b[i] >= '0' && b[i] <= '9') {
      hour = hour * 10 + (b[i++] - '0');
      n++;
    }
    if (n == 0 || i + 3 > e || b[i] != ':') {
      return SLOW;
    }
    int m1 = b[i + 1] - '0';
    int m2 = b[i + 2] - '0';
    if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9) {
      return SLOW;
    }
    i += 3;
    int minute = m1 * 10 + m2;
    if (i != e || hour > 23 || minute > 59) {
      return SLOW; // seconds and fractions are rare: the ordinary parser reads them
    }
    return (epochDay * 1440 + hour * 60 + minute) * 2 + 1;
  }

  /** Epoch days of the dates of 1970 to 2099, filled in as they are met (0 = not yet). */
  private static final int[] DAYS = new int[130 * 12 * 32];

  /** Days since 1970-01-01 of a valid date, as {@link LocalDate#toEpochDay()} computes them. */
  static long epochDay(long y, int m, int d) {
    if (y >= 1970 && y < 2100) {
      int at = ((int) (y - 1970) * 12 + m - 1) * 32 + d;
      int v = DAYS[at];
      if (v == 0) {
        v = (int) computeEpochDay(y, m, d) + 1;
        DAYS[at] = v; // idempotent: a race writes the same value
      }
      return v - 1;
    }
    return computeEpochDay(y, m, d);
  }

  private static long computeEpochDay(long y, int m, int d) {
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

  /** The local date of a packed time. */
  static long epochDay(long packed) {
    return (packed & 1) == 0 ? packed / 2880 : Math.floorDiv(packed >> 1, 1440);
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

  // ---- Python-literal cells: a conservative subset ------------------------------------------------

  /** What a dict's values must be. */
  enum Values { COUNTS, TEXTS }

  /**
   * Checks a dict cell of the simple form {@code {'key': value, ...}} (or {@code {}}) with plain
   * single-quoted keys (no backslash) and values that are counts ({@code 12}, {@code 1.0},
   * {@code NaN}) or, for {@link Values#TEXTS}, plain single-quoted texts or counts. With
   * {@code sum}, returns the sum of the known values and sets {@code unknownOut[0]} when a value is
   * NaN; duplicate keys give {@link #SLOW}. Returns the sum (0 without {@code sum}), or
   * {@link #SLOW}. The caller has stripped the cell and seen its {@code '{'}.
   */
  static long dict(byte[] b, int s, int e, Values values, boolean nonBlankKeys, int[] keyStarts,
      int[] keyEnds, boolean[] unknownOut) {
    int i = s + 1;
    i = ws(b, i, e);
    long sum = 0;
    int keys = 0;
    unknownOut[0] = false;
    if (i < e && b[i] == '}') {
      return ws(b, i + 1, e) == e ? 0 : SLOW;
    }
    while (true) {
      if (i >= e || b[i] != '\'') {
        return SLOW;
      }
      int ks = ++i;
      while (i < e && b[i] != '\'' && b[i] != '\\') {
        i++;
      }
      if (i >= e || b[i] != '\'') {
        return SLOW;
      }
      int ke = i++;
      if (nonBlankKeys && blank(b, ks, ke)) {
        return SLOW;
      }
      if (keyStarts != null) {
        if (keys == keyStarts.length) {
          return SLOW;
        }
        for (int k = 0; k < keys; k++) {
          if (java.util.Arrays.equals(b, keyStarts[k], keyEnds[k], b, ks, ke)) {
            return SLOW;
          }
        }
        keyStarts[keys] = ks;
        keyEnds[keys] = ke;
      }
      keys++;
      i = ws(b, i, e);
      if (i >= e || b[i++] != ':') {
        return SLOW;
      }
      i = ws(b, i, e);
      if (i >= e) {
        return SLOW;
      }
      if (b[i] == '\'') {
        if (values != Values.TEXTS) {
          return SLOW;
        }
        i++;
        while (i < e && b[i] != '\'' && b[i] != '\\') {
          i++;
        }
        if (i >= e || b[i] != '\'') {
          return SLOW;
        }
        i++;
      } else {
        int vs = i;
        while (i < e && b[i] != ',' && b[i] != '}' && (b[i] & 0xFF) > ' ') {
          i++;
        }
        long v = count(b, vs, i);
        if (v == SLOW || (v == UNKNOWN
            && !(i - vs == 3 && b[vs] == 'N' && b[vs + 1] == 'a' && b[vs + 2] == 'N'))) {
          return SLOW;
        }
        if (v == UNKNOWN) {
          unknownOut[0] = true;
        } else {
          sum += v;
        }
      }
      i = ws(b, i, e);
      if (i >= e) {
        return SLOW;
      }
      if (b[i] == '}') {
        return ws(b, i + 1, e) == e ? sum : SLOW;
      }
      if (b[i++] != ',') {
        return SLOW;
      }
      i = ws(b, i, e);
    }
  }

  /**
   * A quicker {@link #dict} for the usual count dict, {@code {'south': 11, 'east': NaN}}: single
   * spaces only, plain keys, whole numbers ({@code 11}, {@code 1.0}) or {@code NaN}. Returns whether
   * the cell has that form; when it has not, {@link #dict} decides. The caller has stripped the cell
   * and seen its {@code '{'}.
   */
  static boolean plainCountDict(byte[] b, int s, int e) {
    int i = s + 1;
    if (i < e && b[i] == '}') {
      return i + 1 == e;
    }
    while (i < e) {
      if (b[i++] != '\'') {
        return false;
      }
      while (i < e && b[i] != '\'') {
        if (b[i] == '\\') {
          return false;
        }
        i++;
      }
      if (i + 4 > e || b[i + 1] != ':' || b[i + 2] != ' ') {
        return false;
      }
      i += 3;
      if (b[i] == 'N') {
        if (i + 3 > e || b[i + 1] != 'a' || b[i + 2] != 'N') {
          return false;
        }
        i += 3;
      } else {
        int d = i;
        while (i < e && b[i] >= '0' && b[i] <= '9') {
          i++;
        }
        if (i == d || i - d > 9) {
          return false; // at most 999,999,999: below the reader's largest count
        }
        if (i < e && b[i] == '.') {
          i++;
          while (i < e && b[i] == '0') {
            i++;
          }
        }
      }
      if (i >= e) {
        return false;
      }
      if (b[i] == '}') {
        return i + 1 == e;
      }
      if (b[i] != ',' || i + 1 >= e || b[i + 1] != ' ') {
        return false;
      }
      i += 2;
    }
    return false;
  }

  /**
   * Checks a list cell of the simple form {@code ['a', 'b']} with plain single-quoted, non-blank
   * texts. Returns 0, or {@link #SLOW}. The caller has stripped the cell and seen its {@code '['}.
   */
  static long list(byte[] b, int s, int e) {
    int i = ws(b, s + 1, e);
    if (i < e && b[i] == ']') {
      return ws(b, i + 1, e) == e ? 0 : SLOW;
    }
    while (true) {
      if (i >= e || b[i] != '\'') {
        return SLOW;
      }
      int ts = ++i;
      while (i < e && b[i] != '\'' && b[i] != '\\') {
        i++;
      }
      if (i >= e || blank(b, ts, i)) {
        return SLOW;
      }
      i = ws(b, i + 1, e);
      if (i >= e) {
        return SLOW;
      }
      if (b[i] == ']') {
        return ws(b, i + 1, e) == e ? 0 : SLOW;
      }
      if (b[i++] != ',') {
        return SLOW;
      }
      i = ws(b, i, e);
    }
  }

  private static int ws(byte[] b, int i, int e) {
    while (i < e && (b[i] == ' ' || b[i] == '\n' || b[i] == '\t' || b[i] == '\r')) {
      i++;
    }
    return i;
  }
}
