package org.conflictstats.text;

import static org.conflictstats.text.Read.assertFigures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The phrasings the package documentation lists, each in a sentence of our own, English and
 * Ukrainian: what figure each gives, with its count.
 */
final class PhrasingTest {

  @Nested
  class English {

    @Test
    void launchedThenOutcomesOfTheSameDrones() {
      assertFigures("Russia launched 120 drones overnight; 85 were shot down and 30 were lost"
              + " locationally, the air force said.",
          "drones launched 120", "drones destroyed 85", "drones suppressed 30");
    }

    @Test
    void partOfAWhole() {
      assertFigures("Ukraine's air defences downed 47 of 81 drones.",
          "drones destroyed 47", "drones launched 81");
      assertFigures("Of the 145 drones launched, 64 were shot down and another 68 were jammed.",
          "drones launched 145", "drones destroyed 64", "drones suppressed 68");
      assertFigures("Air defences neutralised 386 of the 415 drones.",
          "drones neutralised 386", "drones launched 415");
    }

    @Test
    void shotDownOrLostLocationallyIsOneFigure() {
      // was destroyed: the "lost locationally" after "or" was dropped
      assertFigures("Russia launched 60 drones, all of which were shot down or lost locationally.",
          "drones launched 60", "drones neutralised 60");
      assertFigures("Russia launched 60 drones. 50 were downed or locationally lost.",
          "drones launched 60", "drones neutralised 50");
      assertTrue(Read.text("Russia launched 60 drones. 50 were shot down or lost locationally.")
          .notUnderstood().isEmpty());
    }

    @Test
    void stillAirborneAndLeftTheAirspace() {
      assertFigures("Russia attacked with 50 drones. Seven drones were still in the air when the"
              + " report was published, and two flew back toward Russia. Eight more crossed into"
              + " Polish airspace.",
          "drones launched 50", "drones still airborne 7", "drones left airspace 2 @Russia",
          "drones left airspace 8 @Poland");
    }

    @Test
    void typesCategoriesAndAllOfThem() {
      assertFigures("Russia fired 12 Iskander-M ballistic missiles and 30 Kh-101 cruise missiles;"
              + " 10 of the ballistic missiles and all the cruise missiles were destroyed.",
          "Iskander-M launched 12", "Kh-101/Kh-555 launched 30", "Iskander-M destroyed 10",
          "Kh-101/Kh-555 destroyed 30");
      assertFigures("Russia launched three Kalibr missiles and one Kh-59/69. The Kalibr missiles"
              + " were intercepted.",
          "Kalibr launched 3", "Kh-59/Kh-69 launched 1", "Kalibr destroyed 3");
    }

    @Test
    void qualifiedNumbers() {
      assertFigures("Russia launched at least 70 missiles and 145 drones.",
          "missiles launched at least 70", "drones launched 145");
      assertFigures("More than 800 drones were launched.", "drones launched at least 801");
      assertFigures("Russia used about 500 drones.", "drones launched between 450 and 550");
      assertFigures("Russia fired nearly 100 drones.", "drones launched between 90 and 100");
      assertFigures("Russia fired up to 10 missiles.", "missiles launched at most 10");
      assertFigures("Russia sent over 1,200 drones.", "drones launched at least 1201");
    }

    @Test
    void rangesAreBetweenTheirTwoNumbers() {
      // each was an exact 50, the 40 not understood (or, as one word, no figure at all)
      assertFigures("Russia launched 40 to 50 Shahed drones overnight.",
          "shahed launched between 40 and 50");
      assertFigures("Russia launched 40-50 Shahed drones overnight.",
          "shahed launched between 40 and 50");
      assertFigures("Russia sent 40\u201350 drones and three missiles.",
          "drones launched between 40 and 50", "missiles launched 3");
      assertFigures("Russia sent three missiles and 40 - 50 drones.",
          "missiles launched 3", "drones launched between 40 and 50");
      assertFigures("Russia fired between six and eight missiles.",
          "missiles launched between 6 and 8");
      assertFigures("Russia used about 40 to 50 drones.", "drones launched between 36 and 55");
      assertFigures("Russia launched 60 drones; 20-25 were shot down.",
          "drones launched 60", "drones destroyed between 20 and 25");
    }

    @Test
    void datesAndYearsWithADashAreNotRanges() {
      assertFigures("Strikes on 9-10 March injured 4 people.", "people injured 4");
      // a month before the days: it gave drones launched between 16 and 17
      assertFigures("During the night of April 16-17 Russian drones attacked Kyiv; 30 were shot"
          + " down.");
      assertTrue(Read.text("During the night of April 16-17 Russian drones attacked Kyiv.")
          .notUnderstood().get(0).why().contains("16-17: a date"));
      assertFigures("During the night of April 16 to 17 Russian drones attacked Kyiv.");
      assertFigures("During the night of April 16–17 Russian drones attacked Kyiv.");
      assertFigures("On the night of April 16-17, Russia launched 40 drones.",
          "drones launched 40");
      assertTrue(Read.text("On the night of April 16-17, Russia launched 40 drones.")
          .notUnderstood().isEmpty());
      assertFigures("In 2024-2025 Russia changed its tactics.");
      assertTrue(Read.text("In 2024-2025 Russia changed its tactics.").notUnderstood().get(0)
          .why().contains("2024-2025: a number-like word"));
    }

    @Test
    void allAfterAListIsEveryGroupOfTheList() {
      // "all of them" was the list's last group only (Kh-22 destroyed 2, Kh-59 nothing)
      assertFigures("Overnight, Russia launched 3 Kh-59 and 2 Kh-22 missiles, all of them were"
              + " shot down.",
          "Kh-59 launched 3", "Kh-22 launched 2", "Kh-59 destroyed 3", "Kh-22 destroyed 2");
      assertFigures("Russia fired four Kalibr and two Iskander-M missiles. All of them were"
              + " intercepted.",
          "Kalibr launched 4", "Iskander-M launched 2", "Kalibr destroyed 4",
          "Iskander-M destroyed 2");
      assertFigures("Russia launched 12 drones and one Kh-59 missile, all were destroyed.",
          "drones launched 12", "Kh-59 launched 1", "drones destroyed 12", "Kh-59 destroyed 1");
      // a list with a whole: "them" is the whole, as before
      assertFigures("Russia launched 30 missiles: 20 Kh-101 and 10 Kalibr. All of them were shot"
              + " down.",
          "missiles launched 30", "Kh-101/Kh-555 launched 20", "Kalibr launched 10",
          "missiles destroyed 30");
    }

    @Test
    void noneOfWhichHitIsHitZero() {
      // "none of which hit" gave no figure and listed nothing, though "none of which hit their
      // targets" is hit 0 and "none of which were shot down" destroyed 0
      assertFigures("Russia launched 5 missiles, none of which hit.",
          "missiles launched 5", "missiles hit 0");
      assertFigures("Russia launched 5 missiles, none of which hit their targets.",
          "missiles launched 5", "missiles hit 0");
      assertFigures("Russia launched 5 missiles. None of them hit.",
          "missiles launched 5", "missiles hit 0");
      assertFigures("Russia launched 5 missiles and 40 drones, none of which hit.",
          "missiles launched 5", "drones launched 40", "missiles hit 0", "drones hit 0");
      assertTrue(Read.text("Russia launched 5 missiles, none of which hit.").notUnderstood()
          .isEmpty());
      // of a place, the passive: no zero of the attack's, listed, never dropped ("have hit Kyiv"
      // was dropped: "have" was no auxiliary before a hit verb)
      for (String text : List.of("Russia launched 5 missiles, none of which hit Kyiv.",
          "Russia launched 5 missiles, none of which were hit.",
          "Russia launched 5 missiles, none of which have hit Kyiv.")) {
        assertFigures(text, "missiles launched 5");
        assertEquals(1, Read.text(text).notUnderstood().size(), text);
      }
    }

