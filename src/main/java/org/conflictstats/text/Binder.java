package org.conflictstats.text;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Binds the units of a sentence to fields: each cue takes the number next to it (after an active
 * cue, "shot down 25 drones"; before a passive one, "25 drones were shot down") and the list that
 * number starts or ends; lists after a colon, a dash, "including" or a parenthesis take the field
 * of what they break down; "as were" repeats the last field; a number with a weapon phrase and no
 * cue is launched.
 */
final class Binder {

  /**
   * Words that may follow a number with no noun of its own: "and 3 more", "3 over Kyiv", and the
   * counting words "units", «од.», «одиниць».
   */
  private static final Set<String> AFTER_BARE = Set.of("and", "or", "more", "others", "of", "in",
      "over", "near", "on", "at", "across", "around", "units", "та", "і", "й", "а", "також", "ще",
      "у", "в", "на", "над", "біля", "по", "з", "із", "зі", "під", "од", "одиниць", "одиниці");

  private final Sentence s;
  private final List<Sentence.El> els;
  /** The items an outcome heading's list bound, in order: what a second heading may follow. */
  private final java.util.Set<Unit> headingItems = new java.util.HashSet<>();

  Binder(Sentence s) {
    this.s = s;
    this.els = s.els;
  }

  void bind() {
    lists();
    Cue lastField = null;
    for (int e = 0; e < els.size(); e++) {
      Sentence.El el = els.get(e);
      if (el.is(Sentence.T.DASH) && lastField != null) {
        int k = e - 1;
        while (k >= 0 && els.get(k).is(Sentence.T.GAP)) {
          k--;
        }
        int next = nextUnit(e, 1);
        if (k >= 0 && els.get(k).is(Sentence.T.UNIT) && unit(k).head && !unit(k).headOnly
            && next >= 0 && fits(unit(next), lastField.field())) {
          unit(next).bind(lastField.field(), lastField);
        }
        continue;
      }
      if (!el.is(Sentence.T.CUE)) {
        continue;
      }
      Cue c = el.cue();
      switch (c.kind()) {
        case FIELD:
          bindField(e, c, c.field());
          lastField = c;
          break;
        case HITS:
        case DEBRIS:
          bindPlaces(e, c);
          break;
        case COPY:
          if (lastField != null) {
            int next = nextUnit(e, 1);
            if (next >= 0 && fits(unit(next), lastField.field())) {
              unit(next).bind(lastField.field(), c);
              extendRight(next, lastField.field(), c);
            }
          }
          break;
        default:
          break;
      }
    }
    inherit();
    underHeading();
    leftovers();
    gapping();
  }

  private Unit unit(int e) {
    return els.get(e).unit();
  }

  /** Whether a unit can take a field: casualties count people, the rest count weapons. */
  private static boolean fits(Unit u, Field f) {
    if (u.claimed && !(u.listed && u.fields.isEmpty()) || u.headOnly || !u.hasNumber() && !u.allOfThem || u.isDuration()
        || u.countsLocations()) {
      return false;
    }
    if (u.fields.stream().anyMatch(x -> x.isCasualty() != f.isCasualty())) {
      return false;
    }
    if (f.isCasualty()) {
      return u.countsPeople() || u.isElided();
    }
    return !u.countsPeople();
  }

