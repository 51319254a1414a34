package org.conflictstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictstats.io.csv.AirForceCsv;
import org.conflictstats.io.json.JsonLinesWriter;
import org.conflictstats.testing.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tool on the real Air Force files in {@code ../shared/data} (or {@code -Dconflictstats.data}),
 * against the conformance figures of the real-data issue; skipped, with a message, when absent.
 */
final class CliRealDataTest {

  private static Path file(String name) {
    return RealData.airForce(name);
  }

  /** A count cell: empty when every line's figure was unknown, which adds nothing known. */
  private static long known(String cell) {
    return cell.isEmpty() ? 0 : Long.parseLong(cell);
  }

  private static Map<String, String[]> rows(CliRun r) {
    Map<String, String[]> rows = new LinkedHashMap<>();
    for (String line : r.outLines().subList(1, r.outLines().size())) {
      String[] cells = line.split(",", -1);
      rows.put(cells[0], cells);
    }
    return rows;
  }

  @Test
  void ratesByYearOn2026FileMatchesTheConformanceFigures() {
    Path f = file("missile_attacks_daily-2026-02.csv");
    CliRun r = CliRun.of("rates", "--by", "year", "--format", "csv", "--include-invalid",
        f.toString());
    assertEquals(0, r.exit(), r::toString);
    assertEquals("year," + CliTest.CSV_HEADER, r.outLines().get(0));
    Map<String, String[]> rows = rows(r);
    // column 3 = launched (sum of known values), every line kept
    Map<String, Long> launched = Map.of("2022", 1157L, "2023", 4815L, "2024", 14001L,
        "2025", 58683L, "2026", 7158L);
    launched.forEach((year, n) -> assertEquals(n, Long.parseLong(rows.get(year)[3]), year));
    long lines = rows.values().stream().mapToLong(c -> Long.parseLong(c[2])).sum();
    long destroyed = rows.values().stream().mapToLong(c -> Long.parseLong(c[4])).sum();
    // an empty cell is a sum of unknown figures only: not_reach_goal and still_attacking are blank
    // on every line before July 2024, and say nothing, not 0
    for (String year : List.of("2022", "2023")) {
      assertEquals("", rows.get(year)[5], year + " suppressed");
      assertEquals("", rows.get(year)[6], year + " still airborne");
    }
    long suppressed = rows.values().stream().mapToLong(c -> known(c[5])).sum();
    long airborne = rows.values().stream().mapToLong(c -> known(c[6])).sum();
    long left = rows.values().stream().mapToLong(c -> known(c[7])).sum();
    // rated launched: every launched figure of the file is exact but 3 withheld or blank in 2024
    assertEquals(14001, Long.parseLong(rows.get("2024")[15]));
    assertEquals("3", rows.get("2024")[16]);
    assertEquals(3378, lines);
    assertEquals(60292, destroyed);
    assertEquals(13039, suppressed);
    assertEquals(262, airborne);
    assertEquals(158, left);
  }

  @Test
  void shahedsIn2025() {
    Path f = file("missile_attacks_daily-2026-02.csv");
    CliRun r = CliRun.of("rates", "--by", "year,weapon", "--format", "csv", "--include-invalid",
        f.toString());
    String[] shahed = r.outLines().stream().filter(l -> l.startsWith("2025,Shahed-136/131,"))
        .findFirst().orElseThrow(() -> new AssertionError(r)).split(",");
    assertEquals(54702, Long.parseLong(shahed[4]));
    assertEquals(36903, Long.parseLong(shahed[5]));
    assertEquals(10257, Long.parseLong(shahed[6]));
  }

  @Test
  void validationErrorsAreLeftOutByDefaultAndCounted() {
    Path f = file("missile_attacks_daily-2026-02.csv");
    CliRun r = CliRun.of("rates", "--by", "year", f.toString());
    assertEquals(0, r.exit(), r::toString);
    // exactly 2 lines have outcomes certainly above launched; their reports are left out
    assertTrue(r.err().matches("(?s).*\\d+ lines? of 2 reports with validation errors left out.*"),
        r::toString);
    assertTrue(r.err().contains("may be counted twice"), r::toString);
    // national posts that repeat each other's weapons are found too (DOMAIN.md 10)
    CliRun national = CliRun.of("rates", "--by", "year", "--sources", "national", f.toString());
    assertTrue(national.err().contains("counted twice"), national::toString);
  }

