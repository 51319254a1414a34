package org.conflictstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.ReportTime;
import org.junit.jupiter.api.Test;

final class AttributionTest {

  private static final ReportPeriod NIGHT = ReportPeriod.of(
      ReportTime.ofMinute(LocalDateTime.of(2025, 4, 16, 20, 0)),
      ReportTime.ofMinute(LocalDateTime.of(2025, 4, 17, 1, 30)));

  @Test
  void theNightBelongsToTheDateOfItsEndInKyiv() {
    assertEquals(Attribution.of(Attribution.Rule.END_DATE, ZoneId.of("Europe/Kyiv")),
        Attribution.standard());
    assertEquals(LocalDate.of(2025, 4, 17), Attribution.standard().dateOf(NIGHT));
    assertEquals(NIGHT.endDate(), Attribution.standard().dateOf(NIGHT));
  }

  @Test
  void anotherZoneSeesTheEndInstantsDate() {
    // 01:30 in Kyiv (UTC+3 in April) is 22:30 UTC the day before
    Attribution utc = Attribution.standard().withZone(ZoneOffset.UTC);
    assertEquals(LocalDate.of(2025, 4, 16), utc.dateOf(NIGHT));
    assertEquals(NIGHT.endDate(ZoneOffset.UTC), utc.dateOf(NIGHT));
  }

  @Test
  void theStartRuleUsesTheStart() {
    assertEquals(LocalDate.of(2025, 4, 16),
        Attribution.standard().withRule(Attribution.Rule.START_DATE).dateOf(NIGHT));
  }

  @Test
  void aDateOnlyEndKeepsItsDateInAnyZone() {
    ReportPeriod dates = ReportPeriod.of(ReportTime.ofDate(LocalDate.of(2025, 4, 17)),
        ReportTime.ofDate(LocalDate.of(2025, 4, 17)));
    assertEquals(LocalDate.of(2025, 4, 17),
        Attribution.standard().withZone(ZoneOffset.UTC).dateOf(dates));
  }

  @Test
  void isoWeeksCrossYears() {
    assertEquals("2025-W01", Dimension.isoWeek(LocalDate.of(2024, 12, 30)));
    assertEquals("2020-W53", Dimension.isoWeek(LocalDate.of(2021, 1, 3)));
    assertEquals("2025-W16", Dimension.isoWeek(LocalDate.of(2025, 4, 17)));
  }

  @Test
  void rulesParse() {
    assertEquals(Attribution.Rule.END_DATE, Attribution.Rule.parse("end-date"));
    assertEquals(Attribution.Rule.START_DATE, Attribution.Rule.parse("START_DATE"));
    assertEquals(Attribution.Rule.START_DATE, Attribution.Rule.parse("start"));
    assertThrows(IllegalArgumentException.class, () -> Attribution.Rule.parse("middle"));
  }
}