  private void bindField(int e, Cue c, Field f) {
    if (e + 1 < els.size() && (els.get(e + 1).is(Sentence.T.COLON)
        || els.get(e + 1).is(Sentence.T.DASH)) && heading(e)) {
      // "Shot down: 51 drones", «Збито – 51 дрон»
      bindHeading(e + 1, f, c);
      return;
    }
    int prev = prevUnit(e);
    if (prev < 0 && c.passive() && e >= 2 && els.get(e - 1).is(Sentence.T.SEP)
        && els.get(e - 1).word().equals(",") && els.get(e - 2).is(Sentence.T.UNIT)
        && !unit(e - 2).listed && !excepted(e - 2)) {
      // "All drones, as well as 2 missiles, were shot down": the comma closes what the list
      // added, and the verb is of the whole list; never a part of something before it ("10 of
      // which, including 4 Kinzhals, were intercepted": the 10, not the 4), nor the exception
      // ("all drones, except 5, were shot down")
      prev = e - 2;
    }
    int next = nextUnit(e, 1);
    boolean prevFits = prev >= 0 && fits(unit(prev), f);
    boolean nextFits = takesNext(e, f);
    if (c.passive() ? prevFits : prevFits && !nextFits) {
      unit(prev).bind(f, c);
      if (f == Field.LAUNCHED) {
        unit(prev).claimed = false;
        return;
      }
      extendLeft(prev, f, c);
    } else if (nextFits) {
      unit(next).bind(f, c);
      extendRight(next, f, c);
    }
  }

