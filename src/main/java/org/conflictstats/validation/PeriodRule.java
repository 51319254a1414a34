package org.conflictstats.validation;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZonedDateTime;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.StrikeReport;

/**
 * The period checks: {@link FindingCode#PERIOD_ENDS_BEFORE_START} (by
 * {@link ReportPeriod#endsBeforeStart()}: a date-only bound is compared by date) and
 * {@link FindingCode#PERIOD_MAY_END_BEFORE_START} (read at midnight, a date-only bound ends the
 * period before its start), {@link FindingCode#PERIOD_TOO_LONG}, measured at the period's shortest: a date-only start at the
 * end of its day, a date-only end at the start of its day. A date-only period from 16 to 17 April is
 * therefore never too long.
 */
final class PeriodRule implements Rule {

  private final Duration max;

  PeriodRule(Duration max) {
    this.max = max;
  }

  @Override
  public void check(StrikeReport report, FindingSink sink) {
    ReportPeriod period = report.period();
    if (period.endsBeforeStart()) {
      sink.add(FindingCode.PERIOD_ENDS_BEFORE_START, ReportPaths.PERIOD_END,
          "the period ends (" + period.end() + ") before it starts (" + period.start() + ")",
          period);
      return;
    }
    if (plainlyFine(period) || !sink.wants(FindingCode.PERIOD_MAY_END_BEFORE_START)
        && !sink.wants(FindingCode.PERIOD_TOO_LONG)) {
      return;
    }
    Duration duration;
    Duration shortest;
    try {
      duration = period.duration();
      shortest = shortest(period);
    } catch (DateTimeException | ArithmeticException e) {
      // a bound at the ends of time (a year near ±10^9, which only a program makes): its instant
      // cannot be computed, and bad data never throws; BEYOND_INPUT_LIMITS names the year
      return;
    }
    if (duration.isNegative()) {
      sink.add(FindingCode.PERIOD_MAY_END_BEFORE_START, ReportPaths.PERIOD_END,
          "the period may end (" + period.end() + ", a date only) before it starts ("
              + period.start() + ")",
          period);
      return;
    }
    if (shortest.compareTo(max) > 0) {
      sink.add(FindingCode.PERIOD_TOO_LONG, ReportPaths.PERIOD,
          "the period lasts at least " + describe(shortest) + ", more than " + describe(max),
          period);
    }
  }

  /**
   * The most a zone's offset changes between two moments (a clock change), in minutes, with room to
   * spare: local times that far from a limit are on the same side of it in any zone.
   */
  private static final long ZONE_SLACK_MINUTES = 240;

  /**
   * Whether the period is certainly neither negative nor too long, judged on its local times without
   * a time zone (so without building zoned times): true when the local length is at least the slack
   * and, at its shortest, at most the limit less the slack.
   */
  private boolean plainlyFine(ReportPeriod period) {
    long local = period.end().localEpochMinute() - period.start().localEpochMinute();
    long shortest = period.start().isDateOnly() ? local - 1440 : local;
    // two date-only bounds in date order are midnights in order: never a negative duration
    boolean bothDates = period.start().isDateOnly() && period.end().isDateOnly() && local >= 0;
    return (bothDates || local >= ZONE_SLACK_MINUTES)
        && shortest <= max.toMinutes() - ZONE_SLACK_MINUTES;
  }

  /** The shortest the period can be, given the precision of its bounds. */
  static Duration shortest(ReportPeriod period) {
    if (!period.start().isDateOnly()) {
      return period.duration();
    }
    try {
      ZonedDateTime latestStart = period.zonedStart().plusDays(1);
      return Duration.between(latestStart, period.zonedEnd());
    } catch (DateTimeException e) {
      // the start's day is the last the calendar holds: count the day as 24 hours
      return period.duration().minusDays(1);
    }
  }

  private static String describe(Duration d) {
    long hours = d.toHours();
    long minutes = d.toMinutesPart();
    return hours + (hours == 1 ? " hour" : " hours")
        + (minutes == 0 ? "" : " " + minutes + (minutes == 1 ? " minute" : " minutes"));
  }
}
