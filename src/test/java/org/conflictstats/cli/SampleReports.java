package org.conflictstats.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.conflictstats.model.Casualties;
import org.conflictstats.model.Count;
import org.conflictstats.model.LineDetails;
import org.conflictstats.model.PlaceCasualties;
import org.conflictstats.model.Region;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.Source;
import org.conflictstats.model.SourceKind;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponLine;

/**
 * The reports of the embedded sample ({@code src/main/resources/org/conflictstats/cli/sample.jsonl}),
 * written by the project. The first is the 17 April 2025 report as the news text
 * ({@code ../shared/data/news/2025-04-17-live-blog.txt}) gives it; every other one is invented, and
 * its source address says {@code synthetic}. Nothing here comes from the Air Force dataset.
 */
final class SampleReports {

  private static final WeaponCatalog CATALOG = WeaponCatalog.builtIn();

  private SampleReports() {}

  static List<StrikeReport> all() {
    List<StrikeReport> all = new ArrayList<>();
    all.add(april17());
    all.add(synthetic("synthetic-2025-03-09", national(), night(2025, 3, 8), "Ukraine",
        line("Shahed-136/131", 120, 79, 31),
        line("Kh-101/Kh-555", 8, 7, 0),
        line("Iskander-M", 2, 1, 0)));
    all.add(synthetic("synthetic-2025-03-22", national(), night(2025, 3, 21), "Ukraine",
        line("Shahed-136/131", 96, 58, 27),
        line("Gerbera", 14, 2, 12)));
    all.add(synthetic("synthetic-2025-04-05", national(), night(2025, 4, 4), "Ukraine",
        line("Shahed-136/131", 140, 90, 38).withStillAirborne(Count.exactly(4)),
        line("Kalibr", 6, 5, 0),
        line("Kh-47 Kinzhal", 2, 0, 0)));
    // a regional command reporting the same night as the national summary: may count twice
    all.add(synthetic("synthetic-2025-04-05-south", regional(), night(2025, 4, 4), "south",
        line("Shahed-136/131", 30, 24, 5)));
    all.add(synthetic("synthetic-2025-04-26", national(), night(2025, 4, 25), "Ukraine",
        line("Shahed-136/131", 103, 60, 33)
            .withLeftAirspace(Count.exactly(2))
            .withDetails(LineDetails.builder()
                .leftAirspaceByCountry(java.util.Map.of("belarus", Count.exactly(2)))
                .affectedRegions(List.of(Region.of("Kyiv oblast"), Region.of("Odesa oblast")))
                .build()),
        line("Iskander-M/KN-23", 4, 2, 0).withDestroyed(Count.atLeast(2))));
    // inconsistent on purpose: more destroyed than launched, so validation leaves it out
    all.add(synthetic("synthetic-2025-05-03", national(), night(2025, 5, 2), "Ukraine",
        line("Shahed-136/131", 40, 44, 0)));
    all.add(synthetic("synthetic-2025-05-18", national(), night(2025, 5, 17), "Ukraine",
        line("Shahed-136/131", 273, 88, 128),
        line("X-101/X-555 and Kalibr", 11, 9, 0),
        line("Iskander-M", 3, 0, 0)));
    all.add(StrikeReport.builder()
        .id("synthetic-2025-05-24")
        .period(ReportPeriod.of(ReportTime.ofDate(LocalDate.of(2025, 5, 24)),
            ReportTime.ofDate(LocalDate.of(2025, 5, 24))))
        .source(Source.parse("kpszsu/posts/synthetic-2025-05-24"))
        .targetArea("Kharkiv oblast")
        .addRegion(Region.of("Kharkiv oblast"))
        .addLine(WeaponLine.of(CATALOG.resolve("Unknown UAV"), Count.atLeast(12))
            .withDestroyed(Count.exactly(9))
            .withDetails(LineDetails.builder().launchedWithheld(true).build()))
        .notes("synthetic: a date-only report whose launched figure was withheld")
        .build());
    return all;
  }

  /** "Russian forces launched five missiles and 75 drones ... 25 drones were shot down ...". */
  static StrikeReport april17() {
    return StrikeReport.builder()
        .id("2025-04-17-air-force")
        .period(ReportPeriod.of(ReportTime.ofMinute(LocalDateTime.of(2025, 4, 16, 20, 0)),
            ReportTime.ofMinute(LocalDateTime.of(2025, 4, 17, 8, 0))))
        .source(Source.of("kpszsu", SourceKind.NATIONAL_AIR_FORCE))
        .targetArea("Ukraine")
        .addRegion(Region.of("Dnipropetrovsk oblast"))
        .addLine(WeaponLine.of(CATALOG.resolve("Unknown Missile"), Count.exactly(5))
            .withDestroyed(Count.unknown())
            .withSuppressed(Count.unknown()))
        .addLine(WeaponLine.of(CATALOG.resolve("Unknown UAV"), Count.exactly(75))
            .withDestroyed(Count.exactly(25))
            .withSuppressed(Count.exactly(30)))
        .casualties(Casualties.of(Count.exactly(3), Count.atLeast(30))
            .withPlace(PlaceCasualties.of("Dnipro", Count.exactly(3), Count.atLeast(30))))
        .notes("Ukraine's air force says Russian forces launched five missiles and 75 drones at the"
            + " country overnight. 25 drones were shot down and another 30 failed to reach their"
            + " targets, likely due to electronic warfare. It did not specify what happened to the"
            + " remaining 20 drones, or the missiles. A drone attack on Dnipro killed three people"
            + " and injured at least 30. (As reported in a news live blog, 17 April 2025; the"
            + " window 16 April 20:00 to 17 April 08:00 is the project's reading of 'overnight'.)")
        .build();
  }

  private static Source national() {
    return Source.parse("kpszsu");
  }

  private static Source regional() {
    return Source.parse("PvKPivden");
  }

  private static ReportPeriod night(int year, int month, int day) {
    LocalDateTime start = LocalDateTime.of(year, month, day, 19, 0);
    return ReportPeriod.of(ReportTime.ofMinute(start),
        ReportTime.ofMinute(start.plusHours(13).plusMinutes(30)));
  }

  private static WeaponLine line(String weapon, long launched, long destroyed, long suppressed) {
    return WeaponLine.of(CATALOG.resolve(weapon), Count.exactly(launched))
        .withDestroyed(Count.exactly(destroyed))
        .withSuppressed(Count.exactly(suppressed));
  }

  private static StrikeReport synthetic(String id, Source source, ReportPeriod period,
      String target, WeaponLine... lines) {
    return StrikeReport.builder()
        .id(id)
        .period(period)
        .source(source.withAddress(source.name() + "/posts/" + id))
        .targetArea(target)
        .addLines(List.of(lines))
        .notes("synthetic: invented by the conflict-stats project to show the tool")
        .build();
  }
}
