package org.conflictstats.text;

import static org.conflictstats.text.Read.assertFigures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one rule of a denied figure ({@link Denial}): a negation in the figure's own clause. */
class DenialTest {

  @Test
  void aNegationInAnotherClauseDeniesNothing() {
    // the rule is of the clause: "did not fail but shot down 5" was denied (the negation two
    // words before the cue, across "but"), and so was «не підвели, а збили 5»
    assertFigures("Air defence did not fail but shot down 5 drones.", "drones destroyed 5");
    assertFigures("Сили ППО не підвели, а збили 5 дронів.", "drones destroyed 5");
  }

  @Test
  void aNegationInTheClauseDeniesTheOutcomeAndTheNumber() {
    for (String text : List.of(
        "Air defence did not shoot down 5 drones.",
        "5 drones were not shot down.",
        "Air defence could not stop 5 drones.",
        "Сили ППО не змогли вчасно збити 5 дронів.")) {
      assertFigures(text);
      Extraction x = Read.text(text);
      assertEquals(1, x.notUnderstood().size(), text);
      assertTrue(x.notUnderstood().get(0).why().contains("(\"not\")"),
          x.notUnderstood().get(0).why());
    }
  }

  @Test
  void aNegationAfterTheNumberDeniesItToo() {
    // "5 drones could not be stopped" was launched 5: after "Russia launched 80 drones" set aside
    // as a conflict (5 against 80) and not listed
    for (String text : List.of(
        "Russia launched 80 drones. 5 drones could not be stopped.",
        "Russia launched 80 drones. 5 drones, unfortunately, could not be stopped.",
        "Ворог запустив 80 дронів. 5 дронів не вдалося зупинити.")) {
      assertFigures(text, "drones launched 80");
      Extraction x = Read.text(text);
      assertTrue(x.setAside().isEmpty(), x.setAside().toString());
      assertEquals(1, x.notUnderstood().size(), text);
      assertTrue(x.notUnderstood().get(0).why().contains("were not stopped"),
          x.notUnderstood().get(0).why());
    }
    // a list before the negation: each part denied, none launched
    String text = "Russia launched 80 drones. 5 missiles and 3 drones were not stopped.";
    assertFigures(text, "drones launched 80");
    assertTrue(Read.text(text).notUnderstood().get(0).why().contains("3 drones: weapons their"),
        Read.text(text).notUnderstood().toString());
    assertFigures("5 drones could not be stopped.");
    // a cue of its own before the negation: the number is the cue's
    assertFigures("5 drones hit Kyiv and could not be stopped.", "drones hit 5 @Kyiv");
  }

  @Test
  void aNumberWithItsOwnOutcomeAfterADeniedOneIsNotDenied() {
    // «не змогли збити 8 дронів, 72 знищено»: the 72 went on with the denied "збити" as the next
    // part of its list and was denied too, though «знищено» right after it is its own verb
    for (String text : List.of(
        "Russia launched 80 drones. Air defence could not shoot down 8 drones, 72 destroyed.",
        "Russia launched 80 drones. Air defence could not shoot down 8 drones, 72 were destroyed.",
        "Ворог запустив 80 дронів. ППО не змогли збити 8 дронів, 72 знищено.",
        "Ворог запустив 80 дронів. ППО не змогли збити 8 дронів, 72 збито.")) {
      assertFigures(text, "drones launched 80", "drones destroyed 72");
      Extraction x = Read.text(text);
      assertEquals(1, x.notUnderstood().size(), text);
      assertTrue(x.notUnderstood().get(0).why().startsWith("8 "), x.notUnderstood().toString());
      assertTrue(!x.notUnderstood().get(0).why().contains("72"), x.notUnderstood().toString());
    }
    // a number after the verb is still the verb's: the list goes on, denied
    String text = "Russia launched 80 drones. Air defence could not shoot down 8 drones, 3"
        + " missiles.";
    assertFigures(text, "drones launched 80");
    assertTrue(Read.text(text).notUnderstood().get(0).why().contains("3 missiles: an outcome"),
        Read.text(text).notUnderstood().toString());
  }

  @Test
  void cannotAndWerentAreNegations() {
    // "2 missiles cannot be intercepted" was destroyed 2 ("cannot" was no negation); "5 drones
    // weren't stopped" launched 5, set aside as a conflict ("n't" needed a space before it)
    for (String text : List.of(
        "Russia launched 8 missiles. 2 missiles cannot be intercepted.",
        "Russia launched 8 missiles. Air defence cannot shoot down 2 missiles.",
        "Russia launched 8 missiles. 2 missiles weren't stopped.")) {
      assertFigures(text, "missiles launched 8");
      Extraction x = Read.text(text);
      assertTrue(x.setAside().isEmpty(), x.setAside().toString());
      assertEquals(1, x.notUnderstood().size(), text);
      assertTrue(x.notUnderstood().get(0).why().startsWith("2 missiles: "),
          x.notUnderstood().get(0).why());
      assertTrue(x.notUnderstood().get(0).why().contains("(\"not\")"),
          x.notUnderstood().get(0).why());
    }
  }
}
