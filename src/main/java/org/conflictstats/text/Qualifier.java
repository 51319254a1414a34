package org.conflictstats.text;

import org.conflictstats.model.Count;

/**
 * How a text qualifies a number ("at least 30", "more than 800", "about 250"), and the
 * {@link Count} each qualifier makes of it.
 *
 * <table class="striped">
 *   <caption>Qualifiers and counts</caption>
 *   <thead><tr><th scope="col">Qualifier</th><th scope="col">English</th>
 *     <th scope="col">Ukrainian</th><th scope="col">Count of N</th></tr></thead>
 *   <tbody>
 *     <tr><td>{@link #EXACT}</td><td>75, seventy-five</td><td>75, сімдесят п'ять</td>
 *       <td>exactly N</td></tr>
 *     <tr><td>{@link #AT_LEAST}</td><td>at least, no fewer than, not less than, a minimum of
 *       </td><td>щонайменше, принаймні, не менше ніж, як мінімум</td><td>at least N</td></tr>
 *     <tr><td>{@link #MORE_THAN}</td><td>more than, over, upwards of, in excess of</td>
 *       <td>понад, більше ніж, більш ніж</td><td>at least N + 1</td></tr>
 *     <tr><td>{@link #ABOUT}</td><td>about, around, roughly, approximately, some, an estimated
 *       </td><td>близько, приблизно, орієнтовно</td>
 *       <td>between ⌊0.9 N⌋ and ⌈1.1 N⌉</td></tr>
 *     <tr><td>{@link #ALMOST}</td><td>almost, nearly, close to</td><td>майже, майже що</td>
 *       <td>between ⌊0.9 N⌋ and N</td></tr>
 *     <tr><td>{@link #UP_TO}</td><td>up to, as many as</td><td>до (only as «до N»)</td>
 *       <td>at most N</td></tr>
 *     <tr><td>{@link #FEWER_THAN}</td><td>fewer than, less than, under</td>
 *       <td>менше ніж, менш ніж</td><td>at most N − 1</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>"About N" is read as N give or take a tenth, rounded outwards: {@code about 250} is between
 * 225 and 275, {@code about 12} ("about a dozen") between 10 and 14. The band is a convention, not
 * a measurement: sources round to the nearest ten or fifty, and a band keeps such a figure out of
 * point rates (a rate needs an exact launched count) while still bounding the sums.
 *
 * <pre>{@code
 * Qualifier.ABOUT.count(250);      // between 225 and 275
 * Qualifier.MORE_THAN.count(800);  // at least 801
 * }</pre>
 */
public enum Qualifier {
  /** The number as it stands. */
  EXACT,
  /** "At least N": N or more. */
  AT_LEAST,
  /** "More than N", "over N": N + 1 or more. */
  MORE_THAN,
  /** "About N": N give or take a tenth. */
  ABOUT,
  /** "Almost N", "nearly N": up to a tenth below N, and not above it. */
  ALMOST,
  /** "Up to N": at most N. */
  UP_TO,
  /** "Fewer than N": at most N − 1. */
  FEWER_THAN;

  /**
   * Returns the count this qualifier makes of a number.
   *
   * @param n the number as written, at least zero
   * @return the count
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public Count count(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("a count must not be negative: " + n);
    }
    switch (this) {
      case AT_LEAST:
        return Count.atLeast(n);
      case MORE_THAN:
        return Count.atLeast(n + 1);
      case ABOUT:
        return Count.between(n * 9 / 10, (n * 11 + 9) / 10);
      case ALMOST:
        return Count.between(n * 9 / 10, n);
      case UP_TO:
        return Count.atMost(n);
      case FEWER_THAN:
        return Count.atMost(Math.max(0, n - 1));
      default:
        return Count.exactly(n);
    }
  }

  /**
   * Returns how the qualifier reads before a number in English, empty for {@link #EXACT}.
   *
   * @return "at least", "more than", "about", "almost", "up to", "fewer than" or ""
   */
  public String words() {
    switch (this) {
      case AT_LEAST:
        return "at least";
      case MORE_THAN:
        return "more than";
      case ABOUT:
        return "about";
      case ALMOST:
        return "almost";
      case UP_TO:
        return "up to";
      case FEWER_THAN:
        return "fewer than";
      default:
        return "";
    }
  }
}
