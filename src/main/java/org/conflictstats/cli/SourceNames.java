package org.conflictstats.cli;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The source names of the reports read, as far as checking the names a {@code --sources} option
 * gives needs them, in memory that does not grow with the input: whether each name looked for was
 * seen (in any case), and the first {@value #KEPT} distinct names seen, for the message that lists
 * them or the close matches. A file whose every report is of its own channel (300,000 sources) held
 * every name before, and that alone ran {@code validate} out of a 64 MB heap.
 *
 * <p>Names are looked for before the reading starts; the reader's threads then call {@link #seen}
 * at once.
 */
final class SourceNames {

  /** How many distinct names are kept to show. */
  static final int KEPT = 1_000;

  private final Set<String> wanted = new HashSet<>();
  private final Set<String> wantedSeen = ConcurrentHashMap.newKeySet();
  private final Set<String> kept = ConcurrentHashMap.newKeySet();
  private volatile boolean more;

  /**
   * Looks for these names (in any case) from now on. Call it before the reading starts.
   *
   * @param names the names
   */
  void lookFor(Collection<String> names) {
    for (String n : names) {
      wanted.add(n.toLowerCase(Locale.ROOT));
    }
  }

  /**
   * Takes the name of a report's source; thread-safe.
   *
   * @param name the name, as {@code Source.name()} gives it
   */
  void seen(String name) {
    if (kept.contains(name)) {
      return;
    }
    if (kept.size() < KEPT) {
      kept.add(name);
    } else {
      more = true;
    }
    if (!wanted.isEmpty()) {
      String key = name.toLowerCase(Locale.ROOT);
      if (wanted.contains(key)) {
        wantedSeen.add(key);
      }
    }
  }

  /**
   * Returns whether a report of this source was seen, in any case: a name looked for, or one of the
   * names kept.
   *
   * @param name the name
   * @return whether it was seen
   */
  boolean contains(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    if (wantedSeen.contains(key)) {
      return true;
    }
    for (String k : kept) {
      if (k.toLowerCase(Locale.ROOT).equals(key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the names kept, sorted.
   *
   * @return at most about {@value #KEPT} names
   */
  Set<String> kept() {
    return new TreeSet<>(kept);
  }

  /**
   * Returns whether more distinct names were seen than are kept.
   *
   * @return whether some names are not kept
   */
  boolean more() {
    return more;
  }
}
