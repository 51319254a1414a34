package org.conflictstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The commands' one plural rule, the irregular "copies" included, and their one way to write a count. */
final class WordsTest {

  @Test
  void oneIsSingularAndAConsonantThenYBecomesIes() {
    assertEquals("1 copy", Words.counted(1, "copy"));
    assertEquals("0 copies", Words.counted(0, "copy"));
    assertEquals("2 days", Words.counted(2, "day"));
    assertEquals("1 report", Words.counted(1, "report"));
    assertEquals("3,378 rows", Words.counted(3378, "row"));
    assertEquals("overlapping pairs", Words.nouns(2, "overlapping pair"));
  }

  @Test
  void everyCountHasThousandsSeparatorsWhateverTheLocale() {
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.GERMANY); // "3.378" if the locale leaked in
      assertEquals("1,000,000 reports", Words.counted(1_000_000, "report"));
      assertEquals("999", Words.number(999));
      assertEquals("-1,234", Words.number(-1234));
    } finally {
      java.util.Locale.setDefault(before);
    }
  }
}
