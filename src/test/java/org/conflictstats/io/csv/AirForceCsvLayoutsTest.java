package org.conflictstats.io.csv;

import static org.conflictstats.io.csv.Fixtures.line;
import static org.conflictstats.io.csv.Fixtures.n;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.conflictstats.io.FileLocation;
import org.conflictstats.io.ImportResult;
import org.conflictstats.model.CompositeWeapon;
import org.conflictstats.model.Count;
import org.conflictstats.model.LineDetails;
import org.conflictstats.model.Outcome;
import org.conflictstats.model.Region;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.SourceKind;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.SubTypeCounts;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponCategory;
import org.conflictstats.model.WeaponLine;
import org.junit.jupiter.api.Test;

/** One synthetic file per published layout (DOMAIN.md §8), read by the one reader. */
final class AirForceCsvLayoutsTest {

  private static final WeaponCatalog CATALOG = WeaponCatalog.builtIn();

  @Test
  void layout2023() {
    ImportResult r = Fixtures.resource("layout-2023.csv");
    assertEquals(5, r.rowsRead());
    assertEquals(5, r.rowsAccepted());
    assertTrue(r.isComplete());
    assertEquals(3, r.reports().size());

    // rows 2, 3 and 6 share time_start, time_end and source: one report, in file order
    StrikeReport first = r.reports().get(0);
    assertEquals("kpszsu/posts/synthetic-1@2023-05-15T22:00/2023-05-16T03:30", first.id());
    assertEquals(ReportTime.ofMinute(LocalDateTime.of(2023, 5, 16, 3, 30)), first.period().end());
    assertEquals(SourceKind.NATIONAL_AIR_FORCE, first.source().kind());
    assertEquals("Ukraine", first.targetArea());
    assertEquals(3, first.lines().size());
    assertEquals(List.of(FileLocation.of("layout-2023.csv", 2), FileLocation.of("layout-2023.csv", 3),
        FileLocation.of("layout-2023.csv", 6)), r.imported().get(0).rows());

    WeaponLine shahed = line(first, 0);
    assertEquals(CATALOG.resolve("Shahed-136/131"), shahed.weapon());
    assertEquals(n(18), shahed.launched());
    assertEquals(n(18), shahed.destroyed());
    // columns the 2023 layout lacks are "not reported as that outcome": exact zeros
    assertEquals(Count.zero(), shahed.suppressed());
    assertEquals(Count.zero(), shahed.stillAirborne());
    assertEquals(Count.zero(), shahed.leftAirspace());
    assertEquals("Kursk oblast, Primorsko-Akhtarsk", shahed.details().launchPlace());

    WeaponLine combined = line(first, 1);
    assertTrue(combined.weapon() instanceof CompositeWeapon);
    assertEquals("Kh-101/Kh-555 and Kalibr", combined.weapon().name());
    assertEquals(n(6), combined.launched()); // written 6.0
    assertEquals(n(5), combined.destroyed());
    assertEquals(n(1), combined.unknown());
    assertEquals("9 x Tu-95MS, Navi", combined.details().carrier());

    WeaponLine orlan = line(first, 2);
    assertEquals("Orlan-10", orlan.weapon().name());
    assertEquals(Count.unknown(), orlan.destroyed()); // blank, not zero
    assertEquals(Count.between(0, 3), orlan.unknown());

    StrikeReport molniya = r.reports().get(1);
    assertEquals(ReportTime.ofDate(LocalDate.of(2023, 5, 16)), molniya.period().start());
    assertEquals(ReportTime.ofDate(LocalDate.of(2023, 5, 16)), molniya.period().end()); // "2023-05-16 "
    assertEquals("Molniya", line(molniya, 0).weapon().name()); // written in Cyrillic
    assertEquals("PvKPivden", molniya.source().name());
    assertEquals(SourceKind.REGIONAL_AIR_COMMAND, molniya.source().kind());
    assertEquals(Optional.of("https://t.me/PvKPivden/101"), molniya.source().address());

    StrikeReport s300 = r.reports().get(2);
    assertEquals(ReportTime.ofMinute(LocalDateTime.of(2023, 5, 17, 1, 5)), s300.period().start());
    assertEquals(WeaponCategory.ANTI_AIRCRAFT_MISSILE, line(s300, 0).weapon().category());
    assertEquals(Count.zero(), line(s300, 0).destroyed()); // "0" is an exact zero
    assertEquals("pvkshid", s300.source().name());
  }

