package org.conflictstats.text;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.conflictstats.model.WeaponCatalog;

/**
 * Cuts a sentence into elements: units (a number with the phrase that says what it counts, or a
 * head such as "Of the drones,"), cues, list separators and clause boundaries. Dates, times and
 * years are marked as not counts first.
 */
final class SentenceReader {

  private static final Set<String> ALL = Set.of("all", "всі", "усі", "всіх", "усіх", "усього",
      "всього");
  /** "all" standing for "all of them" before an outcome: "all were shot down", «усі збито». */
  static final Set<String> ALL_ALONE = Set.of("all", "всі", "усі");
  private static final Set<String> NOT = Set.of("not", "не");
  /** Why "all" in a clause that names a place gives no figure. */
  static final String ALL_OF_A_PLACE = "\"all\" of a place its clause names, not of the attack";
  /** Why "not all" gives no figure. */
  static final String NOT_ALL = "\"not all\": fewer than all, with no number";
  /** Why "none" before a hit verb gives no figure: "none of which hit Kyiv". */
  static final String NONE_HIT = "\"none\" before a hit verb, of a place or not of the weapons";
  private static final Set<String> BOTH = Set.of("both", "обидва", "обидві", "обох", "обома");
  static final Set<String> OF = Set.of("of", "з", "із", "зі", "from");
  private static final Set<String> THEM = Set.of("them", "those", "них");
  /** The pronoun after "all": «усі вони збиті», "all of them were shot down". */
  private static final Set<String> THEY = Set.of("вони");
  private static final Set<String> WHICH = Set.of("which", "яких", "whom");
  /** «жодна (з яких)», «жодну (з них)»: "none", whose verb takes «не» too («не збито»). */
  private static final Set<String> NONE_UK = Set.of("жодна", "жодну", "жоден", "жодного",
      "жодної", "жодне");
  private static final Set<String> LAUNCHED_WORDS = Set.of("запущених", "випущених", "launched");
  private static final Set<String> COPULA = Set.of("were", "was", "are", "is", "–", "були", "є",
      "це", "being");
  /** What joins the items of a list: "and", "as well as", commas, «та», «і», «й». */
  private static final Set<String> LIST_WORDS = Set.of("and", ",", "as", "well", "та", "і", "й",
      "а", "також");
  private static final Set<String> MORE = Set.of("more", "others", "additional", "further");
  /** What ends a clause: a zero in it is read with the place it names. */
  private static final Set<String> CLAUSE_END = Set.of(",", ";", ".", ":", "–", "—");

  private final Sentence s;
  private final Phrases phrases;

  SentenceReader(Sentence s, WeaponCatalog catalog) {
    this.s = s;
    this.phrases = new Phrases(catalog, s.toks);
  }

  void read() {
    NotCounts.mark(s);
    int i = 0;
    Cue last = null;
    while (i < s.toks.size()) {
      Token t = s.toks.get(i);
      if (s.inZero(t)) {
        i++;
        continue;
      }
      Cue c = s.cueAt(t);
      if (c != null) {
        if (c != last) {
          s.els.add(new Sentence.El(Sentence.T.CUE, null, c, null));
          last = c;
        }
        i++;
        continue;
      }
      if (s.notCount[i] != null) {
        s.els.add(new Sentence.El(Sentence.T.GAP, null, null, t.text()));
        i++;
        continue;
      }
      int next = unit(i);
      if (next < 0) {
        next = head(i);
      }
      if (next < 0) {
        next = bare(i);
      }
      if (next > i) {
        i = next;
        continue;
      }
      int after = Separators.attribution(s, i);
      i = after > i ? after : Separators.read(s, i);
    }
  }

  /** A qualifier phrase at {@code i}: its qualifier and length, or null. */
  private Object[] qualifier(int i) {
    for (int len = 4; len >= 1; len--) {
      if (i + len > s.toks.size()) {
        continue;
      }
      StringBuilder b = new StringBuilder();
      boolean words = true;
      for (int k = i; k < i + len; k++) {
        Token t = s.toks.get(k);
        words &= t.isWord() && s.cueAt(t) == null;
        b.append(k > i ? " " : "").append(t.text());
      }
      Qualifier q = words ? Lexicon.QUALIFIERS.get(b.toString()) : null;
      if (q != null) {
        return new Object[] {q, len};
      }
    }
    return null;
  }

