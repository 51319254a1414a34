package org.conflictstats.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.conflictstats.model.Count;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponLine;
import org.conflictstats.validation.FindingCode;
import org.conflictstats.validation.Validator;
import org.junit.jupiter.api.Test;

/**
 * How the groups a text names become weapon lines that do not overlap: types under their category
 * when the counts add up, a whole's figure shared over the parts that do not state it, what the
 * parts leave as a line of its own, shares and countries in the line's details.
 */
final class ReportAssemblyTest {

  private static final WeaponCatalog CATALOG = WeaponCatalog.builtIn();

  @Test
  void aLineWithDeniedWeaponsGivesNoOutcomeAsZero() {
    // "did not shoot down 8 drones, which hit targets" gave the line hit 0 (and airborne and left
    // airspace 0): a zero the text did not give, where it says they hit; the text gives no count
    // of where those 8 ended, so every outcome it gives none of is unknown
    for (String text : List.of(
        "Russia launched 80 drones. Air defence did not shoot down 8 drones, which hit targets; 72"
            + " were destroyed.",
        "Ворог запустив 80 дронів. ППО не змогли збити 8 дронів, які влучили в цілі; 72 знищено.")) {
      assertEquals(List.of("Shahed-136/131 80/72/unknown/unknown/unknown/unknown"),
          Read.lines(text), text);
    }
    for (String text : List.of(
        "Russia launched 5 Iskander-M missiles, two of which were not intercepted.",
        "Ворог запустив 5 ракет Іскандер-М, дві з яких не вдалося перехопити.")) {
      assertEquals(List.of("Iskander-M 5/unknown/unknown/unknown/unknown/unknown"),
          Read.lines(text), text);
    }
    // only the line of the weapons denied: the drones' silence on what hit is still none
    assertEquals(List.of("Shahed-136/131 50/45/unknown/0/0/0",
            "Kalibr 3/unknown/unknown/unknown/unknown/unknown"),
        Read.lines("Russia attacked with 50 drones and 3 Kalibr missiles. Air defences were unable"
            + " to intercept 2 Kalibr missiles, which struck Odesa; 45 drones were shot down."));
    // of two drone types, a denial that names one makes only that type's line unknown; one that
    // names the drones generically, every drone line
    for (String text : List.of(
        "Russia launched 100 Shahed drones and 50 Gerbera decoys. Air defences shot down 80 Shahed"
            + " drones and 50 decoys, but did not shoot down 8 Shahed drones.",
        "Ворог атакував 100 ударними БпЛА типу Shahed та 50 дронами-імітаторами. Збито 80 Shahed"
            + " та 50 імітаторів, не вдалося збити 8 Shahed.")) {
      assertEquals(List.of("Shahed-136/131 100/80/unknown/unknown/unknown/unknown",
          "Decoy drone 50/50/unknown/0/0/0"), Read.lines(text), text);
    }
    assertEquals(List.of("Shahed-136/131 100/80/unknown/0/0/0",
            "Decoy drone 50/50/unknown/unknown/unknown/unknown"),
        Read.lines("Russia launched 100 Shahed drones and 50 Gerbera decoys. Air defences shot"
            + " down 80 Shahed drones and 50 decoys, but did not shoot down 8 decoys."));
    assertEquals(List.of("Shahed-136/131 100/80/unknown/unknown/unknown/unknown",
            "Decoy drone 50/50/unknown/unknown/unknown/unknown"),
        Read.lines("Russia launched 100 Shahed drones and 50 Gerbera decoys. Air defences shot"
            + " down 80 Shahed drones and 50 decoys, but did not shoot down 8 drones."));
    // and no denial, no unknown: what a statement does not report as such is zero
    assertEquals(List.of("Shahed-136/131 80/72/unknown/0/0/0"),
        Read.lines("Russia launched 80 drones. 72 were destroyed."));
  }

