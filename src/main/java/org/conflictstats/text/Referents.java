package org.conflictstats.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.conflictstats.model.Count;
import org.conflictstats.model.Weapon;
import org.conflictstats.model.WeaponCategory;

/**
 * What a unit of a sentence refers to beyond its own words: the list it is an item of, what "of
 * them", "of which" and a number without a noun count, the category named before ("of the ballistic
 * missiles"), and the number launched of a group earlier in the sentence or the text.
 */
final class Referents {

  private final Sentence s;
  private final Context ctx;

  Referents(Sentence s, Context ctx) {
    this.s = s;
    this.ctx = ctx;
  }

  static boolean weapons(Unit v) {
    return v.group != null && v.group.kind() != Group.Kind.PEOPLE
        && !v.fields.contains(Field.HIT_LOCATIONS) && !v.fields.contains(Field.DEBRIS_LOCATIONS);
  }

  /**
   * "of them", "of which": the whole a list before breaks down ("The missiles comprised ..."), else
   * every group of the list before ("3 Kh-59 and 2 Kh-22 missiles"), else the number before; else
   * the previous sentence's head and the list it starts. "Of which" is the words just before it,
   * never the whole they are a part of ("99 missiles, including 70 Kh-101, of which 59 were
   * downed": the Kh-101).
   */
  List<Context.Item> them(Unit u, int i) {
    for (int k = i - 1; k >= 0; k--) {
      Unit v = s.units.get(k);
      if (!weapons(v)) {
        continue;
      }
      if (v.parent != null && v.parent.group != null && u.ref != Unit.Ref.WHICH
          && !v.besidePart()) {
        return listOf(v.parent).stream().map(Referents::item).toList();
      }
      if (v.share && v.shareOf != null) {
        return List.of(item(unitOf(v.shareOf, k)));
      }
      return listOf(v).stream().map(Referents::item).toList();
    }
    return ctx.head;
  }

  /**
   * The group a unit counts that refers to a list ("of them", "of which", a number without a
   * noun): "all of them", "all of which", "none of them" every group of the list, each with its own
   * number; "five of them", "five of which", "five were shot down" the list as a whole, one group
   * for the types it lists ({@link #together}), null when the list is not of missile types. Null
   * when there is no list.
   */
  Group ofThem(Unit u, List<Context.Item> items) {
    if ((u.pronoun || u.allOfThem) && !items.isEmpty() && !rightAfter(u, items)) {
      // "Russia launched 40 drones and 3 missiles. They were all shot down": "they" may be any
      // of the weapons named, or, a sentence later, anything ("Three buildings were hit. They
      // were all destroyed"); read only as all of one group, the only one the text counted, in
      // its sentence or the one before, right after its number. "All of them", «усі вони», «вони
      // всі», "all of which", «усі збито» only right after the weapons' own number: never of
      // drones after "Three buildings were hit" («Уражено 3 будівлі, вони всі знищені»)
      u.why = u.pronoun ? "\"they ... all\" not right after one group, so of none for sure"
          : NOT_AFTER_WEAPONS;
      s.notCount[u.from] = u.why;
      return null;
    }
    if (u.both && items.size() > 1) {
      // "80 drones and 2 Kh-59 missiles, both of which": the one item of the list that is two
      List<Context.Item> two = items.stream().filter(it -> it.quantity()
          .filter(q -> q.count().equals(Count.exactly(2))).isPresent()).toList();
      if (two.size() > 1 && u.ref != Unit.Ref.WHICH) {
        // "2 drones and 2 missiles. Both were shot down": either pair; listed, never a guess
        u.why = "\"both\" after more than one pair, so of none of them for sure";
        s.notCount[u.from] = u.why;
        return null;
      }
      if (!two.isEmpty()) {
        return two.get(two.size() - 1).group(); // the nearest, as the words just before it
      }
    }
    if (items.stream().map(Context.Item::group).distinct().count() == 1) {
      // "shot down 35 drones, 3 of them in Kyiv. 5 hit targets": one group, named twice
      return items.get(0).group();
    }
    if (items.size() > 1) {
      u.them = items;
    }
    return items.isEmpty() ? null : items.size() == 1 || eachOfThem(u)
        ? items.get(0).group() : together(items);
  }

