package org.conflictstats.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds weapon names to a lookup key, so that scripts, transliterations and spelling agree. */
final class WeaponNames {

  /** Cyrillic letters that look like Latin ones, as the data sets mix them ("Х-101", "С-300"). */
  private static final String CYRILLIC = "абвгдеєжзиіїйклмнопрстуфхцчшщьюяё";
  private static final String[] LATIN = {
      "a", "b", "v", "g", "d", "e", "ye", "zh", "z", "y", "i", "yi", "y", "k", "l", "m", "n", "o", "p",
      "r", "c", "t", "u", "f", "x", "ts", "ch", "sh", "shch", "", "yu", "ya", "e"};

  /** "kh" before a digit or hyphen-digit is the Latin spelling of the Cyrillic Х in Kh- missiles. */
  private static final Pattern KH = Pattern.compile("\\bkh(?=\\d)");
  /** The Latin S of S-300/S-400 is the Cyrillic С the Air Force writes as "C". */
  private static final Pattern S_SAM = Pattern.compile("\\bs(?=[34]00\\b)");
  /** Parts of a composite line: "A and B", case-insensitive, with any surrounding spaces. */
  static final Pattern AND = Pattern.compile("\\s+and\\s+", Pattern.CASE_INSENSITIVE);

  private WeaponNames() {}

  /**
   * Returns the lookup key of a name: Unicode-normalised, lower case, Cyrillic transliterated,
   * separators dropped, {@code kh}/{@code s} prefixes folded to the dataset's {@code x}/{@code c}.
   */
  static String key(String name) {
    // ASCII and basic Cyrillic are their own NFKC form: the normaliser (whose tables cost a short
    // run tens of milliseconds to load) and the three expressions run only where they can change
    // something; WeaponNamesProperties checks this against the plain sequence
    String s = (isOwnNfkc(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFKC))
        .toLowerCase(Locale.ROOT).strip();
    // separators (whitespace, '-', '_', '.', and the dashes the data sets write for '-') are
    // dropped here, character by character: what replacing [\s\-_.]+ by nothing did, without an
    // expression to run on every name (a short run keys hundreds of catalogue names)
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int at = CYRILLIC.indexOf(c);
      if (at >= 0) {
        b.append(LATIN[at]);
      } else if (!isSeparator(c) && c != '‐' && c != '‑' && c != '–' && c != '—') {
        b.append(c);
      }
    }
    s = b.toString();
    if (s.contains("kh")) {
      s = KH.matcher(s).replaceAll("x");
    }
    return s.contains("s300") || s.contains("s400") ? S_SAM.matcher(s).replaceAll("c") : s;
  }

  /** Whether every character is ASCII or basic Cyrillic (U+0400 to U+045F), all NFKC-stable. */
  static boolean isOwnNfkc(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80 && (c < 0x0400 || c > 0x045F)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the character separates parts of a name: whitespace ({@code \s}), '-', '_' or '.'. */
  private static boolean isSeparator(char c) {
    return c == '-' || c == '_' || c == '.' || RegexSpace.is(c);
  }
}