  @Test
  void typesInsideMissilesInsideAllTargets() {
    assertEquals(List.of("Shahed-136/131 260/200/unknown/0/0/0",
            "Kh-101/Kh-555 30/20/unknown/0/0/0",
            "Iskander-M 10/4/unknown/0/0/0"),
        Read.lines("The air force counted 300 aerial targets: 260 drones and 40 missiles. The"
            + " missiles included 30 Kh-101 cruise missiles and 10 Iskander-M ballistic missiles."
            + " Twenty of the Kh-101s and four of the ballistic missiles were shot down. Air"
            + " defences downed 200 drones."));
  }

  @Test
  void aWholesFigureGoesToThePartsThatDoNotStateItAsOneCombinedLine() {
    StrikeReport r = Read.report("Russia launched 88 missiles: 40 Kh-101, 12 Iskander-M and 36"
        + " S-300 missiles. 50 missiles were destroyed, among them 35 Kh-101s.");
    assertEquals(List.of("Kh-101/Kh-555 40/35/unknown/0/0/0",
            "Iskander-M and S-300 48/15/unknown/0/0/0"),
        r.lines().stream().map(Read::describe).toList());
    assertEquals(Map.of(CATALOG.resolve("Iskander-M"), Count.exactly(12),
        CATALOG.resolve("S-300"), Count.exactly(36)), r.lines().get(1).details().launchedByModel());
  }

  @Test
  void whatACategorysNamedTypesLeaveIsTheCategorysGenericWeapon() {
    StrikeReport r = Read.report("Russia fired 115 cruise missiles, including 28 Kalibr; 99 were"
        + " shot down.");
    WeaponLine l = r.lines().get(0);
    assertEquals("Kalibr and Cruise Missile 115/99/unknown/0/0/0", Read.describe(l));
    assertEquals(Map.of(CATALOG.resolve("Kalibr"), Count.exactly(28),
        CATALOG.resolve("Cruise Missile"), Count.exactly(87)), l.details().launchedByModel());
  }

  @Test
  void aTypeGoesUnderTheCategoryWhenTheCountsAddUpThatWay() {
    // 43 cruise = 8 Kalibr + 35 Kh-101; 58 missiles = 43 + 8 + 3 + 4
    assertEquals(List.of("Kalibr 8/8/unknown/0/0/0",
            "Kh-59/Kh-69 and Iskander-M/KN-23 and S-300 15/1/unknown/0/0/0",
            "Kh-101/Kh-555 35/25/unknown/0/0/0"),
        Read.lines("Russia launched 58 missiles. The missiles included 43 cruise missiles, eight"
            + " of them Kalibr, as well as eight Kh-59/69s, three Iskander-M/KN-23 and four"
            + " S-300s. Thirty-four missiles were shot down, including all eight Kalibrs and 25 of"
            + " the 35 Kh-101s."));
  }

  @Test
  void whatThePartsOfTheTotalLeaveIsALineOfItsOwn() {
    StrikeReport r = Read.report("The air force counted 100 aerial targets: 90 drones and five"
        + " missiles.");
    assertEquals(100, r.lines().stream().mapToLong(l -> l.launched().lower()).sum());
    assertEquals(List.of("Unknown UAV and Unknown Missile 5/unknown/unknown/0/0/0",
            "Shahed-136/131 90/unknown/unknown/0/0/0", "Unknown Missile 5/unknown/unknown/0/0/0"),
        r.lines().stream().map(Read::describe).toList());
  }

  @Test
  void onePartWithoutALaunchedFigureThatLostAllThatIsLeftIsAllThatIsLeft() {
    assertEquals(List.of("Iskander-K and Kalibr 35/34/unknown/0/0/0",
            "Kh-47 Kinzhal 3/unknown/3/0/0/0"),
        Read.lines("Russia launched 38 missiles. Of 35 Iskander-K and Kalibr cruise missiles, 34"
            + " were destroyed, while three Kinzhal aeroballistic missiles were lost"
            + " locationally."));
  }

