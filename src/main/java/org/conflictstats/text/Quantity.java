package org.conflictstats.text;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.conflictstats.model.Count;

/**
 * A number as a text states it: its value, how it is qualified, and the words that say it
 * ({@code "at least 30"}, {@code "seventy-five"}, {@code "113-ма"}, {@code "all eight"}).
 *
 * <pre>{@code
 * Quantity q = Quantity.of(30, Qualifier.AT_LEAST, "at least 30");
 * q.count();    // at least 30
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the number as written, at least zero
 * @param qualifier how the text qualifies it
 * @param words the words as written, not blank
 */
public record Quantity(long value, Qualifier qualifier, String words) {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if the value is negative or the words are blank
   */
  public Quantity {
    checkArgument(value >= 0, "value must not be negative: %s", value);
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(words, "words");
    checkArgument(!words.isBlank(), "words must not be blank");
  }

  /**
   * Returns a quantity.
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
   * Returns the count the text states: the value under its qualifier.
   *
   * @return the count
   */
  public Count count() {
    return qualifier.count(value);
  }
}