  /** Reads a unit that starts at token {@code i}; returns the index after it, or -1. */
  private int unit(int i) {
    int k = i;
    Qualifier q = Qualifier.EXACT;
    Object[] qual = qualifier(k);
    if (qual != null) {
      int after = k + (int) qual[1];
      Token t = s.tok(after);
      if (t != null && (t.isNumber() && s.notCount[after] == null || Ranges.word(s, after) != null
          || s.tokIn(after, ALL)
          || s.tokIs(after, "a") || s.tokIs(after, "dozens") || s.tokIs(after, "hundreds"))) {
        q = (Qualifier) qual[0];
        k = after;
      }
    }
    Unit u = new Unit();
    boolean all = false;
    if (s.tokIn(k, ALL_ALONE) && k > 0 && s.tokIn(k - 1, NOT)) {
      // "not all missiles were shot down", «не всі ракети збито»: fewer than all, no number
      s.notCount[k] = NOT_ALL;
      return -1;
    }
    if (s.tokIn(k, ALL) && s.tok(k + 1) != null && s.tok(k + 1).isNumber()
        && s.notCount[k + 1] == null) {
      all = true;
      k++;
    } else if (s.tokIn(k, ALL_ALONE) && s.tokIn(k + 1, OF) && s.tokIn(k + 2, THEM)) {
      return allOf(i, k + 3, Unit.Ref.THEM);
    } else if (s.tokIn(k, ALL_ALONE) && s.tokIn(k + 1, OF) && s.tokIn(k + 2, WHICH)) {
      return allOf(i, k + 3, Unit.Ref.WHICH);
    } else if (s.tokIn(k, ALL_ALONE) && (outcomeAt(k + 1) || saidBeforeOutcome(k + 1)
        || HitVerbs.passiveAt(s, k + 1))) {
      // "all were shot down", «усі збито», «всі збиті», «усі, як повідомили в ПС, збито»: all of
      // them; "all were hit", «усі уражено»: all of them hit by something, listed (Binder)
      return allOf(i, k + 1, Unit.Ref.THEM);
    } else if (s.tokIn(k, ALL_ALONE) && s.tokIn(k + 1, THEY)
        && (outcomeAt(k + 2) || saidBeforeOutcome(k + 2) || HitVerbs.passiveAt(s, k + 2))) {
      // «усі вони збиті», «усі вони, за даними Повітряних сил, збиті»: all of them
      return allOf(i, k + 2, Unit.Ref.THEM);
    } else if (s.tokIs(k, "they") && allThenOutcome(k + 1) > 0) {
      // "they were all shot down", "they have all been destroyed": all of them, read only after
      // one group (Referents.ofThem); «вони всі збиті» is read at «всі»; "they were all hit": all
      // of them hit by something, listed (Binder)
      int end = allOf(i, allThenOutcome(k + 1), Unit.Ref.THEM);
      if (end > 0) {
        s.units.get(s.units.size() - 1).pronoun = true;
      }
      return end;
    } else if (s.tokIn(k, ALL)
        && (s.tokIs(k + 1, "the") || s.tokIs(k + 1, "of") && s.tokIs(k + 2, "the"))) {
      int p = s.tokIs(k + 1, "the") ? k + 2 : k + 3;
      Optional<Phrase> ph = phrases.at(p);
      if (ph.isPresent() && ph.get().namesWeapons()) {
        return allOfNamed(i, ph.get());
      }
    } else if (s.tokIn(k, ALL_ALONE) && phrases.at(k + 1).isPresent()
        && phrases.at(k + 1).get().namesWeapons() && !phrases.at(k + 1).get().people()
        && (outcomeAt(phrases.at(k + 1).get().to()) || outcomeBefore(k)
            || outcomeAt(listEnd(phrases.at(k + 1).get().to())))) {
      // "50 drones and all missiles were shot down", "shot down 50 drones and all missiles", "all
      // drones and 3 missiles were shot down", «усі БпЛА та 3 ракети збито»
      return allOfNamed(i, phrases.at(k + 1).get());
    }
    int numEnd;
    long value;
    OptionalLong to = OptionalLong.empty();
    boolean negated = false;
    boolean both = false;
    Token t = s.tok(k);
    if (t == null) {
      return -1;
    }
    if (t.isNumber() && s.notCount[k] == null && t.is("one") && s.tokIs(k + 1, "of")
        && s.tokIs(k + 2, "the") && superlative(k + 3)) {
      return -1;
    } else if (t.isNumber() && s.notCount[k] == null) {
      value = t.value();
      numEnd = k + 1;
      int end = Ranges.end(s, k);
      if (end > 0) {
        to = OptionalLong.of(s.tok(end - 1).value());
        numEnd = end;
      }
    } else if (Ranges.word(s, k) != null) {
      long[] range = Ranges.word(s, k);
      value = range[0];
      to = OptionalLong.of(range[1]);
      numEnd = k + 1;
    } else if (q == Qualifier.EXACT && (s.tokIs(k, "none") || s.tokIs(k, "no")
        || s.tokIn(k, NONE_UK) && (s.tokIn(k + 1, OF)
            && (s.tokIn(k + 2, WHICH) || s.tokIn(k + 2, THEM))
            || phrases.at(k + 1).filter(Phrase::namesWeapons).isPresent()))) {
      // "none of the missiles were shot down", "no missiles were shot down", «жодна з яких не
      // була збита», «жодну з них не збито», «жодна ракета не влучила»: zero, checked below
      value = 0;
      negated = true;
      numEnd = k + 1;
    } else if (s.tokIn(k, BOTH) && bothAnd(k)) {
      // "both drones and missiles were shot down": "both ... and", no number; listed
      s.notCount[k] = "\"both ... and\": two kinds, with no number";
      return -1;
    } else if (s.tokIn(k, BOTH)) {
      value = 2;
      all = true;
      both = true;
      numEnd = k + 1;
    } else if (s.tokIs(k, "a") && s.tokIs(k + 1, "dozen")) {
      value = 12;
      numEnd = k + 2;
    } else if (s.tokIs(k, "half") && s.tokIs(k + 1, "a") && s.tokIs(k + 2, "dozen")) {
      value = 6;
      numEnd = k + 3;
    } else if ((s.tokIs(k, "dozens") || s.tokIs(k, "десятки") || s.tokIs(k, "десятків"))) {
      value = t.is("dozens") ? 24 : 20;
      q = Qualifier.AT_LEAST;
      numEnd = s.tokIs(k + 1, "of") ? k + 2 : k + 1;
    } else if (s.tokIs(k, "hundreds") || s.tokIs(k, "сотні") || s.tokIs(k, "сотень")) {
      value = 200;
      q = Qualifier.AT_LEAST;
      numEnd = s.tokIs(k + 1, "of") ? k + 2 : k + 1;
    } else if (s.tokIs(k, "the") && q == Qualifier.EXACT) {
      int r = remainingOne(k);
      return r > 0 ? r : singular(k);
    } else {
      return -1;
    }
    // what comes before: "the", "another", "remaining", "ще", "решта"
    int start = i;
    for (int b = i - 1; b >= Math.max(0, i - 3); b--) {
      Token pt = s.toks.get(b);
      if (!pt.isWord() || s.cueAt(pt) != null) {
        break;
      }
      String w = pt.text();
      if (w.equals("the") || w.equals("these") || w.equals("those")) {
        u.definite = true;
        start = b;
      } else if (w.equals("another") || w.equals("ще") || w.equals("a")) {
        u.another |= !w.equals("a");
        start = w.equals("a") ? start : b;
      } else if (w.equals("remaining") || w.equals("решта") || w.equals("решту") || w.equals("rest")
          || w.equals("other") || w.equals("інші")) {
        u.remaining = true;
        start = b;
      } else if (!w.equals("total") && !w.equals("of")) {
        break;
      }
    }
    u.all = all;
    u.both = both;
    // "..., of which 59 were downed", «з яких 97 вдалося знешкодити»: the number just before
    if (s.tokIn(i - 1, WHICH) && s.tokIn(i - 2, OF)) {
      u.ref = Unit.Ref.WHICH;
    }
    int j = numEnd;
    if (s.tokIn(j, MORE) && !s.tokIs(j + 1, "than")) {
      u.another = true;
      j++;
    }
    // partitives
    if (s.tokIn(j, OF) && s.tokIn(j + 1, THEM)) {
      u.ref = Unit.Ref.THEM;
      j += 2;
    } else if (s.tokIn(j, OF) && s.tokIn(j + 1, WHICH)) {
      u.ref = Unit.Ref.WHICH;
      j += 2;
    } else if (s.tokIn(j, OF)
        && (s.isNumberAt(j + 1) || s.tokIs(j + 1, "the") && s.isNumberAt(j + 2))) {
      int m = s.tokIs(j + 1, "the") ? j + 2 : j + 1;
      Optional<Phrase> ph = phrases.at(m + 1);
      if (ph.isPresent()) {
        Token mt = s.tok(m);
        u.partOf = Quantity.of(mt.value(), Qualifier.EXACT, mt.text());
        u.partOfSpan = Span.of(mt.start(), s.toks.get(ph.get().to() - 1).end());
        u.phrase = ph.get();
        u.definite = true;
        j = ph.get().to();
      }
    } else if (s.tokIn(j, OF) && s.tokIs(j + 1, "the") && phrases.at(j + 2).isPresent()) {
      u.phrase = phrases.at(j + 2).get();
      u.ref = Unit.Ref.DEFINITE;
      u.definite = true;
      j = u.phrase.to();
    } else if (s.tokIn(j, OF) && s.tokIn(j + 1, LAUNCHED_WORDS)) {
      Optional<Phrase> ph = phrases.at(j + 2);
      if (ph.isPresent() && ph.get().namesWeapons()) {
        u.phrase = ph.get();
        u.ref = Unit.Ref.DEFINITE;
        u.definite = true;
        j = ph.get().to();
      } else {
        u.ref = Unit.Ref.LAUNCHED;
        j += 2;
      }
    } else {
      Optional<Phrase> ph = phrases.at(j);
      if (ph.isPresent()) {
        u.phrase = ph.get();
        j = ph.get().to();
      }
    }
    // a predicate: "about 250 of them Shaheds", "about 120 were decoys", «з них – «шахеди»»,
    // "about 400 of the drones were Shaheds"
    if (u.phrase == null || u.ref == Unit.Ref.DEFINITE) {
      int p = j;
      boolean copula = false;
      if (s.tokIn(p, COPULA) || s.tok(p) != null && s.tok(p).isPunct()
          && (s.tok(p).is("–") || s.tok(p).is("-") || s.tok(p).is("—"))) {
        // «зокрема близько 60 – «шахеди»», «з них 80 - Shahed»: the dash as "are"
        p++;
        copula = true;
      }
      Optional<Phrase> pred = phrases.at(p);
      boolean afterDefinite = u.ref == Unit.Ref.DEFINITE;
      if (pred.isPresent() && pred.get().namesWeapons() && (copula || u.ref != Unit.Ref.NONE)
          && (!afterDefinite || copula)) {
        Group.Kind kind = pred.get().group().get().kind();
        if (kind == Group.Kind.SHAHED || kind == Group.Kind.DECOY || kind == Group.Kind.WEAPON
            || kind == Group.Kind.CATEGORY) {
          u.predicate = pred.get();
          j = pred.get().to();
        }
      }
    }
    if (j == numEnd && u.phrase == null && u.ref == Unit.Ref.NONE && u.predicate == null
        && s.tokIs(i - 1, "of") && !t.isNumber()) {
      return -1;
    }
    if (negated && !negatedOutcome(t, u, j)) {
      if (hitWordAt(j) || NONE_UK.contains(t.text()) && s.tokIs(j, "не") && hitWordAt(j + 1)) {
        // "none of which hit Kyiv", «жодна з них не влучила в Київ»: no zero of the attack's;
        // listed, never dropped (a hit verb no figure takes is no outcome word Unexplained sees)
        s.notCount[k] = NONE_HIT;
      }
      return -1;
    } else if (negated && (t.is("none") && u.ref == Unit.Ref.NONE && u.phrase == null
        || namesSeveral(u.phrase))) {
      // "none were shot down", "no drones or missiles were shot down": none of them, each group
      u.ref = Unit.Ref.THEM;
      u.phrase = null;
      u.definite = false;
    }
    u.from = start;
    u.to = j;
    int wordsFrom = to.isPresent() && (s.tokIs(i - 1, "від") || s.tokIs(i - 1, "between"))
        ? i - 1 : i;
    start = Math.min(start, wordsFrom);
    u.quantity = quantity(value, to, q, wordsFrom, numEnd);
    u.span = Span.of(s.toks.get(start).start(), s.toks.get(j - 1).end());
    if (u.phrase != null && u.phrase.namesWeapons() && u.partOf == null && u.ref == Unit.Ref.NONE
        && (s.tokIn(i - 1, OF) || s.tokIs(i - 1, "the") && s.tokIn(i - 2, OF))
        && !(s.tok(i - 2) != null && (s.tok(i - 2).isNumber() || s.tok(i - 2).is("total")))
        && !debrisBefore(s.tokIs(i - 1, "the") ? i - 3 : i - 2)) {
      u.head = true;
      u.claimed = true;
      u.fields.add(Field.LAUNCHED);
    }
    add(u);
    return j;
  }

