package org.conflictstats.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

final class ReportPeriodTest {

  private static ReportTime at(int month, int day, int hour, int minute) {
    return ReportTime.ofMinute(LocalDateTime.of(2025, month, day, hour, minute));
  }

  private static ReportTime on(int month, int day) {
    return ReportTime.ofDate(LocalDate.of(2025, month, day));
  }

  private final ReportPeriod night = ReportPeriod.of(at(4, 16, 20, 0), at(4, 17, 8, 0));

  @Test
  void aNightBelongsToTheDateItEnds() {
    assertEquals(LocalDate.of(2025, 4, 17), night.endDate());
    assertEquals(ReportPeriod.KYIV, night.zone());
  }

  @Test
  void endDateInAnotherZoneMovesTheInstant() {
    // 00:30 in Kyiv (UTC+3 in summer) is still the previous evening in UTC
    ReportPeriod p = ReportPeriod.of(at(4, 16, 20, 0), at(4, 17, 0, 30));
    assertEquals(LocalDate.of(2025, 4, 17), p.endDate());
    assertEquals(LocalDate.of(2025, 4, 16), p.endDate(ZoneOffset.UTC));
  }

  @Test
  void aDateWithoutATimeIsThatDateInEveryZone() {
    // moving the midnight of a date-only end would date it the day before west of Kyiv
    ReportPeriod days = ReportPeriod.of(on(4, 16), on(4, 17));
    assertEquals(LocalDate.of(2025, 4, 17), days.endDate(ZoneOffset.UTC));
    assertEquals(LocalDate.of(2025, 4, 17), days.endDate(ZoneId.of("America/New_York")));
    assertEquals(new ReportPeriod(on(4, 16), on(4, 17), ZoneOffset.UTC),
        days.inZone(ZoneOffset.UTC));
  }

  @Test
  void inZoneMovesEachTimeOfDayToTheSameInstant() {
    // Kyiv is UTC+3 in summer: 14:00 to 01:00 there is 11:00 to 22:00 in UTC, one day
    ReportPeriod kyiv = ReportPeriod.of(at(7, 12, 14, 0), at(7, 13, 1, 0));
    ReportPeriod utc = kyiv.inZone(ZoneOffset.UTC);
    assertEquals(new ReportPeriod(at(7, 12, 11, 0), at(7, 12, 22, 0), ZoneOffset.UTC), utc);
    assertEquals(kyiv.zonedStart().toInstant(), utc.zonedStart().toInstant());
    assertEquals(kyiv.zonedEnd().toInstant(), utc.zonedEnd().toInstant());
    assertEquals(kyiv, utc.inZone(ReportPeriod.KYIV));
    assertTrue(kyiv == kyiv.inZone(ReportPeriod.KYIV), "a period already in the zone is itself");
    // a date-only start stays its date beside a moved end
    ReportPeriod mixed = ReportPeriod.of(on(7, 12), at(7, 13, 1, 0)).inZone(ZoneOffset.UTC);
    assertEquals(on(7, 12), mixed.start());
    assertEquals(at(7, 12, 22, 0), mixed.end());
    // withZone keeps the local times instead
    assertEquals(at(7, 12, 14, 0), kyiv.withZone(ZoneOffset.UTC).start());
  }

  @Test
  void durationIsElapsedTime() {
    assertEquals(Duration.ofHours(12), night.duration());
    assertFalse(night.endsBeforeStart());
  }

  @Test
  void durationCountsTheHourLostToDaylightSaving() {
    // clocks went forward in Kyiv at 03:00 on 30 March 2025
    ReportPeriod p = ReportPeriod.of(at(3, 29, 20, 0), at(3, 30, 8, 0));
    assertEquals(Duration.ofHours(11), p.duration());
    assertEquals(Duration.ofHours(12), p.withZone(ZoneOffset.UTC).duration());
  }

  @Test
  void invertedPeriodIsRepresentableAndDetected() {
    ReportPeriod inverted = ReportPeriod.of(at(3, 30, 21, 10), at(3, 30, 1, 30));
    assertTrue(inverted.endsBeforeStart());
    assertTrue(inverted.duration().isNegative());
  }

  @Test
  void dateOnlyBoundsCompareByDate() {
    assertFalse(ReportPeriod.of(on(4, 16), on(4, 17)).endsBeforeStart());
    assertFalse(ReportPeriod.of(on(4, 17), on(4, 17)).endsBeforeStart());
    assertFalse(ReportPeriod.of(at(4, 17, 7, 0), on(4, 17)).endsBeforeStart(),
        "a date-only end on the start's date may lie after the start");
    assertFalse(ReportPeriod.of(on(4, 17), at(4, 17, 6, 0)).endsBeforeStart());
    assertTrue(ReportPeriod.of(at(4, 17, 7, 0), on(4, 16)).endsBeforeStart());
    assertTrue(ReportPeriod.of(on(4, 18), at(4, 17, 23, 59)).endsBeforeStart());
  }

