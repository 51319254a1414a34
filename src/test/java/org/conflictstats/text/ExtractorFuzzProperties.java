package org.conflictstats.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.conflictstats.model.StrikeReport;

/**
 * Any text, however garbled, is read without an exception: words of statements, numbers, weapon
 * names, cues and punctuation in random order. Every span lies inside the text, and a report, when
 * there is one, has a line for every figure's weapons to go on. Casualty figures count people and
 * only people: never launched, and never from words that count weapons alone.
 */
final class ExtractorFuzzProperties {

  private static final List<String> WORDS = List.of("Russia", "launched", "fired", "75", "1,200",
      "1 200", "seventy-five", "drones", "missiles", "Shahed-type", "decoys", "Kh-101", "Kalibr",
      "Iskander-M/KN-23", "Kh-59/69", "Kh-22/Kh-32", "S-300/S-400", "Iskander-M/Iskander-M",
      "cruise", "ballistic", "of", "the", "them", "which", "all", "both", "another", "remaining",
      "were", "shot", "down", "shot down or suppressed", "lost locationally", "still in the air",
      "toward Belarus", "including", "among them", ":", "–", "(", ")", ",", ".", ";", "and",
      "at least", "more than", "about", "a dozen", "killed", "injured", "people", "in Dnipro",
      "hits were recorded at", "locations", "debris fell at", "governor", "defence ministry",
      "the previous night", "17 April", "11:26", "80th", "%", "атакував", "113-ма", "ударними",
      "БпЛА", "типу", "Shahed", "«Гербера»", "збито", "збито/подавлено", "локаційно втрачені",
      "ракет", "Х-101", "«Калібрів»", "Із", "сорока двох", "крилатих", "близько", "з них",
      "«шахеди»", "загинула", "одна людина", "загиблих немає", "нагадаємо", "зокрема", "всі",
      "обидві", "понад", "0", "999999999999999999999", "a", "dozens", "the missile", "was");

  /**
   * Casualties beside weapons: numbers (Ukrainian number words in several cases among them),
   * "of" and «з», «із» partitives, people, casualty cues, list markers, weapons and their cues.
   */
  private static final List<String> CASUALTY_WORDS = List.of("75", "42", "1 200", "113-ма",
      "seventy-five", "two", "five", "all three", "both", "a dozen", "dozens", "одна", "одну",
      "дві", "двоє", "три", "троє", "п'ять", "п'яти", "п'ятьох", "семеро", "сорока двох",
      "обидві", "of", "of the", "з", "із", "Із", "з них", "of them", "people", "person",
      "children", "людина", "людини", "людей", "одна людина", "дві людини", "п'ять людей",
      "killed", "were killed", "dead", "injured", "were injured", "wounded", "загинули",
      "загинула", "поранено", "постраждали", "дістали поранень", ":", "–", "(", ")", ",", ".",
      "and", "including", "among them", "зокрема", "серед них", "in Dnipro", "drones", "missiles",
      "the missile", "Kh-101", "Kalibr", "Kh-59/69", "S-300/S-400", "Shahed-type", "decoys",
      "БпЛА", "ракети", "ракет", "дронів", "«шахеди»", "«Калібрів»", "«Гербера»", "launched",
      "were shot down", "збито", "атакував");