  @Test
  void file2023InTheOldLayout() {
    Path f = file("missile_attacks_daily-2023-07.csv");
    CliRun r = CliRun.of("rates", "--by", "year", "--format", "csv", "--include-invalid",
        f.toString());
    assertEquals(0, r.exit(), r::toString);
    Map<String, String[]> rows = rows(r);
    assertEquals(309, rows.values().stream().mapToLong(c -> Long.parseLong(c[2])).sum());
    assertEquals(2814, rows.values().stream().mapToLong(c -> Long.parseLong(c[3])).sum());
    assertEquals(2256, rows.values().stream().mapToLong(c -> Long.parseLong(c[4])).sum());
  }

  @ParameterizedTest
  @ValueSource(strings = {"missile_attacks_daily-2023-07.csv", "missile_attacks_daily-2026-02.csv"})
  void convertWritesWhatTheLibrarysWriterWrites(String name) throws IOException {
    Path f = file(name);
    StringWriter expected = new StringWriter();
    try (JsonLinesWriter w = JsonLinesWriter.of(expected)) {
      w.writeAll(AirForceCsv.reader().read(f).reports());
    }
    CliRun r = CliRun.of("convert", "--to", "jsonl", f.toString());
    assertEquals(0, r.exit(), r::toString);
    assertTrue(expected.toString().length() > 100_000, name);
    assertEquals(expected.toString(), r.out());
  }

  /**
   * {@code --zone} is the zone of report dates for every input: the real 2026 file and its own
   * JSON Lines conversion give the same tables and attacks in UTC (the CSV's times are read in
   * Kyiv, {@code --csv-zone}'s default, and moved), and some nights move to the day before.
   * {@code --zone} once also said the zone the CSV's times were written in, so that in UTC the CSV
   * kept every date and the JSON Lines moved them.
   */
  @Test
  void theZoneOfReportDatesMeansTheSameForACsvAndItsJsonLines(@TempDir Path dir) throws Exception {
    Path csv = file("missile_attacks_daily-2026-02.csv");
    Path jsonl = dir.resolve("f.jsonl");
    CliRun c = CliRun.of("convert", "--to", "jsonl", "-o", jsonl.toString(), csv.toString());
    assertEquals(0, c.exit(), c::toString);
    List<List<String>> runs = List.of(
        List.of("rates", "--by", "day", "--zone", "UTC", "--sources", "national", "--format",
            "csv", "--from", "2025-07", "--to", "2025-07"),
        List.of("rates", "--by", "month", "--zone", "America/New_York", "--format", "csv"),
        List.of("attacks", "--zone", "UTC", "--format", "csv", "--from", "2025-07-12", "--to",
            "2025-07-13"));
    for (List<String> run : runs) {
      List<String> a = new ArrayList<>(run);
      a.add(csv.toString());
      List<String> b = new ArrayList<>(run);
      b.add(jsonl.toString());
      CliRun fromCsv = CliRun.of(a.toArray(String[]::new));
      CliRun fromJsonl = CliRun.of(b.toArray(String[]::new));
      assertEquals(0, fromCsv.exit(), fromCsv::toString);
      assertEquals(fromCsv.out(), fromJsonl.out(), run::toString);
    }
    CliRun kyiv = CliRun.of("rates", "--by", "day", "--sources", "national", "--format", "csv",
        "--from", "2025-07", "--to", "2025-07", csv.toString());
    CliRun utc = CliRun.of("rates", "--by", "day", "--zone", "UTC",
        "--sources", "national", "--format", "csv", "--from", "2025-07", "--to", "2025-07",
        csv.toString());
    assertNotEquals(kyiv.out(), utc.out(), "some nights end after midnight in Kyiv");
  }