  @Test
  void dateOnlyEndIsTakenAsMidnightForDuration() {
    assertEquals(Duration.ofHours(24), ReportPeriod.of(on(4, 16), on(4, 17)).duration());
    assertEquals(Duration.ZERO, ReportPeriod.of(on(4, 17), on(4, 17)).duration());
  }

  @Test
  void overlapsSharesAMoment() {
    ReportPeriod morning = ReportPeriod.of(at(4, 17, 6, 0), at(4, 17, 12, 0));
    ReportPeriod evening = ReportPeriod.of(at(4, 17, 18, 0), at(4, 17, 23, 0));
    ReportPeriod touching = ReportPeriod.of(at(4, 17, 8, 0), at(4, 17, 9, 0));
    assertTrue(night.overlaps(morning));
    assertTrue(morning.overlaps(night), "overlap is symmetric");
    assertFalse(night.overlaps(evening));
    assertFalse(evening.overlaps(night));
    assertTrue(night.overlaps(touching), "periods sharing their end point overlap");
    assertTrue(night.overlaps(night));
  }

  @Test
  void dateOnlyEndCoversTheWholeDayForOverlap() {
    ReportPeriod day = ReportPeriod.of(on(4, 17), on(4, 17));
    assertTrue(day.overlaps(ReportPeriod.of(at(4, 17, 22, 0), at(4, 17, 23, 0))));
    assertFalse(day.overlaps(ReportPeriod.of(at(4, 18, 0, 30), at(4, 18, 1, 0))));
  }

  @Test
  void overlapComparesInstantsAcrossZones() {
    // 06:00-07:00 UTC is 09:00-10:00 in Kyiv (summer): after the night
    ReportPeriod utc = ReportPeriod.of(at(4, 17, 6, 0), at(4, 17, 7, 0)).withZone(ZoneOffset.UTC);
    assertFalse(night.overlaps(utc));
    ReportPeriod utcEarly = ReportPeriod.of(at(4, 17, 4, 0), at(4, 17, 4, 30))
        .withZone(ZoneOffset.UTC);
    assertTrue(night.overlaps(utcEarly));
  }

  @Test
  void reportTimeKeepsItsPrecision() {
    ReportTime d = ReportTime.ofDate(LocalDate.of(2025, 4, 17));
    assertTrue(d.isDateOnly());
    assertEquals(LocalDateTime.of(2025, 4, 17, 0, 0), d.dateTime());
    assertEquals("2025-04-17", d.toString());
    assertEquals(d, ReportTime.parse("2025-04-17"));
    ReportTime m = ReportTime.ofMinute(LocalDateTime.of(2025, 4, 16, 20, 0, 59));
    assertEquals("2025-04-16T20:00", m.toString(), "seconds are dropped");
    assertEquals(m, ReportTime.parse(" 2025-04-16T20:00 "));
    assertFalse(m.isDateOnly());
    assertThrows(DateTimeParseException.class, () -> ReportTime.parse("16/04/2025"));
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(night, ReportPeriod.of(at(4, 16, 20, 0), at(4, 17, 8, 0)),
            new ReportPeriod(at(4, 16, 20, 0), at(4, 17, 8, 0), ZoneId.of("Europe/Kyiv")))
        .addEqualityGroup(night.withZone(ZoneOffset.UTC))
        .addEqualityGroup(ReportPeriod.of(at(4, 16, 20, 0), at(4, 17, 8, 1)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(on(4, 17), ReportTime.ofDate(LocalDate.of(2025, 4, 17)))
        .addEqualityGroup(at(4, 17, 0, 0)) // midnight to the minute is not a date only
        .testEquals();
  }

  @Test
  void toStringIsIsoIntervalWithZoneWhenNotKyiv() {
    assertEquals("2025-04-16T20:00/2025-04-17T08:00", night.toString());
    assertEquals("2025-04-16/2025-04-17T08:00 Z",
        ReportPeriod.of(on(4, 16), at(4, 17, 8, 0)).withZone(ZoneOffset.UTC).toString());
  }

  @Test
  void rejectsNulls() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(ReportTime.class, at(4, 17, 8, 0))
        .setDefault(ZoneId.class, ReportPeriod.KYIV);
    tester.testAllPublicStaticMethods(ReportPeriod.class);
    tester.testAllPublicConstructors(ReportPeriod.class);
    tester.testAllPublicInstanceMethods(night);
    tester.testAllPublicStaticMethods(ReportTime.class);
    tester.testAllPublicConstructors(ReportTime.class);
    // the message names the argument (it was the JVM's "Cannot invoke ... toString()")
    assertEquals("text", assertThrows(NullPointerException.class,
        () -> ReportTime.parse(null)).getMessage());
  }
}
