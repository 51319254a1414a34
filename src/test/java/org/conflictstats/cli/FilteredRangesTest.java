package org.conflictstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.conflictstats.bench.AirForceCsvGenerator;
import org.conflictstats.internal.RangePlan;
import org.conflictstats.io.FileLocation;
import org.conflictstats.io.ImportResult;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.csv.AirForceCsv;
import org.conflictstats.io.json.JsonLinesWriter;
import org.conflictstats.report.HtmlReport;
import org.conflictstats.report.ReportData;
import org.conflictstats.report.ReportSettings;
import org.conflictstats.stats.OverlapPair;
import org.conflictstats.stats.OverlapPairs;
import org.conflictstats.stats.SourceOverlap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Filters, the size key and attacks on a generated file large enough that the reader cuts it into
 * several byte ranges read on several threads (ranges are 8 MiB in the test JVM's heap of 512 MB or
 * more, and the file is over two of them; on one processor, or in a heap under 64 MB, the reader
 * reads it in order: see {@code internal.RangePlan}): the output is the output of the same bytes
 * read in order from standard input.
 */
final class FilteredRangesTest {

  @TempDir
  static Path dir;

  private static Path file;
  private static String text;

  @BeforeAll
  static void generate() throws IOException {
    file = dir.resolve("generated.csv");
    AirForceCsvGenerator.withSeed(12).write(file, 90_000);
    assertTrue(Files.size(file) > 2L * RangePlan.bytesForThisHeap(),
        "at least three ranges: " + Files.size(file));
    text = Files.readString(file, StandardCharsets.UTF_8);
  }

  private static void same(String... args) {
    same(file, text, args);
  }

  private static void same(Path file, String text, String... args) {
    String[] withFile = Arrays.copyOf(args, args.length + 1);
    withFile[args.length] = file.toString();
    String[] withStdin = Arrays.copyOf(args, args.length + 1);
    withStdin[args.length] = "-";
    CliRun a = CliRun.of(withFile);
    CliRun b = CliRun.withStdin(text, withStdin);
    // 0, or 1 for validate, which finds errors in the generated rows
    assertTrue(a.exit() == 0 || a.exit() == 1 && args[0].equals("validate"), a::toString);
    assertEquals(a.exit(), b.exit(), b::toString);
    assertTrue(a.out().length() > 200, a::toString);
    assertEquals(a.out().replace(file.toString(), "<stdin>"), b.out(), String.join(" ", args));
  }

  @Test
  void ratesBySizeAndFamilyWithFilters() {
    same("rates", "--by", "size,family", "--from", "2024-Q2", "--to", "2025", "--format", "csv");
    same("rates", "--by", "region", "--region", "kharkiv oblast,ODESA oblast", "--weapon",
        "Shahed", "--format", "json");
  }

  @Test
  void attacksInInputOrderAndTheLargest() {
    same("attacks", "--family", "missiles", "--from", "2025-W10", "--format", "csv");
    same("attacks", "--top", "30", "--category", "cruise missile,ballistic missile");
  }

  @Test
  void theHtmlReportOfRangesIsTheReportOfTheReportsHeldInMemory() throws IOException {
    CliRun national = CliRun.of("report", "--sources", "national", "--rate", "kinetic",
        file.toString());
    CliRun inOrder = CliRun.withStdin(text, "report", "--sources", "national", "--rate", "kinetic",
        "-");
    assertEquals(0, national.exit(), national::toString);
    // the page escapes the name of standard input; the charts' captions name the input too, and
    // are drawn wrapped to its length: their descriptions are compared, their drawings not
    String named = national.out().replace(file.toString(), "&lt;stdin&gt;");
    assertEquals(descriptions(named), descriptions(inOrder.out()));
    assertEquals(2, descriptions(named).size(), "two charts");
    assertEquals(withoutDrawings(named), withoutDrawings(inOrder.out()));
    CliRun ranges = CliRun.of("report", file.toString());
    assertEquals(0, ranges.exit(), ranges::toString);
    // the oracle: the page of the file read whole, on one thread, every report in a list
    ImportResult whole = AirForceCsv.reader().withParallelism(1).read(file);
    String page = HtmlReport.of(ReportData.of(whole, ReportSettings.standard())).toHtml();
    assertEquals(page, ranges.out());
  }

