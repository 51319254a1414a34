package org.conflictstats.text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * A number of a sentence with what the sentence says about it, while the sentence is read: its
 * phrase, how it refers back ("of them", "of the drones"), the fields bound to it and its group
 * once resolved. Mutable; lives for one sentence.
 */
final class Unit {

  /** How a unit names what it counts when it has no phrase of its own. */
  enum Ref {
    /** Its own phrase, or nothing (elided: "and another 30 failed ..."). */
    NONE,
    /** "of them", «з них»: the list before it, or the previous sentence's head. */
    THEM,
    /** "of which", «з яких»: the number just before it. */
    WHICH,
    /** "of the drones", «із запущених дронів»: an earlier group. */
    DEFINITE,
    /** «із запущених» without a noun: the main group of the predicate's kind. */
    LAUNCHED
  }

  int from;
  int to;
  Quantity quantity;
  Span span;
  Phrase phrase;
  Ref ref = Ref.NONE;
  Quantity partOf;
  Span partOfSpan;
  Phrase predicate;
  boolean all;
  /** "both", «обидва»: two, all of one group of two. */
  boolean both;
  boolean allOfThem;
  /** "They were all shot down": all of them, of one group only (several: not understood). */
  boolean pronoun;
  /** «жодна з яких», «жодну з них»: zero, and the «не» before its outcome verb denies nothing. */
  boolean noneOf;
  boolean another;
  boolean remaining;
  boolean head;
  boolean headOnly;
  boolean definite;
  boolean claimed;
  boolean singularThe;
  final EnumSet<Field> fields = EnumSet.noneOf(Field.class);
  Cue cue;
  /** Every cue bound to this unit, the first of which is {@link #cue}. */
  final List<Cue> boundBy = new ArrayList<>();
  Optional<String> country = Optional.empty();
  Unit parent;
  boolean inherited;
  /** Part of a list (after a colon, a dash, "including"): takes its whole's field unless a cue of its own. */
  boolean listed;
  /** Listed after "including", «зокрема», «у тому числі»: a part of its whole, not a breakdown of it. */
  boolean included;
  /** Why a number the resolver looked at gives no figure, when it says so; else null. */
  String why;
  Optional<Group> locationGroup = Optional.empty();
  /**
   * Bound to hit by a verb ("two drones hit Kyiv"): the hit outcome of its group, with or without
   * a launched figure (alone: hit N, launched at least N); its place is the one the verb names.
   */
  boolean struck;

  /** Resolved: the group, whether it came from a generic noun or a reference, a share's group. */
  Group group;
  boolean generic;
  boolean share;
  Group shareOf;
  /**
   * What "them" refers to when it is a list of several groups ("3 Kh-59 and 2 Kh-22 missiles, all
   * of them ..."): each group with its number; empty otherwise.
   */
  List<Context.Item> them = List.of();
  SetAside.Reason aside;
  String asideDetail;

  boolean hasNumber() {
    return quantity != null;
  }

  boolean isElided() {
    return phrase == null && ref == Ref.NONE && predicate == null && !allOfThem;
  }

  /**
   * Whether this unit is a part of a counted whole with no noun of its own ("including 1 launched
   * from a submarine", "including 3 over Kyiv"): it tells part of the whole apart, it is no weapon
   * of its own.
   */
  boolean qualifiesPart() {
    return included && parent != null && !parent.headOnly && parent.hasNumber() && hasNumber()
        && isElided() && parent.fields.containsAll(fields);
  }

  boolean countsPeople() {
    return phrase != null && phrase.people();
  }

  boolean countsLocations() {
    return phrase != null && phrase.locations();
  }

  /**
   * Whether this unit follows a list of parts without being one: missiles after the parts of
   * drones, drones after the parts of missiles ("100 drones, including 40 decoys, and 5
   * Iskander-M missiles"). It is an item beside its whole, not a part of it.
   */
  boolean besidePart() {
    if (!listed || parent == null || phrase == null || parent.phrase == null
        || phrase.group().isEmpty() || parent.phrase.group().isEmpty()) {
      return false;
    }
    Group whole = parent.phrase.group().get();
    Group part = phrase.group().get();
    return whole.isDrones() && part.isMissiles() || whole.isMissiles() && part.isDrones();
  }

  boolean isDuration() {
    return phrase != null && phrase.duration();
  }

  void bind(Field field, Cue by) {
    fields.add(field);
    if (by != null) {
      boundBy.add(by);
    }
    if (cue == null && by != null) {
      cue = by;
    }
    if (by != null && by.country().isPresent()) {
      country = by.country();
    }
    claimed = true;
  }

  @Override
  public String toString() {
    return (quantity == null ? "head" : quantity.words()) + " " + fields + " " + group;
  }
}
