package org.conflictstats.text;

import static org.conflictstats.text.Read.assertFigures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Outcomes written around a list rather than next to their number: "both of which hit", "all
 * drones and 3 missiles were shot down", a share after a dash, and outcomes the text denies with
 * words between the negation and the verb. Each was silently dropped or read wrongly before.
 */
final class OutcomeWordingTest {

  private static void assertNotUnderstood(String text, String why) {
    Extraction x = Read.text(text);
    assertEquals(1, x.notUnderstood().size(), text + " " + x.notUnderstood());
    assertTrue(x.notUnderstood().get(0).why().contains(why), x.notUnderstood().get(0).why());
  }

  @Test
  void weaponsOfWhichHitTargets() {
    // the hit figure was silently dropped: no figure, nothing listed
    assertFigures("Russia launched 2 Kh-101 missiles, both of which hit targets in Lviv.",
        "Kh-101/Kh-555 launched 2", "Kh-101/Kh-555 hit 2 @Lviv", "Kh-101/Kh-555 launched 2");
    assertFigures("The enemy fired 3 Iskander-M ballistic missiles, all of which hit targets in"
            + " Kharkiv.",
        "Iskander-M launched 3", "Iskander-M hit 3 @Kharkiv");
    // it was listed as a number with no weapon word
    assertFigures("Russia launched 4 Kh-59 missiles, two of which hit targets in Zaporizhzhia.",
        "Kh-59 launched 4", "Kh-59 hit 2 @Zaporizhzhia");
    assertTrue(Read.text("Russia launched 4 Kh-59 missiles, two of which hit targets in"
        + " Zaporizhzhia.").notUnderstood().isEmpty());
  }

  @Test
  void aNumberOfWhichIsNoItemOfTheListBeforeIt() {
    // "40 drones, 30 of which were destroyed" gave the 40 drones destroyed (and set the 30 aside
    // as a conflict)
    String text = "Russia launched 6 Kh-101 missiles, all of which were shot down, and 40 drones,"
        + " 30 of which were destroyed.";
    assertTrue(Read.figures(text).contains("drones destroyed 30"), Read.figures(text).toString());
    assertTrue(Read.figures(text).stream().noneMatch(f -> f.startsWith("drones destroyed 40")),
        Read.figures(text).toString());
    assertTrue(Read.text(text).setAside().isEmpty(), Read.text(text).setAside().toString());
  }

  @Test
  void bothMissilesAfterTheListInItsSentence() {
    // «обидві ракети» went on with the launched list: the 2 destroyed were silently dropped
    assertFigures("Росія запустила 2 ракети Іскандер-М та 40 ударних БпЛА, обидві ракети збито,"
            + " 30 БпЛА знешкоджено.",
        "Iskander-M launched 2", "drones launched 40", "missiles destroyed 2",
        "missiles launched 2", "drones neutralised 30");
    assertEquals(List.of("Iskander-M 2/2/unknown/0/0/0", "Shahed-136/131 40/30/unknown/0/0/0"),
        Read.lines("Росія запустила 2 ракети Іскандер-М та 40 ударних БпЛА, обидві ракети збито,"
            + " 30 БпЛА знешкоджено."));
  }

  @Test
  void allMissilesAfterATotalOfEveryTarget() {
    // the total launched before hid the Iskander-M: "all" of weapons with no number launched
    assertFigures("У ніч на 4 червня ворог атакував 73 засобами повітряного нападу: 70 ударними БпЛА"
            + " та 3 ракетами Іскандер-М. Усі ракети та 60 БпЛА збито/подавлено.",
        "total launched 73", "drones launched 70", "Iskander-M launched 3",
        "Iskander-M neutralised 3", "drones neutralised 60");
  }

  @Test
  void aNumberBeforeADashAndItsOwnVerbIsNoItemOfTheListBefore() {
    // «80 БпЛА, 10 – локаційно втрачені» gave 10 neutralised, set aside as a conflict
    assertFigures("Ворог запустив 95 БпЛА. Збито/подавлено 80 БпЛА, 10 – локаційно втрачені.",
        "drones launched 95", "drones neutralised 80", "drones suppressed 10");
  }

