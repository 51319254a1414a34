package org.conflictstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Report-date ranges read from periods of any precision. */
final class DateRangeTest {

  @ParameterizedTest
  @CsvSource({
      "2025,2025-01-01,2025-12-31",
      "2024-Q1,2024-01-01,2024-03-31",
      "2025-q4,2025-10-01,2025-12-31",
      "2024-02,2024-02-01,2024-02-29",
      "2025-10,2025-10-01,2025-10-31",
      "2025-10-01,2025-10-01,2025-10-01",
      "2025-W40,2025-09-29,2025-10-05",
      "2025-W01,2024-12-30,2025-01-05",
      "2020-W53,2020-12-28,2021-01-03",
      "2021-w01,2021-01-04,2021-01-10",
      " 2025-06 ,2025-06-01,2025-06-30"})
  void aPeriodIsTheRangeOfItsDays(String text, LocalDate first, LocalDate last) {
    DateRange r = DateRange.parse(text);
    assertEquals(first, r.first());
    assertEquals(last, r.last());
  }

  @Test
  void everyIsoWeekOfTwoDecadesStartsOnMondayAndHoldsItsOwnDays() {
    for (LocalDate d = LocalDate.of(2015, 1, 1); d.getYear() < 2035; d = d.plusDays(1)) {
      String week = Dimension.isoWeek(d);
      DateRange r = DateRange.parse(week);
      assertTrue(r.contains(d), week + " " + d);
      assertEquals(DayOfWeek.MONDAY, r.first().getDayOfWeek());
      assertEquals(6, r.last().toEpochDay() - r.first().toEpochDay());
      assertEquals(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
          r.first().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "25", "2025-13", "2025-02-30", "2025-Q5", "2025-Q0", "2025-W00",
      "2025-W53", "2025/10", "October 2025", "2025-10-1", "2025-W4"})
  void anythingElseIsRefusedWithTheText(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DateRange.parse(text));
    assertTrue(e.getMessage().contains("'" + text.strip() + "'")
        || e.getMessage().contains("week"), e.getMessage());
  }

  @Test
  void endsAreIncludedAndOpenEndsSaySo() {
    DateRange r = DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 25));
    assertTrue(r.contains(LocalDate.of(2024, 1, 1)));
    assertTrue(r.contains(LocalDate.of(2024, 6, 25)));
    assertFalse(r.contains(LocalDate.of(2023, 12, 31)));
    assertFalse(r.contains(LocalDate.of(2024, 6, 26)));
    assertEquals("2024-01-01 to 2024-06-25", r.toString());
    assertEquals("from 2025-10-01", DateRange.from(LocalDate.of(2025, 10, 1)).toString());
    assertEquals("to 2025-10-31", DateRange.until(LocalDate.of(2025, 10, 31)).toString());
    assertEquals("2025-10-01", DateRange.parse("2025-10-01").toString());
    assertTrue(DateRange.all().isAll());
    assertTrue(DateRange.all().contains(LocalDate.of(1, 1, 1)));
    assertFalse(DateRange.from(LocalDate.of(2025, 10, 1)).isAll());
    assertThrows(IllegalArgumentException.class,
        () -> DateRange.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 31)));
  }
}
