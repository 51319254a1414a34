package org.conflictstats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Cuts normalised text into tokens and merges numbers: digits with thousands separators
 * ({@code 1,200}, {@code 1 200}), digits with Ukrainian case endings ({@code 113-ма}), and runs of
 * number words ({@code two hundred and twelve}, {@code двадцять п'ять}) each become one number
 * token.
 */
final class Tokenizer {

  private Tokenizer() {}

  /**
   * Returns the tokens of {@code norm} (a {@link Normalized} text) between {@code from} and
   * {@code to}.
   */
  static List<Token> tokens(String norm, int from, int to) {
    List<Token> raw = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = norm.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (isWordChar(c)) {
        int j = i + 1;
        while (j < to) {
          char d = norm.charAt(j);
          if (isWordChar(d)) {
            j++;
          } else if (j + 1 < to && isJoiner(norm, j, to)) {
            j++;
          } else {
            break;
          }
        }
        raw.add(classify(norm, i, j));
        i = j;
      } else {
        raw.add(Token.punct(i, i + 1, String.valueOf(c)));
        i++;
      }
    }
    return mergeWords(mergeDigitGroups(norm, raw));
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /** A character that joins two word characters into one token. */
  private static boolean isJoiner(String s, int j, int to) {
    char d = s.charAt(j);
    char before = s.charAt(j - 1);
    char after = s.charAt(j + 1);
    if (!isWordChar(before) || !isWordChar(after)) {
      return false;
    }
    switch (d) {
      case '-':
      case '/':
      case '\'':
        return true;
      case '.':
        return Character.isDigit(before) && Character.isDigit(after);
      case ',':
        // a thousands separator: digits, then exactly three digits
        if (!Character.isDigit(before)) {
          return false;
        }
        int k = j + 1;
        while (k < to && Character.isDigit(s.charAt(k))) {
          k++;
        }
        return k - (j + 1) == 3 && (k == to || !isWordChar(s.charAt(k)));
      default:
        return false;
    }
  }

  private static Token classify(String norm, int start, int end) {
    String t = norm.substring(start, end);
    if (Character.isDigit(t.charAt(0))) {
      OptionalLong v = NumberWords.digits(t);
      if (v.isPresent()) {
        return Token.number(start, end, t, v.getAsLong());
      }
    }
    return Token.word(start, end, t);
  }

  /** {@code 1 200}: a number of one to three digits and groups of exactly three, one space apart. */
  private static List<Token> mergeDigitGroups(String norm, List<Token> raw) {
    List<Token> out = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      Token t = raw.get(i);
      if (t.isNumber() && t.text().matches("\\d{1,3}")) {
        int j = i;
        long value = t.value();
        while (j + 1 < raw.size()) {
          Token next = raw.get(j + 1);
          if (next.isNumber() && next.text().matches("\\d{3}") && next.start() == raw.get(j).end() + 1
              && norm.charAt(raw.get(j).end()) == ' ') {
            value = value * 1000 + next.value();
            j++;
          } else {
            break;
          }
        }
        if (j > i) {
          out.add(Token.number(t.start(), raw.get(j).end(), norm.substring(t.start(),
              raw.get(j).end()), value));
          i = j;
          continue;
        }
      }
      out.add(t);
    }
    return out;
  }

  /** The longest run of number words (at most 8) that reads as one number becomes one token. */
  private static List<Token> mergeWords(List<Token> in) {
    List<Token> out = new ArrayList<>(in.size());
    int i = 0;
    while (i < in.size()) {
      Token t = in.get(i);
      if (t.isWord() && NumberWords.isNumberWord(t.text()) && !t.is("and")) {
        int best = -1;
        long bestValue = 0;
        List<String> words = new ArrayList<>();
        for (int j = i; j < in.size() && j < i + 8; j++) {
          Token w = in.get(j);
          if (!w.isWord() || !NumberWords.isNumberWord(w.text())) {
            break;
          }
          words.add(w.text());
          OptionalLong v = NumberWords.parse(words);
          if (v.isPresent()) {
            best = j;
            bestValue = v.getAsLong();
          }
        }
        if (best >= 0) {
          out.add(Token.number(t.start(), in.get(best).end(), join(in, i, best), bestValue));
          i = best + 1;
          continue;
        }
      }
      out.add(t);
      i++;
    }
    return out;
  }

  private static String join(List<Token> in, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k <= to; k++) {
      if (k > from) {
        b.append(' ');
      }
      b.append(in.get(k).text());
    }
    return b.toString();
  }
}
