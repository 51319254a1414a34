package org.conflictstats.text;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.conflictstats.model.Count;
import org.conflictstats.model.Weapon;
import org.conflictstats.model.WeaponCategory;

/**
 * Resolves what each bound unit counts (its own phrase, "of them", "of the ballistic missiles", an
 * elided noun), sets aside what other sources or other nights say, and turns units into figures;
 * lists what the sentence holds that gave no figure.
 */
final class Resolver {

  /** What one sentence gave. */
  record Result(List<Found> found, List<SetAside> setAside, Optional<NotUnderstood> notUnderstood) {}

  /** Why "all" of a group gives no figure when the text gives no number launched of it. */
  static final String ALL_OF_UNKNOWN = "\"all\" of weapons the text gives no number launched of";

  /**
   * A negation right before an outcome cue: "were not", "did not", "failed to", «не вдалося», «не
   * змогли».
   */
  private static final java.util.regex.Pattern NEGATED = java.util.regex.Pattern.compile(
      "(?iu)" + Lexicon.NEGATION + "\\s*$");

  /** Why a part of weapons counted before, with no weapon of its own, gives no line. */
  static final String PART_WITH_NO_WEAPON =
      "a part of the weapons before it with no weapon of its own, not a line of its own";

  private final Sentence s;
  private final Context ctx;

  Resolver(Sentence s, Context ctx) {
    this.s = s;
    this.ctx = ctx;
  }

  Result resolve() {
    for (int i = 0; i < s.units.size(); i++) {
      resolveGroup(s.units.get(i), i);
      struck(s.units.get(i), i);
    }
    Asides.mark(s);
    List<Found> found = new ArrayList<>();
    Map<SetAside.Reason, List<Figure>> aside = new EnumMap<>(SetAside.Reason.class);
    Map<SetAside.Reason, String> detail = new EnumMap<>(SetAside.Reason.class);
    for (int i = 0; i < s.units.size(); i++) {
      Unit u = s.units.get(i);
      if (u.headOnly) {
        continue;
      }
      List<Found> fs = figures(u, i);
      if (u.aside != null && fs.isEmpty() && u.aside != SetAside.Reason.REMAINDER) {
        u.aside = null;
      } else if (u.aside != null) {
        List<Figure> list = aside.computeIfAbsent(u.aside, r -> new ArrayList<>());
        fs.forEach(f -> list.add(f.figure()));
        detail.putIfAbsent(u.aside, u.asideDetail);
      } else {
        found.addAll(fs);
      }
    }
    SetAside.Reason russian = s.asides.stream().anyMatch(a -> a.reason() == SetAside.Reason.RUSSIAN_CLAIM)
        ? SetAside.Reason.RUSSIAN_CLAIM : null;
    for (Lexicon.Zero z : s.zeros) {
      Quantity q = Quantity.of(0, Qualifier.EXACT, s.words(z.span()));
      List<Found> fs = new ArrayList<>();
      if (z.killed()) {
        fs.add(new Found(new Figure(Group.of(Group.Kind.PEOPLE), Field.KILLED, q, place(z.span()),
            z.span(), Optional.empty()), false, false, Optional.empty(), Optional.empty()));
      }
      if (z.injured()) {
        fs.add(new Found(new Figure(Group.of(Group.Kind.PEOPLE), Field.INJURED, q, place(z.span()),
            z.span(), Optional.empty()), false, false, Optional.empty(), Optional.empty()));
      }
      if (russian != null) {
        List<Figure> list = aside.computeIfAbsent(russian, r -> new ArrayList<>());
        fs.forEach(f -> list.add(f.figure()));
      } else {
        found.addAll(fs);
      }
    }
    found.sort((a, b) -> Integer.compare(a.figure().span().start(), b.figure().span().start()));
    List<SetAside> setAside = new ArrayList<>();
    aside.forEach((reason, figs) -> setAside.add(new SetAside(s.span, s.words(s.span), reason,
        detail.getOrDefault(reason, ""), ImmutableList.copyOf(figs))));
    update(found);
    return new Result(found, setAside, new Unexplained(s).find(found, setAside));
  }

  // ------------------------------------------------------------------------------- groups

