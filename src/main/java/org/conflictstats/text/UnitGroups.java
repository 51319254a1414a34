package org.conflictstats.text;

import java.util.ArrayList;
import java.util.List;
import org.conflictstats.model.Weapon;
import org.conflictstats.model.WeaponCategory;

/**
 * Which group each unit of a sentence counts: its own phrase, "of them", "of the ballistic
 * missiles", an elided noun; a denied outcome, a part with no weapon of its own and a number beyond
 * what was launched get none (and say why).
 */
final class UnitGroups {

  /** Why a part of weapons counted before, with no weapon of its own, gives no line. */
  static final String PART_WITH_NO_WEAPON =
      "a part of the weapons before it with no weapon of its own, not a line of its own";

  /** Why a number of targets hit, or of bare targets with no verb, gives no figure. */
  static final String TARGETS_HIT = "targets hit, or targets with no verb of their own: places or"
      + " objects on the ground as often as weapons, so no figure";

  private final Sentence s;
  private final Context ctx;
  private final Referents ref;

  UnitGroups(Sentence s, Context ctx, Referents ref) {
    this.s = s;
    this.ctx = ctx;
    this.ref = ref;
  }

  void resolveGroup(Unit u, int i) {
    if (u.cue != null && u.cue.kind() == Cue.Kind.FIELD && u.cue.field().isOutcome()
        && !u.noneOf && Denial.ofOutcome(s, u.cue)) {
      // "2 Iskander-M missiles were not intercepted", "did not shoot down 8 missiles", «не змогли
      // вчасно збити 4 ракети»: not the outcome, and no other figure; listed, never shot down
      u.why = Denial.OUTCOME_WHY;
      return;
    }
    if (u.fields.stream().anyMatch(Field::isCasualty)) {
      u.group = Group.of(Group.Kind.PEOPLE);
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
      u.group = ref.definite(u.phrase.group().get(), i);
      return;
    }
    boolean back = u.ref == Unit.Ref.THEM || u.ref == Unit.Ref.WHICH;
    if (back && (u.allOfThem || u.phrase == null && u.predicate == null)) {
      List<Context.Item> items = ref.them(u, i);
      u.group = ref.ofThem(u, items);
      if (u.group == null && u.fields.isEmpty() && (HitVerbs.STRUCK_WHY.equals(u.why)
          || HitVerbs.FATE_WHY.equals(u.why))) {
        // "Three buildings were damaged; 2 of them were hit": no weapons, so not their reason
        u.why = null;
      }
      if (!u.allOfThem) {
        beyondLaunched(u, i);
        partOfLaunched(u, items, i);
      }
      return;
    }
    if (u.predicate != null) {
      Group g = u.predicate.group().get();
      u.group = ref.definite(g, i);
      u.share = g.kind() == Group.Kind.SHAHED || g.kind() == Group.Kind.DECOY;
      if (u.ref == Unit.Ref.DEFINITE && u.phrase != null) {
        u.shareOf = ref.definite(u.phrase.group().get(), i);
      } else if (back) {
        u.shareOf = ref.shareOf(g, ref.them(u, i));
      } else if (u.ref == Unit.Ref.LAUNCHED) {
        u.shareOf = g.isDrones() ? Group.of(Group.Kind.DRONES) : Group.of(Group.Kind.MISSILES);
      } else {
        u.shareOf = ref.shareOf(g, ref.elided(i));
      }
      return;
    }
    if (targetsHit(u)) {
      // "Shot down: 40 drones, hit: 3 targets", «уражено 3 цілі»: ground targets (or aerial ones
      // hit by air defence), never a number of weapons; listed, never hit 3 nor launched 3
      u.why = TARGETS_HIT;
      return;
    }
    if (u.phrase != null && u.phrase.namesWeapons() && u.phrase.family()) {
      u.group = ofFamily(u, u.phrase.group().get(), i);
      return;
    }
    if (u.phrase != null && u.phrase.namesWeapons()) {
      Group g = u.phrase.group().get();
      boolean resolve = u.definite || u.phrase.categoryOnly()
          || g.kind() == Group.Kind.CATEGORY && g.parts().isEmpty()
              && !u.fields.contains(Field.LAUNCHED);
      u.group = resolve ? ref.definite(g, i) : g;
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
      u.group = ref.ofThem(u, ref.elided(i));
      if (u.group == null && u.fields.isEmpty() && HitVerbs.STRUCK_WHY.equals(u.why)) {
        // "Three buildings were damaged. 3 were hit": no weapons, so not their reason
        u.why = null;
      }
      u.generic = u.group != null && (u.group.kind() == Group.Kind.DRONES
          || u.group.kind() == Group.Kind.MISSILES);
      beyondLaunched(u, i);
    }
  }

