package org.conflictstats.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.conflictstats.model.Count;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.Source;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponLine;
import org.conflictstats.stats.Dimension;
import org.conflictstats.stats.IntervalMethod;
import org.conflictstats.stats.RateKind;
import org.conflictstats.stats.StatsQuery;
import org.conflictstats.stats.StatsTable;
import org.junit.jupiter.api.Test;

final class StatsTableWritersTest {

  private static final WeaponCatalog CATALOG = WeaponCatalog.builtIn();

  /** A report of one night, from a post of its own, with these lines. */
  private static StrikeReport report(String id, WeaponLine... lines) {
    return StrikeReport.builder()
        .id(id)
        .period(ReportPeriod.of(ReportTime.ofMinute(LocalDateTime.of(2025, 4, 16, 20, 0)),
            ReportTime.ofMinute(LocalDateTime.of(2025, 4, 17, 8, 0))))
        .source(Source.parse("kpszsu/posts/synthetic-" + id))
        .addLines(List.of(lines))
        .build();
  }

  /**
   * Two groups: one with 10 launched, 4 destroyed, 3 suppressed; one whose launched is unknown,
   * with at most 5 destroyed (no weapon known to have been launched: a known outcome would make
   * launched at least that many, {@code WeaponLine.impliedLaunched()}).
   */
  private static StatsTable table() {
    StrikeReport report = report("r1",
        WeaponLine.of(CATALOG.resolve("Kalibr"), Count.exactly(10))
            .withDestroyed(Count.exactly(4)).withSuppressed(Count.exactly(3)),
        WeaponLine.of(CATALOG.resolve("Shahed-136/131"), Count.unknown())
            .withDestroyed(Count.atMost(5)));
    return StatsQuery.groupBy(Dimension.WEAPON, Dimension.of("note", c -> "a, \"b\""))
        .withInvalidReportsKept(true).run(List.of(report));
  }

  @Test
  void csvQuotesKeysAndLeavesUndefinedRatesEmpty() {
    StringWriter out = new StringWriter();
    StatsTableCsv.write(table(), out, RateKind.NEUTRALISATION,
        Optional.of(IntervalMethod.WILSON), 0.95);
    String[] lines = out.toString().split("\n");
    assertEquals(3, lines.length, out::toString);
    assertTrue(lines[0].startsWith("weapon,note,reports,lines,launched,"), lines[0]);
    // independent figures: 7 of 10 neutralised, 4 of 10 destroyed, 3 unknown, upper bound 1
    assertTrue(lines[1].startsWith("Kalibr,\"a, \"\"b\"\"\",1,1,10,4,3,0,0,3,0.4,0.7,0.7,1,"),
        lines[1]);
    // launched unknown: no rate at all, never 0; a launched sum of unknown lines is empty, not 0,
    // and so is the unknown outcome of lines whose launched is unknown
    assertTrue(lines[2].startsWith("Shahed-136/131,\"a, \"\"b\"\"\",1,1,,0,0,0,0,,"), lines[2]);
    // no rate, bounds or interval; no rated launched, one unrated line, no cluster, no regime; no
    // kinetic bounds; the interval, had it one, would be of the neutralisation rate
    assertTrue(lines[2].endsWith(",,,,,,0,1,0,,,,neutralisation"), lines[2]);
    // the kinetic rate's bounds: 4 of 10 destroyed, at most 4 + the 3 unknown
    assertTrue(lines[1].endsWith(",10,0,1,,0.4,0.7,neutralisation"), lines[1]);
  }

  @Test
  void anUngroupedTableIsItsTotalRowOnceAndAnEmptyOneToo() {
    StrikeReport report = report("r2", WeaponLine.of(CATALOG.resolve("Kalibr"), Count.exactly(10))
        .withDestroyed(Count.exactly(4)));
    for (List<StrikeReport> reports : List.of(List.of(report), List.<StrikeReport>of())) {
      StringWriter out = new StringWriter();
      StatsTableCsv.write(StatsQuery.ungrouped().run(reports), out, RateKind.NEUTRALISATION,
          Optional.of(IntervalMethod.WILSON), 0.95);
      String[] lines = out.toString().split("\n");
      assertEquals(2, lines.length, out::toString);
      assertTrue(lines[0].startsWith("reports,lines,launched,"), lines[0]);
      assertTrue(lines[1].startsWith(reports.size() + ","), lines[1]);
    }
  }