  /** Whether a debris cue is at token {@code k}: "debris of 3 drones" is no whole launched. */
  private boolean debrisBefore(int k) {
    Token t = s.tok(k);
    Cue c = t == null ? null : s.cueAt(t);
    return c != null && c.kind() == Cue.Kind.DEBRIS;
  }

  /**
   * The number of a unit, with the words from {@code from} to {@code end}: a range's words start
   * one word before its first number («від 40 до 50», "between 40 and 50").
   */
  private Quantity quantity(long value, OptionalLong to, Qualifier q, int from, int end) {
    String words = s.words(Span.of(s.toks.get(from).start(), s.toks.get(end - 1).end()));
    return to.isPresent() ? Quantity.range(value, to.getAsLong(), q, words)
        : Quantity.of(value, q, words);
  }

  /**
   * Whether a zero read from "none" or "no" is one: "none of the missiles", "none of them" or
   * "none" and "no missiles", each before a weapon outcome ("were shot down") in a clause that
   * names no place; "no" before anything else ("no missile attacks on Kyiv") is not a count.
   */
  private boolean negatedOutcome(Token t, Unit u, int after) {
    boolean weapons = u.phrase != null && u.phrase.namesWeapons() && !u.phrase.people();
    boolean shape;
    if (NONE_UK.contains(t.text())) {
      // «жодна з яких не була збита», «жодна ракета не влучила» (as "no missile hit"): the «не»
      // goes with «жодна», no denial (Unit.noneOf)
      // (a «не» of the cue's own, «жодна з них не долетіла», is no such: not read)
      u.noneOf = true;
      shape = u.ref == Unit.Ref.THEM || u.ref == Unit.Ref.WHICH
          || u.ref == Unit.Ref.NONE && weapons && u.predicate == null && u.partOf == null;
      return shape && s.tokIs(after, "не")
          && (outcomeAt(after + 1) || hitVerbAt(after + 1)) && !namesPlace(after);
    }
    if (t.is("none")) {
      shape = u.ref == Unit.Ref.THEM || u.ref == Unit.Ref.WHICH
          || u.ref == Unit.Ref.DEFINITE && weapons || u.ref == Unit.Ref.NONE && u.phrase == null;
    } else {
      shape = u.ref == Unit.Ref.NONE && weapons && u.predicate == null;
    }
    return shape && u.partOf == null && (outcomeAt(after) || hitVerbAt(after))
        && !namesPlace(after);
  }

