package org.conflictstats.model;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The attack window a report covers: start and end in local time, each with its precision, and the
 * zone they are in (Europe/Kyiv unless the source says otherwise).
 *
 * <p>A period that ends before it starts, or lasts 32 days, can be constructed: real reports have
 * them, and the validator reports them.
 *
 * <pre>{@code
 * ReportPeriod night = ReportPeriod.of(
 *     ReportTime.ofMinute(LocalDateTime.of(2025, 4, 16, 20, 0)),
 *     ReportTime.ofMinute(LocalDateTime.of(2025, 4, 17, 8, 0)));
 * night.endDate();  // 2025-04-17: the night of 16 to 17 April belongs to 17 April
 * night.duration(); // PT12H
 * }</pre>
 *
 * @param start the start of the window
 * @param end the end of the window
 * @param zone the zone of both local times
 */
public record ReportPeriod(ReportTime start, ReportTime end, ZoneId zone) {

  /** The zone of the Air Force's reports. */
  public static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

  /** Checks the components. */
  public ReportPeriod {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(zone, "zone");
  }

  /**
   * Returns a period in Europe/Kyiv.
   *
   * @param start the start
   * @param end the end
   * @return the period
   */
  public static ReportPeriod of(ReportTime start, ReportTime end) {
    return new ReportPeriod(start, end, KYIV);
  }

  /**
   * Returns a copy in another zone; the local times are unchanged.
   *
   * @param newZone the zone
   * @return the copy
   */
  public ReportPeriod withZone(ZoneId newZone) {
    return new ReportPeriod(start, end, newZone);
  }

  /**
   * Returns the local date of the end: the date a report is attributed to by default.
   *
   * @return the end date
   */
  public LocalDate endDate() {
    return end.date();
  }

  /**
   * Returns the local date of the end as seen in another zone ({@link #inZone}): a date without a
   * time of day is that date in every zone.
   *
   * @param otherZone the zone to attribute in
   * @return the end date in that zone
   */
  public LocalDate endDate(ZoneId otherZone) {
    return inZone(otherZone).endDate();
  }

  /**
   * Returns the same period as seen in another zone: each time of day moved to the local time
   * there of the same instant; a time given as a date only stays that date, since moving its
   * midnight would invent a time the source never gave. {@link #withZone} keeps the local times
   * instead, for times that were read in the wrong zone. A period of a date-only start and a timed
   * end may so end before it starts in a zone west of its own (a date of 13 July to 01:00 on 13
   * July in Kyiv is 13 July to 22:00 on 12 July in UTC). A local time that a clock change skips
   * is read as {@code java.time} reads it, an hour later; a repeated one at its earlier offset.
   *
   * <pre>{@code
   * ReportPeriod night = ReportPeriod.of(ReportTime.parse("2025-07-12 14:00"),
   *     ReportTime.parse("2025-07-13 01:00"));                 // Kyiv, summer time
   * night.inZone(ZoneOffset.UTC);  // 2025-07-12T11:00/2025-07-12T22:00 UTC
   * }</pre>
   *
   * @param otherZone the zone
   * @return the period in that zone; this one when it is in that zone already
   */
  public ReportPeriod inZone(ZoneId otherZone) {
    Objects.requireNonNull(otherZone, "otherZone");
    if (otherZone.equals(zone)) {
      return this;
    }
    return new ReportPeriod(moved(start, otherZone), moved(end, otherZone), otherZone);
  }

  private ReportTime moved(ReportTime t, ZoneId otherZone) {
    if (t.isDateOnly()) {
      return t;
    }
    return new ReportTime(t.dateTime().atZone(zone).withZoneSameInstant(otherZone)
        .toLocalDateTime(), t.precision());
  }

  /**
   * Returns the start as an instant-bearing time in this period's zone.
   *
   * @return the zoned start
   */
  public ZonedDateTime zonedStart() {
    return start.dateTime().atZone(zone);
  }

  /**
   * Returns the end as an instant-bearing time in this period's zone.
   *
   * @return the zoned end
   */
  public ZonedDateTime zonedEnd() {
    return end.dateTime().atZone(zone);
  }

  /**
   * Returns the elapsed time from start to end, negative when the period ends before it starts. For
   * date-only ends the end is taken as midnight, so a date-only period of one day has zero duration.
   *
   * @return the duration
   */
  public Duration duration() {
    return Duration.between(zonedStart(), zonedEnd());
  }

  /**
   * Returns whether the end lies before the start. A date-only bound is compared by date only.
   *
   * @return {@code true} for an inverted period
   */
  public boolean endsBeforeStart() {
    if (start.isDateOnly() || end.isDateOnly()) {
      return end.date().isBefore(start.date());
    }
    return end.dateTime().isBefore(start.dateTime());
  }

  /**
   * Returns whether this period and another share at least one moment (date-only bounds taken as the
   * whole day).
   *
   * @param other the other period
   * @return {@code true} when they overlap
   */
  public boolean overlaps(ReportPeriod other) {
    return !latestEnd().isBefore(other.earliestStart())
        && !other.latestEnd().isBefore(earliestStart());
  }

  private ZonedDateTime earliestStart() {
    return zonedStart();
  }

  private ZonedDateTime latestEnd() {
    return end.isDateOnly() ? zonedEnd().plusDays(1).minusMinutes(1) : zonedEnd();
  }

  @Override
  public String toString() {
    return start + "/" + end + (zone.equals(KYIV) ? "" : " " + zone);
  }
}
