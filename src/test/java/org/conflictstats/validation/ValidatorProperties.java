package org.conflictstats.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.conflictstats.model.Count;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponLine;

/** Laws of the standard validator over arbitrary reports. */
final class ValidatorProperties {

  private static final Validator STANDARD = Validator.standard();

  @Provide
  Arbitrary<StrikeReport> reports() {
    return ReportDomain.reports();
  }

  @Property
  void neverThrowsAndEveryPathPointsAtAnExistingElement(@ForAll("reports") StrikeReport report) {
    ValidationResult result = STANDARD.validate(report);
    Statistics.label("highest").collect(result.highest().map(Enum::name).orElse("none"));
    for (Finding f : result.findings()) {
      Statistics.label("codes").collect(f.code());
      assertTrue(PathResolver.resolve(report, f.path()).isPresent(),
          () -> f + " points at nothing in " + report);
      assertEquals(report.id(), f.reportId());
      FindingCode code = f.standardCode().orElseThrow();
      assertEquals(code.defaultSeverity(), f.severity());
    }
  }

  @Property
  void outcomeErrorsAreExactlyTheCertainExcesses(@ForAll("reports") StrikeReport report) {
    ValidationResult result = STANDARD.validate(report);
    for (int i = 0; i < report.lines().size(); i++) {
      WeaponLine line = report.lines().get(i);
      boolean certain;
      try {
        certain = line.knownOutcomes().mustExceed(line.launched());
      } catch (ArithmeticException overflow) {
        // Count.plus overflowed a long: compare the sum of the lower bounds alone
        Statistics.label("overflow").collect(true);
        try {
          Count lowers = Count.exactly(line.destroyed().lower())
              .plus(Count.exactly(line.suppressed().lower()))
              .plus(Count.exactly(line.stillAirborne().lower()))
              .plus(Count.exactly(line.leftAirspace().lower()))
              .plus(Count.exactly(line.hit().lower()));
          certain = lowers.mustExceed(line.launched());
        } catch (ArithmeticException lowerOverflow) {
          // the lower bounds alone add up beyond a long: above any bounded launched count
          certain = line.launched().isBounded();
        }
      }
      FieldPath path = ReportPaths.line(i);
      boolean reported = result.findings(FindingCode.OUTCOMES_EXCEED_LAUNCHED).stream()
          .anyMatch(f -> f.path().equals(path));
      assertEquals(certain, reported, () -> line + " at " + path);
      boolean destroyed = line.destroyed().mustExceed(line.launched());
      assertEquals(destroyed, result.findings(FindingCode.DESTROYED_EXCEEDS_LAUNCHED).stream()
          .anyMatch(f -> f.path().equals(path.field("destroyed"))));
    }
  }

  @Property
  void hasErrorsSaysWhatTheFullValidationSays(@ForAll("reports") StrikeReport report) {
    assertEquals(STANDARD.validate(report).hasErrors(), STANDARD.hasErrors(report));
    // with severities changed, the shortcut follows them too
    Validator strict = STANDARD.withSeverity(FindingCode.COMPOSITE_WEAPON, Severity.ERROR)
        .withSeverity(FindingCode.PERIOD_TOO_LONG, Severity.ERROR)
        .withSeverity(FindingCode.LAUNCHED_UNKNOWN, Severity.ERROR)
        .withSeverity(FindingCode.TIME_IN_CLOCK_CHANGE, Severity.ERROR)
        .withoutCode(FindingCode.OUTCOMES_EXCEED_LAUNCHED);
    assertEquals(strict.validate(report).hasErrors(), strict.hasErrors(report));
  }

  @Property
  void outcomeWarningsAreExactlyThePossibleExcesses(@ForAll("reports") StrikeReport report) {
    ValidationResult result = STANDARD.validate(report);
    for (int i = 0; i < report.lines().size(); i++) {
      WeaponLine line = report.lines().get(i);
      FieldPath path = ReportPaths.line(i);
      boolean certain = result.findings(FindingCode.OUTCOMES_EXCEED_LAUNCHED).stream()
          .anyMatch(f -> f.path().equals(path));
      // the stated sum in big integers: each open-ended outcome at its minimum
      java.math.BigInteger stated = java.math.BigInteger.ZERO;
      for (Count c : List.of(line.destroyed(), line.suppressed(), line.stillAirborne(),
          line.leftAirspace(), line.hit())) {
        stated = stated.add(java.math.BigInteger.valueOf(c.isBounded()
            ? c.upper().getAsLong() : c.lower()));
      }
      boolean expected = !line.launched().isUnknown() && !certain && line.launched().isBounded()
          && stated.compareTo(java.math.BigInteger.valueOf(line.launched().lower())) > 0;
      assertEquals(expected, result.findings(FindingCode.OUTCOMES_MAY_EXCEED_LAUNCHED).stream()
          .anyMatch(f -> f.path().equals(path)), () -> line.toString());
    }
  }