  /**
   * Whether the verb of weapons that hit is at {@code k}, right after "none" ("none of which
   * hit", «жодна з яких не влучила»): {@link HitVerbs#weaponsHit}.
   */
  private boolean hitVerbAt(int k) {
    Cue c = hitCue(k);
    return c != null && HitVerbs.weaponsHit(s, c);
  }

  /**
   * Whether "hit", "struck" or «влучила» is at {@code k}, past "were", «була» ({@link
   * Sentence#skipAux}).
   */
  private boolean hitWordAt(int k) {
    return hitCue(s.skipAux(k)) != null;
  }

  /** The hits cue at {@code k} when it is the verb ({@link HitVerbs#verb}), else null. */
  private Cue hitCue(int k) {
    Token t = s.tok(k);
    Cue c = t == null ? null : s.cueAt(t);
    return c != null && HitVerbs.verb(s, c) ? c : null;
  }

  /** Whether a phrase names drones and missiles together ("drones or missiles"). */
  private boolean namesSeveral(Phrase p) {
    return p != null && p.group().get().kind() == Group.Kind.TOTAL
        && s.toks.subList(p.from(), p.to()).stream().anyMatch(x -> x.is("or") || x.is("and"));
  }

  /**
   * Whether the clause that holds token {@code k}, with a clause of no number before it, names a
   * place ("no drones were shot down over Kyiv", "in Kharkiv, none ...", "all were shot down in
   * the Kyiv region"): a zero or an "all" there is the place's, not the attack's.
   */
  private boolean namesPlace(int k) {
    int from = clauseStart(k);
    if (from > 0 && s.tokIs(from - 1, ",")) {
      int before = clauseStart(from - 1);
      if (s.toks.subList(before, from - 1).stream().noneMatch(Token::isNumber)) {
        from = before;
      }
    }
    int to = k;
    while (to < s.toks.size() && !CLAUSE_END.contains(s.toks.get(to).text())) {
      to++;
    }
    int start = s.toks.get(from).start();
    int end = to < s.toks.size() ? s.toks.get(to).start() : s.span.end();
    return s.places.stream().anyMatch(p -> p.span().start() >= start && p.span().end() <= end);
  }

