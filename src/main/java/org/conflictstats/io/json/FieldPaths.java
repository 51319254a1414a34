package org.conflictstats.io.json;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * Field paths for messages: {@code lines[2].destroyed},
 * {@code lines[0].details.destroyedByDirection["west side"]}.
 */
final class FieldPaths {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private FieldPaths() {}

  /** The path of a property of the object at {@code path}. */
  static String child(String path, String name) {
    if (IDENTIFIER.matcher(name).matches()) {
      return path.isEmpty() ? name : path + "." + name;
    }
    return path + "[" + quote(name) + "]";
  }

  /** The path of an element of the array at {@code path}. */
  static String index(String path, int i) {
    return path + "[" + i + "]";
  }

  /** The path at which a streaming parser stands. */
  static String of(JsonStreamContext context) {
    Deque<JsonStreamContext> chain = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.push(c);
    }
    String path = "";
    for (JsonStreamContext c : chain) {
      if (c.inObject()) {
        if (c.getCurrentName() != null) {
          path = child(path, c.getCurrentName());
        }
      } else if (c.inArray() && c.getCurrentIndex() >= 0) {
        path = index(path, c.getCurrentIndex());
      }
    }
    return path;
  }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