    @Test
    void ofWhichAfterAListIsOfThem() {
      // "all of which" and "none of which" were the list's last group only (Kalibr destroyed 2,
      // Kh-101 nothing), or nothing
      assertFigures("Russia launched 3 Kh-101 and 2 Kalibr missiles, all of which were shot down.",
          "Kh-101/Kh-555 launched 3", "Kalibr launched 2", "Kh-101/Kh-555 destroyed 3",
          "Kalibr destroyed 2");
      assertFigures("Russia launched 3 Kh-101 and 2 Kalibr missiles. All of which were shot down.",
          "Kh-101/Kh-555 launched 3", "Kalibr launched 2", "Kh-101/Kh-555 destroyed 3",
          "Kalibr destroyed 2");
      assertFigures("Russia launched 5 missiles and 75 drones, all of which were shot down.",
          "missiles launched 5", "drones launched 75", "missiles destroyed 5",
          "drones destroyed 75");
      assertFigures("Russia launched 5 missiles and 75 drones, none of which were shot down.",
          "missiles launched 5", "drones launched 75", "missiles destroyed 0",
          "drones destroyed 0");
      // "20 Kh-101 and 10 Kalibr, 25 of which": the listed types as one (it gave Kalibr 25 of 10)
      assertFigures("Russia launched 30 missiles: 20 Kh-101 and 10 Kalibr, 25 of which were shot"
              + " down.",
          "missiles launched 30", "Kh-101/Kh-555 launched 20", "Kalibr launched 10",
          "cruise missiles (Kh-101/Kh-555, Kalibr) destroyed 25");
      // of one group, as before; "of which" is the words just before it, not the whole they are
      // part of
      assertFigures("Russia launched 81 drones, of which 59 were downed.",
          "drones launched 81", "drones destroyed 59");
      assertFigures("Russia launched 81 drones, all of which were destroyed.",
          "drones launched 81", "drones destroyed 81");
      assertFigures("Russia used 99 missiles, including 70 Kh-101 cruise missiles, of which 59"
              + " were downed, and three Kalibrs.",
          "missiles launched 99", "Kh-101/Kh-555 launched 70", "Kh-101/Kh-555 destroyed 59",
          "Kalibr launched 3");
    }

    @Test
    void aNumberWithoutANounAfterAListIsOfThem() {
      // it went to the list's last group (Kalibr destroyed 4 of 2 launched)
      assertFigures("Russia launched 3 Kh-101 and 2 Kalibr missiles. 4 were shot down.",
          "Kh-101/Kh-555 launched 3", "Kalibr launched 2",
          "cruise missiles (Kh-101/Kh-555, Kalibr) destroyed 4");
      assertFigures("Russia launched 3 Kh-101 and 2 Kalibr missiles; 4 were shot down.",
          "Kh-101/Kh-555 launched 3", "Kalibr launched 2",
          "cruise missiles (Kh-101/Kh-555, Kalibr) destroyed 4");
      // drones and missiles, drones and decoys: no figure, as "80 of them" (it gave missiles
      // destroyed 80 of 5, decoys destroyed 80 of 40)
      assertFigures("Russia launched 100 drones and 5 missiles. 80 were shot down.",
          "drones launched 100", "missiles launched 5");
      assertFigures("Russia launched 100 drones and 5 missiles; 80 were shot down.",
          "drones launched 100", "missiles launched 5");
      assertFigures("Russia launched 100 drones and 5 missiles, and 80 were shot down and 10"
              + " failed to reach their targets.",
          "drones launched 100", "missiles launched 5");
      assertFigures("Russia launched 100 drones and 40 decoys. 80 were shot down.",
          "drones launched 100", "decoys launched 40");
      // after one group, a part of a whole, a share, a group named again: as before
      assertFigures("Russia launched 100 drones. 80 were shot down.",
          "drones launched 100", "drones destroyed 80");
      assertFigures("Russia launched 100 drones, including 40 decoys; 80 were shot down.",
          "drones launched 100", "decoys launched 40", "drones destroyed 80");
      assertFigures("A total of 112 aerial targets were shot down: 48 missiles and 64 drones. 10"
              + " more were suppressed.",
          "total destroyed 112", "missiles destroyed 48", "drones destroyed 64",
          "total suppressed 10");
      assertFigures("Russia launched 100 drones and 5 missiles. Air defence shot down 70 drones,"
              + " and another 20 failed to reach their targets.",
          "drones launched 100", "missiles launched 5", "drones destroyed 70",
          "drones suppressed 20");
    }

    @Test
    void anItemAfterThePartsOfAnotherIsBesideIt() {
      // the missiles after the drones' parts were taken for a part of the drones: the number
      // after them went to the drones (drones destroyed 4, the Iskander-M nothing)
      assertFigures("Russia launched 100 drones, including 40 decoys, and 5 Iskander-M missiles."
              + " 4 were shot down.",
          "drones launched 100", "decoys launched 40", "Iskander-M launched 5");
      assertFigures("Russia launched 100 drones, including 40 decoys, and 5 Iskander-M missiles."
              + " 4 of them were shot down.",
          "drones launched 100", "decoys launched 40", "Iskander-M launched 5");
      assertFigures("Russia launched 115 cruise missiles, including 28 Kalibr, and 40 drones. 30"
              + " were shot down.",
          "cruise missiles launched 115", "Kalibr launched 28", "drones launched 40");
      // all of them: the drones and the missiles, each its own number (the decoys' 40 was
      // destroyed, or the drones' 100 alone)
      assertFigures("Russia launched 100 drones, including 40 decoys, and 5 Iskander-M missiles,"
              + " all of which were shot down.",
          "drones launched 100", "decoys launched 40", "Iskander-M launched 5",
          "drones destroyed 100", "Iskander-M destroyed 5");
      assertFigures("Russia launched 100 drones, including 40 decoys, and 5 Iskander-M missiles."
              + " All of them were shot down.",
          "drones launched 100", "decoys launched 40", "Iskander-M launched 5",
          "drones destroyed 100", "Iskander-M destroyed 5");
      // a part of its own family is still a part: the number after it counts the whole
      assertFigures("Russia launched 100 drones, including 40 decoys. 80 were shot down.",
          "drones launched 100", "decoys launched 40", "drones destroyed 80");
    }

    @Test
    void bothIsTheItemOfTwo() {
      // "both" after a list was "all of them" of drones and missiles together: no figure at all
      // ("both" also says that two were launched, the second "Kh-59 launched 2")
      assertFigures("Russia launched 80 drones and 2 Kh-59 missiles, both of which were shot"
              + " down.",
          "drones launched 80", "Kh-59 launched 2", "Kh-59 destroyed 2", "Kh-59 launched 2");
      assertFigures("Russia launched 80 drones and 2 Kh-59 missiles. Both of them were shot down.",
          "drones launched 80", "Kh-59 launched 2", "Kh-59 destroyed 2", "Kh-59 launched 2");
      assertFigures("Russia launched 2 Kh-59 missiles, both of which were shot down.",
          "Kh-59 launched 2", "Kh-59 destroyed 2", "Kh-59 launched 2");
      // two items of two: the nearest, the words just before it (it was the first)
      assertFigures("Russia launched 2 Kh-59 and 2 Kh-31P missiles, both of which were shot down.",
          "Kh-59 launched 2", "Kh-31P launched 2", "Kh-31P destroyed 2", "Kh-31P launched 2");
    }