  @Test
  void notASingleOneIsNoOne() {
    // it gave drones destroyed 1
    String text = "Russia launched 30 drones overnight. Not a single one was shot down over Kyiv,"
        + " the city's military administration said.";
    assertFigures(text, "drones launched 30");
    assertNotUnderstood(text, "\"not one\"");
    // it gave missiles destroyed 1
    assertFigures("Not one of the 5 missiles was shot down.", "missiles launched 5");
    assertNotUnderstood("Not one of the 5 missiles was shot down.", "\"not one\"");
  }

  @Test
  void aPartBeforeACommaAndAVerbIsNotWhatTheVerbCounts() {
    // the 4 Kinzhals are part of the 10 intercepted: never 4 destroyed as if of all 12
    String text = "Russia launched 12 missiles, 10 of which, including 4 Kinzhals, were"
        + " intercepted.";
    assertTrue(Read.figures(text).stream().noneMatch(f -> f.contains("destroyed")),
        Read.figures(text).toString());
    // nor the exception: what was not shot down
    for (String t : List.of("Russia launched 50 drones. All drones, except 5, were shot down.",
        "Russia launched 80 drones and 3 missiles; all drones and missiles, except 2 missiles, were"
            + " shot down.")) {
      assertTrue(Read.figures(t).stream().noneMatch(f -> f.contains("destroyed")),
          Read.figures(t).toString());
      assertEquals(1, Read.text(t).notUnderstood().size(), t);
    }
  }

  @Test
  void bothAndIsNoPair() {
    // "both drones and missiles" was a total of 2 (launched 2, then destroyed 2)
    String text = "Russia launched both drones and missiles overnight: 40 drones and 5 missiles.";
    assertFigures(text, "drones launched 40", "missiles launched 5");
    assertNotUnderstood(text, "\"both ... and\"");
    text = "Russia launched 40 drones and 5 missiles, and both drones and missiles were shot down.";
    assertFigures(text, "drones launched 40", "missiles launched 5");
    assertNotUnderstood(text, "\"both ... and\"");
  }

  @Test
  void allOfAGroupBeforeANumberOfAnother() {
    // "all drones" before "and 3 missiles" was silently dropped
    assertFigures("Russia launched 40 drones and 5 Kalibr missiles overnight. All drones and 3"
            + " missiles were shot down.",
        "drones launched 40", "Kalibr launched 5", "drones destroyed 40", "Kalibr destroyed 3");
    assertFigures("Russia launched 40 drones and 5 Kalibr missiles overnight. All missiles and 30"
            + " drones were shot down.",
        "drones launched 40", "Kalibr launched 5", "Kalibr destroyed 5", "drones destroyed 30");
    assertFigures("Ворог атакував 50 ударними БпЛА та 4 ракетами Х-101. Усі БпЛА та 3 ракети"
            + " збито.",
        "drones launched 50", "Kh-101/Kh-555 launched 4", "drones destroyed 50",
        "Kh-101/Kh-555 destroyed 3");
    // with a comma before the verb: "2 missiles" was launched 2 (of the 3 launched)
    assertFigures("Russia attacked with 25 drones and 3 Kh-101 missiles. All drones, as well as 2"
            + " missiles, were shot down.",
        "drones launched 25", "Kh-101/Kh-555 launched 3", "drones destroyed 25",
        "Kh-101/Kh-555 destroyed 2");
    assertFigures("Russia launched 3 Iskander-M and 2 Kinzhal missiles overnight. All ballistic"
            + " missiles and both Kinzhals were shot down.",
        "Iskander-M launched 3", "Kh-47 Kinzhal launched 2", "Iskander-M destroyed 3",
        "Kh-47 Kinzhal destroyed 2", "Kh-47 Kinzhal launched 2");
    // an "all" that gave nothing is listed, never silent ("All of them, according to officials,
    // were shot down" is read now: PhrasingTest.English#whoSaidItAfterAllOfThemIsRead)
    assertNotUnderstood("Russia launched 30 drones. All drones and, officials said, 3 missiles"
        + " were shot down.", "\"all\" with no outcome word");
    // with no number of drones: listed, never silent
    String text = "Air defence shot down all drones and 3 of 5 missiles overnight.";
    assertFigures(text, "missiles destroyed 3", "missiles launched 5");
    assertNotUnderstood(text, "\"all\" of weapons");
  }

