package org.conflictstats.validation;

import static org.conflictstats.validation.Fixtures.CATALOG;
import static org.conflictstats.validation.Fixtures.at;
import static org.conflictstats.validation.Fixtures.line;
import static org.conflictstats.validation.Fixtures.on;
import static org.conflictstats.validation.Fixtures.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.conflictstats.model.Casualties;
import org.conflictstats.model.Count;
import org.conflictstats.model.LineDetails;
import org.conflictstats.model.PlaceCasualties;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.Source;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponLine;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

final class ValidatorTest {

  private static final Validator STANDARD = Validator.standard();

  private static ValidationResult validate(StrikeReport report) {
    return STANDARD.validate(report);
  }

  /** The standard checks but the one of launched counts that are not exact. */
  private static final Validator OUTCOMES_ONLY =
      Validator.standard().withoutCode(FindingCode.LAUNCHED_UNKNOWN);

  private static ValidationResult validateLines(WeaponLine... lines) {
    return validate(report().addLines(Arrays.asList(lines)).build());
  }

  /** The only finding of the result, checked for code, severity, path and value. */
  private static Finding only(ValidationResult r, FindingCode code, String path,
      Optional<String> value) {
    assertEquals(1, r.findings().size(), r.findings()::toString);
    Finding f = r.findings().get(0);
    assertFinding(f, code, path, value);
    return f;
  }

  private static void assertFinding(Finding f, FindingCode code, String path,
      Optional<String> value) {
    assertEquals(code.code(), f.code(), f::toString);
    assertEquals(code.defaultSeverity(), f.severity(), f::toString);
    assertEquals(FieldPath.parse(path), f.path(), f::toString);
    assertEquals(value, f.value(), f::toString);
    assertEquals("synthetic-1", f.reportId());
    assertFalse(f.message().isBlank());
  }

  private static Set<String> codes(ValidationResult r) {
    return r.findings().stream().map(Finding::code).collect(Collectors.toSet());
  }

  @Test
  void aSoundReportHasNoFinding() {
    ValidationResult r = validateLines(
        WeaponLine.of(CATALOG.resolve("Shahed-136/131"), Count.exactly(75))
            .withDestroyed(Count.exactly(25)).withSuppressed(Count.exactly(30)),
        line("Kalibr", 5, 0));
    assertTrue(r.isEmpty(), r.findings()::toString);
    assertTrue(r.isValid());
    assertFalse(r.hasErrors());
  }

  @Nested
  class Outcomes {

    @Test
    void destroyedAboveLaunchedIsTwoErrors() {
      ValidationResult r = validateLines(line("Kalibr", 1, 1),
          line("3M22 Zircon", Count.exactly(3), Count.exactly(5))
              .withSuppressed(Count.unknown()));
      assertEquals(2, r.findings().size(), r.findings()::toString);
      assertFinding(r.findings().get(0), FindingCode.OUTCOMES_EXCEED_LAUNCHED, "lines[1]",
          Optional.of("at least 5"));
      assertFinding(r.findings().get(1), FindingCode.DESTROYED_EXCEEDS_LAUNCHED,
          "lines[1].destroyed", Optional.of("5"));
      assertTrue(r.hasErrors());
      assertTrue(r.findings().get(0).message().contains("launched (3)"),
          r.findings().get(0).message());
    }

    @Test
    void sumAboveLaunchedIsOneErrorWhenDestroyedAloneFits() {
      ValidationResult r = validateLines(line("Shahed-136/131", 20, 12)
          .withSuppressed(Count.exactly(10)).withStillAirborne(Count.unknown()));
      only(r, FindingCode.OUTCOMES_EXCEED_LAUNCHED, "lines[0]", Optional.of("at least 22"));
    }

    @Test
    void everyKnownOutcomeCounts() {
      ValidationResult r = validateLines(WeaponLine.of(CATALOG.resolve("Kalibr"), Count.exactly(10))
          .withLeftAirspace(Count.exactly(6)).withHit(Count.exactly(5)));
      only(r, FindingCode.OUTCOMES_EXCEED_LAUNCHED, "lines[0]", Optional.of("11"));
      ValidationResult still = validateLines(WeaponLine.of(CATALOG.resolve("Kalibr"),
          Count.exactly(10)).withStillAirborne(Count.exactly(11)));
      only(still, FindingCode.OUTCOMES_EXCEED_LAUNCHED, "lines[0]", Optional.of("11"));
    }

