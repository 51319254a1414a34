package org.conflictstats.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * {@link ReportTime#localEpochMinute} is the local date-time's epoch second read as UTC, floored to
 * minutes, for any time from year 1 to 9999, and orders times as they compare.
 */
class ReportTimeProperties {

  @Property(tries = 2000)
  void isTheLocalEpochSecondInMinutes(@ForAll @IntRange(min = 1, max = 9999) int year,
      @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 1, max = 28) int day,
      @ForAll @IntRange(min = 0, max = 23) int hour,
      @ForAll @IntRange(min = 0, max = 59) int minute, @ForAll boolean dateOnly) {
    LocalDateTime t = LocalDateTime.of(year, month, day, hour, minute);
    ReportTime r = dateOnly ? ReportTime.ofDate(t.toLocalDate()) : ReportTime.ofMinute(t);
    assertEquals(Math.floorDiv(r.dateTime().toEpochSecond(ZoneOffset.UTC), 60),
        r.localEpochMinute());
  }

  @Property(tries = 1000)
  void ordersAsTimesCompare(@ForAll @IntRange(min = -3_000_000, max = 3_000_000) int dayA,
      @ForAll @IntRange(min = 0, max = 1439) int minuteA,
      @ForAll @IntRange(min = -3_000_000, max = 3_000_000) int dayB,
      @ForAll @IntRange(min = 0, max = 1439) int minuteB) {
    ReportTime a = at(dayA, minuteA);
    ReportTime b = at(dayB, minuteB);
    assertEquals(Integer.signum(a.compareTo(b)),
        Long.signum(a.localEpochMinute() - b.localEpochMinute()));
  }

  private static ReportTime at(int epochDay, int minuteOfDay) {
    return ReportTime.ofMinute(LocalDate.ofEpochDay(epochDay).atTime(minuteOfDay / 60,
        minuteOfDay % 60));
  }

  @Test
  void theJavadocExamples() {
    assertEquals(1470, ReportTime.ofMinute(LocalDateTime.of(1970, 1, 2, 0, 30)).localEpochMinute());
    assertEquals(-1440, ReportTime.ofDate(LocalDate.of(1969, 12, 31)).localEpochMinute());
  }

  /** parse reads what toString writes, and the CSV's form with a space for the T, padded or not. */
  @Property(tries = 1000)
  void parseReadsToStringAndTheCsvForm(@ForAll @IntRange(min = 1900, max = 2200) int year,
      @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 1, max = 28) int day,
      @ForAll @IntRange(min = 0, max = 23) int hour,
      @ForAll @IntRange(min = 0, max = 59) int minute, @ForAll boolean dateOnly,
      @ForAll boolean padded) {
    LocalDateTime t = LocalDateTime.of(year, month, day, hour, minute);
    ReportTime r = dateOnly ? ReportTime.ofDate(t.toLocalDate()) : ReportTime.ofMinute(t);
    String pad = padded ? " " : "";
    assertEquals(r, ReportTime.parse(pad + r + pad));
    assertEquals(r, ReportTime.parse(pad + r.toString().replace('T', ' ') + pad));
  }

  @Test
  void parseNamesTheFormsItTakes() {
    assertEquals(ReportTime.ofMinute(LocalDateTime.of(2025, 4, 16, 20, 0)),
        ReportTime.parse("2025-04-16 20:00"));
    DateTimeParseException e = assertThrows(DateTimeParseException.class,
        () -> ReportTime.parse("16.04.2025 20:00"));
    assertTrue(e.getMessage().contains("2025-04-16 20:00")
        && e.getMessage().contains("'16.04.2025 20:00'"), e.getMessage());
    assertEquals("16.04.2025 20:00", e.getParsedString());
  }

  /** parse takes every form the CSV reader takes, and says which problem a text has. */
  @Test
  void parseTakesTheCsvFormsAndNamesTheProblem() {
    assertEquals(ReportTime.ofMinute(LocalDateTime.of(2023, 5, 16, 3, 30)),
        ReportTime.parse("2023-05-16 3:30"));
    assertEquals(ReportTime.ofMinute(LocalDateTime.of(2025, 4, 7, 8, 0)),
        ReportTime.parse("2025-4-7  08:00:00.000"));
    assertEquals(ReportTime.ofDate(LocalDate.of(2025, 4, 17)),
        ReportTime.parse("\t2025-04-17 "));
    assertEquals(ReportTimeParseException.Problem.SECONDS, assertThrows(
        ReportTimeParseException.class, () -> ReportTime.parse("2025-04-16T20:00:30")).problem());
    assertEquals(ReportTimeParseException.Problem.SECONDS, assertThrows(
        ReportTimeParseException.class, () -> ReportTime.parse("2025-04-16 20:00:00.5")).problem());
    assertEquals(ReportTimeParseException.Problem.NO_SUCH_TIME, assertThrows(
        ReportTimeParseException.class, () -> ReportTime.parse("2025-02-29")).problem());
    assertEquals(ReportTimeParseException.Problem.NO_SUCH_TIME, assertThrows(
        ReportTimeParseException.class, () -> ReportTime.parse("2025-04-16 24:00")).problem());
    for (String bad : new String[] {"", " ", "25-04-16", "2025-04-16x", "2025-04-16 8", "+12025-01-01",
        "2025-04-16 20:0", "2025-04-16 20:00:", "2025-04-16 20:00:00.", "2025-04-16\u200320:00"}) {
      ReportTimeParseException e = assertThrows(ReportTimeParseException.class,
          () -> ReportTime.parse(bad), bad);
      assertEquals(ReportTimeParseException.Problem.NOT_A_TIME, e.problem(), bad);
      assertEquals(bad, e.getParsedString());
    }
  }

  /** The problem survives serialisation, as the exception's message does. */
  @Test
  void theProblemSurvivesSerialisation() throws Exception {
    ReportTimeParseException e = assertThrows(ReportTimeParseException.class,
        () -> ReportTime.parse("2025-04-16 20:00:30"));
    var bytes = new java.io.ByteArrayOutputStream();
    try (var out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    try (var in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      ReportTimeParseException back = (ReportTimeParseException) in.readObject();
      assertEquals(ReportTimeParseException.Problem.SECONDS, back.problem());
      assertEquals(e.getMessage(), back.getMessage());
    }
  }
}
