package org.conflictstats.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.conflictstats.model.StrikeReport;

/**
 * The overlap check of one part of the input (the reports one accumulator of a {@link StatsQuery}
 * saw), mergeable with the parts before and after it so that the merged result is exactly the check
 * of the whole input in order: each report compared with the {@code window} reports before it.
 *
 * <p>A part compares its own reports in an {@link OverlapWindow}. Its first {@code window} reports
 * (its head) may still overlap reports of the part before it, and its last {@code window} reports
 * (the window itself) reports of the part after it; every other report is final when it leaves the
 * window, and is counted then. Merging a part into the parts before it replays its head into their
 * window (comparing each head report with exactly the reports a read in order would), then takes the
 * part's window. Not thread-safe.
 */
final class OverlapPart {

  private final int capacity;
  private OverlapWindow window;
  private final List<OverlapWindow.Entry> head = new ArrayList<>();
  private final OverlapWindow.Entries entries = new OverlapWindow.Entries();
  private final long[] counts = new long[4];
  private long added;

  OverlapPart(int capacity) {
    this.capacity = capacity;
    this.window = new OverlapWindow(capacity);
  }

  /** Adds a report of this part, in input order. */
  void add(StrikeReport report) {
    OverlapWindow.Entry e = entries.of(report);
    if (e == null) {
      return;
    }
    e.pos = added++;
    if (e.pos < capacity) {
      head.add(e);
    }
    settle(window.add(e));
  }

  /** A report that left the window is final unless it is in the head, which waits for a seam. */
  private void settle(OverlapWindow.Entry out) {
    if (out != null && out.pos >= capacity) {
      out.count(counts);
    }
  }

  /** Merges the part that comes right after this one. */
  void merge(OverlapPart next) {
    long before = added;
    Set<OverlapWindow.Entry> replayed = Collections.newSetFromMap(new IdentityHashMap<>());
    replayed.addAll(next.head);
    for (OverlapWindow.Entry h : next.head) {
      h.pos += before;
      settle(window.add(h));
    }
    if (head.size() < capacity) {
      for (OverlapWindow.Entry h : next.head) {
        if (head.size() < capacity) {
          head.add(h);
        }
      }
    }
    for (int i = 0; i < 4; i++) {
      counts[i] += next.counts[i];
    }
    if (next.added > next.head.size()) {
      // the next part's window holds its last reports: the replayed head reports that are not in
      // it are final, and its window goes on
      for (OverlapWindow.Entry e : next.window.entries()) {
        if (!replayed.contains(e)) {
          e.pos += before; // not replayed: still numbered within its part
        }
      }
      Set<OverlapWindow.Entry> kept = Collections.newSetFromMap(new IdentityHashMap<>());
      kept.addAll(next.window.entries());
      for (OverlapWindow.Entry e : window.entries()) {
        if (!kept.contains(e)) {
          settle(e);
        }
      }
      window = next.window;
    }
    added += next.added;
  }

  /**
   * The overlap of everything added and merged: every report not yet counted is final now. Call it
   * once, at the end.
   */
  SourceOverlap result() {
    long[] all = counts.clone();
    for (OverlapWindow.Entry e : head) {
      e.count(all);
    }
    for (OverlapWindow.Entry e : window.entries()) {
      e.count(all);
    }
    return SourceOverlap.of(all);
  }
}
