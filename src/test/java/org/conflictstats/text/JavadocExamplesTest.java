package org.conflictstats.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.conflictstats.model.Count;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponLine;
import org.junit.jupiter.api.Test;

/**
 * The examples in the Javadoc of {@link StatementExtractor}, {@link Figure} and
 * {@link NotUnderstood}, run on their own texts: each comment there is asserted here.
 */
final class JavadocExamplesTest {

  private static final String TEXT = "Ukraine's air force says Russia launched five missiles and"
      + " 75 drones overnight. It added that 25 drones were shot down and another 30 failed to"
      + " reach their targets.";

  @Test
  void theExtractorsExample() {
    StrikeReport r = StatementExtractor.builtIn().extract(TEXT, LocalDate.of(2025, 4, 17))
        .report().orElseThrow();
    List<WeaponLine> lines = r.lines();
    assertEquals(2, lines.size());
    assertEquals("Unknown Missile", lines.get(0).weapon().name());
    assertEquals(Count.exactly(5), lines.get(0).launched());
    // outcomes unknown: the text says nothing of the missiles' fate, so destroyed and suppressed
    // are unknown, not 0, and every one of the 5 may be of unknown outcome
    assertEquals(Count.unknown(), lines.get(0).destroyed());
    assertEquals(Count.unknown(), lines.get(0).suppressed());
    assertEquals(Count.atMost(5), lines.get(0).unknown());
    WeaponLine shahed = lines.get(1);
    assertEquals("Shahed-136/131", shahed.weapon().name());
    assertEquals(List.of(Count.exactly(75), Count.exactly(25), Count.exactly(30),
        Count.exactly(20)), List.of(shahed.launched(), shahed.destroyed(), shahed.suppressed(),
        shahed.unknown()));
  }

  @Test
  void theFiguresExample() {
    Extraction x = StatementExtractor.builtIn().extract(TEXT, LocalDate.of(2025, 4, 17));
    assertEquals("five missiles", x.figures().get(0).span().of(TEXT));
    assertEquals("75 drones", x.figures().get(1).span().of(TEXT));
    Figure f = x.figures().get(2);
    assertEquals("drones", f.group().label());
    assertEquals(Field.DESTROYED, f.field());
    assertEquals(Count.exactly(25), f.count());
    assertEquals("25 drones", f.span().of(TEXT));
    assertEquals("were shot down", f.cue().orElseThrow().of(TEXT));
  }

  @Test
  void theNotUnderstoodExample() {
    String text = "The Russian-Israeli spent 498 days in captivity after the 7 October attacks.";
    NotUnderstood n = StatementExtractor.builtIn().extract(text, LocalDate.of(2025, 4, 17))
        .notUnderstood().get(0);
    assertEquals("498 days: days, regions or a share, not a count of weapons; 7 October: a date",
        n.why());
  }
}