  @Test
  void theIntervalFollowsTheChosenRate() {
    StringWriter neutral = new StringWriter();
    StringWriter kinetic = new StringWriter();
    StatsTableCsv.write(table(), neutral, RateKind.NEUTRALISATION,
        Optional.of(IntervalMethod.CLOPPER_PEARSON), 0.95);
    StatsTableCsv.write(table(), kinetic, RateKind.KINETIC,
        Optional.of(IntervalMethod.CLOPPER_PEARSON), 0.95);
    List<String> header = List.of(neutral.toString().split("\n")[0].split(",", -1));
    int ciLow = header.indexOf("ci_low");
    String[] n = neutral.toString().split("\n")[1].split(",", -1);
    String[] k = kinetic.toString().split("\n")[1].split(",", -1);
    // Clopper-Pearson 95% for 7 of 10 and 4 of 10 (from beta quantiles, e.g. R's binom.test)
    assertEquals(0.347547, Double.parseDouble(n[ciLow + 1]), 1e-6); // the key "a, "b"" has a comma
    assertEquals(0.121552, Double.parseDouble(k[ciLow + 1]), 1e-6);
  }

  @Test
  void ciRateNamesTheChosenRateOnEveryRowWithOrWithoutAnInterval() {
    for (RateKind kind : RateKind.values()) {
      for (Optional<IntervalMethod> method : List.of(Optional.of(IntervalMethod.WILSON),
          Optional.<IntervalMethod>empty())) {
        StringWriter out = new StringWriter();
        StatsTableCsv.write(table(), out, kind, method, 0.95);
        String[] lines = out.toString().split("\n");
        List<String> header = List.of(lines[0].split(",", -1));
        // appended: every earlier column keeps its position
        assertEquals(List.of("regime_boundaries", "kinetic_lower", "kinetic_upper", "ci_rate"),
            header.subList(header.size() - 4, header.size()));
        String name = kind == RateKind.KINETIC ? "kinetic" : "neutralisation";
        // the Kalibr row has an interval, the Shahed row (rate undefined) none: both name the rate
        for (int i = 1; i < lines.length; i++) {
          assertTrue(lines[i].endsWith("," + name), kind + " " + method + ": " + lines[i]);
        }
      }
    }
  }

