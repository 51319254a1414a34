package org.conflictstats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What earlier sentences leave for later ones: the groups seen, the last one, the last head. */
final class Context {

  /** One group a sentence counted, with its number: "3 Kh-59" of "3 Kh-59 and 2 Kh-22 missiles". */
  record Item(Group group, Optional<Quantity> quantity) {}

  /** Weapon groups with accepted figures, in the order of the text. */
  final List<Group> seen = new ArrayList<>();
  /**
   * What a number without a noun refers to after the last figure (not a share): the group it
   * counted, its whole, or the list it is an item of; empty before any.
   */
  List<Item> last = List.of();
  /**
   * The first group of the last sentence with figures, with the list it starts ("3 Kh-59 and 2
   * Kh-22 missiles"): what "of them" and "all of them" refer to; empty before any.
   */
  List<Item> head = List.of();
  /** Sentences read since the one that gave the head: 0 while the next sentence is read. */
  int headAge;
  /**
   * Whether the sentence that gave the head ends with it, whole: its last count is a number of the
   * head's list, with no part, share or outcome of weapons in the sentence ("they were all shot
   * down" in the next sentence may be all of it).
   */
  boolean headWhole;
  /**
   * Whether no count has come since the last number of the head's list or of its breakdown, with
   * its own weapon word ("Russia launched 40 drones." but not "... Three buildings were hit."):
   * what "all of them" at the start of a sentence may be all of.
   */
  boolean headLast;
  /** The number launched of each group, for "all the cruise missiles", «ракети Х-59/69 збито». */
  final java.util.Map<Group, Quantity> launched = new java.util.HashMap<>();

  /** The head's first group, or null before any. */
  Group headGroup() {
    return head.isEmpty() ? null : head.get(0).group();
  }

  /** The head's first number, or null. */
  Quantity headQuantity() {
    return head.isEmpty() ? null : head.get(0).quantity().orElse(null);
  }
}