  private int clauseStart(int k) {
    int from = k;
    while (from > 0 && !CLAUSE_END.contains(s.toks.get(from - 1).text())) {
      from--;
    }
    return from;
  }

  /**
   * Whether words that say who said it, between commas, start at {@code k} and an outcome cue
   * follows them ("all, officials said, were shot down", «усі, як повідомили в ПС, збито»).
   */
  private boolean saidBeforeOutcome(int k) {
    return Separators.beforeOutcome(s, k) > k;
  }

  /**
   * Whether a weapon outcome cue starts at {@code k}, past the auxiliaries and "also", "all"
   * ({@link Sentence#skipAux}: "were also shot down", «були збиті»).
   */
  private boolean outcomeAt(int k) {
    return outcomeCue(s.tok(s.skipAux(k))) != null;
  }

  /**
   * After "they": "were all", "have all been", "all were" and then an outcome cue ("they were all
   * shot down") or the passive of the hit verb ("they were all hit"): the index after "all" when
   * it is no part of the cue, else {@code k}; -1 when there is no "all" or no outcome.
   */
  private int allThenOutcome(int k) {
    int after = s.skipAux(k);
    int end = -1;
    for (int j = k; j < after; j++) {
      if (s.tok(j).is("all")) {
        end = j + 1;
      }
    }
    Cue c = outcomeCue(s.tok(after));
    for (int j = after; end < 0 && c != null && s.tok(j) != null && s.cueAt(s.tok(j)) == c; j++) {
      if (s.tok(j).is("all")) {
        end = k; // "all" in the outcome cue's own words
      }
    }
    return c != null || HitVerbs.passiveAt(s, after) ? end : -1;
  }

