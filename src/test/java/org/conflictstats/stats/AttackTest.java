package org.conflictstats.stats;

import static org.conflictstats.stats.SyntheticReports.CATALOG;
import static org.conflictstats.stats.SyntheticReports.KALIBR;
import static org.conflictstats.stats.SyntheticReports.SHAHED;
import static org.conflictstats.stats.SyntheticReports.line;
import static org.conflictstats.stats.SyntheticReports.night;
import static org.conflictstats.stats.SyntheticReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.conflictstats.model.Count;
import org.conflictstats.model.SourceScope;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Attacks (DOMAIN.md §11): sizes, size buckets, figures per family, the largest first. */
final class AttackTest {

  private static final LocalDate DAY = LocalDate.of(2025, 10, 5);

  @ParameterizedTest
  @CsvSource({"1,1-49", "49,1-49", "50,50-99", "99,50-99", "100,100-199", "199,100-199",
      "200,200-399", "399,200-399", "400,400+", "810,400+", "1000000,400+"})
  void bucketsAtTheirEdges(long size, String bucket) {
    assertEquals(bucket, Attack.bucket(size));
    StrikeReport r = report("kpszsu", night(DAY), line(SHAHED, size, 0));
    assertEquals(bucket, Attack.sizeBucketOf(r));
    StatsTable t = StatsQuery.groupBy(Dimension.SIZE).run(List.of(r));
    assertEquals(List.of(bucket), t.rows().get(0).key());
  }

  /**
   * The size is the launched of every line, as its figures imply it; its bucket only where its
   * bounds allow one (review rv50a: a report of 12 known launched and a blank line was in 1-49,
   * though it may have been an attack of any size).
   */
  @Test
  void theSizeIsTheLaunchedOfEveryLineItsBucketWhereItsBoundsAllowOne() {
    WeaponLine withheld = WeaponLine.of(KALIBR, Count.atLeast(30));
    WeaponLine blank = WeaponLine.of(CATALOG.resolve("Iskander-M"), Count.unknown());
    StrikeReport exact = report("kpszsu", night(DAY), line(SHAHED, 40, 30), line(KALIBR, 12, 3));
    assertEquals(CountSum.of(Count.exactly(52)), Attack.sizeOf(exact));
    assertEquals("50-99", Attack.sizeBucketOf(exact));
    StrikeReport r = report("kpszsu", night(DAY), line(SHAHED, 40, 30), withheld, blank,
        line(KALIBR, 12, 3));
    assertEquals(Count.atLeast(82), Attack.sizeOf(r).toCount());
    assertEquals(Dimension.NO_SIZE, Attack.sizeBucketOf(r));
    assertEquals(Dimension.NO_SIZE, Attack.of(r, DAY).sizeBucket());
    // at least 400 is 400+ whatever the blank line held
    StrikeReport large = report("kpszsu", night(DAY), line(SHAHED, 410, 380), blank);
    assertEquals("400+", Attack.sizeBucketOf(large));
    assertEquals("400+", Attack.of(large, DAY).sizeBucket());
    // a blank launched with 500 destroyed: at least 500 launched
    StrikeReport implied = report("kpszsu", night(DAY), blank.withDestroyed(Count.exactly(500)));
    assertEquals("400+", Attack.sizeBucketOf(implied));
    // bounds within one bucket, and across two
    assertEquals("50-99", Attack.sizeBucketOf(report("kpszsu", night(DAY),
        WeaponLine.of(SHAHED, Count.between(60, 90)))));
    assertEquals(Dimension.NO_SIZE, Attack.sizeBucketOf(report("kpszsu", night(DAY),
        WeaponLine.of(SHAHED, Count.between(40, 60)))));
    StrikeReport regional = report("PvKPivden", night(DAY), line(SHAHED, 400, 300));
    assertEquals(Dimension.NO_SIZE, Attack.sizeBucketOf(regional));
    StrikeReport nothingExact = report("kpszsu", night(DAY), withheld);
    assertEquals(Dimension.NO_SIZE, Attack.sizeBucketOf(nothingExact));
    // exact counts that add up to 0: no bucket holds 0 (review rv47a: the README did not say)
    StrikeReport zero = report("kpszsu", night(DAY), line(KALIBR, 0, 0));
    assertEquals(CountSum.zero(), Attack.sizeOf(zero));
    assertEquals(Dimension.NO_SIZE, Attack.sizeBucketOf(zero));
    assertThrows(IllegalArgumentException.class, () -> Attack.bucket(0));
  }

