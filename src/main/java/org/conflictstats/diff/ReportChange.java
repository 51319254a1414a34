package org.conflictstats.diff;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.conflictstats.io.FileLocation;
import org.conflictstats.model.ReportKey;

/**
 * A report one snapshot changed (DOMAIN.md §10): added (only the newer has it), removed (only the
 * older has it) or revised (both have its key, with other lines), with where each snapshot has it
 * and the fields that differ.
 *
 * <pre>{@code
 * for (ReportChange c : result.revisedReports()) {
 *   System.out.println(c.key() + " " + c.changes());
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind added, removed or revised
 * @param key the report's key
 * @param before where the older snapshot has it: its first row, or for a report without weapon
 *     lines the line of its JSON Lines document; empty when added, or when the place is unknown (a
 *     report without lines built in code)
 * @param after where the newer snapshot has it, as {@code before}; empty when removed, or when the
 *     place is unknown
 * @param changes the fields that differ: for a revised report each changed count, weapon or line;
 *     for an added or removed one each of its lines
 */
public record ReportChange(Kind kind, ReportKey key, Optional<FileLocation> before,
    Optional<FileLocation> after, List<FieldChange> changes) {

  /** What happened to the report. */
  public enum Kind {
    /** Only the newer snapshot has it. */
    ADDED,
    /** Only the older snapshot has it. */
    REMOVED,
    /** Both have its key, with other lines. */
    REVISED
  }

  /** Checks the components. */
  public ReportChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    changes = ImmutableList.copyOf(changes);
  }
}