    @Test
    void outcomesEqualToLaunchedAreFine() {
      assertTrue(validateLines(line("Kalibr", 10, 10)).isEmpty());
      assertTrue(validateLines(line("Kalibr", 10, 4).withSuppressed(Count.exactly(6))).isEmpty());
    }

    @Test
    void aRangedLaunchedCountIsExceededOnlyAboveItsUpperBound() {
      ValidationResult r = validateLines(line("Kalibr", Count.between(10, 20), Count.exactly(25)));
      // and, as for every launched count that is not exact, no rate
      assertEquals(EnumSet.of(FindingCode.OUTCOMES_EXCEED_LAUNCHED,
          FindingCode.DESTROYED_EXCEEDS_LAUNCHED, FindingCode.LAUNCHED_UNKNOWN),
          standardCodes(r));
    }

    @Test
    void rangesThatAllowMoreOutcomesThanLaunchedAreAWarning() {
      ValidationResult r = OUTCOMES_ONLY.validate(report().addLine(
          line("Kalibr", Count.between(50, 70), Count.exactly(60))).build());
      Finding f = only(r, FindingCode.OUTCOMES_MAY_EXCEED_LAUNCHED, "lines[0]", Optional.of("60"));
      assertEquals(Severity.WARNING, f.severity());
      assertFalse(r.hasErrors());
      only(validateLines(line("Kalibr", Count.exactly(75), Count.atMost(80))),
          FindingCode.OUTCOMES_MAY_EXCEED_LAUNCHED, "lines[0]", Optional.of("at most 80"));
      // an open-ended outcome counts at its stated minimum: 60 may exceed between 50 and 70
      only(OUTCOMES_ONLY.validate(report().addLine(line("Kalibr", Count.between(50, 70),
              Count.exactly(60)).withSuppressed(Count.unknown())).build()),
          FindingCode.OUTCOMES_MAY_EXCEED_LAUNCHED, "lines[0]", Optional.of("at least 60"));
    }

    @Test
    void openEndedOutcomesAloneRaiseNothing() {
      assertTrue(validateLines(line("Kalibr", Count.exactly(75), Count.exactly(25))
          .withSuppressed(Count.unknown())).isEmpty(), "a blank outcome is not a problem");
      assertTrue(validateLines(line("Kalibr", Count.exactly(75), Count.atLeast(30))).isEmpty());
      assertTrue(validateLines(line("Kalibr", Count.exactly(75), Count.unknown())
          .withSuppressed(Count.unknown()).withStillAirborne(Count.unknown())
          .withLeftAirspace(Count.unknown())).isEmpty());
    }

    @Test
    void anOpenEndedLaunchedCountIsNeverExceeded() {
      // the late-2026 "hidden" lines: launched is at least a partial figure
      WeaponLine withheld = line("Shahed-136/131", Count.atLeast(40), Count.exactly(60))
          .withDetails(LineDetails.builder().launchedWithheld(true).build());
      // 60 destroyed of at least 40: nothing exceeded; the line has no rate, and the warning
      // says so with the partial figure
      Finding f = only(validateLines(withheld), FindingCode.LAUNCHED_UNKNOWN,
          "lines[0].launched", Optional.of("at least 40"));
      assertEquals("the source withheld the number launched (at least 40 given): the line has no"
          + " rate", f.message());
    }

    @Test
    void unknownLaunchedIsAWarningAndNothingElse() {
      ValidationResult r = validateLines(line("Kalibr", 1, 1),
          line("C-300", Count.unknown(), Count.zero()),
          line("KN-23", Count.unknown(), Count.exactly(3)));
      assertEquals(2, r.findings().size(), r.findings()::toString);
      assertFinding(r.findings().get(0), FindingCode.LAUNCHED_UNKNOWN, "lines[1].launched",
          Optional.of("unknown"));
      assertFinding(r.findings().get(1), FindingCode.LAUNCHED_UNKNOWN, "lines[2].launched",
          Optional.of("unknown"));
      assertFalse(r.hasErrors());
    }

