package org.conflictstats.stats;

import java.time.LocalDateTime;
import org.conflictstats.model.Casualties;
import org.conflictstats.model.Count;
import org.conflictstats.model.PlaceCasualties;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.Source;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponLine;

/**
 * The report of 17 April 2025 as the news text ({@code news/2025-04-17-live-blog.txt}) gives it:
 * "launched five missiles and 75 drones ... 25 drones were shot down and another 30 failed to reach
 * their targets ... It did not specify what happened to the remaining 20 drones, or the missiles",
 * and a drone attack on Dnipro that "killed three people and injured at least 30".
 *
 * <p>Readings the text does not fix: the window is "overnight", read here as 16 April 20:00 to 17
 * April 08:00 Kyiv time; neither drones nor missiles are typed, so they are the catalogue's unknown
 * drone and unknown missile; the missiles' destroyed and suppressed figures were not given, so they
 * are {@link Count#unknown()}; nothing is said of drones still airborne, leaving the airspace or
 * hitting, so those outcomes are {@link Count#zero()} and the 20 drones are the unknown remainder.
 * The source is the national Air Force ({@code kpszsu}) under a synthetic post name.
 *
 * <p>A fixture, not a test: WorkedExampleTest checks its figures (and the README's tables of it);
 * TallyTest, StatsQueryTest and StatsTableFormatTest use it.
 */
final class WorkedExample {

  static final WeaponCatalog CATALOG = WeaponCatalog.builtIn();

  private WorkedExample() {}

  static WeaponLine drones() {
    return WeaponLine.of(CATALOG.resolve("Drone"), Count.exactly(75))
        .withDestroyed(Count.exactly(25))
        .withSuppressed(Count.exactly(30));
  }

  static WeaponLine missiles() {
    return WeaponLine.of(CATALOG.resolve("Missile"), Count.exactly(5))
        .withDestroyed(Count.unknown())
        .withSuppressed(Count.unknown());
  }

  static ReportPeriod period() {
    return ReportPeriod.of(
        ReportTime.ofMinute(LocalDateTime.of(2025, 4, 16, 20, 0)),
        ReportTime.ofMinute(LocalDateTime.of(2025, 4, 17, 8, 0)));
  }

  static StrikeReport report() {
    return StrikeReport.builder()
        .id("2025-04-17-kpszsu-synthetic-1")
        .period(period())
        .source(Source.parse("kpszsu/posts/synthetic-1"))
        .targetArea("Ukraine")
        .addLine(missiles())
        .addLine(drones())
        .casualties(Casualties.of(Count.exactly(3), Count.atLeast(30))
            .withPlace(PlaceCasualties.of("Dnipro", Count.exactly(3), Count.atLeast(30))))
        .build();
  }
}
