package org.conflictstats.text;

/**
 * The language of a text, detected from its letters: Ukrainian when most letters are Cyrillic,
 * Russian when those hold a letter only Russian has (ы, э, ъ, ё) and none only Ukrainian has
 * (і, ї, є, ґ), English otherwise. The extractor reads the phrasings of both languages in any text (Ukrainian
 * posts quote Latin weapon names, English articles quote Ukrainian ones); the language is reported,
 * not used to choose rules.
 *
 * <pre>{@code
 * Language.detect("Збито 26 дронів");       // UKRAINIAN
 * Language.detect("25 drones were shot down"); // ENGLISH
 * Language.detect("Сбиты 26 дронов");       // RUSSIAN: not read (see the README)
 * }</pre>
 */
public enum Language {
  /** English. */
  ENGLISH("English"),
  /** Ukrainian. */
  UKRAINIAN("Ukrainian"),
  /**
   * Russian: the extractor has no Russian phrasings, so the figures of a Russian text are those
   * its Ukrainian rules happen to read, and may be few or none.
   */
  RUSSIAN("Russian");

  private final String label;

  Language(String label) {
    this.label = label;
  }

  /**
   * Returns the language's English name.
   *
   * @return "English", "Ukrainian" or "Russian"
   */
  public String label() {
    return label;
  }

  /**
   * Detects the language of a text: Cyrillic when more than half of its letters are; Cyrillic is
   * Russian when it holds ы, э, ъ or ё and none of і, ї, є, ґ, Ukrainian otherwise.
   *
   * @param text the text
   * @return the language; {@link #ENGLISH} for a text without letters
   */
  public static Language detect(CharSequence text) {
    java.util.Objects.requireNonNull(text, "text");
    long letters = 0;
    long cyrillic = 0;
    boolean russianOnly = false;
    boolean ukrainianOnly = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
          cyrillic++;
          char l = Character.toLowerCase(c);
          russianOnly |= l == 'ы' || l == 'э' || l == 'ъ' || l == 'ё';
          ukrainianOnly |= l == 'і' || l == 'ї' || l == 'є' || l == 'ґ';
        }
      }
    }
    if (letters == 0 || cyrillic * 2 <= letters) {
      return ENGLISH;
    }
    return russianOnly && !ukrainianOnly ? RUSSIAN : UKRAINIAN;
  }
}
