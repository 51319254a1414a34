package org.conflictstats.model;

/**
 * The limits every reader of the library applies to what it reads, the same for the Air Force CSV,
 * the library's JSON and JSON Lines, and the command-line tool: so that no sum over any input can
 * overflow, every output can be read back, and no date is so far off that turning it into another
 * zone fails.
 *
 * <pre>{@code
 * InputLimits.MAX_COUNT;   // 1,000,000,000: a larger count is refused where it is read
 * InputLimits.FIRST_YEAR;  // 1900
 * InputLimits.LAST_YEAR;   // 2200
 * }</pre>
 *
 * <p>A count above {@link #MAX_COUNT} (a CSV cell, a JSON count or bound) rejects its row or
 * document, naming the field; so does a date or time whose year lies outside
 * {@link #FIRST_YEAR}-{@link #LAST_YEAR}. With at most 10^9 per count, a sum over 9·10^9 lines
 * still fits a {@code long}. A report built in code is not held to these limits; the standard
 * validator reports a value beyond them as {@code BEYOND_INPUT_LIMITS} (an error), since no reader
 * would read such a report back.
 */
public final class InputLimits {

  /**
   * The largest count an input may hold. Real counts are in the thousands; a billion weapons in one
   * line is a broken cell or a hostile input.
   */
  public static final long MAX_COUNT = 1_000_000_000L;

  /** The earliest year a date or time read may have. */
  public static final int FIRST_YEAR = 1900;

  /** The latest year a date or time read may have. */
  public static final int LAST_YEAR = 2200;

  private InputLimits() {}
}
