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

  /** Why weapons hit by something ({@link #struck}) give no figure. */
  static final String STRUCK_WHY = "weapons hit by something, not weapons that hit a target:"
      + " neither hit nor launched, so no figure";

  /**
   * Whether weapons with no verb of their own are what was hit, not what hit: before the passive
   * of the verb ("3 drones were hit", "were also hit by mobile fire groups", "3 drones hit by",
   * "were struck", «3 дрони уражено», «були уражені»), or after «уражено» («Уражено 3 дрони»,
   * also as a heading, «Уражено: 3 дрони», «Уражено – 3 дрони»), alone or in a list ("3 drones
   * and 2 missiles were hit", «Уражено 3 дрони та 2 ракети»). Hit
   * by air defence or by a strike, not the hit outcome (weapons that reached a target), and not
   * what was launched either.
   */
  static boolean struck(Sentence s, Unit u) {
    int i = s.indexOfUnit(u);
    int before = listEnd(s, i, -1).from - 1;
    if (s.tok(before) != null && s.tok(before).isPunct()
        && "-–—:".contains(s.tok(before).text())) {
      before--; // «Уражено: 3 дрони», «Уражено – 3 дрони»: the heading reads as «Уражено 3 дрони»
    }
    return passiveAt(s, listEnd(s, i, 1).to) || s.tokIn(before, Lexicon.STRUCK_UK);
  }

  /** Why weapons with a verb of their end that no cue reads ({@link #unreadFate}) give no figure. */
  static final String FATE_WHY = "weapons with a verb of their own that gives no figure (fell,"
      + " exploded, got through, «впали»): neither an outcome nor launched, so no figure";

  /**
   * Whether weapons with no cue of their own have a verb of their end that no cue reads, right
   * after them ("3 drones fell", "exploded", "got through", "were damaged", «3 дрони впали»,
   * «прорвалися», «уразили цілі», and any other verb that is no verb of a launch: "3 drones
   * plunged", «розбилися») or, in Ukrainian, right before («Уразили 3 дрони»): they hit, were
   * stopped or were hit, no one can say which, and they are no number launched either.
   */
  static boolean unreadFate(Sentence s, Unit u) {
    int i = s.indexOfUnit(u);
    int k = s.skipAux(listEnd(s, i, 1).to);
    return s.tokIn(k, Lexicon.UNREAD_FATE)
        || s.tokIn(k, Lexicon.THROUGH_VERBS) && s.tokIs(k + 1, "through")
        || s.tokIn(listEnd(s, i, -1).from - 1, Lexicon.UNREAD_FATE_BEFORE)
        || verbOfItsOwn(s, k);
  }

  /**
   * Whether the token at {@code k}, right after weapons (past "were", "also"), is a verb of their
   * own that is no verb of a launch ("3 drones plunged", «3 дрони розбилися»): a word in no cue,
   * no number and no place, of a verb's form ({@link Lexicon#VERB_FORM}), not one of
   * {@link Lexicon#LAUNCH_VERBS_AFTER} ("50 drones targeted Kyiv" stays launched 50).
   */
  private static boolean verbOfItsOwn(Sentence s, int k) {
    Token t = s.tok(k);
    return t != null && t.isWord() && s.cueAt(t) == null
        && !NumberWords.isNumberWord(t.text())
        && !Lexicon.LAUNCH_VERBS_AFTER.contains(t.text())
        && Lexicon.VERB_FORM.matcher(t.text()).matches()
        && s.places.stream().noneMatch(p -> p.span().start() <= t.start()
            && t.start() < p.span().end());
  }

  /** The last ({@code dir} 1) or first (-1) number of the list the unit at {@code i} is in. */
  private static Unit listEnd(Sentence s, int i, int dir) {
    Unit end = s.els.get(i).unit();
    for (int k = i + dir; k >= 0 && k < s.els.size(); k += dir) {
      Sentence.El el = s.els.get(k);
      if (el.is(Sentence.T.UNIT) && el.unit().hasNumber()) {
        end = el.unit();
      } else if (!el.is(Sentence.T.SEP)) {
        break;
      }
    }
    return end;
  }

  /**
   * Whether the passive of the verb is at token {@code at}, past "were", "also", «були» (up to
   * two): "were hit", "were also hit by", "hit by", "were struck", «уражено», «були уражені».
   */
  static boolean passiveAt(Sentence s, int at) {
    int k = s.skipAux(at);
    Token t = s.tok(k);
    Cue c = t == null ? null : s.cueAt(t);
    return c != null && verb(s, c) && !weaponsHit(s, c)
        && !Lexicon.COUNTRY_HIT.matcher(s.norm).region(c.span().end(), s.span.end()).lookingAt()
        || s.tokIn(k, Lexicon.STRUCK_UK);
  }

  /**
   * Whether a unit before "hit" counts weapons: "One ballistic missile", "two of them", "3", and
   * the weapons before it "of which" ("2 Kh-101 missiles, both of which hit targets", "all of
   * which hit", "two of which hit").
   */
  static boolean hitsAsWeapon(Unit u) {
    boolean back = u.ref == Unit.Ref.THEM || u.ref == Unit.Ref.WHICH;
    return !u.claimed && !u.headOnly && (u.hasNumber() || u.allOfThem && back)
        && !u.countsPeople() && !u.countsLocations() && !u.isDuration()
        && (u.phrase != null && u.phrase.namesWeapons() || back || u.isElided());
  }
}
