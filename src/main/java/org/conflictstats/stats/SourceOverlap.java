package org.conflictstats.stats;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.conflictstats.internal.Numbers;
import org.conflictstats.model.StrikeReport;

/**
 * Weapon lines that two posts may both count (DOMAIN.md §6, §10). Two lines overlap when their
 * reports come from different posts (national against national, regional against regional, national
 * against a regional command or any other named source), their periods share a moment (a date-only
 * end taken as the whole day), and they share a weapon (the same weapon, or a composite line with it
 * among its parts). A line that overlaps another is at risk of being counted twice when both are in
 * scope.
 *
 * <p>In bounded memory: each report is compared with the reports among the
 * {@linkplain StatsQuery#withOverlapWindow(int) window} before it in input order (1024 by default),
 * whatever the input's size; reports further apart are not compared. The real files are in time
 * order, so a window of 1024 reports covers more than a year of them.
 *
 * <pre>{@code
 * SourceOverlap overlap = SourceOverlap.find(reports);
 * if (overlap.exists()) {
 *   System.err.println("warning: " + overlap); // "12 lines (6 national, ...) of 9 reports ..."
 * }
 * }</pre>
 *
 * <p>This is a warning, not a correction: the library cannot tell which weapons are the same. This
 * class is immutable and thread-safe.
 *
 * @param reports reports with at least one line at risk
 * @param nationalLines lines at risk in national Air Force reports
 * @param regionalLines lines at risk in regional air commands' reports
 * @param otherLines lines at risk in reports of other named sources (General Staff, a regional
 *     administration, ...)
 */
public record SourceOverlap(long reports, long nationalLines, long regionalLines,
    long otherLines) {

  /** The number of reports each report is compared with, by default. */
  public static final int DEFAULT_WINDOW = 1024;

  private static final SourceOverlap NONE = new SourceOverlap(0, 0, 0, 0);

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public SourceOverlap {
    checkArgument(reports >= 0 && nationalLines >= 0 && regionalLines >= 0 && otherLines >= 0,
        "counts must not be negative");
  }

  /**
   * Returns the value for no overlap.
   *
   * @return all counts zero
   */
  public static SourceOverlap none() {
    return NONE;
  }

  /**
   * Finds the overlap among reports, each compared with the {@link #DEFAULT_WINDOW} reports before it.
   * Reports without a source are ignored.
   *
   * @param reports the reports, in input order
   * @return the overlap
   */
  public static SourceOverlap find(Iterable<StrikeReport> reports) {
    return find(reports, DEFAULT_WINDOW);
  }

  /**
   * Finds the overlap among reports, each compared with the {@code window} reports before it.
   * Reports without a source are ignored.
   *
   * @param reports the reports, in input order
   * @param window how many earlier reports each report is compared with, at least 1
   * @return the overlap
   * @throws IllegalArgumentException if {@code window} is below 1
   */
  public static SourceOverlap find(Iterable<StrikeReport> reports, int window) {
    Objects.requireNonNull(reports, "reports");
    checkArgument(window >= 1, "window must be at least 1: %s", window);
    OverlapWindow w = new OverlapWindow(window);
    OverlapWindow.Entries entries = new OverlapWindow.Entries();
    long[] counts = new long[4];
    for (StrikeReport r : reports) {
      OverlapWindow.Entry e = entries.of(r);
      if (e != null) {
        OverlapWindow.Entry out = w.add(e);
        if (out != null) {
          out.count(counts);
        }
      }
    }
    for (OverlapWindow.Entry e : w.entries()) {
      e.count(counts);
    }
    return of(counts);
  }

  static SourceOverlap of(long[] counts) {
    return counts[3] == 0 ? NONE : new SourceOverlap(counts[3], counts[0], counts[1], counts[2]);
  }

  /**
   * Returns whether any line may be counted twice.
   *
   * @return {@code true} when some lines of different posts overlap
   */
  public boolean exists() {
    return reports > 0;
  }

  /**
   * Returns how many lines may be counted twice, of every source.
   *
   * @return national plus regional plus other lines at risk
   */
  public long linesAtRisk() {
    return nationalLines + regionalLines + otherLines;
  }

  /**
   * Returns a sentence for a warning, such as {@code "12 lines (6 national, 6 regional, 0 other)
   * of 9 reports cover the same weapons as another post's report in an overlapping period and may
   * be counted twice"}, or {@code "no overlap between posts"}.
   */
  @Override
  public String toString() {
    if (!exists()) {
      return "no overlap between posts";
    }
    long lines = linesAtRisk();
    // the kinds count lines, so they follow the lines (rv51a: after the reports, 113 national
    // read as national reports, of which there were 107)
    return Numbers.grouped(lines) + (lines == 1 ? " line (" : " lines (")
        + Numbers.grouped(nationalLines) + " national, " + Numbers.grouped(regionalLines)
        + " regional, " + Numbers.grouped(otherLines) + " other) of " + Numbers.grouped(reports)
        + (reports == 1 ? " report" : " reports") + " cover the same weapons as another post's"
        + " report in an overlapping period and may be counted twice";
  }
}
