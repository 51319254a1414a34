package org.conflictstats.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The figures a unit of a sentence gives, once its group is known: one for each field it counts,
 * "all of them" and "none of them" one for each group of the list, the number launched "all" or "3
 * of 5" implies, and the place a casualty or a hit figure names.
 */
final class UnitFigures {

  /** Why "all" of a group gives no figure when the text gives no number launched of it. */
  static final String ALL_OF_UNKNOWN = "\"all\" of weapons the text gives no number launched of";

  private final Sentence s;
  private final Context ctx;
  private final Referents ref;

  UnitFigures(Sentence s, Context ctx, Referents ref) {
    this.s = s;
    this.ctx = ctx;
    this.ref = ref;
  }

  List<Found> figures(Unit u, int i) {
    List<Found> out = new ArrayList<>();
    if (u.group == null || u.fields.isEmpty()) {
      return out;
    }
    Quantity q = u.quantity;
    if (u.allOfThem && u.ref == Unit.Ref.DEFINITE) {
      Quantity aq = ref.launchedOf(u.group, i);
      if (aq == null) {
        List<Context.Item> parts = ref.launchedParts(u.group, i);
        if (!parts.isEmpty()) {
          // "3 Kh-59 missiles ... all missiles were shot down": each of them, with its own number
          u.them = parts;
          return each(u);
        }
        // "all missiles were shot down" with no number of missiles: listed, never dropped
        s.notCount[u.from] = ALL_OF_UNKNOWN;
        return out;
      }
      q = aq.withWords(s.words(u.span));
    } else if (Referents.eachOfThem(u)) {
      return each(u);
    } else if (u.allOfThem) {
      // "all of them", "all of which" of one group: its number
      Quantity aq = ref.them(u, i).stream().findFirst().flatMap(Context.Item::quantity)
          .orElse(ctx.headQuantity());
      if (aq == null) {
        return out;
      }
      q = aq.withWords(s.words(u.span));
    }
    if (q == null) {
      return out;
    }
    Optional<Group> parent = u.parent == null || u.parent.group == null
        ? Optional.empty() : Optional.of(u.parent.group);
    Optional<Span> cue = u.cue == null || u.cue.span().isWithin(u.span) ? Optional.empty()
        : Optional.of(u.cue.span());
    boolean people = u.group.kind() == Group.Kind.PEOPLE;
    for (Field f : u.fields) {
      if (f.isCasualty() != people) {
        continue;
      }
      Optional<String> place = f.isCasualty() ? place(u.span)
          : f == Field.LEFT_AIRSPACE ? u.country
          : f == Field.HIT && u.struck ? hitPlace(u) : Optional.empty();
      out.add(new Found(new Figure(u.group, f, q, place, u.span, cue), u.generic, u.share,
          parent, Optional.ofNullable(u.shareOf)));
    }
    boolean outcome = u.fields.stream().anyMatch(Field::isOutcome);
    if (people) {
      // the whole of "3 of 42 people", «двоє з п'яти людей» and "all three people" is no figure:
      // people are not launched, and a casualty figure counts the part the cue names
      return out;
    }
    if (u.partOf != null) {
      out.add(new Found(new Figure(u.group, Field.LAUNCHED, u.partOf, Optional.empty(),
          u.partOfSpan, Optional.empty()), u.generic, false, parent, Optional.empty()));
    } else if (u.all && outcome && !u.allOfThem && !u.fields.contains(Field.LAUNCHED)) {
      out.add(new Found(new Figure(u.group, Field.LAUNCHED, q, Optional.empty(), u.span,
          Optional.empty()), u.generic, false, parent, Optional.empty()));
    }
    return out;
  }

  /**
   * "All of them", "none of them" after a list: a figure for every group of the list, each with its
   * own number (all of them) or zero (none of them).
   */
  private List<Found> each(Unit u) {
    List<Found> out = new ArrayList<>();
    Optional<Span> cue = u.cue == null || u.cue.span().isWithin(u.span) ? Optional.empty()
        : Optional.of(u.cue.span());
    for (Context.Item it : u.them) {
      Optional<Quantity> q = u.allOfThem ? it.quantity() : Optional.of(u.quantity);
      if (q.isEmpty()) {
        continue;
      }
      for (Field f : u.fields) {
        if (f.isCasualty()) {
          continue;
        }
        Optional<String> place = f == Field.LEFT_AIRSPACE ? u.country : Optional.empty();
        out.add(new Found(new Figure(it.group(), f, q.get().withWords(s.words(u.span)), place,
            u.span, cue), false, false, Optional.empty(), Optional.empty()));
      }
    }
    return out;
  }

  /**
   * The place a verb of weapons that hit names, "Kyiv" of "two drones hit Kyiv and two hit Odesa":
   * the first after the verb, with no other number between them.
   */
  private Optional<String> hitPlace(Unit u) {
    int after = u.cue.span().end();
    for (Places.Place p : s.places) {
      if (p.span().start() >= after) {
        boolean between = s.units.stream().anyMatch(v -> v.span != null
            && v.span.start() >= after && v.span.start() < p.span().start());
        return between ? Optional.empty() : Optional.of(p.name());
      }
    }
    return Optional.empty();
  }

  /** The place named nearest to the words in the sentence (before them on a tie). */
  Optional<String> place(Span at) {
    Places.Place best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Places.Place p : s.places) {
      int d = p.span().end() <= at.start() ? at.start() - p.span().end()
          : p.span().start() >= at.end() ? p.span().start() - at.end() : 0;
      if (d < bestDistance) {
        best = p;
        bestDistance = d;
      }
    }
    return best == null ? Optional.empty() : Optional.of(best.name());
  }
}