  /** Why "all of them" that is not right after a number of weapons gives no figure. */
  static final String NOT_AFTER_WEAPONS =
      "\"all (of them)\" not right after a number of weapons, so of none for sure";

  /**
   * Whether "all of them" ({@link Unit#allOfThem}, the pronoun of "they were all shot down"
   * included) comes right after the number of the weapons it refers to: the last count before it,
   * in its sentence or (at the start of one) in the text, is a number of weapons with its own
   * weapon word. Not after a count of something else ("Three buildings were hit; they were all
   * destroyed", «Уражено 3 будівлі, вони всі знищені», "... all of them were destroyed"). "They"
   * also needs one group, counted whole (not "10 of which"), with no outcome before it ("40
   * drones, 10 of which hit Kyiv. They ...").
   */
  private boolean rightAfter(Unit u, List<Context.Item> items) {
    if (u.pronoun && (items.size() != 1 || ctx.seen.stream()
        .anyMatch(g -> !UnitGroups.overlap(g, items.get(0).group()))
        || items == ctx.head && ctx.headAge > 0)) {
      return false;
    }
    int at = s.units.indexOf(u);
    if (at <= 0) {
      // at the start of a sentence: the weapons' number ended the sentence just before
      return (u.pronoun ? ctx.headWhole : ctx.headLast) && ctx.headAge == 0
          && noCount(0, u.from);
    }
    Unit before = s.units.get(at - 1);
    if (!named(before) || !noCount(before.to, u.from)) {
      return false;
    }
    Group g = items.get(0).group();
    return !u.pronoun || ownNumber(before) && g.equals(before.group)
        && s.units.subList(0, at).stream().noneMatch(v -> v.group != null
            && UnitGroups.overlap(v.group, g) && v.fields.stream().anyMatch(Field::isOutcome));
  }

  /** A number of weapons with its own weapon word ("40 drones", not "Three buildings"). */
  static boolean named(Unit v) {
    return weapons(v) && v.phrase != null && v.phrase.namesWeapons();
  }

  /** A number of weapons that is all of its group, as launched: no part, share or outcome. */
  static boolean wholeNumber(Unit v) {
    return weapons(v) && v.ref == Unit.Ref.NONE && v.partOf == null && !v.share
        && v.fields.stream().noneMatch(Field::isOutcome);
  }

  /**
   * A number of weapons with its own weapon word that is all of its group ("40 drones"), not a
   * number without a noun given a group by reference ("Three buildings": none of the drones).
   */
  static boolean ownNumber(Unit v) {
    return wholeNumber(v) && named(v);
  }

  private boolean noCount(int from, int to) {
    for (int k = Math.max(from, 0); k < to && k < s.toks.size(); k++) {
      if (s.isNumberAt(k)) {
        return false;
      }
    }
    return true;
  }

  static Context.Item item(Unit u) {
    return new Context.Item(u.group, Optional.ofNullable(u.quantity));
  }

  /**
   * The list a unit is an item of: the units next to it, joined by "and" or commas, that a cue
   * took together ("3 Kh-59 and 2 Kh-22 missiles" after "launched"), in the order of the text;
   * the unit alone when it is in no list.
   */
  List<Unit> listOf(Unit v) {
    if (v.besidePart() && v.parent.group != null) {
      // "100 drones, including 40 decoys, and 5 Iskander-M missiles": the drones and the
      // missiles, never the missiles with the decoys
      return listOf(v.parent);
    }
    List<Unit> list = new ArrayList<>(List.of(v));
    int at = s.indexOfUnit(v);
    for (int step = -1; step <= 1; step += 2) {
      int k = at + step;
      while (k >= 0 && k < s.els.size()) {
        if (s.els.get(k).is(Sentence.T.SEP)) {
          k += step;
          continue;
        }
        Unit w = s.els.get(k).is(Sentence.T.UNIT) ? s.els.get(k).unit() : null;
        if (w == null || s.els.get(k - step).is(Sentence.T.UNIT)) {
          break;
        }
        if (shareBetween(v, w)) {
          // "130 drones, 80 of them Shaheds, and 2 Iskander-M missiles": the share is of an item,
          // the list goes on past it
          k += step;
          continue;
        }
        if (!sameList(v, w)) {
          break;
        }
        list.add(step < 0 ? 0 : list.size(), w);
        k += step;
      }
    }
    for (Unit w : s.units) {
      if (w.besidePart() && w.group != null && list.contains(w.parent) && !list.contains(w)) {
        list.add(w);
      }
    }
    return list;
  }