  @Test
  void aNumberOfThemAfterAListOfTypesIsOneCombinedLineOfTheListedTypes() {
    // it went to the first type: Kh-59 destroyed 5 of 3 launched
    StrikeReport r = Read.report("Russia launched 3 Kh-59 and 2 Kh-22 missiles. Five of them"
        + " were shot down.");
    assertEquals(List.of("Kh-59 and Kh-22 5/5/unknown/0/0/0"),
        r.lines().stream().map(Read::describe).toList());
    assertEquals(Map.of(CATALOG.resolve("Kh-59"), Count.exactly(3),
        CATALOG.resolve("Kh-22"), Count.exactly(2)), r.lines().get(0).details().launchedByModel());
    assertEquals(List.of("Kh-59 and Iskander-M 5/4/unknown/0/0/0",
            "Shahed-136/131 40/unknown/unknown/0/0/0"),
        Read.lines("Russia fired 3 Kh-59 and 2 Iskander-M missiles; four of them were"
            + " intercepted. It also launched 40 drones."));
    assertEquals(List.of("mixed missiles (Kh-59, Iskander-M) destroyed 4"),
        Read.figures("Russia fired 3 Kh-59 and 2 Iskander-M missiles; four of them were"
            + " intercepted.").subList(2, 3));
    // "of which" as "of them" (it went to the last type: Kalibr destroyed 4 of 2 launched)
    assertEquals(List.of("Kh-101/Kh-555 and Kalibr 5/4/unknown/0/0/0"),
        Read.lines("Russia launched 3 Kh-101 and 2 Kalibr missiles, 4 of which were shot down."));
    // a number without a noun as "of them" (it went to the last type: Kalibr destroyed 4 of 2)
    assertEquals(List.of("Kh-101/Kh-555 and Kalibr 5/4/unknown/0/0/0"),
        Read.lines("Russia launched 3 Kh-101 and 2 Kalibr missiles. 4 were shot down."));
  }

  @Test
  void aNumberOfThemAfterAListOfDronesAndMissilesIsNotUnderstoodAndGivenToNeither() {
    Extraction x = Read.text("Russia launched 5 missiles and 75 drones. 60 of them were shot"
        + " down.");
    assertEquals(List.of("missiles launched 5", "drones launched 75"), Read.figures(x));
    assertEquals(1, x.notUnderstood().size());
    assertTrue(x.notUnderstood().get(0).why().contains("for missiles and drones together"),
        x.notUnderstood().get(0).why());
    // "of which" as "of them" (it gave drones destroyed 60)
    Extraction which = Read.text("Russia launched 5 missiles and 75 drones, 60 of which were shot"
        + " down.");
    assertEquals(List.of("missiles launched 5", "drones launched 75"), Read.figures(which));
    assertEquals(1, which.notUnderstood().size());
    // a number without a noun as "of them" (it gave missiles destroyed 80 of 5 launched)
    for (String text : List.of("Russia launched 100 drones and 5 missiles. 80 were shot down.",
        "Russia launched 100 drones and 5 missiles; 80 were shot down.")) {
      Extraction bare = Read.text(text);
      assertEquals(List.of("drones launched 100", "missiles launched 5"), Read.figures(bare),
          text);
      assertEquals(1, bare.notUnderstood().size(), text);
      assertTrue(bare.notUnderstood().get(0).why().contains("80: a figure for drones and missiles"
          + " together"), bare.notUnderstood().get(0).why());
    }
  }

