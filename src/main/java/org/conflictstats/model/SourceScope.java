package org.conflictstats.model;

import java.util.Locale;
import java.util.Objects;

/**
 * Which sources to count, so that national and regional reports of the same weapons are not added
 * together by accident (DOMAIN.md §6).
 *
 * <pre>{@code
 * SourceScope.NATIONAL.includes(Source.parse("kpszsu"));    // true
 * SourceScope.NATIONAL.includes(Source.parse("PvKPivden")); // false
 * }</pre>
 */
public enum SourceScope {
  /** Only the national Air Force. */
  NATIONAL,
  /** Only regional air commands. */
  REGIONAL,
  /** Every source. National and regional reports may then count one weapon twice. */
  ALL;

  /**
   * Returns whether a source is counted in this scope.
   *
   * @param source the source
   * @return {@code true} when counted
   */
  public boolean includes(Source source) {
    Objects.requireNonNull(source, "source");
    switch (this) {
      case NATIONAL:
        return source.kind() == SourceKind.NATIONAL_AIR_FORCE;
      case REGIONAL:
        return source.kind() == SourceKind.REGIONAL_AIR_COMMAND;
      default:
        return true;
    }
  }

  /**
   * Reads a scope name, ignoring case: {@code national}, {@code regional} or {@code all}.
   *
   * @param text the name
   * @return the scope
   * @throws IllegalArgumentException for any other name
   */
  public static SourceScope parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown source scope '" + text + "': expected national, regional or all", e);
    }
  }
}
