package org.conflictstats.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.conflictstats.model.Count;
import org.conflictstats.model.ReportTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class CellsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "93|93", "93.0|93", "93.00|93", "0|0", "0.0|0", "' 7 '|7", "-0|0",
      "1000000000|1000000000"})
  void exactCounts(String text, long expected) throws CellException {
    assertEquals(Count.exactly(expected), Cells.count(text, "launched"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "NaN", "nan", " NaN "})
  void blankAndNanAreUnknown(String text) throws CellException {
    assertEquals(Count.unknown(), Cells.count(text, "launched"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "-3|negative count: '-3'",
      "abc|not a count: 'abc'",
      "1e400|not a count: '1e400'",
      "93.5|not a whole number: '93.5'",
      "9223372036854775808|count out of range (at most 1000000000): '9223372036854775808'",
      "9223372036854775807|count out of range (at most 1000000000): '9223372036854775807'",
      "1000000001|count out of range (at most 1000000000): '1000000001'",
      "+5|not a count: '+5'",
      "inf|not a count: 'inf'",
      "1,5|not a count: '1,5'"})
  void badCountsNameTheColumn(String text, String reason) {
    CellException e = assertThrows(CellException.class, () -> Cells.count(text, "destroyed"));
    assertEquals("destroyed", e.column);
    assertEquals("column 'destroyed': " + reason, e.getMessage());
  }

  @Test
  void aBillionIsTheLargestCount() throws CellException {
    assertEquals(Count.exactly(1_000_000_000L), Cells.count("1000000000", "launched"));
    assertEquals(Count.exactly(1_000_000_000L), Cells.count("1000000000.0", "launched"));
  }

  @Test
  void timesInEveryFormTheFilesUse() {
    assertEquals(ReportTime.ofMinute(LocalDateTime.of(2025, 4, 16, 20, 0)),
        Cells.time("2025-04-16 20:00"));
    assertEquals(ReportTime.ofMinute(LocalDateTime.of(2025, 4, 16, 20, 0)),
        Cells.time("2025-04-16T20:00"));
    assertEquals(ReportTime.ofMinute(LocalDateTime.of(2025, 4, 16, 20, 0)),
        Cells.time("2025-04-16 20:00:59"));
    assertEquals(ReportTime.ofMinute(LocalDateTime.of(2023, 5, 16, 3, 30)),
        Cells.time("2023-05-16 3:30"));
    assertEquals(ReportTime.ofMinute(LocalDateTime.of(2025, 3, 6, 21, 0)),
        Cells.time("2025-03-06 21:00 "));
    assertEquals(ReportTime.ofDate(LocalDate.of(2025, 4, 17)), Cells.time("2025-04-17"));
    assertEquals(ReportTime.ofDate(LocalDate.of(2024, 5, 16)), Cells.time("2024-05-16 "));
    assertTrue(Cells.time("2025-04-17").isDateOnly());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-13-45", "2025-02-30", "2025-04-16 24:00", "2025-04-16 20:60",
      "16.04.2025", "2025-04-16 20", "2025-04-16 20:00 x", "", "yesterday", "25-04-16"})
  void badTimes(String text) {
    assertNull(Cells.time(text));
  }
}
