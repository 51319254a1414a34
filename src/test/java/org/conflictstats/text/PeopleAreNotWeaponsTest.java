package org.conflictstats.text;

import static org.conflictstats.text.Read.assertFigures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.conflictstats.model.Casualties;
import org.conflictstats.model.Count;
import org.conflictstats.model.StrikeReport;
import org.junit.jupiter.api.Test;

/**
 * Casualty figures count people, weapon figures weapons: the whole of "two of the five people"
 * is not launched (people are not launched), and weapons listed after a casualty count are not
 * its parts. The first sample is the one {@link ExtractorFuzzProperties} failed on.
 */
final class PeopleAreNotWeaponsTest {

  @Test
  void theFuzzSampleIsSeventyFiveKilledAndNoLaunchedFigure() {
    String text = "75 of одна людина killed";
    assertFigures(text, "people killed 75");
    StrikeReport r = Read.report(text);
    assertTrue(r.lines().isEmpty(), r.lines().toString());
    assertEquals(Casualties.of(Count.exactly(75), Count.unknown()), r.casualties());
  }

  @Test
  void theWholeOfAPartitiveOfPeopleIsNoFigure() {
    assertFigures("75 of дві людини killed", "people killed 75");
    assertFigures("75 of п'ять людей killed", "people killed 75");
    assertFigures("Two of the five people were killed.", "people killed 2");
    assertFigures("Двоє з п'яти людей загинули.", "people killed 2");
    assertFigures("All three people were killed.", "people killed 3");
  }

  @Test
  void aPartitiveOfPeopleBesideWeaponsLeavesTheWeaponLinesAlone() {
    String english = "Russia launched 40 drones. Two of five people in the car were killed.";
    assertFigures(english, "drones launched 40", "people killed 2");
    assertEquals(List.of("Shahed-136/131 40/unknown/unknown/0/0/0"), Read.lines(english));
    assertEquals(Count.exactly(2), Read.report(english).casualties().killed());
    String ukrainian = "Противник атакував 40 БпЛА. Одна з двох людей загинула.";
    assertFigures(ukrainian, "drones launched 40", "people killed 1");
    assertEquals(List.of("Shahed-136/131 40/unknown/unknown/0/0/0"), Read.lines(ukrainian));
    assertEquals(Count.exactly(1), Read.report(ukrainian).casualties().killed());
  }

  @Test
  void weaponsListedAfterACasualtyCountAreReadOnTheirOwn() {
    // as "Загинули двоє людей, зокрема дві ракети" was already: a number of weapons with no cue
    // of its own is launched
    assertFigures("Two were injured, including both missiles.", "people injured 2",
        "missiles launched 2");
    assertFigures("75 killed: 75 drones", "people killed 75", "drones launched 75");
    assertFigures("75 injured зокрема 75 Kh-59/69", "people injured 75",
        "Kh-59/Kh-69 launched 75");
  }

  @Test
  void aPartitiveOfWeaponsAfterACasualtyCountIsNotUnderstood() {
    String text = "The strike injured dozens (113 of 1,200 Kalibrs).";
    Extraction x = Read.text(text);
    assertEquals(List.of("people injured at least 24"), Read.figures(x));
    assertEquals(1, x.notUnderstood().size(), x.notUnderstood().toString());
    assertTrue(x.notUnderstood().get(0).why().contains("113 of 1,200 Kalibrs: weapons"),
        x.notUnderstood().get(0).why());
  }
}
