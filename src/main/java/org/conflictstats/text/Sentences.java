package org.conflictstats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a text into sentences: at ". ", "! ", "? " before a capital, a digit or a quote (not after
 * an abbreviation or an initial), and at line breaks unless the next line goes on in lower case
 * (a wrapped line) or the next line is of a list after a line ending in a colon.
 */
final class Sentences {

  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "no",
      "vs", "etc", "e.g", "i.e", "approx", "gen", "lt", "col", "sgt", "sen", "rep", "gov", "jan",
      "feb", "aug", "sept", "oct", "nov", "dec", "inc", "ltd", "jr", "sr", "prof", "u.s", "u.k",
      "м", "р", "обл", "вул", "тис", "ст", "ім", "див", "с", "пп", "рр", "хв", "год", "млн", "млрд",
      "т.зв", "напр");

  private Sentences() {}

  static List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    // a line ending in a colon heads the list on the lines after it ("Shot down:", «Збито:»):
    // they go on in its sentence while each line ends in a colon, a semicolon or a comma, or the
    // next starts with a digit or a bullet
    boolean inList = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        int j = i + 1;
        boolean blank = false;
        while (j < n && Character.isWhitespace(text.charAt(j))) {
          blank |= text.charAt(j) == '\n';
          j++;
        }
        char last = lastChar(text, start, i);
        inList |= last == ':';
        boolean listGoesOn = inList && (last == ':' || last == ';' || last == ','
            || j < n && (Character.isDigit(text.charAt(j)) || "-–—•*".indexOf(text.charAt(j)) >= 0));
        if (blank || j == n || !Character.isLowerCase(text.charAt(j)) && !listGoesOn) {
          add(text, start, i, out);
          start = i + 1;
          inList = false;
        }
      } else if (c == '.' || c == '!' || c == '?' || c == '…') {
        int k = i + 1;
        while (k < n && "\")'»”’".indexOf(text.charAt(k)) >= 0) {
          k++;
        }
        if (k == n) {
          add(text, start, k, out);
          start = k;
          inList = false;
          i = k - 1;
          continue;
        }
        if (!Character.isWhitespace(text.charAt(k)) || c == '.' && abbreviation(text, i)) {
          continue;
        }
        int m = k;
        while (m < n && Character.isWhitespace(text.charAt(m))) {
          m++;
        }
        if (m == n || Character.isUpperCase(text.charAt(m)) || Character.isDigit(text.charAt(m))
            || "\"«“'(".indexOf(text.charAt(m)) >= 0) {
          add(text, start, k, out);
          start = k;
          inList = false;
          i = k - 1;
        }
      }
    }
    add(text, start, n, out);
    return out;
  }

  /** The last character of the text from {@code from} to {@code to} that is not whitespace, or 0. */
  private static char lastChar(String text, int from, int to) {
    for (int k = to - 1; k >= from; k--) {
      if (!Character.isWhitespace(text.charAt(k))) {
        return text.charAt(k);
      }
    }
    return 0;
  }

  /** Whether the word before the period at {@code dot} is an abbreviation or an initial. */
  private static boolean abbreviation(String text, int dot) {
    int b = dot;
    while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
      b--;
    }
    String word = text.substring(b, dot);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true;
    }
    return ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  private static void add(String text, int from, int to, List<Span> out) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (to > from) {
      out.add(Span.of(from, to));
    }
  }
}