  @Test
  void layout2024() {
    ImportResult r = Fixtures.resource("layout-2024.csv");
    assertEquals(3, r.rowsAccepted());
    assertTrue(r.isComplete());
    assertTrue(r.warnings().isEmpty(), () -> r.warnings().toString());
    assertEquals(2, r.reports().size());

    StrikeReport night = r.reports().get(0);
    WeaponLine shahed = line(night, 0);
    assertEquals(n(93), shahed.launched());
    assertEquals(n(60), shahed.destroyed());
    assertEquals(n(20), shahed.suppressed());
    assertEquals(Count.zero(), shahed.stillAirborne());
    // cross_border_belarus 2 + back_russia 1
    assertEquals(n(3), shahed.leftAirspace());
    assertEquals(Map.of("belarus", n(2), "russia", n(1)), shahed.details().leftAirspaceByCountry());
    assertEquals(n(10), shahed.unknown());
    assertEquals(Map.of("south", n(30), "east", Count.unknown(), "center", n(25)),
        shahed.details().destroyedByDirection());

    WeaponLine combined = line(night, 1);
    assertEquals(n(62), combined.launched());
    assertEquals(Count.unknown(), combined.suppressed());
    assertEquals(Count.unknown(), combined.stillAirborne());
    assertEquals(Count.unknown(), combined.leftAirspace());
    assertEquals(Map.of(CATALOG.resolve("X-101/X-555"), n(50), CATALOG.resolve("Kalibr"), n(12)),
        combined.details().launchedByModel());
    assertEquals(Map.of("X-101/X-555", "Volgograd oblast", "Kalibr", "Black Sea"),
        combined.details().launchPlaceByModel());
    assertEquals("Tu-95MS", combined.details().carrier());

    WeaponLine iskander = line(r.reports().get(1), 0);
    assertEquals(Count.unknown(), iskander.suppressed()); // NaN
    assertEquals(Map.of(), iskander.details().destroyedByDirection()); // {}
    assertEquals(Count.zero(), iskander.destroyed());
  }

  @Test
  void layout2026() {
    ImportResult r = Fixtures.resource("layout-2026.csv");
    assertEquals(5, r.rowsAccepted());
    assertTrue(r.isComplete());
    assertTrue(r.warnings().isEmpty(), () -> r.warnings().toString());
    assertEquals(4, r.reports().size());

    // the 17 April 2025 report of DOMAIN.md §1
    StrikeReport apr17 = r.reports().get(0);
    assertEquals("kpszsu", apr17.source().name());
    assertEquals(Optional.of("https://t.me/kpszsu/5001"), apr17.source().address());
    assertEquals(LocalDate.of(2025, 4, 17), apr17.reportDate());
    assertEquals(Set.of(Region.of("Dnipropetrovsk oblast"), Region.of("Kyiv oblast"),
        Region.of("Kharkiv oblast")), apr17.regions());
    WeaponLine drones = line(apr17, 0);
    assertEquals(n(75), drones.launched());
    assertEquals(n(25), drones.destroyed());
    assertEquals(n(30), drones.suppressed());
    assertEquals(Count.zero(), drones.stillAirborne());
    assertEquals(n(4), drones.leftAirspace()); // belarus 1.0 + russia 3.0
    assertEquals(Count.zero(), drones.hit());
    assertEquals(n(16), drones.count(Outcome.UNKNOWN));
    LineDetails d = drones.details();
    assertEquals(Map.of("belarus", n(1), "russia", n(3)), d.leftAirspaceByCountry());
    assertEquals(n(50), d.genuineShaheds());
    assertEquals(n(6), d.hitLocations()); // places, not weapons: no outcome holds them
    assertEquals(n(2), d.fragmentLocations());
    assertEquals(n(10), d.jetPowered());
    assertEquals(n(8), d.jetPoweredDestroyed());
    assertEquals("Dnipropetrovsk oblast", d.mainTarget());
    assertEquals("Kursk oblast and Shatalovo", d.launchPlace());
    assertEquals(Set.of(Region.of("Dnipropetrovsk oblast"), Region.of("Kyiv oblast")),
        d.affectedRegions());
    assertEquals(5, d.destroyedByDirection().size());
    assertEquals(n(11), d.destroyedByDirection().get("south"));
    assertEquals(Count.unknown(), d.destroyedByDirection().get("east"));

    WeaponLine missiles = line(apr17, 1);
    assertEquals(n(5), missiles.launched());
    assertEquals(Count.zero(), missiles.destroyed());
    assertEquals(Count.unknown(), missiles.suppressed());
    assertEquals(Count.zero(), missiles.leftAirspace()); // {}
    assertEquals(Count.unknown(), missiles.details().genuineShaheds());

    WeaponLine unknownLaunched = line(r.reports().get(1), 0);
    assertEquals(Count.unknown(), unknownLaunched.launched());
    assertEquals(n(3), unknownLaunched.destroyed());

    StrikeReport lancet = r.reports().get(2);
    assertEquals(n(2), line(lancet, 0).leftAirspace()); // a plain number, not a dict
    assertTrue(line(lancet, 0).details().leftAirspaceByCountry().isEmpty());

    StrikeReport staff = r.reports().get(3);
    assertEquals("General Staff", staff.source().name());
    assertEquals(SourceKind.OTHER, staff.source().kind());
    assertEquals("Kartograf", line(staff, 0).weapon().name());
    assertEquals(Map.of("poland", n(8)), line(staff, 0).details().leftAirspaceByCountry());
    assertEquals(lancet.period(), staff.period()); // same window, other source: another report
  }

