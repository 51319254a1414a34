package org.conflictstats.stats;

import static org.conflictstats.stats.SyntheticReports.CATALOG;
import static org.conflictstats.stats.SyntheticReports.KALIBR;
import static org.conflictstats.stats.SyntheticReports.KH101;
import static org.conflictstats.stats.SyntheticReports.SHAHED;
import static org.conflictstats.stats.SyntheticReports.line;
import static org.conflictstats.stats.SyntheticReports.night;
import static org.conflictstats.stats.SyntheticReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.conflictstats.model.LineDetails;
import org.conflictstats.model.Region;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponCategory;
import org.conflictstats.model.WeaponLine;
import org.junit.jupiter.api.Test;

/** Filters of lines: by date, weapon, category, family and region, and their conjunction. */
final class ReportFilterTest {

  private static final LocalDate DAY = LocalDate.of(2025, 10, 5);
  private static final WeaponLine SHAHEDS = line(SHAHED, 100, 80);
  private static final WeaponLine KALIBRS = line(KALIBR, 10, 6);
  /** Kh-101/Kh-555 and Kalibr: one line of cruise missiles, counts not split. */
  private static final WeaponLine CRUISE = line(CATALOG.resolve("X-101/X-555 and Kalibr"), 30, 20);
  /** Shahed-136/131 and Kalibr: a line across families. */
  private static final WeaponLine ACROSS = line(CATALOG.resolve("Shahed-136/131 and Kalibr"), 7, 1);

  private static StrikeReport night5(WeaponLine... lines) {
    return report("kpszsu", night(DAY), lines);
  }

  @Test
  void theAllFilterKeepsTheSameReport() {
    StrikeReport r = night5(SHAHEDS, KALIBRS);
    ReportFilter.Kept k = ReportFilter.all().apply(r, DAY).orElseThrow();
    assertSame(r, k.report());
    assertEquals(0, k.droppedLines());
    assertTrue(ReportFilter.all().isAll());
    assertEquals("every line", ReportFilter.all().toString());
    assertEquals(ReportFilter.all(), ReportFilter.all().withDates(DateRange.all()));
  }

  @Test
  void datesAreTheReportDateEndsIncluded() {
    ReportFilter oct = ReportFilter.all().withDates(DateRange.parse("2025-10"));
    StrikeReport r = night5(SHAHEDS);
    assertTrue(oct.apply(r, LocalDate.of(2025, 10, 1)).isPresent());
    assertTrue(oct.apply(r, LocalDate.of(2025, 10, 31)).isPresent());
    assertTrue(oct.apply(r, LocalDate.of(2025, 11, 1)).isEmpty());
    assertTrue(oct.apply(r, LocalDate.of(2025, 9, 30)).isEmpty());
    assertEquals("report dates 2025-10-01 to 2025-10-31", oct.toString());
  }

  @Test
  void aWeaponByAnyAliasAndACompositeThroughItsPart() {
    ReportFilter kalibr = ReportFilter.all().withWeapons(List.of(CATALOG.resolve("Калібр")));
    StrikeReport r = night5(SHAHEDS, KALIBRS, CRUISE, ACROSS);
    ReportFilter.Kept k = kalibr.apply(r, DAY).orElseThrow();
    assertEquals(List.of(KALIBRS, CRUISE, ACROSS), k.report().lines());
    assertEquals(1, k.droppedLines());
    assertEquals(2, k.partMatchedLines());
    assertEquals(r.id(), k.report().id());
    assertEquals(r.period(), k.report().period());
    assertEquals("weapon Kalibr", kalibr.toString());
    // Kh-101 is catalogued with Kh-555 as one weapon: its aliases find it whole
    ReportFilter kh101 = ReportFilter.all().withWeapons(List.of(CATALOG.resolve("Kh-101")));
    assertEquals(List.of(CRUISE), kh101.apply(r, DAY).orElseThrow().report().lines());
    assertTrue(kh101.apply(night5(SHAHEDS), DAY).isEmpty());
  }

  @Test
  void aGroupTheCatalogueAlsoKnowsOneByOnePassesWholeThroughAMember() {
    WeaponLine pair = line(CATALOG.resolve("Iskander-M/KN-23"), 6, 4);
    WeaponLine iskander = line(CATALOG.resolve("Iskander-M"), 2, 1);
    WeaponLine mixed = line(CATALOG.resolve("X-47 Kinzhal and Iskander-M/KN-23"), 3, 3);
    StrikeReport r = night5(SHAHEDS, pair, iskander, mixed, line(CATALOG.resolve("Kh-59/Kh-69"),
        4, 4));
    ReportFilter kn23 = ReportFilter.all().withWeapons(List.of(CATALOG.resolve("KN-23")));
    ReportFilter.Kept k = kn23.apply(r, DAY).orElseThrow();
    assertEquals(List.of(pair, mixed), k.report().lines());
    assertEquals(2, k.partMatchedLines());
    ReportFilter m = ReportFilter.all().withWeapons(List.of(CATALOG.resolve("Iskander-M")));
    assertEquals(List.of(pair, iskander, mixed), m.apply(r, DAY).orElseThrow().report().lines());
    assertEquals(2, m.apply(r, DAY).orElseThrow().partMatchedLines());
    ReportFilter kh69 = ReportFilter.all().withWeapons(List.of(CATALOG.resolve("X-69")));
    assertEquals(1, kh69.apply(r, DAY).orElseThrow().report().lines().size());
    // the group named: its own lines whole, not the members' lines of their own
    ReportFilter group = ReportFilter.all()
        .withWeapons(List.of(CATALOG.resolve("Iskander-M/KN-23")));
    assertEquals(List.of(pair, mixed), group.apply(r, DAY).orElseThrow().report().lines());
    assertEquals(1, group.apply(r, DAY).orElseThrow().partMatchedLines());
  }

