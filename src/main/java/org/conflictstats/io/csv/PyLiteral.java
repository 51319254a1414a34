package org.conflictstats.io.csv;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the Python literals that pandas writes into cells of the Air Force CSV, straight from UTF-8
 * bytes: dicts ({@code {'south': 30, 'east': NaN}}), nested dicts, lists
 * ({@code ['Kyiv oblast', 'Odesa oblast']}) and tuples, strings in single or double quotes with
 * backslash escapes, numbers, {@code NaN}, {@code nan}, {@code None}, {@code True} and
 * {@code False}.
 *
 * <p>A parse fills a flat tree of nodes in pre-order that point back into the bytes; nothing is
 * decoded or allocated until a caller asks for a node's text, so checking a cell costs no garbage.
 * The children of a container node {@code n} start at {@code n + 1}; the node after the subtree of
 * node {@code c} is {@link #next(int)}. A dict's children alternate key and value. A key given twice
 * in one dict is an error (Python would keep the last value: the reader refuses to drop one); keys
 * are compared as the reader keeps them, stripped of white space ({@link String#strip()}), so that
 * {@code 'south'} and {@code ' south'} are one key given twice.
 *
 * <p>Not thread-safe; reuse one instance per thread.
 */
final class PyLiteral {

  static final int DICT = 0;
  static final int LIST = 1;
  static final int STRING = 2;
  static final int NUMBER = 3;
  static final int MISSING = 4;
  static final int TRUE = 5;
  static final int FALSE = 6;

  private static final int MAX_DEPTH = 16;

  /** Thrown when the text is not a literal; the message says what and where. */
  static final class SyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    SyntaxException(String message) {
      super(message, null, false, false);
    }
  }

  private byte[] b;
  private int base;
  private int i;
  private int e;
  private int n;
  private int[] kind = new int[32];
  private int[] start = new int[32];
  private int[] stop = new int[32];
  private int[] next = new int[32];
  private int[] count = new int[32];
  private boolean[] escapes = new boolean[32];

  /**
   * Parses {@code b[s, e)} (white space around it allowed) as one literal; the root is node 0.
   *
   * @throws SyntaxException if the bytes are not one literal
   */
  void parse(byte[] bytes, int s, int end) throws SyntaxException {
    this.b = bytes;
    this.e = end;
    this.i = s;
    this.n = 0;
    skipSpace();
    this.base = i;
    value(0);
    skipSpace();
    if (i < e) {
      throw error("unexpected text after the value");
    }
  }

  /** The number of nodes. */
  int size() {
    return n;
  }

  int kind(int node) {
    return kind[node];
  }

  /** The number of children of a container (twice the entries of a dict). */
  int children(int node) {
    return count[node];
  }

  /** The node after the subtree of {@code node}. */
  int next(int node) {
    return next[node];
  }

  /** The byte offsets of a node's content: inside the quotes of a string. */
  int start(int node) {
    return start[node];
  }

  int end(int node) {
    return stop[node];
  }

  byte[] bytes() {
    return b;
  }

  /** The text of a string node, escapes undone; of any other node, its bytes as written. */
  String text(int node) {
    if (kind[node] != STRING || !escapes[node]) {
      return new String(b, start[node], stop[node] - start[node], StandardCharsets.UTF_8);
    }
    StringBuilder out = new StringBuilder(stop[node] - start[node]);
    int k = start[node];
    int end = stop[node];
    int run = k;
    while (k < end) {
      if (b[k] != '\\') {
        k++;
        continue;
      }
      out.append(new String(b, run, k - run, StandardCharsets.UTF_8));
      byte c = b[k + 1];
      k += 2;
      switch (c) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'x' -> {
          out.append((char) hexValue(k, 2));
          k += 2;
        }
        case 'u' -> {
          out.append((char) hexValue(k, 4));
          k += 4;
        }
        case 'U' -> {
          out.appendCodePoint(hexValue(k, 8));
          k += 8;
        }
        case '\\', '\'', '"' -> out.append((char) c);
        default -> out.append('\\').append((char) c);
      }
      run = k;
    }
    out.append(new String(b, run, end - run, StandardCharsets.UTF_8));
    return out.toString();
  }

  /** Whether a string node's text is the given ASCII text. */
  boolean textEquals(int node, String ascii) {
    if (escapes[node]) {
      return text(node).equals(ascii);
    }
    int s = start[node];
    int len = stop[node] - s;
    if (len != ascii.length()) {
      return false;
    }
    for (int k = 0; k < len; k++) {
      if (b[s + k] != ascii.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a string node's text is blank. */
  boolean isBlank(int node) {
    for (int k = start[node]; k < stop[node]; k++) {
      if ((b[k] & 0xFF) > ' ') {
        return false;
      }
    }
    return true;
  }

  // ---- the parser --------------------------------------------------------------------------------

  private int node(int k, int s) {
    if (n == kind.length) {
      int size = n * 2;
      kind = Arrays.copyOf(kind, size);
      start = Arrays.copyOf(start, size);
      stop = Arrays.copyOf(stop, size);
      next = Arrays.copyOf(next, size);
      count = Arrays.copyOf(count, size);
      escapes = Arrays.copyOf(escapes, size);
    }
    int at = n++;
    kind[at] = k;
    start[at] = s;
    count[at] = 0;
    escapes[at] = false;
    return at;
  }

  private void value(int depth) throws SyntaxException {
    if (depth > MAX_DEPTH) {
      throw error("nested too deeply");
    }
    skipSpace();
    if (i >= e) {
      throw error("a value is missing");
    }
    switch (b[i]) {
      case '{' -> dict(depth);
      case '[' -> list(depth, (byte) ']');
      case '(' -> list(depth, (byte) ')');
      case '\'', '"' -> string();
      default -> atom();
    }
  }

  private void dict(int depth) throws SyntaxException {
    int d = node(DICT, i);
    i++;
    skipSpace();
    if (peek() == '}') {
      i++;
      close(d);
      return;
    }
    while (true) {
      skipSpace();
      byte c = peek();
      if (c != '\'' && c != '"') {
        throw error("a dict key must be a quoted string");
      }
      int keyAt = i;
      int key = n;
      string();
      for (int k = d + 1; k < key; k = next[next[k]]) {
        if (sameKey(k, key)) {
          i = keyAt;
          throw error("key '" + text(key).strip() + "' is given twice");
        }
      }
      skipSpace();
      if (peek() != ':') {
        throw error("expected ':'");
      }
      i++;
      value(depth + 1);
      count[d] += 2;
      skipSpace();
      byte sep = peek();
      if (sep == ',') {
        i++;
        skipSpace();
        if (peek() == '}') {
          i++;
          close(d);
          return;
        }
      } else if (sep == '}') {
        i++;
        close(d);
        return;
      } else {
        throw error("expected ',' or '}'");
      }
    }
  }

  private void list(int depth, byte closing) throws SyntaxException {
    int l = node(LIST, i);
    i++;
    skipSpace();
    if (peek() == closing) {
      i++;
      close(l);
      return;
    }
    while (true) {
      value(depth + 1);
      count[l]++;
      skipSpace();
      byte sep = peek();
      if (sep == ',') {
        i++;
        skipSpace();
        if (peek() == closing) {
          i++;
          close(l);
          return;
        }
      } else if (sep == closing) {
        i++;
        close(l);
        return;
      } else {
        throw error("expected ',' or '" + (char) closing + "'");
      }
    }
  }

  private void close(int container) {
    stop[container] = i;
    next[container] = n;
  }

  private void string() throws SyntaxException {
    byte quote = b[i++];
    int s = node(STRING, i);
    while (true) {
      if (i >= e) {
        throw error("unterminated string");
      }
      byte c = b[i++];
      if (c == quote) {
        stop[s] = i - 1;
        next[s] = n;
        return;
      }
      if (c != '\\') {
        continue;
      }
      escapes[s] = true;
      if (i >= e) {
        throw error("unterminated string");
      }
      byte x = b[i++];
      int digits = x == 'x' ? 2 : x == 'u' ? 4 : x == 'U' ? 8 : 0;
      if (digits > 0) {
        if (i + digits > e) {
          throw error("truncated escape");
        }
        int v = hexValue(i, digits);
        if (v < 0 || !Character.isValidCodePoint(v)) {
          throw error("invalid escape");
        }
        i += digits;
      }
    }
  }

  private int hexValue(int at, int digits) {
    int v = 0;
    for (int k = at; k < at + digits; k++) {
      int d = Character.digit(b[k], 16);
      if (d < 0) {
        return -1;
      }
      v = v * 16 + d;
      if (v < 0) {
        return -1;
      }
    }
    return v;
  }

  private void atom() throws SyntaxException {
    int s = i;
    while (i < e) {
      byte c = b[i];
      if (c == ',' || c == ':' || c == '}' || c == ']' || c == ')' || space(c)) {
        break;
      }
      i++;
    }
    int len = i - s;
    if (len == 0) {
      throw error("a value is missing");
    }
    int k;
    if (is(s, len, "NaN") || is(s, len, "nan") || is(s, len, "None")) {
      k = MISSING;
    } else if (is(s, len, "True")) {
      k = TRUE;
    } else if (is(s, len, "False")) {
      k = FALSE;
    } else {
      byte c = b[s];
      if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.') {
        k = NUMBER;
      } else {
        i = s;
        throw error("unexpected '" + new String(b, s, len, StandardCharsets.UTF_8) + "'");
      }
    }
    int a = node(k, s);
    stop[a] = i;
    next[a] = n;
  }

  private boolean is(int s, int len, String word) {
    if (len != word.length()) {
      return false;
    }
    for (int k = 0; k < len; k++) {
      if (b[s + k] != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether two string nodes are one key: their texts equal once stripped of white space. */
  private boolean sameKey(int x, int y) {
    if (escapes[x] || escapes[y] || !trimmed(x) || !trimmed(y)) {
      return text(x).strip().equals(text(y).strip());
    }
    return Arrays.equals(b, start[x], stop[x], b, start[y], stop[y]);
  }

  /** Whether a string node without escapes starts and ends with a printable ASCII byte. */
  private boolean trimmed(int node) {
    int s = start[node];
    int t = stop[node];
    return s < t && printable(b[s]) && printable(b[t - 1]);
  }

  private static boolean printable(byte c) {
    return c > ' ' && c < 0x7F;
  }

  private byte peek() {
    return i < e ? b[i] : 0;
  }

  private void skipSpace() {
    while (i < e && space(b[i])) {
      i++;
    }
  }

  private static boolean space(byte c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
  }

  private SyntaxException error(String what) {
    return new SyntaxException(what + " at position " + (i - base + 1));
  }
}