  @Test
  void layoutLate2026() {
    ImportResult r = Fixtures.resource("layout-late-2026.csv");
    assertEquals(4, r.rowsAccepted());
    assertTrue(r.isComplete());
    assertTrue(r.warnings().isEmpty(), () -> r.warnings().toString());
    assertEquals(2, r.reports().size());

    StrikeReport night = r.reports().get(0);
    WeaponLine drones = line(night, 0);
    // status_data = hidden, launched 0: launched is at least 0, that is unknown
    assertTrue(drones.details().launchedWithheld());
    assertEquals(Count.unknown(), drones.launched());
    assertEquals(n(310), drones.destroyed());
    assertEquals(n(25), drones.suppressed());
    assertEquals(Count.atLeast(0), drones.unknown());
    assertEquals(List.of(SubTypeCounts.of("Gerbera", n(40), n(35)),
        SubTypeCounts.of("Turbojet", n(46), Count.unknown())), drones.details().subTypes());
    assertEquals(Map.of("north", n(120), "south", Count.unknown()),
        drones.details().destroyedByDirection());
    assertEquals(n(12), drones.details().hitLocations());

    WeaponLine kh101 = line(night, 1);
    assertTrue(kh101.details().launchedWithheld());
    assertEquals(Count.atLeast(30), kh101.launched()); // a partial figure: a lower bound
    assertFalse(kh101.launched().isBounded());

    WeaponLine combined = line(night, 2);
    assertFalse(combined.details().launchedWithheld());
    assertEquals(n(12), combined.launched());
    assertEquals(List.of(SubTypeCounts.of("Banderol", n(3), n(3))), combined.details().subTypes());
    assertEquals(WeaponCategory.CRUISE_MISSILE, combined.weapon().category());

    WeaponLine blankHidden = line(r.reports().get(1), 0);
    assertTrue(blankHidden.details().launchedWithheld());
    assertEquals(Count.unknown(), blankHidden.launched());
  }

  @Test
  void everyFixtureModelResolves() {
    for (String f : List.of("layout-2023.csv", "layout-2024.csv", "layout-2026.csv",
        "layout-late-2026.csv")) {
      for (StrikeReport rep : Fixtures.resource(f).reports()) {
        for (WeaponLine l : rep.lines()) {
          assertTrue(l.weapon().isResolved(), f + ": " + l.weapon());
        }
      }
    }
  }
}
