package org.conflictstats.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The decoder checks a field name's shape and a time's shape by hand; the oracles are the regular
 * expressions those checks stand for.
 */
final class TextShapeProperties {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern TIME =
      Pattern.compile("[+-]?\\d{4,}-\\d{2}-\\d{2}(T\\d{2}:\\d{2})?");

  @Property(tries = 3000)
  void aNameIsAnIdentifierExactlyWhenTheExpressionMatches(@ForAll("names") String name) {
    assertEquals(IDENTIFIER.matcher(name).matches(), FieldPaths.isIdentifier(name), name);
  }

  @Property(tries = 3000)
  void aTextHasTheShapeOfATimeExactlyWhenTheExpressionMatches(@ForAll("times") String text) {
    assertEquals(TIME.matcher(text).matches(), ReportDecoder.isTimeShape(text), text);
  }

  @Example
  void edgeCases() {
    for (String s : new String[] {"", "_", "a", "Z9", "9a", "a-b", "é", "б", "a b", "aZ_09"}) {
      assertEquals(IDENTIFIER.matcher(s).matches(), FieldPaths.isIdentifier(s), s);
    }
    for (String s : new String[] {"", "2025-04-17", "2025-04-17T20:00", "+12025-04-17", "-0001-01-01",
        "202-04-17", "2025-4-17", "2025-04-17T2:00", "2025-04-17T20:00:00", "2025-04-17 20:00",
        "2025-04-17T", "+-2025-04-17", "2025-04-17T20:0", "٢٠٢٥-04-17", "2025-04-17T20:00Z"}) {
      assertEquals(TIME.matcher(s).matches(), ReportDecoder.isTimeShape(s), s);
    }
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("aZz_09-. é\u0431\u00e0").ofMaxLength(8),
        Arbitraries.strings().withCharRange('!', '~').ofMaxLength(6));
  }

  @Provide
  Arbitrary<String> times() {
    Arbitrary<String> sign = Arbitraries.of("", "", "+", "-");
    Arbitrary<String> year = Arbitraries.strings().numeric().ofMinLength(2).ofMaxLength(6);
    Arbitrary<String> two = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(3);
    Arbitrary<String> time = Combinators.combine(two, two).as((h, m) -> "T" + h + ":" + m);
    Arbitrary<String> built = Combinators.combine(sign, year, two, two,
        Arbitraries.oneOf(Arbitraries.just(""), time)).as((s, y, m, d, t) -> s + y + "-" + m + "-"
        + d + t);
    Arbitrary<String> mutated = Combinators.combine(built, Arbitraries.integers().between(0, 30),
        Arbitraries.of('0', '9', '-', 'T', ':', ' ', '+', 'x', '\u0662')).as((s, at, c) -> {
          int i = Math.min(at, s.length());
          return at % 2 == 0 ? s.substring(0, i) + c + s.substring(i)
              : s.substring(0, i) + (i + 1 < s.length() ? s.substring(i + 1) : "");
        });
    return Arbitraries.oneOf(built, mutated,
        Arbitraries.strings().withChars("0123456789-+T: ").ofMaxLength(20));
  }
}