  /**
   * The real 2026 file with its rows sorted by {@code model} (a spreadsheet's sort): its reports'
   * rows lie far apart, most more than 1,024 reports, and by default the file, too short to be cut
   * into ranges, is grouped whole, so the tables are those of the file as published (every line
   * counted), from the file and from standard input; the window given as 1,024 loses lines, with a warning (a new user's
   * review found 832 of 3,378 lines missing from the totals before).
   */
  @Test
  void aFileSortedByAnotherColumnGivesTheTablesOfTheFileInOrder(@TempDir Path dir)
      throws IOException {
    Path f = file("missile_attacks_daily-2026-02.csv");
    List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
    List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
    // one record a line in this file; model is the third cell, after two times without commas
    rows.sort(Comparator.comparing(l -> l.split(",", 4)[2]));
    assertNotEquals(lines.subList(1, lines.size()), rows);
    String text = lines.get(0) + "\n" + String.join("\n", rows) + "\n";
    Path sorted = Files.writeString(dir.resolve("sorted.csv"), text, StandardCharsets.UTF_8);
    // tables only: the overlap check compares each report with the 1,024 before it in the order of
    // the file, so another order finds other pairs (README, "Rows far from their report")
    for (List<String> run : List.of(List.of("rates", "--by", "month,weapon", "--format", "csv"),
        List.of("rates", "--by", "year,source", "--format", "csv", "--include-invalid"),
        List.of("rates", "--by", "region", "--format", "csv", "--sources", "regional"))) {
      CliRun inOrder = CliRun.of(with(run, f.toString()));
      CliRun fromFile = CliRun.of(with(run, sorted.toString()));
      CliRun fromStdin = CliRun.withStdin(text, with(run, "-"));
      assertEquals(0, fromFile.exit(), fromFile::toString);
      assertEquals(inOrder.out().replace(f.toString(), "F"),
          fromFile.out().replace(sorted.toString(), "F"), run::toString);
      assertEquals(fromFile.out().replace(sorted.toString(), "<stdin>"), fromStdin.out(),
          run::toString);
      assertFalse(fromFile.err().contains("comes more than"), fromFile::err);
    }
    CliRun narrow = CliRun.of("rates", "--by", "year", "--format", "csv", "--include-invalid",
        "--grouping-window", "1024", sorted.toString());
    assertTrue(narrow.err().contains("more than 1,024 reports after"), narrow::toString);
    long lineCount = rows(narrow).values().stream().filter(c -> !c[0].equals("total"))
        .mapToLong(c -> Long.parseLong(c[2])).sum();
    assertTrue(lineCount < 3378, "lines counted with the narrow window: " + lineCount);
  }

  private static String[] with(List<String> run, String file) {
    List<String> args = new ArrayList<>(run);
    args.add(file);
    return args.toArray(String[]::new);
  }

  @Test
  void summaryAndValidateOnBothFiles() {
    Path a = file("missile_attacks_daily-2026-02.csv");
    Path b = file("missile_attacks_daily-2023-07.csv");
    CliRun s = CliRun.of("summary", a.toString(), b.toString());
    assertEquals(0, s.exit(), s::toString);
    assertTrue(s.out().contains("3,378 rows read, 3,378 accepted, 0 rejected"), s::toString);
    assertTrue(s.out().contains("309 rows read, 309 accepted, 0 rejected"), s::toString);
    CliRun v = CliRun.of("validate", "--format", "csv", a.toString());
    assertEquals(1, v.exit(), v::toString);
    long exceed = v.outLines().stream().filter(l -> l.contains(",OUTCOMES_EXCEED_LAUNCHED,"))
        .count();
    assertEquals(2, exceed, v::toString);
    assertTrue(v.outLines().stream().filter(l -> l.contains(",OUTCOMES_EXCEED_LAUNCHED,"))
        .allMatch(l -> l.startsWith(a.toString() + ",")), "findings name the file");
  }

  /**
   * validate's closing line writes the reports the filter left out as every count is written, with
   * thousands separators (it wrote "1848"); checked and left out add up to the reports read.
   */
  @Test
  void validateWritesTheFilteredCountAsEveryCount() {
    Path a = file("missile_attacks_daily-2026-02.csv");
    CliRun v = CliRun.of("validate", "--format", "csv", "--from", "2026-01", a.toString());
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(
        "([\\d,]+) reports? checked \\(([\\d,]+) left out by the filter").matcher(v.err());
    assertTrue(m.find(), v::toString);
    long checked = Long.parseLong(m.group(1).replace(",", ""));
    long left = Long.parseLong(m.group(2).replace(",", ""));
    assertEquals(1_906, checked + left, v::toString);
    assertTrue(left >= 1_000 && m.group(2).matches("\\d{1,3}(,\\d{3})+"), m.group(2));
  }

