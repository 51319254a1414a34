package org.conflictstats.text;

import java.util.Optional;

/**
 * A noun phrase that says what a number counts ("attack drones", "Kh-101 and Iskander-K cruise
 * missiles", «ударними БпЛА типу Shahed», "people", "locations"), over tokens {@code from} to
 * {@code to} (exclusive).
 *
 * @param from the first token
 * @param to one past the last token
 * @param group the group it names, empty for people's, places' and durations' phrases
 * @param generic whether it names drones or missiles without a type ("drones", «ракет»)
 * @param categoryOnly whether it is a category adjective alone («дві балістичні»)
 * @param people whether it counts people
 * @param locations whether it counts places
 * @param duration whether it counts days, hours, nights or per cent (not a count of anything here)
 * @param singular whether its noun is singular ("the missile")
 * @param family whether it names a family of types without its variant ("Iskanders", «Іскандери»:
 *     Iskander-M or Iskander-K), its group every type of the family
 */
record Phrase(int from, int to, Optional<Group> group, boolean generic, boolean categoryOnly,
    boolean people, boolean locations, boolean duration, boolean singular, boolean family) {

  boolean namesWeapons() {
    return group.isPresent() && group.get().kind() != Group.Kind.PEOPLE;
  }
}