    @Test
    void withheldLaunchedSaysSo() {
      ValidationResult r = validateLines(line("Shahed-136/131", Count.unknown(), Count.exactly(60))
          .withDetails(LineDetails.builder().launchedWithheld(true).build()));
      Finding f = only(r, FindingCode.LAUNCHED_UNKNOWN, "lines[0].launched",
          Optional.of("unknown"));
      assertTrue(f.message().contains("withheld"), f.message());
    }

    @Test
    void hugeCountsAreComparedWithoutOverflow() {
      WeaponLine huge = line("Kalibr", Count.exactly(5), Count.exactly(Long.MAX_VALUE))
          .withSuppressed(Count.exactly(Long.MAX_VALUE));
      assertThrows(ArithmeticException.class, huge::knownOutcomes, "the model overflows here");
      // beyond the readers' limits too (BEYOND_INPUT_LIMITS): here only the comparison matters
      Validator outcomes = STANDARD.withoutCode(FindingCode.BEYOND_INPUT_LIMITS);
      ValidationResult r = outcomes.validate(report().addLine(huge).build());
      assertEquals(EnumSet.of(FindingCode.OUTCOMES_EXCEED_LAUNCHED,
          FindingCode.DESTROYED_EXCEEDS_LAUNCHED), standardCodes(r));
      assertEquals(Optional.of("18446744073709551614"), r.findings().get(0).value());
      WeaponLine hugeLaunched = line("Kalibr", Count.exactly(Long.MAX_VALUE),
          Count.exactly(Long.MAX_VALUE)).withSuppressed(Count.between(0, Long.MAX_VALUE));
      only(outcomes.validate(report().addLine(hugeLaunched).build()),
          FindingCode.OUTCOMES_MAY_EXCEED_LAUNCHED, "lines[0]",
          Optional.of("between " + Long.MAX_VALUE + " and 18446744073709551614"));
    }
  }

  @Nested
  class Period {

    private ValidationResult validatePeriod(ReportTime start, ReportTime end) {
      return validate(report().period(ReportPeriod.of(start, end)).build());
    }

    @Test
    void periodsAtTheEndsOfTimeAreFindingsNotExceptions() {
      // the length of such a period cannot be computed (its instant overflows): bad data never
      // throws, and the years are named as beyond the readers' limits
      ReportTime first = ReportTime.ofMinute(LocalDateTime.of(-999_999_999, 1, 1, 0, 0));
      ReportTime last = ReportTime.ofMinute(LocalDateTime.of(999_999_999, 12, 31, 23, 59));
      ValidationResult r = validatePeriod(first, last);
      assertEquals(Set.of("period.start", "period.end"), r.findings().stream()
          .filter(f -> f.code().equals(FindingCode.BEYOND_INPUT_LIMITS.name()))
          .map(f -> f.path().toString())
          .collect(Collectors.toSet()), r.toString());
      assertTrue(r.hasErrors());
      assertEquals(r.hasErrors(), STANDARD.hasErrors(report().period(ReportPeriod.of(first, last))
          .build()));
      // a period past the readers' years whose length can be computed is still too long
      ValidationResult longer = STANDARD.withoutCode(FindingCode.BEYOND_INPUT_LIMITS).validate(
          report().period(ReportPeriod.of(ReportTime.ofMinute(LocalDateTime.of(2025, 4, 16, 20, 0)),
              ReportTime.ofMinute(LocalDateTime.of(2205, 4, 17, 8, 0)))).build());
      assertEquals(Set.of(FindingCode.PERIOD_TOO_LONG.name()), longer.findings().stream()
          .map(f -> f.code()).collect(Collectors.toSet()), longer.toString());
    }

