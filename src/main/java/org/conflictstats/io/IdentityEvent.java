package org.conflictstats.io;

import java.util.Objects;
import org.conflictstats.model.ReportKey;

/**
 * A report given again (DOMAIN.md §10): a copy of a report read before (same key, same lines), or a
 * revision of one (same key, other lines), with where each of the two was read; or a report that
 * gives the post of an earlier input for another period, which may be the same report with a
 * corrected period (it is counted: see {@link Kind#OTHER_PERIOD}). {@link DistinctReports} tells
 * its listener of each, in input order.
 *
 * <pre>{@code
 * DistinctReports.preferLast().onEvent(e -> System.err.println(e)).read(inputs, sinks);
 * // b.csv:14: kpszsu/posts/...@2025-04-16T20:00/2025-04-17T08:00 revises the report at a.csv:9
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind a copy, a revision, or another period of an earlier input's post
 * @param key the report's key
 * @param at where this report was read: its first row
 * @param earlier where the report it repeats or revises was first read: for a copy, the first
 *     report with the same lines; for a revision, the first report of the latest version before it;
 *     for another period, the first report of the post (in the earliest input that gives it)
 */
public record IdentityEvent(Kind kind, ReportKey key, FileLocation at, FileLocation earlier) {

  /** What the report given again is. */
  public enum Kind {
    /** The same key and the same lines as a report read before: counted once. */
    DUPLICATE("DUPLICATE_REPORT"),
    /** The same key as a report read before, with lines no report of that key had. */
    REVISION("REVISED_REPORT"),
    /**
     * A report of a new key whose post (the source's address) an earlier input gives, for another
     * period: a release that corrected a report's period gives it so, and then both versions are
     * counted, since a key is the post and the period. A post the Air Force split into several
     * periods in one input is not told; one that a later release splits is. Counted, and told so
     * that the user can look ({@code conflict-stats diff OLD NEW} lists the reports removed and
     * added).
     */
    OTHER_PERIOD("OTHER_PERIOD");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    /**
     * Returns the stable code under which {@code conflict-stats validate} lists such reports.
     *
     * @return {@code DUPLICATE_REPORT}, {@code REVISED_REPORT} or {@code OTHER_PERIOD}
     */
    public String code() {
      return code;
    }
  }

  /** Checks the components. */
  public IdentityEvent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(earlier, "earlier");
  }

  /**
   * Returns {@code at: key repeats the report at earlier}, {@code ... revises ...} or
   * {@code ... gives the post of the report at earlier for another period}.
   */
  @Override
  public String toString() {
    switch (kind) {
      case DUPLICATE:
        return at + ": " + key + " repeats the report at " + earlier;
      case REVISION:
        return at + ": " + key + " revises the report at " + earlier;
      default:
        return at + ": " + key + " gives the post of the report at " + earlier
            + " for another period";
    }
  }
}
