package org.conflictstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.conflictstats.testing.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code report} takes the filters of the other commands: its rate tables by month and by family
 * hold, for every group and the total, the figures {@code rates --by month} and
 * {@code rates --by family --format json} give with the same filter (each number parsed from the
 * page and compared with the JSON's); a region no input names is exit 2, as elsewhere.
 */
final class ReportFiltersTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Filters (and other options both commands take) on the embedded sample. */
  static Stream<List<String>> sampleRuns() {
    return Stream.of(List.of("--family", "drones"),
        List.of("--from", "2025-04", "--to", "2025-04"),
        List.of("--weapon", "Shahed", "--from", "2025-04-17"),
        List.of("--category", "cruise missile,ballistic missile", "--sources", "national"),
        List.of("--region", "kyiv oblast"),
        List.of("--family", "missiles", "--rate", "kinetic", "--ci", "wilson"));
  }

  @ParameterizedTest
  @MethodSource("sampleRuns")
  void theTablesAreRatesWithTheSameFilterOnTheSample(List<String> options) {
    assertTablesAgree(options);
  }

  /** The real 2026 file: October 2025's drones, and a year of missiles by kinetic rate. */
  @Test
  void theTablesAreRatesWithTheSameFilterOnTheReal2026File() {
    Path f = RealData.airForce("missile_attacks_daily-2026-02.csv");
    int rows = assertTablesAgree(List.of("--from", "2025-10", "--to", "2025-10", "--family",
        "drones", f.toString()));
    assertEquals(2, rows, "one month, one family");
    assertTrue(assertTablesAgree(List.of("--from", "2025", "--family", "missiles", "--rate",
        "kinetic", f.toString())) > 2, "months of 2025 and 2026");
    assertTablesAgree(List.of("--weapon", "Shahed", "--sources", "national", "--to", "2024-06",
        f.toString()));
  }

  /**
   * The findings section covers what {@code validate} with the same filter checks: the reports the
   * filter passes, each whole; its counts by code equal validate's CSV rows by code, leaving aside
   * what compares reports with each other (the page has its own section for overlap and does not
   * list copies and revisions). On the sample, --family missiles keeps the report with an error,
   * --family drones does not.
   */
  @ParameterizedTest
  @MethodSource("findingRuns")
  void theFindingsAreValidatesWithTheSameFilter(List<String> options) {
    List<String> report = new ArrayList<>(List.of("report"));
    report.addAll(options);
    CliRun html = CliRun.of(report.toArray(String[]::new));
    assertEquals(0, html.exit(), html::toString);
    List<String> validate = new ArrayList<>(List.of("validate", "--format", "csv"));
    validate.addAll(options);
    CliRun csv = CliRun.of(validate.toArray(String[]::new));
    java.util.Map<String, Long> expected = new java.util.TreeMap<>();
    List<String> lines = csv.outLines();
    for (String line : lines.subList(1, lines.size())) {
      String code = line.split(",", -1)[4];
      if (!List.of("OVERLAPPING_REPORTS", "DUPLICATE_REPORT", "REVISED_REPORT", "OTHER_PERIOD",
          "READ_WARNING").contains(code)) {
        expected.merge(code, 1L, Long::sum);
      }
    }
    String section = section(html.out(), "findings");
    java.util.Map<String, Long> shown = new java.util.TreeMap<>();
    Matcher m = Pattern.compile("<tr><th[^>]*>([A-Z_]+)</th><td[^>]*>[a-z]+</td>"
        + "<td[^>]*>([0-9,]+)</td></tr>").matcher(section);
    while (m.find()) {
      shown.put(m.group(1), count(m.group(2)));
    }
    assertEquals(expected, shown, () -> csv + "\n" + section);
    // the reader's warnings: validate's READ_WARNING rows, the page's own list of them
    long read = lines.stream().filter(l -> l.split(",", -1)[4].equals("READ_WARNING")).count();
    assertEquals(read > 0, html.out().contains("Warnings of the import (" + read + ")"),
        html::out);
    Matcher checked = Pattern.compile("([0-9,]+) reports? checked").matcher(csv.err());
    assertTrue(checked.find(), csv::toString);
    assertTrue(section.contains("The findings of the " + checked.group(1) + " report"), section);
  }

  static Stream<List<String>> findingRuns() {
    Optional<Path> real = RealData.fileIfPresent("air-force/missile_attacks_daily-2026-02.csv");
    Stream<List<String>> sample = Stream.of(List.of("--family", "missiles"),
        List.of("--family", "drones"), List.of("--to", "2025-04-16"));
    // on the real file when present (its findings by code are the README's five)
    return real.isPresent() ? Stream.concat(sample, Stream.of(
        List.of("--from", "2024-12", "--to", "2024-12", "--weapon", "Shahed",
            real.get().toString()),
        List.of("--family", "missiles", real.get().toString()))) : sample;
  }

  @Test
  void aRegionNoInputNamesIsOneLineAndExit2() {
    CliRun r = CliRun.of("report", "--region", "Nowhere");
    assertEquals(ExitCode.USAGE, r.exit(), r::toString);
    assertEquals(1, r.errLines().stream().filter(l -> l.startsWith("conflict-stats: unknown"
        + " region 'Nowhere': nothing close; the input names 4 regions:")).count(), r::toString);
    assertFalse(r.err().contains("Exception"), r::toString);
    assertTrue(r.out().isEmpty(), r::toString);
  }

  /**
   * Runs report and rates by month and by family with the options; checks each table of the page
   * against the JSON; returns the rows compared, totals left aside.
   */
  private static int assertTablesAgree(List<String> options) {
    List<String> report = new ArrayList<>(List.of("report"));
    report.addAll(options);
    CliRun html = CliRun.of(report.toArray(String[]::new));
    assertEquals(0, html.exit(), html::toString);
    String section = section(html.out(), "rates");
    List<List<List<String>>> tables = tables(section);
    assertEquals(2, tables.size(), section);
    boolean kinetic = options.contains("kinetic");
    int compared = 0;
    for (int t = 0; t < 2; t++) {
      List<String> rates = new ArrayList<>(List.of("rates", "--format", "json", "--by",
          t == 0 ? "month" : "family"));
      rates.addAll(options);
      CliRun json = CliRun.of(rates.toArray(String[]::new));
      assertEquals(0, json.exit(), json::toString);
      JsonNode table;
      try {
        table = JSON.readTree(json.out());
      } catch (IOException e) {
        throw new AssertionError(json.out(), e);
      }
      assertFalse(table.get("filter").isNull(), "the runs are filtered: " + options);
      JsonNode rows = table.get("rows");
      List<List<String>> page = tables.get(t);
      // the rows, then the total
      assertEquals(rows.size() + 1, page.size(), () -> options + "\n" + section);
      for (int i = 0; i < rows.size(); i++) {
        JsonNode row = rows.get(i);
        assertEquals(row.get("key").elements().next().asText(), page.get(i).get(0), section);
        assertRow(row, page.get(i), kinetic, options + " row " + i);
        compared++;
      }
      assertEquals("total", page.get(rows.size()).get(0));
      assertRow(table.get("total"), page.get(rows.size()), kinetic, options + " total");
    }
    return compared;
  }

  /** A row of the page, parsed, against a row of rates' JSON. */
  private static void assertRow(JsonNode json, List<String> cells, boolean kinetic, String what) {
    String rate = kinetic ? "kinetic" : "neutralisation";
    String other = kinetic ? "neutralisation" : "kinetic";
    assertEquals(json.get("reports").asLong(), count(cells.get(1)), what + " reports");
    assertEquals(json.get("lines").asLong(), count(cells.get(2)), what + " lines");
    assertEquals(json.get("rated_launched").asLong(), count(cells.get(3)), what + " launched");
    assertEquals(json.get("unrated_lines").asLong() > 0, cells.get(3).endsWith("*"),
        what + " unrated mark");
    assertEquals(json.get(rate + "_known").asLong(), count(cells.get(4)), what + " known");
    if (assertPercent(json.get(rate + "_rate"), cells.get(5), what + " rate")) {
      // a rate marked as only its lower bound is left open
      assertTrue(json.get(rate + "_lower").asDouble() < json.get(rate + "_upper").asDouble(),
          what + " marked rate");
    }
    assertRange(json.get(rate + "_lower"), json.get(rate + "_upper"), cells.get(6),
        what + " bounds");
    if (json.get(rate + "_rate").isNull()) {
      assertEquals("—", cells.get(7), what + " interval");
    } else if (json.get("ci_low").isNull()) {
      assertEquals("n/e", cells.get(7), what + " interval");
    } else {
      assertRange(json.get("ci_low"), json.get("ci_high"), cells.get(7), what + " interval");
    }
    assertPercent(json.get(other + "_rate"), cells.get(8), what + " other rate");
  }

  private static long count(String cell) {
    return Long.parseLong(cell.replace(",", "").replace("*", ""));
  }

  /**
   * A percentage with one decimal, within rounding of the JSON's fraction; — for null. A rate the
   * page marks {@code +} as only its lower bound (HtmlReportTest checks when) is read without it.
   *
   * @return whether the cell carries the mark
   */
  private static boolean assertPercent(JsonNode fraction, String cell, String what) {
    if (fraction.isNull()) {
      assertEquals("—", cell, what);
      return false;
    }
    boolean marked = cell.endsWith("%+");
    String percent = marked ? cell.substring(0, cell.length() - 1) : cell;
    assertTrue(percent.endsWith("%"), what + ": " + cell);
    double shown = Double.parseDouble(percent.substring(0, percent.length() - 1));
    assertEquals(100 * fraction.asDouble(), shown, 0.05 + 1e-9, what + ": " + cell);
    return marked;
  }

  private static void assertRange(JsonNode low, JsonNode high, String cell, String what) {
    if (low.isNull()) {
      assertEquals("—", cell, what);
      return;
    }
    String[] ends = cell.split(" to ");
    assertEquals(2, ends.length, what + ": " + cell);
    assertPercent(low, ends[0], what + " low");
    assertPercent(high, ends[1], what + " high");
  }

  private static String section(String page, String id) {
    int from = page.indexOf("<section id=\"" + id + "\">");
    assertTrue(from >= 0, "no section " + id);
    return page.substring(from, page.indexOf("</section>", from));
  }

  /** Each table's rows (body, then foot), each row's cells. */
  private static List<List<List<String>>> tables(String section) {
    List<List<List<String>>> tables = new ArrayList<>();
    Matcher m = Pattern.compile("<tbody>\n(.*?)</tbody><tfoot>\n(.*?)</tfoot>", Pattern.DOTALL)
        .matcher(section);
    Pattern cell = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>");
    while (m.find()) {
      List<List<String>> rows = new ArrayList<>();
      for (String row : (m.group(1) + m.group(2)).lines().toList()) {
        List<String> cells = new ArrayList<>();
        Matcher c = cell.matcher(row);
        while (c.find()) {
          cells.add(c.group(1));
        }
        rows.add(cells);
      }
      tables.add(rows);
    }
    return tables;
  }
}
