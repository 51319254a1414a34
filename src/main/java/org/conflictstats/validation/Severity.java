package org.conflictstats.validation;

/**
 * How serious a finding is.
 *
 * <pre>{@code
 * Severity.ERROR.isAtLeast(Severity.WARNING); // true
 * }</pre>
 */
public enum Severity {
  /** Worth knowing; nothing is wrong. */
  INFO,
  /** Possibly wrong; the figures may still be used. */
  WARNING,
  /** Certainly wrong; lines of such a report are left out of statistics by default. */
  ERROR;

  /**
   * Returns whether this severity is at least as serious as another.
   *
   * @param other the other severity
   * @return {@code true} when this is as serious or more
   */
  public boolean isAtLeast(Severity other) {
    return compareTo(other) >= 0;
  }
}
