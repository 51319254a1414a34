package org.conflictstats.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableMap;
import com.google.common.testing.NullPointerTester;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.conflictstats.io.ImportException;
import org.conflictstats.io.ImportWarning;
import org.conflictstats.model.InputLimits;
import org.conflictstats.model.Casualties;
import org.conflictstats.model.CataloguedWeapon;
import org.conflictstats.model.CompositeWeapon;
import org.conflictstats.model.Count;
import org.conflictstats.model.LineDetails;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.Source;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.UnresolvedWeapon;
import org.conflictstats.model.Weapon;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponCategory;
import org.conflictstats.model.WeaponLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class ReportJsonTest {

  private static final ObjectMapper PLAIN = new ObjectMapper();

  private static StrikeReport roundTrip(StrikeReport r) {
    return ReportJson.read(ReportJson.write(r));
  }

  private static StrikeReport withLine(WeaponLine line) {
    return Fixtures.night().withLines(List.of(line));
  }

  private static JsonNode tree(String json) throws Exception {
    return PLAIN.readTree(json);
  }

  @Test
  void nightReportRoundTrips() {
    StrikeReport r = Fixtures.night();
    assertEquals(r, roundTrip(r));
  }

  @Test
  void everyFeatureRoundTrips() {
    StrikeReport r = Fixtures.everything();
    StrikeReport back = roundTrip(r);
    assertEquals(r, back);
    // record equality of ImmutableSet/ImmutableMap ignores order; the format also keeps it
    assertEquals(List.copyOf(r.regions()), List.copyOf(back.regions()));
    LineDetails d = r.lines().get(0).details();
    LineDetails e = back.lines().get(0).details();
    assertEquals(List.copyOf(d.launchedByModel().keySet()),
        List.copyOf(e.launchedByModel().keySet()));
    assertEquals(List.copyOf(d.destroyedByDirection().keySet()),
        List.copyOf(e.destroyedByDirection().keySet()));
  }

  @Test
  void writesOneLineStartingWithTheSchemaVersion() {
    String json = ReportJson.write(Fixtures.everything());
    assertFalse(json.contains("\n"), json);
    assertFalse(json.contains("\r"), json);
    assertTrue(json.startsWith("{\"schemaVersion\":1,"), json);
  }

  static Stream<Arguments> countKinds() {
    return Stream.of(
        Arguments.of(Count.exactly(75), "75"),
        Arguments.of(Count.zero(), "0"),
        Arguments.of(Count.exactly(InputLimits.MAX_COUNT), "1000000000"),
        Arguments.of(Count.atLeast(30), "{\"atLeast\":30}"),
        Arguments.of(Count.atMost(10), "{\"atMost\":10}"),
        Arguments.of(Count.between(10, 20), "{\"between\":[10,20]}"),
        Arguments.of(Count.unknown(), "\"unknown\""));
  }

  @ParameterizedTest
  @MethodSource("countKinds")
  void everyCountKindIsWrittenInItsOwnFormAndReadBack(Count c, String expectedJson)
      throws Exception {
    StrikeReport r = withLine(WeaponLine.of(Fixtures.CATALOG.resolve("Kalibr"), c)
        .withDestroyed(c));
    String json = ReportJson.write(r);
    JsonNode line = tree(json).get("lines").get(0);
    assertEquals(tree(expectedJson), line.get("launched"));
    assertEquals(tree(expectedJson), line.get("destroyed"));
    StrikeReport back = ReportJson.read(json);
    assertEquals(r, back);
    assertEquals(c.kind(), back.lines().get(0).launched().kind());
  }

  @Test
  void equalCountValuesInNonCanonicalFormsAreRead() {
    String base = ReportJson.write(withLine(WeaponLine.of(Fixtures.CATALOG.resolve("Kalibr"),
        Count.exactly(7))));
    assertEquals(Count.unknown(), launchedOf(base.replace("\"launched\":7",
        "\"launched\":{\"atLeast\":0}")));
    assertEquals(Count.zero(), launchedOf(base.replace("\"launched\":7",
        "\"launched\":{\"atMost\":0}")));
    assertEquals(Count.exactly(4), launchedOf(base.replace("\"launched\":7",
        "\"launched\":{\"between\":[4,4]}")));
  }

  private static Count launchedOf(String json) {
    return ReportJson.read(json).lines().get(0).launched();
  }

  @Test
  void dateOnlyAndMinuteTimesKeepTheirPrecision() throws Exception {
    StrikeReport r = Fixtures.night().toBuilder()
        .period(ReportPeriod.of(ReportTime.ofDate(LocalDate.of(2023, 5, 16)),
            ReportTime.ofMinute(LocalDateTime.of(2023, 5, 17, 0, 0))))
        .build();
    String json = ReportJson.write(r);
    JsonNode period = tree(json).get("period");
    assertEquals("2023-05-16", period.get("start").textValue());
    assertEquals("2023-05-17T00:00", period.get("end").textValue());
    StrikeReport back = ReportJson.read(json);
    assertTrue(back.period().start().isDateOnly());
    assertFalse(back.period().end().isDateOnly());
    assertEquals(r, back);
  }

  @Test
  void zonesOtherThanKyivRoundTrip() {
    for (ZoneId zone : List.of(ZoneId.of("Europe/Warsaw"), ZoneOffset.ofHours(3), ZoneOffset.UTC,
        ZoneId.of("UTC"), ZoneId.of("Europe/Kiev"), ZoneId.of("GMT+02:00"))) {
      StrikeReport r = Fixtures.night().toBuilder()
          .period(Fixtures.night().period().withZone(zone)).build();
      StrikeReport back = roundTrip(r);
      assertEquals(r, back, zone.getId());
      assertEquals(zone, back.period().zone());
    }
  }

  @Test
  void missingZoneMeansKyiv() throws Exception {
    String json = ReportJson.write(Fixtures.night()).replace(",\"zone\":\"Europe/Kyiv\"", "");
    assertFalse(json.contains("zone"));
    assertEquals(ReportPeriod.KYIV, ReportJson.read(json).period().zone());
  }

  @Test
  void unknownSourceAndSourceWithoutAddressRoundTrip() throws Exception {
    StrikeReport unknown = Fixtures.night().toBuilder().source(Source.unknown()).build();
    assertEquals(unknown, roundTrip(unknown));
    StrikeReport bare = Fixtures.night().toBuilder().source(Source.parse("PvKPivden")).build();
    String json = ReportJson.write(bare);
    assertFalse(tree(json).get("source").has("address"), json);
    assertEquals(bare, ReportJson.read(json));
  }

  @Test
  void builtInWeaponsAreWrittenWithoutAliases() throws Exception {
    String json = ReportJson.write(Fixtures.night());
    JsonNode weapon = tree(json).get("lines").get(0).get("weapon");
    assertEquals(tree("{\"name\":\"Shahed-136/131\",\"category\":\"long-range attack drone\"}"),
        weapon);
  }

  @Test
  void compositeWeaponsKeepTheirPartsAndTheirDerivedNameAndCategory() throws Exception {
    Weapon composite = Fixtures.CATALOG.resolve("X-101/X-555 and Kalibr");
    assertInstanceOf(CompositeWeapon.class, composite);
    StrikeReport r = withLine(WeaponLine.of(composite, Count.exactly(62)));
    String json = ReportJson.write(r);
    JsonNode weapon = tree(json).get("lines").get(0).get("weapon");
    assertEquals("Kh-101/Kh-555 and Kalibr", weapon.get("name").textValue());
    assertEquals("cruise missile", weapon.get("category").textValue());
    assertEquals(2, weapon.get("parts").size());
    assertEquals("Kalibr", weapon.get("parts").get(1).get("name").textValue());
    assertEquals(r, ReportJson.read(json));
  }

  @Test
  void unresolvedWeaponsStayUnresolvedEvenWhenTheReadingCatalogueKnowsTheName()
      throws Exception {
    StrikeReport r = withLine(WeaponLine.of(new UnresolvedWeapon("Gerbera-2"), Count.exactly(3)));
    String json = ReportJson.write(r);
    JsonNode weapon = tree(json).get("lines").get(0).get("weapon");
    assertTrue(weapon.get("unresolved").booleanValue());
    assertEquals("unclassified", weapon.get("category").textValue());
    WeaponCatalog knowing = Fixtures.CATALOG.with(
        CataloguedWeapon.of("Gerbera-2", WeaponCategory.DECOY_DRONE));
    StrikeReport back = ReportJson.read(json, JsonReadOptions.strict().withCatalog(knowing));
    assertEquals(r, back);
    assertInstanceOf(UnresolvedWeapon.class, back.lines().get(0).weapon());
  }

  @Test
  void aWeaponOutsideTheWritingCatalogueCarriesItsAliasesAndReadsBackExactly() throws Exception {
    CataloguedWeapon foreign = CataloguedWeapon.of("Gerbera-2", WeaponCategory.DECOY_DRONE,
        "Гербера-2", "Gerbera 2");
    StrikeReport r = withLine(WeaponLine.of(foreign, Count.exactly(9)));
    String json = ReportJson.write(r);
    JsonNode aliases = tree(json).get("lines").get(0).get("weapon").get("aliases");
    assertEquals(2, aliases.size());
    // the built-in reading catalogue does not know it: nothing is lost all the same
    assertEquals(r, ReportJson.read(json));
  }

  @Test
  void aBuiltInWeaponWithExtraAliasesIsWrittenWithThem() {
    CataloguedWeapon richer = Fixtures.CATALOG.find("Kalibr").orElseThrow()
        .withAliases(List.of("Kalibr-synthetic"));
    StrikeReport r = withLine(WeaponLine.of(richer, Count.exactly(4)));
    String json = ReportJson.write(r);
    assertTrue(json.contains("Kalibr-synthetic"), json);
    StrikeReport back = ReportJson.read(json);
    assertEquals(r, back);
    // equal weapons whatever their aliases: the aliases are compared on their own
    assertEquals(richer.aliases(),
        ((CataloguedWeapon) back.lines().get(0).weapon()).aliases());
  }

  @Test
  void writerAndReaderSharingACatalogueOmitAndRestoreAliases() {
    CataloguedWeapon extra = CataloguedWeapon.of("Gerbera-2", WeaponCategory.DECOY_DRONE,
        "Гербера-2");
    WeaponCatalog catalog = Fixtures.CATALOG.with(extra);
    Weapon w = catalog.resolve("Гербера-2");
    StrikeReport r = withLine(WeaponLine.of(w, Count.exactly(9)));
    String json = ReportJson.write(r, catalog);
    assertFalse(json.contains("aliases"), json);
    List<ImportWarning> warnings = new ArrayList<>();
    StrikeReport back = ReportJson.read(json, JsonReadOptions.strict().withCatalog(catalog),
        warnings::add);
    assertEquals(r, back);
    assertTrue(warnings.isEmpty(), warnings.toString());
  }

  @Test
  void aWeaponWithoutAliasesUnknownToTheReadingCatalogueIsKeptWithAWarning() {
    CataloguedWeapon extra = CataloguedWeapon.of("Gerbera-2", WeaponCategory.DECOY_DRONE);
    WeaponCatalog writing = Fixtures.CATALOG.with(extra);
    StrikeReport r = withLine(WeaponLine.of(extra, Count.exactly(9)));
    String json = ReportJson.write(r, writing);
    assertFalse(json.contains("aliases"), json);
    List<ImportWarning> warnings = new ArrayList<>();
    StrikeReport back = ReportJson.read(json, JsonReadOptions.strict(), warnings::add);
    assertEquals(r, back); // it had no aliases: rebuilt from name and category, nothing lost
    assertEquals(1, warnings.size());
    assertEquals("document", warnings.get(0).file());
    assertEquals(OptionalLong.of(1), warnings.get(0).line());
    assertTrue(warnings.get(0).message().startsWith("field lines[0].weapon: weapon \"Gerbera-2\" "
        + "(decoy drone) is not in the reading catalogue"), warnings.get(0).message());
  }

  @Test
  void aWeaponWhoseCategoryDisagreesWithTheReadingCatalogueKeepsTheDocumentsCategory() {
    String json = ReportJson.write(withLine(WeaponLine.of(
        CataloguedWeapon.of("Kalibr", WeaponCategory.CRUISE_MISSILE), Count.exactly(1))))
        .replace("\"aliases\":[]", "")
        .replace("\"cruise missile\",", "\"cruise missile\"")
        .replace("\"cruise missile\"", "\"ballistic missile\"");
    List<ImportWarning> warnings = new ArrayList<>();
    Weapon w = ReportJson.read(json, JsonReadOptions.strict(), warnings::add)
        .lines().get(0).weapon();
    assertEquals(CataloguedWeapon.of("Kalibr", WeaponCategory.BALLISTIC_MISSILE), w);
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).message().contains("\"cruise missile\""), warnings.toString());
  }

  @Test
  void aCataloguedNameGivenByAnAliasResolvesToTheCatalogueWeapon() {
    String json = ReportJson.write(Fixtures.night())
        .replace("\"name\":\"Shahed-136/131\"", "\"name\":\"Geran-2\"");
    Weapon w = ReportJson.read(json).lines().get(0).weapon();
    assertSame(Fixtures.CATALOG.find("Shahed-136/131").orElseThrow(), w);
  }

  @Test
  void launchedByModelKeyedByCompositeAndUnresolvedWeaponsRoundTrips() {
    Weapon composite = Fixtures.CATALOG.resolve("Kalibr and Kh-22");
    LineDetails d = LineDetails.builder().launchedByModel(ImmutableMap.of(
        composite, Count.exactly(3),
        new UnresolvedWeapon("Zorro-1"), Count.unknown(),
        CataloguedWeapon.of("Gerbera-2", WeaponCategory.DECOY_DRONE), Count.atMost(8)))
        .build();
    StrikeReport r = withLine(WeaponLine.of(Fixtures.CATALOG.resolve("Kalibr and Kh-22 and "
        + "Zorro-1"), Count.exactly(11)).withDetails(d));
    assertEquals(r, roundTrip(r));
  }

  @Test
  void defaultDetailsAreLeftOutAndReadBackAsNone() throws Exception {
    String json = ReportJson.write(Fixtures.night());
    assertFalse(tree(json).get("lines").get(0).has("details"), json);
    assertEquals(LineDetails.none(), ReportJson.read(json).lines().get(0).details());
  }

  @Test
  void onlyNonDefaultDetailsAreWritten() throws Exception {
    LineDetails d = LineDetails.builder().hitLocations(Count.exactly(2)).build();
    String json = ReportJson.write(withLine(WeaponLine.of(Fixtures.CATALOG.resolve("Kalibr"),
        Count.exactly(3)).withDetails(d)));
    assertEquals(tree("{\"hitLocations\":2}"), tree(json).get("lines").get(0).get("details"));
  }

  @Test
  void unknownCasualtiesAreWrittenExplicitly() throws Exception {
    StrikeReport r = Fixtures.night().toBuilder().casualties(Casualties.unknown()).build();
    String json = ReportJson.write(r);
    assertEquals(tree("{\"killed\":\"unknown\",\"injured\":\"unknown\",\"byPlace\":[]}"),
        tree(json).get("casualties"));
    assertEquals(r, ReportJson.read(json));
  }

  @Test
  void optionalTopLevelPropertiesTakeTheModelsDefaults() {
    String json = "{\"schemaVersion\":1,\"id\":\"minimal\",\"period\":{\"start\":\"2025-04-16\","
        + "\"end\":\"2025-04-17\"}}";
    StrikeReport r = ReportJson.read(json);
    StrikeReport expected = StrikeReport.builder().id("minimal")
        .period(ReportPeriod.of(ReportTime.ofDate(LocalDate.of(2025, 4, 16)),
            ReportTime.ofDate(LocalDate.of(2025, 4, 17))))
        .build();
    assertEquals(expected, r);
  }

  @Test
  void loneSurrogatesAndControlCharactersSurviveAsEscapes() {
    String odd = "lone \uD800 high, lone \uDC00 low, nul \u0000, bell \u0007, rocket \uD83D\uDE80";
    StrikeReport r = Fixtures.night().toBuilder().notes(odd).targetArea("Київ \uDBFF").build();
    String json = ReportJson.write(r);
    assertTrue(json.contains("\\uD800"), json);
    assertTrue(json.contains("Київ"), "Cyrillic is written as itself: " + json);
    // the text encodes to UTF-8 and back without loss
    String viaBytes = new String(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    assertEquals(r, ReportJson.read(viaBytes));
  }

  /**
   * Property names come from the data too (a place by model, a direction, a country): a lone
   * surrogate in one is escaped by every writer, so that the UTF-8 bytes read back to the report.
   */
  @Test
  void loneSurrogatesInPropertyNamesSurviveEveryWriter() throws Exception {
    LineDetails details = LineDetails.builder()
        .launchPlaceByModel(ImmutableMap.of("Kalibr \uD800", "sea \uDC00"))
        .destroyedByDirection(ImmutableMap.of("south \uDBFF", Count.exactly(3)))
        .leftAirspaceByCountry(ImmutableMap.of("\uDC01", Count.exactly(1)))
        .build();
    StrikeReport r = Fixtures.night().toBuilder() // its lines, and one more
        .addLine(WeaponLine.of(Fixtures.CATALOG.resolve("Kalibr"), Count.exactly(4))
            .withDetails(details))
        .build();
    String json = ReportJson.write(r);
    assertTrue(json.contains("\"Kalibr \\uD800\":"), json);
    assertEquals(r, ReportJson.read(new String(json.getBytes(StandardCharsets.UTF_8),
        StandardCharsets.UTF_8)));

    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (JsonLinesWriter w = JsonLinesWriter.of(bytes)) {
      w.write(r);
    }
    assertEquals(json + "\n", bytes.toString(StandardCharsets.UTF_8));

    ObjectMapper mapper = new ObjectMapper().registerModule(new ConflictStatsModule());
    byte[] viaMapper = mapper.writeValueAsBytes(r); // straight to UTF-8 bytes
    assertEquals(r, mapper.readValue(viaMapper, StrikeReport.class));
  }

  @Test
  void aPrettyPrintedDocumentIsReadToo() throws Exception {
    StrikeReport r = Fixtures.everything();
    String pretty = PLAIN.writerWithDefaultPrettyPrinter()
        .writeValueAsString(tree(ReportJson.write(r)));
    assertTrue(pretty.contains("\n"));
    assertEquals(r, ReportJson.read(pretty));
  }

  @Test
  void aSingleDocumentErrorNamesTheDocumentAndTheLineWhereParsingStopped() {
    String pretty = "{\n  \"schemaVersion\": 1,\n  \"id\": \"x\",\n  \"id\": \"y\"\n}";
    ImportException e = assertThrows(ImportException.class, () -> ReportJson.read(pretty));
    assertEquals("document", e.file());
    assertEquals(4, e.line());
    assertEquals(Optional.of("id"), e.field());
    assertTrue(e.getMessage().startsWith("document:4: field id: not valid JSON: Duplicate field"),
        e.getMessage());
    assertEquals(pretty, e.rejectedRow().rawText());
  }

  @Test
  void lenientSingleDocumentReadingReportsUnknownPropertiesAsWarnings() {
    String json = ReportJson.write(Fixtures.night()).replace("\"notes\":",
        "\"colour\":\"red\",\"notes\":");
    assertThrows(ImportException.class, () -> ReportJson.read(json));
    List<ImportWarning> warnings = new ArrayList<>();
    assertEquals(Fixtures.night(), ReportJson.read(json, JsonReadOptions.lenient(),
        warnings::add));
    assertEquals(List.of(ImportWarning.of("document", 1,
        "field colour: unknown property, ignored")), warnings);
  }

  @Test
  void theSchemaIsShippedAndDescribesVersionOne() throws Exception {
    JsonNode schema = tree(ReportJson.schema());
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").textValue());
    assertEquals(1, schema.get("properties").get("schemaVersion").get("const").intValue());
    try (var in = ReportJson.openSchema()) {
      assertEquals(ReportJson.schema(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    // every category label the model has is in the schema's enumeration, and no other
    List<String> labels = new ArrayList<>();
    schema.get("$defs").get("category").get("enum").forEach(n -> labels.add(n.textValue()));
    assertEquals(Stream.of(WeaponCategory.values()).map(WeaponCategory::label).toList(), labels);
  }

  @Test
  void detectionLooksAtTheFirstNonBlankLine() {
    String json = ReportJson.write(Fixtures.night());
    assertTrue(ReportJson.looksLikeJsonLines(json + "\n" + json + "\n"));
    assertTrue(ReportJson.looksLikeJsonLines(
        ("\uFEFF\n  \n" + json).getBytes(StandardCharsets.UTF_8)));
    assertTrue(ReportJson.looksLikeJsonLines(json.substring(0, 40)));
    assertFalse(ReportJson.looksLikeJsonLines("time_start,time_end,model,launched\n"));
    assertFalse(ReportJson.looksLikeJsonLines("{\"name\": \"x\"}\n{\"schemaVersion\": 1}"));
    assertFalse(ReportJson.looksLikeJsonLines("{\n  \"schemaVersion\": 1\n}"));
    assertFalse(ReportJson.looksLikeJsonLines("[{\"schemaVersion\": 1}]"));
    assertFalse(ReportJson.looksLikeJsonLines(""));
    assertFalse(ReportJson.looksLikeJsonLines(new byte[] {(byte) 0xFF, (byte) 0xFE, 0x7B}));
  }

  @Test
  void differentReportsGiveDifferentDocuments() {
    StrikeReport a = Fixtures.night();
    StrikeReport b = a.withLines(List.of(a.lines().get(0).withDestroyed(Count.atLeast(25))));
    assertNotEquals(ReportJson.write(a), ReportJson.write(b));
  }

  @Test
  void nullsAreRejectedAtEveryEntry() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(StrikeReport.class, Fixtures.night())
        .setDefault(JsonReadOptions.class, JsonReadOptions.strict())
        .setDefault(WeaponCatalog.class, WeaponCatalog.builtIn())
        .setDefault(java.nio.file.Path.class, java.nio.file.Path.of("absent.jsonl"))
        .setDefault(java.util.function.Consumer.class, w -> { });
    tester.testAllPublicStaticMethods(ReportJson.class);
    tester.testAllPublicStaticMethods(JsonReadOptions.class);
    tester.testAllPublicInstanceMethods(JsonReadOptions.strict());
    tester.testAllPublicStaticMethods(JsonLinesWriter.class);
    tester.testAllPublicStaticMethods(JsonLinesReader.class);
    tester.testAllPublicInstanceMethods(JsonLinesWriter.of(new java.io.StringWriter()));
    tester.testAllPublicConstructors(JsonReadOptions.class);
  }
}