  /** The weapon outcome cue that holds token {@code t}, or null. */
  private Cue outcomeCue(Token t) {
    Cue c = t == null ? null : s.cueAt(t);
    return c != null && c.kind() == Cue.Kind.FIELD && c.field().isOutcome() ? c : null;
  }

  /**
   * Whether "both" at {@code k} is the first word of "both ... and" ("both drones and missiles"):
   * the phrase after it joins two kinds with "and", and "both" counts no pair.
   */
  private boolean bothAnd(int k) {
    Optional<Phrase> ph = phrases.at(k + 1);
    return ph.isPresent() && s.toks.subList(ph.get().from(), ph.get().to()).stream()
        .anyMatch(x -> x.is("and") || x.is("та") || x.is("і") || x.is("й"));
  }

  /**
   * Where a list that goes on at token {@code k} ends: past "and", «та», «і», commas, "both",
   * "all" and the numbers and weapon phrases of its items ("and 3 missiles", ", as well as 2
   * missiles,", "and both Kinzhals"); {@code k} itself when no list goes on there.
   */
  private int listEnd(int k) {
    int j = k;
    boolean item = false;
    while (s.tok(j) != null && s.cueAt(s.tok(j)) == null) {
      Optional<Phrase> ph = phrases.at(j);
      if (ph.isPresent() && ph.get().namesWeapons() && !ph.get().people()) {
        j = ph.get().to();
        item = true;
      } else if (s.tokIn(j, LIST_WORDS) || s.tokIn(j, BOTH) || s.tokIn(j, ALL) || s.isNumberAt(j)
          || qualifier(j) != null) {
        j += qualifier(j) != null && !s.isNumberAt(j) ? (int) qualifier(j)[1] : 1;
      } else {
        break;
      }
    }
    return item ? j : k;
  }

