package org.conflictstats.io.json;

import java.util.Objects;

/**
 * A report document that cannot be read: not JSON, truncated, of another schema version, or with a
 * value the format does not allow. The message names the input, the line and the field path:
 *
 * <pre>{@code
 * reports.jsonl, line 3, field lines[2].destroyed: a count must not be negative: -4
 * }</pre>
 *
 * <p>The field is empty when the fault is not in one field (a line that is not JSON at all).
 */
public final class ReportJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** @serial the input's name */
  private final String source;
  /** @serial the line, from 1 */
  private final long line;
  /** @serial the field path, possibly empty */
  private final String field;
  /** @serial what is wrong */
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param source the name of the input (a file name), not null
   * @param line the line number, from 1
   * @param field the field path such as {@code lines[2].destroyed}, empty when none
   * @param reason what is wrong, not null
   * @param cause the underlying failure, or {@code null}
   */
  public ReportJsonException(String source, long line, String field, String reason,
      Throwable cause) {
    super(format(source, line, field, reason), cause);
    this.source = source;
    this.line = line;
    this.field = field;
    this.reason = reason;
  }

  private static String format(String source, long line, String field, String reason) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(reason, "reason");
    return source + ", line " + line + (field.isEmpty() ? "" : ", field " + field) + ": "
        + reason;
  }

  /**
   * Returns the name of the input, such as the file name.
   *
   * @return the input's name
   */
  public String source() {
    return source;
  }

  /**
   * Returns the line of the input, from 1: the JSON Lines line, or for a single document spread over
   * several lines the line where parsing stopped (the first line when the document parsed but a value
   * in it is wrong).
   *
   * @return the line number
   */
  public long line() {
    return line;
  }

  /**
   * Returns the path of the faulty field, such as {@code lines[2].destroyed}; empty when the fault is
   * not in one field.
   *
   * @return the field path
   */
  public String field() {
    return field;
  }

  /**
   * Returns what is wrong, without input, line and field.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }
}
