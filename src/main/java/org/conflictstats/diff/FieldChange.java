package org.conflictstats.diff;

import java.util.Objects;

/**
 * One field of a revised report, before and after (DOMAIN.md §10): a count of a weapon line
 * ({@code lines[Shahed-136/131].suppressed}: {@code 0} to {@code unknown}), a line's weapon
 * ({@code lines[Unknown UAV].weapon}), or a whole line that one release has and the other has not
 * ({@code lines[Kalibr]}: {@code (none)} to {@code launched 2, destroyed 2, ...}).
 *
 * <pre>{@code
 * FieldChange c = change.changes().get(0);
 * c.toString(); // "lines[Shahed-136/131].destroyed: 33 -> 35"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param field the field: {@code lines[weapon].count}, {@code lines[weapon].weapon} or
 *     {@code lines[weapon]}
 * @param before the value in the older snapshot; {@code (none)} for a line it has not
 * @param after the value in the newer snapshot; {@code (none)} for a line it has not
 */
public record FieldChange(String field, String before, String after) {

  /** The value of a line one snapshot does not have. */
  public static final String NONE = "(none)";

  /** Checks the components. */
  public FieldChange {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  /** Returns {@code field: before -> after}. */
  @Override
  public String toString() {
    return field + ": " + before + " -> " + after;
  }
}
