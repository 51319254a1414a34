package org.conflictstats.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.conflictstats.model.ReportTime;

/**
 * The decoder checks a field name's shape and a time's shape by hand, and reads the usual times
 * digit by digit; the oracles are the regular expressions those checks stand for, and
 * {@code java.time}'s parsers.
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

  @Property(tries = 3000)
  void aPlainTimeIsWhatTheParsersGive(@ForAll("plainTimes") String text) {
    ReportTime parsed;
    try {
      parsed = text.indexOf('T') >= 0 ? ReportTime.ofMinute(LocalDateTime.parse(text))
          : ReportTime.ofDate(LocalDate.parse(text));
    } catch (DateTimeException e) {
      parsed = null;
    }
    boolean plain = ReportDecoder.isTimeShape(text) && (text.length() == 10 || text.length() == 16)
        && Character.isDigit(text.charAt(0));
    // the same time for every text of the two usual shapes; nothing for any other text, which the
    // parsers read as before
    assertEquals(plain ? parsed : null, ReportDecoder.plainTime(text), text);
  }

  @Example
  void plainTimeEdgeCases() {
    assertEquals(ReportTime.ofMinute(LocalDateTime.of(2024, 2, 29, 23, 59)),
        ReportDecoder.plainTime("2024-02-29T23:59"));
    assertEquals(ReportTime.ofDate(LocalDate.of(2025, 4, 17)),
        ReportDecoder.plainTime("2025-04-17"));
    for (String s : new String[] {"2023-02-29", "2025-04-17T24:00", "2025-13-01", "2025-04-00",
        "2025-04-17T20:60", "+2025-04-17", "12025-04-17", "2025-04-17T20:00:00", "2025-04-17 20:00"}) {
      assertNull(ReportDecoder.plainTime(s), s);
    }
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

  @Provide
  Arbitrary<String> plainTimes() {
    Arbitrary<String> year = Arbitraries.oneOf(
        Arbitraries.integers().between(1990, 2030).map(y -> String.format("%04d", y)),
        Arbitraries.strings().numeric().ofLength(4));
    Arbitrary<String> two = Arbitraries.integers().between(0, 70).map(v -> String.format("%02d", v));
    Arbitrary<String> date = Combinators.combine(year, two, two)
        .as((y, m, d) -> y + "-" + m + "-" + d);
    Arbitrary<String> minute = Combinators.combine(date, two, two)
        .as((d, h, m) -> d + "T" + h + ":" + m);
    return Arbitraries.oneOf(date, minute, times());
  }
}