    @Test
    void aListOfOneGroupNamedTwiceIsThatGroup() {
      // "a figure for drones and drones together" was listed as not understood: the hit was lost
      assertFigures("Russia launched 40 drones. Air defences shot down 35, 3 of them in Kyiv. 5"
              + " hit targets.",
          "drones launched 40", "drones destroyed 35", "drones hit 5");
    }

    @Test
    void aShareOfThemAfterAListIsOfTheGroupThatHoldsIt() {
      // the number after it went to the list's last group (missiles destroyed 80 of 5)
      assertFigures("Russia launched 100 drones and 5 missiles, about 60 of them Shaheds; 80 were"
              + " shot down.",
          "drones launched 100", "missiles launched 5", "shahed launched between 54 and 66",
          "drones destroyed 80");
      assertFigures("Russia launched 100 drones and 5 missiles, about 60 of them Shaheds. 80 were"
              + " shot down.",
          "drones launched 100", "missiles launched 5", "shahed launched between 54 and 66",
          "drones destroyed 80");
    }

    @Test
    void allAloneIsAllOfThem() {
      // "all were shot down" gave no figure
      assertFigures("Russia launched 20 Shahed drones overnight; all were shot down.",
          "shahed launched 20", "shahed destroyed 20");
      assertFigures("Russia launched 20 Shahed drones overnight; all of them were shot down.",
          "shahed launched 20", "shahed destroyed 20");
      assertFigures("Russia launched 20 Shahed drones overnight. All were destroyed.",
          "shahed launched 20", "shahed destroyed 20");
      assertFigures("Russia launched at least 20 drones; all were shot down.",
          "drones launched at least 20", "drones destroyed at least 20");
      // "all" that is not the subject of an outcome is no figure
      assertFigures("Russia launched 20 drones. All launched drones came from Kursk.",
          "drones launched 20");
      // "all ... except / but" is not all of them (it gave every group destroyed)
      assertFigures("Russia launched 3 Kh-59 and 2 Kh-22 missiles. All were shot down but one.",
          "Kh-59 launched 3", "Kh-22 launched 2");
      assertTrue(Read.figures("Russia launched 3 Kh-59 and 2 Kh-22 missiles. All were shot down"
          + " except two Kh-22.").stream().noneMatch(f -> f.contains("destroyed")));
      assertFigures("Russia launched 20 drones; all of them were destroyed apart from three.",
          "drones launched 20");
      assertFigures("Russia launched 4 Kalibr missiles. All the missiles were intercepted except"
          + " one.", "Kalibr launched 4");
      // "all but three": three were not shot down (it gave destroyed 3)
      assertFigures("Russia launched 10 drones. All but three were shot down.",
          "drones launched 10");
      assertFigures("Russia launched 10 drones. All except two were shot down.",
          "drones launched 10");
      // beside a figure of its sentence, the exception is listed all the same
      assertTrue(Read.text("All but one of the 14 missiles Russia launched overnight were shot"
          + " down.").notUnderstood().get(0).why().contains("one: the exception to \"all\""));
      // "all" in a clause that names a place is that place's (it gave destroyed 90 beside
      // suppressed 12)
      assertFigures("Russia launched 90 drones overnight. All were shot down in the Kyiv,"
              + " Zhytomyr and Chernihiv regions, while 12 were lost locationally in the south.",
          "drones launched 90", "drones suppressed 12");
      assertFigures("Russia launched 90 drones overnight. In Kharkiv, all of them were shot down.",
          "drones launched 90");
      // and never dropped silently: listed as not understood, with the reason
      assertTrue(Read.text("Russia launched 50 drones overnight. All were shot down over the Kyiv"
          + " region.").notUnderstood().get(0).why()
          .contains("All: \"all\" of a place its clause names, not of the attack"));
      assertTrue(Read.text("Russia launched 3 Kh-59 and 2 Kh-22 missiles. All were shot down"
          + " except one Kh-22.").notUnderstood().get(0).why()
          .contains("All: \"all\" with an exception"));
    }

    @Test
    void noneAndNoAreZero() {
      // "None of the missiles were shot down" was not understood, "no missiles" no figure
      assertFigures("Russia launched 4 missiles and 20 drones. None of the missiles were shot"
              + " down.",
          "missiles launched 4", "drones launched 20", "missiles destroyed 0");
      assertFigures("Russia launched 4 missiles and 20 drones. No missiles were shot down.",
          "missiles launched 4", "drones launched 20", "missiles destroyed 0");
      assertFigures("Russia launched 4 missiles; none were shot down.",
          "missiles launched 4", "missiles destroyed 0");
      assertFigures("Russia launched 4 missiles and 20 drones; none of them were shot down.",
          "missiles launched 4", "drones launched 20", "missiles destroyed 0",
          "drones destroyed 0");
      // "none" alone after a list is none of them, every group (it gave the last group only)
      assertFigures("Russia launched 3 Kh-59 and 2 Kh-22 missiles; none were shot down.",
          "Kh-59 launched 3", "Kh-22 launched 2", "Kh-59 destroyed 0", "Kh-22 destroyed 0");
      assertFigures("Russia launched 3 Kh-59 and 2 Kh-22 missiles. None were intercepted.",
          "Kh-59 launched 3", "Kh-22 launched 2", "Kh-59 destroyed 0", "Kh-22 destroyed 0");
      // a zero for a place is the place's, not the attack's (it gave drones destroyed 0 and set
      // the national 30 aside as a conflict)
      assertFigures("No drones were shot down over Kyiv. Nationwide, Russia launched 40 drones"
          + " and 30 were shot down.", "drones launched 40", "drones destroyed 30");
      assertFigures("In Kharkiv, none of the missiles were shot down. Russia launched 4 missiles;"
          + " 3 were shot down.", "missiles launched 4", "missiles destroyed 3");
      // a zero for several groups named together is each group's (it gave total destroyed 0)
      assertFigures("Russia launched 45 drones and 3 missiles. No drones or missiles were shot"
              + " down.",
          "drones launched 45", "missiles launched 3", "drones destroyed 0",
          "missiles destroyed 0");
      assertFigures("Russia launched 45 drones and 3 missiles. None of the drones or missiles"
              + " were shot down.",
          "drones launched 45", "missiles launched 3", "drones destroyed 0",
          "missiles destroyed 0");
      assertFigures("Russia launched 45 drones. No drones and missiles were shot down.",
          "drones launched 45", "drones destroyed 0");
      // "no" before anything but an outcome is not a count
      assertFigures("There were no missile attacks on Kyiv.");
      assertFigures("Russia launched 20 drones; no drones were launched from Crimea.",
          "drones launched 20");
    }

    @Test
    void numbersInWords() {
      assertFigures("Russia launched seventy-five drones and two hundred and twelve missiles.",
          "drones launched 75", "missiles launched 212");
      assertFigures("Russia fired a dozen missiles.", "missiles launched 12");
    }

    @Test
    void shahedsAndDecoys() {
      assertFigures("Russia sent 415 drones, about 250 of them Shaheds.",
          "drones launched 415", "shahed launched between 225 and 275");
      assertFigures("Russia attacked with 151 Shahed-type drones and decoys.",
          "drones launched 151");
      assertFigures("Russia attacked with 96 Shahed drones. 66 drones were shot down.",
          "shahed launched 96", "shahed destroyed 66");
      assertFigures("Russia launched 300 drones. Roughly 180 of the drones were Shaheds and about"
              + " 120 were decoys.",
          "drones launched 300", "shahed launched between 162 and 198",
          "decoys launched between 108 and 132");
      // the part after "including" is not what the next outcome counts (decoys destroyed 80)
      assertFigures("Russia launched 100 drones, including 40 decoys. 80 were shot down.",
          "drones launched 100", "decoys launched 40", "drones destroyed 80");
      assertFigures("Russia launched 100 drones, including 40-45 decoys. 85 were shot down and"
              + " 10 were lost locationally.",
          "drones launched 100", "decoys launched between 40 and 45", "drones destroyed 85",
          "drones suppressed 10");
      assertFigures("Russia launched 100 drones, including 60 Shaheds. 80 were shot down.",
          "drones launched 100", "shahed launched 60", "drones destroyed 80");
      assertFigures("Russia launched 115 cruise missiles, including 28 Kalibr. 99 were shot down.",
          "cruise missiles launched 115", "Kalibr launched 28", "cruise missiles destroyed 99");
      // a part named again is the part
      assertFigures("Russia launched 100 drones, including 40 decoys. 30 decoys were lost"
              + " locationally.",
          "drones launched 100", "decoys launched 40", "decoys suppressed 30");
    }

