package org.conflictstats.io.json;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Field paths for messages: {@code lines[2].destroyed},
 * {@code lines[0].details.destroyedByDirection["west side"]}.
 */
final class FieldPaths {

  private FieldPaths() {}

  /** The path of a property of the object at {@code path}. */
  static String child(String path, String name) {
    if (isIdentifier(name)) {
      return path.isEmpty() ? name : path + "." + name;
    }
    return path + "[" + quote(name) + "]";
  }

  /**
   * Whether a name is written after a dot: {@code [A-Za-z_][A-Za-z0-9_]*}, ASCII only. Checked by
   * hand, not by a regular expression: the decoder makes the path of every field it reads, and a
   * matcher per field was the largest cost of reading JSON Lines.
   */
  static boolean isIdentifier(String name) {
    int n = name.length();
    if (n == 0) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
      if (!letter && (i == 0 || c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
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

  /**
   * Splits a path made by {@link #child} and {@link #index} into its steps: property names
   * ({@code String}) and array indexes ({@code Integer}), in order from the root.
   */
  static List<Object> steps(String path) {
    List<Object> steps = new ArrayList<>();
    int i = 0;
    int n = path.length();
    while (i < n) {
      char c = path.charAt(i);
      if (c == '.') {
        i++;
      } else if (c == '[' && i + 1 < n && path.charAt(i + 1) == '"') {
        StringBuilder name = new StringBuilder();
        int j = i + 2;
        while (j < n && path.charAt(j) != '"') {
          char d = path.charAt(j);
          if (d == '\\' && j + 1 < n) {
            char e = path.charAt(j + 1);
            if (e == 'u' && j + 5 < n) {
              name.append((char) Integer.parseInt(path.substring(j + 2, j + 6), 16));
              j += 6;
              continue;
            }
            name.append(e);
            j += 2;
            continue;
          }
          name.append(d);
          j++;
        }
        steps.add(name.toString());
        i = j + 2; // past the closing quote and bracket
      } else if (c == '[') {
        int close = path.indexOf(']', i);
        steps.add(Integer.valueOf(path.substring(i + 1, close)));
        i = close + 1;
      } else {
        int j = i;
        while (j < n && path.charAt(j) != '.' && path.charAt(j) != '[') {
          j++;
        }
        steps.add(path.substring(i, j));
        i = j;
      }
    }
    return steps;
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