    @Test
    void endingBeforeStartIsAnError() {
      ValidationResult r = validatePeriod(at(17, 21, 10), at(17, 1, 30));
      Finding f = only(r, FindingCode.PERIOD_ENDS_BEFORE_START, "period.end",
          Optional.of("2025-04-17T21:10/2025-04-17T01:30"));
      assertTrue(f.message().contains("2025-04-17T01:30"), f.message());
      assertTrue(r.hasErrors());
    }

    @Test
    void aDateOnlyEndIsComparedByDate() {
      ValidationResult sameDay = validatePeriod(at(17, 7, 0), on(17));
      Finding f = only(sameDay, FindingCode.PERIOD_MAY_END_BEFORE_START, "period.end",
          Optional.of("2025-04-17T07:00/2025-04-17"));
      assertEquals(Severity.WARNING, f.severity(), "the end may lie later on the same day");
      assertFalse(sameDay.hasErrors());
      assertTrue(validatePeriod(on(17), at(17, 6, 0)).isEmpty());
      only(validatePeriod(at(17, 7, 0), on(16)), FindingCode.PERIOD_ENDS_BEFORE_START,
          "period.end", Optional.of("2025-04-17T07:00/2025-04-16"));
    }

    @Test
    void moreThan48HoursIsAWarning() {
      Finding f = only(validatePeriod(at(16, 8, 0), at(18, 8, 1)), FindingCode.PERIOD_TOO_LONG,
          "period", Optional.of("2025-04-16T08:00/2025-04-18T08:01"));
      assertTrue(f.message().contains("48 hours 1 minute"), f.message());
      assertTrue(validatePeriod(at(16, 8, 0), at(18, 8, 0)).isEmpty(), "exactly 48 hours is fine");
    }

    @Test
    void aThirtyTwoDayPeriodIsTooLong() {
      ValidationResult r = validate(report().period(ReportPeriod.of(
          ReportTime.ofMinute(LocalDateTime.of(2025, 3, 1, 0, 0)),
          ReportTime.ofMinute(LocalDateTime.of(2025, 4, 2, 0, 0)))).build());
      Finding f = only(r, FindingCode.PERIOD_TOO_LONG, "period",
          Optional.of("2025-03-01T00:00/2025-04-02T00:00"));
      // 32 days, one of them 23 hours long: Kyiv moved its clocks on 30 March
      assertTrue(f.message().contains("767 hours"), f.message());
      assertFalse(r.hasErrors());
    }

    @Test
    void dateOnlyBoundsAreMeasuredAtTheShortest() {
      assertTrue(validatePeriod(on(16), on(17)).isEmpty());
      assertTrue(validatePeriod(on(16), on(19)).isEmpty(), "at least 48 hours, not more");
      only(validatePeriod(on(16), on(20)), FindingCode.PERIOD_TOO_LONG, "period",
          Optional.of("2025-04-16/2025-04-20"));
      // 56 hours from midnight, but the start may be as late as the end of the 15th
      assertTrue(validatePeriod(on(15), at(17, 8, 0)).isEmpty());
      only(validatePeriod(on(14), at(17, 8, 0)), FindingCode.PERIOD_TOO_LONG, "period",
          Optional.of("2025-04-14/2025-04-17T08:00"));
      assertTrue(validatePeriod(at(15, 1, 0), on(17)).isEmpty(), "47 hours to the 17th's start");
    }
  }

  @Test
  void noSourceIsAnError() {
    ValidationResult r = validate(report().source(Source.unknown()).build());
    only(r, FindingCode.NO_SOURCE, "source", Optional.empty());
    assertTrue(r.hasErrors());
    assertTrue(validate(report().source(Source.parse("GeneralStaff.ua")).build()).isEmpty());
  }

  @Nested
  class Weapons {

    @Test
    void anUnresolvedWeaponIsAWarning() {
      ValidationResult r = validateLines(line("Kalibr", 1, 1), line("Mystery-9", 2, 1));
      Finding f = only(r, FindingCode.UNRESOLVED_WEAPON, "lines[1].weapon",
          Optional.of("Mystery-9"));
      assertTrue(f.message().contains("'Mystery-9'"), f.message());
    }

