package org.conflictstats.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class FindingCodeTest {

  @ParameterizedTest
  @EnumSource(FindingCode.class)
  void codeTextIsStableAndReadsBack(FindingCode code) {
    assertEquals(code.name(), code.code());
    assertEquals(Optional.of(code), FindingCode.fromCode(code.code()));
    assertFalse(code.description().isBlank());
  }

  @Test
  void unknownCodeTextsAreNotStandard() {
    assertEquals(Optional.empty(), FindingCode.fromCode("IMPLAUSIBLE_SALVO"));
    assertEquals(Optional.empty(), FindingCode.fromCode("no_source"));
  }

  @Test
  void onlyCertaintyIsAnError() {
    assertEquals(Severity.ERROR, FindingCode.OUTCOMES_EXCEED_LAUNCHED.defaultSeverity());
    assertEquals(Severity.WARNING, FindingCode.OUTCOMES_MAY_EXCEED_LAUNCHED.defaultSeverity());
    assertEquals(Severity.ERROR, FindingCode.PERIOD_ENDS_BEFORE_START.defaultSeverity());
    assertEquals(Severity.WARNING, FindingCode.PERIOD_TOO_LONG.defaultSeverity());
    assertEquals(Severity.ERROR, FindingCode.NO_SOURCE.defaultSeverity());
    assertEquals(Severity.WARNING, FindingCode.UNRESOLVED_WEAPON.defaultSeverity());
    assertEquals(Severity.INFO, FindingCode.COMPOSITE_WEAPON.defaultSeverity());
    assertEquals(Severity.WARNING, FindingCode.DUPLICATE_WEAPON.defaultSeverity());
    assertEquals(Severity.ERROR, FindingCode.CASUALTIES_CONTRADICT.defaultSeverity());
  }

  /** The package documentation is the one place codes are documented: each code is in its table. */
  @ParameterizedTest
  @EnumSource(FindingCode.class)
  void everyCodeIsInThePackageTableWithItsSeverity(FindingCode code) throws IOException {
    Path doc = Path.of("src/main/java/org/conflictstats/validation/package-info.java");
    Assumptions.assumeTrue(Files.isRegularFile(doc), "sources absent: skipping");
    String text = Files.readString(doc, StandardCharsets.UTF_8).replaceAll("\\s*\\n\\s*\\*\\s*", " ");
    Matcher row = Pattern.compile("<th scope=\"row\">\\{@code " + code.code()
        + "\\}</th><td>(\\w+)</td>").matcher(text);
    assertTrue(row.find(), code + " has a row in package-info.java");
    assertEquals(code.defaultSeverity().name().toLowerCase(Locale.ROOT), row.group(1));
  }

  @Test
  void severitiesAreOrdered() {
    assertTrue(Severity.ERROR.isAtLeast(Severity.WARNING));
    assertTrue(Severity.WARNING.isAtLeast(Severity.WARNING));
    assertFalse(Severity.INFO.isAtLeast(Severity.WARNING));
  }
}
