package org.conflictstats.io.json;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * Something in a readable document that the reader passed over or had to decide on: an unknown
 * property in lenient mode, or a weapon the reading catalogue does not know.
 *
 * <pre>{@code
 * new JsonReadWarning(3, "lines[0].colour", "unknown property, ignored").toString();
 * // "line 3, field lines[0].colour: unknown property, ignored"
 * }</pre>
 *
 * @param line the line number, from 1
 * @param field the field path, such as {@code lines[0].colour}
 * @param message what happened
 */
public record JsonReadWarning(long line, String field, String message) {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if the line is below 1
   */
  public JsonReadWarning {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
    checkArgument(line >= 1, "line must be at least 1: %s", line);
  }

  @Override
  public String toString() {
    return "line " + line + (field.isEmpty() ? "" : ", field " + field) + ": " + message;
  }
}