  @Test
  void sizesSortInOrderWithTheUnsizedLastAndCountedInANote() {
    List<StrikeReport> reports = List.of(
        report("kpszsu", night(DAY), line(SHAHED, 450, 400)),
        report("kpszsu", night(DAY.plusDays(1)), line(SHAHED, 20, 10), line(KALIBR, 5, 1)),
        report("PvKPivden", night(DAY), line(SHAHED, 30, 30)),
        report("kpszsu", night(DAY.plusDays(2)), line(SHAHED, 120, 100)));
    StatsTable t = StatsQuery.groupBy(Dimension.SIZE).withOverlapCheck(false).run(reports);
    List<String> keys = new ArrayList<>();
    t.forEach(row -> keys.add(row.key(0)));
    assertEquals(List.of("1-49", "100-199", "400+", "(none)"), keys);
    assertEquals(2, t.row("1-49").orElseThrow().tally().lines());
    assertEquals(new LineCount(1, 1), t.unsized().orElseThrow());
    assertTrue(t.format().contains("(none): 1 line of 1 report has no attack size"),
        t.format());
    assertTrue(StatsQuery.groupBy(Dimension.MONTH).run(reports).unsized().isEmpty());
  }

  @Test
  void theSizeOfAFilteredAttackIsTheWholeReport() {
    StrikeReport r = report("kpszsu", night(DAY), line(SHAHED, 380, 300), line(KALIBR, 30, 10));
    StatsQuery kalibr = StatsQuery.groupBy(Dimension.SIZE)
        .withFilter(ReportFilter.all().withWeapons(List.of(KALIBR)));
    StatsTable t = kalibr.run(List.of(r));
    // 410 in all: the Kalibr line counts in the 400+ bucket, alone
    assertEquals(30, t.row("400+").orElseThrow().tally().launched().lower());
    Selection s = kalibr.select(r);
    Attack a = Attack.of(r, s);
    assertEquals(30, a.launched().lower());
    assertEquals(CountSum.of(Count.exactly(410)), a.size());
    assertEquals("400+", a.sizeBucket());
    assertFalse(a.launchedByFamily().containsKey("drones"));
  }

  @Test
  void aWithheldLaunchedCountAddsAtLeastItsOutcomesToTheAttackAndItsFamily() {
    // status_data = hidden: at least 3 launched in the cell, 5 shot down
    WeaponLine hidden = WeaponLine.of(SHAHED, Count.atLeast(3)).withDestroyed(Count.exactly(5));
    StrikeReport r = report("kpszsu", night(DAY), hidden, line(KALIBR, 8, 4));
    Attack a = Attack.of(r, DAY);
    assertEquals(13, a.launched().lower());
    assertEquals(Count.atLeast(5), a.launchedOf("drones").orElseThrow().toCount());
    assertEquals(a.launched().lower(), a.launchedByFamily().values().stream()
        .mapToLong(CountSum::lower).sum());
    // the size is the launched of every line, as the attack's: at least 13, no bucket
    assertEquals(Count.atLeast(13), a.size().toCount());
    assertEquals(Dimension.NO_SIZE, a.sizeBucket());
    // a family with a figure: given; one whose every line is blank: none; no line: none
    assertEquals(java.util.OptionalLong.of(5), a.launchedGivenOf("drones"));
    Attack blank = Attack.of(report("kpszsu", night(DAY), WeaponLine.of(SHAHED, Count.unknown()),
        line(KALIBR, 8, 4)), DAY);
    assertEquals(java.util.OptionalLong.empty(), blank.launchedGivenOf("drones"));
    assertEquals(0, blank.launchedOf("drones").orElseThrow().lower());
    assertEquals(java.util.OptionalLong.of(8), blank.launchedGivenOf("missiles"));
    assertEquals(java.util.OptionalLong.empty(), blank.launchedGivenOf("guided bombs"));
    assertThrows(IllegalArgumentException.class, () -> blank.launchedGivenOf("drone"));
  }

