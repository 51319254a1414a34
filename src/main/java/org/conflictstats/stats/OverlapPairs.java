package org.conflictstats.stats;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.Weapon;

/**
 * Lists the pairs of reports that may count the same weapons (DOMAIN.md §6, §10), in bounded
 * memory: each report added is compared with the {@code window} reports before it, exactly as
 * {@link SourceOverlap} compares them (different posts, overlapping periods, a shared weapon or
 * composite part), and every pair is returned once, when its later report is added. Reports
 * without a source or without lines are not compared. {@link SourceOverlap} counts the lines at
 * risk; this class names the pairs, for a check that points at both reports.
 *
 * <pre>{@code
 * OverlapPairs<FileLocation> pairs = OverlapPairs.of(SourceOverlap.DEFAULT_WINDOW);
 * for (ImportedReport r : reports) {
 *   for (OverlapPair<FileLocation> p : pairs.add(r.report(), r.location())) {
 *     System.out.println(p); // "b.csv:12 (national) overlaps b.csv:9 (national): Iskander-M"
 *   }
 * }
 * }</pre>
 *
 * <p>Memory: the window's reports (their posts, periods and weapons), whatever the input's size.
 * Not thread-safe: add the reports in input order, on one thread.
 *
 * @param <T> what the reports are known by
 */
public final class OverlapPairs<T> {

  private final OverlapWindow window;
  private final OverlapWindow.Entries entries = new OverlapWindow.Entries();
  /** The pairs of the report being added, with the place of the earlier report. */
  private final List<Found<T>> found = new ArrayList<>();
  private long added;

  private record Found<T>(long earlier, OverlapPair<T> pair) {}

  private OverlapPairs(int capacity) {
    this.window = new OverlapWindow(capacity, this::pair);
  }

  /**
   * Returns an empty list of pairs, comparing each report with the {@code window} before it.
   *
   * @param window how many reports before it each report is compared with, at least 1
   * @param <T> what the reports are known by
   * @return the pairs
   * @throws IllegalArgumentException if {@code window} is below 1
   */
  public static <T> OverlapPairs<T> of(int window) {
    checkArgument(window >= 1, "window must be at least 1: %s", window);
    return new OverlapPairs<>(window);
  }

  /**
   * Adds the next report and returns its pairs with the reports before it in the window, in the
   * order those were added.
   *
   * @param report the report
   * @param tag what the report is known by in the pairs
   * @return the new pairs, empty when none
   */
  public List<OverlapPair<T>> add(StrikeReport report, T tag) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(tag, "tag");
    OverlapWindow.Entry e = entries.of(report);
    if (e == null) {
      return List.of();
    }
    e.tag = tag;
    e.pos = added++;
    found.clear();
    window.add(e);
    if (found.isEmpty()) {
      return List.of();
    }
    // the window finds them day by day: put them in the order the earlier reports were added
    found.sort((a, b) -> Long.compare(a.earlier(), b.earlier()));
    List<OverlapPair<T>> out = new ArrayList<>(found.size());
    for (Found<T> f : found) {
      out.add(f.pair());
    }
    return out;
  }

  /**
   * Returns how many of the reports added were compared: those with a source and lines. The
   * window holds the last {@code window} of them.
   *
   * <pre>{@code
   * long before = pairs.added();
   * pairs.add(report, tag);
   * boolean compared = pairs.added() > before; // false for a report without source or lines
   * }</pre>
   *
   * @return the reports compared so far
   */
  public long added() {
    return added;
  }

  @SuppressWarnings("unchecked")
  private void pair(OverlapWindow.Entry earlier, OverlapWindow.Entry later) {
    List<Weapon> shared = new ArrayList<>();
    for (OverlapWindow.Line l : later.lines) {
      for (Weapon w : l.weapons) {
        if (shared.contains(w)) {
          continue;
        }
        for (OverlapWindow.Line m : earlier.lines) {
          if (m.weapons.contains(w)) {
            shared.add(w);
            break;
          }
        }
      }
    }
    if (!shared.isEmpty()) {
      found.add(new Found<>(earlier.pos, new OverlapPair<>((T) earlier.tag, (T) later.tag,
          earlier.kind, later.kind, shared)));
    }
  }
}
