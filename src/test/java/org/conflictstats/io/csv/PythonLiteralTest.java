package org.conflictstats.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class PythonLiteralTest {

  @Test
  void dictOfCountsWithNan() throws Exception {
    Map<String, Object> d = PythonLiteral.parseDict("{'south': 30, 'east': NaN, 'west': 1.0}");
    assertEquals(List.of("south", "east", "west"), List.copyOf(d.keySet()));
    assertEquals(new PythonLiteral.Num("30"), d.get("south"));
    assertSame(PythonLiteral.MISSING, d.get("east"));
    assertEquals(new PythonLiteral.Num("1.0"), d.get("west"));
  }

  @Test
  void emptyDictAndPaddedMultiLineDict() throws Exception {
    assertTrue(PythonLiteral.parseDict("{}").isEmpty());
    Map<String, Object> d = PythonLiteral.parseDict(
        "{        'Iskander-K': 'Kursk oblast and Voronezh oblast',\n        'Kalibr': 'Black Sea'    }");
    assertEquals("Black Sea", d.get("Kalibr"));
  }

  @Test
  void nestedDictAndList() throws Exception {
    Object v = PythonLiteral.parse(
        "{'Banderol': {'launched': 3, 'destroyed': 3}, 'Turbojet': {'launched': 46}}");
    @SuppressWarnings("unchecked")
    Map<String, Object> d = (Map<String, Object>) v;
    assertEquals(Map.of("launched", new PythonLiteral.Num("46")), d.get("Turbojet"));
    assertEquals(List.of("Kyiv oblast", "Hvardiiske, Crimea"),
        PythonLiteral.parse("['Kyiv oblast', \"Hvardiiske, Crimea\"]"));
    assertEquals(List.of(), PythonLiteral.parse("[]"));
  }

  @Test
  void stringEscapesAndTrailingComma() throws Exception {
    assertEquals(List.of("O'Brien", "back\\slash", "tab\tx", "é"),
        PythonLiteral.parse("['O\\'Brien', 'back\\\\slash', 'tab\\tx', '\\xe9',]"));
    assertEquals(Map.of("a", Boolean.TRUE, "b", PythonLiteral.MISSING),
        PythonLiteral.parse("{'a': True, 'b': None}"));
  }

  @Test
  void aRepeatedKeyKeepsTheLastValueAsInPython() throws Exception {
    assertEquals(new PythonLiteral.Num("2"), PythonLiteral.parseDict("{'a': 1, 'a': 2}").get("a"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{'south': 30", "{'south' 30}", "{south: 30}", "{'a': 1} x", "['a', 'b'",
      "{'a': }", "", "['unterminated]", "{'a': 1,, 'b': 2}", "{'a': hello}"})
  void malformed(String text) {
    assertThrows(PythonLiteral.SyntaxException.class, () -> PythonLiteral.parse(text));
  }

  @Test
  void notADict() {
    assertThrows(PythonLiteral.SyntaxException.class, () -> PythonLiteral.parseDict("['a']"));
  }

  @Test
  void nestingIsBounded() {
    assertThrows(PythonLiteral.SyntaxException.class,
        () -> PythonLiteral.parse("[".repeat(100) + "]".repeat(100)));
  }
}