    @Test
    void placesHitAndDebris() {
      assertFigures("Russia launched 40 drones. Hits were recorded at 13 locations, and debris"
              + " fell at 19.",
          "drones launched 40", "total hit locations 13", "total debris locations 19");
      assertFigures("Russia launched 40 drones. Drone hits were recorded at three locations.",
          "drones launched 40", "drones hit locations 3");
      assertFigures("Russia launched 40 drones. Debris hit 3 houses in Kyiv.",
          "drones launched 40", "total debris locations 3");
    }

    @Test
    void theSingleMissile() {
      assertFigures("Russia launched one Kh-59 guided missile and 20 drones; the missile was"
              + " destroyed.",
          "Kh-59 launched 1", "drones launched 20", "Kh-59 destroyed 1");
    }

    @Test
    void casualties() {
      assertFigures("A drone strike killed one person and injured at least five.",
          "people killed 1", "people injured at least 5");
      assertFigures("No casualties were reported.", "people killed 0", "people injured 0");
      assertFigures("No one was killed, but three people were injured.",
          "people killed 0", "people injured 3");
      assertFigures("Two people were wounded by falling debris in Odesa.",
          "people injured 2 @Odesa");
      assertFigures("The death toll from the strike on Sumy has risen to 11.",
          "people killed 11 @Sumy");
      // a change: the figure is the new one, the old one is no count
      assertFigures("The death toll in Dnipro has risen from 9 to 11.", "people killed 11 @Dnipro");
      assertFigures("The death toll rose from 1,250 to 1,300 overnight.", "people killed 1300");
      // a change "by N to M": the figure is M (it gave killed between 2 and 11)
      assertFigures("The death toll in Dnipro rose by 2 to 11.", "people killed 11 @Dnipro");
      assertFigures("The death toll has risen by three to 14.", "people killed 14");
      // a range after gapping keeps its second number (it gave injured at least 5)
      assertFigures("At least three people have been killed and 5-7 injured in Dnipro.",
          "people killed at least 3 @Dnipro", "people injured between 5 and 7 @Dnipro");
      assertFigures("At least 14 people were killed and 52 wounded in Kyiv.",
          "people killed at least 14 @Kyiv", "people injured at least 52 @Kyiv");
      assertFigures("About a dozen people were injured.", "people injured between 10 and 14");
    }

    @Test
    void aPartToldApartByHowItWasLaunchedIsNoLine() {
      // "including 1 launched from a submarine" gave a combined line of 1 beside the two types
      String text = "Russia launched 3 Kh-101 and 2 Kalibr cruise missiles, including 1 launched"
          + " from a submarine. 4 were shot down.";
      assertFigures(text, "Kh-101/Kh-555 launched 3", "Kalibr launched 2",
          "cruise missiles (Kh-101/Kh-555, Kalibr) destroyed 4");
      assertEquals(List.of("Kh-101/Kh-555 and Kalibr 5/4/unknown/0/0/0"), Read.lines(text));
      Extraction x = Read.text(text);
      assertEquals(1, x.notUnderstood().size(), x.notUnderstood().toString());
      assertTrue(x.notUnderstood().get(0).why().startsWith("1: a part of the weapons before it"),
          x.notUnderstood().get(0).why());
    }

    @Test
    void aTypeBrokenOutOfAnotherTypeIsPartOfIt() {
      // "4 Kh-59 missiles, including 2 Kh-69" was 4 Kh-59 beside 2 Kh-69: 6 launched
      assertEquals(List.of("Kh-59 2/unknown/unknown/0/0/0", "Kh-69 2/unknown/unknown/0/0/0"),
          Read.lines("Russia launched 4 Kh-59 missiles, including 2 Kh-69."));
      assertEquals(List.of("Kh-69 and Kh-59 4/3/unknown/0/0/0"),
          Read.lines("Russia launched 4 Kh-59 missiles, including 2 Kh-69. 3 were shot down."));
      // as for a category ("4 cruise missiles, including 2 Kalibr")
      assertEquals(List.of("Kalibr and Cruise Missile 4/3/unknown/0/0/0"),
          Read.lines("Russia launched 4 cruise missiles, including 2 Kalibr. 3 were shot down."));
    }

    @Test
    void weaponsThatHitAfterAnOutcomeOfOthers() {
      // "8 missiles hit targets" after drones shot down was missiles launched 8, no hit
      assertFigures("Air defence shot down 72 drones and 8 missiles hit targets.",
          "drones destroyed 72", "missiles hit 8");
      assertFigures("Air defence shot down 50 drones, while 3 Iskander-M missiles hit targets in"
          + " Dnipro.", "drones destroyed 50", "Iskander-M hit 3 @Dnipro");
      // before any outcome, the hit alone (it was Kinzhal launched 2)
      assertFigures("Two Kinzhal missiles hit Kyiv.", "Kh-47 Kinzhal hit 2 @Kyiv");
    }

    @Test
    void weaponsThatWereHitAreNotWeaponsThatHit() {
      // the passive: hit by something, not the hit outcome; it was launched 3 (3 against 40
      // destroyed on one line), now no figure and listed
      for (String text : List.of("Russia launched 40 drones; 3 drones were hit.",
          "Russia launched 40 drones. 3 drones were also hit by mobile fire groups.",
          "Russia launched 40 drones. Three drones were struck.")) {
        assertFigures(text, "drones launched 40");
        Extraction x = Read.text(text);
        assertTrue(x.setAside().isEmpty(), x.setAside().toString());
        assertEquals(1, x.notUnderstood().size(), text + " " + x.notUnderstood());
      }
      assertFigures("Russia launched 40 drones; 3 drones hit.", "drones launched 40",
          "drones hit 3");
    }

    @Test
    void weaponsWithAVerbOfTheirEndNoCueReadsAreListed() {
      // each was launched 3, against 40 shot down: hit, stopped or hit by something, no figure
      for (String text : List.of("40 drones were shot down. 3 drones fell.",
          "40 drones were shot down. 3 drones got through.",
          "40 drones were shot down. 3 drones exploded.",
          "40 drones were shot down. 3 drones reached Kyiv.",
          "40 drones were shot down. 3 drones were damaged.",
          "Збито 40 дронів. 3 дрони впали.",
          "Збито 40 дронів. 3 дрони прорвалися.",
          "Збито 40 дронів. 3 дрони уразили цілі.",
          "Збито 40 дронів. Уразили 3 дрони.")) {
        assertFigures(text, "drones destroyed 40");
        assertEquals(1, Read.text(text).notUnderstood().size(), text);
      }
      // weapons that targeted a place are what was launched at it, as before
      assertFigures("50 drones targeted Kyiv overnight.", "drones launched 50");
    }

