package org.conflictstats.text;

import static org.conflictstats.text.Read.assertFigures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A statement with an outcome word gives a figure or is listed as not understood, never neither:
 * «Усі вони збиті» after a launched figure was neither (no number, no weapon name, and the "all"
 * not read), as were "Most of them were shot down" and «Більшість із них збито».
 */
final class OutcomeWordsTest {

  private static final String LAUNCH_EN = "Russia launched 50 drones.";
  private static final String LAUNCH_UK = "Росія запустила 50 ударних БпЛА.";

  /** What stands for the weapons before the outcome word: "all" forms first, then others. */
  private static final List<String> ALL_EN = List.of("All", "All of them");
  private static final List<String> OTHER_EN = List.of("Most of them", "Most", "Half of them",
      "They", "Many", "Some of them", "The majority");
  private static final List<String> SAID_EN = List.of("", ", officials said,",
      ", according to the air force,");
  private static final List<String> VERBS_EN = List.of("were shot down", "were destroyed",
      "were intercepted", "were shot down or suppressed", "failed to reach their targets",
      "were lost locationally", "remained in the air", "flew toward Belarus");

  private static final List<String> ALL_UK = List.of("Усі", "Всі", "Усі вони", "Всі вони",
      "Усі з них");
  private static final List<String> OTHER_UK = List.of("Більшість із них", "Частину", "Їх",
      "Половину з них", "Багато з них", "Вони");
  private static final List<String> SAID_UK = List.of("", ", за даними Повітряних сил,",
      ", як повідомили в ПС,");
  private static final List<String> VERBS_UK = List.of("збиті", "збито", "знищені", "знищено",
      "були збиті", "збито/подавлено", "подавлено", "локаційно втрачені", "не досягли цілей",
      "перебувають у повітрі", "полетіли в бік Білорусі");

  @Test
  void allOfThemInUkrainianIsAllLaunched() {
    // were neither a figure nor listed: «вони» after «усі», and who said it after «Усі,»
    for (String text : List.of(
        LAUNCH_UK + " Усі вони збиті.",
        LAUNCH_UK + " Усі вони, за даними Повітряних сил, збиті.",
        LAUNCH_UK + " Усі, як повідомили в ПС, збито.",
        LAUNCH_UK + " Усі вони знищено.",
        LAUNCH_UK + " Всі вони були знищені.",
        LAUNCH_UK + " Вони усі були збиті.",
        "Росія запустила 50 ударних БпЛА, усі вони збиті.")) {
      assertFigures(text, "drones launched 50", "drones destroyed 50");
      assertTrue(Read.text(text).notUnderstood().isEmpty(), text);
    }
    // of a list: every group of it, each with its own launched figure, as «Усі з них збито»
    assertFigures("Росія випустила 3 ракети Х-101 та 2 Калібр. Усі вони, за даними ПС, збиті.",
        "Kh-101/Kh-555 launched 3", "Kalibr launched 2", "Kh-101/Kh-555 destroyed 3",
        "Kalibr destroyed 2");
    // the English "all", who said it between commas, as the Ukrainian
    assertFigures(LAUNCH_EN + " All, officials said, were shot down.", "drones launched 50",
        "drones destroyed 50");
  }

  @Test
  void allOfThemWithAnExceptionOrAnotherSourceStaysListed() {
    // what was listed before stays listed: an exception, and a source of its own area
    for (String text : List.of(
        LAUNCH_UK + " Усі вони збиті, крім одного.",
        LAUNCH_EN + " All, the governor said, were shot down.")) {
      assertFigures(text, "drones launched 50");
      assertEquals(1, Read.text(text).notUnderstood().size(), text);
    }
  }

  @Test
  void anOutcomeWordWithNoNumberIsListedWithItsWords() {
    Extraction x = Read.text(LAUNCH_EN + " Most of them were shot down.");
    assertEquals(List.of("drones launched 50"), Read.figures(x));
    assertEquals(1, x.notUnderstood().size(), x.notUnderstood().toString());
    assertEquals("Most of them were shot down.", x.notUnderstood().get(0).text());
    assertEquals("were shot down: an outcome word with no number it goes with",
        x.notUnderstood().get(0).why());
    // in the sentence that gave the launched figure too
    Extraction y = Read.text("Росія запустила 50 ударних БпЛА, більшість із них збито.");
    assertEquals(List.of("drones launched 50"), Read.figures(y));
    assertEquals(1, y.notUnderstood().size(), y.notUnderstood().toString());
    assertTrue(y.notUnderstood().get(0).why().startsWith("збито: "),
        y.notUnderstood().get(0).why());
  }

  @Test
  void everyStatementWithAnOutcomeWordGivesAFigureOrIsListed() {
    List<String> failures = new ArrayList<>();
    int[] counts = check(cases(), failures);
    for (String[] c : cases()) {
      if (c[2] == null) {
        continue;
      }
      // a figure "all" gives is all that was launched, never another number
      Extraction x = Read.text(c[0] + " " + c[1]);
      int from = c[0].length() + 1;
      x.figures().stream().filter(f -> f.provenance().start() >= from)
          .filter(f -> f.count().lower() != 50)
          .forEach(f -> failures.add("not all launched: " + c[1] + " -> " + f));
    }
    assertEquals(List.of(), failures);
    // the table holds statements of both kinds: read, and listed
    assertTrue(counts[0] > 100 && counts[1] > 100, "read " + counts[0] + ", listed " + counts[1]);
  }