  /** The words of both vocabularies that name weapons, and those that name people. */
  private static final Set<String> WEAPON_WORDS = Set.of("drones", "missiles", "missile",
      "Shahed-type", "decoys", "Kh-101", "Kalibr", "Iskander-M/KN-23", "Kh-59/69", "Kh-22/Kh-32",
      "S-300/S-400", "Iskander-M/Iskander-M", "БпЛА", "Shahed", "Гербера", "ракет", "ракети",
      "Х-101", "Калібрів", "шахеди", "дронів");
  private static final Set<String> PEOPLE_WORDS = Set.of("people", "person", "children",
      "людина", "людини", "людей");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(WORDS).list().ofMaxSize(60).map(w -> String.join(" ", w));
  }

  @Provide
  Arbitrary<String> casualtyTexts() {
    return Arbitraries.of(CASUALTY_WORDS).list().ofMaxSize(14).map(w -> String.join(" ", w));
  }

  @Property(tries = 1500)
  void anyTextIsReadWithoutAnExceptionAndItsSpansLieInside(@ForAll("texts") String text) {
    assertReadSoundly(text);
  }

  @Property(tries = 1500)
  void casualtiesCountPeopleAndPeopleAreNeverLaunched(@ForAll("casualtyTexts") String text) {
    Extraction x = Read.text(text);
    Statistics.label("a casualty figure").collect(
        x.figures().stream().anyMatch(f -> f.field().isCasualty()));
    Statistics.label("a weapon figure").collect(
        x.figures().stream().anyMatch(f -> !f.field().isCasualty()));
    assertReadSoundly(text);
    assertCasualtiesCountPeople(x);
  }

  /**
   * The sample the first property failed on (found by jqwik): "of одна людина" made the whole of
   * a partitive, one person, a launched figure of people; a launched figure with no weapon line.
   */
  @Example
  void failedSampleSeventyFiveOfOnePersonKilled() {
    String text = "75 of одна людина killed";
    assertReadSoundly(text);
    assertCasualtiesCountPeople(Read.text(text));
    assertEquals(List.of("people killed 75"), Read.figures(text));
  }

  /** The same family, found with many more tries: «з», «із», "of the", "all three", "both". */
  @Example
  void partitivesOfPeopleGiveNoLaunchedFigure() {
    for (String text : List.of("75 of дві людини killed", "1,200 of 42 people were killed",
        "113-ма з дві людини загинула", "two Із одна людина загинули", "all three of 42 people"
            + " were killed", "both of 42 people were killed", "were injured 75 із п'ять людей",
        "1,200 Із одна людина killed the previous night", "killed 75 of 42 people")) {
      assertReadSoundly(text);
      assertCasualtiesCountPeople(Read.text(text));
    }
  }

  /** Found with many more tries: a list of weapons after a casualty count is not its parts. */
  @Example
  void weaponsListedAfterACasualtyCountAreNotPeople() {
    for (String text : List.of("injured dozens ( 113-ма of 1 200 «Калібрів»",
        "killed among them 75 of 42 ракети", "of 42 загинула : both of 42 «Гербера»",
        "wounded дві among them seventy-five з 0 Kh-101", "75 injured зокрема 75 Kh-59/69",
        "both загинули : обидві missiles", "dozens загинули including сорока двох decoys",
        "поранено семеро among them семеро Kh-22/Kh-32")) {
      assertReadSoundly(text);
      assertCasualtiesCountPeople(Read.text(text));
    }
  }

  /** Reads a text: no exception, spans inside, a report iff figures, a line for weapon figures. */
  private static void assertReadSoundly(String text) {
    Extraction x = Read.text(text);
    for (Figure f : x.figures()) {
      assertTrue(f.provenance().end() <= text.length(), f.toString());
      f.span().of(text);
    }
    for (SetAside s : x.setAside()) {
      assertTrue(s.span().end() <= text.length(), s.toString());
    }
    for (NotUnderstood n : x.notUnderstood()) {
      assertTrue(n.span().end() <= text.length(), n.toString());
    }
    assertTrue(x.report().isPresent() == !x.figures().isEmpty(), text);
    x.report().map(StrikeReport::lines).ifPresent(lines ->
        assertTrue(!lines.isEmpty() || x.figures().stream().allMatch(f -> !f.field().isOutcome()
            && f.field() != Field.LAUNCHED), text));
  }

  /**
   * Every figure, kept or set aside, is of people exactly when it is a casualty (people are not
   * launched, shot down or hit), and a casualty figure's words never name weapons without naming
   * people: the vocabularies' own words decide, not the extractor's lexicon.
   */
  private static void assertCasualtiesCountPeople(Extraction x) {
    List<Figure> all = new java.util.ArrayList<>(x.figures());
    x.setAside().forEach(s -> all.addAll(s.figures()));
    for (Figure f : all) {
      assertEquals(f.field().isCasualty(), f.group().kind() == Group.Kind.PEOPLE,
          Read.describe(f) + " in " + x.text());
      if (f.field().isCasualty()) {
        List<String> words = List.of(f.span().of(x.text()).replaceAll("[«»]", "").split("\\s+"));
        assertFalse(words.stream().anyMatch(WEAPON_WORDS::contains)
                && words.stream().noneMatch(PEOPLE_WORDS::contains),
            Read.describe(f) + " <- \"" + f.span().of(x.text()) + "\" in " + x.text());
      }
    }
  }
}
