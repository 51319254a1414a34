package org.conflictstats.io.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the Python literals that pandas writes into cells of the Air Force CSV: dicts
 * ({@code {'south': 30, 'east': NaN}}), nested dicts, lists ({@code ['Kyiv oblast', 'Odesa oblast']}),
 * strings in single or double quotes with backslash escapes, numbers, {@code NaN}, {@code None},
 * {@code True} and {@code False}.
 *
 * <p>Values come back as {@link Map} (keys are strings, insertion order kept; a repeated key keeps
 * its last value, as in Python), {@link List}, {@link String}, {@link Num} (the number's text, to be
 * checked by the caller), {@link #MISSING} for {@code NaN} and {@code None}, and {@link Boolean}.
 * Not thread-safe; one instance reads one text.
 */
final class PythonLiteral {

  /** {@code NaN} or {@code None}: a value that is not there. */
  static final Object MISSING = new Object() {
    @Override
    public String toString() {
      return "NaN";
    }
  };

  /** A number as written, such as {@code 30}, {@code 1.0} or {@code -3}. */
  record Num(String text) {
    @Override
    public String toString() {
      return text;
    }
  }

  /** Thrown when the text is not a literal of the expected form; the message says what and where. */
  static final class SyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    SyntaxException(String message) {
      super(message);
    }
  }

  private static final int MAX_DEPTH = 16;

  private final String s;
  private int i;

  private PythonLiteral(String s) {
    this.s = s;
  }

  /**
   * Reads a whole text as one literal.
   *
   * @param text the text
   * @return the value
   * @throws SyntaxException if the text is not one literal
   */
  static Object parse(String text) throws SyntaxException {
    PythonLiteral p = new PythonLiteral(text);
    Object v = p.value(0);
    p.skipSpace();
    if (p.i < p.s.length()) {
      throw p.error("unexpected text after the value");
    }
    return v;
  }

  /**
   * Reads a whole text as a dict.
   *
   * @param text the text
   * @return the dict, keys in order
   * @throws SyntaxException if the text is not a dict
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> parseDict(String text) throws SyntaxException {
    Object v = parse(text);
    if (!(v instanceof Map)) {
      throw new SyntaxException("not a dict");
    }
    return (Map<String, Object>) v;
  }

  private Object value(int depth) throws SyntaxException {
    if (depth > MAX_DEPTH) {
      throw error("nested too deeply");
    }
    skipSpace();
    if (i >= s.length()) {
      throw error("a value is missing");
    }
    char c = s.charAt(i);
    switch (c) {
      case '{':
        return dict(depth);
      case '[':
        return list(depth, ']');
      case '(':
        return list(depth, ')');
      case '\'':
      case '"':
        return string();
      default:
        return atom();
    }
  }

  private Map<String, Object> dict(int depth) throws SyntaxException {
    i++;
    Map<String, Object> out = new LinkedHashMap<>();
    skipSpace();
    if (peek() == '}') {
      i++;
      return out;
    }
    while (true) {
      skipSpace();
      char c = peek();
      if (c != '\'' && c != '"') {
        throw error("a dict key must be a quoted string");
      }
      String key = string();
      skipSpace();
      expect(':');
      Object v = value(depth + 1);
      out.remove(key);
      out.put(key, v);
      skipSpace();
      char d = peek();
      if (d == ',') {
        i++;
        skipSpace();
        if (peek() == '}') {
          i++;
          return out;
        }
      } else if (d == '}') {
        i++;
        return out;
      } else {
        throw error("expected ',' or '}'");
      }
    }
  }

  private List<Object> list(int depth, char close) throws SyntaxException {
    i++;
    List<Object> out = new ArrayList<>();
    skipSpace();
    if (peek() == close) {
      i++;
      return out;
    }
    while (true) {
      out.add(value(depth + 1));
      skipSpace();
      char d = peek();
      if (d == ',') {
        i++;
        skipSpace();
        if (peek() == close) {
          i++;
          return out;
        }
      } else if (d == close) {
        i++;
        return out;
      } else {
        throw error("expected ',' or '" + close + "'");
      }
    }
  }

  private String string() throws SyntaxException {
    char quote = s.charAt(i++);
    StringBuilder b = new StringBuilder();
    while (true) {
      if (i >= s.length()) {
        throw error("unterminated string");
      }
      char c = s.charAt(i++);
      if (c == quote) {
        return b.toString();
      }
      if (c != '\\') {
        b.append(c);
        continue;
      }
      if (i >= s.length()) {
        throw error("unterminated string");
      }
      char e = s.charAt(i++);
      switch (e) {
        case 'n':
          b.append('\n');
          break;
        case 't':
          b.append('\t');
          break;
        case 'r':
          b.append('\r');
          break;
        case 'x':
          b.append((char) hex(2));
          break;
        case 'u':
          b.append((char) hex(4));
          break;
        case 'U':
          b.appendCodePoint(hex(8));
          break;
        case '\\':
        case '\'':
        case '"':
          b.append(e);
          break;
        default:
          // Python keeps an unknown escape as written
          b.append('\\').append(e);
      }
    }
  }

  private int hex(int digits) throws SyntaxException {
    if (i + digits > s.length()) {
      throw error("truncated escape");
    }
    try {
      int v = Integer.parseUnsignedInt(s.substring(i, i + digits), 16);
      if (!Character.isValidCodePoint(v)) {
        throw error("invalid escape");
      }
      i += digits;
      return v;
    } catch (NumberFormatException e) {
      throw error("invalid escape");
    }
  }

  private Object atom() throws SyntaxException {
    int start = i;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == ',' || c == ':' || c == '}' || c == ']' || c == ')' || Character.isWhitespace(c)) {
        break;
      }
      i++;
    }
    String t = s.substring(start, i);
    if (t.isEmpty()) {
      throw error("a value is missing");
    }
    switch (t) {
      case "NaN":
      case "nan":
      case "None":
        return MISSING;
      case "True":
        return Boolean.TRUE;
      case "False":
        return Boolean.FALSE;
      default:
        break;
    }
    char c = t.charAt(0);
    if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.') {
      return new Num(t);
    }
    i = start;
    throw error("unexpected '" + t + "'");
  }

  private void expect(char c) throws SyntaxException {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    i++;
  }

  private char peek() {
    return i < s.length() ? s.charAt(i) : '\0';
  }

  private void skipSpace() {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
  }

  private SyntaxException error(String what) {
    return new SyntaxException(what + " at position " + (i + 1));
  }
}