    @Test
    void aCompositeWeaponIsAnInfo() {
      ValidationResult r = validateLines(line("X-101/X-555 and Kalibr", 40, 30));
      only(r, FindingCode.COMPOSITE_WEAPON, "lines[0].weapon",
          Optional.of("Kh-101/Kh-555 and Kalibr"));
      assertEquals(Optional.of(Severity.INFO), r.highest());
      assertTrue(r.isValid());
    }

    @Test
    void aCompositeWithAnUnknownPartIsBoth() {
      ValidationResult r = validateLines(line("Kalibr and Mystery-9", 4, 2));
      assertEquals(2, r.findings().size());
      assertFinding(r.findings().get(0), FindingCode.UNRESOLVED_WEAPON, "lines[0].weapon",
          Optional.of("Kalibr and Mystery-9"));
      assertTrue(r.findings().get(0).message().contains("'Mystery-9'"));
      assertFalse(r.findings().get(0).message().contains("'Kalibr'"));
      assertFinding(r.findings().get(1), FindingCode.COMPOSITE_WEAPON, "lines[0].weapon",
          Optional.of("Kalibr and Mystery-9"));
    }

    @Test
    void theSameWeaponTwiceIsAWarningOnTheLaterLine() {
      // two spellings of one weapon
      ValidationResult r = validateLines(line("X-101/X-555", 10, 9), line("Kalibr", 3, 3),
          line("Kh-101/Kh-555", 2, 1));
      Finding f = only(r, FindingCode.DUPLICATE_WEAPON, "lines[2].weapon",
          Optional.of("Kh-101/Kh-555"));
      assertTrue(f.message().contains("lines[0]"), f.message());
    }

    @Test
    void aCompositeGivenTwiceInAnotherOrderIsADuplicate() {
      // the parts in another order are the same weapon (CompositeWeapon.equals)
      ValidationResult r = validateLines(line("X-101/X-555 and Kalibr", 10, 9),
          line("Kalibr and Kh-101/Kh-555", 2, 1));
      List<Finding> duplicates = r.findings(FindingCode.DUPLICATE_WEAPON);
      assertEquals(1, duplicates.size(), r.findings()::toString);
      assertFinding(duplicates.get(0), FindingCode.DUPLICATE_WEAPON, "lines[1].weapon",
          Optional.of("Kalibr and Kh-101/Kh-555"));
      assertTrue(duplicates.get(0).message().contains("lines[0]"), duplicates.get(0).message());
    }

    @Test
    void everyRepeatIsReported() {
      ValidationResult r = validateLines(line("Orlan-10", 1, 1), line("Orlan-10", 3, 3),
          line("Orlan-10", 2, 2));
      assertEquals(List.of(FieldPath.parse("lines[1].weapon"), FieldPath.parse("lines[2].weapon")),
          r.findings(FindingCode.DUPLICATE_WEAPON).stream().map(Finding::path)
              .collect(Collectors.toList()));
    }

    @Test
    void differentWeaponsAreNoDuplicate() {
      assertTrue(validateLines(line("Orlan-10", 1, 1), line("Orlan-30", 1, 1),
          line("Shahed-136/131", 3, 3)).isEmpty());
    }
  }

  @Nested
  class CasualtyFigures {

    private ValidationResult validateCasualties(Casualties c) {
      return validate(report().casualties(c).build());
    }

    @Test
    void placesAddingUpToMoreThanTheTotalIsAnError() {
      Casualties c = Casualties.of(Count.exactly(1), Count.atLeast(3), List.of(
          PlaceCasualties.of("Synthetic town", Count.exactly(2), Count.atLeast(3)),
          PlaceCasualties.of("Synthetic village", Count.exactly(3), Count.zero())));
      Finding f = only(validateCasualties(c), FindingCode.CASUALTIES_CONTRADICT,
          "casualties.killed", Optional.of("1"));
      assertTrue(f.message().contains("5 killed"), f.message());
    }

