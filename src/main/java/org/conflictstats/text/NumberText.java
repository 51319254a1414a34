package org.conflictstats.text;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Numbers as people write them: digits ({@code 75}), thousands separators ({@code 1,200},
 * {@code 1 200}), English number words ({@code seventy-five}, {@code two hundred and twelve},
 * {@code a thousand}), Ukrainian number words in every case ({@code двадцять п'ять},
 * {@code чотириста двадцять}, {@code сорока двох}, {@code трьома}) and collectives
 * ({@code троє}, {@code семеро}), and digits with Ukrainian case endings ({@code 113-ма},
 * {@code 42-х}, {@code 5-ти}).
 *
 * <pre>{@code
 * NumberText.parse("two hundred and twelve");  // OptionalLong[212]
 * NumberText.parse("чотириста двадцять");      // OptionalLong[420]
 * NumberText.parse("113-ма");                  // OptionalLong[113]
 * NumberText.parse("80th");                    // empty: an ordinal is not a count
 * }</pre>
 *
 * <p>Ordinals ({@code 80th}, {@code 80-та}), decimals and times are not numbers here. This class
 * is thread-safe.
 */
public final class NumberText {

  private NumberText() {}

  /**
   * Reads a text that is exactly one number (surrounding white space and letter case ignored).
   *
   * @param text the text
   * @return the value, or empty when the text is not one number in a form above
   */
  public static OptionalLong parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String norm = Normalized.of(text);
    List<Token> tokens = Tokenizer.tokens(norm, 0, norm.length());
    if (tokens.size() == 1 && tokens.get(0).isNumber()) {
      return OptionalLong.of(tokens.get(0).value());
    }
    return OptionalLong.empty();
  }
}
