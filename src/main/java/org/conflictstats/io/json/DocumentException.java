package org.conflictstats.io.json;

/** A document that cannot be read: the field path where, and why. Internal to the package. */
final class DocumentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String reason;
  private final long parserLine;
  private final String unknownProperty;

  DocumentException(String field, String reason) {
    this(field, reason, 0);
  }

  /** At a decoder's path, written out now that a message needs it. */
  DocumentException(DocumentPath where, String reason) {
    this(where.toString(), reason, 0);
  }

  /** With the line where a parser stopped, counted within the parsed text (0 when unknown). */
  DocumentException(String field, String reason, long parserLine) {
    this(field, reason, parserLine, null);
  }

  private DocumentException(String field, String reason, long parserLine, String unknownProperty) {
    super(field.isEmpty() ? reason : field + ": " + reason);
    this.field = field;
    this.reason = reason;
    this.parserLine = parserLine;
    this.unknownProperty = unknownProperty;
  }

  /** A property the format does not have, at {@code field} (whose last name is {@code name}). */
  static DocumentException unknownProperty(String field, String name) {
    return new DocumentException(field, "unknown property", 0, name);
  }

  /** The name of the unknown property this exception is about, or {@code null}. */
  String unknownPropertyName() {
    return unknownProperty;
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