    @Test
    void boundsDecide() {
      Casualties injured = Casualties.of(Count.unknown(), Count.atMost(5), List.of(
          PlaceCasualties.of("A", Count.unknown(), Count.atLeast(3)),
          PlaceCasualties.of("B", Count.unknown(), Count.atLeast(3))));
      only(validateCasualties(injured), FindingCode.CASUALTIES_CONTRADICT, "casualties.injured",
          Optional.of("at most 5"));
      Casualties possible = Casualties.of(Count.exactly(3), Count.atMost(6), List.of(
          PlaceCasualties.of("A", Count.atMost(10), Count.atLeast(3)),
          PlaceCasualties.of("B", Count.unknown(), Count.between(1, 3))));
      assertTrue(validateCasualties(possible).isEmpty());
    }

    @Test
    void aTotalAboveThePlacesIsNoContradiction() {
      Casualties c = Casualties.of(Count.exactly(10), Count.atLeast(30), List.of(
          PlaceCasualties.of("Synthetic town", Count.exactly(3), Count.exactly(4))));
      assertTrue(validateCasualties(c).isEmpty());
      assertTrue(validateCasualties(Casualties.of(Count.exactly(0), Count.zero())).isEmpty());
      assertTrue(validateCasualties(Casualties.unknown()).isEmpty());
    }

    @Test
    void bothFiguresAreChecked() {
      Casualties c = Casualties.of(Count.zero(), Count.zero(), List.of(
          PlaceCasualties.of("A", Count.exactly(1), Count.exactly(2))));
      ValidationResult r = validateCasualties(c);
      assertEquals(List.of(FieldPath.parse("casualties.killed"),
          FieldPath.parse("casualties.injured")),
          r.findings().stream().map(Finding::path).collect(Collectors.toList()));
    }
  }

  @Test
  void aReportWrongInEveryWayGivesFindingsNotExceptions() {
    StrikeReport awful = StrikeReport.builder()
        .id("synthetic-1")
        // starts at a time the spring clock change skips, and ends before it starts
        .period(ReportPeriod.of(ReportTime.ofMinute(LocalDateTime.of(2025, 3, 30, 3, 30)),
            ReportTime.ofMinute(LocalDateTime.of(2025, 3, 30, 1, 30))))
        .addLine(line("3M22 Zircon", 2, 4))
        .addLine(line("Kalibr", Count.between(1, 3), Count.exactly(2)))
        .addLine(line("C-300", Count.unknown(), Count.zero()))
        .addLine(line("Mystery-9 and Kalibr", 1, 0))
        .addLine(line("3M22 Zircon", 1, 0))
        // and two billion injured, more than any reader takes
        .casualties(Casualties.of(Count.zero(), Count.exactly(2_000_000_000L),
            List.of(PlaceCasualties.of("A", Count.exactly(1), Count.zero()))))
        .build();
    ValidationResult r = validate(awful);
    EnumSet<FindingCode> expected = EnumSet.allOf(FindingCode.class);
    expected.remove(FindingCode.PERIOD_TOO_LONG); // an inverted period is not also too long
    expected.remove(FindingCode.PERIOD_MAY_END_BEFORE_START); // certain, so not merely possible
    assertEquals(expected, standardCodes(r));
    assertEquals(Optional.of(Severity.ERROR), r.highest());
    // the period is checked once, and the later period check is skipped
    assertEquals(1, r.count(FindingCode.PERIOD_ENDS_BEFORE_START));
    ValidationResult tooLong = validate(awful.toBuilder().period(ReportPeriod.of(on(1), on(17)))
        .build());
    assertEquals(1, tooLong.count(FindingCode.PERIOD_TOO_LONG));
    assertEquals(0, tooLong.count(FindingCode.PERIOD_ENDS_BEFORE_START));
  }

  @Test
  void findingsComeInRuleOrder() {
    StrikeReport r = report().source(Source.unknown())
        .period(ReportPeriod.of(at(17, 9, 0), at(17, 8, 0)))
        .addLine(line("Mystery-9", 1, 2)).build();
    assertEquals(List.of("NO_SOURCE", "PERIOD_ENDS_BEFORE_START", "OUTCOMES_EXCEED_LAUNCHED",
            "DESTROYED_EXCEEDS_LAUNCHED", "UNRESOLVED_WEAPON"),
        validate(r).findings().stream().map(Finding::code).collect(Collectors.toList()));
  }

  @Nested
  class Extension {