  @Test
  void aCompositeGivenStandsForEachPart() {
    ReportFilter f = ReportFilter.all().withWeapons(List.of(CATALOG.resolve("Kalibr and X-101")));
    StrikeReport r = night5(SHAHEDS, KALIBRS, line(KH101, 5, 5), CRUISE, ACROSS);
    ReportFilter.Kept k = f.apply(r, DAY).orElseThrow();
    assertEquals(4, k.report().lines().size());
    // the composite's own line (its parts written in the other order) passes whole; the line of
    // Shahed-136/131 and Kalibr through its part (review rv45c: both were counted as through a part)
    assertEquals(1, k.partMatchedLines());
    assertEquals(List.of(KALIBRS, line(KH101, 5, 5), CRUISE, ACROSS), k.report().lines());
    ReportFilter same = ReportFilter.all().withWeapons(List.of(CRUISE.weapon()));
    assertEquals(1, same.apply(r, DAY).orElseThrow().partMatchedLines());
    // its parts given as a list: the same (review rv45d)
    ReportFilter list = ReportFilter.all().withWeapons(List.of(KALIBR, KH101));
    assertEquals(1, list.apply(r, DAY).orElseThrow().partMatchedLines());
    assertEquals(k.report().lines(), list.apply(r, DAY).orElseThrow().report().lines());
    assertEquals("weapons Kalibr or Kh-101/Kh-555", f.toString());
  }

  @Test
  void categoriesAndFamiliesOfTheLineOrOfAPart() {
    StrikeReport r = night5(SHAHEDS, KALIBRS, CRUISE, ACROSS, line(CATALOG.resolve("KAB"), 4, 0));
    ReportFilter cruise = ReportFilter.all()
        .withCategories(List.of(WeaponCategory.CRUISE_MISSILE));
    ReportFilter.Kept k = cruise.apply(r, DAY).orElseThrow();
    assertEquals(List.of(KALIBRS, CRUISE, ACROSS), k.report().lines());
    assertEquals(1, k.partMatchedLines());
    ReportFilter drones = ReportFilter.all().withFamilies(List.of("Drones"));
    k = drones.apply(r, DAY).orElseThrow();
    assertEquals(List.of(SHAHEDS, ACROSS), k.report().lines());
    assertEquals(1, k.partMatchedLines());
    ReportFilter mixed = ReportFilter.all().withFamilies(List.of("mixed"));
    k = mixed.apply(r, DAY).orElseThrow();
    assertEquals(List.of(ACROSS), k.report().lines());
    assertEquals(0, k.partMatchedLines());
    ReportFilter bombs = ReportFilter.all().withFamilies(List.of("guided bombs", "missiles"));
    assertEquals(4, bombs.apply(r, DAY).orElseThrow().report().lines().size());
    assertEquals("families guided bombs or missiles", bombs.toString());
    assertThrows(IllegalArgumentException.class,
        () -> ReportFilter.all().withFamilies(List.of("drone")));
    assertThrows(IllegalArgumentException.class, () -> ReportFilter.all().withFamilies(List.of()));
  }

  @Test
  void regionsOfTheLineElseOfTheReportIgnoringCase() {
    WeaponLine inKharkiv = SHAHEDS.withDetails(LineDetails.builder()
        .affectedRegions(List.of(Region.of("Kharkiv oblast"))).build());
    StrikeReport r = report("kpszsu", night(DAY), List.of("Odesa oblast"), inKharkiv, KALIBRS);
    ReportFilter kharkiv = ReportFilter.all().withRegions(List.of("KHARKIV   oblast"));
    assertEquals(List.of(inKharkiv), kharkiv.apply(r, DAY).orElseThrow().report().lines());
    ReportFilter odesa = ReportFilter.all().withRegions(List.of("odesa oblast"));
    // the Shahed line names its own region; the Kalibr line takes the report's
    assertEquals(List.of(KALIBRS), odesa.apply(r, DAY).orElseThrow().report().lines());
    assertTrue(odesa.usesRegions());
    assertFalse(ReportFilter.all().withFamilies(List.of("drones")).usesRegions());
    assertTrue(ReportFilter.all().withRegions(List.of("Kyiv")).apply(r, DAY).isEmpty());
  }

