package org.conflictstats.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conflictstats.io.DistinctReports;
import org.conflictstats.io.IdentityCounts;
import picocli.CommandLine.Option;

/**
 * Which version of a report given twice with other lines counts ({@code --prefer}), and what
 * standard error and the notes say of reports given more than once (DOMAIN.md §10).
 */
final class IdentityOptions {

  @Option(names = "--prefer", paramLabel = "VERSION", defaultValue = "last",
      converter = Converters.Prefer.class,
      description = "A report given again with other lines (the same post and period) is a"
          + " revision: count its latest version (last, the default) or its first version"
          + " (first), in the order of the inputs; a version given more than once is where it"
          + " first appears. A report given again with the same lines is counted once either"
          + " way.")
  DistinctReports.Prefer prefer;

  /** The readings the options ask for. */
  DistinctReports distinct() {
    return DistinctReports.preferring(prefer);
  }

  /**
   * Says on standard error, for each input that repeats or revises reports read before, how many
   * and of which inputs.
   */
  static void report(PrintWriter err, IdentityCounts identity) {
    List<IdentityCounts.Input> inputs = identity.inputs();
    Map<String, Integer> names = new HashMap<>();
    inputs.forEach(i -> names.merge(i.name(), 1, Integer::sum));
    for (IdentityCounts.Input in : inputs) {
      if (in.duplicates() > 0) {
        err.println("conflict-stats: " + Terminal.oneLine(in.name()) + ": "
            + Words.number(in.duplicates()) + " of " + Words.number(in.reports())
            + " reports repeat reports read before, or some of their rows ("
            + of(in.duplicatesOf(), inputs, names) + "): each counted once");
      }
      if (in.revisions() > 0) {
        err.println("conflict-stats: " + Terminal.oneLine(in.name()) + ": "
            + Words.number(in.revisions()) + " of " + Words.number(in.reports())
            + " reports revise reports read before, with other lines ("
            + of(in.revisionsOf(), inputs, names) + "): "
            + (identity.prefer() == DistinctReports.Prefer.LAST
                ? "the version given last counts (--prefer first counts the first)"
                : "the first version counts (--prefer first)")
            + "; 'conflict-stats validate' lists them");
      }
      if (in.otherPeriods() > 0) {
        err.println("conflict-stats: warning: " + Terminal.oneLine(in.name()) + ": "
            + Words.number(in.otherPeriods()) + " of " + Words.number(in.reports())
            + " reports give the post of a report read before for another period ("
            + of(in.otherPeriodsOf(), inputs, names) + "): each is counted, so a report whose"
            + " period a release corrected is counted twice; 'conflict-stats validate' lists them"
            + " (OTHER_PERIOD), 'conflict-stats diff OLD NEW' compares two releases");
      }
    }
    if (!identity.postsChecked()) {
      err.println("conflict-stats: warning: reports that give the post of an earlier input for"
          + " another period were looked for only until the index of report keys was full: "
          + "past it, such reports are counted without a warning");
    }
  }

  /** {@code 12 of a.csv, 3 of b.csv}; an input named twice is told by its place. */
  private static String of(Map<Integer, Long> byInput, List<IdentityCounts.Input> inputs,
      Map<String, Integer> names) {
    List<String> parts = new ArrayList<>();
    byInput.forEach((i, n) -> parts.add(Words.number(n) + " of " + name(i, inputs, names)));
    return String.join(", ", parts);
  }

  static String name(int i, List<IdentityCounts.Input> inputs, Map<String, Integer> names) {
    String name = Terminal.oneLine(inputs.get(i).name());
    return names.getOrDefault(inputs.get(i).name(), 1) > 1
        ? name + " (input " + (i + 1) + ")" : name;
  }

  static String lower(DistinctReports.Prefer prefer) {
    return prefer.name().toLowerCase(Locale.ROOT);
  }
}
