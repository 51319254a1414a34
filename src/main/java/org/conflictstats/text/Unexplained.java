package org.conflictstats.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lists what a sentence holds that gave no figure: numbers that are dates, times or the exception
 * to "all", numbers with no weapon, casualty or place word, units that were read but not resolved
 * (with why), outcome words no number took ("Most of them were shot down"), and, when the sentence
 * gave nothing at all, the weapons it names. Never silent: a number that counts, or an outcome
 * word, that gives no figure is listed.
 */
final class Unexplained {

  /** Why an outcome word gave no figure: no number, "all" or "none" took it. */
  static final String OUTCOME_WITHOUT_COUNT = "an outcome word with no number it goes with";

  private final Sentence s;

  Unexplained(Sentence s) {
    this.s = s;
  }

  /**
   * What the sentence holds that gave no figure, given what it gave: empty when it holds nothing
   * count-like beside its figures.
   */
  Optional<NotUnderstood> find(List<Found> found, List<SetAside> setAside) {
    Map<String, String> items = new LinkedHashMap<>();
    boolean countLike = false;
    for (int i = 0; i < s.toks.size(); i++) {
      Token t = s.toks.get(i);
      if (t.isNumber()) {
        Unit u = unitAt(t);
        if (s.notCount[i] != null) {
          // a date or a time reads with its month and its other numbers: "17 April 2025", "11:26"
          Span words = t.span();
          int j = i;
          while (j + 1 < s.toks.size() && (s.notCount[j + 1] != null
              || Lexicon.MONTH.matcher(s.toks.get(j + 1).text()).matches()
              || s.toks.get(j + 1).is(":") && j + 2 < s.toks.size() && s.notCount[j + 2] != null)) {
            Token next = s.toks.get(j + 1);
            if (s.notCount[j + 1] != null && !s.notCount[j + 1].equals(s.notCount[i])
                && !(s.notCount[i].equals("a date") && s.notCount[j + 1].equals("a year"))) {
              break;
            }
            words = words.cover(next.span());
            j++;
          }
          if (j == i && i > 0 && Lexicon.MONTH.matcher(s.toks.get(i - 1).text()).matches()) {
            words = s.toks.get(i - 1).span().cover(words);
          }
          items.put(s.words(words), s.notCount[i]);
          // a date or a time beside figures says nothing more; the number after "all but" does
          countLike |= s.notCount[i].equals(NotCounts.EXCEPTION_TO_ALL)
              || s.notCount[i].equals(NotCounts.NOT_ONE);
          i = j;
        } else if (u == null) {
          items.put(s.words(t.span()), "no weapon, casualty or place word");
          countLike = true;
        } else if (!gaveSomething(u)) {
          items.put(s.words(u.span), why(u));
          countLike = true;
        }
      } else if (t.isWord() && Character.isDigit(t.text().charAt(0)) && unitAt(t) != null) {
        // a range written as one word, "40-50"
        Unit u = unitAt(t);
        if (!gaveSomething(u)) {
          items.put(s.words(u.span), why(u));
          countLike = true;
        }
      } else if (t.isWord() && s.notCount[i] != null) {
        // a word the reader looked at and set aside: "all" for a place, "all" with an exception
        items.put(s.words(t.span()), s.notCount[i]);
        countLike = true;
      } else if (t.isWord() && SentenceReader.ALL_ALONE.contains(t.text()) && unitAt(t) == null
          && s.cueAt(t) == null && i + 1 < s.toks.size() && namesWeapon(s.toks.get(i + 1))) {
        // "all drones and, officials said, 3 missiles": an "all" of weapons that gave no figure
        items.put(s.words(t.span()), "\"all\" with no outcome word it goes with");
        countLike = true;
      } else if (t.isWord() && Character.isDigit(t.text().charAt(0))) {
        items.put(s.words(t.span()), t.text().matches("\\d+(st|nd|rd|th)") ? "an ordinal"
            : t.text().matches(".*\\d:\\d.*|\\d{1,2}\\.\\d{2}") || t.text().matches(".*(am|pm)")
                ? "a time"
            // "1.2 thousand drones": a decimal is no figure (review rv46a: said "a time")
            : t.text().matches("\\d+\\.\\d+") ? "a decimal, which no figure is"
            : t.text().matches("\\d+-\\p{L}+") ? "an ordinal"
            : nextToMonth(i) ? "a date" : "a number-like word");
      }
    }
    for (Unit u : s.units) {
      if (u.allOfThem && !u.hasNumber() && u.span != null && !gaveSomething(u)
          && s.notCount[u.from] == null && (outcomeAfter(u) || HitVerbs.STRUCK_WHY.equals(u.why)
              || HitVerbs.FATE_WHY.equals(u.why) || HitVerbs.passiveAt(s, u.to))) {
        // "all of them, officials said, were shot down": an "all" read, no figure from it; "they
        // were all hit" of no weapons ("Three buildings were damaged.") as well
        items.put(s.words(u.span), why(u));
        countLike = true;
      }
    }
    if (!countLike) {
      // "Most of them were shot down", «Усі вони збиті» before it was read: an outcome word no
      // number took is listed, whether or not the sentence gave other figures
      for (Cue c : s.cues) {
        if (c.kind() == Cue.Kind.FIELD && c.field().isOutcome() && !bound(c)) {
          items.putIfAbsent(s.words(c.span()), OUTCOME_WITHOUT_COUNT);
          countLike = true;
        }
      }
    }
    boolean gave = !found.isEmpty() || !setAside.isEmpty();
    if (!gave) {
      for (Token t : s.toks) {
        if (t.isWord() && s.cueAt(t) == null && namesWeapon(t)) {
          items.putIfAbsent(s.words(t.span()), "a weapon named without a figure");
        }
      }
    }
    if (items.isEmpty() || gave && !countLike) {
      return Optional.empty();
    }
    StringBuilder why = new StringBuilder();
    items.forEach((w, r) -> why.append(why.length() == 0 ? "" : "; ").append(w).append(": ")
        .append(r));
    return Optional.of(new NotUnderstood(s.span, s.words(s.span), why.toString()));
  }