  @Test
  void aReportWithoutLinesPassesOnlyADateFilter() {
    StrikeReport empty = night5();
    assertTrue(ReportFilter.all().withDates(DateRange.parse("2025")).apply(empty, DAY)
        .isPresent());
    assertTrue(ReportFilter.all().withFamilies(List.of("drones")).apply(empty, DAY).isEmpty());
  }

  @Test
  void andRequiresBothAndDescribesBoth() {
    ReportFilter a = ReportFilter.all().withDates(DateRange.parse("2025-10"));
    ReportFilter b = ReportFilter.all().withWeapons(List.of(SHAHED))
        .withDates(DateRange.parse("2025-W40"));
    ReportFilter both = a.and(b);
    StrikeReport r = night5(SHAHEDS, KALIBRS);
    // 2025-W40 is 29 September to 5 October: both hold on the 5th only
    assertEquals(List.of(SHAHEDS), both.apply(r, DAY).orElseThrow().report().lines());
    assertTrue(both.apply(r, LocalDate.of(2025, 9, 30)).isEmpty());
    assertTrue(both.apply(r, LocalDate.of(2025, 10, 6)).isEmpty());
    assertEquals("report dates 2025-10-01 to 2025-10-31; report dates 2025-09-29 to 2025-10-05;"
        + " weapon Shahed-136/131", both.toString());
    assertEquals(a, a.and(ReportFilter.all()));
    assertEquals(b, ReportFilter.all().and(b));
    assertEquals(both, a.and(ReportFilter.all().withWeapons(List.of(SHAHED))
        .withDates(DateRange.parse("2025-W40"))));
    assertEquals(both.hashCode(), a.and(b).hashCode());
    assertFalse(both.equals(b.and(a)));
  }

  @Test
  void aQueryCountsWhatTheFilterLeftOutAndPassedThroughParts() {
    StrikeReport oct = night5(SHAHEDS, KALIBRS, CRUISE);
    StrikeReport nov = report("kpszsu", night(LocalDate.of(2025, 11, 2)), KALIBRS);
    StrikeReport regional = report("PvKPivden", night(DAY), KALIBRS);
    StatsTable t = StatsQuery.groupBy(Dimension.WEAPON)
        .withScope(org.conflictstats.model.SourceScope.NATIONAL)
        .withFilter(ReportFilter.all().withDates(DateRange.parse("2025-10")))
        .withFilter(ReportFilter.all().withWeapons(List.of(KALIBR)))
        .run(List.of(oct, nov, regional));
    assertEquals(new LeftOut(0, 0, 1, 1, 1, 2), t.leftOut());
    assertEquals(1, t.partMatchedLines());
    assertEquals(2, t.total().lines());
    assertEquals(40, t.total().launched().lower());
    assertEquals(List.of("Kalibr", "Kh-101/Kh-555 and Kalibr"),
        t.rows().stream().map(row -> row.key(0)).toList());
    List<String> notes = List.of(
        "Filter: report dates 2025-10-01 to 2025-10-31; weapon Kalibr.",
        "Left out by the filter: 2 lines; 1 report had none that passes.",
        "Counted: 1 line of several weapons that pass the filter through one of their parts; its"
            + " counts cannot be split, so it counts whole.");
    assertEquals(notes, t.selectionNotes());
    // the text table prints them under its rows (wrapped at 80 columns), after the scope's
    List<String> all = t.notes(RateKind.NEUTRALISATION, java.util.Optional.empty(), 0.95);
    assertEquals(notes, all.subList(all.size() - 3, all.size()));
    // the table is immutable, its notes too
    assertThrows(UnsupportedOperationException.class, () -> t.selectionNotes().clear());
    assertThrows(UnsupportedOperationException.class, () -> all.clear());
    String flat = t.format().replace('\n', ' ');
    for (String n : notes) {
      assertTrue(flat.contains(n), flat);
    }
  }

  @Test
  void anInvalidReportIsValidatedWholeAndItsPassingLinesCounted() {
    WeaponLine bad = line(KALIBR, 5, 9);
    StrikeReport r = night5(SHAHEDS, bad);
    StatsQuery shaheds = StatsQuery.groupBy(Dimension.WEAPON)
        .withFilter(ReportFilter.all().withWeapons(List.of(SHAHED)));
    StatsTable t = shaheds.run(List.of(r));
    // the report is invalid for its Kalibr line: left out, with its Shahed line
    assertEquals(new LeftOut(1, 1, 0, 0, 0, 1), t.leftOut());
    assertEquals(0, t.total().lines());
    assertEquals(Selection.Verdict.INVALID, shaheds.select(r).verdict());
    assertEquals(1, shaheds.withInvalidReportsKept(true).run(List.of(r)).total().lines());
  }
}