  /**
   * On the real file by month: the CSV's kinetic bounds are the tally's, and the known and possible
   * kinetic numerators the JSON writer gives, over the rated launched, computed here.
   */
  @Test
  void csvKineticBoundsAreTheTallysAndTheJsonWritersOnTheRealFileByMonth() throws Exception {
    List<StrikeReport> reports = org.conflictstats.io.csv.AirForceCsv.reader()
        .read(org.conflictstats.testing.RealData.airForce("missile_attacks_daily-2026-02.csv"))
        .reports();
    StatsTable table = StatsQuery.groupBy(Dimension.MONTH).run(reports);
    StringWriter csv = new StringWriter();
    StatsTableCsv.write(table, csv, RateKind.KINETIC, Optional.of(IntervalMethod.WILSON), 0.95);
    StringWriter json = new StringWriter();
    StatsTableJson.write(table, json, RateKind.KINETIC, Optional.of(IntervalMethod.WILSON), 0.95);
    java.util.Map<String, JsonNode> byMonth = new java.util.HashMap<>();
    new ObjectMapper().readTree(json.toString()).path("rows")
        .forEach(r -> byMonth.put(r.path("key").path("month").asText(), r));
    java.util.Map<String, org.conflictstats.stats.Tally> tallies = new java.util.HashMap<>();
    for (StatsTable.Row row : table) {
      tallies.put(row.key().get(0), row.tally());
    }
    String[] lines = csv.toString().split("\n");
    List<String> header = List.of(lines[0].split(",", -1));
    int lower = header.indexOf("kinetic_lower");
    int upper = header.indexOf("kinetic_upper");
    int ciRate = header.indexOf("ci_rate");
    int neutralisationUpper = header.indexOf("neutralisation_upper");
    assertTrue(lines.length > 40, "months: " + lines.length);
    int open = 0;
    int unlikeNeutralisation = 0;
    for (String line : List.of(lines).subList(1, lines.length)) {
      String[] c = line.split(",", -1);
      JsonNode j = byMonth.get(c[0]);
      org.conflictstats.stats.Tally t = tallies.get(c[0]);
      double rated = j.path("rated_launched").asDouble();
      assertTrue(rated > 0, line);
      double lo = Double.parseDouble(c[lower]);
      double hi = Double.parseDouble(c[upper]);
      // written to 6 decimals
      assertEquals(j.path("kinetic_known").asDouble() / rated, lo, 5e-7, line);
      assertEquals(j.path("kinetic_possible").asDouble() / rated, hi, 5e-7, line);
      assertEquals(j.path("kinetic_lower").asDouble(), lo, 5e-7, line);
      assertEquals(j.path("kinetic_upper").asDouble(), hi, 5e-7, line);
      assertEquals(t.kineticRate().lower().getAsDouble(), lo, 5e-7, line);
      assertEquals(t.kineticRate().upper().getAsDouble(), hi, 5e-7, line);
      assertEquals("kinetic", c[ciRate], line);
      open += hi > lo ? 1 : 0;
      unlikeNeutralisation += c[upper].equals(c[neutralisationUpper]) ? 0 : 1;
    }
    // not a vacuous check: months with unknown outcomes, and the kinetic upper bound apart from
    // the neutralisation one (2026-02: 0.984481 against 0.985451)
    assertTrue(open > 10, "months with open kinetic bounds: " + open);
    assertTrue(unlikeNeutralisation > 0, csv::toString);
  }

  @Test
  void jsonCarriesUpperBoundsAndNullsForTheUndefined() throws Exception {
    StringWriter out = new StringWriter();
    StatsTableJson.write(table(), out, RateKind.KINETIC, Optional.empty(), 0.95);
    JsonNode root = new ObjectMapper().readTree(out.toString());
    assertTrue(root.path("interval").path("method").isNull());
    JsonNode kalibr = root.path("rows").get(0);
    assertEquals("Kalibr", kalibr.path("key").path("weapon").asText());
    assertEquals(10, kalibr.path("launched_upper").asLong());
    assertEquals(0.7, kalibr.path("neutralisation_rate").asDouble(), 1e-12);
    JsonNode shahed = root.path("rows").get(1);
    assertTrue(shahed.path("launched_upper").isNull(), "unbounded launched");
    assertTrue(shahed.path("neutralisation_rate").isNull(), "undefined rate");
    assertEquals(2, root.path("total").path("lines").asLong());
    assertEquals(7, kalibr.path("neutralisation_known").asLong());
    assertEquals(10, kalibr.path("rated_launched").asLong());
    assertEquals("kinetic", root.path("interval").path("rate").asText());
  }

  /** Three national nights around the August 2025 boundary; a Kalibr line of 2 on one of them. */
  private static StatsTable nights(StatsQuery query) {
    List<StrikeReport> reports = new java.util.ArrayList<>();
    int[] days = {30, 31, 33};
    for (int i = 0; i < days.length; i++) {
      LocalDateTime end = LocalDateTime.of(2025, 7, 1, 8, 0).plusDays(days[i]);
      StrikeReport.Builder b = StrikeReport.builder()
          .id("n" + i)
          .period(ReportPeriod.of(ReportTime.ofMinute(end.minusHours(12)), ReportTime.ofMinute(end)))
          .source(Source.parse("kpszsu/posts/synthetic-n" + i))
          .addLine(WeaponLine.of(CATALOG.resolve("Shahed-136/131"), Count.exactly(100 + 10 * i))
              .withDestroyed(Count.exactly(60 + 15 * i)).withSuppressed(Count.exactly(20)));
      if (i == 2) {
        b.addLine(WeaponLine.of(CATALOG.resolve("Kalibr"), Count.exactly(2))
            .withDestroyed(Count.exactly(2)));
      }
      reports.add(b.build());
    }
    return query.run(reports);
  }

