package org.conflictstats.io;

import java.util.Objects;
import org.conflictstats.model.ReportKey;

/**
 * A report given again (DOMAIN.md §10): a copy of a report read before (same key, same lines), or a
 * revision of one (same key, other lines), with where each of the two was read. {@link
 * DistinctReports} tells its listener of each, in input order.
 *
 * <pre>{@code
 * DistinctReports.preferLast().onEvent(e -> System.err.println(e)).read(inputs, sinks);
 * // b.csv:14: kpszsu/posts/...@2025-04-16T20:00/2025-04-17T08:00 revises the report at a.csv:9
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind a copy or a revision
 * @param key the report's key
 * @param at where this report was read: its first row
 * @param earlier where the report it repeats or revises was first read: for a copy, the first
 *     report with the same lines; for a revision, the first report of the latest version before it
 */
public record IdentityEvent(Kind kind, ReportKey key, FileLocation at, FileLocation earlier) {

  /** What the report given again is. */
  public enum Kind {
    /** The same key and the same lines as a report read before: counted once. */
    DUPLICATE("DUPLICATE_REPORT"),
    /** The same key as a report read before, with lines no report of that key had. */
    REVISION("REVISED_REPORT");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    /**
     * Returns the stable code under which {@code conflict-stats validate} lists such reports.
     *
     * @return {@code DUPLICATE_REPORT} or {@code REVISED_REPORT}
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
   * Returns {@code at: key repeats the report at earlier} or {@code ... revises ...}.
   */
  @Override
  public String toString() {
    return at + ": " + key + (kind == Kind.DUPLICATE ? " repeats the report at "
        : " revises the report at ") + earlier;
  }
}