  /** Whether a weapon outcome cue comes before token {@code k} in the sentence. */
  private boolean outcomeBefore(int k) {
    for (int j = 0; j < k; j++) {
      Cue c = s.cueAt(s.toks.get(j));
      if (c != null && c.kind() == Cue.Kind.FIELD && c.field().isOutcome()) {
        return true;
      }
    }
    return false;
  }

  private boolean superlative(int k) {
    Token t = s.tok(k);
    return t != null && (t.text().endsWith("est") || t.is("most") || t.is("biggest")
        || t.is("worst") || t.is("few"));
  }

  /**
   * Whether the clause goes on to make an exception ("all were shot down but one", "all of them
   * ... except two Kh-22", «усі збито, крім однієї»): then "all" is not all of them, and no figure.
   */
  private boolean exceptFollows(int k) {
    for (int j = k; s.tok(j) != null && !s.tokIs(j, ";") && !s.tokIs(j, "."); j++) {
      if (s.tokIn(j, Lexicon.EXCEPT_WORDS) || s.tokIs(j, "apart") && s.tokIs(j + 1, "from")
          || s.tokIs(j, "but") && (s.isNumberAt(j + 1) || s.tokIs(j + 1, "for"))) {
        return true;
      }
    }
    return false;
  }

  private int allOf(int i, int end, Unit.Ref ref) {
    boolean except = exceptFollows(end);
    if (except || ref == Unit.Ref.THEM && namesPlace(end)) {
      // listed as not understood, never dropped silently
      s.notCount[i] = except ? "\"all\" with an exception" : ALL_OF_A_PLACE;
      return -1;
    }
    Unit u = new Unit();
    u.allOfThem = true;
    u.all = true;
    u.ref = ref;
    u.from = i;
    u.to = end;
    u.span = Span.of(s.toks.get(i).start(), s.toks.get(end - 1).end());
    add(u);
    return end;
  }

  /** "the remaining missile was an Iskander-M ballistic missile": one of that type, launched. */
  private int remainingOne(int k) {
    if (!(s.tokIs(k + 1, "remaining") || s.tokIs(k + 1, "last") || s.tokIs(k + 1, "other"))
        || !(s.tokIs(k + 2, "missile") || s.tokIs(k + 2, "drone") || s.tokIs(k + 2, "one"))
        || !s.tokIs(k + 3, "was")) {
      return -1;
    }
    int p = s.tokIs(k + 4, "a") || s.tokIs(k + 4, "an") ? k + 5 : k + 4;
    Optional<Phrase> ph = phrases.at(p);
    if (ph.isEmpty() || !ph.get().namesWeapons()
        || ph.get().group().get().kind() != Group.Kind.WEAPON) {
      return -1;
    }
    Unit u = new Unit();
    u.phrase = ph.get();
    u.from = k;
    u.to = ph.get().to();
    u.span = Span.of(s.toks.get(k).start(), s.toks.get(u.to - 1).end());
    u.quantity = Quantity.of(1, Qualifier.EXACT, s.words(Span.of(s.toks.get(k).start(),
        s.toks.get(k + 2).end())));
    add(u);
    return u.to;
  }

