package org.conflictstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.stream.Collector;
import org.conflictstats.model.Count;
import org.conflictstats.model.LineDetails;
import org.conflictstats.model.Outcome;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.Source;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.Weapon;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponLine;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

final class TallyTest {

  private static final Weapon SHAHED = WeaponCatalog.builtIn().resolve("Shahed-136/131");

  private static Tally tally(WeaponLine... lines) {
    return List.of(lines).stream().collect(Tally.toTally());
  }

  private static WeaponLine launched(Count launched) {
    return WeaponLine.of(SHAHED, launched);
  }

  @Test
  void theEmptyTallyHasUndefinedRates() {
    Tally empty = Tally.empty();

    assertTrue(empty.isEmpty());
    assertEquals(0, empty.lines());
    assertEquals(CountSum.zero(), empty.launched());
    assertFalse(empty.neutralisationRate().isDefined());
    assertEquals(OptionalDouble.empty(), empty.neutralisationRate().point());
    assertEquals(OptionalDouble.empty(), empty.kineticRate().upper());
    assertEquals(empty, new TallyAccumulator().snapshot());
  }

  @Test
  void zeroLaunchedIsNeitherRatedNorUnrated() {
    Tally t = tally(launched(Count.zero()));

    assertEquals(1, t.lines());
    assertEquals(0, t.ratedLines());
    assertEquals(0, t.unratedLines());
    assertFalse(t.neutralisationRate().isDefined(), "a rate over zero launched is undefined");
  }

  @Test
  void aWithheldLaunchedCountIsNotRatedButCounted() {
    // "status_data = hidden": at least 40 launched, 38 destroyed
    WeaponLine hidden = launched(Count.atLeast(40)).withDestroyed(Count.exactly(38));
    WeaponLine blank = launched(Count.unknown()).withDestroyed(Count.exactly(3));
    WeaponLine rated = launched(Count.exactly(10)).withDestroyed(Count.exactly(7));
    Tally t = tally(hidden, blank, rated);

    assertEquals(3, t.lines());
    assertEquals(1, t.ratedLines());
    assertEquals(2, t.unratedLines());
    // the blank line's 3 destroyed were launched: it adds at least 3 (WeaponLine.impliedLaunched)
    assertEquals(43, t.unratedLaunched());
    assertEquals(10, t.ratedLaunched());
    assertEquals(Count.atLeast(53), t.launched().toCount());
    assertEquals(2, t.launched().unboundedTerms());
    assertEquals(Count.exactly(48), t.destroyed().toCount());
    // only the rated line counts in the rates
    assertEquals(Rate.of(7, 10, 10), t.neutralisationRate());
    assertEquals(Rate.of(7, 10, 10), t.kineticRate());
  }

  @Test
  void aWithheldLaunchedCountBelowItsOutcomesAddsTheOutcomes() {
    // late 2026, status_data = hidden: the cell holds a partial 3, the line 5 shot down and 1 gone
    WeaponLine hidden = launched(Count.atLeast(3)).withDestroyed(Count.exactly(5))
        .withLeftAirspace(Count.exactly(1));
    WeaponLine usual = launched(Count.atLeast(2)).withDestroyed(Count.exactly(4));
    Tally t = tally(hidden, usual);
    assertEquals(Count.atLeast(10), t.launched().toCount());
    assertEquals(10, t.unratedLaunched());
    assertEquals(0, t.unaccounted());
    assertEquals(t.launched().lower(), t.destroyed().lower() + t.leftAirspace().lower());
    assertEquals(0, t.ratedLines());
    // a range that its outcomes fill is still not rated: the source did not give it exactly
    Tally range = tally(launched(Count.between(40, 50)).withDestroyed(Count.exactly(50)));
    assertEquals(Count.exactly(50), range.launched().toCount());
    assertEquals(0, range.ratedLines());
    assertEquals(1, range.unratedLines());
    assertFalse(range.neutralisationRate().isDefined());
  }