  @Test
  void aFamilyOfTypesIsTheOneTypeTheTextNames() {
    // "Iskanders" was no weapon at all: "all Iskanders" silently dropped, "3 Iskanders" a figure
    // for Iskander-M and drones together
    assertFigures("Russia launched 4 Iskander-M missiles and 50 drones. All Iskanders were shot"
            + " down, as were 40 drones.",
        "Iskander-M launched 4", "drones launched 50", "Iskander-M destroyed 4",
        "drones destroyed 40");
    assertFigures("Ворог атакував 4 ракетами Іскандер-М та 50 БпЛА. Збито 3 Іскандери та 40 БпЛА.",
        "Iskander-M launched 4", "drones launched 50", "Iskander-M destroyed 3",
        "drones destroyed 40");
    assertFigures("Russia launched 2 Iskander-M and 2 Iskander-K missiles. All Iskanders were shot"
            + " down.",
        "Iskander-M launched 2", "Iskander-K launched 2", "Iskander-M destroyed 2",
        "Iskander-K destroyed 2");
    // which type is not said: never a guess, the two as one combined line
    assertEquals(List.of("Iskander-M and Iskander-K 4/3/unknown/0/0/0"),
        Read.lines("Russia launched 2 Iskander-M and 2 Iskander-K missiles. 3 Iskanders were shot"
            + " down."));
    // with a missile noun and no type named: missiles, as before
    assertFigures("Russia fired 3 Iskander missiles at Kharkiv overnight.", "missiles launched 3");
    assertFigures("Russia launched 4 Iskanders and 50 drones.", "drones launched 50");
    assertNotUnderstood("Russia launched 4 Iskanders and 50 drones.", "no type");
  }

  @Test
  void allOfAGroupInAClauseThatNamesAPlace() {
    // it gave the 30 drones destroyed, as if all of them were shot down over the region
    String text = "Russia launched 30 drones. Air defence shot down all drones over Kyiv region.";
    assertFigures(text, "drones launched 30");
    assertNotUnderstood(text, "of a place");
  }

  @Test
  void theyWereAllAfterOneGroupIsAllOfIt() {
    // "They were all shot down" was not understood (an outcome word with no number), though
    // «Вони всі збиті» and "All of them were shot down" were all of the drones
    for (String text : List.of("Russia launched 40 drones. They were all shot down.",
        "Russia launched 40 drones, and they were all shot down.",
        "Russia launched 40 drones. They have all been destroyed.",
        "Russia launched 40 drones. They all were shot down.",
        "Ворог атакував 40 дронами. Вони всі збиті.",
        "Ворог атакував 40 дронами. Всі вони збиті.")) {
      assertFigures(text, "drones launched 40", "drones destroyed 40");
      assertTrue(Read.text(text).notUnderstood().isEmpty(), text);
    }
    // without "all", after two groups, or a sentence later: still listed, never a guess
    assertNotUnderstood("Russia launched 40 drones. They were shot down.", "were shot down");
    assertNotUnderstood("Ворог атакував 40 дронами. Вони збиті.", "збиті");
    assertNotUnderstood("Russia launched 40 drones and 3 missiles. They were all shot down.",
        "\"they ... all\"");
    assertNotUnderstood("Russia launched 40 drones. It also launched 3 missiles. They were all"
        + " shot down.", "\"they ... all\"");
    String later = "Russia launched 40 drones. Three buildings were hit. They were all destroyed.";
    assertFigures(later, "drones launched 40");
    assertTrue(Read.text(later).notUnderstood().stream()
        .anyMatch(n -> n.why().contains("\"they ... all\"")), later);
    // a count of something else between the group and "they": of none for sure (gave drones
    // destroyed 3, the buildings' number)
    for (String text : List.of(
        "Russia launched 40 drones. Three buildings were hit; they were all destroyed.",
        "Russia launched 40 drones. Three buildings were hit and they were all destroyed.")) {
      assertFigures(text, "drones launched 40");
      assertTrue(Read.text(text).notUnderstood().stream()
          .anyMatch(n -> n.why().contains("\"they ... all\"")), text);
    }
    // after a part of the group or an outcome of it: not all of it (gave destroyed 40 and hit
    // 10 of 40 launched)
    for (String text : List.of(
        "Russia launched 40 drones, 10 of which hit Kyiv. They were all shot down.",
        "Russia launched 40 drones, 10 of which hit Kyiv, and they were all shot down.",
        "Russia launched 40 drones. 10 hit Kyiv. They were all shot down.")) {
      assertTrue(Read.text(text).notUnderstood().stream()
          .anyMatch(n -> n.why().contains("\"they ... all\"")), text);
      assertTrue(Read.text(text).figures().stream()
          .noneMatch(f -> f.field() == Field.DESTROYED), text);
    }
  }

