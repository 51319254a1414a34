package org.conflictstats.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names closest to one the user misspelt, for a one-line error: by edit distance (Levenshtein,
 * a swap of two neighbours one edit, ignoring case) to the whole name or to as many of its first words as the misspelt one has, at
 * most a third of its length (at least 1, at most 3), or containing it; the five closest, nearest
 * first.
 */
final class CloseMatches {

  private static final int SHOWN = 5;
  /** Lists of at most this many names are shown whole when nothing is close. */
  private static final int SHORT_LIST = 12;

  private CloseMatches() {}

  /** The close names, nearest first, at most five. */
  static List<String> of(String wanted, Collection<String> candidates) {
    String w = wanted.strip().toLowerCase(Locale.ROOT);
    int limit = Math.max(1, Math.min(3, w.length() / 3));
    record Scored(String name, int distance) {}
    List<Scored> close = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String c : candidates) {
      if (!seen.add(c)) {
        continue;
      }
      String lower = c.toLowerCase(Locale.ROOT);
      // the whole name, or its first words ("Kharkov" is close to "Kharkiv oblast")
      int d = Math.min(distance(w, lower), distance(w, firstWords(lower, words(w))));
      if (d <= limit) {
        close.add(new Scored(c, d));
      } else if (w.length() >= 3 && (lower.contains(w) || w.contains(lower))) {
        close.add(new Scored(c, limit + 1));
      }
    }
    close.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name,
        String.CASE_INSENSITIVE_ORDER));
    List<String> names = new ArrayList<>();
    for (Scored s : close) {
      if (names.size() == SHOWN) {
        break;
      }
      names.add(s.name());
    }
    return names;
  }

  /**
   * The candidates within edit distance of a name (as {@link #of}: at most a third of its length,
   * at least 1, at most 3), nearest first; unlike {@link #of}, a candidate that contains the name
   * or is contained in it is not close for that: for fixed words such as the source kinds, which
   * the input's own names may contain ("all" in "Tallinn").
   */
  static List<String> byDistance(String wanted, Collection<String> candidates) {
    String w = wanted.strip().toLowerCase(Locale.ROOT);
    int limit = Math.max(1, Math.min(3, w.length() / 3));
    List<String> close = new ArrayList<>();
    for (String c : of(wanted, candidates)) {
      if (distance(w, c.toLowerCase(Locale.ROOT)) <= limit) {
        close.add(c);
      }
    }
    return close;
  }

  /**
   * The error for an unknown name: {@code unknown weapon 'Shahd': close matches: Shahed, ...}; with
   * nothing close, the whole list when it is short, else where to find the names.
   */
  static String message(String what, String wanted, Collection<String> candidates,
      String whereToLook) {
    List<String> close = of(wanted, candidates);
    String head = "unknown " + what + " '" + wanted.strip() + "'";
    if (!close.isEmpty()) {
      return head + ": close matches: " + String.join(", ", close);
    }
    Set<String> distinct = new LinkedHashSet<>(candidates);
    if (distinct.size() <= SHORT_LIST) {
      return head + ": expected " + String.join(", ", distinct);
    }
    return head + ": nothing close; " + whereToLook;
  }

  private static int words(String s) {
    return s.isBlank() ? 0 : s.strip().split("\\s+").length;
  }

  private static String firstWords(String s, int n) {
    String[] parts = s.strip().split("\\s+");
    return String.join(" ", java.util.Arrays.asList(parts).subList(0, Math.min(n, parts.length)));
  }

  /**
   * The edit distance between two texts: Levenshtein's, with two neighbouring characters swapped
   * one edit ("form" is one edit from "from"; the optimal string alignment distance).
   */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    int[] beforePrevious = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1),
            previous[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          current[j] = Math.min(current[j], beforePrevious[j - 2] + 1); // two neighbours swapped
        }
      }
      int[] t = beforePrevious;
      beforePrevious = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
  }
}
