package org.conflictstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.conflictstats.model.Count;
import org.conflictstats.model.Outcome;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponLine;

/** The laws of tallies: merging, partitions, agreement with the model, and rate bounds. */
final class TallyProperties implements MergeLaws<Tally> {

  @Override
  public Tally merge(Tally a, Tally b) {
    return a.plus(b);
  }

  @Override
  public Tally identity() {
    return Tally.empty();
  }

  @Override
  @Provide
  public Arbitrary<Tally> values() {
    return Arbitraries.oneOf(
        TallyArbitraries.lineLists().map(ls -> ls.stream().collect(Tally.toTally())),
        TallyArbitraries.reports().list().ofMaxSize(4)
            .map(rs -> rs.stream().collect(Tally.toTallyOfReports())));
  }

  @Provide
  Arbitrary<List<WeaponLine>> lineLists() {
    return TallyArbitraries.lineLists();
  }

  @Provide
  Arbitrary<List<StrikeReport>> reportLists() {
    return TallyArbitraries.reports().list().ofMaxSize(8);
  }

  @Provide
  Arbitrary<WeaponLine> lines() {
    return TallyArbitraries.lines();
  }

  @Provide
  Arbitrary<WeaponLine> consistentExactLines() {
    return TallyArbitraries.consistentExactLines();
  }

  @Property(tries = 200)
  void collectingEqualsAddingOneByOne(@ForAll("lineLists") List<WeaponLine> lines) {
    TallyAccumulator acc = new TallyAccumulator();
    Tally folded = Tally.empty();
    for (WeaponLine line : lines) {
      acc.add(line);
      TallyAccumulator one = new TallyAccumulator();
      one.add(line);
      folded = folded.plus(one.snapshot());
    }
    Tally collected = lines.stream().collect(Tally.toTally());

    assertEquals(acc.snapshot(), collected);
    assertEquals(folded, collected);
    assertEquals(collected, lines.parallelStream().collect(Tally.toTally()));
    assertEquals(lines.size(), collected.lines());
    assertEquals(0, collected.reports());
  }

  @Property(tries = 200)
  void theTalliesOfAPartitionAddUpToTheWhole(@ForAll("lineLists") List<WeaponLine> lines,
      @ForAll("cuts") List<Integer> cuts) {
    Tally whole = lines.stream().collect(Tally.toTally());
    Tally sum = Tally.empty();
    for (List<WeaponLine> part : partition(lines, cuts)) {
      sum = sum.plus(part.stream().collect(Tally.toTally()));
    }
    assertEquals(whole, sum);
  }

  @Property(tries = 100)
  void theTalliesOfAPartitionOfReportsAddUpToTheWhole(
      @ForAll("reportLists") List<StrikeReport> reports, @ForAll("cuts") List<Integer> cuts) {
    Tally whole = reports.stream().collect(Tally.toTallyOfReports());
    TallyAccumulator sum = new TallyAccumulator();
    for (List<StrikeReport> part : partition(reports, cuts)) {
      TallyAccumulator acc = new TallyAccumulator();
      part.forEach(acc::add);
      sum.merge(acc);
    }
    assertEquals(whole, sum.snapshot());
    assertEquals(reports.size(), whole.reports());
  }

  @Provide
  Arbitrary<List<Integer>> cuts() {
    return Arbitraries.integers().between(0, 12).list().ofMaxSize(4);
  }

  @Property(tries = 300)
  void sumsAgreeWithTheModelsCountArithmetic(@ForAll("lineLists") List<WeaponLine> lines) {
    Tally t = lines.stream().collect(Tally.toTally());
    Count launched = Count.zero();
    for (WeaponLine line : lines) {
      launched = launched.plus(line.impliedLaunched());
    }
    assertEquals(launched, t.launched().toCount());
    for (Outcome o : Outcome.values()) {
      Count sum = Count.zero();
      for (WeaponLine line : lines) {
        sum = sum.plus(line.count(o));
      }
      assertEquals(sum, t.sum(o).toCount(), o.toString());
    }
  }

