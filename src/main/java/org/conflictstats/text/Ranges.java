package org.conflictstats.text;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictstats.model.InputLimits;

/**
 * Ranges of counts for {@link SentenceReader}: "40 to 50", "40 - 50", «від 40 до 50», "between 40
 * and 50", and "40-50" written as one word.
 */
final class Ranges {

  /** Words between the two numbers of a range: "40 to 50", "40-50", "40–50", «від 40 до 50». */
  static final Set<String> RANGE_JOINERS = Set.of("to", "-", "–", "до", "and");
  private static final Set<String> FROM = Set.of("from", "з", "із", "зі");
  /** "40-50" written as one word. */
  private static final Pattern RANGE_WORD = Pattern.compile("(\\d{1,9})-(\\d{1,9})");

  private Ranges() {}

  /**
   * A range after the number at {@code k}: "40 to 50", "40 - 50", "40–50", «від 40 до 50»,
   * "between 40 and 50", the second number above the first. Returns the index after the second
   * number, or -1. "From 9 to 11" is not a range: it is a change ("the toll rose from 9 to 11").
   */
  static int end(Sentence s, int k) {
    Token joiner = s.tok(k + 1);
    if (joiner == null || !RANGE_JOINERS.contains(joiner.text()) || s.cueAt(joiner) != null
        || !s.isNumberAt(k + 2) || s.tok(k + 2).value() <= s.tok(k).value()) {
      return -1;
    }
    boolean ok;
    if (joiner.is("до")) {
      ok = s.tokIs(k - 1, "від");
    } else if (joiner.is("and")) {
      ok = s.tokIs(k - 1, "between");
    } else {
      ok = !s.tokIn(k - 1, FROM) && (joiner.is("to") || joiner.isPunct());
    }
    return ok ? k + 3 : -1;
  }

  /**
   * "40-50" written as one word (a hyphen joins the digits): its two numbers, the second above the
   * first; null for a date range ("9-10 April", "April 16-17"), a span of years ("2024-2025") or
   * above the limit of a count.
   */
  static long[] word(Sentence s, int k) {
    Token t = s.tok(k);
    if (t == null || !t.isWord() || s.cueAt(t) != null || s.tokIn(k - 1, FROM)) {
      return null;
    }
    Matcher m = RANGE_WORD.matcher(t.text());
    if (!m.matches()) {
      return null;
    }
    long from = Long.parseLong(m.group(1));
    long to = Long.parseLong(m.group(2));
    Token next = s.tok(k + 1);
    Token prev = s.tok(k - 1);
    boolean years = from >= 1900 && from <= 2100 && to >= 1900 && to <= 2100;
    if (to <= from || years || to > InputLimits.MAX_COUNT
        || next != null && Lexicon.MONTH.matcher(next.text()).matches()
        || prev != null && Lexicon.MONTH.matcher(prev.text()).matches()) {
      return null;
    }
    return new long[] {from, to};
  }
}