  /** Whether a unit is a share of an item of a list ("80 of them Shaheds") that a cue took with it. */
  private static boolean shareBetween(Unit v, Unit w) {
    return w.share && w.aside == null && w.hasNumber() && w.parent == v.parent
        && w.fields.equals(v.fields);
  }

  private static boolean sameList(Unit v, Unit w) {
    return weapons(w) && w.aside == null && !w.headOnly && !w.share && w.hasNumber()
        && w.parent == v.parent && w.fields.equals(v.fields);
  }

  /**
   * One group for a figure the text gives for a list as a whole ("3 Kh-59 and 2 Kh-22 missiles.
   * Five of them were shot down"): the types it lists, as a category of missiles that names them,
   * so that the report gives them one combined line. Null when the list is not of missile types
   * (drones and missiles, a category beside a type): such a figure is not understood, never
   * given to one of the groups.
   */
  static Group together(List<Context.Item> items) {
    List<Weapon> types = new ArrayList<>();
    for (Context.Item it : items) {
      Group g = it.group();
      if (g.kind() != Group.Kind.WEAPON || !g.isMissiles()) {
        return null;
      }
      if (!types.contains(g.weapon().get())) {
        types.add(g.weapon().get());
      }
    }
    if (types.size() == 1) {
      return items.get(0).group();
    }
    return Group.category(WeaponCategory.common(types.stream().map(Weapon::category).toList()),
        types);
  }

  /**
   * The whole a share of "them" is of ("about 60 of them Shaheds"): the one group "them" is, else
   * the one group of the list that holds the share's ("100 drones and 5 missiles, about 60 of them
   * Shaheds": the drones), else the list as a whole.
   */
  Group shareOf(Group g, List<Context.Item> items) {
    if (items.isEmpty()) {
      return null;
    }
    if (items.size() == 1) {
      return items.get(0).group();
    }
    List<Group> holding = items.stream().map(Context.Item::group).filter(h -> h.holds(g))
        .distinct().toList();
    return holding.size() == 1 ? holding.get(0) : together(items);
  }

  private Unit unitOf(Group g, int before) {
    for (int k = before; k >= 0; k--) {
      if (g.equals(s.units.get(k).group)) {
        return s.units.get(k);
      }
    }
    Unit synthetic = new Unit();
    synthetic.group = g;
    return synthetic;
  }

  /**
   * What an elided number counts: what it would count after the last weapons of the sentence (as
   * {@link #whole}; the weapons a denied number names, without the number), else of the text.
   */
  List<Context.Item> elided(int i) {
    for (int k = i - 1; k >= 0; k--) {
      Unit v = s.units.get(k);
      if (weapons(v)) {
        return whole(v);
      }
      if (Denial.denied(v) && v.phrase != null && v.phrase.namesWeapons()) {
        // "did not shoot down 8 drones, which hit targets; 72 were destroyed": the weapons the
        // denied number names, never its number (a part, not what was launched)
        return List.of(new Context.Item(definite(v.phrase.group().get(), k), Optional.empty()));
      }
    }
    return ctx.last;
  }

  /**
   * What a number without a noun counts after a unit: a share's whole, the whole of a list after
   * "including" ("115 cruise missiles, including 28 Kalibr; 99 were shot down", "100 drones,
   * including 40 decoys. 80 were shot down"), else the list the unit is an item of, read as "of
   * them" ({@link #ofThem}: "100 drones and 5 missiles. 80 were shot down" is for both together),
   * else the unit's own group.
   */
  List<Context.Item> whole(Unit v) {
    if (v.share && v.shareOf != null) {
      return List.of(new Context.Item(v.shareOf, Optional.empty()));
    }
    if (v.listed && v.parent != null && v.parent.group != null && v.parent.hasNumber()
        && v.inherited && v.parent.fields.equals(v.fields) && !v.besidePart()) {
      // the list the whole is an item of, when the part is of the list rather than of the whole
      // ("5 Kh-101 and 4 Kalibr missiles, including 2 Kh-101 at Lviv. 8 were shot down" is of the
      // nine, never of the Kalibr the part stands after) or the list's other items are of the
      // same kind; "5 missiles and 100 drones, including 60 Shaheds. 90": the drones
      List<Unit> list = listOf(v.parent);
      Group whole = v.parent.group;
      boolean ofWhole = v.group == null || whole.holds(v.group);
      boolean alone = list.stream().filter(w -> w != v.parent && w.group != null)
          .noneMatch(w -> w.group.isDrones() == whole.isDrones()
              && w.group.isMissiles() == whole.isMissiles());
      return ofWhole && alone ? List.of(item(v.parent))
          : list.stream().map(Referents::item).toList();
    }
    if ((v.ref == Unit.Ref.THEM || v.ref == Unit.Ref.WHICH) && v.phrase != null
        && v.fields.equals(java.util.EnumSet.of(Field.LAUNCHED))) {
      // «130 дронів, з них близько 80 шахедів. Збито 100»: of the whole the part is of
      return them(v, s.units.indexOf(v));
    }
    return listOf(v).stream().map(Referents::item).toList();
  }

