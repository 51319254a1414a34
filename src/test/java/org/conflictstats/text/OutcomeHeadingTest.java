package org.conflictstats.text;

import static org.conflictstats.text.Read.assertFigures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An outcome word followed by a colon heads the list after it: "Shot down: 51 drones and 2
 * Kh-101 missiles" is destroyed 51 drones and destroyed 2 Kh-101, never launched (the items were
 * read as numbers of weapons with no cue of their own, so launched, and the heading listed as not
 * understood). A list it cannot read is not understood, never launched.
 */
final class OutcomeHeadingTest {

  @Test
  void anOutcomeHeadingGivesEachItemItsField() {
    assertFigures("Shot down: 51 drones and 2 Kh-101 missiles; 7 drones hit targets.",
        "drones destroyed 51", "Kh-101/Kh-555 destroyed 2", "drones hit 7");
    assertFigures("Збито: 51 дрон і 2 ракети Х-101; 7 дронів влучили в цілі.",
        "drones destroyed 51", "Kh-101/Kh-555 destroyed 2", "drones hit 7");
    assertFigures("Intercepted: 5 missiles, 20 drones.", "missiles destroyed 5",
        "drones destroyed 20");
    assertFigures("Destroyed: 20 drones.", "drones destroyed 20");
    assertFigures("Знищено: 40 дронів.", "drones destroyed 40");
    assertFigures("Suppressed: 10 drones.", "drones suppressed 10");
    assertFigures("Подавлено: 10 дронів.", "drones suppressed 10");
    assertFigures("Збито/подавлено: 30 дронів.", "drones neutralised 30");
    // past a semicolon an item with nothing after it
    assertFigures("Shot down: 51 drones; 2 Kh-101 missiles.", "drones destroyed 51",
        "Kh-101/Kh-555 destroyed 2");
    for (String text : List.of("Shot down: 51 drones and 2 Kh-101 missiles.",
        "Збито: 51 дрон і 2 ракети Х-101.")) {
      assertTrue(Read.text(text).notUnderstood().isEmpty(), text);
      // the launched count is unknown: at least what was destroyed
      assertEquals(List.of("Shahed-136/131 at least 51/51/unknown/0/0/0",
          "Kh-101/Kh-555 at least 2/2/unknown/0/0/0"), Read.lines(text), text);
    }
  }

  @Test
  void aSecondOutcomeHeadingAfterACommaHeadsItsOwnList() {
    // «локаційно втрачено – 10» after the list of «Збито –» was not understood (after an outcome
    // heading's colon); with colons the 10 went to the first heading: destroyed 10 against 40
    for (String text : List.of("Збито – 40 дронів, локаційно втрачено – 10.",
        "Збито: 40 дронів, локаційно втрачено: 10.",
        "Збито – 40 дронів, локаційно втрачено – 10 дронів.",
        "Shot down – 40 drones, lost locationally – 10.")) {
      assertTrue(Read.text(text).notUnderstood().isEmpty(), text);
      assertTrue(Read.text(text).setAside().isEmpty(), text);
      assertEquals(List.of("Shahed-136/131 at least 50/40/10/0/0/0"), Read.lines(text), text);
    }
    assertEquals(List.of("Shahed-136/131 50/40/10/0/0/0"),
        Read.lines("Ворог атакував 50 дронами. Збито – 40 дронів, локаційно втрачено – 10."));
    // a bare number after a list of drones and missiles is no one group's: still listed
    String both = "Збито – 40 дронів і 2 ракети, локаційно втрачено – 10.";
    assertFigures(both, "drones destroyed 40", "missiles destroyed 2");
    assertEquals(1, Read.text(both).notUnderstood().size(), both);
  }