  @Test
  void weaponsThatHitAPlaceAreTheHitOutcomeOfTheirLine() {
    // "One ballistic missile hit Kharkiv" was a new line, Ballistic Missile launched 1
    assertEquals(List.of("Iskander-M 2/unknown/unknown/0/0/1",
            "Shahed-136/131 10/8/unknown/0/0/0"),
        Read.lines("Russia launched 2 Iskander-M ballistic missiles and 10 Shahed drones. Air"
            + " defence shot down 8 drones. One ballistic missile hit Kharkiv."));
    assertEquals(List.of("Shahed-136/131 10/7/unknown/0/0/3"),
        Read.lines("Russia launched 10 drones; 3 hit Kyiv and 7 were shot down."));
    assertEquals(List.of("Shahed-136/131 10/unknown/unknown/0/0/2"),
        Read.lines("Russia launched 10 drones. Two drones struck Lviv."));
    assertEquals(List.of("Iskander-M 2/unknown/unknown/0/0/1"),
        Read.lines("Росія запустила 2 балістичні ракети Іскандер-М. Одна ракета влучила в"
            + " Харків."));
    // without a launched figure of that weapon (or of a group holding it), the hit alone: it was
    // Kinzhal launched 2, hit 0, though the text says the two hit
    assertEquals(List.of("Shahed-136/131 10/unknown/unknown/0/0/0",
            "Kh-47 Kinzhal at least 2/unknown/unknown/0/0/2"),
        Read.lines("Russia launched 10 Shahed drones. Two Kinzhal missiles hit Kyiv."));
    // a launched figure of a group holding them, before or after, takes the hit, as "2 of them"
    assertEquals(Read.lines("Russia launched 10 missiles. 2 of them hit Kyiv."),
        Read.lines("Russia launched 10 missiles. Two missiles hit Kyiv."));
    assertEquals(List.of("Kh-47 Kinzhal 10/unknown/unknown/0/0/2"),
        Read.lines("Two Kinzhal missiles hit Kyiv. Russia launched 10 Kinzhal missiles."));
    // places are still places, and what was hit is no weapon
    assertEquals(List.of("drones launched 40", "total hit locations 13"),
        Read.figures("Russia launched 40 drones. Hits were recorded at 13 locations."));
    assertEquals(List.of("drones launched 10"),
        Read.figures("Russia launched 10 drones. Three buildings were hit."));
    // weapons that "were also hit by" something are not weapons that hit (it gave hit 3)
    assertTrue(Read.figures("Russia launched 40 drones; 30 were shot down, 3 drones were also hit"
        + " by mobile fire groups.").stream().noneMatch(f -> f.contains(" hit ")));
  }

  @Test
  void weaponsThatHitTheCountryAreLaunchedOthersAreTheHit() {
    // each was hit, with launched at least hit + destroyed: the drones counted twice
    assertEquals(List.of("drones launched between 36 and 44", "drones destroyed 30"),
        Read.figures("Some 40 Russian drones struck Ukraine overnight, the air force said; 30"
            + " were shot down."));
    assertEquals(List.of("drones launched 40", "missiles launched 5", "drones destroyed 30"),
        Read.figures("Russia's 40 drones and 5 missiles hit Ukraine overnight. Air defence shot"
            + " down 30 drones."));
    assertEquals(List.of("drones launched at least 101", "drones destroyed 80"),
        Read.figures("More than 100 Russian drones hit Ukraine overnight, the air force said,"
            + " and 80 were shot down."));
    assertEquals(List.of("drones launched at least 101", "drones destroyed 80"),
        Read.figures("Понад 100 російських дронів влучили в Україну, 80 збито."));
    // after a launched figure of the same weapon, or of a group holding it, the hit outcome
    assertEquals(List.of("drones launched 40", "shahed hit 3"),
        Read.figures("Russia launched 40 drones. Three Shaheds hit the country's west."));
    // after an outcome figure too (it gave drones launched 8 beside destroyed 72)
    assertEquals(List.of("Shahed-136/131 at least 80/72/unknown/0/0/8"),
        Read.lines("Air defences shot down 72 drones overnight, the air force said. Eight more"
            + " hit targets in Kharkiv, Sumy and Odesa."));
    assertEquals(List.of("Shahed-136/131 at least 80/72/unknown/0/0/8"),
        Read.lines("Збито 72 дрони. Ще 8 влучили в цілі у Харкові."));
    // in the same sentence (the list of what was shot down took the 8: a conflict, 8 against 72)
    assertEquals(List.of("Shahed-136/131 at least 80/72/unknown/0/0/8"),
        Read.lines("Air defences shot down 72 drones and 8 hit targets in Kharkiv region."));
    assertEquals(List.of("drones destroyed 72", "drones hit 8 @Kharkiv oblast"),
        Read.figures("Air defences shot down 72 drones, and eight more hit targets in Kharkiv"
            + " region."));
    assertEquals(List.of("Shahed-136/131 80/72/unknown/0/0/8"),
        Read.lines("Russia launched 80 drones; air defences shot down 72 drones and 8 drones hit"
            + " targets in Kharkiv region."));
    assertEquals(List.of("Shahed-136/131 at least 80/72/unknown/0/0/8"),
        Read.lines("Збито 72 дрони та 8 влучили в цілі на Харківщині."));
    assertEquals(List.of("Kh-47 Kinzhal destroyed 1", "Kh-47 Kinzhal hit 2 @Kyiv"),
        Read.figures("One Kinzhal missile was shot down. Two Kinzhal missiles hit Kyiv."));
  }

