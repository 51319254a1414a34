package org.conflictstats.cli;

import org.conflictstats.internal.Numbers;

/**
 * How the commands write a count for people: with thousands separators ("3,378", never "3378"; the
 * CSV and JSON outputs keep plain numbers), and their one plural rule: "1 report", "2 reports",
 * "1 copy", "2 copies".
 */
final class Words {

  private Words() {}

  /** {@code n} with thousands separators and the noun for it: "1 row", "3,378 rows". */
  static String counted(long n, String noun) {
    return Numbers.counted(n, noun);
  }

  /** {@code n} with thousands separators: "3,378". */
  static String number(long n) {
    return Numbers.grouped(n);
  }

  /** The noun for {@code n} of it, for a count written otherwise ("3,378 rows"). */
  static String nouns(long n, String noun) {
    return Numbers.nouns(n, noun);
  }

  /** Names as a sentence lists them: "a", "a or b", "a, b or c" with {@code "or"}. */
  static String list(java.util.List<String> names, String conjunction) {
    int n = names.size();
    if (n <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, n - 1)) + " " + conjunction + " " + names.get(n - 1);
  }
}
