package org.conflictstats.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

final class StrikeReportTest {

  private static final WeaponCatalog CATALOG = WeaponCatalog.builtIn();
  private static final ReportPeriod NIGHT = ReportPeriod.of(
      ReportTime.ofMinute(LocalDateTime.of(2025, 4, 16, 20, 0)),
      ReportTime.ofMinute(LocalDateTime.of(2025, 4, 17, 8, 0)));

  @Test
  void builderFillsDefaults() {
    StrikeReport r = StrikeReport.builder().id(" synthetic-1 ").period(NIGHT).build();
    assertEquals("synthetic-1", r.id());
    assertEquals(Source.unknown(), r.source());
    assertEquals(Casualties.unknown(), r.casualties());
    assertEquals("", r.targetArea());
    assertEquals("", r.notes());
    assertEquals(ImmutableList.of(), r.lines());
    assertEquals(ImmutableSet.of(), r.regions());
    assertEquals(LocalDate.of(2025, 4, 17), r.reportDate());
  }

  @Test
  void readsAsItsIdSourcePeriodAndLinesThenWhatIsGiven() {
    WeaponLine kalibr = WeaponLine.of(CATALOG.resolve("Kalibr"), Count.exactly(4));
    StrikeReport bare = StrikeReport.builder().id("r").period(NIGHT).addLine(kalibr).build();
    assertEquals("StrikeReport[r, " + Source.unknown() + ", " + NIGHT + ", lines=[" + kalibr
        + "]]", bare.toString());
    StrikeReport full = bare.toBuilder().source(Source.parse("kpszsu")).targetArea("Ukraine")
        .addRegion(Region.of("Kyiv oblast")).casualties(Casualties.of(Count.exactly(3),
            Count.atLeast(30))).notes("a note").build();
    String text = full.toString();
    assertTrue(text.startsWith("StrikeReport[r, kpszsu, " + NIGHT + ", lines=[Kalibr: launched 4,"),
        text);
    assertTrue(text.contains(", targetArea=Ukraine, regions=[Kyiv oblast], casualties=")
        && text.endsWith(", notes=a note]"), text);
    // the weapon by its name: not the catalogue's aliases
    assertTrue(!text.contains("aliases") && !text.contains("3M-14"), text);
  }

  @Test
  void aLineIsAboutItsOwnRegionsElseTheReportsBeyondItsLines() {
    Region kyiv = Region.of("Kyiv oblast");
    Region odesa = Region.of("Odesa oblast");
    WeaponLine shahed = WeaponLine.of(CATALOG.resolve("Shahed-136/131"), Count.exactly(100))
        .withDetails(LineDetails.builder().affectedRegions(List.of(kyiv)).build());
    WeaponLine kalibr = WeaponLine.of(CATALOG.resolve("Kalibr"), Count.exactly(4));
    // the CSV's report: the union of its rows' regions; the Kalibr row names none
    StrikeReport csv = StrikeReport.builder().id("r").period(NIGHT).addRegion(kyiv)
        .addLine(shahed).addLine(kalibr).build();
    assertEquals(ImmutableSet.of(kyiv), csv.regionsOf(shahed));
    assertEquals(ImmutableSet.of(), csv.regionsOf(kalibr));
    // a region the report names beyond its lines' is the Kalibr line's
    StrikeReport more = csv.toBuilder().addRegion(odesa).build();
    assertEquals(ImmutableSet.of(odesa), more.regionsOf(kalibr));
    // no line names any: every line is about the report's regions
    StrikeReport statement = StrikeReport.builder().id("s").period(NIGHT)
        .addRegions(List.of(kyiv, odesa)).addLine(kalibr).build();
    assertEquals(ImmutableSet.of(kyiv, odesa), statement.regionsOf(kalibr));
    // keeping some lines keeps what each kept line is about, and the kept rows' union
    for (StrikeReport r : List.of(csv, more, statement)) {
      for (WeaponLine l : r.lines()) {
        StrikeReport one = r.withLinesKept(List.of(l));
        assertEquals(r.regionsOf(l), one.regionsOf(l), r + " " + l);
        assertEquals(List.of(l), one.lines());
      }
    }
    assertEquals(ImmutableSet.of(), csv.withLinesKept(List.of(kalibr)).regions());
    assertEquals(ImmutableSet.of(odesa), more.withLinesKept(List.of(kalibr)).regions());
  }

