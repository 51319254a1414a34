package org.conflictstats.io;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.conflictstats.internal.Numbers;

/**
 * What {@link DistinctReports} found in its inputs (DOMAIN.md §10): for each input, how many of
 * its reports repeat a report read before (a copy: counted once) or revise one (the same key with
 * other lines: one version counts, by {@link DistinctReports.Prefer}), and of which earlier inputs.
 * Every report read is the first of its key, a copy or a revision: reports read = distinct +
 * duplicates + revisions. Of the distinct reports, some give the post of a report of an earlier
 * input for another period ({@link #otherPeriods()}): a release that corrected a report's period
 * gives it so, and both versions are counted, since they are two keys.
 *
 * <pre>{@code
 * IdentityCounts c = result.identity();
 * c.reportsRead();   // 3812 (the same file given twice)
 * c.distinct();      // 1906: each counted once
 * c.duplicates();    // 1906
 * c.inputs().get(1).duplicatesOf(); // {0=1906}: copies of reports of the first input
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param inputs one entry per input, in the order given
 * @param revisedReports reports (keys) given in more than one version
 * @param prefer which version of a revised report counts
 * @param postsChecked whether every report was checked for {@linkplain #otherPeriods() another
 *     period of an earlier input's post}: not past the index's limit
 *     ({@link DistinctReports#withIndexLimit}), where the check stops so that memory does not grow
 *     with the posts
 */