  /** Whether a unit of the sentence took the cue. */
  private boolean bound(Cue c) {
    return s.units.stream().anyMatch(u -> u.boundBy.contains(c));
  }

  /** Whether an outcome verb follows a unit in its sentence ("all of them ... were shot down"). */
  private boolean outcomeAfter(Unit u) {
    for (int k = s.indexOfUnit(u) + 1; k < s.els.size(); k++) {
      Sentence.El el = s.els.get(k);
      if (el.is(Sentence.T.CUE) && el.cue().kind() == Cue.Kind.FIELD
          && el.cue().field().isOutcome()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a month is next to a token: "April 16-17", "16-17 April". */
  private boolean nextToMonth(int i) {
    return i > 0 && Lexicon.MONTH.matcher(s.toks.get(i - 1).text()).matches()
        || i + 1 < s.toks.size() && Lexicon.MONTH.matcher(s.toks.get(i + 1).text()).matches();
  }

  private boolean gaveSomething(Unit u) {
    return u.aside != null || u.group != null && !u.fields.isEmpty();
  }

  private static String why(Unit u) {
    if (u.isDuration()) {
      return "days, regions or a share, not a count of weapons";
    }
    if (u.countsPeople()) {
      return "people, with no killed or injured word";
    }
    if (u.countsLocations()) {
      return "places, with no hit or debris word";
    }
    if (u.fields.isEmpty() && u.why != null) {
      return u.why;
    }
    if (u.fields.isEmpty() && u.allOfThem) {
      return "\"all\" with no outcome word it goes with";
    }
    if (u.fields.isEmpty() && u.phrase != null && u.phrase.namesWeapons()) {
      return "weapons, with no launch or outcome word";
    }
    if (u.fields.isEmpty()) {
      return "no weapon, casualty or place word";
    }
    if (u.group == null && u.why != null) {
      return u.why;
    }
    if (u.group == null && u.qualifiesPart()) {
      return UnitGroups.PART_WITH_NO_WEAPON;
    }
    if (u.them.size() > 1) {
      return "a figure for " + u.them.stream().map(it -> it.group().label())
          .collect(java.util.stream.Collectors.joining(" and ")) + " together, which cannot be"
          + " shared out between them";
    }
    return "a figure with nothing it refers to";
  }

  private Unit unitAt(Token t) {
    for (Unit u : s.units) {
      if (u.span != null && t.start() >= u.span.start() && t.end() <= u.span.end()) {
        return u;
      }
    }
    return null;
  }

  private static boolean namesWeapon(Token t) {
    return namesWeapon(t.text());
  }

  /** Whether a word names a weapon: a drone, a Shahed, a decoy, a missile or a bomb. */
  static boolean namesWeapon(String word) {
    Optional<Lexicon.WordClass> c = Lexicon.wordClass(word);
    if (c.isEmpty()) {
      return false;
    }
    switch (c.get()) {
      case DRONE:
      case SHAHED:
      case DECOY:
      case MISSILE:
      case BOMB:
        return true;
      default:
        return false;
    }
  }
}
