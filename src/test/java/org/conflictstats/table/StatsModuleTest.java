package org.conflictstats.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.google.common.collect.ImmutableList;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.conflictstats.model.Count;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.Source;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponLine;
import org.conflictstats.stats.ConfidenceInterval;
import org.conflictstats.stats.CountSum;
import org.conflictstats.stats.DateRange;
import org.conflictstats.stats.Dimension;
import org.conflictstats.stats.IntervalMethod;
import org.conflictstats.stats.LeftOut;
import org.conflictstats.stats.Rate;
import org.conflictstats.stats.RateKind;
import org.conflictstats.stats.SourceOverlap;
import org.conflictstats.stats.StatsQuery;
import org.conflictstats.stats.StatsTable;
import org.conflictstats.stats.Tally;
import org.conflictstats.validation.FieldPath;
import org.junit.jupiter.api.Test;

/** {@link StatsModule} on a plain mapper: the stats table writers' figures, and rates both ways. */
final class StatsModuleTest {

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new StatsModule());

  private static StrikeReport report() {
    StrikeReport report = StrikeReport.builder()
        .id("r1")
        .period(ReportPeriod.of(ReportTime.ofMinute(LocalDateTime.of(2025, 4, 16, 20, 0)),
            ReportTime.ofMinute(LocalDateTime.of(2025, 4, 17, 8, 0))))
        .source(Source.parse("kpszsu/posts/synthetic-1"))
        .addLine(WeaponLine.of(WeaponCatalog.builtIn().resolve("Shahed-136/131"),
            Count.exactly(75)).withDestroyed(Count.exactly(25)).withSuppressed(Count.exactly(30)))
        .addLine(WeaponLine.of(WeaponCatalog.builtIn().resolve("Kalibr"), Count.unknown()))
        .build();
    return report;
  }

  private static StatsTable table() {
    return StatsQuery.groupBy(Dimension.WEAPON).run(List.of(report()));
  }

  private static JsonNode written(StatsTable table, Optional<IntervalMethod> method, double level)
      throws Exception {
    StringWriter out = new StringWriter();
    StatsTableJson.write(table, out, RateKind.NEUTRALISATION, method, level);
    return MAPPER.readTree(out.toString());
  }

  @Test
  void aTableIsTheDocumentOfTheJsonWriterWithItsOwnInterval() throws Exception {
    assertEquals(IntervalMethod.CLUSTER, table().intervalMethod());
    assertEquals(written(table(), Optional.of(IntervalMethod.CLUSTER), 0.95),
        MAPPER.readTree(MAPPER.writeValueAsString(table())));
    StatsTable jeffreys = StatsQuery.groupBy(Dimension.WEAPON)
        .withInterval(IntervalMethod.JEFFREYS, 0.9).run(List.of(report()));
    JsonNode mine = MAPPER.readTree(MAPPER.writeValueAsString(jeffreys));
    assertEquals(written(jeffreys, Optional.of(IntervalMethod.JEFFREYS), 0.9), mine);
    assertEquals("jeffreys", mine.get("interval").get("method").textValue());
    assertEquals(IntervalMethod.JEFFREYS.interval(55, 75, 0.9).lower(),
        shahed(mine).get("ci_low").doubleValue(), 1e-12);
  }

  private static JsonNode shahed(JsonNode table) {
    for (JsonNode row : table.get("rows")) {
      if (row.get("launched").longValue() == 75) {
        return row;
      }
    }
    throw new AssertionError("no row of 75 launched: " + table);
  }

  @Test
  void aModuleWithAnIntervalWritesItWhateverTheQueryChose() throws Exception {
    ObjectMapper wilson = new ObjectMapper().registerModule(StatsModule.withInterval(
        RateKind.NEUTRALISATION, Optional.of(IntervalMethod.WILSON), 0.95));
    assertEquals(written(table(), Optional.of(IntervalMethod.WILSON), 0.95),
        wilson.readTree(wilson.writeValueAsString(table())));
  }

  /**
   * A module with the caller's interval is kept whether {@code findAndRegisterModules()} comes
   * after it or before it (review rv45a: after it, the default module it found won).
   */
  @Test
  void aModuleWithAnIntervalWinsOverTheOneFindAndRegisterModulesAddsInEitherOrder()
      throws Exception {
    StatsModule wilson = StatsModule.withInterval(RateKind.NEUTRALISATION,
        Optional.of(IntervalMethod.WILSON), 0.95);
    JsonNode expected = written(table(), Optional.of(IntervalMethod.WILSON), 0.95);
    for (ObjectMapper m : List.of(
        new ObjectMapper().registerModule(wilson).findAndRegisterModules(),
        new ObjectMapper().findAndRegisterModules().registerModule(wilson))) {
      assertEquals(expected, m.readTree(m.writeValueAsString(table())));
    }
    // the default alone writes the table's own interval, which is not Wilson's here
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();
    assertNotEquals(expected, found.readTree(found.writeValueAsString(table())));
  }

  @Test
  void aTallyIsTheFiguresOfARow() throws Exception {
    Tally t = table().row("Shahed-136/131").orElseThrow().tally();
    JsonNode n = MAPPER.readTree(MAPPER.writeValueAsString(t));
    // 55 of 75 neutralised (25 + 30), 25 destroyed, 20 unknown: independent figures
    assertEquals(75, n.get("launched").longValue());
    assertEquals(25, n.get("destroyed").longValue());
    assertEquals(20, n.get("unknown").longValue());
    assertEquals(55.0 / 75, n.get("neutralisation_rate").doubleValue(), 1e-12);
    assertEquals(1.0, n.get("neutralisation_upper").doubleValue(), 1e-12);
    // the default interval is the clustered one: not estimable for one report
    assertTrue(n.get("ci_low").isNull(), n::toString);
    JsonNode wilson = new ObjectMapper().registerModule(StatsModule.withInterval(
        RateKind.NEUTRALISATION, Optional.of(IntervalMethod.WILSON), 0.95)).valueToTree(t);
    assertEquals(0.623692, wilson.get("ci_low").doubleValue(), 1e-6);
    JsonNode kinetic = new ObjectMapper().registerModule(StatsModule.withInterval(
        RateKind.KINETIC, Optional.empty(), 0.9)).valueToTree(t);
    assertTrue(kinetic.get("ci_low").isNull(), kinetic::toString);
    // an undefined rate is null, never 0
    JsonNode kalibr = MAPPER.valueToTree(table().row("Kalibr").orElseThrow().tally());
    assertTrue(kalibr.get("neutralisation_rate").isNull(), kalibr::toString);
  }

  @Test
  void aRateIsItsSumsAndItsDerivedFigures() throws Exception {
    assertEquals("{\"known\":55,\"possible\":75,\"launched\":75,\"point\":"
        + (55.0 / 75) + ",\"lower\":" + (55.0 / 75) + ",\"upper\":1.0}",
        MAPPER.writeValueAsString(Rate.of(55, 75, 75)));
    assertEquals("{\"known\":0,\"possible\":0,\"launched\":0,\"point\":null,\"lower\":null,"
        + "\"upper\":null}", MAPPER.writeValueAsString(Rate.of(0, 0, 0)));
  }

  @Property(tries = 200)
  void ratesAndSumsRoundTrip(@ForAll("rates") Rate rate, @ForAll("sums") CountSum sum)
      throws Exception {
    assertEquals(rate, MAPPER.readValue(MAPPER.writeValueAsString(rate), Rate.class));
    assertEquals(sum, MAPPER.readValue(MAPPER.writeValueAsString(sum), CountSum.class));
    // the derived upper bound: the finite sum when every term is bounded, null otherwise
    JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(sum));
    assertEquals(sum.unboundedTerms() == 0, written.get("upper").isNumber(), written::toString);
    if (sum.unboundedTerms() == 0) {
      assertEquals(sum.finiteUpper(), written.get("upper").longValue());
      assertTrue(written.get("upper").longValue() >= written.get("lower").longValue());
    }
  }

  @Test
  void aSumWithAnUnboundedTermHasNoUpperBound() throws Exception {
    // 6 at least, of which 3 from a bounded term: finiteUpper 3 is below lower, upper is null
    assertEquals("{\"lower\":6,\"finiteUpper\":3,\"unboundedTerms\":1,\"upper\":null}",
        MAPPER.writeValueAsString(new CountSum(6, 3, 1)));
  }

  @Provide
  Arbitrary<Rate> rates() {
    return Combinators.combine(Arbitraries.longs().between(0, 1_000_000),
            Arbitraries.longs().between(0, 1_000_000), Arbitraries.longs().between(0, 1_000_000))
        .as((a, b, c) -> Rate.of(a, a + b, a + b + c));
  }

  @Provide
  Arbitrary<CountSum> sums() {
    return Combinators.combine(Arbitraries.longs().between(0, 1_000_000),
            Arbitraries.longs().between(0, 1_000_000), Arbitraries.longs().between(0, 3))
        .as((lo, extra, unbounded) -> new CountSum(lo, unbounded > 0 ? extra : lo + extra,
            unbounded));
  }

  @Test
  void badRatesAreMismatchesWithTheField() {
    MismatchedInputException e = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue("{\"known\":80,\"possible\":75,\"launched\":75}", Rate.class));
    assertTrue(e.getOriginalMessage().contains("known <= possible"), e.getMessage());
    MismatchedInputException missing = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue("{\"known\":1,\"possible\":1}", Rate.class));
    assertEquals("launched", missing.getPath().get(0).getFieldName());
    assertEquals("field launched: missing", missing.getOriginalMessage());
    MismatchedInputException notWhole = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue("{\"known\":1,\"possible\":1.5,\"launched\":2}", Rate.class));
    assertEquals("field possible: expected a whole number, not 1.5",
        notWhole.getOriginalMessage());
    MismatchedInputException sum = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue("{\"lower\":1,\"finiteUpper\":2}", CountSum.class));
    assertEquals("field unboundedTerms: missing", sum.getOriginalMessage());
    assertEquals("unboundedTerms", sum.getPath().get(0).getFieldName());
    UnrecognizedPropertyException unknown = assertThrows(UnrecognizedPropertyException.class,
        () -> MAPPER.readValue("{\"known\":1,\"possible\":1,\"launched\":1,\"rate\":1}",
            Rate.class));
    assertEquals("rate", unknown.getPropertyName());
  }

  /** A record of the caller's own, holding a rate. */
  record Holder(Rate rate) {}

  @Test
  void defaultTypingRoundTripsRatesAndSums() throws Exception {
    var ptv = com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator.builder()
        .allowIfBaseType(Object.class).build();
    ObjectMapper typed = com.fasterxml.jackson.databind.json.JsonMapper.builder()
        .activateDefaultTyping(ptv, ObjectMapper.DefaultTyping.EVERYTHING)
        .addModule(new StatsModule()).build();
    Rate rate = Rate.of(55, 75, 75);
    CountSum sum = new CountSum(3, 10, 1);
    for (Object v : java.util.List.of(rate, sum, FieldPath.root(), FieldPath.parse("lines[2].hit"),
        DateRange.parse("2025-10"))) {
      String json = typed.writeValueAsString(v);
      assertTrue(json.contains(v.getClass().getName()), json);
      assertEquals(v, typed.readValue(json, v.getClass()));
    }
  }

  @Test
  void nullIsRefusedAsForTheModelsTypes() {
    for (Class<?> type : java.util.List.of(Rate.class, CountSum.class)) {
      MismatchedInputException e = assertThrows(MismatchedInputException.class,
          () -> MAPPER.readValue("null", type));
      assertTrue(e.getOriginalMessage().contains("never null"), e.getMessage());
    }
    assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue("{\"rate\":null}", Holder.class));
  }

  /**
   * A finding's path on its own is its text and reads back (review rv47b: written as a bean,
   * {@code {"root":false}}, the path lost, and not read back).
   */
  @Test
  void aFieldPathIsItsTextAndReadsBack() throws Exception {
    for (String text : java.util.List.of("lines[0].launched", "casualties.killed")) {
      FieldPath path = FieldPath.parse(text);
      String json = MAPPER.writeValueAsString(path);
      assertEquals(MAPPER.writeValueAsString(text), json);
      assertEquals(path, MAPPER.readValue(json, FieldPath.class));
    }
    // the root is "", and null is refused, as for the model's types: an Optional's empty would
    // otherwise read back as the root (review rv47f)
    assertEquals("\"\"", MAPPER.writeValueAsString(FieldPath.root()));
    assertEquals(FieldPath.root(), MAPPER.readValue("\"\"", FieldPath.class));
    MismatchedInputException none = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue("null", FieldPath.class));
    assertTrue(none.getOriginalMessage().contains("never null"), none.getMessage());
    MismatchedInputException bad = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue("\"lines[-1]\"", FieldPath.class));
    assertTrue(bad.getOriginalMessage().contains("lines[-1]"), bad.getMessage());
    assertThrows(MismatchedInputException.class, () -> MAPPER.readValue("3", FieldPath.class));
  }

  /**
   * A date range is its two ISO dates, {@code null} for an open end, and reads back without a
   * Java time module (review rv47b: with one, a bean with an {@code "all"} key that did not read
   * back).
   */
  @Test
  void aDateRangeIsItsTwoDatesAndReadsBack() throws Exception {
    DateRange q2 = DateRange.parse("2025-Q2");
    assertEquals("{\"from\":\"2025-04-01\",\"to\":\"2025-06-30\"}",
        MAPPER.writeValueAsString(q2));
    for (DateRange r : java.util.List.of(q2, DateRange.all(),
        DateRange.from(java.time.LocalDate.of(2025, 10, 1)),
        DateRange.until(java.time.LocalDate.of(2024, 6, 25)), DateRange.parse("2025-W40"))) {
      assertEquals(r, MAPPER.readValue(MAPPER.writeValueAsString(r), DateRange.class));
    }
    assertEquals("{\"from\":null,\"to\":null}", MAPPER.writeValueAsString(DateRange.all()));
    MismatchedInputException reversed = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue("{\"from\":\"2025-05-01\",\"to\":\"2025-04-01\"}",
            DateRange.class));
    assertTrue(reversed.getOriginalMessage().contains("before"), reversed.getMessage());
    MismatchedInputException notDate = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue("{\"from\":\"2025-13-01\",\"to\":null}", DateRange.class));
    assertTrue(notDate.getOriginalMessage().startsWith("field from: expected a date"),
        notDate.getMessage());
    MismatchedInputException missing = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue("{\"from\":null}", DateRange.class));
    assertEquals("field to: missing", missing.getOriginalMessage());
    assertEquals("to", missing.getPath().get(0).getFieldName()); // the path leads to the field
    assertEquals("from", notDate.getPath().get(0).getFieldName());
    assertThrows(UnrecognizedPropertyException.class, () -> MAPPER.readValue(
        "{\"from\":null,\"to\":null,\"all\":true}", DateRange.class));
    assertThrows(MismatchedInputException.class, () -> MAPPER.readValue("null", DateRange.class));
    // one form: a table's filter writes its dates so, and they read back (review rv47e)
    StatsTable filtered = StatsQuery.groupBy(Dimension.WEAPON)
        .withFilter(org.conflictstats.stats.ReportFilter.all().withDates(q2))
        .run(List.of(report()));
    JsonNode dates = MAPPER.valueToTree(filtered).get("filter").get("dates");
    assertEquals(q2, MAPPER.treeToValue(dates.get(0), DateRange.class));
    // and a table's report_dates, first and last (review rv47f)
    JsonNode reportDates = MAPPER.valueToTree(filtered).get("report_dates");
    assertEquals(filtered.reportDates().orElseThrow(),
        MAPPER.treeToValue(reportDates, DateRange.class));
    assertThrows(MismatchedInputException.class, () -> MAPPER.readValue(
        "{\"first\":\"2025-04-01\",\"to\":\"2025-04-02\"}", DateRange.class));
  }

  /**
   * An attribution is its rule and its zone's id, and reads back; it was a record of a
   * {@code ZoneId}, which a mapper without a Java time module refused (review rv47b).
   */
  @Test
  void anAttributionIsItsRuleAndZoneAndReadsBack() throws Exception {
    assertEquals("{\"rule\":\"end-date\",\"zone\":\"Europe/Kyiv\"}",
        MAPPER.writeValueAsString(org.conflictstats.stats.Attribution.standard()));
    org.conflictstats.stats.Attribution utcStart = org.conflictstats.stats.Attribution.of(
        org.conflictstats.stats.Attribution.Rule.START_DATE, java.time.ZoneOffset.UTC);
    assertEquals("{\"rule\":\"start-date\",\"zone\":\"Z\"}",
        MAPPER.writeValueAsString(utcStart));
    assertEquals(utcStart, MAPPER.readValue("{\"rule\":\"START\",\"zone\":\"Z\"}",
        org.conflictstats.stats.Attribution.class));
    MismatchedInputException rule = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue("{\"rule\":\"middle\",\"zone\":\"UTC\"}",
            org.conflictstats.stats.Attribution.class));
    assertEquals("rule", rule.getPath().get(0).getFieldName());
    assertTrue(rule.getOriginalMessage().contains("expected end-date or start-date"),
        rule.getMessage());
    MismatchedInputException zone = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue("{\"rule\":\"end-date\",\"zone\":\"Kyiv\"}",
            org.conflictstats.stats.Attribution.class));
    assertEquals("zone", zone.getPath().get(0).getFieldName());
    assertTrue(zone.getOriginalMessage().startsWith("unknown time zone 'Kyiv'"),
        zone.getMessage());
    MismatchedInputException missing = assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue("{\"rule\":\"end-date\"}",
            org.conflictstats.stats.Attribution.class));
    assertEquals("field zone: missing", missing.getOriginalMessage());
    assertThrows(MismatchedInputException.class, () -> MAPPER.readValue(
        "{\"rule\":\"end-date\",\"zone\":3}", org.conflictstats.stats.Attribution.class));
    assertThrows(UnrecognizedPropertyException.class, () -> MAPPER.readValue(
        "{\"rule\":\"end-date\",\"zone\":\"UTC\",\"x\":1}",
        org.conflictstats.stats.Attribution.class));
    assertThrows(MismatchedInputException.class,
        () -> MAPPER.readValue("null", org.conflictstats.stats.Attribution.class));
  }

  @Test
  void tablesAndTalliesAreWrittenNotRead() {
    InvalidDefinitionException e = assertThrows(InvalidDefinitionException.class,
        () -> MAPPER.readValue("{}", Tally.class));
    assertTrue(e.getMessage().contains("written, not read"), e.getMessage());
    assertThrows(InvalidDefinitionException.class,
        () -> MAPPER.readValue("{}", StatsTable.class));
  }

  /**
   * A table's overlap and a row are written with fixed keys, whatever the mapper's naming
   * strategy (review rv47b: beans, {@code national_lines} only under SNAKE_CASE, and a row read
   * failed inside Guava's list), and are written, not read.
   */
  @Test
  void anOverlapAndARowAreWrittenWithTheTablesKeysNotRead() throws Exception {
    ObjectMapper upper = new ObjectMapper().registerModule(new StatsModule())
        .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies
            .UPPER_CAMEL_CASE);
    SourceOverlap overlap = new SourceOverlap(3, 2, 1, 0);
    for (ObjectMapper m : List.of(MAPPER, upper)) {
      JsonNode o = m.valueToTree(overlap);
      assertEquals(List.of("reports", "national_lines", "regional_lines", "other_lines"),
          ImmutableList.copyOf(o.fieldNames()));
      assertEquals(2, o.get("national_lines").asLong());
    }
    StatsTable t = table();
    StatsTable.Row row = t.row("Shahed-136/131").orElseThrow();
    JsonNode r = upper.valueToTree(row);
    assertEquals(List.of("key", "tally"), ImmutableList.copyOf(r.fieldNames()));
    assertEquals("Shahed-136/131", r.get("key").get(0).asText());
    assertEquals(MAPPER.valueToTree(row.tally()), r.get("tally"));
    assertEquals(75, r.get("tally").get("launched").asLong());
    for (Class<?> type : List.of(SourceOverlap.class, StatsTable.Row.class)) {
      InvalidDefinitionException e = assertThrows(InvalidDefinitionException.class,
          () -> MAPPER.readValue("{}", type));
      assertTrue(e.getMessage().contains("written, not read"), e.getMessage());
    }
  }

  /**
   * An interval and what a table left out are written as the table's JSON writes them, not as
   * beans (review rv45a: {@code "method":"CLUSTER"} and camelCase keys with an {@code "empty"}
   * of their own); both are written, not read.
   */
  @Test
  void anIntervalAndWhatWasLeftOutAreWrittenAsTheTablesJson() throws Exception {
    StatsTable t = StatsQuery.groupBy(Dimension.WEAPON)
        .withInterval(IntervalMethod.CLOPPER_PEARSON, 0.9).run(List.of(report()));
    Tally shahed = t.row("Shahed-136/131").orElseThrow().tally();
    ConfidenceInterval ci = shahed.interval(RateKind.NEUTRALISATION,
        IntervalMethod.CLOPPER_PEARSON, 0.9).orElseThrow();
    JsonNode n = MAPPER.valueToTree(ci);
    assertEquals(List.of("lower", "upper", "method", "level"), ImmutableList.copyOf(
        n.fieldNames()));
    assertEquals("clopper-pearson", n.get("method").asText());
    assertEquals(ci.lower(), n.get("lower").doubleValue());
    assertEquals(0.9, n.get("level").doubleValue());
    JsonNode table = MAPPER.readTree(MAPPER.writeValueAsString(t));
    assertEquals(n.get("method"), table.get("interval").get("method"));
    // what was left out: the keys of the table's left_out, and its values
    LeftOut left = new LeftOut(1, 2, 3, 4, 5, 6);
    JsonNode l = MAPPER.valueToTree(left);
    assertEquals(List.of("invalid_reports", "invalid_lines", "out_of_scope_reports",
        "out_of_scope_lines", "filtered_reports", "filtered_lines"),
        ImmutableList.copyOf(l.fieldNames()));
    assertEquals(6, l.get("filtered_lines").longValue());
    assertEquals(ImmutableList.copyOf(table.get("left_out").fieldNames()).subList(0, 6),
        ImmutableList.copyOf(l.fieldNames()));
    assertThrows(InvalidDefinitionException.class,
        () -> MAPPER.readValue(MAPPER.writeValueAsString(ci), ConfidenceInterval.class));
    assertThrows(InvalidDefinitionException.class,
        () -> MAPPER.readValue(MAPPER.writeValueAsString(left), LeftOut.class));
  }
}
