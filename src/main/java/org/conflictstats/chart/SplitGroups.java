package org.conflictstats.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.conflictstats.stats.StatsTable;

/**
 * The groups a split chart draws: every group of the table's second key when there are at most
 * {@link #MAX} of them, else the {@link #MAX} with the most weapons launched on rated lines over
 * the whole table (ties in the split's order), drawn in the split's order. A chart split by weapon
 * over the real 2026 file had 71 groups: a legend of eleven rows over a plot of 71 lines and bands,
 * none of them readable. The groups left out are named in the caption by number and weapons, so
 * that a reader knows what the bars leave out.
 *
 * <pre>{@code
 * SplitGroups g = SplitGroups.of(byMonthAndWeapon);
 * g.drawn();    // the 12 weapons most launched on rated lines, in the split's order
 * g.leftOut();  // the 59 others
 * }</pre>
 *
 * @param drawn the groups drawn, in the split's order
 * @param leftOut the groups not drawn, in the split's order
 * @param leftOutLaunched the weapons launched on rated lines of the groups not drawn
 */
record SplitGroups(List<String> drawn, List<String> leftOut, long leftOutLaunched) {

  /** The most groups a chart draws: the palette's first ten and two of their lighter shades. */
  static final int MAX = 12;

  /** A chart without a split: no group of a split drawn, none left out. */
  static final SplitGroups NONE = new SplitGroups(List.of(), List.of(), 0);

  SplitGroups {
    drawn = List.copyOf(drawn);
    leftOut = List.copyOf(leftOut);
  }

  /** The groups of a table split by its second key. */
  static SplitGroups of(StatsTable table) {
    Comparator<String> order = table.dimensions().get(1).order();
    Map<String, Long> launched = new HashMap<>();
    table.rows().forEach(r -> launched.merge(r.key(1), r.tally().ratedLaunched(), Long::sum));
    TreeSet<String> ordered = new TreeSet<>(order);
    ordered.addAll(launched.keySet());
    List<String> all = List.copyOf(ordered);
    if (all.size() <= MAX) {
      return new SplitGroups(all, List.of(), 0);
    }
    List<String> byLaunched = new ArrayList<>(all);
    // most launched first; the split's order among equals (a stable sort of the ordered list)
    byLaunched.sort(Comparator.comparingLong((String g) -> launched.get(g)).reversed());
    TreeSet<String> drawn = new TreeSet<>(order);
    drawn.addAll(byLaunched.subList(0, MAX));
    List<String> leftOut = new ArrayList<>();
    long leftOutLaunched = 0;
    for (String g : all) {
      if (!drawn.contains(g)) {
        leftOut.add(g);
        leftOutLaunched += launched.get(g);
      }
    }
    return new SplitGroups(List.copyOf(drawn), leftOut, leftOutLaunched);
  }

  /** What the caption says of the groups left out; empty when every group is drawn. */
  String note(String split) {
    if (leftOut.isEmpty()) {
      return "";
    }
    return String.format(Locale.ROOT, "Drawn: the %d of %d groups by %s with the most weapons"
        + " launched on rated lines; the other %d (%,d weapons launched on rated lines) are in"
        + " no bar and no line.", drawn.size(), drawn.size() + leftOut.size(), split,
        leftOut.size(), leftOutLaunched);
  }
}
