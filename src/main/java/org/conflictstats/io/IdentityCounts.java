package org.conflictstats.io;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.conflictstats.internal.Numbers;

/**
 * What {@link DistinctReports} found in its inputs (DOMAIN.md §10): for each input, how many of
 * its reports repeat a report read before (a copy: counted once) or revise one (the same key with
 * other lines: one version counts, by {@link DistinctReports.Prefer}), and of which earlier inputs.
 * Every report read is the first of its key, a copy or a revision: reports read = distinct +
 * duplicates + revisions.
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
 */
public record IdentityCounts(List<Input> inputs, long revisedReports,
    DistinctReports.Prefer prefer) {

  /**
   * What one input held.
   *
   * @param name the input's name
   * @param reports the reports read from it
   * @param duplicates its reports that repeat a report read before, lines and all
   * @param revisions its reports that revise a report read before
   * @param duplicatesOf the duplicates by the input (its index in {@link #inputs()}) where the
   *     report they repeat was first read; it may be this input itself
   * @param revisionsOf the revisions by the input of the version they revise
   */
  public record Input(String name, long reports, long duplicates, long revisions,
      Map<Integer, Long> duplicatesOf, Map<Integer, Long> revisionsOf) {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if a count is negative or the copies and revisions exceed
     *     the reports
     */
    public Input {
      Objects.requireNonNull(name, "name");
      duplicatesOf = ImmutableSortedMap.copyOf(duplicatesOf);
      revisionsOf = ImmutableSortedMap.copyOf(revisionsOf);
      checkArgument(reports >= 0 && duplicates >= 0 && revisions >= 0
          && duplicates + revisions <= reports, "bad counts: %s reports, %s duplicates, %s"
          + " revisions", reports, duplicates, revisions);
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
   * Returns the reports counted: one per key (and each report without weapon lines, which has no
   * rows to tell it by).
   *
   * @return reports read minus duplicates minus revisions
   */
  public long distinct() {
    return reportsRead() - duplicates() - revisions();
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
   * of a revised report counts: {@code "...; 115 revisions of 115 reports (the latest version
   * counts)"}.
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
          .append(prefer == DistinctReports.Prefer.LAST ? "the latest version counts"
              : "the first version counts").append(')');
    }
    return b.toString();
  }
}