  private void resolveGroup(Unit u, int i) {
    if (u.fields.stream().anyMatch(Field::isCasualty)) {
      u.group = Group.of(Group.Kind.PEOPLE);
      return;
    }
    if (u.cue != null && u.cue.kind() == Cue.Kind.FIELD && u.cue.field().isOutcome()
        && NEGATED.matcher(s.norm.substring(Math.max(s.span.start(), u.cue.span().start() - 30),
            u.cue.span().start())).find()) {
      // "2 Iskander-M missiles were not intercepted", "did not shoot down 8 missiles": not the
      // outcome, and no other figure; listed, never read as shot down
      u.why = "an outcome that did not happen (\"not\"), so no figure";
      return;
    }
    if (u.fields.contains(Field.HIT_LOCATIONS) || u.fields.contains(Field.DEBRIS_LOCATIONS)) {
      u.group = u.locationGroup.orElse(Group.of(Group.Kind.TOTAL));
      return;
    }
    if (u.headOnly && u.ref == Unit.Ref.THEM) {
      u.group = ctx.headGroup();
      return;
    }
    if (u.allOfThem && u.ref == Unit.Ref.DEFINITE) {
      u.group = definite(u.phrase.group().get(), i);
      return;
    }
    boolean back = u.ref == Unit.Ref.THEM || u.ref == Unit.Ref.WHICH;
    if (back && (u.allOfThem || u.phrase == null && u.predicate == null)) {
      List<Context.Item> items = them(u, i);
      u.group = ofThem(u, items);
      if (!u.allOfThem) {
        beyondLaunched(u, i);
        partOfLaunched(u, items, i);
      }
      return;
    }
    if (u.predicate != null) {
      Group g = u.predicate.group().get();
      u.group = definite(g, i);
      u.share = g.kind() == Group.Kind.SHAHED || g.kind() == Group.Kind.DECOY;
      if (u.ref == Unit.Ref.DEFINITE && u.phrase != null) {
        u.shareOf = definite(u.phrase.group().get(), i);
      } else if (back) {
        u.shareOf = shareOf(g, them(u, i));
      } else if (u.ref == Unit.Ref.LAUNCHED) {
        u.shareOf = g.isDrones() ? Group.of(Group.Kind.DRONES) : Group.of(Group.Kind.MISSILES);
      } else {
        u.shareOf = shareOf(g, elided(i));
      }
      return;
    }
    if (u.phrase != null && u.phrase.namesWeapons()) {
      Group g = u.phrase.group().get();
      boolean resolve = u.definite || u.phrase.categoryOnly()
          || g.kind() == Group.Kind.CATEGORY && g.parts().isEmpty()
              && !u.fields.contains(Field.LAUNCHED);
      u.group = resolve ? definite(g, i) : g;
      u.generic = u.phrase.generic();
      wholeOfTypes(u);
      return;
    }
    if (u.ref == Unit.Ref.LAUNCHED) {
      u.group = Group.of(Group.Kind.DRONES);
      u.generic = true;
      return;
    }
    if (u.qualifiesPart() && !otherCueFollows(u)) {
      // "3 Kh-101 and 2 Kalibr cruise missiles, including 1 launched from a submarine": a part of
      // the whole told apart by how it was launched, not a weapon of its own; no group, listed as
      // not understood, never a line beside the ones it is part of
      return;
    }
    if (u.hasNumber() && !u.countsPeople() && !u.countsLocations() && !u.isDuration()) {
      // after a list, as "of them": "100 drones and 5 missiles. 80 were shot down"
      u.group = ofThem(u, elided(i));
      u.generic = u.group != null && (u.group.kind() == Group.Kind.DRONES
          || u.group.kind() == Group.Kind.MISSILES);
      beyondLaunched(u, i);
    }
  }

  /**
   * "5 Kh-101 and 4 Kalibr missiles, 3 of them from the Black Sea": a number of them launched,
   * of weapons the text gave a number launched of, is a part told apart by where or how it was
   * launched, not more weapons: no group, listed as not understood, never a line beside them.
   */
  private void partOfLaunched(Unit u, List<Context.Item> items, int i) {
    if (u.group == null || u.phrase != null || u.predicate != null || items.isEmpty()
        || !u.fields.equals(java.util.EnumSet.of(Field.LAUNCHED))
        || !items.stream().allMatch(it -> launchedOf(it.group(), i) != null)) {
      return;
    }
    u.why = PART_WITH_NO_WEAPON;
    u.group = null;
    u.them = List.of();
  }

  /**
   * A number without a noun that the words before make an outcome of more than were launched of
   * its group ("4 Kh-59 missiles, including 2 Kh-69, and 3 Kalibr missiles. 5 were shot down")
   * is of something else: no group, listed as not understood, never more than its line holds
   * (when the text launched more than one group; else the figure stands for the validator).
   */
  private void beyondLaunched(Unit u, int i) {
    if (u.group == null || u.quantity == null || !u.fields.stream().allMatch(Field::isOutcome)) {
      return;
    }
    java.util.Set<Group> launchedGroups = new java.util.HashSet<>(ctx.launched.keySet());
    for (int k = 0; k < i; k++) {
      Unit v = s.units.get(k);
      if (v.group != null && v.fields.contains(Field.LAUNCHED) && v.aside == null && weapons(v)) {
        launchedGroups.add(v.group);
      }
    }
    if (launchedGroups.size() < 2) {
      // one group launched, nothing else it could be of: the figure stands, and the validator
      // says that it exceeds what was launched ("747 drones ... 751 were intercepted")
      return;
    }
    Quantity launched = launchedOf(u.group, i);
    if (launched != null && u.quantity.count().mustExceed(launched.count())) {
      u.why = "more than the " + launched.count() + " " + u.group.label()
          + " launched, so not of them alone";
      u.group = null;
      u.them = List.of();
    }
  }

