package org.conflictstats.io.csv;

import java.util.Objects;

/**
 * What makes rows one report (DOMAIN.md §8, §10): the period's start and end as read (packed by
 * {@link ByteCells#time}, so {@code "2024-05-16 "} and {@code "2024-05-16"} are the same) and the
 * source's address, or its name when it has none. Rows with equal keys are one post. Immutable; the
 * hash is computed once.
 */
final class ReportKey {

  private final long start;
  private final long end;
  private final String source;
  private final long hash64;

  ReportKey(long start, long end, String source) {
    this.start = start;
    this.end = end;
    this.source = Objects.requireNonNull(source, "source");
    long h = start * 0x9E3779B97F4A7C15L;
    h = (h ^ (h >>> 29) ^ end) * 0xBF58476D1CE4E5B9L;
    h = (h ^ (h >>> 32)) + source.hashCode() * 0x94D049BB133111EBL;
    for (int i = 0; i < source.length(); i += 7) {
      h = (h ^ source.charAt(i)) * 0x9E3779B97F4A7C15L;
    }
    this.hash64 = h ^ (h >>> 31);
  }

  long start() {
    return start;
  }

  long end() {
    return end;
  }

  String source() {
    return source;
  }

  /** A 64-bit hash, for the sets of keys the parallel reading compares. */
  long hash64() {
    return hash64;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof ReportKey k && k.hash64 == hash64 && k.start == start
        && k.end == end && k.source.equals(source);
  }

  @Override
  public int hashCode() {
    return (int) (hash64 ^ (hash64 >>> 32));
  }

  @Override
  public String toString() {
    return id();
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
    long day = ByteCells.packedDay(packed);
    java.time.LocalDate d = java.time.LocalDate.ofEpochDay(day);
    b.append(d.getYear()).append('-');
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
