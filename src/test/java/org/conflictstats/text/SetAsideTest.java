package org.conflictstats.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Figures that are not the report's: Russia's defence ministry, a governor counting his own oblast,
 * a regional air command, a recap of an earlier night or week, Ukraine's own drones over Russia,
 * "the remaining 20", a figure that contradicts an earlier one. Each is kept out of the report and
 * listed with its reason; the statement around it is read as if it were not there.
 */
final class SetAsideTest {

  private static final String STATEMENT = "Russia launched 120 drones and four missiles overnight,"
      + " Ukraine's air force said. Air defences shot down 85 drones, and 30 were lost"
      + " locationally.";
  private static final List<String> FIGURES = List.of("drones launched 120",
      "missiles launched 4", "drones destroyed 85", "drones suppressed 30");

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', value = {
      "In Moscow, the defence ministry said its air defences had destroyed 57 Ukrainian drones over"
          + " several Russian regions. | RUSSIAN_CLAIM | drones destroyed 57",
      "Russia's defence ministry claimed its forces had downed 33 drones. | RUSSIAN_CLAIM"
          + " | drones destroyed 33",
      "Ukraine launched 337 drones at Russia overnight, Moscow said. | RUSSIAN_CLAIM"
          + " | drones launched 337",
      "У міноборони рф заявили, що за ніч над регіонами Росії збили 41 український безпілотник."
          + " | RUSSIAN_CLAIM | drones destroyed 41",
      "The governor of Kharkiv region said 12 drones had been shot down over the region."
          + " | OTHER_SOURCE | drones destroyed 12",
      "The head of a neighbouring region said seven drones had been downed over its territory."
          + " | OTHER_SOURCE | drones destroyed 7",
      "Separately, the southern air command said its units had downed 26 Molniya drones over the"
          + " south. | OTHER_SOURCE | Molniya destroyed 26",
      "Начальник Одеської ОВА повідомив, що над областю збито 12 ударних БпЛА. | OTHER_SOURCE"
          + " | drones destroyed 12",
      "Eight drones were shot down over Kyiv, the city military administration said."
          + " | OTHER_SOURCE | drones destroyed 8",
      "A night earlier the air force had reported 54 drones and four S-300/S-400 missiles."
          + " | OTHER_PERIOD | drones launched 54",
      "The previous night the air force had reported 112 drones. | OTHER_PERIOD"
          + " | drones launched 112",
      "Over the past week, Russia has launched more than 1,200 attack drones against Ukraine."
          + " | OTHER_PERIOD | drones launched at least 1201",
      "The attack capped a week in which Ukraine tracked more than 1,900 drones. | OTHER_PERIOD"
          + " | drones launched at least 1901",
      "Нагадаємо, минулої ночі ворог запускав 162 дрони. | OTHER_PERIOD | drones launched 162",
      "Загалом за тиждень ворог застосував проти України понад 1 100 ударних дронів."
          + " | OTHER_PERIOD | drones launched at least 1101",
      "Попередньої ночі росіяни запустили 115 дронів, з яких 97 вдалося знешкодити."
          + " | OTHER_PERIOD | drones launched 115",
  })
  void isSetAsideAndLeavesTheStatementAlone(String noise, SetAside.Reason reason, String figure) {
    for (String text : List.of(STATEMENT + " " + noise, noise + " " + STATEMENT)) {
      Extraction x = Read.text(text);
      assertEquals(FIGURES, Read.figures(x), text);
      assertEquals(List.of(reason), x.setAside().stream().map(SetAside::reason).distinct()
          .collect(Collectors.toList()), text);
      assertEquals(figure, Read.describe(x.setAside().get(0).figures().get(0)), text);
      assertTrue(noise.contains(x.setAside().get(0).text().strip()), x.setAside().toString());
    }
  }

  @Test
  void aGovernorsCasualtiesAreKeptAndHisCountOfDronesIsNot() {
    Extraction x = Read.text(STATEMENT + " The governor of Odesa region said 12 drones were shot"
        + " down over the region and that debris injured three people in Odesa.");
    assertEquals(List.of("drones launched 120", "missiles launched 4", "drones destroyed 85",
        "drones suppressed 30", "people injured 3 @Odesa"), Read.figures(x));
    assertEquals("drones destroyed 12", Read.describe(x.setAside().get(0).figures().get(0)));
  }

  @Test
  void aRecapInATrailingClauseSetsAsideOnlyItsOwnNumber() {
    Extraction x = Read.text("Russia launched 500 drones overnight, up from 300 drones the"
        + " previous night.");
    assertEquals(List.of("drones launched 500"), Read.figures(x));
    assertEquals("drones launched 300", Read.describe(x.setAside().get(0).figures().get(0)));
  }

  @Test
  void theRemainingDronesAreARemainderNotAFigure() {
    Extraction x = Read.text(STATEMENT + " It did not specify what happened to the remaining 5"
        + " drones.");
    assertEquals(FIGURES, Read.figures(x));
    assertEquals(SetAside.Reason.REMAINDER, x.setAside().get(0).reason());
    assertEquals("the remaining 5 drones", x.setAside().get(0).detail());
  }

  @Test
  void aFigureThatContradictsAnEarlierOneIsSetAsideAsAConflict() {
    Extraction x = Read.text("Russia launched 120 drones overnight. Later the air force said"
        + " Russia launched 140 drones.");
    assertEquals(List.of("drones launched 120"), Read.figures(x));
    SetAside s = x.setAside().get(0);
    assertEquals(SetAside.Reason.CONFLICT, s.reason());
    assertEquals("drones launched: 140 against 120", s.detail());
  }

  @Test
  void twoStatementsOfOneFigureCombineIntoWhatBothAllow() {
    var r = Read.report("A strike killed three people in Dnipro. At least three people were"
        + " killed in Dnipro, and about 30 were injured there. At least 30 people were injured"
        + " in Dnipro.");
    assertEquals(org.conflictstats.model.Count.exactly(3), r.casualties().killed());
    assertEquals(org.conflictstats.model.Count.between(30, 33), r.casualties().injured());
  }
}
