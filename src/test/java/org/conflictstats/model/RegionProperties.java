package org.conflictstats.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A region's name against the expression it was normalised with before the matcher was skipped
 * for names without white space to collapse: {@code strip()}, then each run of {@code \s} one
 * space; a blank name refused.
 */
class RegionProperties {

  @Property(tries = 3_000)
  void namesAreNormalisedAsByTheExpression(@ForAll("names") String raw) {
    String expected = raw.strip().replaceAll("\\s+", " ");
    if (expected.isEmpty()) {
      assertThrows(IllegalArgumentException.class, () -> Region.of(raw));
    } else {
      assertEquals(expected, Region.of(raw).name());
    }
  }

  @Provide
  Arbitrary<String> names() {
    // letters, every \s character, white space \s does not match (no-break and em space, the
    // next line and line separator characters) and one Cyrillic letter
    return Arbitraries.strings()
        .withChars('a', 'b', 'K', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2003',
            '\u0085', '\u2028', 'ї')
        .ofMinLength(0).ofMaxLength(12);
  }
}
