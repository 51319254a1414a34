package org.conflictstats.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

final class WeaponLineTest {

  private final Weapon shahed = WeaponCatalog.builtIn().resolve("Shahed-136/131");
  private final Weapon missiles = WeaponCatalog.builtIn().resolve("Unknown Missile");

  /** The 17 April 2025 news text: 75 drones, 25 shot down, 30 failed to reach targets. */
  private final WeaponLine drones = WeaponLine.of(shahed, Count.exactly(75))
      .withDestroyed(Count.exactly(25))
      .withSuppressed(Count.exactly(30));

  @Test
  void unknownIsWhatRemains() {
    assertEquals(Count.exactly(20), drones.unknown());
    assertEquals(Count.exactly(20), drones.count(Outcome.UNKNOWN));
    assertEquals(Count.exactly(55), drones.neutralised());
    assertEquals(Count.exactly(55), drones.knownOutcomes());
  }

  @Test
  void readsAsASourceSaysIt() {
    assertEquals("Shahed-136/131: launched 75, destroyed 25, suppressed 30, still airborne 0,"
        + " left airspace 0, hit 0 (unknown 20)", drones.toString());
    // details only when there are some, and then only those given
    WeaponLine aimed = drones.withDetails(LineDetails.builder().target("Kyiv")
        .genuineShaheds(Count.atLeast(40)).build());
    assertEquals(drones + "; LineDetails[target=Kyiv, genuineShaheds=at least 40]",
        aimed.toString());
    assertEquals("LineDetails[]", LineDetails.none().toString());
  }

  @Test
  void withNoOutcomeEverythingIsUnknown() {
    WeaponLine five = WeaponLine.of(missiles, Count.exactly(5));
    assertEquals(Count.exactly(5), five.unknown());
    assertEquals(Count.zero(), five.destroyed());
    assertEquals(Count.zero(), five.neutralised());
  }

  @Test
  void aWithheldLaunchedCountIsAtLeastWhatTheOutcomesAddUpTo() {
    // status_data = hidden: the cell says 3, the line says 5 were shot down
    WeaponLine withheld = WeaponLine.of(shahed, Count.atLeast(3)).withDestroyed(Count.exactly(5));
    assertEquals(Count.atLeast(5), withheld.impliedLaunched());
    assertEquals(Count.atLeast(3), withheld.launched());
    // every outcome counts, at its lower bound
    assertEquals(Count.atLeast(9), WeaponLine.of(shahed, Count.unknown())
        .withDestroyed(Count.between(4, 6)).withSuppressed(Count.exactly(2))
        .withStillAirborne(Count.atLeast(1)).withLeftAirspace(Count.exactly(1))
        .withHit(Count.exactly(1)).impliedLaunched());
    // a range keeps its upper bound, and may become exact
    assertEquals(Count.between(45, 50), WeaponLine.of(shahed, Count.between(40, 50))
        .withDestroyed(Count.exactly(45)).impliedLaunched());
    assertEquals(Count.exactly(50), WeaponLine.of(shahed, Count.between(40, 50))
        .withDestroyed(Count.exactly(50)).impliedLaunched());
  }

  @Test
  void anImpliedLaunchedCountNeverChangesAnExactOrInconsistentOne() {
    assertEquals(Count.exactly(75), drones.impliedLaunched());
    // more destroyed than an exact launched: the validator's finding, not a new launched figure
    assertEquals(Count.exactly(3), WeaponLine.of(shahed, Count.exactly(3))
        .withDestroyed(Count.exactly(5)).impliedLaunched());
    // more than the range allows: left as it is
    assertEquals(Count.between(40, 50), WeaponLine.of(shahed, Count.between(40, 50))
        .withDestroyed(Count.exactly(60)).impliedLaunched());
    // outcomes within the known launched: nothing to raise
    assertEquals(Count.atLeast(7), WeaponLine.of(shahed, Count.atLeast(7))
        .withDestroyed(Count.exactly(5)).impliedLaunched());
    assertEquals(Count.unknown(), WeaponLine.of(shahed, Count.unknown())
        .withDestroyed(Count.unknown()).impliedLaunched());
  }

