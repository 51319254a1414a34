package org.conflictstats.model;

/**
 * The white space of a regular expression's {@code \s} (without {@code UNICODE_CHARACTER_CLASS}):
 * space, tab, line feed, vertical tab, form feed and carriage return, for the names that normalise
 * white space character by character instead of running an expression on every name
 * ({@link Region}, {@link WeaponNames}); their property tests hold them to the expressions.
 *
 * <pre>{@code
 * RegexSpace.is('\t');      // true
 * RegexSpace.is('\u00A0');  // false: a no-break space is not \s
 * }</pre>
 */
final class RegexSpace {

  private RegexSpace() {}

  /** Whether {@code \s} matches the character. */
  static boolean is(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