  /** In another zone an attack's period holds the same instants; nothing else changes. */
  @Test
  void inAnotherZoneThePeriodHoldsTheSameInstants() {
    Attack a = Attack.of(report("kpszsu", night(DAY), line(SHAHED, 10, 8)), DAY);
    Attack utc = a.inZone(java.time.ZoneOffset.UTC);
    assertEquals(a.period().zonedStart().toInstant(), utc.period().zonedStart().toInstant());
    assertEquals(a.period().zonedEnd().toInstant(), utc.period().zonedEnd().toInstant());
    assertEquals(java.time.ZoneOffset.UTC, utc.period().zone());
    assertEquals(a, utc.inZone(a.period().zone()));
    assertEquals(List.of(a.id(), a.date(), a.tally(), a.size()),
        List.of(utc.id(), utc.date(), utc.tally(), utc.size()));
  }

  @Test
  void figuresPerFamilyAndRates() {
    WeaponLine mixed = line(CATALOG.resolve("Shahed-136/131 and Kalibr"), 10, 5);
    WeaponLine bomb = line(CATALOG.resolve("KAB"), 3, 0);
    StrikeReport r = report("kpszsu", night(DAY), line(SHAHED, 100, 80),
        line(CATALOG.resolve("Gerbera"), 20, 20), line(KALIBR, 8, 4), mixed, bomb);
    Attack a = Attack.of(r, DAY);
    assertEquals(141, a.launched().lower());
    assertEquals(120, a.launchedOf("drones").orElseThrow().lower());
    assertEquals(8, a.launchedOf("missiles").orElseThrow().lower());
    assertEquals(3, a.launchedOf("guided bombs").orElseThrow().lower());
    assertEquals(10, a.launchedOf("mixed").orElseThrow().lower());
    // no unclassified line: no figure, not a zero
    assertEquals(java.util.Optional.empty(), a.launchedOf("unclassified"));
    // a name that is not a family's is refused, not answered with a zero
    assertThrows(IllegalArgumentException.class, () -> a.launchedOf("drone"));
    assertThrows(IllegalArgumentException.class, () -> a.launchedOf("DRONES"));
    assertEquals(List.of("drones", "missiles", "guided bombs", "mixed"),
        List.copyOf(a.launchedByFamily().keySet()));
    assertEquals(109, a.tally().neutralisationRate().known());
    assertEquals(141, a.tally().ratedLaunched());
    assertEquals("100-199", a.sizeBucket());
    assertEquals(DAY, a.date());
    assertEquals(r.id(), a.id());
  }

  @Test
  void largestFirstThenByDateThenById() {
    StrikeReport big = report("kpszsu", night(DAY), line(SHAHED, 500, 400));
    StrikeReport tieLate = report("kpszsu", night(DAY.plusDays(3)), line(SHAHED, 100, 90));
    StrikeReport tieEarly = report("kpszsu", night(DAY.plusDays(1)), line(SHAHED, 60, 50),
        line(KALIBR, 40, 10));
    List<Attack> list = new ArrayList<>();
    for (StrikeReport r : List.of(tieLate, big, tieEarly)) {
      list.add(Attack.of(r, r.reportDate()));
    }
    list.sort(Attack.LARGEST_FIRST);
    assertEquals(List.of(big.id(), tieEarly.id(), tieLate.id()),
        list.stream().map(Attack::id).toList());
  }

  @Test
  void onlyCountedSelectionsOfTheSameReportMakeAnAttack() {
    StrikeReport regional = report("PvKPivden", night(DAY), line(SHAHED, 40, 30));
    StatsQuery national = StatsQuery.ungrouped().withScope(SourceScope.NATIONAL);
    Selection s = national.select(regional);
    assertEquals(Selection.Verdict.OUT_OF_SCOPE, s.verdict());
    assertThrows(IllegalArgumentException.class, () -> Attack.of(regional, s));
    StrikeReport other = report("kpszsu", night(DAY), line(SHAHED, 40, 30));
    Selection counted = national.select(other);
    assertThrows(IllegalArgumentException.class, () -> Attack.of(
        report("kpszsu", night(DAY), line(SHAHED, 1, 1)), counted));
  }
}
