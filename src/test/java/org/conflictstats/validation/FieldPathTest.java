package org.conflictstats.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class FieldPathTest {

  private final FieldPath destroyed = FieldPath.root().field("lines").index(2).field("destroyed");

  @Test
  void lineIndexIsTheIndexOfTheLinesNodeAtTheStart() {
    assertEquals(java.util.OptionalInt.of(2), destroyed.lineIndex());
    assertEquals(java.util.OptionalInt.of(0), FieldPath.parse("lines[0]").lineIndex());
    assertEquals(java.util.OptionalInt.empty(), FieldPath.parse("lines").lineIndex());
    assertEquals(java.util.OptionalInt.empty(), FieldPath.parse("period.start").lineIndex());
    assertEquals(java.util.OptionalInt.empty(), FieldPath.root().lineIndex());
    assertEquals(java.util.OptionalInt.empty(),
        FieldPath.parse("casualties.byPlace[1]").lineIndex(), "another list");
  }

  @Test
  void buildsStructuredNodes() {
    assertEquals(List.of(new FieldPath.Node("lines", OptionalInt.of(2)),
        new FieldPath.Node("destroyed", OptionalInt.empty())), destroyed.nodes());
    assertEquals("lines[2].destroyed", destroyed.toString());
    assertFalse(destroyed.isRoot());
  }

  @Test
  void rootIsTheEmptyPath() {
    assertTrue(FieldPath.root().isRoot());
    assertEquals("", FieldPath.root().toString());
    assertEquals(List.of(), FieldPath.root().nodes());
    assertEquals(FieldPath.root(), FieldPath.parse(""));
    assertEquals(FieldPath.root(), FieldPath.parse("  "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"lines[2].destroyed", "source", "period.end", "casualties.byPlace[0].killed",
      "lines[0]", "a_b.c1[123456789]"})
  void parseReadsWhatToStringWrites(String text) {
    assertEquals(text, FieldPath.parse(text).toString());
    assertEquals(FieldPath.parse(text), FieldPath.parse(FieldPath.parse(text).toString()));
  }

  @Test
  void parseEqualsTheBuiltPath() {
    assertEquals(destroyed, FieldPath.parse("lines[2].destroyed"));
    assertEquals(destroyed, FieldPath.parse(" lines[2].destroyed "));
  }

  @ParameterizedTest
  @ValueSource(strings = {".", "lines.", ".lines", "lines..destroyed", "lines[", "lines[]",
      "lines[-1]", "lines[x]", "[2]", "lines[2][3]", "2lines", "lines[2]destroyed", "li nes",
      "lines[1234567890]"})
  void parseRejectsMalformedText(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FieldPath.parse(text));
    assertTrue(e.getMessage().contains(text.strip()), e.getMessage());
  }

  @Test
  void misusedFactoriesThrow() {
    assertThrows(IllegalStateException.class, () -> FieldPath.root().index(0));
    assertThrows(IllegalStateException.class, () -> FieldPath.root().field("lines").index(1).index(2));
    assertThrows(IllegalArgumentException.class, () -> FieldPath.root().field("lines").index(-1));
    assertThrows(IllegalArgumentException.class, () -> FieldPath.root().field("a.b"));
    assertThrows(IllegalArgumentException.class, () -> FieldPath.root().field(""));
  }

  @Test
  void startsWith() {
    FieldPath line2 = FieldPath.parse("lines[2]");
    assertTrue(destroyed.startsWith(line2));
    assertTrue(destroyed.startsWith(destroyed));
    assertTrue(destroyed.startsWith(FieldPath.root()));
    assertFalse(destroyed.startsWith(FieldPath.parse("lines[1]")));
    assertFalse(destroyed.startsWith(FieldPath.parse("lines")));
    assertFalse(line2.startsWith(destroyed));
  }

  @Test
  void copiesLeaveTheOriginalAlone() {
    FieldPath lines = FieldPath.root().field("lines");
    FieldPath first = lines.index(0);
    assertEquals("lines", lines.toString());
    assertEquals("lines[0]", first.toString());
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(destroyed, FieldPath.parse("lines[2].destroyed"))
        .addEqualityGroup(FieldPath.parse("lines[3].destroyed"))
        .addEqualityGroup(FieldPath.parse("lines.destroyed"))
        .addEqualityGroup(FieldPath.root(), FieldPath.parse(""))
        .testEquals();
  }

  @Test
  void rejectsNulls() {
    NullPointerTester tester = new NullPointerTester().setDefault(String.class, "lines");
    tester.testAllPublicStaticMethods(FieldPath.class);
    tester.testAllPublicInstanceMethods(destroyed);
    tester.testAllPublicConstructors(FieldPath.Node.class);
  }
}
