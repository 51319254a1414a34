package org.conflictstats.text;

import java.util.regex.Pattern;

/**
 * Reads what a sentence holds between its units and cues: list separators ("and", commas, "as
 * well as", «а також»), clause boundaries, the colon, the dash and parentheses that open a
 * breakdown, and other words as gaps.
 */
final class Separators {

  private Separators() {}

  /**
   * Who says so, between commas: "the air force said", "officials say", "according to the air
   * force", «за даними Повітряних сил», «як повідомили в ПС».
   */
  private static final Pattern ATTRIBUTION = Pattern.compile("(?iu)(?:[\\p{L}'’-]+ ){1,4}"
      + "(?:said|says|reported|stated|added|noted)|according to(?: [\\p{L}'’-]+){1,4}|"
      + "(?:за даними|за словами)(?: [\\p{L}'’-]+){1,4}|"
      + "як (?:повідоми|зазначи|повідомля|зазнача)\\p{L}*(?: [\\p{L}'’-]+){0,4}");

  /**
   * Who says so between a number and its outcome verb: "of which 30, the air force said, were shot
   * down", «з яких 30, за даними ПС, збито», "All of them, according to officials, were shot
   * down". From the comma at {@code i}, right after a unit with a number or "all of them", to the
   * closing comma before an outcome cue, only words that say who said it (no cue, number or aside
   * of another source among them): skipped, so that the number and the verb are read together.
   *
   * @param s the sentence being read
   * @param i the index of a token
   * @return the index after the closing comma, or {@code i} where no such words are
   */
  static int attribution(Sentence s, int i) {
    if (!s.toks.get(i).is(",") || s.els.isEmpty()) {
      return i;
    }
    Sentence.El last = s.els.get(s.els.size() - 1);
    if (!last.is(Sentence.T.UNIT) || !last.unit().hasNumber() && !last.unit().allOfThem
        || last.unit().to != i) {
      return i;
    }
    return beforeOutcome(s, i);
  }

  /**
   * Who says so between commas right before an outcome cue, wherever it stands: from the comma at
   * {@code i} to the closing comma before an outcome cue, only words that say who said it (no cue,
   * number or aside of another source among them). «Усі, як повідомили в ПС, збито» reads as «Усі
   * збито».
   *
   * @param s the sentence being read
   * @param i the index of a token
   * @return the index after the closing comma, or {@code i} where no such words are
   */
  static int beforeOutcome(Sentence s, int i) {
    if (i < 0 || i >= s.toks.size() || !s.toks.get(i).is(",")) {
      return i;
    }
    StringBuilder words = new StringBuilder();
    for (int k = i + 1; k < s.toks.size() && k <= i + 6; k++) {
      Token t = s.toks.get(k);
      if (t.is(",")) {
        Token next = k + 1 < s.toks.size() ? s.toks.get(k + 1) : null;
        Cue c = next == null ? null : s.cueAt(next);
        boolean outcome = c != null && c.kind() == Cue.Kind.FIELD && c.field().isOutcome();
        int from = s.toks.get(i + 1).start();
        int to = s.toks.get(k - 1).end();
        boolean aside = s.asides.stream()
            .anyMatch(a -> a.span().start() < to && from < a.span().end());
        return k > i + 1 && outcome && !aside && ATTRIBUTION.matcher(words).matches() ? k + 1 : i;
      }
      if (!t.isWord() || s.cueAt(t) != null || s.notCount[k] != null
          || Character.isDigit(t.text().charAt(0))) {
        return i;
      }
      words.append(words.length() > 0 ? " " : "").append(t.text());
    }
    return i;
  }

  /** Punctuation and other words; returns the next index. */
  static int read(Sentence s, int i) {
    Token t = s.toks.get(i);
    if (t.isPunct()) {
      switch (t.text()) {
        case ",":
          s.els.add(new Sentence.El(Sentence.T.SEP, null, null, ","));
          break;
        case ";":
        case ".":
        case "!":
        case "?":
        case "…":
          s.els.add(new Sentence.El(Sentence.T.BOUND, null, null, t.text()));
          break;
        case ":":
          s.els.add(new Sentence.El(Sentence.T.COLON, null, null, ":"));
          break;
        case "–":
          s.els.add(new Sentence.El(Sentence.T.DASH, null, null, "–"));
          break;
        case "-":
          s.els.add(new Sentence.El(Sentence.T.DASH, null, null, "-"));
          break;
        case "(":
          s.els.add(new Sentence.El(Sentence.T.LPAREN, null, null, "("));
          break;
        case ")":
          s.els.add(new Sentence.El(Sentence.T.RPAREN, null, null, ")"));
          break;
        case "\"":
          break;
        default:
          s.els.add(new Sentence.El(Sentence.T.GAP, null, null, t.text()));
      }
      return i + 1;
    }
    String w = t.text();
    if (w.equals("а") && tokIs(s, i + 1, "також")) {
      s.els.add(new Sentence.El(Sentence.T.SEP, null, null, "а також"));
      return i + 2;
    }
    if (w.equals("as") && tokIs(s, i + 1, "well") && tokIs(s, i + 2, "as")) {
      s.els.add(new Sentence.El(Sentence.T.SEP, null, null, "as well as"));
      return i + 3;
    }
    if ((w.equals("along") || w.equals("together")) && tokIs(s, i + 1, "with")) {
      s.els.add(new Sentence.El(Sentence.T.SEP, null, null, w + " with"));
      return i + 2;
    }
    if (Lexicon.LIST_WORDS.contains(w)) {
      s.els.add(new Sentence.El(Sentence.T.SEP, null, null, w));
    } else if (Lexicon.CLAUSE_WORDS.contains(w)) {
      s.els.add(new Sentence.El(Sentence.T.BOUND, null, null, w));
    } else {
      s.els.add(new Sentence.El(Sentence.T.GAP, null, null, w));
    }
    return i + 1;
  }

  private static boolean tokIs(Sentence s, int i, String w) {
    Token t = i >= 0 && i < s.toks.size() ? s.toks.get(i) : null;
    return t != null && t.is(w) && s.cueAt(t) == null;
  }
}