  /**
   * Whether a unit counts "targets" hit ("hit: 3 targets", «уражено: 3 цілі», "3 targets hit"), or
   * bare "targets", «цілі» with no verb of their own (launched only as what is left over: "3
   * targets were hit", «уражено 3 цілі»): what was hit, on the ground, not weapons that hit.
   * Targets with "aerial", «повітряних», with a verb of launch or of interception, or the whole
   * of an outcome that is no hit ("Of 42 targets, 29 were destroyed", «Із 42-х цілей знищено 29»)
   * are every aerial target, as before.
   */
  private boolean targetsHit(Unit u) {
    if (u.phrase == null || !u.phrase.namesWeapons()
        || u.phrase.group().get().kind() != Group.Kind.TOTAL) {
      return false;
    }
    if (u.fields.contains(Field.HIT)) {
      return true;
    }
    List<Unit> after = s.units.stream().filter(v -> v.from > u.from).toList();
    boolean ofWhole = u.from > 0 && s.tokIn(u.from - 1, SentenceReader.OF)
        && after.stream().anyMatch(v -> v.fields.stream().anyMatch(Field::isOutcome))
        && after.stream().noneMatch(v -> v.fields.contains(Field.HIT));
    return u.cue == null && u.fields.equals(java.util.EnumSet.of(Field.LAUNCHED)) && !ofWhole
        && Lexicon.bareTargets(s.toks.subList(u.phrase.from(), u.phrase.to()));
  }

  /**
   * The weapons a denied number counts ({@link Denial#denied}), though it gives no figure: its own
   * group, else what its phrase names ("did not shoot down 8 drones"), else what "of which", "of
   * them" or a number without a noun refers to ("5 Iskander-M missiles, two of which were not
   * intercepted"); none where nothing is named.
   *
   * @param u a denied unit of the sentence
   * @param i its index among the sentence's units
   * @return the groups, perhaps none
   */
  List<Group> deniedOf(Unit u, int i) {
    if (u.group != null) {
      return List.of(u.group);
    }
    if (u.phrase != null && u.phrase.namesWeapons()) {
      return List.of(ref.definite(u.phrase.group().get(), i));
    }
    if (u.phrase != null || u.predicate != null || !u.hasNumber() && !u.allOfThem) {
      return List.of();
    }
    List<Context.Item> items = u.ref == Unit.Ref.THEM || u.ref == Unit.Ref.WHICH
        ? ref.them(u, i) : ref.elided(i);
    return items.stream().map(Context.Item::group).filter(java.util.Objects::nonNull).toList();
  }

  /**
   * "3 Iskanders were shot down": the one type of the family the text named before (the
   * Iskander-M of "4 Iskander-M missiles"); with several named, those types as one combined line;
   * with none named, "3 Iskander missiles" are missiles, else none, listed as not understood, never
   * a guess. ("All Iskanders" is every type of the family the text gave a number
   * launched of, each with its own.)
   */
  private Group ofFamily(Unit u, Group family, int i) {
    List<Group> before = new ArrayList<>(ctx.seen);
    for (int k = 0; k < i; k++) {
      Unit v = s.units.get(k);
      if (Referents.weapons(v) && v.aside == null) {
        before.add(v.group);
      }
    }
    List<Group> named = before.stream().filter(b -> b.kind() == Group.Kind.WEAPON
        && family.holds(b)).distinct().toList();
    if (named.size() == 1) {
      return named.get(0);
    }
    if (named.size() > 1) {
      // "4 Iskander-K and 2 Iskander-M ... 3 Iskanders were shot down": the types named, as one
      // combined line, as "3 of them" after a list of those types
      return Referents.together(named.stream()
          .map(g -> new Context.Item(g, java.util.Optional.empty())).toList());
    }
    if (named.isEmpty() && u.phrase.generic()) {
      // "3 Iskander missiles" with no type named: missiles, as "3 missiles"
      u.generic = true;
      return Group.of(Group.Kind.MISSILES);
    }
    u.why = "a family of types (" + family.parts().stream().map(Weapon::name)
        .collect(java.util.stream.Collectors.joining(" or ")) + ") the text names no type of,"
        + " so of none for sure";
    return null;
  }

  /**
   * "5 Kh-101 and 4 Kalibr missiles, 3 of them from the Black Sea": a number of them launched,
   * of weapons the text gave a number launched of, is a part told apart by where or how it was
   * launched, not more weapons: no group, listed as not understood, never a line beside them.
   */
  private void partOfLaunched(Unit u, List<Context.Item> items, int i) {
    if (u.group == null || u.phrase != null || u.predicate != null || items.isEmpty()
        || !u.fields.equals(java.util.EnumSet.of(Field.LAUNCHED))
        || !items.stream().allMatch(it -> ref.launchedOf(it.group(), i) != null)) {
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
      if (v.group != null && v.fields.contains(Field.LAUNCHED) && v.aside == null && Referents.weapons(v)) {
        launchedGroups.add(v.group);
      }
    }
    if (launchedGroups.size() < 2) {
      // one group launched, nothing else it could be of: the figure stands, and the validator
      // says that it exceeds what was launched ("747 drones ... 751 were intercepted")
      return;
    }
    Quantity launched = ref.launchedOf(u.group, i);
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
        || ref.listOf(p).stream().anyMatch(v -> u.group.equals(v.group))) {
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

  /** Whether one group holds the other: "missiles" and the Iskander-M launched before. */
  static boolean overlap(Group a, Group b) {
    return a.holds(b) || b.holds(a);
  }
}