  /**
   * Whether a cue other than its whole's follows a unit: "including 12 decoys, and 6 hit targets"
   * goes on with an outcome of its own, not with a part of the whole.
   */
  private boolean otherCueFollows(Unit u) {
    for (int k = s.indexOfUnit(u) + 1; k < s.els.size(); k++) {
      Sentence.El el = s.els.get(k);
      if (el.is(Sentence.T.GAP)) {
        continue;
      }
      return el.is(Sentence.T.CUE) && (el.cue().kind() == Cue.Kind.HITS
          || el.cue().kind() == Cue.Kind.FIELD && !u.parent.fields.contains(el.cue().field()));
    }
    return false;
  }

  /**
   * "4 Kh-59 missiles, including 2 Kh-69": a named missile type broken out of another type is a
   * part of it, so the whole becomes the types it holds (as a category naming them, as "4 guided
   * missiles, including 2 Kh-69"), and the report gives the 4 once, never 4 beside 2.
   */
  private void wholeOfTypes(Unit u) {
    Unit p = u.parent;
    if (!u.listed || p == null || p.group == null || u.group == null || u.besidePart()
        || p.group.kind() != Group.Kind.WEAPON || u.group.kind() != Group.Kind.WEAPON
        || !p.group.isMissiles() || !u.group.isMissiles() || p.group.equals(u.group)
        || s.units.stream().filter(v -> v.parent == p).findFirst().orElse(u) != u
        || listOf(p).stream().anyMatch(v -> u.group.equals(v.group))) {
      // only the part right after "including", and not a type the list names beside its whole
      // ("5 Kh-101 and 4 Kalibr missiles, including 2 Kh-101 at Lviv")
      return;
    }
    Weapon whole = p.group.weapon().get();
    Weapon part = u.group.weapon().get();
    List<Weapon> types = new ArrayList<>(whole.parts());
    if (!types.contains(part)) {
      types.add(part);
    }
    p.group = Group.category(WeaponCategory.common(types.stream().map(Weapon::category)
        .toList()), types);
  }

  /**
   * "Two drones hit Kyiv": the hit outcome after a launched or an outcome figure of the drones
   * (or of a group holding them or held by them: "missiles" after the Iskander-M launched, "eight
   * more hit targets" after 72 drones shot down), or after an outcome of other weapons in the
   * sentence ("shot down 72 drones and 8 missiles hit targets"); before any ("Two
   * Kinzhal missiles hit Kyiv"), what was launched, as a number with a weapon and no cue of its
   * own (it stays {@code struck}, so that it counts as no launched figure before another).
   */
  private void struck(Unit u, int i) {
    if (!u.struck || u.group == null) {
      return;
    }
    for (int k = i - 1; k >= 0; k--) {
      Unit v = s.units.get(k);
      if (v.group != null && !v.struck && overlap(v.group, u.group)
          && v.fields.stream().anyMatch(Resolver::weaponFigure) && v.aside == null) {
        return;
      }
      if (weapons(v) && !v.struck && v.aside == null
          && v.fields.stream().anyMatch(Field::isOutcome)) {
        // "shot down 72 drones and 8 missiles hit targets": a clause of outcomes goes on with
        // another outcome, not with what was launched
        return;
      }
    }
    if (ctx.counted.stream().anyMatch(g -> overlap(g, u.group))) {
      return;
    }
    u.fields.remove(Field.HIT);
    u.fields.add(Field.LAUNCHED);
    u.cue = null;
  }

  /** Whether a field is a figure of weapons: launched or an outcome. */
  private static boolean weaponFigure(Field f) {
    return f == Field.LAUNCHED || f.isOutcome();
  }

  /** Whether one group holds the other: "missiles" and the Iskander-M launched before. */
  private static boolean overlap(Group a, Group b) {
    return a.holds(b) || b.holds(a);
  }

