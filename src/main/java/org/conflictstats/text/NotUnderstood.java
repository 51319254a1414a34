package org.conflictstats.text;

import java.util.Objects;

/**
 * A sentence that holds a number, a weapon name or an outcome word but gave no figure, or numbers
 * or outcome words of a sentence that the extractor could not tie to a figure, with what it saw:
 * nothing a text says is dropped silently.
 *
 * <pre>{@code
 * // "The Russian-Israeli spent 498 days in captivity after the 7 October attacks."
 * NotUnderstood n = extraction.notUnderstood().get(0);
 * n.why();   // "498 days: days, regions or a share, not a count of weapons; 7 October: a date"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param span the sentence
 * @param text the sentence's words
 * @param why what the sentence holds that gave no figure
 */
public record NotUnderstood(Span span, String text, String why) {

  /** Checks that every component is present. */
  public NotUnderstood {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(why, "why");
  }
}