  @Test
  void allOfThemAfterACountOfSomethingElseIsOfNone() {
    // "all of them", «вони всі», «всі вони», "all of which", «усі знищено» after a count of
    // buildings, houses or people took the drones by reference (gave drones destroyed 3, the
    // buildings' number, or 40, all the drones): listed, as "they were all" is
    for (String text : List.of(
        "Russia launched 40 drones. Уражено 3 будівлі, вони всі знищені.",
        "Ворог атакував 40 дронами. Уражено 3 будівлі, вони всі знищені.",
        "Ворог атакував 40 дронами. Пошкоджено 3 будинки, всі вони знищені.",
        "Ворог атакував 40 дронами. Уражено 3 об'єкти, усі знищено.",
        "Ворог атакував 40 дронами. Уражено 3 будівлі. Всі вони знищені.",
        "Russia launched 40 drones. Three buildings were hit; all of them were destroyed.",
        "Russia launched 40 drones. Three buildings were hit. All of them were shot down.",
        "Russia launched 40 drones. Three buildings were hit, all of which were destroyed.",
        "Russia launched 40 drones. Three houses were hit; all were destroyed.",
        // a sentence between, even without a number: not right after the weapons' number
        "Russia launched 40 drones. The attack lasted all night. All of them were shot down.",
        "Ворог атакував 40 дронами. Атака тривала всю ніч. Всі вони знищені.")) {
      assertFigures(text, "drones launched 40");
      assertTrue(Read.text(text).notUnderstood().stream()
          .anyMatch(n -> n.why().contains(Referents.NOT_AFTER_WEAPONS)), text);
    }
    // right after the weapons' own number, in the sentence or the one before: all of them
    for (String text : List.of("Ворог атакував 40 дронами, вони всі знищені.",
        "Ворог атакував 40 дронами. Всі вони знищені.",
        "Russia launched 40 drones. All of them were shot down.",
        "Russia launched 40 drones, all of which were shot down.")) {
      assertFigures(text, "drones launched 40", "drones destroyed 40");
      assertTrue(Read.text(text).notUnderstood().isEmpty(), text);
    }
    assertFigures("Russia launched 3 Kh-59 and 2 Kh-22 missiles. Three people were injured. All of"
        + " them were shot down.", "Kh-59 launched 3", "Kh-22 launched 2", "people injured 3");
  }

  @Test
  void aShareAfterADash() {
    // «зокрема близько 60 - Shahed» was a part with no weapon, «з них ... - Shahed» no weapon word
    assertFigures("Ворог атакував 90 ударними БпЛА, зокрема близько 60 - Shahed.",
        "drones launched 90", "shahed launched between 54 and 66");
    assertFigures("Ворог атакував 120 ударними БпЛА, з них близько 80 - Shahed. Збито 100.",
        "drones launched 120", "shahed launched between 72 and 88", "drones destroyed 100");
    assertTrue(Read.text("Ворог атакував 90 ударними БпЛА, зокрема близько 60 - Shahed.")
        .notUnderstood().isEmpty());
  }

  @Test
  void anOutcomeDeniedWithWordsBetweenIsNoFigure() {
    // each was launched 5 (or 4 destroyed): the negation was not right before a known verb
    for (String text : List.of(
        "Air defence could not stop 5 missiles.",
        "Air defence forces could not, unfortunately, shoot down 5 missiles.",
        "Unfortunately, it was not possible to shoot down 5 missiles.",
        "На жаль, не вдалося своєчасно знешкодити 5 ракет.",
        "Сили ППО не змогли вчасно збити 4 ракети Х-101.",
        "Air defence could not stop all 5 missiles.")) {
      assertFigures(text);
      assertNotUnderstood(text, "not");
    }
    // after a launched figure it was a conflicting launched 5, set aside
    String text = "Russia launched 10 missiles. Air defence could not stop 5 missiles and 2 drones.";
    assertFigures(text, "missiles launched 10");
    assertTrue(Read.text(text).setAside().isEmpty(), Read.text(text).setAside().toString());
    assertNotUnderstood(text, "negation");
    // a negation of something else is no denial: no verb of stopping right before the number
    assertFigures("Хоча не всі цілі вдалося ідентифікувати, 40 ударних БпЛА та 3 ракети.",
        "drones launched 40", "missiles launched 3");
    // a negation of something else before a verb of its own is no denial
    assertFigures("Russia did not use ballistic missiles, but launched 5 Kalibr missiles.",
        "Kalibr launched 5");
  }

