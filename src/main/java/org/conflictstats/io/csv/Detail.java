package org.conflictstats.io.csv;

import java.util.EnumSet;
import java.util.Set;

/**
 * The parts of a line's {@link org.conflictstats.model.LineDetails} that an
 * {@link AirForceCsvReader} keeps. Every cell is read and checked whatever is kept, so the same rows
 * are accepted and rejected, with the same reasons; leaving out what a job does not use only saves
 * the time and memory of building it. Statistics by month and weapon need none of them.
 *
 * <pre>{@code
 * AirForceCsvReader forRates = AirForceCsv.reader().withDetails(EnumSet.noneOf(Detail.class));
 * AirForceCsvReader byRegion = AirForceCsv.reader().withDetails(EnumSet.of(Detail.REGIONS));
 * }</pre>
 *
 * <p>Always kept: the weapon, the outcome counts, and whether launched was withheld
 * ({@code status_data = hidden}), which changes what launched means.
 */
public enum Detail {
  /**
   * Free text: {@code launch_place}, {@code target} (and so the report's target area),
   * {@code target_main}, {@code carrier}.
   */
  TEXTS,
  /** The {@code affected region} list (and so the report's regions). */
  REGIONS,
  /** {@code launched_details}: launched per model of a combined line. */
  MODEL_SPLIT,
  /** {@code launch_place_details}: launch place per model. */
  LAUNCH_PLACES_BY_MODEL,
  /** {@code destroyed_details}: destroyed per air-command direction. */
  DIRECTIONS,
  /** Left airspace per country ({@code border_crossing}, {@code cross_border_belarus}, ...). */
  COUNTRIES,
  /** {@code destroyed_types}: counts of sub-types inside the line. */
  SUB_TYPES,
  /**
   * The detail counts: {@code is_shahed}, {@code turbojet}, {@code turbojet_destroyed},
   * {@code num_hit_location}, {@code num_fall_fragment_location}.
   */
  COUNTS;

  /**
   * Returns every detail: what a reader keeps by default.
   *
   * @return a new set of all details
   */
  public static Set<Detail> all() {
    return EnumSet.allOf(Detail.class);
  }

  /**
   * Returns no detail: the least a reader can keep.
   *
   * @return a new empty set
   */
  public static Set<Detail> none() {
    return EnumSet.noneOf(Detail.class);
  }
}
