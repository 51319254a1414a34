package org.conflictstats.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class FindingTest {

  private final Finding exceed = Finding.of("synthetic-1", FindingCode.OUTCOMES_EXCEED_LAUNCHED,
      FieldPath.parse("lines[2]"), "known outcomes (at least 26) exceed launched (16)",
      Optional.of("at least 26"));

  @Test
  void ofUsesTheDefaultSeverity() {
    assertEquals(Severity.ERROR, exceed.severity());
    assertEquals("OUTCOMES_EXCEED_LAUNCHED", exceed.code());
    assertTrue(exceed.hasCode(FindingCode.OUTCOMES_EXCEED_LAUNCHED));
    assertFalse(exceed.hasCode(FindingCode.DESTROYED_EXCEEDS_LAUNCHED));
    assertEquals(Optional.of(FindingCode.OUTCOMES_EXCEED_LAUNCHED), exceed.standardCode());
  }

  @Test
  void toStringIsOneReadableLine() {
    assertEquals("ERROR OUTCOMES_EXCEED_LAUNCHED [synthetic-1] lines[2]: known outcomes (at least 26)"
        + " exceed launched (16) (value: at least 26)", exceed.toString());
    Finding root = new Finding("synthetic-1", Severity.INFO, "MY_NOTE", FieldPath.root(), "note",
        Optional.empty());
    assertEquals("INFO MY_NOTE [synthetic-1] (report): note", root.toString());
  }

  @Test
  void withSeverityCopies() {
    Finding lenient = exceed.withSeverity(Severity.WARNING);
    assertEquals(Severity.WARNING, lenient.severity());
    assertEquals(Severity.ERROR, exceed.severity());
    assertEquals(exceed.code(), lenient.code());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "no_source", "1CODE", "_CODE", "NO-SOURCE", "NO SOURCE", "Code"})
  void malformedCodesAreRejected(String code) {
    assertThrows(IllegalArgumentException.class, () -> new Finding("r", Severity.INFO, code,
        FieldPath.root(), "m", Optional.empty()));
  }

  @Test
  void blankIdOrMessageIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new Finding(" ", Severity.INFO, "A",
        FieldPath.root(), "m", Optional.empty()));
    assertThrows(IllegalArgumentException.class, () -> new Finding("r", Severity.INFO, "A",
        FieldPath.root(), "  ", Optional.empty()));
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(exceed, new Finding("synthetic-1", Severity.ERROR,
            "OUTCOMES_EXCEED_LAUNCHED", FieldPath.root().field("lines").index(2),
            "known outcomes (at least 26) exceed launched (16)", Optional.of("at least 26")))
        .addEqualityGroup(exceed.withSeverity(Severity.WARNING))
        .addEqualityGroup(new Finding("synthetic-2", Severity.ERROR, "OUTCOMES_EXCEED_LAUNCHED",
            FieldPath.parse("lines[2]"), "known outcomes (at least 26) exceed launched (16)",
            Optional.of("at least 26")))
        .testEquals();
  }

  @Test
  void rejectsNulls() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(String.class, "SOME_CODE")
        .setDefault(FieldPath.class, FieldPath.root());
    tester.testAllPublicConstructors(Finding.class);
    tester.testAllPublicStaticMethods(Finding.class);
    tester.testAllPublicInstanceMethods(exceed);
  }
}
