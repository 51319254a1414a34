package org.conflictstats.text;

/**
 * The verb of weapons that hit ("2 missiles hit Kyiv", "none of which hit", «дві ракети влучили»),
 * one rule for {@link SentenceReader} and {@link Binder}.
 */
final class HitVerbs {

  private HitVerbs() {}

  /** Whether a hits cue is the verb ("hit", «влучили»), not the noun ("hits"). */
  static boolean verb(Sentence s, Cue c) {
    return c.kind() == Cue.Kind.HITS
        && Lexicon.HIT_VERB.matcher(s.norm.substring(c.span().start(), c.span().end())).matches();
  }

  /**
   * Whether a hits cue is the verb with the weapons before it as subject ("hit", "struck",
   * «влучила»): not the noun ("hits were recorded"), not the passive ("were hit", "were also hit",
   * "hit by mobile fire groups") and not an attack on the country as a whole ("40 drones struck
   * Ukraine": what was launched).
   */
  static boolean weaponsHit(Sentence s, Cue c) {
    if (!verb(s, c) || Lexicon.COUNTRY_HIT.matcher(s.norm).region(c.span().end(), s.span.end())
        .lookingAt()) {
      return false;
    }
    int first = 0;
    while (first < s.toks.size() && s.toks.get(first).start() < c.span().start()) {
      first++;
    }
    int after = first;
    while (after < s.toks.size() && s.toks.get(after).start() < c.span().end()) {
      after++;
    }
    // up to two words in no cue before it, as "were also"
    for (int k = first - 1; k >= Math.max(0, first - 2); k--) {
      Token t = s.toks.get(k);
      if (!t.isWord() || s.cueAt(t) != null) {
        break;
      }
      if (Lexicon.AUX_WORDS.contains(t.text())) {
        return false;
      }
    }
    return !s.tokIs(after, "by");
  }
}