  @Test
  void anOutcomeHeadingTakesNoCountOfSomethingElse() {
    // "3 buildings" was the hit heading's item: drones hit 3 (launched at least 43); buildings
    // and objects are no weapons, in a list of their own or after a comma: listed, no figure
    for (String text : List.of("Shot down: 40 drones, hit: 3 buildings.",
        "Збито: 40 дронів, уражено: 3 об'єкти.",
        "Збито – 40 дронів. Уражено – 3 об'єкти.",
        "Shot down: 40 drones. Hit: 3 buildings.")) {
      assertFigures(text, "drones destroyed 40");
      assertTrue(Read.text(text).setAside().isEmpty(), text);
      assertEquals(1, Read.text(text).notUnderstood().size(), text);
    }
  }

  @Test
  void aLaunchHeadingAndAnOutcomeHeadingTogether() {
    assertFigures("Launched: 51 drones and 2 Kh-101 missiles. Shot down: 40 drones.",
        "drones launched 51", "Kh-101/Kh-555 launched 2", "drones destroyed 40");
    assertFigures("Знищено: 40 дронів. Запущено: 51 дрон.", "drones destroyed 40",
        "drones launched 51");
  }

  @Test
  void aHeadingOnItsOwnLineHeadsTheListOnTheLinesAfterIt() {
    for (String text : List.of("Shot down:\n51 drones;\n2 Kh-101 missiles.",
        "Shot down:\n51 drones\n2 Kh-101 missiles",
        "Shot down:\n- 51 drones\n- 2 Kh-101 missiles\n3 people were killed.",
        "Збито:\n- 51 дрон;\n- 2 ракети Х-101.",
        "Збито:\n51 дрон,\n2 ракети Х-101.",
        "Збито:\n• 51 дрон;\n• 2 ракети Х-101.")) {
      List<String> figures = Read.figures(text);
      assertEquals(List.of("drones destroyed 51", "Kh-101/Kh-555 destroyed 2"),
          figures.subList(0, 2), text);
    }
    assertFigures("Збито/подавлено:\n* 51 дрон;\n* 2 ракети Х-101.", "drones neutralised 51",
        "Kh-101/Kh-555 neutralised 2");
    assertFigures("Shot down:\n- 51 drones\n- 2 Kh-101 missiles\n3 people were killed.",
        "drones destroyed 51", "Kh-101/Kh-555 destroyed 2", "people killed 3");
  }

  @Test
  void aDashAfterTheOutcomeWordIsAsAColon() {
    assertFigures("Shot down – 51 drones and 2 Kh-101 missiles.", "drones destroyed 51",
        "Kh-101/Kh-555 destroyed 2");
    assertFigures("Збито – 51 дрон і 2 ракети Х-101.", "drones destroyed 51",
        "Kh-101/Kh-555 destroyed 2");
  }

  @Test
  void aNumberWithItsOwnCueAfterTheColonKeepsIt() {
    assertFigures("Russia launched 50 drones. Not all drones were shot down: 45 were destroyed.",
        "drones launched 50", "drones destroyed 45");
    assertFigures("Shot down: 45 drones were lost locationally.", "drones suppressed 45");
  }

  @Test
  void aListTheHeadingCannotReadIsNotUnderstoodNeverLaunched() {
    for (String text : List.of("Shot down by air defence: 51 drones.",
        "Збито силами ППО: 51 дрон.")) {
      assertEquals(List.of(), Read.figures(text), text);
      assertEquals(1, Read.text(text).notUnderstood().size(), text);
    }
    // the second item with nothing between it and the first
    Extraction x = Read.text("Shot down: 51 drones 2 Kh-101 missiles.");
    assertEquals(List.of("drones destroyed 51"), Read.figures(x));
    assertEquals(1, x.notUnderstood().size(), x.notUnderstood().toString());
  }