  /**
   * The weapons on rated lines without a destroyed figure, counted line by line from the model:
   * rated (exact launched above 0) and a destroyed count that is {@link Count#unknown()}. Never more
   * than the rated weapons; all of them exactly when no rated line gives a figure.
   */
  @Property(tries = 300)
  void unfiguredLaunchedCountsTheRatedLinesWithoutADestroyedFigure(
      @ForAll("lineLists") List<WeaponLine> lines) {
    Tally t = lines.stream().collect(Tally.toTally());
    long unfigured = 0;
    long rated = 0;
    for (WeaponLine line : lines) {
      if (line.launched().isExact() && line.launched().lower() > 0) {
        rated += line.launched().lower();
        if (line.destroyed().equals(Count.unknown())) {
          unfigured += line.launched().lower();
        }
      }
    }
    assertEquals(unfigured, t.unfiguredLaunched());
    assertEquals(rated, t.ratedLaunched());
    if (rated > 0) {
      assertEquals(!t.outcomeKnown(), unfigured == rated, t::toString);
    }
  }

  @Property(tries = 300)
  void anAccumulatorGoesOnAfterAddingATally(@ForAll("lineLists") List<WeaponLine> first,
      @ForAll("lineLists") List<WeaponLine> then) {
    Tally before = first.stream().collect(Tally.toTally());
    TallyAccumulator acc = new TallyAccumulator();
    acc.addAll(before);
    then.forEach(acc::add);
    assertEquals(before.plus(then.stream().collect(Tally.toTally())), acc.snapshot());
  }

  @Property(tries = 300)
  void unaccountedIsLaunchedLessOutcomesLineByLineWithinTheUnknownBounds(
      @ForAll("lineLists") List<WeaponLine> lines) {
    Tally t = lines.stream().collect(Tally.toTally());
    long expected = 0;
    long outcomes = 0;
    boolean consistent = true;
    for (WeaponLine line : lines) {
      long known = 0;
      for (Outcome o : Outcome.values()) {
        if (o != Outcome.UNKNOWN) {
          known += line.count(o).lower();
        }
      }
      expected += Math.max(0, line.launched().lower() - known);
      outcomes += known;
      // every line whose launched is not exact and allows its outcomes has its known launched raised
      consistent &= known <= line.impliedLaunched().lower();
    }
    assertEquals(expected, t.unaccounted());
    assertTrue(t.unknown().lower() <= t.unaccounted(), t::toString);
    t.unknown().upper().ifPresent(u -> assertTrue(t.unaccounted() <= u, t::toString));
    if (consistent) {
      // the columns of a table add up to its launched column
      assertEquals(t.launched().lower(), outcomes + t.unaccounted());
    }
  }

  @Property(tries = 300)
  void ratedAndUnratedLinesAreCountedApart(@ForAll("lineLists") List<WeaponLine> lines) {
    Tally t = lines.stream().collect(Tally.toTally());
    long rated = lines.stream().filter(l -> l.launched().isExact() && l.launched().lower() > 0)
        .count();
    long unrated = lines.stream().filter(l -> !l.launched().isExact()).count();
    long unratedLaunched = lines.stream().filter(l -> !l.launched().isExact())
        .mapToLong(l -> l.impliedLaunched().lower()).sum();
    long ratedLaunched = lines.stream().filter(l -> l.launched().isExact())
        .mapToLong(l -> l.launched().lower()).sum();

    assertEquals(rated, t.ratedLines());
    assertEquals(unrated, t.unratedLines());
    assertEquals(unratedLaunched, t.unratedLaunched());
    assertEquals(ratedLaunched, t.ratedLaunched());
    assertEquals(t.launched().lower(), t.ratedLaunched() + t.unratedLaunched());
    assertTrue(rated + unrated <= t.lines());
  }

  @Property(tries = 500)
  void lowerBoundIsAtMostPointIsAtMostUpperBound(@ForAll("lineLists") List<WeaponLine> lines) {
    for (WeaponLine line : lines) {
      Statistics.label("launched").collect(TallyArbitraries.launchedKind(line.launched()));
      Statistics.label("outcomes").collect(TallyArbitraries.outcomeKind(line));
    }
    Tally t = lines.stream().collect(Tally.toTally());
    for (Rate rate : List.of(t.neutralisationRate(), t.kineticRate())) {
      assertEquals(t.ratedLaunched(), rate.launched());
      if (!rate.isDefined()) {
        assertEquals(0, t.ratedLaunched());
        assertEquals(OptionalDouble.empty(), rate.point());
        assertEquals(OptionalDouble.empty(), rate.upper());
        assertTrue(rate.interval().isEmpty());
        continue;
      }
      double lower = rate.lower().getAsDouble();
      double point = rate.point().getAsDouble();
      double upper = rate.upper().getAsDouble();
      assertTrue(0 <= lower && lower <= point && point <= upper && upper <= 1,
          lower + " <= " + point + " <= " + upper);
      for (IntervalMethod m : List.of(IntervalMethod.WILSON, IntervalMethod.CLOPPER_PEARSON,
          IntervalMethod.JEFFREYS)) {
        for (double level : new double[] {0.8, 0.95, 0.99}) {
          ConfidenceInterval ci = rate.interval(m, level).orElseThrow();
          assertTrue(0 <= ci.lower() && ci.upper() <= 1 && ci.contains(point), ci.toString());
        }
      }
    }
    assertTrue(t.kineticRate().known() <= t.neutralisationRate().known());
    assertTrue(t.kineticRate().possible() <= t.neutralisationRate().possible());

    Statistics.label("launched").coverage(c -> {
      c.check("zero launched").count(n -> n > 0);
      c.check("blank launched").count(n -> n > 0);
      c.check("open-ended launched").count(n -> n > 0);
      c.check("exact launched").count(n -> n > 0);
    });
    Statistics.label("outcomes").coverage(c -> {
      c.check("inconsistent").count(n -> n > 0);
      c.check("all accounted for").count(n -> n > 0);
      c.check("some unknown").count(n -> n > 0);
      c.check("destroyed and suppressed blank").count(n -> n > 0);
    });
  }