  /**
   * Whether a cue right before a colon heads the list after it ("Shot down: 51 drones and 2
   * Kh-101 missiles", «Збито: 51 дрон»): nothing but words before it in its clause, or, for an
   * outcome, nothing but words after a comma that ends the list of an outcome heading before it
   * («Збито – 40 дронів, локаційно втрачено – 10»: a second heading, whose bare number is read
   * as any number without a noun is, of the one group before it).
   */
  private boolean heading(int e) {
    for (int k = e - 1; k >= 0 && !els.get(k).is(Sentence.T.BOUND); k--) {
      if (els.get(k).is(Sentence.T.SEP) && els.get(k).word().equals(",") && k > 0
          && els.get(e).cue().field() != null && els.get(e).cue().field().isOutcome()
          && els.get(k - 1).is(Sentence.T.UNIT) && headingItems.contains(unit(k - 1))) {
        return true;
      }
      if (!els.get(k).is(Sentence.T.GAP)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Shot down: 51 drones and 2 Kh-101 missiles; 7 drones hit targets": each item of the list
   * after the heading cue's colon takes its field, also past a semicolon when the item after it
   * ends there (no cue of its own: "7 drones hit targets" is read on its own).
   */
  private void bindHeading(int colon, Field f, Cue c) {
    int next = colon + 1;
    while (next < els.size() && els.get(next).is(Sentence.T.DASH)) {
      next++; // «Збито:\n- 51 дрон;»: a bullet
    }
    while (next < els.size() && bullet(els.get(next))) {
      next++;
    }
    if (next < els.size() && els.get(next).is(Sentence.T.GAP)) {
      next++;
    }
    if (next >= els.size() || !els.get(next).is(Sentence.T.UNIT) || !headingItem(next, f)
        || excepted(next) || ownCueFollows(next)) {
      // "Not all drones were shot down: 45 were destroyed": the number's own cue takes it
      return;
    }
    unit(next).bind(f, c);
    if (f.isOutcome()) {
      headingItems.add(unit(next));
    }
    int last = next;
    while (true) {
      boolean sep = false;
      boolean semi = false;
      boolean dash = false;
      int j = last + 1;
      for (; j < els.size() && !els.get(j).is(Sentence.T.UNIT); j++) {
        Sentence.El el = els.get(j);
        if (el.is(Sentence.T.SEP)) {
          sep = true;
        } else if (el.is(Sentence.T.BOUND) && el.word().equals(";") && !semi) {
          semi = true;
        } else if (el.is(Sentence.T.DASH) || bullet(el)) {
          dash = true;
        } else {
          return;
        }
      }
      boolean newLine = j < els.size() && lineBreak(unit(last), unit(j));
      if (j >= els.size() || !sep && !semi && !newLine || dash && !newLine
          || unit(j).listed || !headingItem(j, f) || ownCueFollows(j) || refersBack(unit(j))
          || (semi || newLine) && !itemEnds(j)) {
        return;
      }
      unit(j).bind(f, c);
      if (f.isOutcome()) {
        headingItems.add(unit(j));
      }
      last = j;
    }
  }

  /**
   * Whether the unit at {@code e} can be an item of a heading of field {@code f}: it fits, and
   * under an outcome heading it names weapons or has no noun ("Shot down: 40 drones, hit: 3
   * buildings", «Уражено – 3 об'єкти»: the buildings are no weapons that hit).
   */
  private boolean headingItem(int e, Field f) {
    Unit u = unit(e);
    if (!fits(u, f)) {
      return false;
    }
    if (f.isOutcome() && (u.phrase != null ? !u.phrase.namesWeapons() : nounAfter(u))) {
      // never an item of the list before either ("Shot down: 40 drones, hit: 3 buildings")
      u.why = NOT_WEAPONS_WHY;
      return false;
    }
    return true;
  }

  static final String NOT_WEAPONS_WHY = "a count of something other than weapons after an outcome"
      + " heading";

  /**
   * Whether a word of its own follows a number with no weapon word ("3 buildings", «3 об'єкти»):
   * a word in no cue and no place, other than the words that may follow a bare number ("and",
   * "more", "over Kyiv").
   */
  private boolean nounAfter(Unit u) {
    Token t = s.tok(u.to);
    return t != null && t.isWord() && s.cueAt(t) == null && !AFTER_BARE.contains(t.text())
        && s.places.stream().noneMatch(p -> p.span().start() <= t.start()
            && t.start() < p.span().end());
  }

  /** A bullet before an item of a list on its own line: "•", "*". */
  private static boolean bullet(Sentence.El el) {
    return el.is(Sentence.T.GAP) && (el.word().equals("•") || el.word().equals("*"));
  }

  /** Whether the text between two units breaks the line (items of a list on lines of their own). */
  private boolean lineBreak(Unit a, Unit b) {
    return a.span != null && b.span != null && a.span.end() <= b.span.start()
        && s.text.substring(a.span.end(), b.span.start()).indexOf('\n') >= 0;
  }

  /** Whether a unit ends its item of a list: the end, a separator or a clause boundary after it. */
  private boolean itemEnds(int j) {
    return j + 1 == els.size() || els.get(j + 1).is(Sentence.T.SEP)
        || els.get(j + 1).is(Sentence.T.BOUND)
        || (els.get(j + 1).is(Sentence.T.DASH) || bullet(els.get(j + 1)))
            && j + 2 < els.size() && els.get(j + 2).is(Sentence.T.UNIT)
            && lineBreak(unit(j), unit(j + 2))
        || j + 1 < els.size() && els.get(j + 1).is(Sentence.T.UNIT)
            && lineBreak(unit(j), unit(j + 1));
  }

  /**
   * The units after the colon of an outcome heading that no cue bound, up to the end of the
   * clause ("Shot down by air defence: 51 drones", an item the list could not read): not
   * launched, not understood.
   */
  private void underHeading() {
    for (int e = 0; e < els.size(); e++) {
      if (!els.get(e).is(Sentence.T.COLON) && !els.get(e).is(Sentence.T.DASH)) {
        continue;
      }
      boolean outcome = false;
      boolean hit = false;
      boolean words = true;
      for (int k = e - 1; k >= 0 && !els.get(k).is(Sentence.T.BOUND); k--) {
        Sentence.El el = els.get(k);
        if (el.is(Sentence.T.CUE) && el.cue().kind() == Cue.Kind.FIELD
            && el.cue().field().isOutcome()) {
          outcome = true;
          hit |= el.cue().field() == Field.HIT;
        } else if (el.is(Sentence.T.CUE) && el.cue().kind() == Cue.Kind.HITS) {
          // "Hits recorded: 5 drones", «Зафіксовано влучання: 5 дронів»: the hit outcome too
          outcome = true;
          hit = true;
        } else if (!el.is(Sentence.T.GAP)) {
          words = false;
        }
      }
      if (!outcome || !words) {
        continue;
      }
      for (int k = e + 1; k < els.size() && !(els.get(k).is(Sentence.T.BOUND)
          && !els.get(k).word().equals(";")); k++) {
        if (els.get(k).is(Sentence.T.UNIT) && unit(k).fields.isEmpty() && !unit(k).claimed
            && !(hit && (unit(k).countsLocations() || unit(k).countsPeople()))
            && !HitVerbs.struck(s, unit(k))) {
          // places hit ("Hits recorded: 13 locations") are not weapons: never launched anyway;
          // «Збито: 40 дронів, уражено: 3 дрони»: what was hit keeps its own reason (leftovers)
          unit(k).claimed = true;
          unit(k).why = HEADING_WHY;
        }
      }
    }
  }

  static final String HEADING_WHY = "after an outcome heading's colon, not an item of its list";

  /** "were shot down except two Kh-22": the unit after an exception is not what the cue says. */
  private boolean excepted(int u) {
    return u > 0 && els.get(u - 1).is(Sentence.T.GAP)
        && Lexicon.EXCEPT_WORDS.contains(els.get(u - 1).word());
  }

  /** The unit before a cue, looking past words, dashes and launch cues; -1 at any other element. */
  private int prevUnit(int e) {
    for (int k = e - 1; k >= 0; k--) {
      Sentence.El el = els.get(k);
      if (el.is(Sentence.T.UNIT)) {
        return k;
      }
      if (el.is(Sentence.T.GAP) || el.is(Sentence.T.DASH)) {
        continue;
      }
      if (el.is(Sentence.T.CUE) && el.cue().kind() == Cue.Kind.FIELD
          && el.cue().field() == Field.LAUNCHED && el.cue().passive()) {
        continue;
      }
      return -1;
    }
    return -1;
  }

  /** The unit after a cue, past at most {@code gaps} words; -1 otherwise. */
  private int nextUnit(int e, int gaps) {
    int seen = 0;
    for (int k = e + 1; k < els.size(); k++) {
      Sentence.El el = els.get(k);
      if (el.is(Sentence.T.UNIT)) {
        return k;
      }
      if (el.is(Sentence.T.GAP) && ++seen <= gaps) {
        continue;
      }
      return -1;
    }
    return -1;
  }

  private void extendLeft(int from, Field f, Cue c) {
    if (unit(from).ref == Unit.Ref.THEM || unit(from).ref == Unit.Ref.WHICH) {
      // "40 drones, 35 of which were shot down": the words before are what "of which" counts
      // part of, never more of what the cue says (it gave the 40 drones destroyed)
      return;
    }
    int k = from - 1;
    while (k >= 1 && els.get(k).is(Sentence.T.SEP)) {
      int j = k - 1;
      while (j >= 0 && els.get(j).is(Sentence.T.SEP)) {
        j--;
      }
      if (j < 0 || !els.get(j).is(Sentence.T.UNIT) || unit(j).listed || !fits(unit(j), f)) {
        return;
      }
      unit(j).bind(f, c);
      k = j - 1;
    }
  }

  private void extendRight(int from, Field f, Cue c) {
    int k = from + 1;
    Unit parent = null;
    while (k < els.size()) {
      Sentence.El el = els.get(k);
      boolean inclusion = el.is(Sentence.T.CUE) && el.cue().kind() == Cue.Kind.INCLUSION;
      if (el.is(Sentence.T.GAP) && alongWith(k)) {
        k = alongWithAt(k);
        el = els.get(k);
      }
      if (!el.is(Sentence.T.SEP) && !inclusion) {
        return;
      }
      if (inclusion && f.isCasualty()) {
        return;
      }
      if (inclusion && parent == null) {
        parent = unit(from);
      }
      int j = k + 1;
      while (j < els.size() && (els.get(j).is(Sentence.T.SEP) || els.get(j).is(Sentence.T.CUE)
          && els.get(j).cue().kind() == Cue.Kind.INCLUSION)) {
        if (els.get(j).is(Sentence.T.CUE) && f.isCasualty()) {
          return;
        }
        if (els.get(j).is(Sentence.T.CUE) && parent == null) {
          parent = unit(from);
        }
        j++;
      }
      if (j >= els.size() || !els.get(j).is(Sentence.T.UNIT) || unit(j).listed
          || !fits(unit(j), f) || ownCueFollows(j) || refersBack(unit(j))) {
        return;
      }
      unit(j).bind(f, c);
      if (parent != null) {
        unit(j).parent = parent;
      }
      k = j + 1;
    }
  }

  /**
   * "all of them", "all", "all of which", "both", «обидві з яких», «обидві ракети»: a unit that
   * refers back to the list before, so it does not go on with it («запустила 20 дронів, всі
   * збиті», «атакувала 2 ракетами Х-59, обидві з яких збито», «запустила 2 ракети та 40 БпЛА,
   * обидві ракети збито»: "both" is never more weapons of a list, always two counted before).
   */
  private static boolean refersBack(Unit u) {
    return u.allOfThem && u.ref != Unit.Ref.DEFINITE || u.both;
  }

  /** Words, then "along with" / "as well as": the list goes on past the words. */
  private boolean alongWith(int k) {
    return alongWithAt(k) < els.size();
  }

  private int alongWithAt(int k) {
    int j = k;
    while (j < els.size() && j - k < 12 && (els.get(j).is(Sentence.T.GAP)
        || els.get(j).is(Sentence.T.SEP) && els.get(j).word().equals(","))) {
      j++;
    }
    if (j < els.size() && els.get(j).is(Sentence.T.SEP)
        && (els.get(j).word().equals("along with") || els.get(j).word().equals("as well as")
            || els.get(j).word().equals("together with"))) {
      return j;
    }
    return els.size();
  }

  /**
   * Whether a cue of its own follows the unit, so that it is not part of a list before: a passive
   * field cue ("and 30 were lost locationally"), an outcome cue with no number after it that it
   * could take, so that it takes the unit's ("could not shoot down 8 drones, 72 destroyed",
   * «не змогли збити 8 дронів, 72 знищено»), or the verb of weapons that hit ("shot down 72
   * drones and 8 hit targets").
   */
  private boolean ownCueFollows(int u) {
    if (HitVerbs.passiveAt(s, unit(u).to)) {
      // «Збито 40 дронів, 3 дрони уражено»: the passive of "hit" is the 3's own verb
      return true;
    }
    for (int k = u + 1; k < els.size(); k++) {
      Sentence.El el = els.get(k);
      if (el.is(Sentence.T.GAP) || el.is(Sentence.T.DASH)) {
        // «збито 80 БпЛА, 10 – локаційно втрачені»: the dash stands for the verb's "were"
        continue;
      }
      return el.is(Sentence.T.CUE) && (el.cue().kind() == Cue.Kind.FIELD && el.cue().passive()
          || el.cue().kind() == Cue.Kind.FIELD && el.cue().field().isOutcome()
              && !takesNext(k, el.cue().field())
          || el.cue().kind() == Cue.Kind.HITS && HitVerbs.weaponsHit(s, el.cue()));
    }
    return false;
  }

  /** Whether an active cue takes the unit after it, as {@link #bindField} does, not the one before. */
  private boolean takesNext(int e, Field f) {
    int next = nextUnit(e, 1);
    return next >= 0 && fits(unit(next), f) && !excepted(next);
  }

  private void bindPlaces(int e, Cue c) {
    int of = c.kind() == Cue.Kind.DEBRIS ? DebrisOf.weapons(s, e) : -1;
    if (of >= 0) {
      // "debris of 3 drones fell", «уламки 3 дронів впали»: whose debris, no places and no number
      // launched (it was a conflict with the launched figure, or "of three" debris places)
      unit(of).claimed = true;
      unit(of).why = DebrisOf.WHY;
      return;
    }
    Field f = c.kind() == Cue.Kind.HITS ? Field.HIT_LOCATIONS : Field.DEBRIS_LOCATIONS;
    String cueText = s.norm.substring(c.span().start(), c.span().end());
    Optional<Group> group = cueText.contains("drone") ? Optional.of(Group.of(Group.Kind.DRONES))
        : cueText.contains("missile") ? Optional.of(Group.of(Group.Kind.MISSILES))
        : Optional.empty();
    int seen = 0;
    boolean ranOut = true;
    boolean bound = false;
    for (int k = c.kind() == Cue.Kind.DEBRIS ? DebrisOf.past(s, e) + 1 : e + 1; k < els.size();
        k++) {
      Sentence.El el = els.get(k);
      boolean debrisHit = c.kind() == Cue.Kind.DEBRIS && el.is(Sentence.T.CUE)
          && el.cue().kind() == Cue.Kind.HITS && HitVerbs.verb(s, el.cue());
      if (el.is(Sentence.T.GAP) || el.is(Sentence.T.DASH) || debrisHit) {
        // «уламки влучили в 2 будинки», "debris hit 2 houses": the debris's places
        if (++seen > 4) {
          ranOut = false;
          break;
        }
        continue;
      }
      if (!el.is(Sentence.T.UNIT)) {
        ranOut = false;
        break;
      }
      Unit u = unit(k);
      if (u.claimed || !u.hasNumber()) {
        ranOut = false;
        break;
      }
      if (u.countsLocations() || u.isElided()) {
        u.bind(f, c);
        u.locationGroup = group;
        return;
      }
      if (f == Field.HIT_LOCATIONS && u.phrase != null && u.phrase.namesWeapons()) {
        u.bind(Field.HIT, c);
        extendRight(k, Field.HIT, c);
        bound = true;
        seen = 0;
        continue;
      }
      ranOut = false;
      break;
    }
    int prev = prevUnit(e);
    if (!bound && prev >= 0 && HitVerbs.weaponsHit(s, c) && HitVerbs.hitsAsWeapon(unit(prev))) {
      // "One ballistic missile hit Kharkiv", «дві ракети влучили в ...»: weapons that hit, not
      // places ("hits were recorded at 13 locations"): the hit outcome, with or without a
      // launched figure of the weapon
      unit(prev).bind(Field.HIT, c);
      extendLeft(prev, Field.HIT, c);
      for (Unit u : s.units) {
        u.struck |= u.cue == c && u.fields.contains(Field.HIT);
      }
      return;
    }
    if (ranOut && prev >= 0 && unit(prev).countsLocations() && !unit(prev).claimed) {
      unit(prev).bind(f, c);
      unit(prev).locationGroup = group;
    }
  }

  /**
   * Colon, dash and parenthesis lists, and "including": marks the parts of each list and their
   * whole before any cue binds, so that a cue after the list does not take it for its own.
   */
  private void lists() {
    for (int e = 0; e < els.size(); e++) {
      Sentence.El el = els.get(e);
      Unit parent = null;
      if (el.is(Sentence.T.COLON)) {
        if (e > 0 && els.get(e - 1).is(Sentence.T.GAP)
            && Lexicon.STRUCK_UK.contains(els.get(e - 1).word())) {
          // «Збито: 40 дронів, уражено: 3 дрони»: a heading of what was hit, no part of the 40
          continue;
        }
        for (int k = e - 1; k >= 0 && !els.get(k).is(Sentence.T.BOUND); k--) {
          if (els.get(k).is(Sentence.T.UNIT) && !unit(k).countsPeople()
              && !unit(k).countsLocations() && (unit(k).hasNumber() || unit(k).headOnly)) {
            parent = unit(k);
            break;
          }
        }
      } else if (el.is(Sentence.T.DASH) || el.is(Sentence.T.LPAREN)) {
        int k = e - 1;
        while (k >= 0 && els.get(k).is(Sentence.T.GAP)) {
          k--;
        }
        if (k < 0 || !els.get(k).is(Sentence.T.UNIT)) {
          continue;
        }
        Unit before = unit(k);
        if (el.is(Sentence.T.DASH) && before.head && !before.headOnly && nextUnit(e, 1) >= 0) {
          continue;
        }
        parent = before;
      } else if (el.is(Sentence.T.CUE) && el.cue().kind() == Cue.Kind.INCLUSION) {
        int k = e - 1;
        while (k >= 0 && (els.get(k).is(Sentence.T.GAP) || els.get(k).is(Sentence.T.SEP)
            || els.get(k).is(Sentence.T.CUE) && els.get(k).cue().kind() == Cue.Kind.FIELD)) {
          k--;
        }
        if (k >= 0 && els.get(k).is(Sentence.T.UNIT)) {
          parent = unit(k);
        } else if (k < 0 || els.get(k).is(Sentence.T.BOUND)) {
          parent = new Unit();
          parent.headOnly = true;
          parent.ref = Unit.Ref.THEM;
          parent.claimed = true;
        }
      } else if (el.is(Sentence.T.UNIT) && unit(e).headOnly && unit(e).head) {
        parent = unit(e);
      }
      if (parent == null || parent.countsPeople()) {
        continue;
      }
      adopt(parent, e + 1, el.is(Sentence.T.CUE));
    }
  }

  private void adopt(Unit parent, int start, boolean inclusion) {
    int k = start;
    while (k < els.size() && (els.get(k).is(Sentence.T.GAP) || els.get(k).is(Sentence.T.DASH)
        || els.get(k).is(Sentence.T.COLON))) {
      k++;
    }
    while (k < els.size()) {
      Sentence.El el = els.get(k);
      if (el.is(Sentence.T.LPAREN)) {
        int depth = 0;
        while (k < els.size()) {
          if (els.get(k).is(Sentence.T.LPAREN)) {
            depth++;
          } else if (els.get(k).is(Sentence.T.RPAREN) && --depth == 0) {
            break;
          }
          k++;
        }
        k++;
        continue;
      }
      if (el.is(Sentence.T.SEP)) {
        k++;
        continue;
      }
      if (!el.is(Sentence.T.UNIT) || unit(k).headOnly || unit(k) == parent) {
        return;
      }
      Unit child = unit(k);
      if (child.countsPeople() || child.countsLocations() || !child.hasNumber() || child.listed) {
        return;
      }
      child.parent = parent;
      child.listed = true;
      child.included = inclusion;
      child.claimed = true;
      k++;
    }
  }

  /** The parts of a list that no cue of their own bound take their whole's field. */
  private void inherit() {
    for (Unit child : s.units) {
      if (!child.listed || !child.fields.isEmpty() || child.why == NOT_WEAPONS_WHY) {
        continue;
      }
      Unit parent = child.parent;
      if (parent.fields.stream().anyMatch(Field::isCasualty) && countsWeapons(child)) {
        // weapons do not break down a count of people ("two were injured, including both
        // missiles"): the part is read on its own, as after "three people were killed:"
        child.listed = false;
        child.claimed = false;
        child.parent = null;
        continue;
      }
      if (parent.fields.isEmpty() || parent.headOnly && parent.fields.equals(
          java.util.EnumSet.of(Field.LAUNCHED))) {
        child.fields.add(Field.LAUNCHED);
      } else {
        child.fields.addAll(parent.fields);
        child.cue = parent.cue;
        child.country = parent.country;
      }
      child.inherited = true;
      child.all |= parent.all;
    }
  }

  /** A number with a weapon phrase and no cue was launched ("the six Kinzhal missiles"). */
  private void leftovers() {
    for (Unit u : s.units) {
      if (u.claimed || u.headOnly || u.remaining || u.partOf != null) {
        continue;
      }
      if (!u.hasNumber() || !countsWeapons(u)) {
        ofThemStruck(u);
        continue;
      }
      if (!u.isDuration()) {
        Optional<String> denied = Denial.ofNumber(s, u);
        if (denied.isPresent()) {
          // "could not stop 5 missiles", «не вдалося своєчасно знешкодити 5 ракет»: an outcome the
          // text denies with a verb the cues do not know (or words between), never launched
          u.why = denied.get();
          continue;
        }
        if (HitVerbs.struck(s, u) && !Lexicon.bareTargets(s.toks.subList(u.from, u.to))) {
          // "3 drones were hit", «Уражено 3 дрони»: hit by something, neither hit nor launched
          u.why = HitVerbs.STRUCK_WHY;
          continue;
        }
        if (HitVerbs.unreadFate(s, u)) {
          // "3 drones fell", «3 дрони прорвалися»: a verb of their own no cue reads
          u.why = HitVerbs.FATE_WHY;
          continue;
        }
        u.bind(Field.LAUNCHED, null);
      }
    }
  }

  /**
   * "3 of them were hit", "3 of which were hit", "all of them were hit", «3 з них уражено», "3 of
   * them fell": the reason weapons hit by something, or with a verb of their own, get ("3 drones
   * were hit"), not a word missing; no figure either way. A number without a noun that was hit
   * ("Russia launched 40 drones. 3 were hit.") is read as "3 of them were hit"; when it counts no
   * weapons ({@link UnitGroups}) the reason is taken back, as for "them".
   */
  private void ofThemStruck(Unit u) {
    boolean them = u.ref == Unit.Ref.THEM || u.ref == Unit.Ref.WHICH;
    boolean elided = u.isElided() && u.hasNumber() && u.parent == null;
    if (!them && !elided || !u.hasNumber() && !u.allOfThem || !u.fields.isEmpty() || u.why != null
        || u.isDuration() || u.countsPeople() || u.countsLocations()) {
      return;
    }
    if (HitVerbs.struck(s, u)) {
      u.why = HitVerbs.STRUCK_WHY;
    } else if (them && HitVerbs.unreadFate(s, u)) {
      u.why = HitVerbs.FATE_WHY;
    }
  }

  /** Whether a unit's own words count weapons: a weapon phrase, a predicate, «із запущених». */
  private static boolean countsWeapons(Unit u) {
    return u.phrase != null && u.phrase.namesWeapons() || u.predicate != null
        || u.ref == Unit.Ref.LAUNCHED;
  }

  /**
   * "at least three people have been killed and 30 injured": the second number shares the first's
   * noun and qualifier (gapping); only in this passive form with no noun of its own, and not for a
   * range ("and 5-7 injured" is between 5 and 7).
   */
  private void gapping() {
    for (int e = 4; e < els.size(); e++) {
      if (!els.get(e).is(Sentence.T.CUE) || !els.get(e - 1).is(Sentence.T.UNIT)) {
        continue;
      }
      Unit second = unit(e - 1);
      if (!second.isElided() || second.quantity == null
          || second.quantity.qualifier() != Qualifier.EXACT || second.quantity.to().isPresent()
          || second.fields.stream().noneMatch(Field::isCasualty)
          || !els.get(e - 2).is(Sentence.T.SEP) || !els.get(e - 3).is(Sentence.T.CUE)
          || !els.get(e - 3).cue().passive() || !els.get(e - 4).is(Sentence.T.UNIT)) {
        continue;
      }
      Unit first = unit(e - 4);
      if (first.quantity != null && first.quantity.qualifier() != Qualifier.EXACT
          && first.fields.stream().anyMatch(Field::isCasualty)) {
        second.quantity = Quantity.of(second.quantity.value(), first.quantity.qualifier(),
            second.quantity.words());
      }
    }
  }
}
