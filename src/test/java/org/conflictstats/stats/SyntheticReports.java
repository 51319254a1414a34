package org.conflictstats.stats;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.conflictstats.model.Count;
import org.conflictstats.model.Region;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.Source;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.Weapon;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponLine;

/**
 * Small synthetic reports for grouping tests; every value is made up. A fixture, not a test: used
 * by StatsQueryTest, StatsTableFormatTest, SourceOverlapTest and OverlapCheckAndTableOfTest.
 */
final class SyntheticReports {

  static final WeaponCatalog CATALOG = WeaponCatalog.builtIn();
  static final Weapon SHAHED = CATALOG.resolve("Shahed-136/131");
  static final Weapon GERBERA = CATALOG.resolve("Gerbera");
  static final Weapon KALIBR = CATALOG.resolve("Kalibr");
  static final Weapon KH101 = CATALOG.resolve("X-101/X-555");
  static final Weapon ISKANDER = CATALOG.resolve("Iskander-M");

  private static int next;

  private SyntheticReports() {}

  /** A night from {@code day - 1} 20:00 to {@code day} 08:00. */
  static ReportPeriod night(LocalDate day) {
    return ReportPeriod.of(ReportTime.ofMinute(day.minusDays(1).atTime(20, 0)),
        ReportTime.ofMinute(day.atTime(8, 0)));
  }

  static ReportPeriod period(LocalDateTime start, LocalDateTime end) {
    return ReportPeriod.of(ReportTime.ofMinute(start), ReportTime.ofMinute(end));
  }

  static StrikeReport report(String source, ReportPeriod period, WeaponLine... lines) {
    return report(source, period, List.of(), lines);
  }

  static StrikeReport report(String source, ReportPeriod period, List<String> regions,
      WeaponLine... lines) {
    int n = ++next;
    return StrikeReport.builder()
        .id("synthetic-" + n)
        .period(period)
        .source(Source.parse(source + "/posts/synthetic-" + n))
        .addRegions(regions.stream().map(Region::of).toList())
        .addLines(List.of(lines))
        .build();
  }

  /** A line with {@code launched} exact and {@code destroyed} exact, nothing else reported. */
  static WeaponLine line(Weapon weapon, long launched, long destroyed) {
    return WeaponLine.of(weapon, Count.exactly(launched)).withDestroyed(Count.exactly(destroyed));
  }
}
