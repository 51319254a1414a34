package org.conflictstats.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The byte-level Python-literal parser, through a test walker that turns its nodes into values. */
final class PyLiteralTest {

  /** A number as written. */
  record Num(String text) {}

  static final Object MISSING = "<missing>";

  static Object parse(String text) throws PyLiteral.SyntaxException {
    PyLiteral p = new PyLiteral();
    byte[] b = ("  " + text + " ").getBytes(StandardCharsets.UTF_8);
    p.parse(b, 1, b.length);
    Object v = value(p, 0);
    return v;
  }

  private static Object value(PyLiteral p, int node) {
    switch (p.kind(node)) {
      case PyLiteral.DICT: {
        Map<String, Object> m = new LinkedHashMap<>();
        int seen = 0;
        for (int k = node + 1; k < p.next(node); k = p.next(p.next(k))) {
          m.put(p.text(k), value(p, p.next(k)));
          seen += 2;
        }
        assertEquals(p.children(node), seen);
        return m;
      }
      case PyLiteral.LIST: {
        List<Object> l = new ArrayList<>();
        for (int k = node + 1; k < p.next(node); k = p.next(k)) {
          l.add(value(p, k));
        }
        assertEquals(p.children(node), l.size());
        return l;
      }
      case PyLiteral.STRING:
        return p.text(node);
      case PyLiteral.NUMBER:
        return new Num(p.text(node));
      case PyLiteral.TRUE:
        return Boolean.TRUE;
      case PyLiteral.FALSE:
        return Boolean.FALSE;
      default:
        return MISSING;
    }
  }

  @Test
  void dictOfCountsWithNan() throws Exception {
    assertEquals(Map.of("south", new Num("30"), "east", MISSING, "west", new Num("1.0")),
        parse("{'south': 30, 'east': NaN, 'west': 1.0}"));
    @SuppressWarnings("unchecked")
    Map<String, Object> d = (Map<String, Object>) parse("{'south': 30, 'east': nan, 'west': 1}");
    assertEquals(List.of("south", "east", "west"), List.copyOf(d.keySet()));
  }

  @Test
  void emptyDictAndPaddedMultiLineDict() throws Exception {
    assertEquals(Map.of(), parse("{}"));
    assertEquals(Map.of("Iskander-K", "Kursk oblast and Voronezh oblast", "Kalibr", "Black Sea"),
        parse("{        'Iskander-K': 'Kursk oblast and Voronezh oblast',\n"
            + "        'Kalibr': 'Black Sea'    }"));
  }

  @Test
  void nestedDictListAndTuple() throws Exception {
    assertEquals(Map.of("Banderol", Map.of("launched", new Num("3"), "destroyed", new Num("3")),
        "Turbojet", Map.of("launched", new Num("46"))),
        parse("{'Banderol': {'launched': 3, 'destroyed': 3}, 'Turbojet': {'launched': 46}}"));
    assertEquals(List.of("Kyiv oblast", "Hvardiiske, Crimea"),
        parse("['Kyiv oblast', \"Hvardiiske, Crimea\"]"));
    assertEquals(List.of(), parse("[]"));
    assertEquals(List.of(new Num("1"), new Num("2")), parse("(1, 2)"));
  }

  @Test
  void stringEscapesTrailingCommaAndNonAsciiText() throws Exception {
    assertEquals(List.of("O'Brien", "back\\slash", "tab\tx", "é", "\u20ac", "\uD83D\uDE80",
        "\\q", "Молнія"),
        parse("['O\\'Brien', 'back\\\\slash', 'tab\\tx', '\\xe9', '\\u20ac', '\\U0001F680',"
            + " '\\q', 'Молнія',]"));
    assertEquals(Map.of("a", Boolean.TRUE, "b", MISSING, "c", Boolean.FALSE),
        parse("{'a': True, 'b': None, 'c': False}"));
  }

  @Test
  void aRepeatedKeyIsAnErrorNamingTheKey() {
    PyLiteral.SyntaxException e = assertThrows(PyLiteral.SyntaxException.class,
        () -> parse("{'a': 1, 'b': 2, 'a': 2}"));
    assertEquals("key 'a' is given twice at position 18", e.getMessage());
    assertThrows(PyLiteral.SyntaxException.class, () -> parse("{'a': 1, \"a\": 2}"));
    assertThrows(PyLiteral.SyntaxException.class, () -> parse("{'a': 1, 'b': {'a': 1, 'a': 3}}"));
  }

  @Test
  void keysThatDifferOnlyInWhiteSpaceAroundThemAreOneKeyGivenTwice() throws Exception {
    // the reader keeps keys stripped: two such keys would be one, and the last would win
    PyLiteral.SyntaxException e = assertThrows(PyLiteral.SyntaxException.class,
        () -> parse("{'south': 1, ' south ': 2}"));
    assertEquals("key 'south' is given twice at position 14", e.getMessage());
    assertThrows(PyLiteral.SyntaxException.class, () -> parse("{'a\\t': 1, 'a\t': 2}"));
    assertThrows(PyLiteral.SyntaxException.class, () -> parse("{'\u00e9': 1, '\u00e9\u2003': 2}"));
    assertThrows(PyLiteral.SyntaxException.class, () -> parse("{'x': {'a': 1, '\ta': 3}}"));
    // white space inside a key, and case, make other keys
    assertEquals(2, ((Map<?, ?>) parse("{'a b': 1, 'ab': 2}")).size());
    assertEquals(2, ((Map<?, ?>) parse("{'A': 1, 'a': 2}")).size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"{'south': 30", "{'south' 30}", "{south: 30}", "{'a': 1} x", "['a', 'b'",
      "{'a': }", "", "['unterminated]", "{'a': 1,, 'b': 2}", "{'a': hello}", "'\\x4'",
      "'\\uZZZZ'", "'\\U00110000'", "[1 2]"})
  void malformed(String text) {
    assertThrows(PyLiteral.SyntaxException.class, () -> parse(text));
  }

  @Test
  void positionsCountFromTheLiteralsFirstByte() {
    PyLiteral.SyntaxException e = assertThrows(PyLiteral.SyntaxException.class,
        () -> parse("{'a': 1,, 'b': 2}"));
    assertTrue(e.getMessage().endsWith("at position 9"), e.getMessage());
  }

  @Test
  void nestingIsBounded() {
    assertThrows(PyLiteral.SyntaxException.class,
        () -> parse("[".repeat(100) + "]".repeat(100)));
  }
}