  @Test
  void weaponsThatWereHitAreNoFigureAndListed() {
    // weapons hit by something (air defence, mobile fire groups) are not weapons that hit a target
    // (hit, DOMAIN.md): they were launched 3 against 40 shot down, a wrong figure, and not listed
    for (String text : List.of(
        "40 drones were shot down; 3 drones were hit.",
        "40 drones were shot down. 3 drones were struck.",
        "Збито 40 дронів. Уражено 3 дрони.",
        "Збито 40 дронів, 3 дрони уражено.")) {
      assertFigures(text, "drones destroyed 40");
      assertNotUnderstood(text, "weapons hit by something");
    }
    for (String text : List.of("Уражено 3 дрони.", "3 drones were hit.",
        "3 дрони були уражені.", "Уражено 3 дрони та 2 ракети.",
        "3 drones and 2 missiles were hit.")) {
      assertFigures(text);
      assertNotUnderstood(text, "weapons hit by something");
    }
    // «уражено» as a heading, with a colon or a dash, is the same passive: it gave drones hit 3
    for (String text : List.of("Уражено: 3 дрони.", "Уражено – 3 дрони.", "Уражені: 3 дрони.",
        "Уражено: 3 дрони та 2 ракети.", "Збито 40 дронів. Уражено: 3 дрони.",
        "Збито: 40 дронів, уражено: 3 дрони.", "Збито – 40 дронів, уражено – 3 дрони.")) {
      Extraction x = Read.text(text);
      assertTrue(x.figures().stream().noneMatch(f -> f.provenance().start()
          >= text.indexOf("раж")), text + " -> " + Read.figures(x));
      assertTrue(x.setAside().isEmpty(), text + " -> " + x.setAside());
      assertNotUnderstood(text, "weapons hit by something");
    }
    // the English heading "Hit:" (beside "Shot down:", the translation of «Влучання:») and a
    // heading that names the targets («Уражено цілі:») stay the hit outcome
    assertFigures("Hit: 3 drones.", "drones hit 3");
    assertFigures("Уражено цілі: 3 дрони.", "drones hit 3");
    // weapons that hit, by the existing rule, stay the hit outcome
    assertFigures("40 drones were shot down; 3 drones hit targets.", "drones destroyed 40",
        "drones hit 3");
    assertFigures("Збито 40 дронів. 3 дрони влучили в ціль.", "drones destroyed 40",
        "drones hit 3");
  }

  @Test
  void weaponsWithAVerbOfTheirOwnThatIsNoLaunchAreNoFigureAndListed() {
    // a verb the word list of their end did not hold: launched 3, set aside as a conflict with
    // the 40 launched (or launched 3 alone); now any verb that is no verb of a launch
    for (String text : List.of("Russia launched 40 drones. 3 drones plunged into a field.",
        "Russia launched 40 drones. 3 drones smashed into a house.",
        "Russia launched 40 drones. 3 drones went down near Lviv.",
        "Russia launched 40 drones. 3 Shahed drones were found in a field.",
        "Ворог запустив 40 дронів. 3 дрони розбилися.",
        "Ворог запустив 40 дронів. 3 дрони згоріли в полі.",
        "Ворог запустив 40 дронів. 3 дрони розбито.")) {
      Extraction x = Read.text(text);
      assertEquals(1, x.figures().size(), text + " -> " + Read.figures(x));
      assertEquals(Field.LAUNCHED, x.figures().get(0).field(), text);
      assertEquals(40, x.figures().get(0).count().lower(), text);
      assertTrue(x.setAside().isEmpty(), text + " -> " + x.setAside());
      assertNotUnderstood(text, "a verb of their own");
    }
    String two = "Russia launched 40 drones and 5 missiles. 2 missiles disintegrated in the air.";
    assertFigures(two, "drones launched 40", "missiles launched 5");
    assertNotUnderstood(two, "a verb of their own");
    for (String text : List.of("3 drones plunged into a field.", "Три дрони розбилися.")) {
      assertFigures(text);
      assertNotUnderstood(text, "a verb of their own");
    }
    // a verb of a launch, a sighting or a description keeps them launched, as a word that is no
    // verb does
    assertFigures("50 drones targeted Kyiv overnight.", "drones launched 50");
    assertFigures("Overnight, 60 drones attacked.", "drones launched 60");
    assertFigures("60 drones were spotted over Kyiv.", "drones launched 60");
    assertFigures("40 дронів летіли на Київ.", "drones launched 40");
    assertFigures("Вночі 40 дронів запущено з Курська.", "drones launched 40");
    assertFigures("40 drones equipped with cameras.", "drones launched 40");
    assertFigures("Russia sent 40 drones overnight.", "drones launched 40");
    assertFigures("Overnight 40 drones pounded Kyiv.", "drones launched 40");
    assertFigures("4 S-300 missiles repurposed for ground attack.", "S-300 launched 4");
    assertFigures("Вночі 40 дронів стартували з Курська.", "drones launched 40");
  }