  /**
   * "of the ballistic missiles", «дві балістичні»: the category group named before, else the one
   * weapon of that category named before, else the category itself.
   */
  Group definite(Group g, int i) {
    if (g.kind() != Group.Kind.CATEGORY || !g.parts().isEmpty()) {
      return g;
    }
    WeaponCategory c = g.category().orElseThrow();
    List<Group> before = new ArrayList<>(ctx.seen);
    for (int k = 0; k < i; k++) {
      if (weapons(s.units.get(k)) && s.units.get(k).aside == null) {
        before.add(s.units.get(k).group);
      }
    }
    for (int k = before.size() - 1; k >= 0; k--) {
      Group b = before.get(k);
      if (b.kind() == Group.Kind.CATEGORY && b.category().get() == c) {
        return b;
      }
    }
    List<Group> weaponsOfCategory = new ArrayList<>();
    for (Group b : before) {
      if (b.kind() == Group.Kind.WEAPON && b.weapon().get().category() == c
          && !weaponsOfCategory.contains(b)) {
        weaponsOfCategory.add(b);
      }
    }
    return weaponsOfCategory.size() == 1 ? weaponsOfCategory.get(0) : g;
  }

  /** Whether a unit is "all of them" or "none of them" after a list of several groups. */
  static boolean eachOfThem(Unit u) {
    return u.them.size() > 1 && (u.allOfThem
        || u.quantity != null && u.quantity.count().equals(Count.zero()));
  }

  /**
   * The groups a group holds that the text gave a number launched of, each with it, the largest
   * only ("cruise missiles" and not the Kalibr among them), in the order of the text: what "all
   * missiles" is when the text gives the missiles no number of their own.
   */
  List<Context.Item> launchedParts(Group g, int before) {
    Map<Group, Quantity> found = new LinkedHashMap<>();
    for (Group seen : ctx.seen) {
      if (ctx.launched.containsKey(seen)) {
        found.putIfAbsent(seen, ctx.launched.get(seen));
      }
    }
    for (int k = 0; k < before; k++) {
      Unit v = s.units.get(k);
      if (v.group != null && v.quantity != null && v.fields.contains(Field.LAUNCHED)
          && v.aside == null && !v.share && weapons(v)) {
        found.putIfAbsent(v.group, v.quantity);
      }
    }
    List<Context.Item> parts = new ArrayList<>();
    found.forEach((h, q) -> {
      // a larger group launched that holds it and is held by g ("cruise missiles" over the
      // Kalibr), not one that holds g too (the total of every target over "all missiles")
      boolean inner = found.keySet().stream().anyMatch(o -> !o.equals(h) && o.holds(h)
          && g.holds(o));
      if (g.holds(h) && !h.equals(g) && !inner) {
        parts.add(new Context.Item(h, Optional.of(q)));
      }
    });
    return parts;
  }

  /** The number launched of a group: stated earlier in the sentence, else earlier in the text. */
  Quantity launchedOf(Group g, int before) {
    for (int k = before - 1; k >= 0; k--) {
      Unit v = s.units.get(k);
      if (g.equals(v.group) && v.quantity != null && v.fields.contains(Field.LAUNCHED)
          && v.aside == null) {
        return v.quantity;
      }
    }
    return ctx.launched.get(g);
  }
}
