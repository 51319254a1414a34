package org.conflictstats.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link Sentence#cueAt} finds a token's cue by halving the cues, which are in order and never
 * overlap: the same cue as a walk through every cue gives, for every token of sentences made of
 * cue words, numbers and other words (review rv45b: the walk made long sentences quadratic).
 */
final class CueAtProperties {

  private static final List<String> WORDS = List.of("were shot down", "launched", "drones",
      "5", "missiles", "were not intercepted", "failed to reach their targets", "over", "the",
      "region", "destroyed", "and", "hit", "Kyiv", ",", "were suppressed", "intercepted", "30");

  @Provide
  Arbitrary<String> sentences() {
    return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(80)
        .map(w -> String.join(" ", w) + ".");
  }

  @Property(tries = 300)
  void cueAtIsTheCueAWalkFinds(@ForAll("sentences") String text) {
    String norm = Normalized.of(text);
    Sentence s = new Sentence(text, norm, Span.of(0, text.length()));
    for (Token t : s.toks) {
      Cue walked = null;
      for (Cue c : s.cues) {
        if (t.start() >= c.span().start() && t.end() <= c.span().end()) {
          walked = c;
          break;
        }
      }
      assertEquals(walked, s.cueAt(t), () -> t + " in " + text);
    }
  }

  /**
   * A negation right before its cue is found however long the clause before it (the clause is
   * looked through over a window of tokens around the figure, {@link Denial#WINDOW}).
   */
  @Test
  void aDenialAtTheEndOfALongClauseIsStillADenial() {
    String filler = "the drones flew over the region and ".repeat(400);
    Extraction x = StatementExtractor.builtIn().extract("Russia launched 40 drones, " + filler
        + "2 Iskander-M missiles were not intercepted.", LocalDate.of(2025, 4, 17));
    assertTrue(x.notUnderstood().stream().anyMatch(n -> n.toString().contains("did not happen")),
        x.notUnderstood()::toString);
    assertTrue(x.figures().stream().noneMatch(f -> f.count().toString().equals("2")),
        x.figures()::toString);
    // commas do not count in the window: 45 of them between the number and its negation
    Extraction commas = StatementExtractor.builtIn().extract("Russia launched 20 Shahed drones."
        + " 5 drones could" + ", ".repeat(45) + "not be stopped.", LocalDate.of(2025, 4, 17));
    assertTrue(commas.figures().stream().noneMatch(f -> f.count().toString().equals("5")),
        commas.figures()::toString);
  }
}