  @Test
  void csvKeepsHiddenRatesNotEstimableIntervalsAndRegimesApart() {
    StatsTable t = nights(StatsQuery.groupBy(Dimension.YEAR, Dimension.WEAPON).withMinLaunched(5));
    StringWriter out = new StringWriter();
    StatsTableCsv.write(t, out, RateKind.NEUTRALISATION, Optional.of(IntervalMethod.CLUSTER),
        0.95);
    String[] lines = out.toString().split("\n");
    assertEquals("year,weapon,reports,lines,launched,destroyed,suppressed,still_airborne,"
        + "left_airspace,unknown,kinetic_rate,neutralisation_rate,neutralisation_lower,"
        + "neutralisation_upper,ci_low,ci_high,rated_launched,unrated_lines,clusters,"
        + "regime_boundaries,kinetic_lower,kinetic_upper,ci_rate", lines[0]);
    // Kalibr: 2 launched, below 5: counts kept, rates, bounds (the kinetic ones too: 2 of 2, had
    // they been shown) and interval empty; one report, one regime
    assertEquals("2025,Kalibr,1,1,2,2,0,0,0,0,,,,,,,2,0,1,,,,neutralisation", lines[1]);
    // Shahed: three reports on both sides of 2025-08-01, with a clustered interval
    String[] shahed = lines[2].split(",", -1);
    assertEquals("330", shahed[16]);
    assertEquals("3", shahed[18]);
    assertEquals("2025-08-01", shahed[19]);
    assertTrue(!shahed[14].isEmpty() && !shahed[15].isEmpty(), lines[2]);
    // kinetic bounds: (60 + 75 + 90) destroyed of 330, and with the 20 + 15 + 10 unknown 270/330
    assertEquals("0.681818", shahed[20], lines[2]);
    assertEquals("0.818182", shahed[21], lines[2]);
    assertEquals("neutralisation", shahed[22], lines[2]);
  }

  @Test
  void jsonSaysWhatIsHiddenNotEstimableAndMixed() throws Exception {
    StatsTable t = nights(StatsQuery.groupBy(Dimension.WEAPON).withMinLaunched(5)
        .withBootstrap(org.conflictstats.stats.Bootstrap.of(300, 9)));
    StringWriter out = new StringWriter();
    StatsTableJson.write(t, out, RateKind.NEUTRALISATION, Optional.of(IntervalMethod.BOOTSTRAP),
        0.95);
    JsonNode root = new ObjectMapper().readTree(out.toString());
    JsonNode interval = root.path("interval");
    assertEquals("bootstrap", interval.path("method").asText());
    assertEquals("report", interval.path("unit").asText());
    assertEquals(300, interval.path("replicates").asInt());
    assertEquals(9, interval.path("seed").asLong());
    assertEquals(5, root.path("min_launched").asLong());
    assertEquals("2024-07-01", root.path("regimes").get(0).asText());
    JsonNode kalibr = root.path("rows").get(0);
    assertTrue(kalibr.path("rate_hidden").asBoolean());
    assertTrue(kalibr.path("neutralisation_rate").isNull() && kalibr.path("ci_low").isNull());
    assertEquals(2, kalibr.path("launched").asLong(), "counts stay");
    JsonNode shahed = root.path("rows").get(1);
    assertEquals(3, shahed.path("clusters").asLong());
    assertEquals("2025-08-01", shahed.path("regime_boundaries").get(0).asText());
    assertTrue(shahed.path("ci_low").asDouble() < shahed.path("neutralisation_rate").asDouble());
    String notes = root.path("notes").toString();
    assertTrue(notes.contains("hidden: 1 group has fewer than 5 weapons"), notes);
    // the JSON carries kinetic rates, so it warns of regimes even under the neutralisation rate
    assertTrue(notes.contains("mixes reporting regimes (boundary 2025-08-01)"), notes);
  }

