package org.conflictstats.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/**
 * Numbers as the tables and messages write them: {@link #grouped} is {@code String.format(ROOT,
 * "%,d", n)}, {@link #fixed} is {@code String.format(ROOT, "%.<d>f", x)}, character for character
 * ({@code NumbersProperties} compares them). They exist because {@link java.util.Formatter} loads the
 * locale providers the first time it formats a number, about 40 ms of a short run's start-up, to
 * print a few hundred figures. Not API: the package is not exported.
 *
 * <pre>{@code
 * Numbers.grouped(1234567);  // "1,234,567"
 * Numbers.fixed(71.25, 1);   // "71.3": half up, on the shortest decimal that is the double
 * Numbers.levelPercent(0.975); // "97.5"; 0.95 gives "95"
 * Numbers.percentRange(0.854, 0.995); // "85.4% to 99.5%"
 * }</pre>
 */
public final class Numbers {

  private Numbers() {}

  /**
   * The noun for {@code n} of it, the one plural rule of every text output: "1 report", "2
   * reports", "1 copy", "2 copies" (a consonant then y), "0 days".
   *
   * @param n the count
   * @param noun the noun, singular
   * @return the noun, plural unless {@code n} is 1
   */
  public static String nouns(long n, String noun) {
    if (n == 1) {
      return noun;
    }
    int last = noun.length() - 1;
    // a consonant then y: copy, copies (a day stays days)
    boolean ies = last > 0 && noun.charAt(last) == 'y' && "aeiou".indexOf(noun.charAt(last - 1)) < 0;
    return ies ? noun.substring(0, last) + "ies" : noun + "s";
  }

  /**
   * {@code n} grouped, then the noun for it: "1 report", "3,378 rows".
   *
   * @param n the count
   * @param noun the noun, singular
   * @return the count and its noun
   */
  public static String counted(long n, String noun) {
    return grouped(n) + " " + nouns(n, noun);
  }

  /**
   * A whole number with a comma between groups of three digits.
   *
   * @param n the number
   * @return its digits, grouped, after a minus sign when it is negative
   */
  public static String grouped(long n) {
    String digits = Long.toString(n);
    int sign = n < 0 ? 1 : 0;
    int count = digits.length() - sign;
    if (count <= 3) {
      return digits;
    }
    StringBuilder b = new StringBuilder(digits.length() + count / 3);
    b.append(digits, 0, sign);
    int first = count % 3 == 0 ? 3 : count % 3;
    b.append(digits, sign, sign + first);
    for (int i = sign + first; i < digits.length(); i += 3) {
      b.append(',').append(digits, i, i + 3);
    }
    return b.toString();
  }

  /**
   * A number with a fixed count of decimals, rounded half up from the shortest decimal that
   * reads back as the same {@code double} (what {@code %.<d>f} rounds); a negative number that
   * rounds to zero keeps its minus sign, and {@code NaN} and the infinities are written as words.
   *
   * @param x the number
   * @param decimals the decimals, at least 0
   * @return the number written with exactly that many decimals
   */
  public static String fixed(double x, int decimals) {
    if (Double.isNaN(x)) {
      return "NaN";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "Infinity" : "-Infinity";
    }
    String text = BigDecimal.valueOf(x).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    boolean negative = x < 0 || x == 0 && 1 / x < 0;
    return negative && text.charAt(0) != '-' ? "-" + text : text;
  }

  /**
   * Returns a proportion as a percentage with one decimal and its sign, as the summary and the HTML
   * report write rates: {@code 0.7333} is {@code 73.3%} ({@code String.format(ROOT, "%.1f%%", 100 *
   * p)}, character for character).
   *
   * @param proportion the proportion, normally between 0 and 1
   * @return the percentage
   */
  public static String percent(double proportion) {
    return fixed(100 * proportion, 1) + "%";
  }

  /**
   * A fraction as every CSV the tool writes it: at most six decimals, rounded half even from the
   * shortest decimal that reads back as the same {@code double}, without trailing zeros
   * ({@code 0.854123}, {@code 0.5}, {@code 1}).
   *
   * @param x the fraction
   * @return its text
   */
  public static String fraction(double x) {
    BigDecimal d = BigDecimal.valueOf(x).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  /**
   * A fraction as {@link #fraction(double)} writes it, or empty text where there is none (an
   * undefined rate: an empty CSV cell).
   *
   * @param x the fraction, if any
   * @return its text, or {@code ""}
   */
  public static String fraction(OptionalDouble x) {
    return x.isPresent() ? fraction(x.getAsDouble()) : "";
  }

  /**
   * Returns a range of proportions (bounds, a confidence interval) as the prose outputs, the
   * summary and the HTML report, write it: both ends as {@link #percent}, joined by " to ",
   * {@code 85.4% to 99.5%}: plain ASCII, so a terminal in any locale shows it (an en dash printed
   * as {@code ?} under {@code LANG=C}), and no hyphen to read as a minus. The text tables write
   * numbers only ({@code 85.4-99.5}), their column heading naming the unit.
   *
   * @param lower the lower end, a proportion
   * @param upper the upper end, a proportion
   * @return the range
   */
  public static String percentRange(double lower, double upper) {
    return percent(lower) + " to " + percent(upper);
  }

  /**
   * Returns a confidence level as a percentage, as every table, note and interval writes it:
   * {@code 95}, or {@code 97.5}, without a fraction where it has none, digit for digit the level's
   * own decimal ({@code 0.57} is {@code 57}, where {@code 0.57 * 100} is 56.99999999999999).
   *
   * @param level the level, between 0 and 1
   * @return the percentage
   */
  public static String levelPercent(double level) {
    // from the level's shortest decimal, not level * 100: 0.57 * 100 is 56.99999999999999
    return new java.math.BigDecimal(Double.toString(level)).movePointRight(2).stripTrailingZeros()
        .toPlainString();
  }
}
