package org.conflictstats.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.conflictstats.io.ImportResult;
import org.conflictstats.io.csv.AirForceCsv;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.stats.Attack;
import org.conflictstats.stats.Attribution;
import org.conflictstats.table.StatsModule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The filters, the {@code size} key and the {@code attacks} command end to end, on a small Air
 * Force CSV written here, whose figures are worked out by hand below.
 */
final class FiltersAndAttacksTest {

  /**
   * Six reports (2026 layout). National (kpszsu): F, 1 March 2024, 40 Shaheds; A, 1 October 2025,
   * 100 Shaheds (Kharkiv oblast) and 20 of "X-101/X-555 and Kalibr" (cruise, counts not split),
   * size 120; B, 15 October 2025, 450 Shaheds (Kyiv and Odesa oblasts), 10 Iskander-M and 6 of
   * "Shahed-136/131 and Kalibr" (across families), size 466; D, 2 November 2025, 5 KAB and 8
   * Kalibr, size 13; E, 3 November 2025, 10 Shaheds of which 12 destroyed (a validation error).
   * Regional (PvKPivden): C, 15 October 2025, 30 Shaheds, date only.
   */
  static final String FIXTURE = String.join("\n",
      "time_start,time_end,model,launch_place,target,target_main,launched,destroyed,"
          + "not_reach_goal,still_attacking,border_crossing,is_shahed,num_hit_location,"
          + "num_fall_fragment_location,carrier,turbojet,turbojet_destroyed,affected region,"
          + "destroyed_details,launched_details,launch_place_details,source",
      "2024-02-29 20:00,2024-03-01 07:00,Shahed-136/131,,,,40,35,,,,,,,,,,,,,,kpszsu/posts/f",
      "2025-09-30 20:00,2025-10-01 08:00,Shahed-136/131,,,,100,80,5,,,,,,,,,['Kharkiv oblast'],"
          + ",,,kpszsu/posts/a",
      "2025-09-30 20:00,2025-10-01 08:00,X-101/X-555 and Kalibr,,,,20,15,0,,,,,,,,,,,,,"
          + "kpszsu/posts/a",
      "2025-10-14 19:00,2025-10-15 09:00,Shahed-136/131,,,,450,400,20,,,,,,,,,"
          + "\"['Kyiv oblast', 'Odesa oblast']\",,,,kpszsu/posts/b",
      "2025-10-14 19:00,2025-10-15 09:00,Iskander-M,,,,10,4,0,,,,,,,,,,,,,kpszsu/posts/b",
      "2025-10-14 19:00,2025-10-15 09:00,Shahed-136/131 and Kalibr,,,,6,3,0,,,,,,,,,,,,,"
          + "kpszsu/posts/b",
      "2025-10-15,2025-10-15,Shahed-136/131,,,,30,30,,,,,,,,,,,,,,PvKPivden/posts/c",
      "2025-11-01 19:00,2025-11-02 08:00,KAB,,,,5,0,0,,,,,,,,,,,,,kpszsu/posts/d",
      "2025-11-01 19:00,2025-11-02 08:00,Kalibr,,,,8,6,0,,,,,,,,,,,,,kpszsu/posts/d",
      "2025-11-02 19:00,2025-11-03 08:00,Shahed-136/131,,,,10,12,0,,,,,,,,,,,,,kpszsu/posts/e",
      "");

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private String file;

  @BeforeEach
  void write() throws IOException {
    Path f = dir.resolve("fixture.csv");
    Files.writeString(f, FIXTURE, StandardCharsets.UTF_8);
    file = f.toString();
  }

  private static String[] args(String... parts) {
    return parts;
  }

  private CliRun run(String... args) {
    String[] all = Arrays.copyOf(args, args.length + 1);
    all[args.length] = file;
    return CliRun.of(all);
  }

  private static JsonNode json(CliRun r) throws IOException {
    assertEquals(0, r.exit(), r::toString);
    return JSON.readTree(r.out());
  }

  /** Each filter, the total launched it leaves (every source, invalid reports left out). */
  static Stream<Arguments> filters() {
    return Stream.of(
        // A 120 + B 466 + C 30
        Arguments.of(args("--from", "2025-10", "--to", "2025-10"), 616L, 6L, 0L),
        Arguments.of(args("--from", "2025-Q4", "--to", "2025-W42"), 616L, 6L, 0L),
        // A's composite (through Kalibr), B's composite across families (through Kalibr), D 8;
        // E has no Kalibr: left out by the filter, not validated
        Arguments.of(args("--weapon", "Калібр"), 34L, 3L, 2L),
        Arguments.of(args("--category", "ballistic missile"), 10L, 1L, 0L),
        // A 100, B 450 + 6 (the composite, through its Shahed), C 30, F 40; E invalid
        Arguments.of(args("--family", "drones"), 626L, 5L, 1L),
        Arguments.of(args("--family", "guided bombs,MIXED"), 11L, 2L, 0L),
        // the CSV names regions per row: B's Shahed row names Kyiv oblast, B's other rows name
        // none and are about none (not about the Shahed row's regions, their report's union)
        Arguments.of(args("--region", "KYIV oblast"), 450L, 1L, 0L),
        Arguments.of(args("--region", "kharkiv oblast", "--from", "2025"), 100L, 1L, 0L),
        // F 40, A 100 + 20 (the composite, through its Kalibr)
        Arguments.of(args("--weapon", "Shahed,Kalibr", "--until", "2025-10-14"), 160L, 3L, 1L));
  }