  /** "all the cruise missiles", «ракети Х-59/69 збито»: every one of a group named before. */
  private int allOfNamed(int i, Phrase ph) {
    if (exceptFollows(ph.to())) {
      return -1;
    }
    if (namesPlace(ph.to())) {
      // "shot down all drones over the Kyiv region": as "all were shot down in the Kyiv region",
      // the place's, not the attack's; listed, never all of those launched
      s.notCount[i] = ALL_OF_A_PLACE;
      return -1;
    }
    Unit u = new Unit();
    u.allOfThem = true;
    u.all = true;
    u.ref = Unit.Ref.DEFINITE;
    u.phrase = ph;
    u.definite = true;
    u.from = i;
    u.to = ph.to();
    u.span = Span.of(s.toks.get(i).start(), s.toks.get(ph.to() - 1).end());
    add(u);
    return ph.to();
  }

  /**
   * A weapon type without a number before an outcome ("The Kh-59 missiles were shot down",
   * «Ракети Х-59/69 збито»): all of those launched.
   */
  private int bare(int i) {
    Token t = s.tok(i);
    if (t == null || !t.isWord() || s.cueAt(t) != null || i > 0 && s.tok(i - 1).isNumber()) {
      return -1;
    }
    int p = t.is("the") ? i + 1 : i;
    Optional<Phrase> ph = phrases.at(p);
    if (ph.isEmpty() || !ph.get().namesWeapons() || ph.get().generic()
        || ph.get().group().get().kind() != Group.Kind.WEAPON
        && ph.get().group().get().kind() != Group.Kind.CATEGORY) {
      return -1;
    }
    if (!outcomeAt(ph.get().to())) {
      return -1;
    }
    return allOfNamed(i, ph.get());
  }

  /** "the missile was destroyed": a singular definite phrase before a cue counts one. */
  private int singular(int k) {
    Optional<Phrase> ph = phrases.at(k + 1);
    if (ph.isEmpty() || !ph.get().singular() || !ph.get().namesWeapons()) {
      return -1;
    }
    int after = ph.get().to();
    if (s.tokIs(after, "also")) {
      after++;
    }
    Token next = s.tok(after);
    if (next == null || s.cueAt(next) == null) {
      return -1;
    }
    Unit u = new Unit();
    u.phrase = ph.get();
    u.definite = true;
    u.singularThe = true;
    u.from = k;
    u.to = ph.get().to();
    u.span = Span.of(s.toks.get(k).start(), s.toks.get(u.to - 1).end());
    u.quantity = Quantity.of(1, Qualifier.EXACT, s.words(u.span));
    add(u);
    return u.to;
  }

  /**
   * A head without a number: "Of the drones,", "Among the missiles", «Серед ракет –», «Із ракет»,
   * or "The missiles" before "included".
   */
  private int head(int i) {
    Token t = s.tok(i);
    if (t == null || !t.isWord() || s.cueAt(t) != null) {
      return -1;
    }
    int k = i;
    boolean marker = false;
    if (t.is("of") || t.is("among") || t.is("серед") || t.is("із") || t.is("з")
        || t.is("з-поміж")) {
      marker = true;
      k++;
    }
    if (s.tokIs(k, "the")) {
      k++;
    }
    Optional<Phrase> ph = phrases.at(k);
    if (ph.isEmpty() || !ph.get().namesWeapons() || ph.get().people()) {
      return -1;
    }
    int after = ph.get().to();
    Token next = s.tok(after);
    boolean inclusionNext = next != null && s.cueAt(next) != null
        && s.cueAt(next).kind() == Cue.Kind.INCLUSION;
    boolean punctNext = next != null && next.isPunct()
        && (next.is(",") || next.is("–") || next.is(":"));
    boolean cueNext = next != null && s.cueAt(next) != null;
    boolean wereNext = next != null && (next.is("were") || next.is("was"));
    if ((marker && (punctNext || cueNext || wereNext)) || (!marker && inclusionNext)) {
      Unit u = new Unit();
      u.headOnly = true;
      u.phrase = ph.get();
      u.definite = true;
      u.claimed = true;
      u.from = i;
      u.to = after;
      u.span = Span.of(t.start(), s.toks.get(after - 1).end());
      if (t.is("among") || t.is("серед")) {
        u.head = true;
      }
      add(u);
      return wereNext && t.is("among") ? after + 1 : after;
    }
    return -1;
  }

  private void add(Unit u) {
    s.units.add(u);
    s.els.add(new Sentence.El(Sentence.T.UNIT, u, null, null));
  }
}