  @Test
  void weaponsThatHitWithNoFigureBeforeAreTheHitOutcome() {
    // "7 drones hit targets" alone gave launched 7 and hit 0, though with a launched figure before
    // it was hit 7, and "Hit targets: 7 drones" and "hit their targets" were hit 7, launched at
    // least 7: an outcome with no launched figure, as "51 drones were shot down" is
    assertEquals(List.of("Shahed-136/131 at least 7/unknown/unknown/0/0/7"),
        Read.lines("7 drones hit targets."));
    assertEquals(List.of("Shahed-136/131 at least 7/unknown/unknown/0/0/7"),
        Read.lines("Hit targets: 7 drones"));
    assertEquals(List.of("Shahed-136/131 at least 7/unknown/unknown/0/0/7"),
        Read.lines("7 drones hit their targets."));
    assertEquals(List.of("Shahed-136/131 at least 4/unknown/unknown/0/0/4"),
        Read.lines("Four drones hit the targets."));
    assertEquals(List.of("Shahed-136/131 60/unknown/unknown/0/0/7"),
        Read.lines("Russia launched 60 drones. 7 drones hit targets."));
    assertEquals(List.of("drones hit 3 @Kharkiv"),
        Read.figures("3 drones hit targets in Kharkiv."));
    assertEquals(List.of("Shahed-136/131 at least 7/unknown/unknown/0/0/7"),
        Read.lines("7 дронів влучили в цілі."));
    assertEquals(List.of("Unknown Missile at least 2/unknown/unknown/0/0/2"),
        Read.lines("2 ракети влучили в ціль."));
    // the other outcomes alone are read so already: the outcome, launched at least it
    assertEquals(List.of("Shahed-136/131 at least 51/51/unknown/0/0/0"),
        Read.lines("51 drones were shot down."));
    assertEquals(List.of("Unknown Missile at least 5/5/unknown/0/0/0"),
        Read.lines("5 missiles were shot down."));
    assertEquals(List.of("Shahed-136/131 at least 3/unknown/3/0/0/0"),
        Read.lines("3 drones were suppressed."));
    assertEquals(List.of("Unknown Missile at least 5/5/unknown/0/0/0"),
        Read.lines("5 ракет збито."));
    // a place hit, or no object, is read so too: it was launched N, hit 0 ("One ballistic
    // missile hit Kharkiv" gave Ballistic Missile launched 1); the country is what was launched
    assertEquals(List.of("drones hit 12 @Kyiv"), Read.figures("Twelve drones hit Kyiv overnight."));
    assertEquals(List.of("Ballistic Missile at least 1/unknown/unknown/0/0/1"),
        Read.lines("One ballistic missile hit Kharkiv."));
    assertEquals(List.of("Kh-47 Kinzhal at least 2/unknown/unknown/0/0/2"),
        Read.lines("Two Kinzhal missiles hit Kyiv."));
    assertEquals(List.of("Shahed-136/131 at least 7/unknown/unknown/0/0/7"),
        Read.lines("7 drones hit."));
    assertEquals(List.of("Unknown Missile at least 2/unknown/unknown/0/0/2"),
        Read.lines("Дві ракети влучили в Харків."));
    assertEquals(List.of("Shahed-136/131 at least 5/3/unknown/0/0/2"),
        Read.lines("Two drones hit Kyiv and 3 were shot down."));
    assertEquals(List.of("drones launched 40"), Read.figures("40 drones struck Ukraine."));
  }