  @ParameterizedTest
  @MethodSource("filters")
  void everyFilterGivesTheSameFiguresInTableCsvAndJson(String[] filter, long launched,
      long lines, long partMatched) throws IOException {
    List<String> by = List.of("--by", "weapon");
    List<String> base = new ArrayList<>(List.of("rates"));
    base.addAll(by);
    base.addAll(List.of(filter));

    CliRun table = run(with(base, "--format", "table"));
    assertEquals(0, table.exit(), table::toString);
    String total = table.outLines().stream().filter(l -> l.startsWith("total")).findFirst()
        .orElseThrow();
    assertEquals(String.format(java.util.Locale.ROOT, "%,d", launched),
        total.split("\\s+")[1].replace("*", ""), table::toString);
    assertTrue(table.out().contains("Filter: "), table::toString);

    CliRun csv = run(with(base, "--format", "csv"));
    assertEquals(0, csv.exit(), csv::toString);
    long sum = 0;
    long lineSum = 0;
    for (String row : csv.outLines().subList(1, csv.outLines().size())) {
      List<String> cells = csvCells(row);
      lineSum += Long.parseLong(cells.get(2));
      sum += Long.parseLong(cells.get(3));
    }
    assertEquals(launched, sum, csv::toString);
    assertEquals(lines, lineSum, csv::toString);
    assertTrue(csv.err().contains("conflict-stats: note: Filter: "), csv::toString);

    JsonNode j = json(run(with(base, "--format", "json")));
    assertEquals(launched, j.get("total").get("launched").asLong());
    assertEquals(lines, j.get("total").get("lines").asLong());
    assertEquals(partMatched, j.get("part_matched_lines").asLong());
    assertFalse(j.get("filter").isNull());
    JsonNode left = j.get("left_out");
    // every line of the file is counted or left out, once
    assertEquals(10, lines + left.get("invalid_lines").asLong()
        + left.get("out_of_scope_lines").asLong() + left.get("filtered_lines").asLong());
    assertEquals(6, j.get("total").get("reports").asLong() + left.get("invalid_reports").asLong()
        + left.get("out_of_scope_reports").asLong() + left.get("filtered_reports").asLong());
  }

  private static String[] with(List<String> base, String... more) {
    List<String> all = new ArrayList<>(base);
    all.addAll(List.of(more));
    return all.toArray(new String[0]);
  }