    private final Rule tooManyDrones = (report, sink) -> {
      for (int i = 0; i < report.lines().size(); i++) {
        if (report.lines().get(i).launched().lower() > 1000) {
          sink.add("IMPLAUSIBLE_SALVO", Severity.WARNING,
              FieldPath.root().field("lines").index(i).field("launched"),
              "more than 1000 launched in one line", Optional.of(
                  report.lines().get(i).launched().toString()));
        }
      }
    };

    @Test
    void aCustomRuleMayGiveNoValueWithoutAnOptional() {
      Rule noTargetArea = (report, sink) -> {
        if (report.targetArea().isEmpty()) {
          sink.add("NO_TARGET_AREA", Severity.INFO, FieldPath.root().field("targetArea"),
              "the report names no target area");
        }
      };
      StrikeReport r = report().targetArea("").build();
      Finding f = STANDARD.with(noTargetArea).validate(r).findings("NO_TARGET_AREA").get(0);
      assertEquals(Severity.INFO, f.severity());
      assertEquals("targetArea", f.path().toString());
      assertEquals(Optional.empty(), f.value());
    }

    @Test
    void aCustomRuleAddsItsFindings() {
      Validator mine = STANDARD.with(tooManyDrones);
      StrikeReport r = report().addLine(line("Shahed-136/131", 1500, 1400)).build();
      ValidationResult result = mine.validate(r);
      assertEquals(1, result.findings().size());
      Finding f = result.findings().get(0);
      assertEquals("IMPLAUSIBLE_SALVO", f.code());
      assertEquals(Severity.WARNING, f.severity());
      assertEquals("lines[0].launched", f.path().toString());
      assertEquals("synthetic-1", f.reportId());
      assertEquals(Optional.empty(), f.standardCode());
      assertEquals(1, result.findings("IMPLAUSIBLE_SALVO").size());
      assertTrue(STANDARD.validate(r).isEmpty(), "the standard validator is unchanged");
      assertEquals(STANDARD.rules().size() + 1, mine.rules().size());
    }

    @Test
    void aCodeCanBeDropped() {
      StrikeReport r = report().source(Source.unknown())
          .addLine(line("X-101/X-555 and Kalibr", 4, 2)).build();
      assertEquals(Set.of("NO_SOURCE", "COMPOSITE_WEAPON"), codes(STANDARD.validate(r)));
      Validator quiet = STANDARD.withoutCode(FindingCode.COMPOSITE_WEAPON);
      assertEquals(Set.of("NO_SOURCE"), codes(quiet.validate(r)));
      assertEquals(Set.of(), codes(quiet.withoutCode("NO_SOURCE").validate(r)));
      assertEquals(Set.of(),
          codes(STANDARD.with(tooManyDrones).withoutCode("IMPLAUSIBLE_SALVO")
              .withoutCode(FindingCode.NO_SOURCE).withoutCode(FindingCode.COMPOSITE_WEAPON)
              .validate(r.toBuilder().addLine(line("Lancet", 2000, 3)).build())));
    }

    @Test
    void aSeverityCanBeChanged() {
      StrikeReport r = report().source(Source.unknown()).build();
      Validator lenient = STANDARD.withSeverity(FindingCode.NO_SOURCE, Severity.INFO);
      ValidationResult result = lenient.validate(r);
      assertEquals(Severity.INFO, result.findings().get(0).severity());
      assertFalse(result.hasErrors());
      assertTrue(STANDARD.validate(r).hasErrors());
      ValidationResult strict = STANDARD.with(tooManyDrones)
          .withSeverity("IMPLAUSIBLE_SALVO", Severity.ERROR)
          .validate(report().addLine(line("Shahed-136/131", 1500, 1)).build());
      assertTrue(strict.hasErrors());
    }

    @Test
    void ofRunsExactlyTheGivenRules() {
      StrikeReport r = report().source(Source.unknown()).addLine(line("Mystery-9", 1, 2)).build();
      assertTrue(Validator.of().validate(r).isEmpty());
      assertEquals(Set.of("IMPLAUSIBLE_SALVO"),
          codes(Validator.of(List.of(tooManyDrones)).validate(
              r.withLines(List.of(line("Lancet", 1001, 0))))));
    }
  }

