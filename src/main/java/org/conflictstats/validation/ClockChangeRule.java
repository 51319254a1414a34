package org.conflictstats.validation;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.StrikeReport;

/**
 * {@link FindingCode#TIME_IN_CLOCK_CHANGE}: a timed bound of the period that its zone's clock change
 * skips or repeats. The report keeps the local time as the source wrote it; the finding says how it
 * is resolved (see the code's documentation) so that a period's length or date is never changed
 * without a word.
 */
final class ClockChangeRule implements Rule {

  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  @Override
  public void check(StrikeReport report, FindingSink sink) {
    if (!sink.wants(FindingCode.TIME_IN_CLOCK_CHANGE)) {
      return; // e.g. Validator.hasErrors with the code a warning: no zone rules looked up
    }
    ReportPeriod period = report.period();
    check(period.start(), period.zone(), ReportPaths.PERIOD_START, "start", sink);
    check(period.end(), period.zone(), ReportPaths.PERIOD_END, "end", sink);
  }

  private static void check(ReportTime time, ZoneId zone, FieldPath path, String which,
      FindingSink sink) {
    if (time.isDateOnly()) {
      return;
    }
    LocalDateTime local = time.dateTime();
    List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
    if (offsets.size() == 1) {
      return;
    }
    ZoneOffsetTransition change = zone.getRules().getTransition(local);
    if (change == null) {
      return;
    }
    ZonedDateTime resolved = local.atZone(zone);
    String message;
    if (change.isGap()) {
      message = "the period's " + which + ", " + local + ", does not exist in " + zone
          + ": the clocks went forward from " + HH_MM.format(change.getDateTimeBefore()) + " to "
          + HH_MM.format(change.getDateTimeAfter()) + "; read as " + resolved.toLocalDateTime()
          + " " + resolved.getOffset();
    } else {
      message = "the period's " + which + ", " + local + ", happened twice in " + zone
          + ": the clocks went back from " + HH_MM.format(change.getDateTimeBefore()) + " to "
          + HH_MM.format(change.getDateTimeAfter()) + "; read as the first, "
          + resolved.getOffset();
    }
    sink.add(FindingCode.TIME_IN_CLOCK_CHANGE, path, message, time);
  }
}
