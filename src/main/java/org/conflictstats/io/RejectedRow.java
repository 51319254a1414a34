package org.conflictstats.io;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;

/**
 * A row an importer could not turn into part of a report, kept with everything needed to find and
 * fix it: the file, the physical line where the row starts, the field at fault (a CSV column, a JSON
 * field) when one is, the row's raw text and the reason.
 *
 * <pre>{@code
 * RejectedRow r = RejectedRow.of(FileLocation.of("attacks.csv", 17), "launched",
 *     "2025-04-17,...,abc,...", "column 'launched': not a count: 'abc'");
 * r.message(); // "attacks.csv:17: column 'launched': not a count: 'abc'"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param location the file and the physical line where the row starts
 * @param field the field at fault, or empty when the row as a whole is bad (a wrong number of cells,
 *     an unterminated quote)
 * @param rawText the row's text as read, without its line terminator (possibly empty)
 * @param reason why the row was rejected, not blank; it names the field when there is one
 */
public record RejectedRow(FileLocation location, Optional<String> field, String rawText,
    String reason) {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if the reason is blank
   */
  public RejectedRow {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(rawText, "rawText");
    Objects.requireNonNull(reason, "reason");
    checkArgument(!reason.isBlank(), "reason must not be blank");
  }

  /**
   * Returns a rejected row with a field at fault.
   *
   * @param location where the row starts
   * @param field the field at fault
   * @param rawText the row's raw text
   * @param reason why it was rejected, not blank
   * @return the rejected row
   */
  public static RejectedRow of(FileLocation location, String field, String rawText, String reason) {
    return new RejectedRow(location, Optional.of(field), rawText, reason);
  }

  /**
   * Returns a rejected row that is bad as a whole, with no single field at fault.
   *
   * @param location where the row starts
   * @param rawText the row's raw text
   * @param reason why it was rejected, not blank
   * @return the rejected row
   */
  public static RejectedRow ofRow(FileLocation location, String rawText, String reason) {
    return new RejectedRow(location, Optional.empty(), rawText, reason);
  }

  /**
   * Returns the file the row is in.
   *
   * @return the file's name or path as given to the importer
   */
  public String file() {
    return location.file();
  }

  /**
   * Returns the physical line where the row starts.
   *
   * @return the line, at least 1
   */
  public long line() {
    return location.line();
  }

  /**
   * Returns {@code file:line: reason}, one line fit for a log or a terminal.
   *
   * @return the message
   */
  public String message() {
    return location + ": " + reason;
  }

  /** Returns {@link #message()}. */
  @Override
  public String toString() {
    return message();
  }
}