    @Test
    void weaponsThatReachedTargetsAreTheHit() {
      // "reached targets" without "their" was launched 3 (against 40 shot down), as «досягли
      // цілей», «долетіли до цілей»; "reached their targets" was already the hit
      assertFigures("40 drones were shot down. 3 drones reached targets.", "drones destroyed 40",
          "drones hit 3");
      assertFigures("Russia launched 50 drones; 40 were shot down, 3 reached targets.",
          "drones launched 50", "drones destroyed 40", "drones hit 3");
      assertFigures("Збито 40 дронів. 3 дрони досягли цілей.", "drones destroyed 40",
          "drones hit 3");
      assertFigures("Росія запустила 50 дронів, 40 збито, 3 долетіли до цілей.",
          "drones launched 50", "drones destroyed 40", "drones hit 3");
      // «не досягли цілей», «не долетіли до цілей» stay suppressed
      assertFigures("Збито 40 дронів, 3 не досягли своїх цілей.", "drones destroyed 40",
          "drones suppressed 3");
      assertFigures("Збито 40 дронів, 3 не долетіли до цілей.", "drones destroyed 40",
          "drones suppressed 3");
    }

    @Test
    void aNumberAfterAListWithAShareIsOfTheWholeList() {
      // "100 were shot down" after drones, a share of them, and 2 missiles went to the missiles
      String text = "Russia launched 130 drones, 80 of them Shaheds, and 2 Iskander-M missiles."
          + " 100 were shot down.";
      assertFigures(text, "drones launched 130", "shahed launched 80", "Iskander-M launched 2");
      Extraction x = Read.text(text);
      assertEquals(1, x.notUnderstood().size(), x.notUnderstood().toString());
      assertTrue(x.notUnderstood().get(0).why().contains("drones and Iskander-M together"),
          x.notUnderstood().get(0).why());
    }

    @Test
    void allOfAGroupAfterANumberOfAnother() {
      // "and all missiles" gave no figure, and "50 drones" was read as launched (a conflict)
      assertFigures("Russia launched 60 drones and 3 missiles. 50 drones and all missiles were"
              + " shot down.",
          "drones launched 60", "missiles launched 3", "drones destroyed 50",
          "missiles destroyed 3");
      // all of the missiles the text gives by type: each type, with its own number
      assertFigures("Russia launched 60 drones and 4 Kh-59 missiles. 50 drones and all missiles"
              + " were shot down.",
          "drones launched 60", "Kh-59 launched 4", "drones destroyed 50", "Kh-59 destroyed 4");
      assertFigures("Russia launched 3 Kh-101 missiles, 2 Kalibr missiles and 50 drones. All of"
              + " the missiles were shot down, as were 40 drones.",
          "Kh-101/Kh-555 launched 3", "Kalibr launched 2", "drones launched 50",
          "Kh-101/Kh-555 destroyed 3", "Kalibr destroyed 2", "drones destroyed 40");
      // with no number of missiles anywhere: not understood, never silent
      String text = "Air defence shot down 50 drones and all missiles.";
      assertFigures(text, "drones destroyed 50");
      Extraction x = Read.text(text);
      assertEquals(1, x.notUnderstood().size(), x.notUnderstood().toString());
      assertTrue(x.notUnderstood().get(0).why().contains("\"all\" of weapons"),
          x.notUnderstood().get(0).why());
    }

    @Test
    void aNumberAfterAListWithAPartIsOfTheWholeList() {
      // "8 were shot down" after a part broken out of the last item went to that item: 8 of 4
      assertEquals(List.of("Kh-101/Kh-555 and Kalibr 9/8/unknown/0/0/0"),
          Read.lines("Overnight, Russia launched 5 Kh-101 and 4 Kalibr missiles, including 2 Kh-101"
              + " at Lviv. 8 were shot down."));
      // after drones and missiles with a part of the missiles: never 90 of the 5 missiles
      String text = "Russia launched 100 drones and 5 missiles, including 2 Kinzhals. 90 were shot"
          + " down.";
      assertFigures(text, "drones launched 100", "missiles launched 5",
          "Kh-47 Kinzhal launched 2");
      Extraction x = Read.text(text);
      assertEquals(1, x.notUnderstood().size(), x.notUnderstood().toString());
      assertTrue(x.notUnderstood().get(0).why().startsWith("90: "),
          x.notUnderstood().get(0).why());
      // a part of drones after missiles: of the drones, as a share of them is
      assertFigures("Russia launched 5 Iskander-M missiles and 100 drones, including 40 decoys. 80"
              + " were shot down.",
          "Iskander-M launched 5", "drones launched 100", "decoys launched 40",
          "drones destroyed 80");
    }

    @Test
    void aNumberWithNoNounIsNeverMoreThanItsGroupLaunched() {
      // "and 3 Kalibr missiles" is taken into the part list after "including": 5 of the 4 Kh-59
      String text = "Russia launched 4 Kh-59 missiles, including 2 Kh-69, and 3 Kalibr missiles."
          + " 5 were shot down.";
      assertTrue(Read.lines(text).stream().noneMatch(l -> l.contains("/5/")),
          Read.lines(text).toString());
      Extraction x = Read.text(text);
      assertEquals(1, x.notUnderstood().size(), x.notUnderstood().toString());
      assertTrue(x.notUnderstood().get(0).why().startsWith("5: more than the 4"),
          x.notUnderstood().get(0).why());
      // "30 of the decoys ... 60 were shot down" was 60 decoys shot down of 40
      assertTrue(Read.lines("Russia launched 100 drones, including 40 decoys. 30 of the decoys"
          + " were lost locationally. 60 were shot down.").stream()
          .noneMatch(l -> l.contains("/60/")));
    }

    @Test
    void aNumberAfterASharedNamedOfThemIsOfTheWhole() {
      // "50 were shot down" after "60 drones, of which 40 Shaheds" went to the 40 Shaheds
      assertFigures("Russia launched 60 drones, of which 40 Shaheds. 50 were shot down.",
          "drones launched 60", "shahed launched 40", "drones destroyed 50");
    }

    @Test
    void notAllIsNoFigure() {
      // "not all (missiles) were shot down" was every one of them shot down
      for (String text : List.of(
          "Russia launched 40 drones and 6 missiles. Not all missiles were shot down.",
          "Russia launched 40 drones and 6 missiles. Not all were shot down.",
          "Russia launched 6 missiles, not all of which were shot down.",
          "Ворог запустив 40 дронів та 6 ракет. Не всі ракети збито.")) {
        assertTrue(Read.figures(text).stream().noneMatch(f -> f.contains("destroyed")),
            Read.figures(text).toString());
        Extraction x = Read.text(text);
        assertEquals(1, x.notUnderstood().size(), text);
        assertTrue(x.notUnderstood().get(0).why().contains("\"not all\""),
            x.notUnderstood().get(0).why());
      }
    }

    @Test
    void aNegatedOutcomeIsNoFigure() {
      // "were not intercepted" was read as shot down
      String text = "Air defence shot down 50 drones, but 2 Iskander-M missiles were not"
          + " intercepted.";
      assertFigures(text, "drones destroyed 50");
      Extraction x = Read.text(text);
      assertEquals(1, x.notUnderstood().size(), x.notUnderstood().toString());
      assertTrue(x.notUnderstood().get(0).why().contains("did not happen"),
          x.notUnderstood().get(0).why());
      assertFigures("Russia launched 8 missiles. 2 could not be shot down.",
          "missiles launched 8");
      assertFigures("Russia launched 8 missiles. 2 were shot down.", "missiles launched 8",
          "missiles destroyed 2");
    }