  private static List<String> descriptions(String page) {
    List<String> out = new java.util.ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<desc>([^<]*)</desc>")
        .matcher(page);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static String withoutDrawings(String page) {
    return page.replaceAll("(?s)<svg.*?</svg>", "<svg/>");
  }

  @Test
  void summaryConvertAndValidate() {
    same("summary", "--weapon", "Kalibr");
    same("convert", "--to", "jsonl", "--from", "2026", "--family", "drones");
    same("validate", "--format", "csv", "--to", "2022-Q2");
  }

  /**
   * {@code --grouping-window} on a file read in ranges: one report's first row moved 3,000 reports
   * away is a separate report under the default window, and under a window of 4,096 joins its
   * report again, giving the table of the file as generated; from the file (ranges) and from
   * standard input (in order) alike.
   */
  @Test
  void aWiderGroupingWindowJoinsARowMovedFarInRangesToo() throws IOException {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    // the first report's rows are at the start: move its first row (line 2) far down
    String moved = lines.remove(1);
    lines.add(Math.min(lines.size() - 1, 6_000), moved);
    Path far = dir.resolve("moved-far.csv");
    String farText = String.join("\n", lines);
    Files.writeString(far, farText, StandardCharsets.UTF_8);
    String[] rates = {"rates", "--by", "month,family", "--format", "csv", "--include-invalid"};
    String original = CliRun.of(append(rates, file.toString())).out();
    same(far, farText, append(rates, "--grouping-window", "4096"));
    assertEquals(original, CliRun.of(append(rates, "--grouping-window", "4096", far.toString()))
        .out());
    CliRun narrow = CliRun.of(append(rates, far.toString()));
    assertTrue(narrow.err().contains("more than 1,024 reports after"), narrow::toString);
  }

  private static String[] append(String[] args, String... more) {
    String[] out = Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, out, args.length, more.length);
    return out;
  }

  /**
   * Bad rows spread through every range: {@code validate} lists the same lines in the same order
   * from the file (ranges on several threads) and from standard input (in order), the rejected
   * rows after every finding, in input order. They came among the findings where the reader met
   * them, which is elsewhere when the file is cut into ranges.
   */
  @Test
  void validateListsRejectedRowsInOneOrderOnEveryPath() throws IOException {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int step = lines.size() / 7;
    List<Integer> bad = new ArrayList<>();
    for (int i = 6; i >= 1; i--) {
      lines.add(i * step, "2025-01-0" + i + " 10:00,not a row");
    }
    for (int i = 1; i <= 6; i++) {
      bad.add(i * step + i); // the line of the i-th bad row: 1-based, after i - 1 inserted before
    }
    Path mutated = dir.resolve("with-bad-rows.csv");
    String mutatedText = String.join("\n", lines);
    Files.writeString(mutated, mutatedText, StandardCharsets.UTF_8);
    same(mutated, mutatedText, "validate", "--format", "csv");
    List<String> out = CliRun.of("validate", "--format", "csv", mutated.toString()).outLines();
    List<Integer> rejectedAt = new ArrayList<>();
    int firstRejected = -1;
    for (int i = 0; i < out.size(); i++) {
      String[] cells = out.get(i).split(",");
      if (cells.length > 4 && cells[4].equals("REJECTED_ROW")) {
        rejectedAt.add(Integer.parseInt(cells[1]));
        firstRejected = firstRejected < 0 ? i : firstRejected;
      }
    }
    assertEquals(bad, rejectedAt);
    assertEquals(out.size() - bad.size(), firstRejected, "the rejected rows come last");
  }

