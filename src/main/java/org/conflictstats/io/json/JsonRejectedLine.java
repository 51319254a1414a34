package org.conflictstats.io.json;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * A line of a JSON Lines input that lenient reading set aside: its number, its raw text and why.
 *
 * <pre>{@code
 * for (JsonRejectedLine r : result.rejected()) {
 *   System.err.println(r); // "line 7, field lines[0].launched: a count must not be negative: -4"
 * }
 * }</pre>
 *
 * @param line the line number, from 1
 * @param rawText the line as read, without its line terminator; for a line longer than
 *     {@link #MAX_RAW_TEXT} characters only its first {@code MAX_RAW_TEXT} characters
 * @param field the path of the faulty field, empty when the fault is not in one field
 * @param reason what is wrong
 */
public record JsonRejectedLine(long line, String rawText, String field, String reason) {

  /** The longest raw text kept, in characters; a longer line keeps its beginning. */
  public static final int MAX_RAW_TEXT = 65_536;

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if the line is below 1
   */
  public JsonRejectedLine {
    Objects.requireNonNull(rawText, "rawText");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(reason, "reason");
    checkArgument(line >= 1, "line must be at least 1: %s", line);
  }

  @Override
  public String toString() {
    return "line " + line + (field.isEmpty() ? "" : ", field " + field) + ": " + reason;
  }
}