    @Test
    void aDeniedOutcomeVerbIsNoFigure() {
      // "did not shoot down 8 missiles" was launched 8 (no cue), "...; 72 were destroyed" then 72
      // destroyed of 8 launched; "which hit targets" is not read as the outcome: not understood
      for (String text : List.of(
          "Air defences did not shoot down 8 missiles, which hit targets.",
          "Air defences failed to shoot down 3 missiles.",
          "Air defences could not intercept 2 Kh-101.",
          "Air defences didn't manage to shoot down 4 drones.")) {
        assertFigures(text);
        Extraction x = Read.text(text);
        assertEquals(1, x.notUnderstood().size(), text);
        assertTrue(x.notUnderstood().get(0).why().contains("did not happen"),
            x.notUnderstood().get(0).why());
      }
      // "...; 72 were destroyed" after the denied 8 drones was pinned as no figure ("72: a figure
      // with nothing it refers to"); changed deliberately: the 72 are of the drones the sentence
      // names (the elided noun, as after any number of drones), destroyed 72 is what it states;
      // the denied 8 stay no figure (not hit, not launched), and no launched count is made up
      String denied = "Air defences did not shoot down 8 drones, which hit targets; 72 were"
          + " destroyed.";
      assertFigures(denied, "drones destroyed 72");
      Extraction d = Read.text(denied);
      assertEquals(1, d.notUnderstood().size(), d.notUnderstood().toString());
      assertTrue(d.notUnderstood().get(0).why().startsWith("8 drones: an outcome that did not"
          + " happen"), d.notUnderstood().get(0).why());
      // the line's airborne, left airspace and hit were pinned as 0: changed deliberately, the
      // text says the 8 hit and gives no count read, so those outcomes are unknown, not zero
      // (Draft.line; ReportAssemblyTest#aLineWithDeniedWeaponsGivesNoOutcomeAsZero)
      assertEquals(List.of("Shahed-136/131 at least 72/72/unknown/unknown/unknown/unknown"),
          Read.lines(denied));
      String text = "Russia launched 10 missiles. Air defences failed to shoot down 3 missiles.";
      assertFigures(text, "missiles launched 10");
      Extraction x = Read.text(text);
      assertTrue(x.setAside().isEmpty(), x.setAside().toString());
      assertEquals(1, x.notUnderstood().size(), x.notUnderstood().toString());
      assertTrue(x.notUnderstood().get(0).why().contains("did not happen"),
          x.notUnderstood().get(0).why());
    }

    @Test
    void whoSaidItBetweenANumberAndItsVerbIsRead() {
      // "of which 30, the air force said, were shot down" was "30: no weapon, casualty or place
      // word"; "30 drones, the air force said, were shot down" was launched 30, set aside
      for (String text : List.of(
          "Of the 40 drones launched, of which 30, the air force said, were shot down.",
          "40 drones were launched, of which 30, the air force said, were shot down.",
          "40 drones were launched, 30 of which, according to the air force, were shot down.",
          "40 drones were launched. 30 drones, officials said, were shot down.")) {
        assertFigures(text, "drones launched 40", "drones destroyed 30");
        assertTrue(Read.text(text).notUnderstood().isEmpty(), text);
      }
      // another source in between is still that source's figure, set aside
      String text = "40 drones were launched. 30 drones, the governor said, were shot down.";
      assertFigures(text, "drones launched 40");
      assertEquals(1, Read.text(text).setAside().size(), text);
    }

    @Test
    void whoSaidItAfterAllOfThemIsRead() {
      // "All of them, according to officials, were shot down" was "all" with no outcome word,
      // where "All of them were shot down" was destroyed 30
      for (String text : List.of(
          "Russia launched 30 drones. All of them, according to officials, were shot down.",
          "Russia launched 30 drones. All of them, officials said, were shot down.",
          "Russia launched 30 drones, all of which, the air force said, were shot down.")) {
        assertFigures(text, "drones launched 30", "drones destroyed 30");
        assertTrue(Read.text(text).notUnderstood().isEmpty(), text);
      }
      // of a list: every group of it, each with its own launched figure
      assertFigures("Russia launched 20 Kh-101 and 10 Kalibr missiles. All of them, according to"
              + " officials, were shot down.",
          "Kh-101/Kh-555 launched 20", "Kalibr launched 10", "Kh-101/Kh-555 destroyed 20",
          "Kalibr destroyed 10");
      // another source in between is still not the report's
      String text = "Russia launched 30 drones. All of them, the governor said, were shot down.";
      assertFigures(text, "drones launched 30");
    }

    @Test
    void someOfThemAtAPlaceIsNoLine() {
      // "5 of them at Odesa" was 5 more launched, a line beside the two types (15 launched)
      String text = "Russia launched 6 Kalibr and 4 Kh-59 missiles, 5 of them at Odesa. 8 were shot"
          + " down.";
      assertEquals(List.of("Kalibr and Kh-59 10/8/unknown/0/0/0"), Read.lines(text));
      Extraction x = Read.text(text);
      assertEquals(1, x.notUnderstood().size(), x.notUnderstood().toString());
      assertTrue(x.notUnderstood().get(0).why().startsWith("5 of them: a part of the weapons"),
          x.notUnderstood().get(0).why());
    }

    @Test
    void bothAfterTwoPairsIsNoGuess() {
      // "Both were shot down" after two pairs went to the last pair
      String text = "Russia launched 2 Iskander-M and 2 Kh-59 missiles. Both were shot down.";
      assertFigures(text, "Iskander-M launched 2", "Kh-59 launched 2");
      Extraction x = Read.text(text);
      assertEquals(1, x.notUnderstood().size(), x.notUnderstood().toString());
      assertTrue(x.notUnderstood().get(0).why().contains("more than one pair"),
          x.notUnderstood().get(0).why());
      // "both of which" is the words just before it, as before
      assertFigures("Russia launched 2 Kinzhal missiles and 2 Kalibr missiles, both of which were"
              + " shot down.",
          "Kh-47 Kinzhal launched 2", "Kalibr launched 2", "Kalibr destroyed 2",
          "Kalibr launched 2");
    }

    @Test
    void theAirForcesOwnEnglish() {
      assertFigures("On the night of April 17 (from 20:00 on April 16), the enemy attacked with"
              + " 75 Shahed-type attack UAVs and other types of drone imitators. As of 09:00, 25"
              + " enemy UAVs of Shahed type and other types of drones were shot down. 30 enemy"
              + " drone imitators were locationally lost (without negative consequences).",
          "drones launched 75", "drones destroyed 25", "decoys suppressed 30");
    }
  }

  @Nested
  class Ukrainian {

    @Test
    void noneOfWhichIsZeroAsInEnglish() {
      // «жодна з яких не була збита» listed «збита» as an outcome word with no number, though
      // "none of which were shot down" is destroyed 0; the «не» goes with «жодна», no denial
      assertFigures("Ворог випустив 5 ракет, жодна з яких не була збита.",
          "missiles launched 5", "missiles destroyed 0");
      assertFigures("Ворог випустив 5 ракет, жодну з них не збито.",
          "missiles launched 5", "missiles destroyed 0");
      assertFigures("Ворог випустив 5 ракет. Жодну з них не збито.",
          "missiles launched 5", "missiles destroyed 0");
      assertFigures("Ворог випустив 5 ракет і 40 дронів, жодна з яких не була збита.",
          "missiles launched 5", "drones launched 40", "missiles destroyed 0",
          "drones destroyed 0");
      // a «не» of the cue's own («не долетіла», did not reach) or a place: still listed
      for (String text : List.of("Ворог випустив 5 ракет, жодна з них не долетіла.",
          "Ворог випустив 5 ракет, жодну з них не збито над Києвом.")) {
        assertFigures(text, "missiles launched 5");
        assertEquals(1, Read.text(text).notUnderstood().size(), text);
      }
    }