  @Property
  void periodFindingsFollowTheZonedTimes(@ForAll("reports") StrikeReport report) {
    ValidationResult result = STANDARD.validate(report);
    var p = report.period();
    boolean before = p.endsBeforeStart();
    boolean negative = !before && p.duration().isNegative();
    java.time.Duration shortest = p.start().isDateOnly()
        ? java.time.Duration.between(p.zonedStart().plusDays(1), p.zonedEnd()) : p.duration();
    boolean tooLong = !before && !negative && shortest.compareTo(java.time.Duration.ofHours(48)) > 0;
    Statistics.label("period").collect(before ? "before" : negative ? "may end before"
        : tooLong ? "too long" : "fine");
    assertEquals(before, result.count(FindingCode.PERIOD_ENDS_BEFORE_START) == 1, p::toString);
    assertEquals(negative, result.count(FindingCode.PERIOD_MAY_END_BEFORE_START) == 1,
        p::toString);
    assertEquals(tooLong, result.count(FindingCode.PERIOD_TOO_LONG) == 1, p::toString);
  }

  @Property
  void aValueBeyondTheReadersLimitsIsFoundAtItsPathAndNothingElseIs(
      @ForAll("reports") StrikeReport report) {
    List<String> expected = new java.util.ArrayList<>();
    var p = report.period();
    for (var bound : List.of(java.util.Map.entry("period.start", p.start()),
        java.util.Map.entry("period.end", p.end()))) {
      int year = bound.getValue().date().getYear();
      if (year < org.conflictstats.model.InputLimits.FIRST_YEAR
          || year > org.conflictstats.model.InputLimits.LAST_YEAR) {
        expected.add(bound.getKey());
      }
    }
    for (int i = 0; i < report.lines().size(); i++) {
      WeaponLine l = report.lines().get(i);
      List<Count> counts = List.of(l.launched(), l.destroyed(), l.suppressed(), l.stillAirborne(),
          l.leftAirspace(), l.hit());
      List<String> names = List.of("launched", "destroyed", "suppressed", "stillAirborne",
          "leftAirspace", "hit");
      for (int k = 0; k < counts.size(); k++) {
        if (beyond(counts.get(k))) {
          expected.add("lines[" + i + "]." + names.get(k));
        }
      }
    }
    var c = report.casualties();
    if (beyond(c.killed())) {
      expected.add("casualties.killed");
    }
    if (beyond(c.injured())) {
      expected.add("casualties.injured");
    }
    List<String> found = STANDARD.validate(report).findings().stream()
        .filter(f -> f.hasCode(FindingCode.BEYOND_INPUT_LIMITS))
        .map(f -> f.path().toString())
        .filter(path -> !path.contains("details") && !path.contains("byPlace"))
        .collect(Collectors.toList());
    Statistics.label("beyond").collect(expected.isEmpty() ? "none" : "some");
    Statistics.label("beyond").coverage(check -> {
      check.check("some").count(n -> n > 0);
      check.check("none").count(n -> n > 0);
    });
    assertEquals(expected, found);
  }

  /** Independently of the rule: the largest value a count allows, against the limit. */
  private static boolean beyond(Count c) {
    return (c.isBounded() ? c.upper().getAsLong() : c.lower())
        > org.conflictstats.model.InputLimits.MAX_COUNT;
  }

  @Property
  void openEndedLaunchedCountsOnlyEverDrawLaunchedUnknown(@ForAll("reports") StrikeReport report) {
    ValidationResult result = STANDARD.validate(report);
    for (int i = 0; i < report.lines().size(); i++) {
      WeaponLine line = report.lines().get(i);
      FieldPath path = ReportPaths.line(i);
      List<String> outcomeCodes = result.findings().stream()
          .filter(f -> f.path().startsWith(path) && !f.path().equals(path.field("weapon")))
          .filter(f -> !f.hasCode(FindingCode.BEYOND_INPUT_LIMITS)) // a law of its own, below
          .map(Finding::code).collect(Collectors.toList());
      if (!line.launched().isBounded()) {
        // no rate, so said once; outcomes cannot exceed what has no upper bound
        assertEquals(List.of("LAUNCHED_UNKNOWN"), outcomeCodes);
      } else {
        // a bounded launched: said exactly when it is not exact (a range has no rate either)
        assertEquals(!line.launched().isExact(), outcomeCodes.contains("LAUNCHED_UNKNOWN"),
            outcomeCodes::toString);
      }
    }
  }

  @Property
  void reportLevelCodesFollowTheModel(@ForAll("reports") StrikeReport report) {
    ValidationResult result = STANDARD.validate(report);
    assertEquals(report.source().isUnknown(), result.count(FindingCode.NO_SOURCE) == 1);
    assertEquals(report.period().endsBeforeStart(),
        result.count(FindingCode.PERIOD_ENDS_BEFORE_START) == 1);
    if (result.count(FindingCode.PERIOD_TOO_LONG) == 1) {
      assertTrue(report.period().duration().toMinutes() > 48 * 60,
          "too long at its shortest implies too long as stored");
    }
    assertEquals(result.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR),
        result.hasErrors());
  }

  @Property(tries = 200)
  void validateAllIsTheMergeOfEachValidation(@ForAll("reports") StrikeReport a,
      @ForAll("reports") StrikeReport b, @ForAll("reports") StrikeReport c) {
    ValidationResult ra = STANDARD.validate(a);
    ValidationResult rb = STANDARD.validate(b);
    ValidationResult rc = STANDARD.validate(c);
    assertEquals(ra.merge(rb).merge(rc), STANDARD.validateAll(List.of(a, b, c)));
    assertEquals(ra.merge(rb).merge(rc), ra.merge(rb.merge(rc)), "merge is associative");
    assertEquals(ra, ra.merge(ValidationResult.empty()));
    assertEquals(ra, ValidationResult.empty().merge(ra));
  }
}
