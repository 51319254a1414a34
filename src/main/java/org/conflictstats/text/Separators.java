package org.conflictstats.text;

/**
 * Reads what a sentence holds between its units and cues: list separators ("and", commas, "as
 * well as", «а також»), clause boundaries, the colon, the dash and parentheses that open a
 * breakdown, and other words as gaps.
 */
final class Separators {

  private Separators() {}

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
