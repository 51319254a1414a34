package org.conflictstats.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * Counts of one sub-type inside a weapon line, as the late-2026 layout's {@code destroyed_types}
 * cell gives them ({@code {'Banderol': {'launched': 3, 'destroyed': 3}}}).
 *
 * <pre>{@code
 * SubTypeCounts.of("Banderol", Count.exactly(3), Count.exactly(3));
 * }</pre>
 *
 * @param name the sub-type's name as written, not blank
 * @param launched how many of the sub-type were launched ({@link Count#unknown()} when not given)
 * @param destroyed how many of the sub-type were destroyed ({@link Count#unknown()} when not given)
 */
public record SubTypeCounts(String name, Count launched, Count destroyed) {

  /** Checks the components. */
  public SubTypeCounts {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(launched, "launched");
    Objects.requireNonNull(destroyed, "destroyed");
    name = name.strip();
    checkArgument(!name.isEmpty(), "sub-type name must not be blank");
  }

  /**
   * Returns the counts of a sub-type.
   *
   * @param name the name
   * @param launched launched
   * @param destroyed destroyed
   * @return the counts
   */
  public static SubTypeCounts of(String name, Count launched, Count destroyed) {
    return new SubTypeCounts(name, launched, destroyed);
  }
}