  @Test
  void builderNamesTheMissingPart() {
    NullPointerException noId = assertThrows(NullPointerException.class,
        () -> StrikeReport.builder().period(NIGHT).build());
    assertTrue(noId.getMessage().contains("id"), noId.getMessage());
    NullPointerException noPeriod = assertThrows(NullPointerException.class,
        () -> StrikeReport.builder().id("synthetic-1").build());
    assertTrue(noPeriod.getMessage().contains("period"), noPeriod.getMessage());
    IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
        () -> StrikeReport.builder().id("  ").period(NIGHT).build());
    assertTrue(blank.getMessage().contains("id"), blank.getMessage());
  }

  @Test
  void inconsistentReportsAreAccepted() {
    ReportPeriod inverted = ReportPeriod.of(
        ReportTime.ofMinute(LocalDateTime.of(2023, 3, 30, 21, 10)),
        ReportTime.ofMinute(LocalDateTime.of(2023, 3, 30, 1, 30)));
    WeaponLine tooMany = WeaponLine.of(CATALOG.resolve("3M22 Zircon"), Count.exactly(2))
        .withDestroyed(Count.exactly(4));
    StrikeReport r = StrikeReport.builder()
        .id("synthetic-2")
        .period(inverted)
        .addLine(tooMany)
        .addLine(tooMany)
        .addLine(WeaponLine.of(CATALOG.resolve("Mystery-9"), Count.unknown()))
        .casualties(Casualties.of(Count.exactly(1), Count.zero())
            .withPlace(PlaceCasualties.of("Synthetic town", Count.exactly(5), Count.zero())))
        .build();
    assertEquals(3, r.lines().size());
    assertEquals(inverted, r.period());
  }

  @Test
  void toBuilderMakesChangedCopies() {
    StrikeReport r = StrikeReport.builder()
        .id("synthetic-3")
        .period(NIGHT)
        .source(Source.parse("kpszsu/posts/synthetic-3"))
        .targetArea(" Ukraine ")
        .addRegion(Region.of("Odesa oblast"))
        .addLine(WeaponLine.of(CATALOG.resolve("Shahed-136/131"), Count.exactly(75)))
        .casualties(Casualties.of(Count.exactly(3), Count.atLeast(30)))
        .notes("synthetic")
        .build();
    assertEquals("Ukraine", r.targetArea());
    assertEquals(r, r.toBuilder().build());
    StrikeReport more = r.toBuilder()
        .addLine(WeaponLine.of(CATALOG.resolve("Kalibr"), Count.exactly(5))).build();
    assertEquals(2, more.lines().size());
    assertEquals(1, r.lines().size(), "the original is unchanged");
    assertNotEquals(r, more);
    assertEquals(r, more.withLines(r.lines()));
    assertEquals(List.of(), r.withLines(List.of()).lines());
  }

  @Test
  void casualtiesKeepTotalsAndPlacesAsGiven() {
    Casualties c = Casualties.of(Count.exactly(3), Count.atLeast(30))
        .withPlace(PlaceCasualties.of("Dnipro", Count.exactly(3), Count.atLeast(30)));
    assertEquals(1, c.byPlace().size());
    assertEquals(Count.atLeast(30), c.injured());
    assertTrue(Casualties.unknown().isUnknown());
    assertTrue(!c.isUnknown());
    assertTrue(!Casualties.of(Count.unknown(), Count.unknown(),
        List.of(PlaceCasualties.of("Dnipro", Count.unknown(), Count.unknown()))).isUnknown());
    assertThrows(IllegalArgumentException.class,
        () -> PlaceCasualties.of(" ", Count.zero(), Count.zero()));
  }

  @Test
  void rejectsNulls() {
    StrikeReport r = StrikeReport.builder().id("synthetic-4").period(NIGHT).build();
    NullPointerTester tester = new NullPointerTester()
        .setDefault(String.class, "synthetic")
        .setDefault(ReportPeriod.class, NIGHT)
        .setDefault(Source.class, Source.unknown())
        .setDefault(Casualties.class, Casualties.unknown())
        .setDefault(Count.class, Count.zero());
    tester.testAllPublicConstructors(StrikeReport.class);
    tester.testAllPublicInstanceMethods(r);
    tester.testAllPublicInstanceMethods(StrikeReport.builder());
    tester.testAllPublicStaticMethods(Casualties.class);
    tester.testAllPublicInstanceMethods(Casualties.unknown());
    tester.testAllPublicStaticMethods(PlaceCasualties.class);
    tester.testAllPublicStaticMethods(Region.class);
  }
}
