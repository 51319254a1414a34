package org.conflictstats.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

final class ValidationResultTest {

  private static Finding finding(String report, FindingCode code, String path) {
    return Finding.of(report, code, FieldPath.parse(path), code.description(), Optional.empty());
  }

  private final Finding noSource = finding("r-1", FindingCode.NO_SOURCE, "source");
  private final Finding unresolved = finding("r-1", FindingCode.UNRESOLVED_WEAPON, "lines[0].weapon");
  private final Finding composite = finding("r-2", FindingCode.COMPOSITE_WEAPON, "lines[1].weapon");
  private final Finding duplicate = finding("r-2", FindingCode.DUPLICATE_WEAPON, "lines[2].weapon");
  private final ValidationResult result =
      ValidationResult.of(List.of(noSource, unresolved, composite, duplicate));

  @Test
  void emptyResult() {
    ValidationResult empty = ValidationResult.empty();
    assertTrue(empty.isEmpty());
    assertTrue(empty.isValid());
    assertFalse(empty.hasErrors());
    assertEquals(Optional.empty(), empty.highest());
    assertEquals(List.of(), empty.findings());
    assertSame(empty, ValidationResult.of(List.of()));
    assertEquals("0 errors, 0 warnings, 0 infos", empty.toString());
  }

  @Test
  void queriesBySeverity() {
    assertEquals(List.of(noSource), result.findings(Severity.ERROR));
    assertEquals(List.of(unresolved, duplicate), result.findings(Severity.WARNING));
    assertEquals(List.of(composite), result.findings(Severity.INFO));
    assertEquals(1, result.count(Severity.ERROR));
    assertEquals(2, result.count(Severity.WARNING));
    assertEquals(Optional.of(Severity.ERROR), result.highest());
    assertTrue(result.hasErrors());
    assertFalse(result.isValid());
    assertEquals("1 error, 2 warnings, 1 info", result.toString());
  }

  @Test
  void warningsAloneLeaveAResultValid() {
    ValidationResult r = ValidationResult.of(List.of(unresolved, composite));
    assertTrue(r.isValid());
    assertFalse(r.isEmpty());
    assertEquals(Optional.of(Severity.WARNING), r.highest());
  }

  @Test
  void queriesByCodeAndReport() {
    assertEquals(List.of(duplicate), result.findings(FindingCode.DUPLICATE_WEAPON));
    assertEquals(List.of(duplicate), result.findings("DUPLICATE_WEAPON"));
    assertEquals(0, result.count(FindingCode.PERIOD_TOO_LONG));
    assertEquals(ValidationResult.of(List.of(composite, duplicate)), result.forReport("r-2"));
    assertEquals(List.of("r-1"), result.reportIds(Severity.ERROR).asList());
    assertEquals(List.of("r-1", "r-2"), result.reportIds(Severity.WARNING).asList());
    assertEquals(List.of("r-1", "r-2"), result.reportIds(Severity.INFO).asList());
  }

  @Test
  void findingsAreImmutable() {
    assertThrows(UnsupportedOperationException.class, () -> result.findings().add(noSource));
    assertThrows(UnsupportedOperationException.class,
        () -> result.findings(Severity.WARNING).clear());
  }

  @Test
  void mergeConcatenates() {
    ValidationResult a = ValidationResult.of(List.of(noSource, unresolved));
    ValidationResult b = ValidationResult.of(List.of(composite, duplicate));
    assertEquals(result, a.merge(b));
    assertSame(a, a.merge(ValidationResult.empty()));
    assertSame(b, ValidationResult.empty().merge(b));
  }

  @Test
  void collectorKeepsOrder() {
    assertEquals(result, Stream.of(noSource, unresolved, composite, duplicate)
        .collect(ValidationResult.toValidationResult()));
    assertEquals(result, Stream.of(noSource, unresolved, composite, duplicate).parallel()
        .collect(ValidationResult.toValidationResult()));
  }

  @Test
  void equalityIsByFindingsInOrder() {
    new EqualsTester()
        .addEqualityGroup(result, ValidationResult.of(List.of(noSource, unresolved, composite,
            duplicate)))
        .addEqualityGroup(ValidationResult.of(List.of(unresolved, noSource, composite, duplicate)))
        .addEqualityGroup(ValidationResult.empty(), ValidationResult.of(List.of()))
        .testEquals();
  }

  @Test
  void rejectsNulls() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(ValidationResult.class);
    tester.testAllPublicInstanceMethods(result);
  }
}
