package org.conflictstats.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.conflictstats.model.StrikeReport;

/**
 * Any text, however garbled, is read without an exception: words of statements, numbers, weapon
 * names, cues and punctuation in random order. Every span lies inside the text, and a report, when
 * there is one, has a line for every figure's weapons to go on.
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

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(WORDS).list().ofMaxSize(60).map(w -> String.join(" ", w));
  }

  @Property(tries = 1500)
  void anyTextIsReadWithoutAnExceptionAndItsSpansLieInside(@ForAll("texts") String text) {
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
}