  /** Weapons that hit, and weapons hit by something, before the verb or after it. */
  private static final List<String> HIT_SUBJECTS_EN = List.of("3 drones", "Three drones",
      "3 Shahed drones");
  private static final List<String> HIT_VERBS_EN = List.of("hit", "hit targets", "hit Kyiv",
      "struck Kharkiv", "reached their targets", "reached targets", "were hit", "were struck", "were also hit",
      "were hit by mobile fire groups", "hit by air defence", "reached Kyiv", "fell", "exploded",
      "got through", "were damaged");
  private static final List<String> HIT_SUBJECTS_UK = List.of("3 дрони", "Три дрони",
      "3 ударні БпЛА");
  private static final List<String> HIT_VERBS_UK = List.of("влучили", "влучили в ціль",
      "влучили в Київ", "досягли цілей", "долетіли до цілей", "уражено", "уражені",
      "були уражені", "долетіли до Києва", "впали", "вибухнули", "прорвалися", "уразили цілі");
  private static final List<String> HIT_HEADS = List.of("Уражено 3 дрони.", "Уражено: 3 дрони.",
      "Влучили 3 дрони.", "Влучання 3 дронів.", "Зафіксовано влучання 3 дронів.",
      "Hit: 3 drones.", "Hit targets: 3 drones.", "Уразили 3 дрони.");

  @Test
  void everyStatementWithAHitWordGivesAFigureOrIsListed() {
    // "3 drones were hit", «Уражено 3 дрони», "3 drones fell", «3 дрони прорвалися» were
    // neither: read as launched 3 (against 40 shot down on one line, or set aside as a conflict
    // with the launched figure), never listed
    List<String[]> hits = new ArrayList<>();
    for (String launch : List.of("Russia launched 50 drones.", "40 drones were shot down.",
        LAUNCH_UK, "Збито 40 дронів.", "")) {
      boolean en = launch.isEmpty() || launch.charAt(0) < 128;
      List<String> statements = new ArrayList<>(HIT_HEADS);
      for (String subject : en ? HIT_SUBJECTS_EN : HIT_SUBJECTS_UK) {
        for (String verb : en ? HIT_VERBS_EN : HIT_VERBS_UK) {
          statements.add(subject + " " + verb + ".");
        }
      }
      statements.forEach(st -> hits.add(new String[] {launch, st, null}));
    }
    List<String> failures = new ArrayList<>();
    int[] counts = check(hits, failures);
    for (String[] c : hits) {
      // weapons that hit or were hit are never what was launched
      Extraction x = Read.text((c[0] + " " + c[1]).strip());
      int from = c[0].isEmpty() ? 0 : c[0].length() + 1;
      x.figures().stream().filter(f -> f.provenance().start() >= from)
          .filter(f -> f.field() == Field.LAUNCHED)
          .forEach(f -> failures.add("launched: " + c[1] + " -> " + Read.describe(f)));
    }
    assertEquals(List.of(), failures);
    assertTrue(counts[0] > 50 && counts[1] > 50, "read " + counts[0] + ", listed " + counts[1]);
  }

  /**
   * Adds to {@code failures} each statement that gives neither a figure nor a listed sentence;
   * returns how many gave a figure and how many were listed.
   */
  private static int[] check(List<String[]> cases, List<String> failures) {
    int read = 0;
    int listed = 0;
    for (String[] c : cases) {
      String launch = c[0];
      String statement = c[1];
      Extraction x = Read.text((launch + " " + statement).strip());
      int from = launch.isEmpty() ? 0 : launch.length() + 1;
      boolean gave = x.figures().stream().anyMatch(f -> f.provenance().start() >= from)
          || x.setAside().stream().anyMatch(a -> a.span().start() >= from);
      boolean isListed = x.notUnderstood().stream().anyMatch(n -> n.span().end() > from
          && !n.why().isBlank());
      if (!gave && !isListed) {
        failures.add("neither a figure nor listed: " + (launch + " " + statement).strip());
      }
      read += gave ? 1 : 0;
      listed += isListed ? 1 : 0;
    }
    return new int[] {read, listed};
  }

  /** Every statement of the table: the launch before it, the statement, "all" or null. */
  private static List<String[]> cases() {
    List<String[]> out = new ArrayList<>();
    add(out, LAUNCH_EN, ALL_EN, true, SAID_EN, VERBS_EN);
    add(out, LAUNCH_EN, OTHER_EN, false, SAID_EN, VERBS_EN);
    add(out, LAUNCH_UK, ALL_UK, true, SAID_UK, VERBS_UK);
    add(out, LAUNCH_UK, OTHER_UK, false, SAID_UK, VERBS_UK);
    return out;
  }

  private static void add(List<String[]> out, String launch, List<String> subjects, boolean all,
      List<String> said, List<String> verbs) {
    for (String subject : subjects) {
      for (String who : said) {
        for (String verb : verbs) {
          out.add(new String[] {launch, subject + who + " " + verb + ".", all ? "all" : null});
        }
      }
    }
  }
}