  private static boolean weapons(Unit v) {
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
  private List<Context.Item> them(Unit u, int i) {
    for (int k = i - 1; k >= 0; k--) {
      Unit v = s.units.get(k);
      if (!weapons(v)) {
        continue;
      }
      if (v.parent != null && v.parent.group != null && u.ref != Unit.Ref.WHICH
          && !v.besidePart()) {
        return listOf(v.parent).stream().map(Resolver::item).toList();
      }
      if (v.share && v.shareOf != null) {
        return List.of(item(unitOf(v.shareOf, k)));
      }
      return listOf(v).stream().map(Resolver::item).toList();
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
  private Group ofThem(Unit u, List<Context.Item> items) {
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

  private static Context.Item item(Unit u) {
    return new Context.Item(u.group, Optional.ofNullable(u.quantity));
  }

  /**
   * The list a unit is an item of: the units next to it, joined by "and" or commas, that a cue
   * took together ("3 Kh-59 and 2 Kh-22 missiles" after "launched"), in the order of the text;
   * the unit alone when it is in no list.
   */
  private List<Unit> listOf(Unit v) {
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
  private static Group together(List<Context.Item> items) {
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
  private Group shareOf(Group g, List<Context.Item> items) {
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
   * What an elided number counts: what it would count after the last weapons of the sentence, else
   * of the text (as {@link #whole}).
   */
  private List<Context.Item> elided(int i) {
    for (int k = i - 1; k >= 0; k--) {
      Unit v = s.units.get(k);
      if (weapons(v)) {
        return whole(v);
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
  private List<Context.Item> whole(Unit v) {
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
          : list.stream().map(Resolver::item).toList();
    }
    if ((v.ref == Unit.Ref.THEM || v.ref == Unit.Ref.WHICH) && v.phrase != null
        && v.fields.equals(java.util.EnumSet.of(Field.LAUNCHED))) {
      // «130 дронів, з них близько 80 шахедів. Збито 100»: of the whole the part is of
      return them(v, s.units.indexOf(v));
    }
    return listOf(v).stream().map(Resolver::item).toList();
  }

  /**
   * "of the ballistic missiles", «дві балістичні»: the category group named before, else the one
   * weapon of that category named before, else the category itself.
   */
  private Group definite(Group g, int i) {
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

  // ------------------------------------------------------------------------------- figures

  private List<Found> figures(Unit u, int i) {
    List<Found> out = new ArrayList<>();
    if (u.group == null || u.fields.isEmpty()) {
      return out;
    }
    Quantity q = u.quantity;
    if (u.allOfThem && u.ref == Unit.Ref.DEFINITE) {
      Quantity aq = launchedOf(u.group, i);
      if (aq == null) {
        List<Context.Item> parts = launchedParts(u.group, i);
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
    } else if (eachOfThem(u)) {
      return each(u);
    } else if (u.allOfThem) {
      // "all of them", "all of which" of one group: its number
      Quantity aq = them(u, i).stream().findFirst().flatMap(Context.Item::quantity)
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

  /** Whether a unit is "all of them" or "none of them" after a list of several groups. */
  private static boolean eachOfThem(Unit u) {
    return u.them.size() > 1 && (u.allOfThem
        || u.quantity != null && u.quantity.count().equals(Count.zero()));
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
   * The groups a group holds that the text gave a number launched of, each with it, the largest
   * only ("cruise missiles" and not the Kalibr among them), in the order of the text: what "all
   * missiles" is when the text gives the missiles no number of their own.
   */
  private List<Context.Item> launchedParts(Group g, int before) {
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
      boolean inner = found.keySet().stream().anyMatch(o -> !o.equals(h) && o.holds(h));
      if (g.holds(h) && !h.equals(g) && !inner) {
        parts.add(new Context.Item(h, Optional.of(q)));
      }
    });
    return parts;
  }

  /** The number launched of a group: stated earlier in the sentence, else earlier in the text. */
  private Quantity launchedOf(Group g, int before) {
    for (int k = before - 1; k >= 0; k--) {
      Unit v = s.units.get(k);
      if (g.equals(v.group) && v.quantity != null && v.fields.contains(Field.LAUNCHED)
          && v.aside == null) {
        return v.quantity;
      }
    }
    return ctx.launched.get(g);
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
  private Optional<String> place(Span at) {
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

  private void update(List<Found> found) {
    for (Found f : found) {
      if (f.figure().field() == Field.LAUNCHED && !f.share()) {
        ctx.launched.putIfAbsent(f.figure().group(), f.figure().quantity());
      }
      if (weaponFigure(f.figure().field())) {
        ctx.counted.add(f.figure().group());
      }
    }
    Unit head = null;
    for (Unit u : s.units) {
      if (u.aside != null || !weapons(u) || u.group == null) {
        continue;
      }
      boolean gave = found.stream().anyMatch(f -> f.figure().group().equals(u.group));
      if (!gave && !u.headOnly) {
        continue;
      }
      if (!ctx.seen.contains(u.group)) {
        ctx.seen.add(u.group);
      }
      if (!u.share || u.shareOf != null) {
        // what a number without a noun in the next sentence counts, as in this one
        ctx.last = whole(u);
      }
      if (head == null && !u.share) {
        head = u;
      }
    }
    if (head != null) {
      ctx.head = head.headOnly ? List.of(item(head))
          : listOf(head).stream().map(Resolver::item).toList();
    }
  }
}
