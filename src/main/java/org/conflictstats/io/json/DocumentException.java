package org.conflictstats.io.json;

/** A document that cannot be read: the field path where, and why. Internal to the package. */
final class DocumentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String reason;
  private final long parserLine;

  DocumentException(String field, String reason) {
    this(field, reason, 0);
  }

  /** With the line where a parser stopped, counted within the parsed text (0 when unknown). */
  DocumentException(String field, String reason, long parserLine) {
    super(field.isEmpty() ? reason : field + ": " + reason);
    this.field = field;
    this.reason = reason;
    this.parserLine = parserLine;
  }

  long parserLine() {
    return parserLine;
  }

  /** The reason with its field, as an import reports it: {@code field lines[0].hit: missing}. */
  String fullReason() {
    return field.isEmpty() ? reason : "field " + field + ": " + reason;
  }

  String field() {
    return field;
  }

  String reason() {
    return reason;
  }
}
