package org.conflictstats.validation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.conflictstats.model.Count;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.Source;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponLine;

/** Synthetic reports for the validation tests; no real data. */
final class Fixtures {

  static final WeaponCatalog CATALOG = WeaponCatalog.builtIn();

  private Fixtures() {}

  static ReportTime at(int day, int hour, int minute) {
    return ReportTime.ofMinute(LocalDateTime.of(2025, 4, day, hour, minute));
  }

  static ReportTime on(int day) {
    return ReportTime.ofDate(LocalDate.of(2025, 4, day));
  }

  /** A night from 16 April 20:00 to 17 April 08:00. */
  static ReportPeriod night() {
    return ReportPeriod.of(at(16, 20, 0), at(17, 8, 0));
  }

  /** A report that draws no finding: a national source, a night, no lines. */
  static StrikeReport.Builder report() {
    return StrikeReport.builder()
        .id("synthetic-1")
        .period(night())
        .source(Source.parse("kpszsu/posts/synthetic-1"));
  }

  /** A line of a catalogued weapon with launched and destroyed counts. */
  static WeaponLine line(String weapon, Count launched, Count destroyed) {
    return WeaponLine.of(CATALOG.resolve(weapon), launched).withDestroyed(destroyed);
  }

  static WeaponLine line(String weapon, long launched, long destroyed) {
    return line(weapon, Count.exactly(launched), Count.exactly(destroyed));
  }
}