  @Test
  void debrisOfWeaponsIsNoLaunchAndNoConflict() {
    // "debris of 3 drones" was a whole launched ("Of 42 targets, ..."): set aside as a conflict
    // with the 40 launched, dropping nothing but saying the text contradicts itself; "debris of
    // three downed drones" gave debris places 3
    for (String text : List.of("Russia launched 40 drones. Debris of 3 drones fell on Kyiv.",
        "Russia launched 40 drones. Debris from the 3 drones fell in Kyiv.",
        "Russia launched 40 drones. Debris of three downed drones damaged houses.",
        "Ворог запустив 40 дронів. Уламки 3 дронів впали на Київ.",
        "Ворог запустив 40 дронів. Падіння уламків 3 дронів у Київській області.")) {
      Extraction x = Read.text(text);
      assertEquals(List.of("drones launched 40"), Read.figures(x), text);
      assertTrue(x.setAside().isEmpty(), text + " -> " + x.setAside());
      assertNotUnderstood(text, "debris of weapons");
    }
    assertFigures("Debris of 3 drones fell on Kyiv.");
    assertNotUnderstood("Debris of 3 drones fell on Kyiv.", "debris of weapons");
    // places of debris stay places, and a whole after "of" stays launched
    assertFigures("Russia launched 40 drones. Debris fell at 3 locations.", "drones launched 40",
        "total debris locations 3");
    assertFigures("Of 42 drones, 29 were destroyed.", "drones launched 42",
        "drones destroyed 29");
  }

  @Test
  void aNumberOfThemThatWereHitHasTheReasonOfWeaponsThatWereHit() {
    // "3 of them were hit" was listed as "no weapon, casualty or place word", and "all of them
    // were hit" not at all; the reason of "3 drones were hit" now, no figure either way
    for (String text : List.of("Russia launched 40 drones. 3 of them were hit.",
        "Russia launched 40 drones, 3 of which were hit.",
        "Russia launched 40 drones. 3 of them were struck by mobile fire groups.",
        "Russia launched 40 drones. All of them were hit.",
        "Росія запустила 40 ударних БпЛА, 3 з них уражено.")) {
      assertFigures(text, "drones launched 40");
      assertNotUnderstood(text, HitVerbs.STRUCK_WHY);
    }
    // with a verb of their own, the reason of "3 drones fell"
    assertFigures("Russia launched 40 drones. 3 of them fell.", "drones launched 40");
    assertNotUnderstood("Russia launched 40 drones. 3 of them fell.", HitVerbs.FATE_WHY);
    // "them" that are no weapons keep the reason of a number with no weapon word
    String buildings = "Three buildings were damaged; 2 of them were hit.";
    assertFigures(buildings);
    assertTrue(!Read.text(buildings).notUnderstood().get(0).why().contains(HitVerbs.STRUCK_WHY),
        Read.text(buildings).notUnderstood().toString());
    // weapons of them that hit stay the hit outcome
    assertFigures("Russia launched 40 drones. 3 of them hit Kyiv.", "drones launched 40",
        "drones hit 3 @Kyiv");
  }

