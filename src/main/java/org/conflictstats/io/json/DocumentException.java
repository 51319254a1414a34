package org.conflictstats.io.json;

import java.util.Set;
import org.conflictstats.internal.FieldReason;

/** A document that cannot be read: the field path where, and why. Internal to the package. */
final class DocumentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String reason;
  private final long parserLine;
  private final String unknownProperty;
  private final Set<String> knownProperties;

  DocumentException(String field, String reason) {
    this(field, reason, 0);
  }

  /** At a decoder's path, written out now that a message needs it. */
  DocumentException(DocumentPath where, String reason) {
    this(where.toString(), reason, 0);
  }

  /** With the line where a parser stopped, counted within the parsed text (0 when unknown). */
  DocumentException(String field, String reason, long parserLine) {
    this(field, reason, parserLine, null, Set.of());
  }

  private DocumentException(String field, String reason, long parserLine, String unknownProperty,
      Set<String> knownProperties) {
    super(field.isEmpty() ? reason : field + ": " + reason);
    this.field = field;
    this.reason = reason;
    this.parserLine = parserLine;
    this.unknownProperty = unknownProperty;
    this.knownProperties = knownProperties;
  }

  /**
   * A property the format does not have, at {@code field} (whose last name is {@code name}), in an
   * object whose properties are {@code known}.
   */
  static DocumentException unknownProperty(String field, String name, Set<String> known) {
    return new DocumentException(field, "unknown property", 0, name, known);
  }

  /** The properties of the object that held the unknown one; empty for other exceptions. */
  Set<String> knownProperties() {
    return knownProperties;
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
    return FieldReason.of(field, reason);
  }

  String field() {
    return field;
  }

  String reason() {
    return reason;
  }
}