  @Test
  void unknownDestroyedGivesBoundsNotZero() {
    WeaponLine line = WeaponLine.of(shahed, Count.exactly(75))
        .withDestroyed(Count.unknown())
        .withSuppressed(Count.exactly(30));
    assertEquals(Count.atMost(45), line.unknown());
    assertEquals(Count.atLeast(30), line.neutralised());
  }

  @Test
  void unknownOfAnUncertainLaunchedCount() {
    WeaponLine line = WeaponLine.of(shahed, Count.atLeast(75)).withDestroyed(Count.exactly(25));
    assertEquals(Count.atLeast(50), line.unknown());
    WeaponLine blank = WeaponLine.of(shahed, Count.unknown()).withDestroyed(Count.exactly(25));
    assertEquals(Count.unknown(), blank.unknown());
  }

  @Test
  void moreOutcomesThanLaunchedIsKeptAndLeavesNoUnknown() {
    WeaponLine inconsistent = WeaponLine.of(shahed, Count.exactly(16))
        .withDestroyed(Count.exactly(15)).withSuppressed(Count.exactly(11));
    assertEquals(Count.exactly(26), inconsistent.knownOutcomes());
    assertEquals(Count.zero(), inconsistent.unknown());
  }

  @Test
  void everyOutcomeCountsTowardsTheKnownOnes() {
    WeaponLine line = WeaponLine.of(shahed, Count.exactly(100))
        .withDestroyed(Count.exactly(1))
        .withSuppressed(Count.exactly(2))
        .withStillAirborne(Count.exactly(4))
        .withLeftAirspace(Count.exactly(8))
        .withHit(Count.exactly(16));
    assertEquals(Count.exactly(31), line.knownOutcomes());
    assertEquals(Count.exactly(69), line.unknown());
    assertEquals(Count.exactly(1), line.count(Outcome.DESTROYED));
    assertEquals(Count.exactly(2), line.count(Outcome.SUPPRESSED));
    assertEquals(Count.exactly(4), line.count(Outcome.STILL_AIRBORNE));
    assertEquals(Count.exactly(8), line.count(Outcome.LEFT_AIRSPACE));
    assertEquals(Count.exactly(16), line.count(Outcome.HIT));
  }

  @Test
  void placeCountsAreNeverAddedToOutcomes() {
    WeaponLine line = drones.withDetails(LineDetails.builder()
        .hitLocations(Count.exactly(13)).fragmentLocations(Count.exactly(2)).build());
    assertEquals(Count.exactly(20), line.unknown());
    assertEquals(Count.exactly(13), line.details().hitLocations());
  }

  @Test
  void withCopiesChangeOneComponent() {
    new EqualsTester()
        .addEqualityGroup(drones, WeaponLine.of(shahed, Count.exactly(75))
            .withSuppressed(Count.exactly(30)).withDestroyed(Count.exactly(25)))
        .addEqualityGroup(drones.withLaunched(Count.exactly(76)))
        .addEqualityGroup(drones.withWeapon(missiles))
        .addEqualityGroup(drones.withStillAirborne(Count.exactly(1)))
        .addEqualityGroup(drones.withLeftAirspace(Count.exactly(1)))
        .addEqualityGroup(drones.withHit(Count.exactly(1)))
        .addEqualityGroup(drones.withDetails(LineDetails.builder().carrier("Tu-95MS").build()))
        .testEquals();
  }

  @Test
  void rejectsNulls() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Weapon.class, shahed)
        .setDefault(Count.class, Count.exactly(1))
        .setDefault(LineDetails.class, LineDetails.none());
    tester.testAllPublicStaticMethods(WeaponLine.class);
    tester.testAllPublicConstructors(WeaponLine.class);
    tester.testAllPublicInstanceMethods(drones);
    tester.testAllPublicInstanceMethods(LineDetails.builder());
  }
}
