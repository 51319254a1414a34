package org.conflictstats.text;

/**
 * The language of a text, detected from its letters: Ukrainian when most letters are Cyrillic,
 * English otherwise. The extractor reads the phrasings of both languages in any text (Ukrainian
 * posts quote Latin weapon names, English articles quote Ukrainian ones); the language is reported,
 * not used to choose rules.
 *
 * <pre>{@code
 * Language.detect("Збито 26 дронів");       // UKRAINIAN
 * Language.detect("25 drones were shot down"); // ENGLISH
 * }</pre>
 */
public enum Language {
  /** English. */
  ENGLISH("English"),
  /** Ukrainian. */
  UKRAINIAN("Ukrainian");

  private final String label;

  Language(String label) {
    this.label = label;
  }

  /**
   * Returns the language's English name.
   *
   * @return "English" or "Ukrainian"
   */
  public String label() {
    return label;
  }

  /**
   * Detects the language of a text: Ukrainian when more than half of its letters are Cyrillic.
   *
   * @param text the text
   * @return the language; {@link #ENGLISH} for a text without letters
   */
  public static Language detect(CharSequence text) {
    java.util.Objects.requireNonNull(text, "text");
    long letters = 0;
    long cyrillic = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
          cyrillic++;
        }
      }
    }
    return letters > 0 && cyrillic * 2 > letters ? UKRAINIAN : ENGLISH;
  }
}