    @Test
    void weaponsStruckAreNotWeaponsThatHit() {
      // «уражено» is the passive, as "were hit": drones struck by something; it was launched 3
      for (String text : List.of("Росія запустила 40 ударних БпЛА. Уражено 3 дрони.",
          "Росія запустила 40 ударних БпЛА, 3 з них уражено.",
          "Росія запустила 40 ударних БпЛА. 3 дрони були уражені.")) {
        assertFigures(text, "drones launched 40");
        assertEquals(1, Read.text(text).notUnderstood().size(), text);
      }
      // weapons that hit («влучили»), and the hit heading of targets, stay the hit outcome
      assertFigures("Росія запустила 40 ударних БпЛА. 3 дрони влучили.", "drones launched 40",
          "drones hit 3");
      assertFigures("Збито 40 дронів. Уражено цілі: 3 дрони.", "drones destroyed 40",
          "drones hit 3");
      // «Уражено:» alone is the passive as a heading, as «Уражено 3 дрони»: listed (it was hit 3)
      assertFigures("Збито 40 дронів. Уражено: 3 дрони.", "drones destroyed 40");
    }

    @Test
    void noneOfWhichDidNotHitIsHitZero() {
      // «жодна з яких не влучила» gave no figure and listed nothing; the «не» goes with «жодна»
      assertFigures("Ворог випустив 5 ракет, жодна з яких не влучила.",
          "missiles launched 5", "missiles hit 0");
      assertFigures("Ворог випустив 5 ракет, жодна з них не влучила в ціль.",
          "missiles launched 5", "missiles hit 0");
      assertFigures("Ворог випустив 5 ракет і 40 дронів, жодна з яких не влучила.",
          "missiles launched 5", "drones launched 40", "missiles hit 0", "drones hit 0");
      // of a place: listed, never dropped
      String text = "Ворог випустив 5 ракет, жодна з них не влучила в Київ.";
      assertFigures(text, "missiles launched 5");
      assertEquals(1, Read.text(text).notUnderstood().size(), text);
    }

    @Test
    void noMissileDidNotHitIsHitZeroAsNoMissileHit() {
      // «Жодна ракета не влучила» was listed ("a weapon named without a figure"), though "No
      // missile hit" is hit 0 and «жодна з яких не влучила» too; the «не» goes with «жодна»
      assertFigures("Ворог випустив 5 ракет і 40 дронів. Жодна ракета не влучила.",
          "missiles launched 5", "drones launched 40", "missiles hit 0");
      assertFigures("Russia launched 5 missiles and 40 drones. No missile hit.",
          "missiles launched 5", "drones launched 40", "missiles hit 0");
      assertFigures("Ворог випустив 5 ракет Х-101. Жодна ракета не влучила в ціль.",
          "Kh-101/Kh-555 launched 5", "Kh-101/Kh-555 hit 0");
      assertFigures("Ворог випустив 5 ракет і 40 дронів. Жоден дрон не влучив.",
          "missiles launched 5", "drones launched 40", "drones hit 0");
      // the same rule for the outcomes, as "no missiles were shot down" (destroyed 0)
      assertFigures("Ворог випустив 5 ракет. Жодну ракету не збито.",
          "missiles launched 5", "missiles destroyed 0");
      // no missiles launched, a place, a «не» of the cue's own: listed, never a zero
      for (String text : List.of("Ворог випустив 40 дронів. Жодна ракета не влучила.",
          "Ворог випустив 5 ракет. Жодна ракета не влучила в Київ.",
          "Ворог випустив 5 ракет. Жодна ракета не долетіла.",
          "Ворог випустив 5 ракет. Жодна ракета не була збита над Києвом.")) {
        assertEquals(1, Read.figures(text).size(), text);
        assertEquals(1, Read.text(text).notUnderstood().size(), text);
      }
    }

    @Test
    void launchedWithCaseEndings() {
      assertFigures("Противник атакував 113-ма ударними БпЛА типу Shahed, «Гербера» та"
          + " дронами-імітаторами.", "drones launched 113");
      assertFigures("Ворог запустив двадцять п'ять ударних БпЛА.", "drones launched 25");
      assertFigures("Противник атакував трьома балістичними ракетами Іскандер-М.",
          "Iskander-M launched 3");
      assertFigures("Росія запустила понад 300 ударних дронів.", "drones launched at least 301");
      assertFigures("Ворог випустив близько 600 дронів.", "drones launched between 540 and 660");
      // «до N», up to N (it was read as exactly N, a rated line): the Qualifier table's
      assertFigures("Ворог атакував до 30 ударними БпЛА.", "drones launched at most 30");
      assertFigures("Ворог атакував 40 БпЛА. Збито 30, до 5 локаційно втрачені.",
          "drones launched 40", "drones destroyed 30", "drones suppressed at most 5");
    }

    @Test
    void outcomes() {
      assertFigures("Ворог атакував 50 БпЛА. Збито 26 дронів, ще 7 локаційно втрачені, ще вісім"
              + " на момент публікації перебувають у повітрі. Два БпЛА полетіли в бік Білорусі.",
          "drones launched 50", "drones destroyed 26", "drones suppressed 7",
          "drones still airborne 8", "drones left airspace 2 @Belarus");
      assertFigures("Ворог атакував 40 БпЛА. Збито/подавлено 35 ворожих БпЛА.",
          "drones launched 40", "drones neutralised 35");
      // was destroyed 35: «локаційно втрачені» after «або» was dropped
      assertFigures("Ворог атакував 40 БпЛА. 35 збиті або локаційно втрачені.",
          "drones launched 40", "drones neutralised 35");
    }

    @Test
    void ofSoManySoManyWereShotDown() {
      assertFigures("Із сорока двох крилатих ракет Х-101 та Іскандер-К збито 32, із дев'яти"
              + " «Калібрів» – шість.",
          "cruise missiles (Kh-101/Kh-555, Iskander-K) launched 42",
          "cruise missiles (Kh-101/Kh-555, Iskander-K) destroyed 32", "Kalibr launched 9",
          "Kalibr destroyed 6");
    }

    @Test
    void ofWhichAfterAList() {
      // «з яких 4» after a list of types was the last type's (Kalibr destroyed 4 of 2)
      assertFigures("Росія запустила 3 ракети Х-101 і 2 Калібри, з яких 4 збито.",
          "Kh-101/Kh-555 launched 3", "Kalibr launched 2",
          "cruise missiles (Kh-101/Kh-555, Kalibr) destroyed 4");
      assertFigures("Росія запустила 81 дрон, з яких 59 збито.", "drones launched 81",
          "drones destroyed 59");
    }

    @Test
    void aNumberWithoutANounAfterAListIsOfThem() {
      // it went to the list's last group (Kalibr destroyed 4 of 2, missiles destroyed 80 of 5)
      assertFigures("Росія запустила 3 ракети Х-101 і 2 Калібри. 4 збито.",
          "Kh-101/Kh-555 launched 3", "Kalibr launched 2",
          "cruise missiles (Kh-101/Kh-555, Kalibr) destroyed 4");
      assertFigures("Росія запустила 100 дронів і 5 ракет. 80 збито.",
          "drones launched 100", "missiles launched 5");
      assertFigures("Росія запустила 100 дронів. 80 збито.",
          "drones launched 100", "drones destroyed 80");
    }

    @Test
    void allOfWhichAndAllOfThem() {
      // «усі з яких», «всі з них» gave no figure
      assertFigures("Росія запустила 3 ракети Х-101 і 2 Калібри, усі з яких збито.",
          "Kh-101/Kh-555 launched 3", "Kalibr launched 2", "Kh-101/Kh-555 destroyed 3",
          "Kalibr destroyed 2");
      assertFigures("Росія запустила 81 дрон, усі з яких збито.", "drones launched 81",
          "drones destroyed 81");
      assertFigures("Росія запустила 81 дрон, всі з них знищено.", "drones launched 81",
          "drones destroyed 81");
    }