  @Test
  void validateAllNamesTheReportOfEachFinding() {
    StrikeReport good = report().id("synthetic-good").build();
    StrikeReport bad = report().id("synthetic-bad").source(Source.unknown())
        .addLine(line("Mystery-9", 1, 1)).build();
    StrikeReport odd = report().id("synthetic-odd").addLine(line("Mystery-8", 1, 1)).build();
    ValidationResult all = STANDARD.validateAll(List.of(good, bad, odd));
    assertEquals(3, all.findings().size());
    assertEquals(List.of("synthetic-bad", "synthetic-bad", "synthetic-odd"),
        all.findings().stream().map(Finding::reportId).collect(Collectors.toList()));
    assertEquals(Set.of("synthetic-bad"), all.reportIds(Severity.ERROR));
    assertEquals(List.of("synthetic-bad", "synthetic-odd"),
        all.reportIds(Severity.WARNING).asList());
    assertEquals(STANDARD.validate(bad), all.forReport("synthetic-bad"));
    assertTrue(all.forReport("synthetic-good").isEmpty());
    assertEquals(all, STANDARD.validateAll(List.of(good, bad, odd).stream()::iterator));
  }

  @Test
  void misuseThrows() {
    assertThrows(NullPointerException.class, () -> STANDARD.validate(null));
    List<StrikeReport> withNull = Arrays.asList(report().build(), null);
    assertThrows(NullPointerException.class, () -> STANDARD.validateAll(withNull));
    Rule blankMessage = (report, sink) -> sink.add("X", Severity.INFO, FieldPath.root(), " ",
        Optional.empty());
    assertThrows(IllegalArgumentException.class,
        () -> Validator.of(blankMessage).validate(report().build()));
    assertThrows(IllegalArgumentException.class,
        () -> Validator.of(blankMessage).hasErrors(report().build()));
  }

  @Test
  void validateAndHasErrorsRefuseTheSameRules() {
    StrikeReport r = report().build();
    Rule badCode = (report, sink) -> sink.add("bad code", Severity.ERROR, FieldPath.root(),
        "an error", Optional.empty());
    Rule nullPath = (report, sink) -> sink.add("MY_CODE", Severity.WARNING, null, "a warning",
        Optional.empty());
    Rule nullValue = (report, sink) -> sink.add("MY_CODE", Severity.ERROR, FieldPath.root(),
        "an error", null);
    // whatever becomes of the finding: kept, suppressed, or of a severity hasErrors ignores
    for (Validator v : List.of(Validator.of(badCode), Validator.of(badCode).withoutCode("bad code"),
        Validator.of(nullPath), Validator.of(nullPath).withoutCode("MY_CODE"),
        Validator.of(nullValue))) {
      Class<? extends RuntimeException> thrown =
          assertThrows(RuntimeException.class, () -> v.validate(r)).getClass();
      assertEquals(thrown, assertThrows(RuntimeException.class, () -> v.hasErrors(r)).getClass(),
          v::toString);
    }
    new NullPointerTester()
        .setDefault(StrikeReport.class, report().build())
        .setDefault(Rule.class, (report, sink) -> { })
        .testAllPublicStaticMethods(Validator.class);
    new NullPointerTester()
        .setDefault(StrikeReport.class, report().build())
        .setDefault(Rule.class, (report, sink) -> { })
        .testAllPublicInstanceMethods(STANDARD);
  }

  @Test
  void toStringSaysWhatWasChanged() {
    assertEquals("Validator[9 rules]", STANDARD.toString());
    assertEquals("Validator[9 rules, without [COMPOSITE_WEAPON]]",
        STANDARD.withoutCode(FindingCode.COMPOSITE_WEAPON).toString());
  }

  private static EnumSet<FindingCode> standardCodes(ValidationResult r) {
    EnumSet<FindingCode> set = EnumSet.noneOf(FindingCode.class);
    for (Finding f : r.findings()) {
      set.add(f.standardCode().orElseThrow());
    }
    return set;
  }
}