  @Test
  void aHitHeadingGivesTheHitField() {
    // as "Hit their targets: 5 drones" and "5 drones hit their targets": hit, the launched count
    // unknown (at least the hit) unless stated elsewhere
    for (String text : List.of("Hit targets: 5 drones.", "Hit: 5 drones.",
        "Struck targets: 5 drones.", "Hit targets – 5 drones.", "Влучання: 5 дронів.",
        "Уражено цілі: 5 дронів.", "Влучання – 5 дронів.")) {
      assertEquals(List.of("drones hit 5"), Read.figures(text), text);
      assertEquals(List.of("Shahed-136/131 at least 5/unknown/unknown/0/0/5"), Read.lines(text),
          text);
      assertTrue(Read.text(text).notUnderstood().isEmpty(), text);
    }
    assertFigures("Launched: 60 drones. Shot down: 51 drones. Hit targets: 5 drones.",
        "drones launched 60", "drones destroyed 51", "drones hit 5");
    assertFigures("Hit targets: 5 drones and 2 Kh-101 missiles; 7 drones were shot down.",
        "drones hit 5", "Kh-101/Kh-555 hit 2", "drones destroyed 7");
    assertFigures("Hit targets:\n- 5 drones\n- 2 Kh-101 missiles", "drones hit 5",
        "Kh-101/Kh-555 hit 2");
    assertFigures("Влучання:\n- 5 дронів;\n- 2 ракети Х-101.", "drones hit 5",
        "Kh-101/Kh-555 hit 2");
  }

  @Test
  void targetsHitAreNoWeapons() {
    // "targets", «цілі» hit are places or objects on the ground as often as weapons: "hit: 3
    // targets" gave total hit 3, «уражено 3 цілі» (no heading) total launched 3; listed now
    for (String text : List.of("Збито: 40 дронів, уражено: 3 цілі.",
        "Shot down: 40 drones, hit: 3 targets.", "Збито 40 дронів, уражено 3 цілі.",
        "40 drones were shot down; 3 targets were hit.", "40 drones were shot down, 3 targets hit.",
        "40 drones were shot down. Three objects were hit.")) {
      assertEquals(List.of("drones destroyed 40"), Read.figures(text), text);
      assertTrue(Read.text(text).notUnderstood().stream()
          .anyMatch(n -> n.why().contains(UnitGroups.TARGETS_HIT)), text);
    }
    assertFigures("Уражено 3 цілі.");
    assertFigures("Of 5 targets, 3 were hit.");
    // targets of a launch or an interception are every aerial target, as before
    assertFigures("Russia launched 50 aerial targets; 40 targets were shot down.",
        "total launched 50", "total destroyed 40");
    assertFigures("Ворог застосував 42 засоби повітряного нападу. Із 42-х цілей знищено 29.",
        "total launched 42", "total launched 42", "total destroyed 29");
    assertFigures("Of 42 targets, 29 were destroyed.", "total launched 42", "total destroyed 29");
  }

  @Test
  void hitTargetsInRunningTextIsStillTheVerbOfTheWeaponsBeforeIt() {
    // not a heading: a word before it on its line (a guard: as before this change)
    assertFigures("60 drones attacked. 5 drones hit targets: in Kyiv and Lviv.",
        "drones launched 60", "drones hit 5 @Kyiv");
  }

  @Test
  void anOutcomeTheLexiconKnowsAsAHeadingIsNeverLaunched() {
    // "were jammed", "were lost", "were redirected", "were diverted" are suppressed in running text
    for (String text : List.of("Jammed: 5 drones.", "Lost: 5 drones.", "Redirected: 5 drones.",
        "Diverted – 5 drones.")) {
      assertEquals(List.of("drones suppressed 5"), Read.figures(text), text);
    }
    // hits as places ("hits were recorded"), "hit" after a word: the weapons after its colon are
    // not read, so not understood
    for (String text : List.of("Hits recorded: 5 drones.", "Зафіксовано влучання: 5 дронів.",
        "Targets hit: 5 drones.")) {
      assertEquals(List.of(), Read.figures(text), text);
      assertEquals(1, Read.text(text).notUnderstood().size(), text);
    }
  }
}