  /** Cells of a CSV row whose quoted cells hold no quotes. */
  private static List<String> csvCells(String row) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (char c : row.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  @Test
  void octoberByFamilyNationalAsWorkedOutByHand() throws IOException {
    CliRun r = run("rates", "--by", "family", "--sources", "national", "--from", "2025-10",
        "--to", "2025-10");
    assertEquals(0, r.exit(), r::toString);
    List<String> rows = r.outLines();
    assertTrue(rows.get(2).matches("drones\\s+550\\s+505 91\\.8%.*"), r::toString);
    assertTrue(rows.get(3).matches("missiles\\s+30\\s+19 63\\.3%.*"), r::toString);
    assertTrue(rows.get(4).matches("mixed\\s+6\\s+3 50\\.0%.*"), r::toString);
    JsonNode j = json(run("rates", "--by", "family", "--sources", "national", "--from",
        "2025-10", "--to", "2025-10", "--format", "json"));
    assertEquals("report dates 2025-10-01 to 2025-10-31",
        j.get("filter").get("description").asText());
    assertEquals("2025-10-01", j.get("filter").get("dates").get(0).get("from").asText());
    assertEquals("2025-10-31", j.get("filter").get("dates").get(0).get("to").asText());
    assertEquals(3, j.get("left_out").get("filtered_reports").asLong());
    assertEquals(1, j.get("left_out").get("out_of_scope_reports").asLong());
  }

  @Test
  void sizeInTableCsvAndJson() throws IOException {
    CliRun table = run("rates", "--by", "size", "--sources", "national");
    assertEquals(0, table.exit(), table::toString);
    List<String> keys = table.outLines().subList(2, 5).stream().map(l -> l.split("\\s+")[0])
        .toList();
    assertEquals(List.of("1-49", "100-199", "400+"), keys);
    CliRun csv = run("rates", "--by", "size", "--sources", "national", "--format", "csv");
    // D (13) and F (40): 53 launched in two reports; A 120; B 466; E invalid
    assertEquals(List.of("1-49,2,3,53", "100-199,1,2,120", "400+,1,3,466"),
        csv.outLines().subList(1, 4).stream()
            .map(l -> String.join(",", Arrays.asList(l.split(",")).subList(0, 4))).toList());
    JsonNode j = json(run("rates", "--by", "size", "--format", "json"));
    // with every source, the regional report C has no size
    JsonNode rows = j.get("rows");
    assertEquals("(none)", rows.get(rows.size() - 1).get("key").get("size").asText());
    assertEquals(30, rows.get(rows.size() - 1).get("launched").asLong());
    assertEquals(1, j.get("unsized").get("reports").asLong());
    assertEquals(1, j.get("unsized").get("lines").asLong());
    assertTrue(j.get("notes").toString().contains("(none): 1 line of 1 report has no attack"
        + " size"), j::toString);
  }

  @Test
  void keysFamilyQuarterRegimeAndSizeTogether() throws IOException {
    CliRun csv = run("rates", "--by", "quarter,regime,family,size", "--format", "csv",
        "--sources", "national");
    assertEquals(0, csv.exit(), csv::toString);
    assertEquals("quarter,regime,family,size,reports", csv.outLines().get(0).substring(0, 34));
    assertTrue(csv.out().contains("\n2025-Q4,from 2025-08-01,drones,400+,1,1,450,"), csv::toString);
    assertTrue(csv.out().contains("\n2024-Q1,to 2024-06-30,drones,1-49,1,1,40,"), csv::toString);
    CliRun table = run("rates", "--by", "quarter,regime,family,size", "--sources", "national");
    assertTrue(table.outLines().get(0).matches("quarter\\s+regime\\s+family\\s+size\\s+launched.*"),
        table::toString);
    // four keys do not fit 80 columns: the regime wraps within its column, never cut
    assertTrue(table.out().contains("2024-Q1  to        drones    1-49 "), table::toString);
    assertTrue(table.out().contains("\n         2024-06-\n         30\n"), table::toString);
    JsonNode j = json(run("rates", "--by", "quarter,regime,family,size", "--sources", "national",
        "--format", "json"));
    JsonNode key = j.get("rows").get(0).get("key");
    assertEquals("2024-Q1", key.get("quarter").asText());
    assertEquals("to 2024-06-30", key.get("regime").asText());
    assertEquals("drones", key.get("family").asText());
    assertEquals("1-49", key.get("size").asText());
    assertEquals(List.of("quarter", "regime", "family", "size"),
        List.of(j.get("dimensions").get(0).asText(), j.get("dimensions").get(1).asText(),
            j.get("dimensions").get(2).asText(), j.get("dimensions").get(3).asText()));
  }

  @Test
  void aFamilyWhoseLinesGiveNoLaunchedFigureIsEmptyAsInRates() throws IOException {
    // 10 Shaheds, and an S-300 line with a blank launched (a family with a line and no figure)
    String csvText = FIXTURE.substring(0, FIXTURE.indexOf('\n') + 1)
        + "2024-02-27 20:00,2024-02-28 08:00,Shahed-136/131,,,,10,10,,,,,,,,,,,,,,kpszsu/posts/g\n"
        + "2024-02-27 20:00,2024-02-28 08:00,C-300,,,,,0,,,,,,,,,,,,,,kpszsu/posts/g\n";
    java.nio.file.Path f = java.nio.file.Files.writeString(dir.resolve("blank.csv"), csvText);
    CliRun csv = CliRun.of("attacks", "--format", "csv", f.toString());
    assertEquals(0, csv.exit(), csv::toString);
    // launched 10 (the drones), drones 10, missiles empty: no line gave a figure
    assertTrue(csv.outLines().get(1).startsWith("2024-02-28,2024-02-27T20:00,2024-02-28T08:00,10,"
        + "10,,,,,"), csv.outLines().get(1));
    JsonNode j = json(CliRun.of("attacks", "--format", "json", f.toString()));
    assertTrue(j.get("attacks").get(0).get("launched_by_family").get("missiles").isNull(),
        j::toString);
    CliRun table = CliRun.of("attacks", f.toString());
    assertTrue(table.outLines().stream().anyMatch(l -> l.startsWith("2024-02-28")
        && l.matches(".* 10\\* +10 +0\\* +- +- .*")), table::toString);
    // rates leaves the same sum empty
    CliRun rates = CliRun.of("rates", "--by", "family", "--format", "csv", f.toString());
    assertTrue(rates.out().contains("\nmissiles,1,1,,"), rates::toString);
  }

  /**
   * Two national posts of one night with the same weapons (DOMAIN.md §10: a post that repeats the
   * night's missiles) are two attacks, and {@code attacks} says that they may be the same weapons,
   * as {@code rates --sources national} does: a note, JSON {@code overlap} with rates' keys and
   * figures, a warning on standard error. Without the second post, none of it.
   */
  @Test
  void twoNationalPostsOfOneNightAreNamedAsRatesNamesThem() throws IOException {
    String header = FIXTURE.substring(0, FIXTURE.indexOf('\n') + 1);
    String one = "2025-01-16 19:00,2025-01-17 09:00,Iskander-M,,,,4,2,,,,,,,,,,,,,,kpszsu/posts/a\n";
    String two = "2025-01-16 19:00,2025-01-17 09:00,Iskander-M,,,,4,2,,,,,,,,,,,,,,kpszsu/posts/b\n";
    java.nio.file.Path f = java.nio.file.Files.writeString(dir.resolve("twice.csv"),
        header + one + two);
    CliRun table = CliRun.of("attacks", f.toString());
    assertEquals(0, table.exit(), table::toString);
    assertTrue(table.out().replace("\n", " ").contains("Warning: 2 lines (2 national, 0 regional,"
        + " 0 other) of 2 reports cover the same weapons as another post's report"), table::toString);
    assertTrue(table.err().contains("conflict-stats: warning: 2 lines (2 national"), table::toString);
    JsonNode j = json(CliRun.of("attacks", "--format", "json", f.toString()));
    JsonNode r = json(CliRun.of("rates", "--sources", "national", "--format", "json",
        f.toString()));
    assertEquals(r.get("overlap"), j.get("overlap"), j::toString);
    // each of the two posts is at risk of counting the other's weapons
    assertEquals(2, j.get("overlap").get("national_lines").asLong(), j::toString);

    // the warning on standard error once, whatever the format (other formats give the notes
    // there); with --top it says it is of every attack counted, not only of those listed
    CliRun csv = CliRun.of("attacks", "--format", "csv", f.toString());
    assertEquals(1, csv.errLines().stream().filter(l -> l.contains("cover the same weapons"))
        .count(), csv::toString);
    CliRun top = CliRun.of("attacks", "--top", "1", f.toString());
    assertTrue(top.out().replace("\n", " ").contains("Warning: of the attacks counted, not only"
        + " those listed: 2 lines (2 national, 0 regional, 0 other) of 2 reports"), top::toString);

    java.nio.file.Path alone = java.nio.file.Files.writeString(dir.resolve("once.csv"),
        header + one);
    CliRun single = CliRun.of("attacks", alone.toString());
    assertFalse(single.out().contains("Warning"), single::toString);
    assertFalse(single.err().contains("warning"), single::toString);
    assertEquals(0, json(CliRun.of("attacks", "--format", "json", alone.toString()))
        .get("overlap").get("reports").asLong());
  }

  @Test
  void attacksInInputOrderInEveryFormat() throws IOException {
    CliRun table = run("attacks");
    assertEquals(0, table.exit(), table::toString);
    List<String> dates = table.outLines().stream().filter(l -> l.matches("\\d{4}-.*"))
        .map(l -> l.substring(0, 10)).toList();
    assertEquals(List.of("2024-03-01", "2025-10-01", "2025-10-15", "2025-11-02"), dates);
    assertTrue(table.out().contains("Not attacks: 1 report of other sources"), table::toString);
    assertTrue(table.out().contains("Left out: 1 national report with validation errors"),
        table::toString);

    CliRun csv = run("attacks", "--format", "csv");
    assertEquals(AttackWriter.CSV_HEADER, csv.outLines().get(0));
    assertTrue(csv.outLines().get(0).contains(",launched,"));
    assertEquals("2025-10-15,2025-10-14T19:00,2025-10-15T09:00,466,450,10,,6,,407,20,427,466,0,"
        + "0.916309,0.916309,1,0.873391,400+,kpszsu,kpszsu/posts/b,"
        + "kpszsu/posts/b@2025-10-14T19:00/2025-10-15T09:00,Europe/Kyiv,false",
        csv.outLines().get(3));
    assertEquals(5, csv.outLines().size());

    JsonNode j = json(run("attacks", "--format", "json"));
    assertEquals(4, j.get("attacks").size());
    assertEquals(4, j.get("counted").asLong());
    assertTrue(j.get("top").isNull());
    assertTrue(j.get("filter").isNull());
    assertEquals(1, j.get("left_out").get("invalid_reports").asLong());
    assertEquals(1, j.get("left_out").get("out_of_scope_reports").asLong());
    JsonNode d = j.get("attacks").get(3);
    assertEquals(13, d.get("launched").asLong());
    assertEquals(5, d.get("launched_by_family").get("guided bombs").asLong());
    assertTrue(d.get("launched_by_family").get("drones").isNull());
    assertEquals("1-49", d.get("size").asText());
    assertEquals(6.0 / 13, d.get("neutralisation_rate").asDouble(), 1e-12);

    assertTrue(table.outLines().get(0).startsWith("date        period (Kyiv)  "), table::toString);
    CliRun utc = run("attacks", "--zone", "UTC");
    assertTrue(utc.outLines().get(0).startsWith("date        period (UTC)  "), utc::toString);
    // the CSV's times are Kyiv's (UTC+3 in October 2025), shown in the zone the heading names
    assertTrue(utc.out().contains("2025-10-15  10-14 16:00 - 10-15 06:00 "), utc::toString);
    CliRun utcCsv = run("attacks", "--zone", "UTC", "--format", "csv");
    assertTrue(utcCsv.out().contains("\n2025-10-15,2025-10-14T16:00,2025-10-15T06:00,466,"),
        utcCsv::toString);
    // and the CSV names it in a column of its own, on every row, as the JSON's zone and the
    // heading; invalid comes after it
    assertTrue(utcCsv.outLines().get(0).endsWith(",report_id,zone,invalid"), utcCsv::toString);
    assertEquals(List.of("UTC"), utcCsv.outLines().stream().skip(1)
        .map(l -> l.split(",", -1)).map(c -> c[c.length - 2]).distinct().toList(),
        utcCsv::toString);
    // JSON names the zone its dates and times are in
    JsonNode inUtc = json(run("attacks", "--zone", "UTC", "--format", "json"));
    assertEquals("UTC", inUtc.get("zone").asText(), inUtc::toString);
    assertEquals("2025-10-14T16:00", inUtc.get("attacks").get(2).get("period_start").asText());
    assertEquals("Europe/Kyiv", json(run("attacks", "--format", "json")).get("zone").asText());
    // a CSV whose times are UTC: --csv-zone says so, and nothing moves
    assertTrue(run("attacks", "--zone", "UTC", "--csv-zone", "UTC").out()
        .contains("2025-10-15  10-14 19:00 - 10-15 09:00 "));
    CliRun invalid = run("attacks", "--include-invalid", "--format", "csv");
    assertEquals(6, invalid.outLines().size(), invalid::toString);
  }

  /**
   * With {@code --include-invalid}, an attack whose report has validation errors (E: 12 of 10
   * destroyed) is marked: {@code !} after its date and a note in the table, {@code invalid} true in
   * CSV and JSON, every other attack false; by default none is listed, none marked (review rv50a:
   * such an attack's 100% rate was listed unflagged).
   */
  @Test
  void anAttackWithValidationErrorsKeptIsMarked() throws IOException {
    String e = "kpszsu/posts/e@2025-11-02T19:00/2025-11-03T08:00";
    CliRun csv = run("attacks", "--include-invalid", "--format", "csv");
    assertEquals(0, csv.exit(), csv::toString);
    List<String> rows = csv.outLines().subList(1, csv.outLines().size());
    assertEquals(5, rows.size(), csv::toString);
    for (String row : rows) {
      assertTrue(row.endsWith(row.contains(e) ? ",true" : ",false"), row);
    }
    assertTrue(csv.err().contains("conflict-stats: note: Invalid: 1 of the attacks listed has"
        + " validation errors, kept by --include-invalid"), csv::toString);
    JsonNode attacks = json(run("attacks", "--include-invalid", "--format", "json"))
        .get("attacks");
    for (JsonNode a : attacks) {
      assertEquals(a.get("report_id").asText().equals(e), a.get("invalid").asBoolean(),
          a::toString);
    }
    CliRun table = run("attacks", "--include-invalid");
    assertEquals(1, table.outLines().stream().filter(l -> l.startsWith("2025-11-03! ")).count(),
        table::toString);
    assertEquals(1, table.outLines().stream().filter(l -> l.matches("\\d{4}-\\d\\d-\\d\\d!.*"))
        .count(), table::toString);
    assertTrue(table.out().contains("Invalid: 1 of the attacks listed has validation errors"),
        table::toString);
    // by default it is left out, and nothing is marked
    CliRun plain = run("attacks", "--format", "csv");
    assertTrue(plain.outLines().stream().skip(1).allMatch(l -> l.endsWith(",false")),
        plain::toString);
    assertFalse(plain.err().contains("Invalid:"), plain::toString);
    assertFalse(run("attacks").out().contains("!"));
    // --top 1: the largest, valid, alone; the note counts the attacks listed
    CliRun top = run("attacks", "--include-invalid", "--top", "1");
    assertFalse(top.out().contains("Invalid:"), top::toString);
  }

  /**
   * A CSV column and the JSON key of the same name hold the same value for every attack (the CSV's
   * family columns are the JSON's {@code launched_by_family} with {@code _} for the space); an
   * empty cell is a JSON null; the CSV's {@code zone} is the JSON's top-level {@code zone}, one
   * for every attack. The CSV once gave the post under {@code source}, where the JSON gives the
   * channel.
   */
  @Test
  void csvColumnsHoldWhatTheJsonKeysOfTheirNameHold() throws IOException {
    CliRun csv = run("attacks", "--include-invalid", "--format", "csv");
    JsonNode whole = json(run("attacks", "--include-invalid", "--format", "json"));
    JsonNode attacks = whole.get("attacks");
    List<String> header = Arrays.asList(csv.outLines().get(0).split(","));
    assertEquals(attacks.size(), csv.outLines().size() - 1, csv::toString);
    for (int i = 0; i < attacks.size(); i++) {
      String[] cells = csv.outLines().get(i + 1).split(",", -1);
      assertEquals(header.size(), cells.length, csv.outLines().get(i + 1));
      JsonNode a = attacks.get(i);
      for (int c = 0; c < header.size(); c++) {
        String key = header.get(c);
        assertEquals(whole.get("zone"), a.get("zone"), "attack " + i);
        JsonNode v = a.has(key) ? a.get(key)
            : a.get("launched_by_family").get(key.replace('_', ' '));
        assertTrue(v != null, "no JSON key for the CSV column " + key);
        String where = "attack " + i + ", " + key;
        if (v.isNull()) {
          assertEquals("", cells[c], where);
        } else if (v.isNumber()) {
          assertEquals(v.asDouble(), Double.parseDouble(cells[c]), 5e-7, where);
        } else {
          assertEquals(v.asText(), cells[c], where);
        }
      }
    }
  }

  /**
   * A library's own mapper with {@code StatsModule} writes an {@code Attack} as the command lists
   * it: each attack of the command's JSON, in the zone it was asked for, is what the module writes
   * for the library's attack of that report, {@code inZone} that zone (review rv47b: an attack
   * was written as a bean through a Java time module, and not read).
   */
  @Test
  void theModuleWritesAnAttackAsTheCommandListsIt() throws IOException {
    ObjectMapper module = new ObjectMapper().registerModule(new StatsModule());
    ImportResult read = AirForceCsv.reader().read(Path.of(file));
    for (ZoneId zone : List.of(ReportPeriod.KYIV, ZoneId.of("UTC"))) {
      JsonNode attacks = json(run("attacks", "--include-invalid", "--format", "json", "--zone",
          zone.getId())).get("attacks");
      assertEquals(5, attacks.size());
      for (JsonNode listed : attacks) {
        StrikeReport report = read.reports().stream()
            .filter(r -> r.id().equals(listed.get("report_id").asText())).findFirst()
            .orElseThrow();
        Attack a = Attack.of(report, Attribution.standard().withZone(zone)
            .dateOf(report.period())).inZone(zone);
        // the command adds whether the report has validation errors, which the module's
        // attack does not know
        assertTrue(listed.get("invalid").isBoolean(), listed::toString);
        com.fasterxml.jackson.databind.node.ObjectNode withoutMark = listed.deepCopy();
        withoutMark.remove("invalid");
        assertEquals(withoutMark, JSON.readTree(module.writeValueAsString(a)), report.id());
        assertEquals(zone.getId(), listed.get("zone").asText());
      }
    }
    assertThrows(InvalidDefinitionException.class, () -> module.readValue("{}", Attack.class));
  }

  @Test
  void theLargestFirstAndTheFilteredFiguresWithTop() throws IOException {
    CliRun top = run("attacks", "--top", "2", "--format", "csv");
    assertEquals(0, top.exit(), top::toString);
    assertEquals(List.of("2025-10-15", "2025-10-01"), top.outLines().subList(1, 3).stream()
        .map(l -> l.substring(0, 10)).toList());
    assertEquals(3, top.outLines().size());
    // with a filter, the figures of the lines that pass; the size stays the whole report's
    JsonNode j = json(run("attacks", "--top", "2", "--weapon", "kalibr", "--format", "json"));
    assertEquals(List.of(20L, 8L), List.of(j.get("attacks").get(0).get("launched").asLong(),
        j.get("attacks").get(1).get("launched").asLong()));
    assertEquals("100-199", j.get("attacks").get(0).get("size").asText());
    assertEquals(3, j.get("counted").asLong());
    assertEquals(2, j.get("part_matched_lines").asLong());
    assertEquals(2, j.get("left_out").get("filtered_out_reports").asLong());
    assertEquals("weapon Kalibr", j.get("filter").asText());
    CliRun many = run("attacks", "--top", "100", "--format", "csv");
    assertEquals(5, many.outLines().size(), many::toString);
  }

  @Test
  void validateChecksTheReportsTheFilterPassesEachWhole() {
    CliRun late = run("validate", "--from", "2025-11-03");
    assertEquals(ExitCode.FINDINGS, late.exit(), late::toString);
    assertTrue(late.err().contains("1 report checked (5 left out by the filter: report dates"
        + " from 2025-11-03): "), late::toString);
    CliRun early = run("validate", "--to", "2025-10", "--format", "csv");
    assertEquals(0, early.exit(), early::toString);
    assertTrue(early.err().contains("4 reports checked (2 left out by the filter"),
        early::toString);
    // a report the filter passes is checked whole: B's composite lines give their findings even
    // under a filter of Shaheds
    CliRun shaheds = run("validate", "--weapon", "Shahed", "--from", "2025-10-15", "--to",
        "2025-10-15", "--format", "csv");
    assertTrue(shaheds.out().contains("COMPOSITE_WEAPON"), shaheds::toString);
  }

  @Test
  void convertWritesThePassingLinesOfThePassingReports() throws IOException {
    CliRun jsonl = run("convert", "--to", "jsonl", "--weapon", "Kalibr");
    assertEquals(0, jsonl.exit(), jsonl::toString);
    assertEquals(3, jsonl.outLines().size(), jsonl::toString);
    assertTrue(jsonl.err().contains("left out by the filter (weapon Kalibr): 3 reports, and 7"
        + " lines in all"), jsonl::toString);
    // what convert kept, read again, gives the filtered table
    CliRun again = CliRun.withStdin(jsonl.out(), "rates", "--by", "weapon", "--format", "csv",
        "-");
    CliRun direct = run("rates", "--by", "weapon", "--format", "csv", "--weapon", "Kalibr");
    assertEquals(direct.out(), again.out());
    CliRun csv = run("convert", "--to", "csv", "--until", "2024");
    assertEquals(2, csv.outLines().size(), csv::toString);
    assertTrue(csv.outLines().get(1).startsWith("2024-02-29 20:00,2024-03-01 07:00,"),
        csv::toString);
    CliRun twice = run("convert", "--to", "csv", "--to", "2024");
    assertEquals(ExitCode.USAGE, twice.exit(), twice::toString);
  }

  @Test
  void summaryAndChartSayWhatTheFilterKept() throws IOException {
    CliRun s = run("summary", "--family", "missiles", "--sources", "national");
    assertEquals(0, s.exit(), s::toString);
    // A's cruise composite (20, 15 down), B's Iskander-M (10, 4) and its composite across
    // families through Kalibr (6, 3), D's Kalibr (8, 6)
    assertTrue(s.out().contains("Filtered (family missiles): 3 reports, with 4 weapon lines,"
        + " counted below"), s::toString);
    assertTrue(s.out().contains("neutralisation rate: 63.6% (28 of 44)"), s::toString);
    Path svg = dir.resolve("c.svg");
    CliRun c = run("chart", "--weapon", "Shahed", "-o", svg.toString());
    assertEquals(0, c.exit(), c::toString);
    assertTrue(Files.readString(svg).contains("Filter: weapon Shahed-136/131."));
  }

  static Stream<Arguments> unknownNames() {
    return Stream.of(
        Arguments.of(args("rates", "--weapon", "Shahd"), "unknown weapon 'Shahd': close matches:"
            + " Shahed"),
        Arguments.of(args("summary", "--weapon", "Kalbir,Shahed"), "unknown weapon 'Kalbir':"
            + " close matches: Kalibr"),
        Arguments.of(args("attacks", "--category", "cruise"), "unknown category 'cruise': close"
            + " matches: cruise missile"),
        Arguments.of(args("validate", "--family", "dron"), "unknown family 'dron': close"
            + " matches: drones"),
        Arguments.of(args("convert", "--to", "jsonl", "--family", "rockets"), "unknown family"
            + " 'rockets': expected drones, missiles, guided bombs, mixed, unclassified"),
        Arguments.of(args("rates", "--region", "Kharkov"), "unknown region 'Kharkov': close"
            + " matches: Kharkiv oblast (region names are the input's own)"),
        Arguments.of(args("attacks", "--region", "Lviv oblast"), "unknown region 'Lviv oblast':"
            + " close matches: Kyiv oblast (region names are the input's own)"),
        Arguments.of(args("validate", "--region", "Mykolaiv"), "unknown region 'Mykolaiv':"
            + " nothing close; the input names 3 regions: Kharkiv oblast, Kyiv oblast, Odesa"
            + " oblast (region names are the input's own)"),
        Arguments.of(args("convert", "--to", "csv", "--region", "kyiv"), "unknown region"
            + " 'kyiv': close matches: Kyiv oblast"),
        Arguments.of(args("chart", "--from", "2025-13"), "--from: no such date: '2025-13'"),
        Arguments.of(args("rates", "--from", "2025-11", "--to", "2025-10"), "--to 2025-10 ends"
            + " before --from 2025-11 starts"),
        Arguments.of(args("rates", "--to", "October"), "--to: not a date, month, ISO week,"
            + " quarter or year: 'October'"),
        // picocli's form, with where the help is, as every other bad value (rv51b)
        Arguments.of(args("attacks", "--top", "0"), "Invalid value for option '--top': the number"
            + " of attacks must be from 1 to 2,147,483,646: 0 (see 'conflict-stats attacks"
            + " --help')"),
        Arguments.of(args("rates", "--category", "UAV"), "unknown category 'UAV': the weapon"
            + " catalogue's UAV is every drone category; --family drones counts them all,"
            + " --category names one of [long-range attack drone, decoy drone, reconnaissance"
            + " drone, loitering munition, unknown drone, mixed drones]"),
        Arguments.of(args("rates", "--category", "drones"), "unknown category 'drones': drones"
            + " is a family: --family 'drones'"),
        Arguments.of(args("rates", "--family", "cruise missile"), "unknown family 'cruise"
            + " missile': cruise missile is a category: --category 'cruise missile'"),
        Arguments.of(args("summary", "--category", "surface-to-air and ballistic missiles"),
            "unknown category 'surface-to-air and ballistic missiles': the weapon catalogue's"
            + " name of lines of S-300 or S-400 and Iskander-M together: --category 'mixed"
            + " missiles' --weapon S-300,S-400 counts them"),
        Arguments.of(args("rates", "--category", "mixeds"), "unknown category 'mixeds': close"
            + " matches: mixed"),
        Arguments.of(args("attacks", "--category", "surface-to-air missle"), "unknown category"
            + " 'surface-to-air missle': close matches: surface-to-air missile"));
  }

  /**
   * The names a user of the dataset tries (its catalogue's {@code surface-to-air missile} and
   * {@code UAV}, the {@code guided_bombs} of the attacks CSV, a category in the plural) count what
   * the tool's own names count (review rv50a: "nothing close").
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--category|anti-aircraft missile|Surface-to-air missile",
      "--category|anti-aircraft missile|surface_to_air_missile",
      "--category|cruise missile|cruise missiles",
      "--category|guided bomb|Guided bombs",
      "--category|cruise missile|'cruise missiles\u00a0'",
      "--family|guided bombs|guided_bombs",
      "--family|guided bombs|Guided-Bomb",
      "--family|drones|UAV",
      "--family|drones|drone"})
  void theDatasetsNamesOfACategoryAndAFamilyAreTheToolsOwn(String option, String own,
      String other) throws IOException {
    // the fixture and an S-300 line, so that every name asked for has lines
    Path f = Files.writeString(dir.resolve("names.csv"), FIXTURE
        + "2025-11-05 19:00,2025-11-06 08:00,S-300,,,,4,1,0,,,,,,,,,,,,,kpszsu/posts/g\n",
        StandardCharsets.UTF_8);
    CliRun a = CliRun.of("rates", "--format", "csv", "--by", "weapon", option, own, f.toString());
    CliRun b = CliRun.of("rates", "--format", "csv", "--by", "weapon", option, other,
        f.toString());
    assertEquals(0, a.exit(), a::toString);
    assertEquals(0, b.exit(), b::toString);
    assertTrue(a.out().lines().count() > 1, a::toString); // the header and a row at least
    assertEquals(a.out(), b.out());
    // the filter's name is the tool's own, whatever was typed
    assertEquals(a.err(), b.err());
  }

  @ParameterizedTest
  @MethodSource("unknownNames")
  void anUnknownNameIsOneLineWithCloseMatchesAndExit2(String[] args, String message) {
    CliRun r = run(args);
    assertAll(
        () -> assertEquals(ExitCode.USAGE, r.exit(), r::toString),
        () -> assertFalse(r.err().contains("Exception"), r::toString),
        () -> assertEquals(1, r.errLines().stream()
            .filter(l -> l.startsWith("conflict-stats: " + message)).count(), r::toString),
        // one line: what standard error says of the input is held until a region, which only
        // the input can tell, is checked (review rv44a: the count line came before it)
        () -> assertEquals(1, r.errLines().size(), r::toString),
        () -> assertFalse(r.err().contains("\tat "), r::toString));
  }

  @Test
  void aRegionIsCheckedAgainstTheInputsNamesWhateverElseTheFilterSays() {
    // the input names Lviv nowhere: an error, though the other name would pass lines
    CliRun r = run("rates", "--region", "Kyiv oblast,Lviv oblast");
    assertEquals(ExitCode.USAGE, r.exit(), r::toString);
    // a file without any region
    CliRun none = CliRun.withStdin(FIXTURE.replace("['Kharkiv oblast']", "")
        .replace("\"['Kyiv oblast', 'Odesa oblast']\"", ""), "rates", "--region", "Kyiv oblast",
        "-");
    assertEquals(ExitCode.USAGE, none.exit(), none::toString);
    assertTrue(none.err().contains("conflict-stats: unknown region 'Kyiv oblast': the input names"
        + " no region"), none::toString);
    // the embedded sample names Kyiv oblast on a line of one report
    CliRun sample = CliRun.of("rates", "--region", "kyiv OBLAST", "--format", "csv");
    assertEquals(0, sample.exit(), sample::toString);
  }

  /**
   * A list with an empty name, at its end too, is refused, never read as no filter at all (nor as
   * fewer groupings or regime boundaries).
   */
  @Test
  void anEmptyNameInAListIsRefused() {
    for (String option : List.of("--weapon", "--category", "--family", "--region")) {
      for (String list : List.of(",", "", " ", "Kalibr,", ",Kalibr", "Kalibr,,Shahed")) {
        CliRun r = run("rates", option, list);
        assertEquals(ExitCode.USAGE, r.exit(), r::toString);
        assertEquals("conflict-stats: " + option + ": an empty name in the list '" + list + "'",
            r.err().strip(), r::toString);
      }
    }
    for (String by : List.of(",", "year,", "year,,weapon", ",year")) {
      CliRun r = run("rates", "--by", by);
      assertEquals(ExitCode.USAGE, r.exit(), r::toString);
      assertTrue(r.err().contains("an empty grouping in the list '" + by + "'"), r::toString);
    }
    CliRun regimes = run("rates", "--regimes", "2024-07,");
    assertEquals(ExitCode.USAGE, regimes.exit(), regimes::toString);
    CliRun two = run("rates", "--format", "csv", "--weapon", "Kalibr", "--weapon", "Shahed");
    CliRun one = run("rates", "--format", "csv", "--weapon", "Kalibr,Shahed");
    assertEquals(0, one.exit(), one::toString);
    assertEquals(one.out(), two.out());
  }

  static Stream<Arguments> commandLines() {
    return Stream.of(
        Arguments.of((Object) args("rates", "--by", "size,family", "--from", "2025")),
        Arguments.of((Object) args("rates", "--by", "weapon", "--weapon", "Kalibr", "--format",
            "json")),
        Arguments.of((Object) args("rates", "--by", "region", "--region", "odesa oblast",
            "--format", "csv")),
        Arguments.of((Object) args("summary", "--family", "drones")),
        Arguments.of((Object) args("attacks", "--family", "drones,missiles")),
        Arguments.of((Object) args("attacks", "--top", "2", "--format", "json", "--to",
            "2025-10-15")),
        Arguments.of((Object) args("convert", "--to", "jsonl", "--from", "2025-10-15")),
        Arguments.of((Object) args("validate", "--format", "csv", "--category",
            "cruise missile")));
  }

  @ParameterizedTest
  @MethodSource("commandLines")
  void aFileAndStandardInputGiveTheSameOutput(String[] args) {
    CliRun fromFile = run(args);
    String[] stdinArgs = Arrays.copyOf(args, args.length + 1);
    stdinArgs[args.length] = "-";
    CliRun fromStdin = CliRun.withStdin(FIXTURE, stdinArgs);
    assertEquals(0, fromFile.exit(), fromFile::toString);
    assertEquals(fromFile.exit(), fromStdin.exit());
    assertEquals(fromFile.out().replace(file, "<stdin>"), fromStdin.out());
  }
}
