package org.conflictstats.validation;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;

/** Follows a {@link FieldPath} through records and lists, as a test oracle for finding paths. */
final class PathResolver {

  private PathResolver() {}

  /**
   * Returns the element a path points at, or empty when a node names no record component or an
   * index lies outside its list.
   */
  static Optional<Object> resolve(Object root, FieldPath path) {
    Object at = root;
    for (FieldPath.Node node : path.nodes()) {
      if (at == null || !at.getClass().isRecord()) {
        return Optional.empty();
      }
      Object next = null;
      boolean found = false;
      for (RecordComponent c : at.getClass().getRecordComponents()) {
        if (c.getName().equals(node.name())) {
          try {
            next = c.getAccessor().invoke(at);
          } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
          }
          found = true;
        }
      }
      if (!found) {
        return Optional.empty();
      }
      if (node.index().isPresent()) {
        if (!(next instanceof List<?> list) || node.index().getAsInt() >= list.size()) {
          return Optional.empty();
        }
        next = list.get(node.index().getAsInt());
      }
      at = next;
    }
    return Optional.ofNullable(at);
  }
}
