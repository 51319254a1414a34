package org.conflictstats.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Any number from 0 to 9,999 written in digits or words, English or Ukrainian, parses back to
 * itself. The words come from {@link Numerals}, an oracle written apart from the parser.
 */
final class NumberTextProperties {

  @Property(tries = 2000)
  void englishWordsParseBackToTheNumber(@ForAll @IntRange(min = 0, max = 9999) int n,
      @ForAll boolean british, @ForAll boolean hyphen, @ForAll boolean article,
      @ForAll boolean capital) {
    String words = Numerals.english(n, british, hyphen, article);
    if (capital) {
      words = Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
    Statistics.label("size").collect(n < 20 ? "<20" : n < 100 ? "<100" : n < 1000 ? "<1000" : ">=1000");
    assertEquals(OptionalLong.of(n), NumberText.parse(words), words);
  }

  @Property(tries = 2000)
  void ukrainianWordsInEveryCaseParseBackToTheNumber(@ForAll @IntRange(min = 0, max = 9999) int n,
      @ForAll Numerals.Case grammaticalCase, @ForAll boolean sayOneThousand,
      @ForAll("apostrophes") char apostrophe) {
    String words = Numerals.ukrainian(n, grammaticalCase, sayOneThousand, apostrophe);
    Statistics.label("case").collect(grammaticalCase);
    if (words.equals("тисячі")) {
      // 1000 in the genitive without «однієї»: bare «тисячі» also reads as "thousands", and the
      // parser does not take it for a number (NumberWords.BARE_THOUSAND); about 1 run in 30 of
      // this property drew it and failed
      assertEquals(OptionalLong.empty(), NumberText.parse(words), words);
      return;
    }
    assertEquals(OptionalLong.of(n), NumberText.parse(words), words);
  }

  @Example
  void aBareGenitiveThousandIsNotANumberButOneThousandIs() {
    String bare = Numerals.ukrainian(1000, Numerals.Case.GENITIVE, false, '\'');
    assertEquals("тисячі", bare);
    assertEquals(OptionalLong.empty(), NumberText.parse(bare));
    assertEquals(OptionalLong.of(1000),
        NumberText.parse(Numerals.ukrainian(1000, Numerals.Case.GENITIVE, true, '\'')));
  }

  @Property(tries = 1000)
  void digitsInEveryWrittenFormParseBackToTheNumber(@ForAll @IntRange(min = 0, max = 9999) int n,
      @ForAll("digitForms") DigitForm form) {
    String text = form.write(n);
    Statistics.label("form").collect(form);
    assertEquals(OptionalLong.of(n), NumberText.parse(text), text);
  }

  @Property(tries = 300)
  void ukrainianCaseEndingsAfterDigitsAreTheNumber(@ForAll @IntRange(min = 0, max = 9999) int n,
      @ForAll("endings") String ending) {
    String text = n + "-" + ending;
    assertEquals(OptionalLong.of(n), NumberText.parse(text), text);
  }

  @Property(tries = 300)
  void ordinalsAreNotCounts(@ForAll @IntRange(min = 1, max = 9999) int n,
      @ForAll("ordinalSuffixes") String suffix) {
    assertEquals(OptionalLong.empty(), NumberText.parse(n + suffix), n + suffix);
  }

  @Provide
  Arbitrary<Character> apostrophes() {
    return Arbitraries.of('\'', '\u2019', '\u02BC');
  }

  @Provide
  Arbitrary<String> endings() {
    return Arbitraries.of("ма", "х", "ти", "ми", "ох", "ьох", "м");
  }

  @Provide
  Arbitrary<String> ordinalSuffixes() {
    return Arbitraries.of("th", "st", "nd", "rd", "-й", "-го", "-та", "-ту", "-ї");
  }

  /** The ways digits are written. */
  enum DigitForm {
    PLAIN, COMMA, SPACE, NO_BREAK_SPACE, THIN_SPACE;

    String write(int n) {
      String plain = Integer.toString(n);
      if (this == PLAIN || n < 1000) {
        return plain;
      }
      String sep = this == COMMA ? "," : this == SPACE ? " " : this == NO_BREAK_SPACE ? "\u00A0"
          : "\u2009";
      return plain.substring(0, plain.length() - 3) + sep + plain.substring(plain.length() - 3);
    }
  }

  @Provide
  Arbitrary<DigitForm> digitForms() {
    return Arbitraries.of(DigitForm.class);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