    @Test
    void bothAndAll() {
      assertFigures("Обидві випущені ракети Х-22 не досягли цілей.", "Kh-22 suppressed 2",
          "Kh-22 launched 2");
      assertFigures("Ворог запустив 2 ракети Х-59/69. Ракети Х-59/69 збито.",
          "Kh-59/Kh-69 launched 2", "Kh-59/Kh-69 destroyed 2");
    }

    @Test
    void bothOfWhichAfterTheLaunchVerb() {
      // «обидві (з яких) збито» after «атакувала ...» was taken into the launched list: no figure
      assertFigures("Росія атакувала 2 ракетами Х-59, обидві з яких збито.",
          "Kh-59 launched 2", "Kh-59 destroyed 2", "Kh-59 launched 2");
      assertFigures("Росія атакувала 2 ракетами Х-59, обидві збито.",
          "Kh-59 launched 2", "Kh-59 destroyed 2", "Kh-59 launched 2");
      assertFigures("Ворог запустив 2 ракети Х-59 та 2 ракети Х-31П, обидві з яких збито.",
          "Kh-59 launched 2", "Kh-31P launched 2", "Kh-31P destroyed 2", "Kh-31P launched 2");
    }

    @Test
    void ranges() {
      assertFigures("Росія запустила від 40 до 50 дронів.", "drones launched between 40 and 50");
      assertFigures("Ворог запустив 40-50 ударних БпЛА та 3 ракети.",
          "drones launched between 40 and 50", "missiles launched 3");
      assertFigures("Ворог запустив 40–50 ударних БпЛА.", "drones launched between 40 and 50");
    }

    @Test
    void allAlone() {
      // «усі збито», «всі збиті» gave no destroyed figure
      assertFigures("Росія запустила 20 дронів. Усі збито.",
          "drones launched 20", "drones destroyed 20");
      assertFigures("Росія запустила 20 дронів, всі збиті.",
          "drones launched 20", "drones destroyed 20");
      assertFigures("Ворог запустив 3 ракети Х-59 та 2 ракети Х-22, усі знищено.",
          "Kh-59 launched 3", "Kh-22 launched 2", "Kh-59 destroyed 3", "Kh-22 destroyed 2");
      // «всього» is "in total", not "all"
      assertFigures("Ворог атакував 20 БпЛА. Всього збито 15.",
          "drones launched 20", "drones destroyed 15");
      // «усі ..., крім» is not all of them (it gave every group destroyed)
      assertFigures("Росія запустила 3 ракети Х-59 і 2 ракети Х-22. Усі збито, окрім двох.",
          "Kh-59 launched 3", "Kh-22 launched 2");
      assertTrue(Read.figures("Росія запустила 3 ракети Х-59 і 2 ракети Х-22. Усі збито, крім"
          + " однієї Х-22.").stream().noneMatch(f -> f.contains("destroyed")));
      // «всі» in a clause that names a place is that place's (it gave destroyed 90)
      assertFigures("Росія запустила 90 дронів. Над Київщиною, Житомирщиною та Чернігівщиною всі"
          + " збиті, ще 12 локаційно втрачені на півдні.",
          "drones launched 90", "drones suppressed 12");
    }

    @Test
    void shareOfShaheds() {
      assertFigures("Ворог запустив 120 ударних БпЛА. Близько 70 із запущених дронів –"
          + " «шахеди».", "drones launched 120", "shahed launched between 63 and 77");
    }

    @Test
    void places() {
      assertFigures("Ворог атакував 30 БпЛА. Влучання зафіксовано на 24 локаціях, падіння"
              + " уламків – на трьох.",
          "drones launched 30", "total hit locations 24", "total debris locations 3");
      // debris that hit is debris (it gave hit locations 2)
      assertFigures("Уламки влучили в 2 будинки.", "total debris locations 2");
      assertFigures("Ворог атакував 30 БпЛА. Уламки влучили у 4 будинки, влучання зафіксовано на"
          + " 5 локаціях.", "drones launched 30", "total debris locations 4",
          "total hit locations 5");
    }

    @Test
    void casualties() {
      assertFigures("Унаслідок атаки загинула одна людина, ще семеро дістали поранень.",
          "people killed 1", "people injured 7");
      assertFigures("Загиблих і постраждалих немає.", "people killed 0", "people injured 0");
      assertFigures("У Харкові загинули двоє, 18 постраждали.", "people killed 2 @Kharkiv",
          "people injured 18 @Kharkiv");
    }

    @Test
    void theOthersAfterASplitAreNoItemOfIt() {
      // «близько 100 – «шахеди», інші – дрони-імітатори» read «шахеди», інші» as one phrase of
      // mixed drones: the 100 lost its predicate and was "a part ... with no weapon of its own";
      // «близько 100 шахедів, інші – ...» was launched 100 beside 150, set aside as a conflict.
      // The split of the 150 launched: one launched figure, the Shaheds a share of it
      for (String text : List.of(
          "Загалом 150 ударних БпЛА, зокрема близько 100 – «шахеди», інші – дрони-імітатори.",
          "Загалом 150 ударних БпЛА, зокрема близько 100 шахедів, інші – дрони-імітатори.")) {
        assertFigures(text, "drones launched 150", "shahed launched between 90 and 110");
        Extraction x = Read.text(text);
        assertTrue(x.setAside().isEmpty(), x.setAside().toString());
        assertTrue(x.notUnderstood().isEmpty(), x.notUnderstood().toString());
      }
      String text = "Ворог атакував 150 ударними БпЛА, зокрема близько 100 – «шахеди», інші –"
          + " дрони-імітатори. Збито 120.";
      assertEquals(List.of("Shahed-136/131 150/120/unknown/0/0/0"), Read.lines(text));
    }

    @Test
    void whoSaidItBetweenANumberAndItsVerbIsRead() {
      // «з яких 30, за даними Повітряних сил, збито» was «30»: no weapon, casualty or place word
      assertFigures("Ворог запустив 40 дронів, з яких 30, за даними Повітряних сил, збито.",
          "drones launched 40", "drones destroyed 30");
      assertFigures("Ворог запустив 40 дронів, з яких 30, як повідомили в ПС, збито.",
          "drones launched 40", "drones destroyed 30");
    }

    @Test
    void whoSaidItAfterAllOfThemIsRead() {
      // «Усі з них, за даними Повітряних сил, збито» was «усі» with no outcome word, where «Усі з
      // них збито» was destroyed 30
      for (String text : List.of(
          "Ворог запустив 30 дронів. Усі з них, за даними Повітряних сил, збито.",
          "Ворог запустив 30 дронів. Усі з них, як повідомили в ПС, збито.")) {
        assertFigures(text, "drones launched 30", "drones destroyed 30");
        assertTrue(Read.text(text).notUnderstood().isEmpty(), text);
      }
    }

    @Test
    void aDeniedOutcomeIsNoFigure() {
      // «не змогли збити 2 ракети» was destroyed 2, «не змогли перехопити 2 ракети» launched 2
      for (String text : List.of(
          "Сили ППО не змогли збити 2 ракети.",
          "Сили ППО не змогли перехопити 2 ракети.",
          "Не вдалося збити 3 ракети.",
          "Не збили 2 ракети.")) {
        assertFigures(text);
        Extraction x = Read.text(text);
        assertEquals(1, x.notUnderstood().size(), text);
        assertTrue(x.notUnderstood().get(0).why().contains("did not happen"),
            x.notUnderstood().get(0).why());
      }
    }
  }
}
