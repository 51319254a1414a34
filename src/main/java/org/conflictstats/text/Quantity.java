package org.conflictstats.text;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.OptionalLong;
import org.conflictstats.model.Count;

/**
 * A number as a text states it: its value, how it is qualified, the words that say it
 * ({@code "at least 30"}, {@code "seventy-five"}, {@code "113-ма"}, {@code "all eight"}), and for a
 * range ({@code "40 to 50"}, {@code "40-50"}, «від 40 до 50») its second number.
 *
 * <pre>{@code
 * Quantity q = Quantity.of(30, Qualifier.AT_LEAST, "at least 30");
 * q.count();    // at least 30
 * Quantity.range(40, 50, Qualifier.EXACT, "40 to 50").count();   // between 40 and 50
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the number as written, at least zero; the first number of a range
 * @param qualifier how the text qualifies it
 * @param words the words as written, not blank
 * @param to the second number of a range, above {@code value}; empty for one number
 */
public record Quantity(long value, Qualifier qualifier, String words, OptionalLong to) {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if the value is negative, the words are blank or the end of a
   *     range is not above its start
   */
  public Quantity {
    checkArgument(value >= 0, "value must not be negative: %s", value);
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(words, "words");
    Objects.requireNonNull(to, "to");
    checkArgument(!words.isBlank(), "words must not be blank");
    checkArgument(to.isEmpty() || to.getAsLong() > value,
        "a range must end above its start: %s to %s", value, to);
  }

  /**
   * Creates a quantity of one number (no range).
   *
   * @param value the number as written
   * @param qualifier how the text qualifies it
   * @param words the words as written
   * @throws IllegalArgumentException if the value is negative or the words are blank
   */
  public Quantity(long value, Qualifier qualifier, String words) {
    this(value, qualifier, words, OptionalLong.empty());
  }

  /**
   * Returns a quantity of one number.
   *
   * @param value the number as written
   * @param qualifier how the text qualifies it
   * @param words the words as written
   * @return the quantity
   */
  public static Quantity of(long value, Qualifier qualifier, String words) {
    return new Quantity(value, qualifier, words);
  }

  /**
   * Returns a range: "40 to 50", "40-50", «від 40 до 50».
   *
   * @param from the first number
   * @param to the second number, above the first
   * @param qualifier how the text qualifies the range ("about 40 to 50")
   * @param words the words as written
   * @return the quantity
   * @throws IllegalArgumentException if {@code to} is not above {@code from}
   */
  public static Quantity range(long from, long to, Qualifier qualifier, String words) {
    return new Quantity(from, qualifier, words, OptionalLong.of(to));
  }

  /**
   * Returns the same number said in other words ("all of them" for the 20 launched before).
   *
   * @param other the words, not blank
   * @return the copy
   */
  public Quantity withWords(String other) {
    return new Quantity(value, qualifier, other, to);
  }

  /**
   * Returns the count the text states: the value under its qualifier; for a range, from the lower
   * bound of its first number to the upper bound of its second ({@code 40 to 50} is between 40 and
   * 50, {@code about 40 to 50} between 36 and 55).
   *
   * @return the count
   */
  public Count count() {
    Count first = qualifier.count(value);
    if (to.isEmpty()) {
      return first;
    }
    return Count.of(first.lower(), qualifier.count(to.getAsLong()).upper());
  }
}
