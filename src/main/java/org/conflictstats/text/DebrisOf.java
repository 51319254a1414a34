package org.conflictstats.text;

import java.util.List;

/**
 * The weapons whose debris a debris cue names: "debris of 3 drones" (a number of weapons, no
 * figure), and "debris of downed drones fell at 3 locations" (weapons with no number, past which
 * the places are the debris's). Used by {@link Binder}; stateless.
 */
final class DebrisOf {

  private DebrisOf() {}

  /** Why the weapons whose debris fell give no figure. */
  static final String WHY = "debris of weapons: not a number launched, nor places of"
      + " debris, so no figure";

  /**
   * The unit of the weapons whose debris a debris cue names, right after it: "debris of 3 drones",
   * "debris from the three downed drones", «уламки 3 дронів», «падіння уламків 3 дронів»; -1 when
   * none (places come after a word, "debris fell at 19", «уламків – на трьох»).
   */
  static int weapons(Sentence s, int e) {
    List<Sentence.El> els = s.els;
    int k = afterOf(els, e);
    if (k < 0) {
      k = e + 1; // «уламки 3 дронів»
    }
    if (k >= els.size() || !els.get(k).is(Sentence.T.UNIT)) {
      return -1;
    }
    Unit u = els.get(k).unit();
    return u.hasNumber() && !u.claimed && u.fields.isEmpty() && !u.countsLocations()
        && !u.countsPeople() && !u.isDuration()
        && (u.phrase != null && u.phrase.namesWeapons() || u.isElided()) ? k : -1;
  }

  /**
   * Past the weapons with no number whose debris a debris cue names ("debris of downed drones fell
   * at 3 locations", "debris from a downed missile", "of the downed Shahed drones"): "of" or
   * "from", then "the" or "a", outcome words and the weapons' names; the index of their last
   * element, or the cue's own when there are none. The places after them are the debris's, as in
   * "debris fell at 3 locations".
   */
  static int past(Sentence s, int e) {
    List<Sentence.El> els = s.els;
    int k = afterOf(els, e);
    if (k < 0) {
      return e;
    }
    while (k < els.size() && els.get(k).is(Sentence.T.CUE)
        && els.get(k).cue().kind() == Cue.Kind.FIELD && els.get(k).cue().field().isOutcome()) {
      k++;
    }
    int names = k;
    while (k < els.size() && els.get(k).is(Sentence.T.GAP)
        && Unexplained.namesWeapon(els.get(k).word())) {
      k++;
    }
    return k > names ? k - 1 : e;
  }

  /**
   * The index past "of" or "from" right after the cue at {@code e}, and past "the" or "a" after
   * it; -1 when neither word follows the cue.
   */
  private static int afterOf(List<Sentence.El> els, int e) {
    int k = e + 1;
    if (k >= els.size() || !els.get(k).is(Sentence.T.GAP)
        || !els.get(k).word().equals("of") && !els.get(k).word().equals("from")) {
      return -1;
    }
    k++;
    if (k < els.size() && els.get(k).is(Sentence.T.GAP)
        && (els.get(k).word().equals("the") || els.get(k).word().equals("a"))) {
      k++;
    }
    return k;
  }
}