  @Test
  void hitsOfOneWeaponInDifferentPlacesAddUp() {
    // the second place was lost (drones hit 2), or set aside as a conflict (Iskander-M hit 2)
    assertEquals(List.of("Shahed-136/131 40/30/unknown/0/0/4"),
        Read.lines("Russia launched 40 drones; 30 were shot down. Two drones hit Kyiv and two hit"
            + " Odesa."));
    assertEquals(List.of("Iskander-M 5/2/unknown/0/0/3"),
        Read.lines("Russia launched 5 Iskander-M missiles. Two missiles hit Kharkiv and one"
            + " missile hit Dnipro; 2 were shot down."));
    assertEquals(List.of("Iskander-M launched 5", "Iskander-M hit 2 @Kharkiv",
            "Iskander-M hit 1 @Dnipro"),
        Read.figures("Росія запустила 5 ракет Іскандер-М. Дві ракети влучили в Харків, одна"
            + " ракета влучила в Дніпро."));
    // a total without a place wins over the sum, as for casualties
    assertEquals(List.of("Shahed-136/131 40/30/unknown/0/0/5"),
        Read.lines("Russia launched 40 drones; 30 were shot down. Two drones hit Kyiv and two hit"
            + " Odesa. In all, 5 drones hit their targets."));
  }

  @Test
  void theShahedShareIsADetailOfTheDronesLine() {
    StrikeReport r = Read.report("Russia launched 415 drones, about 250 of them Shaheds.");
    assertEquals(1, r.lines().size());
    assertEquals(Count.between(225, 275), r.lines().get(0).details().genuineShaheds());
    StrikeReport decoys = Read.report("Russia launched 300 drones; about 120 of them were"
        + " decoys.");
    assertEquals(Count.between(168, 192), decoys.lines().get(0).details().genuineShaheds());
  }

  @Test
  void theDecoysAfterIncludingAreADetailOfTheDronesLineAndTakeNoOutcome() {
    // it made a decoy line that took the next outcome: Decoy drone 40/80, Shahed-136/131 60
    StrikeReport r = Read.report("Russia launched 100 drones, including 40 decoys. 80 were shot"
        + " down.");
    assertEquals(List.of("Shahed-136/131 100/80/unknown/0/0/0"),
        r.lines().stream().map(Read::describe).toList());
    assertEquals(Count.exactly(60), r.lines().get(0).details().genuineShaheds());
    assertEquals(List.of("Shahed-136/131 100/80/unknown/0/0/0"),
        Read.lines("Росія запустила 100 дронів, серед них 40 імітаторів. Збито 80."));
    assertEquals(List.of("drones launched 100", "decoys launched 40", "drones destroyed 80"),
        Read.figures("Росія запустила 100 дронів, зокрема 40 дронів-імітаторів. 80 збито."));
  }

  @Test
  void whatTheDecoysDidIsWhatTheDronesDid() {
    assertEquals(List.of("Shahed-136/131 176/130/40/0/0/0"),
        Read.lines("Russia attacked with 176 Shahed-type drones and decoys. 130 drones were shot"
            + " down and 40 decoys were lost locationally."));
  }

  @Test
  void countriesAreInTheDetails() {
    StrikeReport r = Read.report("Russia launched 193 drones. Eighty drones were destroyed, 105"
        + " were lost locationally and six left Ukrainian airspace, one toward Belarus and five"
        + " toward Russia.");
    WeaponLine l = r.lines().get(0);
    assertEquals(Count.exactly(6), l.leftAirspace());
    assertEquals(Map.of("Belarus", Count.exactly(1), "Russia", Count.exactly(5)),
        l.details().leftAirspaceByCountry());
    assertEquals(Count.exactly(2), l.unknown());
  }

  @Test
  void placesForTheWholeAttackGoOnTheFirstLineAndTheNotesSaySo() {
    StrikeReport r = Read.report("Russia launched 40 drones and two missiles. Hits were recorded"
        + " at 13 locations, and debris fell at 19.");
    assertEquals(Count.exactly(13), r.lines().get(0).details().hitLocations());
    assertEquals(Count.exactly(19), r.lines().get(0).details().fragmentLocations());
    assertTrue(r.notes().contains("on the first line"), r.notes());
  }