  /**
   * The 2026 file's groups by month and model whose rated rows all have a blank destroyed cell
   * (read with a plain parser of the test's own) are the groups by month and weapon without an
   * interval under every method: nothing is known of their outcome.
   */
  @Test
  void groupsWithNoOutcomeFigureHaveNoIntervalWhateverTheMethod() throws IOException {
    Path f = file("missile_attacks_daily-2026-02.csv");
    List<List<String>> records = org.conflictstats.testing.PlainCsv.records(
        Files.readString(f, java.nio.charset.StandardCharsets.UTF_8));
    List<String> header = records.get(0);
    int launched = header.indexOf("launched");
    int destroyed = header.indexOf("destroyed");
    int end = header.indexOf("time_end");
    int model = header.indexOf("model");
    // month and model as written: whether any rated row of the group gives a figure
    Map<String, Boolean> anyFigure = new LinkedHashMap<>();
    for (List<String> r : records.subList(1, records.size())) {
      if (r.get(launched).isBlank() || !(Double.parseDouble(r.get(launched)) > 0)) {
        continue;
      }
      boolean figure = !r.get(destroyed).isBlank();
      anyFigure.merge(r.get(end).substring(0, 7) + "|" + r.get(model).strip(), figure,
          Boolean::logicalOr);
    }
    long blank = anyFigure.values().stream().filter(v -> !v).count();
    // six such rows, two of them in groups whose other rows give figures
    assertEquals(4, blank, "the file's figure");
    for (String ci : List.of("wilson", "clopper-pearson", "jeffreys")) {
      CliRun r = CliRun.of("rates", "--by", "month,weapon", "--format", "csv", "--ci", ci,
          "--include-invalid", f.toString());
      assertEquals(0, r.exit(), r::toString);
      List<String> header2 = List.of(r.outLines().get(0).split(","));
      int low = header2.indexOf("ci_low");
      int d = header2.indexOf("destroyed");
      long without = r.outLines().stream().skip(1).map(l -> l.split(",", -1))
          .filter(c -> c[low].isEmpty()).count();
      assertEquals(blank, without, ci);
      // and they are the groups without a destroyed figure
      assertEquals(blank, r.outLines().stream().skip(1).map(l -> l.split(",", -1))
          .filter(c -> c[d].isEmpty() && c[low].isEmpty()).count(), ci);
    }
  }

  /**
   * The first and the last year of the 2026 file are covered in part: the note names the first and
   * the last report date, which the test reads from the file's time_end cells itself (every report
   * counted by default is there: the two left out are not the first or the last).
   */
  @Test
  void theFirstAndTheLastPeriodSayWhereTheReportsBeginAndEnd() throws IOException {
    Path f = file("missile_attacks_daily-2026-02.csv");
    List<List<String>> records = org.conflictstats.testing.PlainCsv.records(
        Files.readString(f, java.nio.charset.StandardCharsets.UTF_8));
    int end = records.get(0).indexOf("time_end");
    List<String> dates = records.subList(1, records.size()).stream()
        .map(r -> r.get(end).strip().substring(0, 10)).sorted().toList();
    String first = dates.get(0);
    String last = dates.get(dates.size() - 1);
    CliRun r = CliRun.of("rates", "--by", "year", f.toString());
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().contains("Reports cover in part: " + first.substring(0, 4) + " (from "
        + first + "), " + last.substring(0, 4) + " (to " + last + ")."), r::toString);
    CliRun json = CliRun.of("rates", "--by", "month", "--format", "json", f.toString());
    var dates2 = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out())
        .get("report_dates");
    assertEquals(first, dates2.get("first").asText());
    assertEquals(last, dates2.get("last").asText());
    // by day every row is whole
    assertTrue(!CliRun.of("rates", "--by", "day", f.toString()).out()
        .contains("Reports cover in part"));
  }
}
