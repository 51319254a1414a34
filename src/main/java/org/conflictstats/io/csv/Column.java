package org.conflictstats.io.csv;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The columns of the Air Force CSV, in every layout (DOMAIN.md §8), by header name. */
enum Column {
  TIME_START("time_start"),
  TIME_END("time_end"),
  MODEL("model"),
  LAUNCH_PLACE("launch_place"),
  TARGET("target"),
  TARGET_MAIN("target_main"),
  STATUS_DATA("status_data"),
  LAUNCHED("launched"),
  DESTROYED("destroyed"),
  NOT_REACH_GOAL("not_reach_goal"),
  CROSS_BORDER_BELARUS("cross_border_belarus"),
  BACK_RUSSIA("back_russia"),
  STILL_ATTACKING("still_attacking"),
  NUM_HIT_LOCATION("num_hit_location"),
  NUM_FALL_FRAGMENT_LOCATION("num_fall_fragment_location"),
  IS_SHAHED("is_shahed"),
  BORDER_CROSSING("border_crossing"),
  CARRIER("carrier"),
  TURBOJET("turbojet"),
  TURBOJET_DESTROYED("turbojet_destroyed"),
  AFFECTED_REGION("affected region"),
  DESTROYED_TYPES("destroyed_types"),
  DESTROYED_DETAILS("destroyed_details"),
  LAUNCHED_DETAILS("launched_details"),
  LAUNCH_PLACE_DETAILS("launch_place_details"),
  SOURCE("source");

  private static final Map<String, Column> BY_KEY = new HashMap<>();

  static {
    for (Column c : values()) {
      BY_KEY.put(key(c.header), c);
    }
  }

  /** The header name as the dataset writes it. */
  final String header;

  Column(String header) {
    this.header = header;
  }

  /** Whether a file without this column cannot be read. */
  boolean isRequired() {
    return this == TIME_START || this == TIME_END || this == MODEL || this == LAUNCHED;
  }

  /**
   * Finds the column of a header cell, ignoring case, surrounding white space and the difference
   * between a space and an underscore ({@code affected region} = {@code affected_region}).
   */
  static Column forHeader(String name) {
    return BY_KEY.get(key(name));
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
  }
}