  @Test
  void unknownIsWhatTheKnownLaunchedLeavesNeverMoreThanLaunched() throws Exception {
    // 40 to 60 launched, at most 30 destroyed: of the 40 known launched none is accounted for,
    // though the unknown outcome may be 60; 10 launched, at least 4 destroyed: 6 not accounted for
    StrikeReport report = report("r1",
        WeaponLine.of(CATALOG.resolve("Shahed-136/131"), Count.between(40, 60))
            .withDestroyed(Count.atMost(30)),
        WeaponLine.of(CATALOG.resolve("Kalibr"), Count.exactly(10))
            .withDestroyed(Count.atLeast(4)));
    StatsTable table = StatsQuery.groupBy(Dimension.WEAPON).withInvalidReportsKept(true)
        .run(List.of(report));
    StringWriter csv = new StringWriter();
    StatsTableCsv.write(table, csv, RateKind.NEUTRALISATION, Optional.empty(), 0.95);
    String[] rows = csv.toString().split("\n");
    List<String> header = List.of(rows[0].split(","));
    int launched = header.indexOf("launched");
    int unknown = header.indexOf("unknown");
    assertEquals("Kalibr", rows[1].split(",")[0]);
    assertEquals("10", rows[1].split(",")[launched]);
    assertEquals("6", rows[1].split(",")[unknown]);
    assertEquals("Shahed-136/131", rows[2].split(",")[0]);
    assertEquals("40", rows[2].split(",")[launched]);
    assertEquals("40", rows[2].split(",")[unknown]);

    StringWriter json = new StringWriter();
    StatsTableJson.write(table, json, RateKind.NEUTRALISATION, Optional.empty(), 0.95);
    JsonNode shahed = new ObjectMapper().readTree(json.toString()).get("rows").get(1);
    assertEquals(40, shahed.get("unknown").longValue());
    assertEquals(60, shahed.get("unknown_upper").longValue());
    JsonNode kalibr = new ObjectMapper().readTree(json.toString()).get("rows").get(0);
    assertEquals(6, kalibr.get("unknown").longValue());
    assertEquals(6, kalibr.get("unknown_upper").longValue());
  }

  @Test
  void aBlankLaunchedWithKnownOutcomesIsAtLeastThoseOutcomes() throws Exception {
    StrikeReport report = report("r1", WeaponLine.of(CATALOG.resolve("Shahed-136/131"),
        Count.unknown()).withDestroyed(Count.exactly(5)).withSuppressed(Count.exactly(2)));
    StatsTable table = StatsQuery.groupBy(Dimension.WEAPON).withInvalidReportsKept(true)
        .run(List.of(report));
    StringWriter csv = new StringWriter();
    StatsTableCsv.write(table, csv, RateKind.NEUTRALISATION, Optional.empty(), 0.95);
    // launched 7 (5 shot down and 2 suppressed were launched), destroyed 5, suppressed 2,
    // still airborne 0, left 0, unknown 0; no rate
    assertTrue(csv.toString().split("\n")[1].startsWith("Shahed-136/131,1,1,7,5,2,0,0,0,,"),
        csv::toString);
    StringWriter json = new StringWriter();
    StatsTableJson.write(table, json, RateKind.NEUTRALISATION, Optional.empty(), 0.95);
    JsonNode row = new ObjectMapper().readTree(json.toString()).path("rows").get(0);
    assertEquals(7, row.path("launched").asLong());
    assertTrue(row.path("launched_upper").isNull(), row::toString);
    assertEquals(0, row.path("rated_launched").asLong());
  }

