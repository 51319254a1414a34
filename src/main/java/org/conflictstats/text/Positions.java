package org.conflictstats.text;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The one search of a sentence's elements by position: tokens and cues are in the order of their
 * starts, so the first at or after a position is found by halving, not by a walk from the
 * sentence's start (which made long sentences quadratic: review rv45b).
 *
 * <pre>{@code
 * int k = Positions.firstFrom(sentence.toks, Token::start, at); // toks.size() when none
 * }</pre>
 */
final class Positions {

  private Positions() {}

  /**
   * The index of the first element whose start is at or after {@code at}.
   *
   * @param list elements in the order of their starts
   * @param start an element's start
   * @param at the position
   * @param <T> the elements' type
   * @return the index, or the list's size when every element starts before {@code at}
   */
  static <T> int firstFrom(List<T> list, ToIntFunction<T> start, int at) {
    int lo = 0;
    int hi = list.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (start.applyAsInt(list.get(mid)) < at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
