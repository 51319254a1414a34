package org.conflictstats.model;

/**
 * How a launched weapon ended (DOMAIN.md §2). Every launched weapon ends in exactly one outcome;
 * {@link #UNKNOWN} is what remains and is never stored.
 *
 * <pre>{@code
 * line.count(Outcome.SUPPRESSED); // the line's suppressed count
 * line.count(Outcome.UNKNOWN);    // launched minus every known outcome
 * }</pre>
 */
public enum Outcome {
  /** Shot down by air defence (kinetic). CSV: {@code destroyed}. */
  DESTROYED,
  /** Defeated by electronic warfare, "locationally lost", fell short. CSV: {@code not_reach_goal}. */
  SUPPRESSED,
  /** Still in the air when the report was written. CSV: {@code still_attacking}. */
  STILL_AIRBORNE,
  /** Flew into Belarus, Russia, Moldova, ... CSV: {@code border_crossing} and its older forms. */
  LEFT_AIRSPACE,
  /** Struck, when a source counts weapons that hit (rare). */
  HIT,
  /** Not accounted for: launched minus every known outcome. Derived, never stored. */
  UNKNOWN;

  /**
   * Returns whether this outcome is stored on a line (every outcome but {@link #UNKNOWN}).
   *
   * @return {@code true} for a known outcome
   */
  public boolean isKnown() {
    return this != UNKNOWN;
  }
}
