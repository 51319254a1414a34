package org.conflictstats.text;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves what each bound unit counts (its own phrase, "of them", "of the ballistic missiles", an
 * elided noun), sets aside what other sources or other nights say, and turns units into figures;
 * lists what the sentence holds that gave no figure.
 */
final class Resolver {

  /**
   * What one sentence gave.
   *
   * @param found the figures
   * @param setAside the figures of other sources or nights
   * @param notUnderstood the sentence, when it holds numbers that gave no figure
   * @param denied the groups of weapons a figure of the sentence was denied for ({@link Denial}):
   *     weapons the text speaks of without a figure read
   */
  record Result(List<Found> found, List<SetAside> setAside, Optional<NotUnderstood> notUnderstood,
      List<Group> denied) {}

  private final Sentence s;
  private final Context ctx;
  private final Referents ref;
  private final UnitGroups groups;
  private final UnitFigures figures;

  Resolver(Sentence s, Context ctx) {
    this.s = s;
    this.ctx = ctx;
    this.ref = new Referents(s, ctx);
    this.groups = new UnitGroups(s, ctx, ref);
    this.figures = new UnitFigures(s, ctx, ref);
  }

  Result resolve() {
    for (int i = 0; i < s.units.size(); i++) {
      groups.resolveGroup(s.units.get(i), i);
    }
    Asides.mark(s);
    List<Group> denied = new ArrayList<>();
    for (int i = 0; i < s.units.size(); i++) {
      Unit u = s.units.get(i);
      if (Denial.denied(u) && u.aside == null) {
        denied.addAll(groups.deniedOf(u, i));
      }
    }
    List<Found> found = new ArrayList<>();
    Map<SetAside.Reason, List<Figure>> aside = new EnumMap<>(SetAside.Reason.class);
    Map<SetAside.Reason, String> detail = new EnumMap<>(SetAside.Reason.class);
    for (int i = 0; i < s.units.size(); i++) {
      Unit u = s.units.get(i);
      if (u.headOnly) {
        continue;
      }
      List<Found> fs = figures.figures(u, i);
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
        fs.add(new Found(new Figure(Group.of(Group.Kind.PEOPLE), Field.KILLED, q,
            figures.place(z.span()), z.span(), Optional.empty()), false, false, Optional.empty(),
            Optional.empty()));
      }
      if (z.injured()) {
        fs.add(new Found(new Figure(Group.of(Group.Kind.PEOPLE), Field.INJURED, q,
            figures.place(z.span()), z.span(), Optional.empty()), false, false, Optional.empty(),
            Optional.empty()));
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
    return new Result(found, setAside, new Unexplained(s).find(found, setAside), denied);
  }

  private void update(List<Found> found) {
    for (Found f : found) {
      if (f.figure().field() == Field.LAUNCHED && !f.share()) {
        ctx.launched.putIfAbsent(f.figure().group(), f.figure().quantity());
      }
    }
    Unit head = null;
    for (Unit u : s.units) {
      if (u.aside != null || !Referents.weapons(u) || u.group == null) {
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
        ctx.last = ref.whole(u);
      }
      if (head == null && !u.share) {
        head = u;
      }
    }
    if (head != null) {
      List<Unit> list = head.headOnly ? List.of(head) : ref.listOf(head);
      ctx.head = list.stream().map(Referents::item).toList();
      Unit last = s.units.get(s.units.size() - 1);
      ctx.headLast = (list.contains(last) || last.parent != null && list.contains(last.parent))
          && Referents.named(last)
          && java.util.stream.IntStream.range(last.to, s.toks.size()).noneMatch(s::isNumberAt);
      ctx.headWhole = ctx.headLast && list.contains(last) && Referents.ownNumber(last)
          && s.units.stream().allMatch(u -> u.aside != null || !Referents.weapons(u)
              || Referents.wholeNumber(u));
    } else if (!s.units.isEmpty() || java.util.stream.IntStream.range(0, s.toks.size())
        .anyMatch(s::isNumberAt)) {
      // a count of something else ("Three buildings were hit."): "all of them" is not the head's
      ctx.headLast = false;
    }
    ctx.headAge = head != null ? 0 : ctx.headAge + 1;
  }
}
