package org.conflictstats.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.conflictstats.io.ImportResult;
import org.conflictstats.io.csv.AirForceCsv;
import org.conflictstats.model.Casualties;
import org.conflictstats.model.CataloguedWeapon;
import org.conflictstats.model.CompositeWeapon;
import org.conflictstats.model.Count;
import org.conflictstats.model.InputLimits;
import org.conflictstats.model.LineDetails;
import org.conflictstats.model.SourceScope;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.UnresolvedWeapon;
import org.conflictstats.model.Weapon;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponCategory;
import org.conflictstats.model.WeaponLine;
import org.conflictstats.testing.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A consumer's own ObjectMapper with {@link ConflictStatsModule}: the library's format, both ways. */
final class ConflictStatsModuleTest {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new ConflictStatsModule());

  /** A record of the caller's own, holding model values. */
  record Batch(String name, List<StrikeReport> reports, Count total) {}

  record Held(StrikeReport report) {}

  /**
   * The module writes through the caller's generator as it is: the escapes the caller chose hold
   * before and after a model value (a generator-wide setting of ours once reset them for the rest
   * of the document), and a lone surrogate in the data is still written as an escape.
   */
  /** The modules report the library's version (Jackson logs it), the one the build gives. */
  @Test
  void theModulesReportTheVersionOfTheBuild() throws IOException {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(
        "<artifactId>conflict-stats</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(java.nio.file.Files.readString(Path.of("pom.xml")));
    assertTrue(m.find());
    assertEquals(m.group(1), new ConflictStatsModule().version().toString());
    assertEquals("org.conflictstats", new ConflictStatsModule().version().getGroupId());
    assertEquals(m.group(1), new org.conflictstats.table.StatsModule().version().toString());
  }

  @Test
  void theCallersEscapesHoldAroundModelValues() throws IOException {
    ObjectMapper slashes = com.fasterxml.jackson.databind.json.JsonMapper.builder()
        .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
        .addModule(new ConflictStatsModule()).build();
    assertEquals("[\"<\\/script>\",3,\"<\\/script>\"]",
        slashes.writeValueAsString(List.of("</script>", Count.exactly(3), "</script>")));

    ObjectMapper single = new ObjectMapper(new com.fasterxml.jackson.core.JsonFactoryBuilder()
        .quoteChar('\'').build()).registerModule(new ConflictStatsModule());
    StrikeReport odd = Fixtures.night().toBuilder()
        .notes("it's a </note> with a lone \uD800 and \"quotes\"").build();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("before", "it's");
    doc.put("report", odd);
    doc.put("after", "it's");
    String json = single.writeValueAsString(doc);
    assertTrue(json.endsWith("'after':'it\\u0027s'}"), json);
    ObjectMapper reader = com.fasterxml.jackson.databind.json.JsonMapper.builder()
        .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_SINGLE_QUOTES)
        .addModule(new ConflictStatsModule()).build();
    Map<String, Object> back = reader.readValue(json, new TypeReference<Map<String, Object>>() {});
    assertEquals("it's", back.get("after"));
    assertEquals(odd, reader.convertValue(back.get("report"), StrikeReport.class));

    // an emoji (a surrogate pair) is no lone surrogate: its text goes to the caller's escapes
    StrikeReport emoji = Fixtures.night().toBuilder().notes("</script> \uD83D\uDE00").build();
    String withEmoji = slashes.writeValueAsString(emoji);
    assertTrue(withEmoji.contains("<\\/script> \uD83D\uDE00"), withEmoji);
    assertEquals(emoji, slashes.readValue(withEmoji, StrikeReport.class));
    // a region's name is the data's text too
    org.conflictstats.model.Region lone = org.conflictstats.model.Region.of("a\uD800b");
    String region = MAPPER.writeValueAsString(lone);
    assertEquals("\"a\\uD800b\"", region);
    assertEquals(lone, MAPPER.readValue(region, org.conflictstats.model.Region.class));

    String plain = MAPPER.writeValueAsString(odd);
    assertTrue(plain.contains("\\uD800"), plain);
    assertEquals(odd, MAPPER.readValue(plain.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        StrikeReport.class));
  }

  /** A holder of anything, for default typing. */
  record Box(Object value) {}

  /**
   * A mapper with default typing writes the type id around the model's values, which are written
   * whole (an object, a number or a string), and reads them back; every value, typed everywhere.
   */
  @Test
  void defaultTypingRoundTrips() throws IOException {
    var ptv = com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator.builder()
        .allowIfBaseType(Object.class).build();
    StrikeReport report = Fixtures.everything();
    for (ObjectMapper.DefaultTyping typing : List.of(ObjectMapper.DefaultTyping.NON_FINAL,
        ObjectMapper.DefaultTyping.EVERYTHING)) {
      ObjectMapper typed = com.fasterxml.jackson.databind.json.JsonMapper.builder()
          .activateDefaultTyping(ptv, typing).addModule(new ConflictStatsModule()).build();
      for (Object v : List.of(report, Count.exactly(3), Count.unknown(), Count.atLeast(4),
          report.lines().get(0).weapon())) {
        String json = typed.writeValueAsString(new Box(v));
        assertTrue(json.contains(v.getClass().getName()), json);
        assertEquals(new Box(v), typed.readValue(json, Box.class), typing + ": " + json);
      }
      assertEquals(report, typed.readValue(typed.writeValueAsString(report), StrikeReport.class));
    }
  }

  @Test
  void countsKeepTheirKindAndValue() throws IOException {
    assertEquals("75", MAPPER.writeValueAsString(Count.exactly(75)));
    assertEquals("{\"atLeast\":30}", MAPPER.writeValueAsString(Count.atLeast(30)));
    assertEquals("{\"atMost\":10}", MAPPER.writeValueAsString(Count.atMost(10)));
    assertEquals("{\"between\":[10,20]}", MAPPER.writeValueAsString(Count.between(10, 20)));
    assertEquals("\"unknown\"", MAPPER.writeValueAsString(Count.unknown()));
    for (Count c : List.of(Count.exactly(75), Count.atLeast(30), Count.atMost(10),
        Count.between(10, 20), Count.unknown(), Count.exactly(InputLimits.MAX_COUNT))) {
      assertEquals(c, MAPPER.readValue(MAPPER.writeValueAsString(c), Count.class));
    }
  }

  @Test
  void aReportIsWrittenExactlyAsReportJsonWritesItAndReadBack() throws IOException {
    for (StrikeReport r : List.of(Fixtures.night(), Fixtures.everything())) {
      String json = MAPPER.writeValueAsString(r);
      assertEquals(ReportJson.write(r), json);
      assertEquals(r, MAPPER.readValue(json, StrikeReport.class));
      assertEquals(r, ReportJson.read(json));
    }
  }

  @Test
  void treesAndConversionsGoThroughTheSameFormat() throws IOException {
    StrikeReport r = Fixtures.everything();
    com.fasterxml.jackson.databind.JsonNode tree = MAPPER.valueToTree(r);
    // the same document (compared parsed: a buffered tree holds 75 as a long, a parsed one as an int)
    assertEquals(MAPPER.readTree(ReportJson.write(r)),
        MAPPER.readTree(MAPPER.writeValueAsString(tree)));
    assertEquals(r, MAPPER.treeToValue(tree, StrikeReport.class));
    assertEquals(r, MAPPER.convertValue(r, StrikeReport.class));
  }

  @Test
  void partsOfAReportRoundTripOnTheirOwn() throws IOException {
    StrikeReport r = Fixtures.everything();
    for (WeaponLine line : r.lines()) {
      assertEquals(line, MAPPER.readValue(MAPPER.writeValueAsString(line), WeaponLine.class));
      assertEquals(line.weapon(),
          MAPPER.readValue(MAPPER.writeValueAsString(line.weapon()), Weapon.class));
      assertEquals(line.details(), MAPPER.readValue(MAPPER.writeValueAsString(line.details()),
          org.conflictstats.model.LineDetails.class));
    }
    assertEquals(r.casualties(),
        MAPPER.readValue(MAPPER.writeValueAsString(r.casualties()), Casualties.class));
    assertEquals(r.period(), MAPPER.readValue(MAPPER.writeValueAsString(r.period()),
        org.conflictstats.model.ReportPeriod.class));
    assertEquals(r.source(), MAPPER.readValue(MAPPER.writeValueAsString(r.source()),
        org.conflictstats.model.Source.class));
    assertEquals("\"cruise missile\"", MAPPER.writeValueAsString(WeaponCategory.CRUISE_MISSILE));
    assertEquals(WeaponCategory.CRUISE_MISSILE,
        MAPPER.readValue("\"cruise missile\"", WeaponCategory.class));
  }

  @Test
  void theCallersOwnRecordsHoldModelValues() throws IOException {
    Batch b = new Batch("night", List.of(Fixtures.night()), Count.atLeast(80));
    String json = MAPPER.writeValueAsString(b);
    assertTrue(json.contains("\"total\":{\"atLeast\":80}"), json);
    assertEquals(b, MAPPER.readValue(json, Batch.class));
  }

  @Test
  void weaponsAsMapKeysAreTheirNames() throws IOException {
    WeaponCatalog c = WeaponCatalog.builtIn();
    Map<Weapon, Long> launched = new LinkedHashMap<>();
    launched.put(c.resolve("Geran-2"), 75L);
    launched.put(c.resolve("X-101/X-555 and Kalibr"), 12L);
    launched.put(c.resolve("Nonesuch-9"), 1L);
    String json = MAPPER.writeValueAsString(launched);
    assertEquals("{\"Shahed-136/131\":75,\"Kh-101/Kh-555 and Kalibr\":12,\"Nonesuch-9\":1}", json);
    Map<Weapon, Long> back = MAPPER.readValue(json, new TypeReference<Map<Weapon, Long>>() { });
    assertEquals(launched, back);
    assertInstanceOf(CompositeWeapon.class, back.keySet().toArray()[1]);
    assertInstanceOf(UnresolvedWeapon.class, back.keySet().toArray()[2]);
  }

  @Test
  void aWeaponOfTheWrongKindIsAMismatch() throws IOException {
    String kalibr = MAPPER.writeValueAsString(WeaponCatalog.builtIn().resolve("Kalibr"));
    assertInstanceOf(CataloguedWeapon.class, MAPPER.readValue(kalibr, CataloguedWeapon.class));
    MismatchedInputException e = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue(kalibr, CompositeWeapon.class));
    assertTrue(e.getOriginalMessage().contains("expected a composite weapon"), e.getMessage());
  }

  @Test
  void badValuesAreMismatchesWithTheFieldPath() throws IOException {
    String good = ReportJson.write(Fixtures.night());
    String bad = good.replaceFirst("\"launched\":75", "\"launched\":-75");
    MismatchedInputException e = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue(bad, StrikeReport.class));
    assertEquals(List.of("lines", "0", "launched"), path(e));
    assertTrue(e.getOriginalMessage().contains("must not be negative"), e.getMessage());
    assertTrue(e.getOriginalMessage().startsWith("field lines[0].launched: "), e.getMessage());
    // a missing property is named in the message, not only in the reference chain
    String missing = good.replaceFirst("\"launched\":75,", "");
    MismatchedInputException m = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue(missing, StrikeReport.class));
    assertEquals("field lines[0].launched: missing", m.getOriginalMessage(), m.getMessage());
    // the type of the value that failed, as Jackson's own beans give it
    assertEquals(Count.class, e.getTargetType());

    // inside the caller's own record, Jackson adds the outer path
    String batch = "{\"name\":\"n\",\"reports\":[" + bad + "],\"total\":1}";
    MismatchedInputException nested = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue(batch, Batch.class));
    assertEquals(List.of("reports", "0", "lines", "0", "launched"), path(nested));

    MismatchedInputException count = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue("{\"between\":[20,10]}", Count.class));
    assertEquals(List.of("between"), path(count));
  }

  @Test
  void unknownPropertiesFollowTheMappersSetting() throws IOException {
    String extra = ReportJson.write(Fixtures.night())
        .replaceFirst("\"hit\":0", "\"hit\":0,\"colour\":\"red\"");
    UnrecognizedPropertyException e = assertThrows(UnrecognizedPropertyException.class,
        () -> MAPPER.readValue(extra, StrikeReport.class));
    assertEquals(List.of("lines", "0", "colour"), path(e));
    assertEquals("colour", e.getPropertyName());
    // each step names the type that holds it, and the unknown property's object its properties
    assertEquals(WeaponLine.class, e.getReferringClass());
    assertEquals(List.of("destroyed", "details", "hit", "launched", "leftAirspace",
        "stillAirborne", "suppressed", "weapon"), List.copyOf(e.getKnownPropertyIds()));
    assertEquals(List.of(StrikeReport.class, List.class, WeaponLine.class),
        e.getPath().stream().map(r -> r.getFrom()).toList());
    String inPeriod = ReportJson.write(Fixtures.night())
        .replaceFirst("\"zone\"", "\"zones\":1,\"zone\"");
    UnrecognizedPropertyException p = assertThrows(UnrecognizedPropertyException.class,
        () -> MAPPER.readValue(inPeriod, StrikeReport.class));
    assertEquals(org.conflictstats.model.ReportPeriod.class, p.getReferringClass(),
        p.getMessage());
    assertTrue(p.getMessage().contains("(3 known properties: \"end\", \"start\", \"zone\"])"),
        p.getMessage());
    MismatchedInputException count = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue(ReportJson.write(Fixtures.night())
            .replaceFirst("\"hit\":0", "\"hit\":true"), StrikeReport.class));
    assertEquals(Count.class, count.getTargetType());
    assertEquals(List.of(StrikeReport.class, List.class, WeaponLine.class),
        count.getPath().stream().map(r -> r.getFrom()).toList());
    ObjectMapper lenient = new ObjectMapper().registerModule(new ConflictStatsModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    assertEquals(Fixtures.night(), lenient.readValue(extra, StrikeReport.class));
  }

  @Test
  void errorsInsideALinesDetailsNameTheTypesThatHoldThem() throws IOException {
    String good = ReportJson.write(Fixtures.everything());
    List<Class<?>> toDetails = List.of(StrikeReport.class, List.class, WeaponLine.class);
    // a detail's count
    MismatchedInputException shaheds = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue(good.replace("\"genuineShaheds\":40", "\"genuineShaheds\":true"),
            StrikeReport.class));
    assertEquals(Count.class, shaheds.getTargetType());
    assertEquals(List.of("lines", "0", "details", "genuineShaheds"), path(shaheds));
    assertEquals(append(toDetails, LineDetails.class), holders(shaheds));
    // an unknown property of a detail's count object: the count names it
    UnrecognizedPropertyException jet = assertThrows(UnrecognizedPropertyException.class,
        () -> MAPPER.readValue(good.replace("\"jetPowered\":{\"between\"",
            "\"jetPowered\":{\"x\":1,\"between\""), StrikeReport.class));
    assertEquals(Count.class, jet.getReferringClass());
    // a weapon inside launchedByModel's entries
    MismatchedInputException weapon = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue(good.replace("\"launchedByModel\":[{\"weapon\":{\"name\":"
            + "\"Kh-101/Kh-555\",\"category\":\"cruise missile\"}",
            "\"launchedByModel\":[{\"weapon\":{\"name\":\"Kh-101/Kh-555\",\"category\":7}"),
            StrikeReport.class));
    assertEquals(List.of("lines", "0", "details", "launchedByModel", "0", "weapon", "category"),
        path(weapon));
    assertEquals(append(append(append(append(toDetails, LineDetails.class), List.class),
        Map.Entry.class), org.conflictstats.model.Weapon.class), holders(weapon));
    // a map's value is a count
    MismatchedInputException south = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue(good.replace("\"south\":30", "\"south\":-30"),
            StrikeReport.class));
    assertEquals(Count.class, south.getTargetType());
    assertEquals(append(append(toDetails, LineDetails.class), Map.class), holders(south));
  }

  private static List<Class<?>> holders(JsonMappingException e) {
    return e.getPath().stream().<Class<?>>map(r -> (Class<?>) r.getFrom()).toList();
  }

  private static List<Class<?>> append(List<Class<?>> list, Class<?> more) {
    List<Class<?>> out = new java.util.ArrayList<>(list);
    out.add(more);
    return out;
  }

  @Test
  void syntaxErrorsAndNullsAreJacksonsOwn() {
    assertThrows(StreamReadException.class,
        () -> MAPPER.readValue("{\"schemaVersion\":1,", StrikeReport.class));
    MismatchedInputException nul = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue("null", Count.class));
    assertTrue(nul.getOriginalMessage().contains("never null"), nul.getMessage());
    MismatchedInputException inRecord = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue("{\"name\":\"n\",\"reports\":[],\"total\":null}", Batch.class));
    assertEquals(List.of("total"), path(inRecord));
    assertEquals("a Count is never null in this format; write \"unknown\" for a count that is"
        + " not known", inRecord.getOriginalMessage());
    // a property left out is said to be missing, not null (review rv45a)
    MismatchedInputException missing = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue("{\"name\":\"n\",\"reports\":[]}", Batch.class));
    assertEquals(List.of("total"), path(missing));
    assertTrue(missing.getOriginalMessage().startsWith("missing: a Count is never null"),
        missing.getMessage());
    MismatchedInputException noReport = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue("{}", Held.class));
    assertEquals("missing: a StrikeReport is never null in this format",
        noReport.getOriginalMessage());
    assertThrows(JsonProcessingException.class,
        () -> MAPPER.readValue("{\"schemaVersion\":2}", StrikeReport.class));
  }

  @Test
  void findAndRegisterModulesFindsBothModules() {
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();
    List<String> ids = found.getRegisteredModuleIds().stream().map(String::valueOf)
        .collect(Collectors.toList());
    assertTrue(ids.stream().anyMatch(id -> id.startsWith(ConflictStatsModule.class.getName())),
        ids::toString);
    assertTrue(ids.stream().anyMatch(id -> id.startsWith("org.conflictstats.table.StatsModule")),
        ids::toString);
  }

  @Test
  void aModuleWithAnotherCatalogueReadsItsWeapons() throws IOException {
    CataloguedWeapon gerbera2 = CataloguedWeapon.of("Gerbera-2", WeaponCategory.DECOY_DRONE,
        "Гербера-2");
    ObjectMapper own = new ObjectMapper()
        .registerModule(new ConflictStatsModule(WeaponCatalog.builtIn().with(gerbera2)));
    assertEquals(gerbera2, own.readValue("{\"name\":\"Gerbera-2\",\"category\":\"decoy drone\"}",
        Weapon.class));
    // the built-in module keeps a weapon it does not know as the document says, without aliases
    assertEquals(CataloguedWeapon.of("Gerbera-2", WeaponCategory.DECOY_DRONE), MAPPER.readValue(
        "{\"name\":\"Gerbera-2\",\"category\":\"decoy drone\"}", Weapon.class));
  }

  /**
   * A module with the caller's catalogue is kept whether {@code findAndRegisterModules()} comes
   * after it or before it (review rv45a: after it, the built-in module it found won, and a weapon
   * of the caller's catalogue read back unresolved).
   */
  @Test
  void aConfiguredModuleWinsOverTheOneFindAndRegisterModulesAddsInEitherOrder()
      throws IOException {
    CataloguedWeapon zala = CataloguedWeapon.of("Zala-X", WeaponCategory.RECONNAISSANCE_DRONE,
        "Зала-Х");
    ConflictStatsModule own = new ConflictStatsModule(WeaponCatalog.builtIn().with(zala));
    String json = "{\"name\":\"Зала-Х\",\"category\":\"reconnaissance drone\"}";
    ObjectMapper ownFirst = new ObjectMapper().registerModule(own).findAndRegisterModules();
    ObjectMapper foundFirst = new ObjectMapper().findAndRegisterModules().registerModule(own);
    for (ObjectMapper m : List.of(ownFirst, foundFirst)) {
      assertEquals(zala, m.readValue(json, Weapon.class));
      Map<Weapon, Count> byWeapon = m.readValue("{\"Зала-Х\":{\"atLeast\":3}}",
          new TypeReference<Map<Weapon, Count>>() { });
      assertEquals(Map.of(zala, Count.atLeast(3)), byWeapon);
    }
    // the built-in module alone, found: the name kept unresolved, as before
    Map<Weapon, Count> found = new ObjectMapper().findAndRegisterModules().readValue(
        "{\"Зала-Х\":{\"atLeast\":3}}", new TypeReference<Map<Weapon, Count>>() { });
    assertInstanceOf(UnresolvedWeapon.class, found.keySet().iterator().next());
  }

  /**
   * A source scope is its list, as {@code SourceScope.parse} reads it, and reads back equal
   * (review rv45a: written as a bean, {@code {"all":false}}, its value lost).
   */
  @Test
  void aSourceScopeIsItsList() throws IOException {
    for (SourceScope scope : List.of(SourceScope.ALL, SourceScope.NATIONAL,
        SourceScope.parse("regional,GeneralStaff.ua"), SourceScope.parse("national,other"))) {
      String json = MAPPER.writeValueAsString(scope);
      assertEquals("\"" + scope + "\"", json);
      assertEquals(scope, MAPPER.readValue(json, SourceScope.class));
    }
    assertEquals("\"regional,GeneralStaff.ua\"",
        MAPPER.writeValueAsString(SourceScope.parse("GeneralStaff.ua, regional")));
    MismatchedInputException bad = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue("\" , \"", SourceScope.class));
    assertTrue(bad.getOriginalMessage().contains("an empty item"), bad.getMessage());
    // a source named as a kind, "all", or with a comma would read back as another scope: refused
    // (review rv45d: ofNames(["all"]) read back as every source)
    for (String name : List.of("all", "Other", "a,b")) {
      JsonMappingException e = assertThrows(JsonMappingException.class,
          () -> MAPPER.writeValueAsString(SourceScope.ofNames(List.of(name))));
      assertTrue(e.getOriginalMessage().contains("cannot be written as its list"), e.getMessage());
    }
  }

  /** Every report of both real files, through a plain mapper: same text, same report. */
  @ParameterizedTest
  @ValueSource(strings = {"missile_attacks_daily-2023-07.csv", "missile_attacks_daily-2026-02.csv"})
  void everyReportOfTheRealFilesRoundTrips(String name) throws IOException {
    Path file = RealData.airForce(name);
    ImportResult all = AirForceCsv.reader().read(file);
    assertTrue(all.reports().size() > 100, all.summary());
    for (StrikeReport r : all.reports()) {
      String json = MAPPER.writeValueAsString(r);
      assertEquals(ReportJson.write(r), json, r.id());
      assertEquals(r, MAPPER.readValue(json, StrikeReport.class), r.id());
    }
    // and a whole list at once, as a caller would store it
    List<StrikeReport> back = MAPPER.readValue(MAPPER.writeValueAsString(all.reports()),
        new TypeReference<List<StrikeReport>>() { });
    assertEquals(all.reports(), back);
  }

  private static List<String> path(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
        .collect(Collectors.toList());
  }
}
