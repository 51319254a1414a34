package org.conflictstats.io.json;

import java.util.Objects;

/**
 * Where a value stands in a document, as the decoder goes down into it: each step a property name or
 * an array index. It is written as a field path ({@link FieldPaths}: {@code lines[2].destroyed},
 * {@code lines[0].details.destroyedByDirection["west side"]}) only when a message or a warning names
 * it, not for every value read. Immutable.
 *
 * <pre>{@code
 * DocumentPath p = DocumentPath.ROOT.child("lines").index(2).child("destroyed");
 * p.toString();                      // "lines[2].destroyed"
 * DocumentPath.ROOT.toString();      // ""
 * }</pre>
 */
final class DocumentPath {

  /** The document itself: the empty path. */
  static final DocumentPath ROOT = new DocumentPath(null, null, 0);

  private final DocumentPath parent;
  /** The property's name, or null for an array element. */
  private final String name;
  private final int index;

  private DocumentPath(DocumentPath parent, String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  /** The path of a property of the object here. */
  DocumentPath child(String name) {
    return new DocumentPath(this, Objects.requireNonNull(name, "name"), 0);
  }

  /** The path of an element of the array here. */
  DocumentPath index(int i) {
    return new DocumentPath(this, null, i);
  }

  /** The field path, as {@link FieldPaths#child} and {@link FieldPaths#index} write it. */
  @Override
  public String toString() {
    if (parent == null) {
      return "";
    }
    String up = parent.toString();
    return name != null ? FieldPaths.child(up, name) : FieldPaths.index(up, index);
  }
}
