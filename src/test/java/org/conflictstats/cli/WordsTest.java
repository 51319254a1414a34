package org.conflictstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The commands' one plural rule, the irregular "copies" included. */
final class WordsTest {

  @Test
  void oneIsSingularAndAConsonantThenYBecomesIes() {
    assertEquals("1 copy", Words.plural(1, "copy"));
    assertEquals("0 copies", Words.plural(0, "copy"));
    assertEquals("2 days", Words.plural(2, "day"));
    assertEquals("1 report", Words.plural(1, "report"));
    assertEquals("3,378 rows", Words.counted(3378, "row"));
    assertEquals("overlapping pairs", Words.nouns(2, "overlapping pair"));
  }
}