  /**
   * A blank launched whose known outcomes are zeros (the real 2026 file's C-300 row of 2024-02-28:
   * destroyed {@code 0.0}) is at least 0 launched: no figure, an empty cell, as the README's table
   * of the CSV's columns says (review rv47a).
   */
  @Test
  void aBlankLaunchedWithKnownZeroOutcomesIsNoFigure() throws Exception {
    StrikeReport report = report("r1", WeaponLine.of(CATALOG.resolve("S-300"), Count.unknown())
        .withDestroyed(Count.zero()).withSuppressed(Count.zero()));
    StatsTable table = StatsQuery.groupBy(Dimension.WEAPON).withInvalidReportsKept(true)
        .run(List.of(report));
    StringWriter csv = new StringWriter();
    StatsTableCsv.write(table, csv, RateKind.NEUTRALISATION, Optional.empty(), 0.95);
    // launched empty (at least 0), destroyed 0, suppressed 0
    assertTrue(csv.toString().split("\n")[1].startsWith("S-300,1,1,,0,0,"), csv::toString);
    StringWriter json = new StringWriter();
    StatsTableJson.write(table, json, RateKind.NEUTRALISATION, Optional.empty(), 0.95);
    JsonNode row = new ObjectMapper().readTree(json.toString()).path("rows").get(0);
    assertTrue(row.path("launched").isNull(), row::toString);
    assertEquals(0, row.path("destroyed").asLong());
  }

  @Test
  void aSumOfUnknownFiguresIsNullInJsonNotZero() throws Exception {
    StringWriter out = new StringWriter();
    StatsTableJson.write(table(), out, RateKind.NEUTRALISATION, Optional.empty(), 0.95);
    JsonNode shahed = new ObjectMapper().readTree(out.toString()).path("rows").get(1);
    assertTrue(shahed.path("launched").isNull(), shahed.toString());
    assertEquals(0, shahed.path("destroyed").asLong());
    assertEquals(5, shahed.path("destroyed_upper").asLong());
    assertEquals(1, shahed.path("unrated_lines").asLong());
    assertEquals(0, shahed.path("rated_launched").asLong());
  }

  @Test
  void tallyOfLinesWithoutTheirReportsHasNoClusterCountAndNoClusteredInterval() throws Exception {
    // as a reader that adds lines alone builds it (StatsTable.of)
    org.conflictstats.stats.TallyAccumulator acc = new org.conflictstats.stats.TallyAccumulator();
    acc.add(WeaponLine.of(CATALOG.resolve("Kalibr"), Count.exactly(10))
        .withDestroyed(Count.exactly(4)));
    acc.add(WeaponLine.of(CATALOG.resolve("Kalibr"), Count.exactly(6))
        .withDestroyed(Count.exactly(6)));
    acc.addReports(2);
    org.conflictstats.stats.Tally tally = acc.snapshot();
    StatsTable t = StatsTable.of(List.of(Dimension.WEAPON), java.util.Map.of(List.of("Kalibr"),
        tally), tally, org.conflictstats.stats.LeftOut.none(),
        org.conflictstats.stats.SourceOverlap.none());
    StringWriter csv = new StringWriter();
    StatsTableCsv.write(t, csv, RateKind.NEUTRALISATION, Optional.of(IntervalMethod.CLUSTER),
        0.95);
    assertEquals("Kalibr,2,2,16,10,0,0,0,6,0.625,0.625,0.625,1,,,16,0,,,0.625,1,neutralisation",
        csv.toString().split("\n")[1]);
    StringWriter json = new StringWriter();
    StatsTableJson.write(t, json, RateKind.NEUTRALISATION, Optional.of(IntervalMethod.CLUSTER),
        0.95);
    JsonNode root = new ObjectMapper().readTree(json.toString());
    assertTrue(root.path("rows").get(0).path("clusters").isNull());
    assertTrue(root.path("notes").toString().contains("lines added without their report"),
        root.path("notes").toString());
  }
}