  @Test
  void aCombinedShotDownOrSuppressedFigureIsDestroyedAndTheNotesSaySo() {
    StrikeReport r = Read.report("Russia launched 69 drones. Fifty-seven were shot down or"
        + " suppressed.");
    assertEquals(Count.exactly(57), r.lines().get(0).destroyed());
    assertTrue(r.notes().contains("shot down or suppressed"), r.notes());
  }

  @Test
  void aTypeWithoutALaunchedFigureHasLaunchedAtLeastWhatItsOutcomesAddUpToAndNoRate() {
    StrikeReport r = Read.report("Four Orlan-10 reconnaissance drones were downed.");
    assertEquals("Orlan-10 at least 4/4/unknown/0/0/0", Read.describe(r.lines().get(0)));
    assertTrue(Validator.standard().validate(r).findings().stream()
        .anyMatch(f -> f.hasCode(FindingCode.LAUNCHED_UNKNOWN)));
    StrikeReport two = Read.report("Six Shahed attack drones were destroyed and two more were"
        + " suppressed by electronic warfare.");
    assertEquals(Count.atLeast(8), two.lines().get(0).launched(), Read.describe(two.lines().get(0)));
  }

  @Test
  void moreInterceptedThanLaunchedIsKeptAndTheValidatorFindsIt() {
    StrikeReport r = Read.report("Russia launched 747 drones overnight, and the air force said"
        + " 751 drones were intercepted.");
    assertEquals("Shahed-136/131 747/751/unknown/0/0/0", Read.describe(r.lines().get(0)));
    assertTrue(Validator.standard().validate(r).findings().stream()
        .anyMatch(f -> f.hasCode(FindingCode.OUTCOMES_EXCEED_LAUNCHED)));
  }

  @Test
  void casualtiesInTwoPlacesAddUpWhenTheTextGivesNoTotal() {
    StrikeReport r = Read.report("In Kharkiv two people were killed. In Odesa five people were"
        + " injured and one was killed.");
    assertEquals(Count.exactly(3), r.casualties().killed());
    assertEquals(Count.exactly(5), r.casualties().injured());
    assertEquals(2, r.casualties().byPlace().size());
  }

  @Test
  void aZeroForDronesOrMissilesIsNoMergedLine() {
    // it gave one line "Shahed-136/131 and Unknown Missile and ..." with launched unknown
    assertEquals(List.of("Shahed-136/131 45/0/unknown/0/0/0", "Unknown Missile 3/0/unknown/0/0/0"),
        Read.lines("Russia launched 45 drones and 3 missiles. No drones or missiles were shot"
            + " down."));
  }

  @Test
  void aZeroForWeaponsWithNoOtherFigureIsNoLine() {
    // it gave an "Unknown Missile" line, launched unknown, destroyed 0
    Extraction x = Read.text("Russia launched 90 drones overnight, 60 were shot down. No missiles"
        + " were shot down, the air force said, because none were launched.");
    assertEquals(List.of("Shahed-136/131 90/60/unknown/0/0/0"),
        x.report().orElseThrow().lines().stream().map(Read::describe).toList());
    assertEquals(1, x.notUnderstood().size());
    assertTrue(x.notUnderstood().get(0).why().startsWith("No missiles: a zero"));
    // a zero before the launched figure of its group is kept
    assertEquals(List.of("Unknown Missile 4/0/unknown/0/0/0"),
        Read.lines("No missiles were shot down. Russia launched 4 missiles."));
  }

  @Test
  void noFigureMeansNoReport() {
    Extraction x = Read.text("Talks in Geneva resumed on 12 May, the 80th anniversary of the"
        + " end of the war.");
    assertTrue(x.report().isEmpty());
    assertEquals(List.of(), x.reports());
    assertEquals(1, x.notUnderstood().size());
  }
}