  @Test
  void knownFiguresAreLowerBoundSums() {
    WeaponLine a = launched(Count.exactly(20)).withDestroyed(Count.unknown())
        .withSuppressed(Count.exactly(4));
    WeaponLine b = launched(Count.exactly(30)).withDestroyed(Count.between(10, 12))
        .withSuppressed(Count.atMost(5));
    Tally t = tally(a, b);

    assertEquals(10, t.destroyed().lower(), "a blank adds 0 to known");
    assertEquals(OptionalLong.empty(), t.destroyed().upper());
    assertEquals(4, t.suppressed().lower());
    assertEquals(OptionalLong.of(9), t.suppressed().upper());
    // rates: line a known 4, possible 20; line b known 10, possible 30
    assertEquals(Rate.of(14, 50, 50), t.neutralisationRate());
    // kinetic: a known 0, possible 20 - 4 = 16; b known 10, possible 30
    assertEquals(Rate.of(10, 46, 50), t.kineticRate());
  }

  @Test
  void weaponsKnownToFlyOnLeaveOrHitBoundTheUpperRate() {
    WeaponLine line = launched(Count.exactly(100)).withDestroyed(Count.exactly(60))
        .withSuppressed(Count.exactly(10)).withStillAirborne(Count.exactly(5))
        .withLeftAirspace(Count.atLeast(3)).withHit(Count.exactly(2));
    Tally t = tally(line);

    // unknown: 100 - 60 - 10 - 5 - 2 - (3 or more) = 0 to 20
    assertEquals(Count.between(0, 20), t.unknown().toCount());
    assertEquals(Rate.of(70, 90, 100), t.neutralisationRate());
    assertEquals(Rate.of(60, 80, 100), t.kineticRate());
  }

  @Test
  void aLineClaimingMoreThanLaunchedContributesAtMostItsLaunched() {
    WeaponLine inconsistent = launched(Count.exactly(10)).withDestroyed(Count.exactly(8))
        .withSuppressed(Count.exactly(7));
    Tally t = tally(inconsistent);

    assertEquals(Rate.of(10, 10, 10), t.neutralisationRate());
    assertEquals(Rate.of(8, 8, 10), t.kineticRate());
    assertEquals(CountSum.of(Count.exactly(15)), t.destroyed().plus(t.suppressed()));
    assertEquals(CountSum.of(Count.zero()), t.unknown());
  }

  @Test
  void outcomesKnownToExceedLaunchedLeaveNoRoomAboveTheKnown() {
    WeaponLine line = launched(Count.exactly(10)).withDestroyed(Count.exactly(4))
        .withStillAirborne(Count.exactly(9));
    Tally t = tally(line);

    assertEquals(Rate.of(4, 4, 10), t.neutralisationRate());
  }

  @Test
  void tallyOfReportsCountsReportsAndLines() {
    Tally t = List.of(WorkedExample.report(), WorkedExample.report()).stream()
        .collect(Tally.toTallyOfReports());

    assertEquals(2, t.reports());
    assertEquals(4, t.lines());
    assertEquals(Rate.of(110, 160, 160), t.neutralisationRate());
  }

  @Test
  void collectorsAreUnordered() {
    assertTrue(Tally.toTally().characteristics().contains(Collector.Characteristics.UNORDERED));
    assertTrue(Tally.toTallyOfReports().characteristics()
        .contains(Collector.Characteristics.UNORDERED));
  }

  @Test
  void theAccumulatorGoesOnAfterASnapshot() {
    TallyAccumulator acc = new TallyAccumulator();
    acc.add(WorkedExample.drones());
    Tally first = acc.snapshot();
    acc.add(WorkedExample.missiles());

    assertEquals(1, first.lines());
    assertEquals(2, acc.lines());
    assertEquals(tally(WorkedExample.drones(), WorkedExample.missiles()), acc.snapshot());
  }

  @Test
  void sumsOverflowLoudly() {
    WeaponLine huge = launched(Count.exactly(Long.MAX_VALUE - 1));
    TallyAccumulator acc = new TallyAccumulator();
    acc.add(huge);
    assertThrows(ArithmeticException.class, () -> acc.add(huge));
  }

