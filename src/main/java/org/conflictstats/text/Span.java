package org.conflictstats.text;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * A range of characters in a text, {@code start} inclusive and {@code end} exclusive, as
 * {@link String#substring(int, int)} takes them: the provenance of every figure the extractor reads.
 *
 * <pre>{@code
 * Span s = Span.of(4, 13);
 * s.of("The 75 drones ...");   // "75 drones"
 * s.length();                  // 9
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param start the first character, at least zero
 * @param end one past the last character, at least {@code start}
 */
public record Span(int start, int end) implements Comparable<Span> {

  /**
   * Checks the bounds.
   *
   * @throws IllegalArgumentException if {@code start} is negative or {@code end < start}
   */
  public Span {
    checkArgument(start >= 0, "start must not be negative: %s", start);
    checkArgument(end >= start, "end %s is before start %s", end, start);
  }

  /**
   * Returns the span from {@code start} to {@code end}.
   *
   * @param start the first character
   * @param end one past the last character
   * @return the span
   * @throws IllegalArgumentException if {@code start} is negative or {@code end < start}
   */
  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  /**
   * Returns the number of characters.
   *
   * @return {@code end - start}
   */
  public int length() {
    return end - start;
  }

  /**
   * Returns the smallest span that covers this one and another.
   *
   * @param other the other span
   * @return the cover
   */
  public Span cover(Span other) {
    Objects.requireNonNull(other, "other");
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }

  /**
   * Returns whether this span lies inside another (or equals it).
   *
   * @param other the other span
   * @return {@code true} when {@code other} covers this span
   */
  public boolean isWithin(Span other) {
    return other.start <= start && end <= other.end;
  }

  /**
   * Returns the characters of a text this span covers.
   *
   * @param text the text the span was taken from
   * @return the covered characters
   * @throws IndexOutOfBoundsException if the span reaches past the text
   */
  public String of(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return text.subSequence(start, end).toString();
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }

  /** Returns {@code start-end}, as the table output prints spans. */
  @Override
  public String toString() {
    return start + "-" + end;
  }
}
