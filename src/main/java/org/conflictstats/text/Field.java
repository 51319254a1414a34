package org.conflictstats.text;

import java.util.Locale;

/**
 * What a figure counts: a weapon outcome (DOMAIN.md §2), a place count, or casualties.
 *
 * <pre>{@code
 * Field.SUPPRESSED.label();   // "suppressed"
 * Field.KILLED.isCasualty();  // true
 * }</pre>
 */
public enum Field {
  /** Launched: "launched", "fired", "attacked with", «атакував», «запустив», «застосував». */
  LAUNCHED,
  /** Shot down (kinetic): "shot down", "destroyed", "intercepted", «збито», «знищено». */
  DESTROYED,
  /**
   * Shot down or suppressed, one combined figure: "shot down or suppressed", "neutralised",
   * «збито/подавлено», «знешкоджено». The Air Force's {@code destroyed} has held this combined
   * figure since August 2025 (DOMAIN.md §4c); a report line carries it as destroyed.
   */
  NEUTRALISED,
  /** Suppressed: "lost locationally", "failed to reach their targets", «локаційно втрачені». */
  SUPPRESSED,
  /** Still in the air when the statement was written. */
  STILL_AIRBORNE,
  /** Left the airspace: toward Belarus, back to Russia, into Poland (the place is the country). */
  LEFT_AIRSPACE,
  /** Weapons that hit (rare: sources usually count hit places). */
  HIT,
  /** Places hit: "hits were recorded at 18 locations", «влучання на 13 локаціях». */
  HIT_LOCATIONS,
  /** Places where debris fell: "debris fell at 19", «падіння уламків – на трьох». */
  DEBRIS_LOCATIONS,
  /** People killed. */
  KILLED,
  /** People injured. */
  INJURED;

  /**
   * Returns whether this field counts people rather than weapons or places.
   *
   * @return {@code true} for {@link #KILLED} and {@link #INJURED}
   */
  public boolean isCasualty() {
    return this == KILLED || this == INJURED;
  }

  /**
   * Returns whether this field is an outcome of launched weapons (DOMAIN.md §2).
   *
   * @return {@code true} for destroyed, neutralised, suppressed, still airborne, left airspace and
   *     hit
   */
  public boolean isOutcome() {
    switch (this) {
      case DESTROYED:
      case NEUTRALISED:
      case SUPPRESSED:
      case STILL_AIRBORNE:
      case LEFT_AIRSPACE:
      case HIT:
        return true;
      default:
        return false;
    }
  }

  /**
   * Returns the field's name as the table output prints it: lower case, words joined by spaces.
   *
   * @return the label, such as {@code "still airborne"}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