  @Test
  void equalityIsByValue() {
    Tally a = tally(WorkedExample.drones(), WorkedExample.missiles());
    Tally b = tally(WorkedExample.missiles(), WorkedExample.drones());

    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, tally(WorkedExample.drones()));
    assertNotEquals(a, Tally.empty());
    assertNotEquals(a, "a tally");
  }

  @Test
  void sumByOutcomeMatchesTheNamedSums() {
    Tally t = tally(WorkedExample.drones(), WorkedExample.missiles());

    assertEquals(t.destroyed(), t.sum(Outcome.DESTROYED));
    assertEquals(t.suppressed(), t.sum(Outcome.SUPPRESSED));
    assertEquals(t.stillAirborne(), t.sum(Outcome.STILL_AIRBORNE));
    assertEquals(t.leftAirspace(), t.sum(Outcome.LEFT_AIRSPACE));
    assertEquals(t.hit(), t.sum(Outcome.HIT));
    assertEquals(t.unknown(), t.sum(Outcome.UNKNOWN));
    assertEquals(t.kineticRate(), t.rate(RateKind.KINETIC));
    assertEquals(t.neutralisationRate(), t.rate(RateKind.NEUTRALISATION));
  }

  @Test
  void printsASummary() {
    assertEquals("Tally{1 report, 2 lines, launched 80, neutralised 55/80 = 68.8% [68.8%, 100.0%],"
            + " destroyed 25/80 = 31.3% [31.3%, 62.5%]}",
        List.of(WorkedExample.report()).stream().collect(Tally.toTallyOfReports()).toString());
    // lines alone count no report: said, not "0 reports"
    assertEquals("Tally{2 lines (added without their reports), launched 80, neutralised 55/80 ="
            + " 68.8% [68.8%, 100.0%], destroyed 25/80 = 31.3% [31.3%, 62.5%]}",
        WorkedExample.report().lines().stream().collect(Tally.toTally()).toString());
    assertEquals("Tally{0 reports, 0 lines, launched 0, neutralised undefined (0 launched),"
            + " destroyed undefined (0 launched)}",
        java.util.stream.Stream.<org.conflictstats.model.WeaponLine>empty()
            .collect(Tally.toTally()).toString());
  }

  @Test
  void addingALineAllocatesNothing() throws ReflectiveOperationException {
    // reached by reflection: the module under test does not read java.management
    Object threads = Class.forName("java.lang.management.ManagementFactory")
        .getMethod("getThreadMXBean").invoke(null);
    Class<?> sunBean;
    try {
      sunBean = Class.forName("com.sun.management.ThreadMXBean");
    } catch (ClassNotFoundException e) {
      sunBean = null;
    }
    Assumptions.assumeTrue(sunBean != null && sunBean.isInstance(threads)
            && (Boolean) sunBean.getMethod("isThreadAllocatedMemoryEnabled").invoke(threads),
        "no per-thread allocation counter on this JVM: skipping");
    Method allocatedBytes = sunBean.getMethod("getThreadAllocatedBytes", long.class);
    WeaponLine[] lines = {
        WorkedExample.drones(), WorkedExample.missiles(),
        launched(Count.atLeast(40)).withDestroyed(Count.between(3, 9)),
        launched(Count.exactly(7)).withLeftAirspace(Count.atMost(2)).withDetails(LineDetails.none())};
    TallyAccumulator acc = new TallyAccumulator();
    for (int i = 0; i < 100_000; i++) {
      acc.add(lines[i & 3]);
    }
    long thread = Thread.currentThread().getId();
    long before = (Long) allocatedBytes.invoke(threads, thread);
    for (int i = 0; i < 1_000_000; i++) {
      acc.add(lines[i & 3]);
    }
    long allocated = (Long) allocatedBytes.invoke(threads, thread) - before;

    // a single allocation per line would be at least 16 MB
    assertTrue(allocated < 64 * 1024, "allocated " + allocated + " bytes for a million lines");
    assertEquals(1_100_000, acc.lines());
  }

  /** A report of the given night (day of October 2025) with one Shahed line. */
  private static StrikeReport night(int day, long launched, long destroyed) {
    return StrikeReport.builder()
        .id("n" + day + "-" + destroyed)
        .period(ReportPeriod.of(ReportTime.ofMinute(LocalDateTime.of(2025, 10, day, 20, 0)),
            ReportTime.ofMinute(LocalDateTime.of(2025, 10, day + 1, 8, 0))))
        .source(Source.parse("kpszsu/posts/synthetic-" + day))
        .addLine(WeaponLine.of(SHAHED, Count.exactly(launched))
            .withDestroyed(Count.exactly(destroyed)))
        .build();
  }

  /**
   * Equal tallies give equal intervals: the same sums from other reports (5 and 5 of 10, against
   * 10 and 0 of 10) are not equal tallies, since their clustered intervals differ (review rv45a:
   * they were equal); the same reports in any order are.
   */
  @Test
  void talliesOfEqualSumsButOtherReportsAreNotEqual() {
    Tally even = StatsQuery.groupBy().run(List.of(night(10, 10, 5), night(11, 10, 5))).total();
    Tally split = StatsQuery.groupBy().run(List.of(night(10, 10, 10), night(11, 10, 0))).total();
    assertEquals(even.launched(), split.launched());
    assertEquals(even.neutralisationRate(), split.neutralisationRate());
    assertNotEquals(even.interval(RateKind.NEUTRALISATION, IntervalMethod.CLUSTER, 0.95),
        split.interval(RateKind.NEUTRALISATION, IntervalMethod.CLUSTER, 0.95));
    assertNotEquals(even, split);
    Tally again = StatsQuery.groupBy().run(List.of(night(11, 10, 5), night(10, 10, 5))).total();
    assertEquals(even, again);
    assertEquals(even.hashCode(), again.hashCode());
    // lines without their reports: the same sums, no clusters, not equal to the reports' tally
    Tally lines = List.of(night(10, 10, 5), night(11, 10, 5)).stream()
        .flatMap(r -> r.lines().stream()).collect(Tally.toTally());
    assertEquals(even.launched(), lines.launched());
    assertNotEquals(even, lines);
  }

  /** Two national reports of one night each, with their lines rated. */
  private static List<StrikeReport> twoReports() {
    List<StrikeReport> reports = new java.util.ArrayList<>();
    for (int i = 0; i < 2; i++) {
      reports.add(StrikeReport.builder()
          .id("r" + i)
          .period(ReportPeriod.of(ReportTime.ofMinute(LocalDateTime.of(2025, 10, 10 + i, 20, 0)),
              ReportTime.ofMinute(LocalDateTime.of(2025, 10, 11 + i, 8, 0))))
          .source(Source.parse("kpszsu/posts/synthetic-" + i))
          .addLine(WeaponLine.of(SHAHED, Count.exactly(80 + 10 * i))
              .withDestroyed(Count.exactly(50 + 20 * i)))
          .addLine(WeaponLine.of(SHAHED, Count.exactly(20)).withDestroyed(Count.exactly(5 + i)))
          .build());
    }
    return reports;
  }

  /**
   * The bootstrap is empty unless the query asked for it, as documented (review rv43, finding 2):
   * empty, not an exception, on a query that did not ask, present on one that did.
   */
  @Test
  void theBootstrapIsEmptyUnlessTheQueryAskedForIt() {
    List<StrikeReport> reports = twoReports();
    Tally plain = StatsQuery.groupBy().run(reports).total();
    assertTrue(plain.interval(RateKind.NEUTRALISATION, IntervalMethod.CLUSTER, 0.95).isPresent());
    assertEquals(java.util.Optional.empty(),
        plain.interval(RateKind.NEUTRALISATION, IntervalMethod.BOOTSTRAP, 0.95));
    Tally asked = StatsQuery.groupBy().withBootstrap(Bootstrap.standard()).run(reports).total();
    assertTrue(asked.interval(RateKind.NEUTRALISATION, IntervalMethod.BOOTSTRAP, 0.95)
        .isPresent());
    Tally ofReports = reports.stream().collect(Tally.toTallyOfReports());
    assertEquals(2, ofReports.reports());
    assertTrue(ofReports.interval(RateKind.NEUTRALISATION, IntervalMethod.CLUSTER, 0.95)
        .isPresent());
    assertEquals(java.util.Optional.empty(),
        ofReports.interval(RateKind.NEUTRALISATION, IntervalMethod.BOOTSTRAP, 0.95));
  }

  /**
   * A tally of lines without their reports counts 0 reports and has no clustered interval; the
   * per-weapon ones remain (review rv43, finding 3).
   */
  @Test
  void aTallyOfLinesAloneCountsNoReportAndHasNoClusteredInterval() {
    Tally lines = twoReports().stream().flatMap(r -> r.lines().stream())
        .collect(Tally.toTally());
    assertEquals(4, lines.lines());
    assertEquals(0, lines.reports());
    assertFalse(lines.clustersKnown());
    assertEquals(java.util.Optional.empty(),
        lines.interval(RateKind.NEUTRALISATION, IntervalMethod.CLUSTER, 0.95));
    assertTrue(lines.interval(RateKind.NEUTRALISATION, IntervalMethod.WILSON, 0.95).isPresent());
  }
}