  @Property(tries = 300)
  void consistentExactLinesFollowTheDomainFormula(@ForAll("consistentExactLines") WeaponLine line) {
    // DOMAIN.md §4: lower = known neutralised / L, upper = (known neutralised + U) / L
    long l = line.launched().lower();
    long neutralised = line.destroyed().lower() + line.suppressed().lower();
    long unknown = line.unknown().lower();
    assertTrue(line.unknown().isExact());
    Tally t = List.of(line).stream().collect(Tally.toTally());

    assertEquals(Rate.of(neutralised, neutralised + unknown, l), t.neutralisationRate());
    long destroyed = line.destroyed().lower();
    assertEquals(Rate.of(destroyed, destroyed + unknown, l), t.kineticRate());
    if (unknown == 0) {
      assertEquals(t.neutralisationRate().lower(), t.neutralisationRate().upper());
    }
  }

  @Property(tries = 300)
  void aLineNeverContributesMoreThanItsLaunched(@ForAll("lines") WeaponLine line) {
    Tally t = List.of(line).stream().collect(Tally.toTally());
    if (line.launched().isExact()) {
      assertTrue(t.neutralisationRate().possible() <= line.launched().lower());
      assertTrue(t.kineticRate().possible() <= line.launched().lower());
    } else {
      assertFalse(t.neutralisationRate().isDefined());
    }
  }

  private static <T> List<List<T>> partition(List<T> items, List<Integer> cuts) {
    List<Integer> at = new ArrayList<>();
    for (int c : cuts) {
      at.add(Math.min(c, items.size()));
    }
    at.add(0);
    at.add(items.size());
    at.sort(null);
    List<List<T>> parts = new ArrayList<>();
    for (int i = 1; i < at.size(); i++) {
      parts.add(items.subList(at.get(i - 1), at.get(i)));
    }
    return parts;
  }

  /**
   * An interval only where some rated line gives a destroyed figure, other than unknown (a blank
   * cell), for both rates. Else nothing is known of the outcome and an interval would claim a precision no source
   * gave; the point stays the lower bound and the bounds stay.
   */
  @Property(tries = 500)
  void anIntervalOnlyWhereARatedLineGivesADestroyedFigure(
      @ForAll("lineLists") List<WeaponLine> lines, @ForAll boolean kinetic) {
    RateKind kind = kinetic ? RateKind.KINETIC : RateKind.NEUTRALISATION;
    Tally t = lines.stream().collect(Tally.toTally());
    boolean known = lines.stream().anyMatch(l -> l.launched().isExact()
        && l.launched().lower() > 0 && !l.destroyed().isUnknown());
    assertEquals(known, t.outcomeKnown());
    for (IntervalMethod m : List.of(IntervalMethod.WILSON, IntervalMethod.CLOPPER_PEARSON,
        IntervalMethod.JEFFREYS)) {
      assertEquals(known && t.rate(kind).isDefined(), t.interval(kind, m, 0.9).isPresent());
    }
    // the bounds say what is known either way
    assertEquals(t.rate(kind).isDefined(), t.rate(kind).upper().isPresent());
    // and a merge knows what either side knew
    Tally twice = t.plus(lines.stream().collect(Tally.toTally()));
    assertEquals(known, twice.outcomeKnown());
    Statistics.label("outcome known").collect(known);
  }
}
