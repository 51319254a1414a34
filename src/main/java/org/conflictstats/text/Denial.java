package org.conflictstats.text;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one rule of a denied figure: a number of weapons gives no figure where its clause says that
 * what would count it did not happen ("2 Iskander-M missiles were not intercepted", "did not shoot
 * down 8 missiles", "could not stop 5 missiles", «не змогли вчасно збити 4 ракети», «не вдалося
 * своєчасно знешкодити 5 ракет»). The rule is a {@link #NEGATION} in the figure's clause (from a
 * sentence bound, ";", ":" or a clause word such as "but", «але», «а», none of them part of a cue)
 * with only a few words between it and what it denies:
 *
 * <ul>
 *   <li>an outcome cue right after it, at most two words between ("were not intercepted", "could
 *       not, unfortunately, shoot down"): {@link #ofOutcome}; the infinitives of the {@link
 *       #STOPPING} verbs that the outcome cues do not know ("shoot down", «перехопити») are outcome
 *       cues only there ({@link #OUTCOME_CUE}), so that their number is denied, never launched;
 *   <li>a number of weapons with no cue of its own, at most four words between, one of them a
 *       {@link #STOPPING} verb ("could not stop 5 missiles"), or the next part of a list so denied
 *       ("could not stop 5 missiles and 3 drones"); or the negation after the number (or the list
 *       it ends), at most two words between, and a {@link #STOPPING} verb at most two words after
 *       the negation ("5 drones could not be stopped", «5 дронів не вдалося зупинити»): {@link
 *       #ofNumber}.
 * </ul>
 *
 * <p>The {@code Binder} asks {@link #ofNumber} before it takes such a number for launched; the
 * {@code UnitGroups} ask {@link #ofOutcome} before they count a number for its outcome. Each
 * denied number is listed as not understood, with {@link #OUTCOME_WHY}, {@link #NUMBER_WHY} or
 * {@link #STOPPED_WHY}.
 */
final class Denial {

  private Denial() {}

  /**
   * A negation before a verb, in normalised (lower-case) text: "not", "cannot", "n't", "never",
   * "failed to", "unable to", «не», «не вдалося», «не змогли», then perhaps "be", "been", "able
   * to" or "manage to". Of bounded length, so that it can stand in a look-behind ({@link
   * #OUTCOME_CUE}).
   */
  static final String NEGATION = "(?:\\bnot|\\bcannot|n't|\\bnever|\\bfailed\\s{1,3}to"
      + "|\\bunable\\s{1,3}to|(?<!\\p{L})не(?:\\s{1,3}(?:вдалося|вдалось|змогл[аио]?|зміг|могли))?)"
      + "(?:\\s{1,3}(?:be|been|able\\s{1,3}to|manage\\s{1,3}to))?";

  /**
   * One verb of stopping weapons: the stem that finds it in the words after a negation ("stop",
   * "neutrali", «знешкод»), and, where the outcome cues do not know the infinitive, the infinitive
   * that is an outcome cue after a negation ("shoot down", «перехопити»).
   */
  private record Verb(String stem, Optional<String> infinitive) {
    static Verb of(String stem) {
      return new Verb(stem, Optional.empty());
    }

    static Verb of(String stem, String infinitive) {
      return new Verb(stem, Optional.of(infinitive));
    }
  }

  /** The verbs of what weapons were stopped from doing, English and Ukrainian: one list. */
  private static final ImmutableList<Verb> STOPPING = ImmutableList.of(
      Verb.of("stop"), Verb.of("shoot", "shoot(?: them| it)? down"), Verb.of("down"),
      Verb.of("intercept", "intercept"), Verb.of("destroy", "destroy"), Verb.of("neutrali"),
      Verb.of("repel"), Verb.of("prevent"), Verb.of("bring", "bring down"),
      Verb.of("take", "take down"), Verb.of("збит", "збити"), Verb.of("знешкод"),
      Verb.of("перехоп", "перехопити"), Verb.of("знищ", "знищити"), Verb.of("зупин"),
      Verb.of("відбит"), Verb.of("нейтраліз"));

  /**
   * An outcome verb the text denies ("did not shoot down 8 missiles", «не змогли перехопити»): the
   * infinitive of a {@link #STOPPING} verb right after a {@link #NEGATION}, a destroyed cue only
   * there (the infinitive alone, "to shoot down", is no cue), so that {@link #ofOutcome} lists its
   * number as not understood, never as launched. A regex for {@code Lexicon}'s cues.
   */
  static final String OUTCOME_CUE = "(?<=" + NEGATION + "\\s{1,3})(?:"
      + STOPPING.stream().flatMap(v -> v.infinitive().stream()).collect(Collectors.joining("|"))
      + ")\\b";

  /** A verb of stopping among the words after a negation. */
  private static final Pattern STOPPED = Pattern.compile("(?iu)\\b(?:"
      + STOPPING.stream().map(Verb::stem).collect(Collectors.joining("|")) + ")");

  /** A negation at the end of the text before an outcome cue, at most two words after it. */
  private static final Pattern BEFORE_OUTCOME = negatedWithin(2);

  /** A negation at the end of the text before a number, at most four words after it. */
  private static final Pattern BEFORE_NUMBER = negatedWithin(4);

  /**
   * A negation after a number (at most two words between) and at most two words after it, those in
   * group 1: "could not be stopped", "were never stopped", "weren't stopped", «не вдалося
   * зупинити». No space is needed before the negation: each of its words starts at a word bound
   * but "n't", which ends one.
   */
  private static final Pattern NEGATED_AFTER = Pattern.compile(
      "(?iu)^(?:[\\s,]+[\\p{L}'’-]+?){0,2}?[\\s,]*" + NEGATION
          + "(?!\\p{L})((?:[\\s,]+[\\p{L}'’-]+){1,2})");

  /** Why a number of weapons the text denies an outcome of gives no figure. */
  static final String OUTCOME_WHY = "an outcome that did not happen (\"not\"), so no figure";

  /** Why a number of weapons after a negation and a verb of stopping in its clause gives none. */
  static final String NUMBER_WHY =
      "weapons after a negation (\"not\") in their clause, so no figure";

  /** Why a number of weapons its clause says, after it, were not stopped gives no figure. */
  static final String STOPPED_WHY =
      "weapons their clause says were not stopped (\"not\"), so no figure";

  /**
   * A {@link #NEGATION} at the end of a text, with at most {@code words} words after it ("did not",
   * "could not, unfortunately, stop"), those words in group 1.
   */
  private static Pattern negatedWithin(int words) {
    return Pattern.compile("(?iu)" + NEGATION + "(?!\\p{L})((?:[\\s,]+[\\p{L}'’-]+){0," + words
        + "})[\\s,]*$");
  }

  /**
   * Whether the clause denies an outcome cue: "2 Iskander-M missiles were not intercepted", "did
   * not shoot down 8 missiles", «не змогли вчасно збити 4 ракети».
   *
   * @param s the sentence
   * @param cue an outcome cue of the sentence
   * @return whether a negation stands at most two words before the cue, in its clause
   */
  static boolean ofOutcome(Sentence s, Cue cue) {
    int at = cue.span().start();
    int from = clauseStart(s, Positions.firstFrom(s.toks, Token::start, at));
    return from < at && BEFORE_OUTCOME.matcher(s.norm.substring(from, at)).find();
  }

  /**
   * Whether the clause denies that a number of weapons with no cue of its own was stopped ("Air
   * defence could not stop 5 missiles", "it was not possible to shoot down 5 missiles"): a negation
   * and a verb of stopping within four words before it, in its clause, with no figure or cue
   * between; or the number follows one so denied with nothing but separators between ("could not
   * stop 5 missiles and 3 drones"); or a negation and a verb of stopping follow the number, or the
   * list it starts, in its clause with no cue between ("5 drones could not be stopped", "5 missiles
   * and 3 drones were not stopped", «5 дронів не вдалося зупинити»).
   *
   * @param s the sentence, its elements formed
   * @param u a unit of the sentence with a number
   * @return why the number gives no figure ({@link #NUMBER_WHY}, {@link #STOPPED_WHY}), or empty
   */
  static Optional<String> ofNumber(Sentence s, Unit u) {
    if (deniedBefore(s, u)) {
      return Optional.of(NUMBER_WHY);
    }
    return deniedAfter(s, u) ? Optional.of(STOPPED_WHY) : Optional.empty();
  }

  private static boolean deniedBefore(Sentence s, Unit u) {
    for (int k = s.indexOfUnit(u) - 1; k >= 0; k--) {
      Sentence.El el = s.els.get(k);
      if (el.is(Sentence.T.BOUND)) {
        break;
      }
      if (el.is(Sentence.T.UNIT) && NUMBER_WHY.equals(el.unit().why)) {
        // "could not stop 5 missiles and 3 drones": the list the negation denies
        return true;
      }
      if (el.is(Sentence.T.UNIT) || el.is(Sentence.T.CUE)) {
        // a figure or a verb between: the negation is of something else
        return false;
      }
    }
    int from = clauseStart(s, u.from);
    int to = s.toks.get(u.from).start();
    if (from >= to) {
      return false;
    }
    Matcher m = BEFORE_NUMBER.matcher(s.norm.substring(from, to));
    return m.find() && STOPPED.matcher(m.group(1)).find();
  }

  /** "5 drones could not be stopped", "5 missiles and 3 drones were not stopped". */
  private static boolean deniedAfter(Sentence s, Unit u) {
    Unit last = u;
    for (int k = s.indexOfUnit(u) + 1; k < s.els.size(); k++) {
      Sentence.El el = s.els.get(k);
      if (el.is(Sentence.T.UNIT) && el.unit().hasNumber()) {
        last = el.unit();
      } else if (!el.is(Sentence.T.SEP)) {
        break;
      }
    }
    int from = s.toks.get(last.to - 1).end();
    int to = clauseEnd(s, last.to);
    if (from >= to) {
      return false;
    }
    Matcher m = NEGATED_AFTER.matcher(s.norm.substring(from, to));
    if (!m.find() || !STOPPED.matcher(m.group(1)).find()) {
      return false;
    }
    int end = from + m.end();
    // a cue between ("5 drones hit Kyiv and could not be stopped"): the number is the cue's
    return s.cues.stream().noneMatch(c -> c.span().start() >= from && c.span().start() < end);
  }

  /**
   * Whether a unit's number was denied ({@link #ofOutcome}, {@link #ofNumber}): its weapons are
   * named, its number is no figure.
   *
   * @param u a unit, resolved or bound
   * @return whether the unit gives no figure for a denial
   */
  static boolean denied(Unit u) {
    return OUTCOME_WHY.equals(u.why) || NUMBER_WHY.equals(u.why) || STOPPED_WHY.equals(u.why);
  }

  /**
   * How many tokens other than commas on either side of a figure its clause is looked through for
   * a negation (and at most four times as many tokens in all): more than any negation with the
   * words it may have before what it denies (at most four words, and the commas between them,
   * which do not count: review rv45d, 45 commas between a number and its "not"), so that what a
   * denial is stays the same, while a clause of thousands of words costs no more than a short one
   * (review rv45b: a sentence of 200 KB took 24 s).
   */
  static final int WINDOW = 40;

  /**
   * Where the clause of a token ends: at the next clause bound from it, else at the end; looked
   * for over {@link #WINDOW} tokens at most (past them, the end of the last).
   */
  private static int clauseEnd(Sentence s, int token) {
    int words = 0;
    int k = token;
    for (; k < s.toks.size() && words < WINDOW && k - token < 4 * WINDOW; k++) {
      Token t = s.toks.get(k);
      if (clauseBound(s, t)) {
        return t.start();
      }
      words += t.is(",") ? 0 : 1;
    }
    return k < s.toks.size() ? s.toks.get(k - 1).end() : s.span.end();
  }

  /** A clause bound: ";", ".", "!", "?", ":" or a clause word not part of a cue. */
  private static boolean clauseBound(Sentence s, Token t) {
    return t.is(";") || t.is(".") || t.is("!") || t.is("?") || t.is(":")
        || Lexicon.CLAUSE_WORDS.contains(t.text()) && s.cueAt(t) == null;
  }

  /**
   * Where the clause of a token starts: after the nearest ";", ".", "!", "?", ":" or clause word
   * not part of a cue ("but", "while", «але», «а») before it, else at the sentence's start; looked
   * for over {@link #WINDOW} tokens at most (past them, the start of the first).
   */
  private static int clauseStart(Sentence s, int token) {
    int words = 0;
    int k = token - 1;
    for (; k >= 0 && words < WINDOW && token - k <= 4 * WINDOW; k--) {
      Token t = s.toks.get(k);
      if (clauseBound(s, t)) {
        return t.end();
      }
      words += t.is(",") ? 0 : 1;
    }
    return k >= 0 ? s.toks.get(k + 1).start() : s.span.start();
  }
}
