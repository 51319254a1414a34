package org.conflictstats.text;

import java.util.ArrayList;
import java.util.List;

/** What earlier sentences leave for later ones: the groups seen, the last one, the last head. */
final class Context {
  /** Weapon groups with accepted figures, in the order of the text. */
  final List<Group> seen = new ArrayList<>();
  /** The last group a figure counted (not a share): what an elided number refers to. */
  Group last;
  /** The first group of the last sentence with figures: what "of them" refers to. */
  Group head;
  /** Its number, for "all of them". */
  Quantity headQuantity;
  /** The number launched of each group, for "all the cruise missiles", «ракети Х-59/69 збито». */
  final java.util.Map<Group, Quantity> launched = new java.util.HashMap<>();
}
