package org.conflictstats.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The occurrences of one finding code: how many, and the first {@value #FIRST} in input order with
 * where they are. Two tallies of consecutive parts of the input merge into the tally of the whole.
 *
 * <pre>{@code
 * FindingTally t = new FindingTally("error");
 * t.add(new FindingTally.Occurrence("a.csv:7", "", "launched", "not a number: 'abc'"));
 * }</pre>
 *
 * <p>Not thread-safe: a tally belongs to one part of the reading.
 */
final class FindingTally {

  /** How many occurrences of each code are kept to show. */
  static final int FIRST = 5;

  /**
   * One occurrence.
   *
   * @param where file and line
   * @param report the report's id, or empty for a rejected row
   * @param path the field
   * @param message what is wrong
   */
  record Occurrence(String where, String report, String path, String message) {}

  private final String severity;
  private long count;
  private final List<Occurrence> first = new ArrayList<>(2);

  FindingTally(String severity) {
    this.severity = Objects.requireNonNull(severity, "severity");
  }

  /** The severity, in lower case. */
  String severity() {
    return severity;
  }

  /** The occurrences counted. */
  long count() {
    return count;
  }

  /** The first occurrences, in input order, at most {@value #FIRST}. */
  List<Occurrence> first() {
    return Collections.unmodifiableList(first);
  }

  /** Counts an occurrence, kept when it is among the first. */
  void add(Occurrence o) {
    count++;
    if (first.size() < FIRST) {
      first.add(o);
    }
  }

  /** Adds the tally of the part of the input that follows this one's. */
  void addAll(FindingTally later) {
    count += later.count;
    for (int i = 0; i < later.first.size() && first.size() < FIRST; i++) {
      first.add(later.first.get(i));
    }
  }
}
