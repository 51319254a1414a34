package org.conflictstats.validation;

import java.util.Objects;
import java.util.Optional;

/**
 * The codes of the standard rules, each with its default severity and meaning. A code's
 * {@linkplain #code() text} is stable across releases: filter, count and suppress findings by it.
 * The table in the {@linkplain org.conflictstats.validation package documentation} lists the same
 * codes with the field path each one points at.
 *
 * <pre>{@code
 * FindingCode.NO_SOURCE.code();            // "NO_SOURCE"
 * FindingCode.NO_SOURCE.defaultSeverity(); // ERROR
 * FindingCode.fromCode("PERIOD_TOO_LONG"); // Optional[PERIOD_TOO_LONG]
 * }</pre>
 *
 * <p>Custom rules may use codes of their own (see {@link Finding}); those are not listed here.
 */
public enum FindingCode {

  /**
   * Error: the line's known outcomes (destroyed + suppressed + still airborne + left airspace + hit)
   * certainly exceed launched: the lower bound of their sum is above launched's upper bound.
   */
  OUTCOMES_EXCEED_LAUNCHED(Severity.ERROR,
      "known outcomes certainly exceed launched"),

  /**
   * Error: destroyed alone certainly exceeds launched. Reported beside
   * {@link #OUTCOMES_EXCEED_LAUNCHED}, pointing at the destroyed figure.
   */
  DESTROYED_EXCEEDS_LAUNCHED(Severity.ERROR,
      "destroyed alone certainly exceeds launched"),

  /**
   * Warning: the ranges the source gave allow known outcomes above launched, though not certainly.
   * Open-ended figures ("at least 30", a blank) count at their stated minimum, and a launched count
   * with no upper bound is never exceeded, so blanks alone never raise this.
   */
  OUTCOMES_MAY_EXCEED_LAUNCHED(Severity.WARNING,
      "the given ranges allow known outcomes above launched"),

  /**
   * Warning: the exact number launched is unknown (a blank cell; withheld by the source, with or
   * without a partial figure; a bound such as "at least 30"): the line has no rate, and a total
   * that includes a line with no upper bound has none either.
   */
  LAUNCHED_UNKNOWN(Severity.WARNING,
      "launched is not exact: the line has no rate"),

  /**
   * Error: the period certainly ends before it starts (a date-only bound is compared by date).
   */
  PERIOD_ENDS_BEFORE_START(Severity.ERROR,
      "the period ends before it starts"),

  /**
   * Warning: a date-only bound leaves open whether the period ends before it starts: read at
   * midnight, the end lies before the start (a post from 07:00 that "ends on" the same date). Not an
   * error, since the end may be later that day; tools that treat a date as midnight call it inverted.
   */
  PERIOD_MAY_END_BEFORE_START(Severity.WARNING,
      "the period may end before it starts (a date-only bound)"),

  /**
   * Warning: the period lasts more than 48 hours even at its shortest: a date-only start is taken
   * at the end of its day, a date-only end at the start of its day.
   */
  PERIOD_TOO_LONG(Severity.WARNING,
      "the period lasts more than 48 hours"),

  /**
   * Warning: a bound of the period is a local time that the clock change of its zone skips (spring
   * forward: it never happened) or repeats (fall back: it happened twice). It is resolved as
   * {@code java.time} resolves it: a skipped time moves forward by the length of the gap
   * (03:30 on the last Sunday of March in Europe/Kyiv is 04:30, +03:00), a repeated one takes the
   * earlier of its two offsets (03:30 on the last Sunday of October is the first 03:30, +03:00).
   */
  TIME_IN_CLOCK_CHANGE(Severity.WARNING,
      "a local time of the period is skipped or repeated by a clock change"),

  /** Error: the report names no source. */
  NO_SOURCE(Severity.ERROR,
      "the report names no source"),

  /**
   * Warning: the catalogue does not know the line's weapon, or a part of it; its category is
   * unclassified.
   */
  UNRESOLVED_WEAPON(Severity.WARNING,
      "the weapon is not in the catalogue"),

  /**
   * Info: the line reports several weapon types together; its counts cannot be split by type.
   */
  COMPOSITE_WEAPON(Severity.INFO,
      "several weapon types reported together in one line"),

  /**
   * Warning: an earlier line of the same report names the same weapon, so the report may count
   * some weapons twice (or splits one type by target).
   */
  DUPLICATE_WEAPON(Severity.WARNING,
      "another line of the report names the same weapon"),

  /**
   * Error: casualty figures contradict each other: the places' lower bounds add up to more than
   * the total's upper bound (killed or injured).
   */
  CASUALTIES_CONTRADICT(Severity.ERROR,
      "casualties per place add up to more than the total"),

  /**
   * Error: a count above {@link org.conflictstats.model.InputLimits#MAX_COUNT}, or a period bound
   * whose year lies outside {@link org.conflictstats.model.InputLimits#FIRST_YEAR}-{@link
   * org.conflictstats.model.InputLimits#LAST_YEAR}: every reader refuses such a value, so the
   * report, built in code, would be written and not read back. Reports the CSV and JSON readers
   * give never hold one (a row whose cells add up beyond the limit is rejected); a report
   * extracted from a text may, and then has this finding.
   */
  BEYOND_INPUT_LIMITS(Severity.ERROR,
      "a count or a year beyond the limits every reader applies");

  private final Severity defaultSeverity;
  private final String description;

  FindingCode(Severity defaultSeverity, String description) {
    this.defaultSeverity = defaultSeverity;
    this.description = description;
  }

  /**
   * Returns the stable text of this code, as findings carry it: the constant's name, such as
   * {@code "OUTCOMES_EXCEED_LAUNCHED"}.
   *
   * @return the code
   */
  public String code() {
    return name();
  }

  /**
   * Returns the severity findings of this code get unless the validator is told otherwise
   * ({@link Validator#withSeverity(String, Severity)}).
   *
   * @return the default severity
   */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /**
   * Returns a one-line description of what this code means.
   *
   * @return the description, such as {@code "the report names no source"}
   */
  public String description() {
    return description;
  }

  /**
   * Finds the standard code with the given text.
   *
   * @param code a code text such as {@code "NO_SOURCE"}; exact, case-sensitive
   * @return the code, or empty for a code no standard rule uses
   */
  public static Optional<FindingCode> fromCode(String code) {
    Objects.requireNonNull(code, "code");
    for (FindingCode c : values()) {
      if (c.code().equals(code)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