  @Test
  void allOfThemWithNoOfThatWereHitAreListedAsWeaponsThatWereHit() {
    // "They were all hit." gave no figure and was not listed (the passive of "hit" is no outcome
    // cue, so "all" was never read): the reason of "all of them were hit" now
    for (String text : List.of("Russia launched 40 drones. They were all hit.",
        "Russia launched 40 drones. They all were hit.",
        "Russia launched 40 drones. All were hit.",
        "Russia launched 40 drones. All were struck.",
        "Russia launched 40 drones. They were all hit by mobile fire groups.",
        "Росія запустила 40 ударних БпЛА. Усі уражено.",
        "Росія запустила 40 ударних БпЛА. Усі вони уражені.",
        "Росія запустила 40 ударних БпЛА. Вони всі уражені.")) {
      assertFigures(text, "drones launched 40");
      assertNotUnderstood(text, HitVerbs.STRUCK_WHY);
    }
    // "all" of no weapons is listed too, with no reason of weapons
    for (String text : List.of("Three buildings were damaged. They were all hit.",
        "Three buildings were damaged. All of them were hit.")) {
      Extraction x = Read.text(text);
      assertEquals(2, x.notUnderstood().size(), text + " -> " + x.notUnderstood());
      assertTrue(!x.notUnderstood().get(1).why().contains(HitVerbs.STRUCK_WHY),
          x.notUnderstood().toString());
    }
    // outcomes and weapons that hit stay as they were
    assertFigures("Russia launched 40 drones. They were all shot down.", "drones launched 40",
        "drones destroyed 40");
    assertFigures("Russia launched 40 drones. 3 of them hit Kyiv.", "drones launched 40",
        "drones hit 3 @Kyiv");
  }

  @Test
  void aNumberWithoutANounThatWasHitAfterWeaponsIsReadAsANumberOfThem() {
    // "3 were hit" after weapons was listed as "no weapon, casualty or place word": it is read as
    // "3 of them were hit" now, with the reason of weapons hit by something, no figure
    for (String text : List.of("Russia launched 40 drones. 3 were hit.",
        "Russia launched 40 drones, 3 were hit.",
        "Russia launched 40 drones. 3 were hit by mobile fire groups.",
        "Russia launched 3 Kh-101 and 2 Kalibr missiles. 4 were hit.",
        "Росія запустила 40 ударних БпЛА. 3 уражено.")) {
      Extraction x = Read.text(text);
      assertTrue(Read.figures(x).stream().noneMatch(f -> f.contains(" hit ")), text);
      assertNotUnderstood(text, HitVerbs.STRUCK_WHY);
    }
    // where "3 of them" would count no weapons, or nothing, the old reason stays
    for (String text : List.of("Three buildings were damaged. 3 were hit.", "3 were hit.",
        "Two people were killed. 3 were hit.",
        "Russia launched 40 drones and 3 missiles. 3 were hit.")) {
      List<NotUnderstood> listed = Read.text(text).notUnderstood();
      assertTrue(listed.get(listed.size() - 1).why().contains("3: no weapon, casualty or place"
          + " word"), text + " -> " + listed);
    }
    // numbers without a noun that hit or were shot down stay as they were
    assertFigures("Russia launched 40 drones. 3 hit Kyiv.", "drones launched 40",
        "drones hit 3 @Kyiv");
    assertFigures("Russia launched 40 drones. 30 were shot down.", "drones launched 40",
        "drones destroyed 30");
  }

  @Test
  void debrisOfWeaponsWithNoNumberKeepsItsPlaces() {
    // "Debris of downed drones fell at 3 locations" listed the 3 locations as places with no hit
    // or debris word: the words of whose debris it was hid the debris cue; debris places 3 now,
    // as for "Debris fell at 3 locations"
    assertFigures("Russia launched 40 drones. Debris of downed drones fell at 3 locations.",
        "drones launched 40", "total debris locations 3");
    assertFigures("Debris of the downed Shahed drones fell at 3 locations.",
        "total debris locations 3");
    assertFigures("Debris from a downed missile fell at 2 locations.", "total debris locations 2");
    assertFigures("Russia launched 40 drones. Debris of drones fell at 3 locations.",
        "drones launched 40", "total debris locations 3");
    // debris of a number of weapons stays no places
    assertFigures("Russia launched 40 drones. Debris of 3 drones fell on Kyiv.",
        "drones launched 40");
    assertFigures("Russia launched 40 drones. Debris of three downed drones damaged houses.",
        "drones launched 40");
  }
}
