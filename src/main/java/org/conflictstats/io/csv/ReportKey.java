package org.conflictstats.io.csv;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.conflictstats.io.FileLocation;

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
  private final int version;
  private final long hash64;
  /**
   * The rows of the reports emitted under this key and where the first begins, once emitted: what
   * a report of the key given again after the window is compared with, to tell a partial copy.
   * The first report's row hashes are kept as its window had them (its first row's hash, and the
   * array of them all when it has more than one row), sorted only if a report of the key comes
   * back, which few do. Not part of the key's value.
   */
  private long firstRowHash;
  private long[] rowHashes;
  private int rowCount;
  private boolean rowsSorted;
  private FileLocation emittedAt;

  ReportKey(long start, long end, String source) {
    this(start, end, source, 1);
  }

  private ReportKey(long start, long end, String source, int version) {
    this.start = start;
    this.end = end;
    this.source = Objects.requireNonNull(source, "source");
    this.version = version;
    long h = start * 0x9E3779B97F4A7C15L;
    h = (h ^ (h >>> 29) ^ end) * 0xBF58476D1CE4E5B9L;
    h = (h ^ (h >>> 32)) + source.hashCode() * 0x94D049BB133111EBL;
    for (int i = 0; i < source.length(); i += 7) {
      h = (h ^ source.charAt(i)) * 0x9E3779B97F4A7C15L;
    }
    h = h ^ (h >>> 31);
    this.hash64 = version == 1 ? h : (h ^ version) * 0xBF58476D1CE4E5B9L;
  }

  /**
   * The key of the {@code n}th report of this key within one input (a report given again after
   * other reports' rows, see {@link ReportWindow}): the same period and source, another key. Rows
   * always have version 1.
   */
  ReportKey version(int n) {
    return new ReportKey(start, end, source, n);
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

  /**
   * Keeps the rows of a report emitted under this key (the hashes of its rows: {@code first},
   * and {@code all}, the first {@code count} of which are its rows, when it has more than one; the
   * array is the report's own, no longer written): where the first began, and the rows of every
   * one, as their union: each row as many times as the report that holds it most often (a report
   * the window parted in two gives both parts' rows, review rv46e; a report given again whole adds
   * none, review rv47f).
   */
  void emitted(long first, long[] all, int count, FileLocation at) {
    if (emittedAt == null) {
      firstRowHash = first;
      rowHashes = all;
      rowCount = count;
      emittedAt = at;
      return;
    }
    long[] mine = count == 1 ? new long[] {first} : Arrays.copyOf(all, count);
    Arrays.sort(mine);
    rowHashes = union(emittedRows(), mine);
    rowCount = rowHashes.length;
    rowsSorted = true;
  }

  /** The multiset union of two sorted arrays: each element as often as in the one with more. */
  static long[] union(long[] a, long[] b) {
    long[] out = new long[a.length + b.length];
    int n = 0;
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      if (j == b.length || i < a.length && a[i] < b[j]) {
        out[n++] = a[i++];
      } else if (i == a.length || b[j] < a[i]) {
        out[n++] = b[j++];
      } else { // equal: once for the pair
        out[n++] = a[i++];
        j++;
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /** The sorted row hashes of the reports emitted under this key, or null. */
  long[] emittedRows() {
    if (emittedAt == null) {
      return null;
    }
    if (!rowsSorted) {
      rowHashes = rowCount == 1 ? new long[] {firstRowHash} : Arrays.copyOf(rowHashes, rowCount);
      Arrays.sort(rowHashes);
      rowsSorted = true;
    }
    return rowHashes;
  }

  /** Where the first report emitted under this key begins, or null. */
  FileLocation emittedAt() {
    return emittedAt;
  }

  /** A 64-bit hash, for the sets of keys the parallel reading compares. */
  long hash64() {
    return hash64;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof ReportKey k && k.hash64 == hash64 && k.start == start
        && k.end == end && k.version == version && k.source.equals(source);
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
   * {@link AirForceCsv#reportId} makes it, times as {@code ReportTime.toString()} writes them.
   */
  String id() {
    // the times written as Latin-1 bytes, the source joined by String.concat: one copy of its
    // characters (in whatever coder it has), no look at each of them
    byte[] b = new byte[34];
    int at = 0;
    b[at++] = '@';
    at = time(b, at, start);
    b[at++] = '/';
    at = time(b, at, end);
    return source.concat(new String(b, 0, at, StandardCharsets.ISO_8859_1));
  }

  /** Writes a packed time as {@code ReportTime.toString()} does; returns the end offset. */
  static int time(byte[] b, int at, long packed) {
    long day = ByteCells.packedDay(packed);
    // civil date from days since 1970-01-01 (years 1900-2200: four digits)
    long z = day + 719468;
    long era = Math.floorDiv(z, 146097);
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    int d = (int) (doy - (153 * mp + 2) / 5 + 1);
    int m = (int) (mp < 10 ? mp + 3 : mp - 9);
    int y = (int) (yoe + era * 400 + (m <= 2 ? 1 : 0));
    b[at++] = (byte) ('0' + y / 1000);
    b[at++] = (byte) ('0' + y / 100 % 10);
    b[at++] = (byte) ('0' + y / 10 % 10);
    b[at++] = (byte) ('0' + y % 10);
    b[at++] = '-';
    at = two(b, at, m);
    b[at++] = '-';
    at = two(b, at, d);
    int minute = ByteCells.packedMinute(packed);
    if (minute >= 0) {
      b[at++] = 'T';
      at = two(b, at, minute / 60);
      b[at++] = ':';
      at = two(b, at, minute % 60);
    }
    return at;
  }

  private static int two(byte[] b, int at, int v) {
    b[at] = (byte) ('0' + v / 10);
    b[at + 1] = (byte) ('0' + v % 10);
    return at + 2;
  }
}