public record IdentityCounts(List<Input> inputs, long revisedReports,
    DistinctReports.Prefer prefer, boolean postsChecked) {

  /**
   * What one input held.
   *
   * @param name the input's name
   * @param reports the reports read from it
   * @param duplicates its reports that repeat a report read before, lines and all, or only some
   *     of its rows given again in one input ({@link ImportedReport#partialCopyOf()})
   * @param revisions its reports that revise a report read before
   * @param duplicatesOf the duplicates by the input (its index in {@link #inputs()}) where the
   *     report they repeat was first read; it may be this input itself
   * @param revisionsOf the revisions by the input of the version they revise
   * @param otherPeriods its reports of a key not read before whose post an earlier input gives (for
   *     another period): counted, and perhaps the same report as one of the earlier input with a
   *     corrected period ({@link IdentityEvent.Kind#OTHER_PERIOD})
   * @param otherPeriodsOf those reports by the earliest input that gives their post
   */
  public record Input(String name, long reports, long duplicates, long revisions,
      Map<Integer, Long> duplicatesOf, Map<Integer, Long> revisionsOf, long otherPeriods,
      Map<Integer, Long> otherPeriodsOf) {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if a count is negative or the copies, revisions and
     *     other periods exceed the reports
     */
    public Input {
      Objects.requireNonNull(name, "name");
      duplicatesOf = ImmutableSortedMap.copyOf(duplicatesOf);
      revisionsOf = ImmutableSortedMap.copyOf(revisionsOf);
      otherPeriodsOf = ImmutableSortedMap.copyOf(otherPeriodsOf);
      checkArgument(reports >= 0 && duplicates >= 0 && revisions >= 0 && otherPeriods >= 0
          && duplicates + revisions + otherPeriods <= reports, "bad counts: %s reports, %s"
          + " duplicates, %s revisions, %s other periods", reports, duplicates, revisions,
          otherPeriods);
    }

    /**
     * An input none of whose reports gives an earlier input's post for another period.
     *
     * @param name the input's name
     * @param reports the reports read from it
     * @param duplicates its copies of reports read before
     * @param revisions its revisions of reports read before
     * @param duplicatesOf the duplicates by input
     * @param revisionsOf the revisions by input
     */
    public Input(String name, long reports, long duplicates, long revisions,
        Map<Integer, Long> duplicatesOf, Map<Integer, Long> revisionsOf) {
      this(name, reports, duplicates, revisions, duplicatesOf, revisionsOf, 0, Map.of());
    }
  }

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if {@code revisedReports} is negative
   */
  public IdentityCounts {
    inputs = ImmutableList.copyOf(inputs);
    Objects.requireNonNull(prefer, "prefer");
    checkArgument(revisedReports >= 0, "revisedReports must not be negative");
  }

  /**
   * Counts of inputs whose every report was checked for another period of an earlier input's
   * post.
   *
   * @param inputs one entry per input, in the order given
   * @param revisedReports reports (keys) given in more than one version
   * @param prefer which version of a revised report counts
   */
  public IdentityCounts(List<Input> inputs, long revisedReports, DistinctReports.Prefer prefer) {
    this(inputs, revisedReports, prefer, true);
  }

  /**
   * Returns the reports read from every input.
   *
   * @return the sum over the inputs
   */
  public long reportsRead() {
    return inputs.stream().mapToLong(Input::reports).sum();
  }

  /**
   * Returns the copies of reports read before, counted once.
   *
   * @return the sum over the inputs
   */
  public long duplicates() {
    return inputs.stream().mapToLong(Input::duplicates).sum();
  }

  /**
   * Returns the revisions: reports with the key of a report read before and other lines.
   *
   * @return the sum over the inputs
   */
  public long revisions() {
    return inputs.stream().mapToLong(Input::revisions).sum();
  }

  /**
   * Returns the revisions of a report of the same input ({@link Input#revisionsOf()} by the input
   * itself). Between releases a revision is an edit; within one input it is a report given twice
   * with other lines, which in an Air Force CSV is most often one report whose rows are far apart
   * (past the reader's grouping window, as in a file sorted by weapon): then one part counts and the
   * other's lines are not counted.
   *
   * @return the sum over the inputs
   */
  public long revisionsWithinAnInput() {
    long n = 0;
    for (int i = 0; i < inputs.size(); i++) {
      n += inputs.get(i).revisionsOf().getOrDefault(i, 0L);
    }
    return n;
  }

  /**
   * Returns the reports counted: one per key (and each report without weapon lines, which has no
   * rows to tell it by).
   *
   * @return reports read minus duplicates minus revisions
   */
  public long distinct() {
    return reportsRead() - duplicates() - revisions();
  }

  /**
   * Returns the reports of a new key whose post an earlier input gives, for another period
   * ({@link IdentityEvent.Kind#OTHER_PERIOD}): counted, and perhaps counted twice, when a
   * release corrected the period of a report of the earlier input.
   *
   * @return the sum over the inputs
   */
  public long otherPeriods() {
    return inputs.stream().mapToLong(Input::otherPeriods).sum();
  }

  /**
   * Returns the notes a table of these inputs carries: {@code "Reports given more than once: "}
   * and {@link #toString()} when {@link #any()}, a warning on the
   * {@linkplain #revisionsWithinAnInput() revisions within an input}, and a note on the reports of
   * {@linkplain #otherPeriods() another period} of an earlier input's post when there are any.
   *
   * @return the notes, each a sentence; empty when there is nothing to say
   */
  public List<String> notes() {
    List<String> notes = new ArrayList<>(2);
    if (any()) {
      notes.add("Reports given more than once: " + this + ".");
    }
    long within = revisionsWithinAnInput();
    if (within > 0) {
      notes.add("Warning: " + Numbers.grouped(within) + (within == 1 ? " report revises" : " reports"
          + " revise") + " a report of the same key in the same input, and only one version"
          + " counts: in an Air Force CSV, rows of one report far apart (more reports after its"
          + " other rows than the grouping window holds, as in a file sorted by weapon), whose"
          + " lines are then not all counted: sort the rows by time or widen the grouping window."
          + " In a file that holds two releases appended, one after the other, the later version"
          + " counting is what is meant.");
    }
    long other = otherPeriods();
    if (other > 0) {
      notes.add("Other periods: " + Numbers.grouped(other) + (other == 1 ? " report gives" : " reports give")
          + " the post of a report of an earlier input for another period and "
          + (other == 1 ? "is" : "are") + " counted: where a release corrected a report's"
          + " period, both versions are.");
    }
    return notes;
  }

  /**
   * Returns whether some report was given more than once.
   *
   * @return {@code true} when there is a duplicate or a revision
   */
  public boolean any() {
    return duplicates() + revisions() > 0;
  }

  /**
   * Returns a sentence for a note, such as {@code "3,812 reports read, 1,906 counted: 1,906 copies
   * of reports read before, counted once"}, with the revisions when there are any and which version
   * of a revised report counts: {@code "...; 115 revisions of 115 reports (the version given
   * last counts)"}.
   */
  @Override
  public String toString() {
    long copies = duplicates();
    long rev = revisions();
    StringBuilder b = new StringBuilder(Numbers.grouped(reportsRead())).append(" reports read, ")
        .append(Numbers.grouped(distinct())).append(" counted");
    String sep = ": ";
    if (copies > 0) {
      b.append(sep).append(Numbers.grouped(copies)).append(copies == 1 ? " copy" : " copies")
          .append(" of reports read before, counted once");
      sep = "; ";
    }
    if (rev > 0) {
      b.append(sep).append(Numbers.grouped(rev)).append(rev == 1 ? " revision" : " revisions")
          .append(" of ").append(Numbers.grouped(revisedReports))
          .append(revisedReports == 1 ? " report" : " reports").append(" (")
          .append(prefer == DistinctReports.Prefer.LAST ? "the version given last counts"
              : "the first version counts").append(')');
    }
    return b.toString();
  }
}
