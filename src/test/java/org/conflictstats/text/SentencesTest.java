package org.conflictstats.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Cutting texts into sentences: periods, abbreviations, decimals, line breaks. */
final class SentencesTest {

  private static List<String> split(String text) {
    return Sentences.split(text).stream().map(s -> s.of(text)).collect(Collectors.toList());
  }

  @Test
  void cutsAtAPeriodBeforeACapitalADigitOrAQuote() {
    assertEquals(List.of("One.", "Two!", "3 more?", "«Four»."),
        split("One. Two! 3 more? «Four»."));
  }

  @Test
  void keepsAbbreviationsInitialsDecimalsAndTimesInside() {
    assertEquals(List.of("Mr. Smith met U.S. officials at 9.05am and J. Doe at 2.5 km."),
        split("Mr. Smith met U.S. officials at 9.05am and J. Doe at 2.5 km."));
    assertEquals(List.of("Станом на 09:00 р. у м. Київ."), split("Станом на 09:00 р. у м. Київ."));
  }

  @Test
  void cutsAtLineBreaksUnlessTheLineGoesOnInLowerCase() {
    assertEquals(List.of("Thursday 17 April 2025 11:26, UK", "Russia launched 75 drones",
            "overnight and more", "Next"),
        split("Thursday 17 April 2025 11:26, UK\nRussia launched 75 drones\n\novernight and more"
            + "\nNext"));
    assertEquals(List.of("Russia launched 75 drones\nat the country overnight."),
        split("Russia launched 75 drones\nat the country overnight."));
  }

  @Test
  void keepsTheListAfterALineEndingInAColonInItsSentence() {
    assertEquals(List.of("Shot down:\n51 drones;\n2 Kh-101 missiles.", "Next"),
        split("Shot down:\n51 drones;\n2 Kh-101 missiles.\nNext"));
    assertEquals(List.of("Збито:\n- 51 дрон\n- 2 ракети Х-101", "Далі"),
        split("Збито:\n- 51 дрон\n- 2 ракети Х-101\nДалі"));
    // a line that ends the list with a period, or a blank line, still ends the sentence
    assertEquals(List.of("Shot down:", "51 drones."),
        split("Shot down:\n\n51 drones."));
  }

  @Test
  void leavesNoBlankSentence() {
    assertEquals(List.of(), split("  \n\n  "));
    assertEquals(List.of("Tail"), split("\n\nTail\n"));
  }
}
