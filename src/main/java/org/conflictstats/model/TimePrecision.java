package org.conflictstats.model;

/**
 * How precisely a source gave a point in time.
 *
 * <pre>{@code
 * ReportTime.ofDate(LocalDate.of(2025, 4, 17)).precision(); // DATE
 * }</pre>
 */
public enum TimePrecision {
  /** Date, hour and minute were given. */
  MINUTE,
  /** Only the date was given; the time of day is unknown and stored as midnight. */
  DATE
}
