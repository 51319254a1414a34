package org.conflictstats.io;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Feeds reports to a sink in random parts, merged in order, as a reader's ranges are: either every
 * part made and filled (in random order) before the first merge, or a few parts made and filled
 * ahead of the merge, so that a part made after a merge may reuse what the merged part held. For
 * tests of sinks and of what reads through them; the tests' own oracles read the reports in order.
 *
 * <pre>{@code
 * ReportInput input = ReportInput.of("a.csv",
 *     sink -> PartFeeding.feed(sink, "a.csv", reports, 4, new Random(seed)));
 * }</pre>
 */
public final class PartFeeding {

  private PartFeeding() {}

  /**
   * Feeds the reports, cut into parts (a cut before each report but the first with a chance of one
   * in {@code cutOneIn}), and returns the counts a reader would: one row a line, no row rejected.
   *
   * @param sink the sink
   * @param name the input's name, for the counts
   * @param reports the reports, in input order
   * @param cutOneIn one over the chance of a cut before a report
   * @param random the source of the cuts, the order and the way of feeding
   * @param <P> the sink's part
   * @return the counts
   */
  public static <P> ImportCounts feed(ReportSink<P> sink, String name,
      List<ImportedReport> reports, int cutOneIn, Random random) {
    List<List<ImportedReport>> parts = new ArrayList<>();
    List<ImportedReport> current = new ArrayList<>();
    for (ImportedReport r : reports) {
      if (!current.isEmpty() && random.nextInt(cutOneIn) == 0) {
        parts.add(current);
        current = new ArrayList<>();
      }
      current.add(r);
    }
    parts.add(current);
    if (random.nextBoolean()) {
      List<P> filled = new ArrayList<>();
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < parts.size(); i++) {
        filled.add(sink.newPart());
        order.add(i);
      }
      Collections.shuffle(order, random);
      for (int i : order) {
        fill(sink, filled.get(i), parts.get(i));
      }
      filled.forEach(sink::merge);
    } else {
      int ahead = 1 + random.nextInt(4);
      ArrayDeque<P> open = new ArrayDeque<>();
      int made = 0;
      for (int i = 0; i < parts.size(); i++) {
        while (made < parts.size() && made < i + ahead) {
          P part = sink.newPart();
          fill(sink, part, parts.get(made++));
          open.add(part);
        }
        sink.merge(open.poll());
      }
    }
    long rows = reports.stream().mapToLong(r -> r.rows().size()).sum();
    return ImportCounts.of(name, rows, 0, reports.size());
  }

  private static <P> void fill(ReportSink<P> sink, P part, List<ImportedReport> reports) {
    for (ImportedReport r : reports) {
      sink.accept(part, r);
    }
  }
}
