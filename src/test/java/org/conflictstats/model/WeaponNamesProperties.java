package org.conflictstats.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link WeaponNames#key} skips the normaliser and its expressions where they cannot change the
 * text; the oracle is the plain sequence, every step on every name.
 */
class WeaponNamesProperties {

  private static final String CYRILLIC = "абвгдеєжзиіїйклмнопрстуфхцчшщьюяё";
  private static final String[] LATIN = {
      "a", "b", "v", "g", "d", "e", "ye", "zh", "z", "y", "i", "yi", "y", "k", "l", "m", "n", "o", "p",
      "r", "c", "t", "u", "f", "x", "ts", "ch", "sh", "shch", "", "yu", "ya", "e"};

  /** The key as first written: normalise, lower, strip, transliterate, three replacements. */
  private static String plainKey(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      int at = CYRILLIC.indexOf(c);
      b.append(at >= 0 ? LATIN[at] : c == '‐' || c == '‑' || c == '–' || c == '—' ? "-"
          : String.valueOf(c));
    }
    s = Pattern.compile("\\bkh(?=\\d)").matcher(
        Pattern.compile("[\\s\\-_.]+").matcher(b).replaceAll("")).replaceAll("x");
    return Pattern.compile("\\bs(?=[34]00\\b)").matcher(s).replaceAll("c");
  }

  @Test
  void everyCharacterTakenAsItsOwnNfkcIsSo() {
    for (char c = 0; c < 0x500; c++) {
      String s = String.valueOf(c);
      if (WeaponNames.isOwnNfkc(s)) {
        assertEquals(s, Normalizer.normalize(s, Normalizer.Form.NFKC), "U+" + (int) c);
      }
    }
    assertTrue(WeaponNames.isOwnNfkc("Х-101 Шахед"));
  }

  @Property(tries = 5000)
  void keyIsThePlainSequence(@ForAll("names") String name) {
    assertEquals(plainKey(name), WeaponNames.key(name));
  }

  @Test
  void catalogueNamesKeyAsBefore() {
    for (CataloguedWeapon w : WeaponCatalog.builtIn().weapons()) {
      assertEquals(plainKey(w.name()), WeaponNames.key(w.name()));
      for (String alias : w.aliases()) {
        assertEquals(plainKey(alias), WeaponNames.key(alias));
      }
    }
  }

  @Provide
  Arbitrary<String> names() {
    // the letters, digits and marks of weapon names, and characters the normaliser changes
    Arbitrary<Character> chars = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.of('k', 'h', 's', 'x', 'K', 'H', 'S', 'X', '1', '0',
            '3', '4', '5', 'a', 'M')),
        net.jqwik.api.Tuple.of(3, Arbitraries.of(' ', '-', '_', '.', '\t', '/', '(', ')')),
        net.jqwik.api.Tuple.of(3, Arbitraries.chars().range('\u0400', '\u045F')),
        net.jqwik.api.Tuple.of(2, Arbitraries.of('\u2010', '\u2011', '\u2013', '\u2014', '\u00A0',
            '\uFF13', '\uFF2B', '\u0301', '\u0306', '\u2160', '\u00B9', '\u0450', '\u04E6')),
        net.jqwik.api.Tuple.of(1, Arbitraries.chars()));
    return chars.list().ofMaxSize(14).map(l -> {
      StringBuilder b = new StringBuilder();
      l.forEach(b::append);
      return b.toString();
    });
  }
}
