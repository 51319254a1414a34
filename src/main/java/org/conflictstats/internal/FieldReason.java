package org.conflictstats.internal;

/**
 * The one wording of a JSON value's error at a field, in every reader and Jackson deserializer of
 * the library: {@code field lines[0].launched: a count must not be negative: -1}, or the reason
 * alone at the document's root. Not API: the package is not exported.
 */
public final class FieldReason {

  private FieldReason() {}

  /**
   * The reason with its field.
   *
   * @param field the field's path ({@code lines[0].launched}, {@code possible}), empty for the root
   * @param reason why the value is refused ({@code missing})
   * @return {@code field FIELD: REASON}, or the reason alone for an empty field
   */
  public static String of(String field, String reason) {
    return field.isEmpty() ? reason : "field " + field + ": " + reason;
  }
}
