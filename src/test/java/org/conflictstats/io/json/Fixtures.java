package org.conflictstats.io.json;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.conflictstats.model.InputLimits;
import org.conflictstats.model.Casualties;
import org.conflictstats.model.CataloguedWeapon;
import org.conflictstats.model.Count;
import org.conflictstats.model.LineDetails;
import org.conflictstats.model.PlaceCasualties;
import org.conflictstats.model.Region;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.Source;
import org.conflictstats.model.SourceKind;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.SubTypeCounts;
import org.conflictstats.model.UnresolvedWeapon;
import org.conflictstats.model.Weapon;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponCategory;
import org.conflictstats.model.WeaponLine;

/** Synthetic reports for the tests, built through the model's public factories. */
final class Fixtures {

  static final WeaponCatalog CATALOG = WeaponCatalog.builtIn();

  private Fixtures() {}

  /** A small night report in the shape of DOMAIN.md §1, with synthetic source names. */
  static StrikeReport night() {
    return StrikeReport.builder()
        .id("synthetic-night")
        .period(ReportPeriod.of(
            ReportTime.ofMinute(LocalDateTime.of(2025, 4, 16, 20, 0)),
            ReportTime.ofMinute(LocalDateTime.of(2025, 4, 17, 8, 0))))
        .source(Source.parse("kpszsu/posts/synthetic-1"))
        .targetArea("Ukraine")
        .addLine(WeaponLine.of(CATALOG.resolve("Shahed-136/131"), Count.exactly(75))
            .withDestroyed(Count.exactly(25)).withSuppressed(Count.exactly(30)))
        .addLine(WeaponLine.of(CATALOG.resolve("Unknown Missile"), Count.exactly(5)))
        .casualties(Casualties.of(Count.exactly(3), Count.atLeast(30))
            .withPlace(PlaceCasualties.of("Dnipro", Count.exactly(3), Count.atLeast(30))))
        .build();
  }

  /** A report using every feature of the model at least once. */
  static StrikeReport everything() {
    Weapon composite = CATALOG.resolve("X-101/X-555 and Kalibr");
    Weapon unresolved = CATALOG.resolve("Mystery-9");
    Weapon mixed = CATALOG.resolve("Kalibr and Shahed-136 and Zorro-1");
    Weapon foreign = CataloguedWeapon.of("Gerbera-2", WeaponCategory.DECOY_DRONE, "Гербера-2");
    LineDetails details = LineDetails.builder()
        .launchPlace("Kursk oblast")
        .target("energy")
        .mainTarget("Kyiv")
        .carrier("Tu-95MS")
        .affectedRegions(List.of(Region.of("Kyiv oblast"), Region.of("Odesa oblast")))
        .launchedByModel(ImmutableMap.of(
            CATALOG.resolve("X-101/X-555"), Count.exactly(50),
            CATALOG.resolve("Kalibr"), Count.atLeast(12)))
        .launchPlaceByModel(ImmutableMap.of("X-101/X-555", "Engels", "Kalibr", "Black Sea"))
        .destroyedByDirection(ImmutableMap.of("south", Count.exactly(30), "east",
            Count.unknown(), "west side", Count.atMost(4)))
        .leftAirspaceByCountry(ImmutableMap.of("Belarus", Count.exactly(2)))
        .subTypes(List.of(SubTypeCounts.of("Banderol", Count.exactly(3), Count.exactly(3)),
            SubTypeCounts.of("Turbojet", Count.exactly(46), Count.unknown())))
        .genuineShaheds(Count.exactly(40))
        .jetPowered(Count.between(5, 9))
        .jetPoweredDestroyed(Count.atMost(5))
        .hitLocations(Count.exactly(7))
        .fragmentLocations(Count.zero())
        .launchedWithheld(true)
        .build();
    return StrikeReport.builder()
        .id("synthetic-everything")
        .period(new ReportPeriod(
            ReportTime.ofDate(LocalDate.of(2024, 2, 29)),
            ReportTime.ofMinute(LocalDateTime.of(2024, 3, 1, 0, 0)),
            ZoneId.of("Europe/Warsaw")))
        .source(new Source("Synthetic governor", SourceKind.OTHER,
            java.util.Optional.of("https://example.org/synthetic/1")))
        .targetArea("Odesa oblast and Mykolaiv oblast")
        .addRegion(Region.of("Odesa oblast"))
        .addRegion(Region.of("Mykolaiv oblast"))
        .addLine(WeaponLine.of(composite, Count.atLeast(62)).withDestroyed(Count.between(40, 55))
            .withSuppressed(Count.atMost(10)).withStillAirborne(Count.unknown())
            .withLeftAirspace(Count.exactly(1)).withHit(Count.exactly(2)).withDetails(details))
        .addLine(WeaponLine.of(unresolved, Count.unknown()))
        .addLine(WeaponLine.of(mixed, Count.exactly(0)))
        .addLine(WeaponLine.of(foreign, Count.exactly(12)).withDestroyed(Count.exactly(12)))
        .addLine(WeaponLine.of(new UnresolvedWeapon("Шахед-X \"quoted\" \\ back"),
            Count.exactly(InputLimits.MAX_COUNT)))
        .casualties(Casualties.of(Count.between(1, 3), Count.unknown(), List.of(
            PlaceCasualties.of("Odesa", Count.exactly(1), Count.atLeast(4)),
            PlaceCasualties.of("Mykolaiv", Count.unknown(), Count.atMost(2)))))
        .notes("line one\nline two\t\"quoted\" \u2028 Ukrainian: Київ; emoji: \uD83D\uDE80")
        .build();
  }
}
