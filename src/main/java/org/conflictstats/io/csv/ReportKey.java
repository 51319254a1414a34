package org.conflictstats.io.csv;

import java.util.Objects;

/**
 * What makes rows one report (DOMAIN.md §8, §10): the period's start and end as read (packed by
 * {@link ByteCells#time}, so {@code "2024-05-16 "} and {@code "2024-05-16"} are the same) and the
 * source's address, or its name when it has none. Rows with equal keys are one post.
 *
 * @param start the packed start
 * @param end the packed end
 * @param source the source's address or name
 */
record ReportKey(long start, long end, String source) {

  ReportKey {
    Objects.requireNonNull(source, "source");
  }

  /** A 64-bit hash, for the sets of keys the parallel reading compares. */
  long hash64() {
    long h = start * 0x9E3779B97F4A7C15L;
    h = (h ^ (h >>> 29) ^ end) * 0xBF58476D1CE4E5B9L;
    h ^= source.hashCode() * 0x94D049BB133111EBL;
    for (int i = 0; i < source.length(); i += 16) {
      h = (h ^ source.charAt(i)) * 0x9E3779B97F4A7C15L;
    }
    return h ^ (h >>> 31);
  }

  /**
   * The report id the reader gives: {@code <source>@<start>/<end>}, as
   * {@link AirForceCsv#reportId} makes it.
   */
  String id() {
    StringBuilder b = new StringBuilder(source.length() + 36).append(source).append('@');
    appendTime(b, start);
    b.append('/');
    appendTime(b, end);
    return b.toString();
  }

  /** Appends a packed time as {@code ReportTime.toString()} writes it. */
  static void appendTime(StringBuilder b, long packed) {
    java.time.LocalDate d = java.time.LocalDate.ofEpochDay(ByteCells.packedDay(packed));
    int y = d.getYear();
    b.append(y).append('-');
    two(b, d.getMonthValue());
    b.append('-');
    two(b, d.getDayOfMonth());
    int m = ByteCells.packedMinute(packed);
    if (m >= 0) {
      b.append('T');
      two(b, m / 60);
      b.append(':');
      two(b, m % 60);
    }
  }

  private static void two(StringBuilder b, int v) {
    b.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
  }
}
