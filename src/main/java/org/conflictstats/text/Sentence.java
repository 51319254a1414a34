package org.conflictstats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One sentence while it is read: its tokens, cues, the elements they form (numbers with what
 * they count, cues, separators) and its units. Filled by {@link SentenceReader}, bound by
 * {@link Binder}, resolved by {@link Resolver}.
 */
final class Sentence {

  /** The kinds of element a sentence is cut into. */
  enum T { UNIT, CUE, SEP, BOUND, COLON, DASH, LPAREN, RPAREN, GAP }

  /** One element; {@code unit} for {@link T#UNIT}, {@code cue} for {@link T#CUE}. */
  record El(T t, Unit unit, Cue cue, String word) {
    boolean is(T type) {
      return t == type;
    }
  }

  final String text;
  final String norm;
  final Span span;
  final List<Token> toks;
  final List<Cue> cues;
  final List<Lexicon.Zero> zeros;
  final List<Lexicon.Aside> asides;
  final List<Places.Place> places;
  final List<El> els = new ArrayList<>();
  final List<Unit> units = new ArrayList<>();
  /** Why a number token is not a count (a date, a time, a year), or null. */
  final String[] notCount;

  Sentence(String text, String norm, Span span) {
    this.text = text;
    this.norm = norm;
    this.span = span;
    this.toks = Tokenizer.tokens(norm, span.start(), span.end());
    this.zeros = Lexicon.zeros(norm, span.start(), span.end());
    List<Cue> found = new ArrayList<>();
    for (Cue c : Lexicon.cues(norm, span.start(), span.end())) {
      boolean inZero = false;
      for (Lexicon.Zero z : zeros) {
        inZero |= c.span().start() < z.span().end() && z.span().start() < c.span().end();
      }
      if (!inZero) {
        found.add(c);
      }
    }
    this.cues = found;
    this.asides = Lexicon.asides(norm, span.start(), span.end());
    this.places = Places.find(norm, span.start(), span.end());
    this.notCount = new String[toks.size()];
  }

  String words(Span s) {
    return s.of(text);
  }

  /** The token at {@code i}, or null outside the sentence. */
  Token tok(int i) {
    return i >= 0 && i < toks.size() ? toks.get(i) : null;
  }

  /** Whether the token at {@code i} is the word {@code w}, in no cue. */
  /** What {@link #skipAux} skips before an outcome or a hit verb. */
  private static final Set<String> AUX = Set.of("were", "was", "had", "have", "has", "been",
      "also", "then", "all", "були", "було", "був", "була", "також");

  /**
   * The index past the words that may stand between weapons and their outcome or hit verb, the
   * passive included: "were", "was", "had", "have", "has", "been", «були», «було», and "also",
   * "then", "all", «також» ("have all been shot down", "were also hit by"); {@code k} when there
   * are none. The one rule of {@link SentenceReader} and {@link HitVerbs}.
   */
  int skipAux(int k) {
    int at = k;
    while (tokIn(at, AUX)) {
      at++;
    }
    return at;
  }

  boolean tokIs(int i, String w) {
    Token t = tok(i);
    return t != null && t.is(w) && cueAt(t) == null;
  }

  /** Whether the token at {@code i} is one of the words {@code ws}, in no cue. */
  boolean tokIn(int i, Set<String> ws) {
    Token t = tok(i);
    return t != null && ws.contains(t.text()) && cueAt(t) == null;
  }

  /** Whether the token at {@code i} is a number that is a count (no date, time or year). */
  boolean isNumberAt(int i) {
    Token t = tok(i);
    return t != null && t.isNumber() && notCount[i] == null;
  }

  /** The cue whose span holds the token, or null. */
  Cue cueAt(Token t) {
    // the cues are in order and never overlap (Lexicon.cues): only the last one starting at or
    // before the token can hold it, found by halving (Positions)
    int at = Positions.firstFrom(cues, c -> c.span().start(), t.start() + 1) - 1;
    if (at < 0) {
      return null;
    }
    Cue c = cues.get(at);
    return t.end() <= c.span().end() ? c : null;
  }

  boolean inZero(Token t) {
    for (Lexicon.Zero z : zeros) {
      if (t.start() >= z.span().start() && t.end() <= z.span().end()) {
        return true;
      }
    }
    return false;
  }

  int indexOfUnit(Unit u) {
    for (int i = 0; i < els.size(); i++) {
      if (els.get(i).unit() == u) {
        return i;
      }
    }
    return -1;
  }
}
