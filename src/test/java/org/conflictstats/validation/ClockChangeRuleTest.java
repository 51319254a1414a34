package org.conflictstats.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.StrikeReport;
import org.junit.jupiter.api.Test;

/**
 * {@code TIME_IN_CLOCK_CHANGE}: a local time in Kyiv's spring gap (the clocks go from 03:00 to 04:00
 * on the last Sunday of March) or autumn overlap (from 04:00 back to 03:00 on the last Sunday of
 * October) is a warning that says how the time is read; the reading is java.time's.
 */
final class ClockChangeRuleTest {

  private static final ZoneId KYIV = ReportPeriod.KYIV;

  private static List<Finding> findings(ReportTime start, ReportTime end, ZoneId zone) {
    StrikeReport r = Fixtures.report().period(new ReportPeriod(start, end, zone)).build();
    return Validator.standard().validate(r).findings().stream()
        .filter(f -> f.code().equals(FindingCode.TIME_IN_CLOCK_CHANGE.code())).toList();
  }

  private static ReportTime at(int year, int month, int day, int hour, int minute) {
    return ReportTime.ofMinute(LocalDateTime.of(year, month, day, hour, minute));
  }

  @Test
  void aTimeTheSpringChangeSkipsIsAWarningReadAnHourLater() {
    ReportTime gap = at(2025, 3, 30, 3, 30);
    List<Finding> f = findings(at(2025, 3, 29, 22, 0), gap, KYIV);
    assertEquals(1, f.size(), f::toString);
    assertEquals(Severity.WARNING, f.get(0).severity());
    assertEquals("period.end", f.get(0).path().toString());
    assertEquals("the period's end, 2025-03-30T03:30, does not exist in Europe/Kyiv: the clocks"
        + " went forward from 03:00 to 04:00; read as 2025-03-30T04:30 +03:00",
        f.get(0).message());
    // the model reads it so: the instant is 04:30 summer time, 01:30 UTC
    ReportPeriod p = new ReportPeriod(at(2025, 3, 29, 22, 0), gap, KYIV);
    assertEquals(OffsetDateTime.of(2025, 3, 30, 4, 30, 0, 0, ZoneOffset.ofHours(3)),
        p.zonedEnd().toOffsetDateTime());
  }

  @Test
  void aTimeTheAutumnChangeRepeatsIsAWarningReadAsTheFirst() {
    ReportTime twice = at(2025, 10, 26, 3, 30);
    List<Finding> f = findings(twice, at(2025, 10, 26, 9, 0), KYIV);
    assertEquals(1, f.size(), f::toString);
    assertEquals("period.start", f.get(0).path().toString());
    assertEquals("the period's start, 2025-10-26T03:30, happened twice in Europe/Kyiv: the clocks"
        + " went back from 04:00 to 03:00; read as the first, +03:00", f.get(0).message());
    assertEquals(ZoneOffset.ofHours(3),
        new ReportPeriod(twice, at(2025, 10, 26, 9, 0), KYIV).zonedStart().getOffset());
  }

  @Test
  void ordinaryTimesDatesAndOtherZonesDrawNothing() {
    assertTrue(findings(at(2025, 3, 30, 2, 59), at(2025, 3, 30, 4, 0), KYIV).isEmpty());
    assertTrue(findings(at(2025, 10, 26, 2, 59), at(2025, 10, 26, 4, 0), KYIV).isEmpty());
    assertTrue(findings(ReportTime.ofDate(LocalDate.of(2025, 3, 30)),
        ReportTime.ofDate(LocalDate.of(2025, 3, 30)), KYIV).isEmpty());
    // UTC has no clock change; a time in Kyiv's gap is an ordinary time there
    assertTrue(findings(at(2025, 3, 30, 3, 30), at(2025, 3, 30, 5, 0), ZoneOffset.UTC).isEmpty());
    // both bounds in the gap: two findings
    assertEquals(2, findings(at(2025, 3, 30, 3, 0), at(2025, 3, 30, 3, 59), KYIV).size());
  }

  @Test
  void theCodeIsAWarningTheValidatorCanDrop() {
    assertEquals(Severity.WARNING, FindingCode.TIME_IN_CLOCK_CHANGE.defaultSeverity());
    StrikeReport r = Fixtures.report().period(new ReportPeriod(at(2025, 3, 29, 22, 0),
        at(2025, 3, 30, 3, 30), KYIV)).build();
    assertTrue(Validator.standard().withoutCode(FindingCode.TIME_IN_CLOCK_CHANGE).validate(r)
        .findings().isEmpty());
  }

  @Test
  void hasErrorsLooksForTheChangeOnlyWhenItIsAnError() {
    // the rule skips its look-up when the sink does not want the code (hasErrors, a warning)
    StrikeReport r = Fixtures.report().period(new ReportPeriod(at(2025, 3, 29, 22, 0),
        at(2025, 3, 30, 3, 30), KYIV)).build();
    assertFalse(Validator.standard().hasErrors(r));
    Validator strict = Validator.standard()
        .withSeverity(FindingCode.TIME_IN_CLOCK_CHANGE, Severity.ERROR);
    assertTrue(strict.hasErrors(r));
    assertTrue(strict.validate(r).hasErrors());
    assertFalse(strict.hasErrors(Fixtures.report().period(new ReportPeriod(
        at(2025, 3, 29, 22, 0), at(2025, 3, 30, 4, 30), KYIV)).build()));
  }
}