  /**
   * Rows of early reports given again at the end, far beyond the grouping window, are copies or
   * revisions of their reports: told at the merge of the range that holds them, before its
   * findings, they were listed first when the file was read in ranges and among the findings when
   * read in order. They come after every finding, before the rejected rows, on every path.
   */
  @Test
  void validateListsCopiesAndRevisionsInOneOrderOnEveryPath() throws IOException {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    if (lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    int step = lines.size() / 9;
    for (int i = 1; i <= 8; i++) {
      lines.add(lines.get(i * step));
    }
    lines.add(1, "2025-01-01 10:00,not a row");
    Path mutated = dir.resolve("with-copies.csv");
    String mutatedText = String.join("\n", lines) + "\n";
    Files.writeString(mutated, mutatedText, StandardCharsets.UTF_8);
    same(mutated, mutatedText, "validate", "--format", "csv");
    List<String> codes = new ArrayList<>();
    for (String line : CliRun.of("validate", "--format", "csv", mutated.toString()).outLines()) {
      String[] cells = line.split(",");
      codes.add(cells.length > 4 ? cells[4] : "");
    }
    int first = codes.size();
    int last = -1;
    for (int i = 0; i < codes.size(); i++) {
      if (codes.get(i).equals("REVISED_REPORT") || codes.get(i).equals("DUPLICATE_REPORT")) {
        first = Math.min(first, i);
        last = i;
      }
    }
    assertTrue(last >= 0, "copies or revisions found");
    assertEquals(8, last - first + 1, "one line for each row given again, together");
    // then what the reader gave, in input order: the rejected row (line 2), then its one warning
    // of the rows given again (at the end of the file, read last)
    assertEquals(List.of("REJECTED_ROW", "READ_WARNING"),
        codes.subList(last + 1, codes.size()));
    assertTrue(codes.subList(1, first).stream().noneMatch(c -> c.endsWith("_REPORT")
        && !c.equals("OVERLAPPING_REPORTS")), "every finding before them");
  }

  /**
   * The file converted to the library's JSON Lines (over five ranges) gives, from the file and from
   * standard input, the same tables, validation rows and summary, and the same tables as the CSV.
   */
  @Test
  void jsonLinesInRangesAsInOrderAndAsTheCsv() throws IOException {
    CliRun converted = CliRun.of("convert", "--to", "jsonl", file.toString());
    assertEquals(0, converted.exit(), converted::toString);
    Path jsonl = dir.resolve("generated.jsonl");
    Files.writeString(jsonl, converted.out(), StandardCharsets.UTF_8);
    assertTrue(Files.size(jsonl) > 4 * (8 << 20), "at least five ranges: " + Files.size(jsonl));
    String[] rates = {"rates", "--by", "month,family", "--format", "csv"};
    same(jsonl, converted.out(), rates);
    same(jsonl, converted.out(), "validate", "--format", "csv", "--to", "2022-Q2");
    same(jsonl, converted.out(), "summary", "--weapon", "Kalibr");
    String[] onCsv = Arrays.copyOf(rates, rates.length + 1);
    onCsv[rates.length] = file.toString();
    String[] onJsonl = Arrays.copyOf(rates, rates.length + 1);
    onJsonl[rates.length] = jsonl.toString();
    assertEquals(CliRun.of(onCsv).out(), CliRun.of(onJsonl).out());
  }

  /**
   * The overlapping pairs validate lists are those of the library's reports compared one by one in
   * input order ({@link OverlapPairs}), from the file (ranges on several threads, each part
   * comparing its own reports and the merge joining them) and from standard input (parts of up
   * to 4,096 reports).
   */
  @Test
  void validateListsTheOverlappingPairsOfTheReportsInOrder() throws IOException {
    List<String> expected = overlapPairsInOrder(file);
    assertTrue(expected.size() > 100, "pairs to find: " + expected.size());
    CliRun a = CliRun.of("validate", "--format", "csv", file.toString());
    assertEquals(expected, overlapRows(a));
    CliRun b = CliRun.withStdin(text, "validate", "--format", "csv", "-");
    assertEquals(expected.stream().map(l -> l.replace(file.toString(), "<stdin>")).toList(),
        overlapRows(b));
  }

  /** The oracle: "later-line earlier-file:earlier-line" of each pair, in input order. */
  static List<String> overlapPairsInOrder(Path csv) throws IOException {
    OverlapPairs<FileLocation> pairs = OverlapPairs.of(SourceOverlap.DEFAULT_WINDOW);
    List<String> out = new ArrayList<>();
    for (ImportedReport r : AirForceCsv.reader().read(csv).imported()) {
      for (OverlapPair<FileLocation> p : pairs.add(r.report(), r.location())) {
        out.add(p.later().line() + " " + p.earlier().file() + ":" + p.earlier().line());
      }
    }
    return out;
  }

  /** The same of validate's CSV: its OVERLAPPING_REPORTS rows' line and value. */
  static List<String> overlapRows(CliRun r) {
    List<String> out = new ArrayList<>();
    for (String row : r.outLines()) {
      String[] cells = row.split(",");
      if (cells.length > 4 && cells[4].equals(OverlapPair.CODE)) {
        out.add(cells[1] + " " + cells[cells.length - 1]);
      }
    }
    return out;
  }

  /**
   * Every report of every range, as the library's own writer writes the reports the library reads:
   * the command encodes on the reader's threads and writes at the merge, part by part.
   */
  @Test
  void convertWritesEveryReportAsTheLibrarysWriterDoes() throws IOException {
    StringWriter expected = new StringWriter();
    try (JsonLinesWriter w = JsonLinesWriter.of(expected)) {
      w.writeAll(AirForceCsv.reader().read(file).reports());
    }
    CliRun r = CliRun.of("convert", "--to", "jsonl", file.toString());
    assertEquals(0, r.exit(), r::toString);
    assertTrue(expected.toString().length() > 2 * (8 << 20), "several parts of output");
    assertEquals(expected.toString(), r.out());
  }
}
