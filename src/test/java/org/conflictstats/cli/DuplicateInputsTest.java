package org.conflictstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports given more than once, through the commands: the same file twice, a JSON Lines file that
 * holds a report twice, and a revision in a second file; counted once, said on standard error, in
 * the notes, and listed by {@code validate} with both locations.
 */
final class DuplicateInputsTest {

  /** Two reports: 10 Shaheds (8 destroyed) and 4 Kalibrs (2 destroyed). */
  private static final String A = CliTest.AIR_FORCE_HEADER
      + "2025-03-01 20:00,2025-03-02 08:00,Shahed-136/131,,Ukraine,,10,8,kpszsu/posts/a\n"
      + "2025-03-02 20:00,2025-03-03 08:00,Kalibr,,Ukraine,,4,2,kpszsu/posts/b\n";

  /** The Kalibr report again, 4 destroyed. */
  private static final String B = CliTest.AIR_FORCE_HEADER
      + "2025-03-02 20:00,2025-03-03 08:00,Kalibr,,Ukraine,,4,4,kpszsu/posts/b\n";

  @TempDir
  Path dir;

  private String a;
  private String b;

  @BeforeEach
  void write() throws IOException {
    a = Files.writeString(dir.resolve("a.csv"), A).toString();
    b = Files.writeString(dir.resolve("b.csv"), B).toString();
  }

  private static String[] csvRow(CliRun r) {
    return r.outLines().get(1).split(",", -1);
  }

  /**
   * {@code convert --to csv} of inputs that hold one report twice writes both, as it transcribes,
   * and says that the CSV read back makes them one report with every line twice; JSON Lines keeps
   * them apart, and says nothing (the review's 2023-07 and 2026-02 releases: 2022 at 1,784 launched
   * instead of 1,287, silently).
   */
  @Test
  void convertToOneCsvSaysWhatAReportGivenTwiceBecomes() {
    CliRun csv = CliRun.of("convert", "--to", "csv", a, b);
    assertEquals(0, csv.exit(), csv::toString);
    assertEquals(4, csv.outLines().size(), csv::out); // the header and every row written
    assertTrue(csv.err().contains("conflict-stats: warning: 1 report of the inputs is given again"
        + " (1 revision), each written as given: a CSV makes rows of one post and period"
        + " one report, so read back, one given again with rows other than the first's (a"
        + " revision) holds its lines twice and counts them twice (one given again row for row"
        + " counts once); write --to jsonl"), csv::err);
    CliRun readBack = CliRun.withStdin(csv.out(), "rates", "--format", "csv", "--include-invalid",
        "-");
    assertEquals("18", csvRow(readBack)[3], "the Kalibrs twice: what the warning says");
    // a copy is written row for row as the first: read back, it is a copy again, counted once
    CliRun copies = CliRun.of("convert", "--to", "csv", a, a);
    assertTrue(copies.err().contains("is given again (1 copy)")
        || copies.err().contains("are given again (2 copies)"), copies::err);
    CliRun copiesBack = CliRun.withStdin(copies.out(), "rates", "--format", "csv",
        "--include-invalid", "-");
    assertEquals(CliRun.of("rates", "--format", "csv", "--include-invalid", a).out(),
        copiesBack.out(), copiesBack::err);
    assertTrue(copiesBack.err().contains("given again (rows that come back"), copiesBack::err);
    CliRun jsonl = CliRun.of("convert", "--to", "jsonl", a, b);
    assertFalse(jsonl.err().contains("given again"), jsonl::err);
    CliRun one = CliRun.of("convert", "--to", "csv", a);
    assertFalse(one.err().contains("given again"), one::err);
  }

  /**
   * A row given again below its report is a partial copy of it: {@code rates} counts the report
   * whole (80 launched, not the 5 of the row given again); {@code convert --to jsonl} writes it as
   * given and says that JSON Lines read back counts it as a revision (review rv46b).
   */
  @Test
  void aRowGivenAgainBelowItsReportCountsOnceAndConvertSaysWhatJsonLinesMakesOfIt()
      throws IOException {
    String kalibr = "2025-04-16 20:00,2025-04-17 08:00,Kalibr,,Ukraine,,5,3,kpszsu/posts/a\n";
    String f = Files.writeString(dir.resolve("dup.csv"), CliTest.AIR_FORCE_HEADER
        + "2025-04-16 20:00,2025-04-17 08:00,Shahed-136/131,,Ukraine,,75,25,kpszsu/posts/a\n"
        + kalibr
        + "2025-04-17 20:00,2025-04-18 08:00,Shahed-136/131,,Ukraine,,40,30,kpszsu/posts/b\n"
        + kalibr).toString();
    CliRun rates = CliRun.of("rates", "--by", "day", "--format", "csv", f);
    assertEquals(0, rates.exit(), rates::toString);
    assertEquals("80", rates.outLines().get(1).split(",")[3], rates::toString);
    assertTrue(rates.err().contains("1 of 3 reports repeat reports read before, or some of their"
        + " rows"), rates::toString);
    CliRun jsonl = CliRun.of("convert", "--to", "jsonl", f);
    assertEquals(0, jsonl.exit(), jsonl::toString);
    assertEquals(3, jsonl.outLines().size(), jsonl::toString);
    assertTrue(jsonl.err().contains("warning: 1 report written is a partial copy of a report"
        + " before it"), jsonl::toString);
    CliRun csv = CliRun.of("convert", "--to", "csv", f);
    assertFalse(csv.err().contains("partial cop"), csv::toString);
    CliRun plain = CliRun.of("convert", "--to", "jsonl", a);
    assertFalse(plain.err().contains("partial cop"), plain::toString);
  }

  @Test
  void theSameFileTwiceCountsOnceAndSaysSo() {
    CliRun once = CliRun.of("rates", "--format", "csv", a);
    CliRun twice = CliRun.of("rates", "--format", "csv", a, a);
    assertEquals(0, twice.exit(), twice::toString);
    assertEquals(once.out(), twice.out());
    // 14 launched, not 28
    assertEquals("14", csvRow(twice)[3]);
    assertTrue(twice.err().contains("conflict-stats: " + a + ": 2 of 2 reports repeat reports read"
        + " before, or some of their rows (2 of " + a + " (input 1)): each counted once"),
        twice::toString);
    assertTrue(twice.err().contains("conflict-stats: note: Reports given more than once: 4 reports"
        + " read, 2 counted: 2 copies of reports read before, counted once."), twice::toString);
    CliRun table = CliRun.of("rates", a, a);
    assertTrue(table.out().replace('\n', ' ').contains("Reports given more than once: 4 reports"
        + " read, 2 counted: 2 copies of reports read before, counted once."), table::toString);
    CliRun json = CliRun.of("rates", "--format", "json", a, a);
    assertTrue(json.out().contains("\"duplicates\" : 2"), json::toString);
  }

  @Test
  void theHtmlReportOfTheSameFileTwiceCountsEachReportOnceAndSaysSo() {
    CliRun once = CliRun.of("report", a);
    CliRun twice = CliRun.of("report", a, a);
    // until the report streamed, its check of the files' counts against the reports held failed
    assertEquals(0, twice.exit(), twice::toString);
    assertTrue(twice.out().contains("<b>2</b>reports"), "two reports, not four");
    assertTrue(twice.out().contains("<b>4</b>rows read"), "the rows of both inputs");
    assertTrue(twice.out().contains("Reports given more than once: 4 reports read, 2 counted: 2"
        + " copies of reports read before, counted once."), twice::toString);
    // the figures are those of the file given once
    assertEquals(section(once.out(), "rates"), section(twice.out(), "rates"));
    assertEquals(section(once.out(), "missingness"), section(twice.out(), "missingness"));
    assertEquals(section(once.out(), "findings").replace(a, "A"),
        section(twice.out(), "findings").replace(a, "A"));
    // a revision: the version given last counts, as in rates
    CliRun revised = CliRun.of("report", a, b);
    assertEquals(0, revised.exit(), revised::toString);
    assertTrue(revised.out().contains("the version given last counts"), revised::toString);
  }

  /** The text of one section of a page. */
  private static String section(String html, String id) {
    int from = html.indexOf("<section id=\"" + id + "\">");
    assertTrue(from >= 0, id);
    return html.substring(from, html.indexOf("</section>", from));
  }

  @Test
  void aJsonLinesFileHoldingAReportTwiceCountsItOnce() throws IOException {
    CliRun converted = CliRun.of("convert", "--to", "jsonl", a);
    assertEquals(0, converted.exit(), converted::toString);
    Path twice = Files.writeString(dir.resolve("twice.jsonl"), converted.out() + converted.out());
    CliRun r = CliRun.of("rates", "--format", "csv", twice.toString());
    assertEquals(0, r.exit(), r::toString);
    assertEquals(CliRun.of("rates", "--format", "csv", a).out(), r.out());
    assertTrue(r.err().contains(": 2 of 4 reports repeat reports read before"), r::toString);
  }

  /**
   * A file whose report's rows are far apart (here past a grouping window of one report) gives
   * the report twice with other lines: a revision within one input, whose other version's lines
   * are not counted, and the table says so in a warning (a spreadsheet sort by weapon did this to
   * 548 reports of the real 2026 file). A revision between two inputs is an edit: no warning.
   */
  @Test
  void aRevisionWithinOneInputIsAWarningThatLinesAreNotCounted() throws IOException {
    String scattered = CliTest.AIR_FORCE_HEADER
        + "2025-03-01 20:00,2025-03-02 08:00,Shahed-136/131,,Ukraine,,10,8,kpszsu/posts/a\n"
        + "2025-03-02 20:00,2025-03-03 08:00,Kalibr,,Ukraine,,4,2,kpszsu/posts/b\n"
        + "2025-03-03 20:00,2025-03-04 08:00,Kalibr,,Ukraine,,6,5,kpszsu/posts/c\n"
        + "2025-03-01 20:00,2025-03-02 08:00,Kalibr,,Ukraine,,3,3,kpszsu/posts/a\n";
    String f = Files.writeString(dir.resolve("scattered.csv"), scattered).toString();
    CliRun narrow = CliRun.of("rates", "--grouping-window", "1", f);
    assertEquals(0, narrow.exit(), narrow::toString);
    String notes = narrow.out().replace('\n', ' ');
    assertTrue(notes.contains("Warning: 1 report revises a report of the same key in the same"
        + " input, and only one version counts"), narrow::toString);
    assertTrue(CliRun.of("summary", "--grouping-window", "1", f).out().contains("  warning: 1 of"
        + " the revisions is within one input"));
    assertTrue(CliRun.of("rates", "--grouping-window", "1", "--format", "json", f).out()
        .contains("\"revisions_within_an_input\" : 1"));
    // with every report open, the post's two rows are one report: no revision, 23 launched
    CliRun wide = CliRun.of("rates", "--grouping-window", "all", "--format", "csv", f);
    assertEquals("23", csvRow(wide)[3], wide::toString);
    assertFalse(CliRun.of("rates", "--grouping-window", "all", f).out().contains("same input"));
    // a revision between two inputs (a, then b) is no warning
    CliRun between = CliRun.of("rates", a, b);
    assertTrue(between.out().contains("revision"), between::toString);
    assertFalse(between.out().contains("same input"), between::toString);
  }

  @Test
  void aRevisionCountsTheLatestVersionUnlessPreferFirst() {
    // the Kalibr report revised in b.csv: 8 + 4 neutralised of 14, or 8 + 2 with --prefer first
    CliRun last = CliRun.of("rates", "--format", "csv", a, b);
    assertEquals(0, last.exit(), last::toString);
    List<String> header = List.of(last.outLines().get(0).split(","));
    int destroyed = header.indexOf("destroyed");
    assertEquals("14", csvRow(last)[3]);
    assertEquals("12", csvRow(last)[destroyed]);
    assertTrue(last.err().contains("conflict-stats: " + b + ": 1 of 1 reports revise reports read"
        + " before, with other lines (1 of " + a + "): the version given last counts (--prefer first"
        + " counts the first); 'conflict-stats validate' lists them"), last::toString);
    CliRun first = CliRun.of("rates", "--format", "csv", "--prefer", "first", a, b);
    assertEquals("10", csvRow(first)[destroyed]);
    assertTrue(first.err().contains("the first version counts"), first::toString);
    CliRun summary = CliRun.of("summary", a, b);
    assertTrue(summary.out().contains("  given more than once: 3 reports read, 2 counted: 0 copies"
        + " counted once, 1 revision of 1 report (the version given last counts)"), summary::toString);
    assertEquals(2, CliRun.of("rates", "--prefer", "middle", a).exit());
  }

  @Test
  void validateListsCopiesAndRevisionsWithBothLocations() {
    CliRun r = CliRun.of("validate", "--format", "csv", a, b, a);
    assertEquals(0, r.exit(), r::toString);
    // b.csv:2 revises a.csv:3; the second a.csv repeats both of its reports, the Kalibr one
    // as a copy of its own first version
    assertTrue(r.outLines().contains(b + ",2,kpszsu/posts/b@2025-03-02T20:00/2025-03-03T08:00,"
        + "warning,REVISED_REPORT,,\"revises the report at " + a + ":3 (same post and period, other"
        + " lines): the version given last counts (--prefer)\"," + a + ":3"), r::toString);
    long copies = r.outLines().stream().filter(l -> l.contains(",DUPLICATE_REPORT,")
        && l.startsWith(a + ",") && l.endsWith("," + a + ":" + l.split(",")[1])).count();
    assertEquals(2, copies, r::toString);
    assertTrue(r.out().contains("repeats the report at " + a + ":2 in an input before (the file"
        + " given again) (same post, period and lines, or some of its rows): counted once"),
        r::toString);
    assertTrue(r.errLines().get(r.errLines().size() - 1).endsWith(
        "; compared with each other: 2 copies, 1 revision, 0 overlapping pairs"), r::toString);
  }

  @Test
  void validateSaysWhichVersionCountsAsPreferAsks() {
    CliRun first = CliRun.of("validate", "--format", "csv", "--prefer", "first", a, b);
    assertEquals(0, first.exit(), first::toString);
    assertTrue(first.out().contains("revises the report at " + a + ":3 (same post and period,"
        + " other lines): the first version counts (--prefer first)"), first::toString);
    assertFalse(first.out().contains("latest version counts"), first::toString);
    assertEquals(2, CliRun.of("validate", "--prefer", "newest", a).exit());
  }

  /**
   * A revision whose versions differ in validity: the version that counts is chosen first, then
   * judged, so an invalid version that counts leaves the report out (counted among those with
   * validation errors) and an invalid version that does not count is no report's reason to be left
   * out; validate checks both versions. (rv50e: not tried; the real releases have none.)
   */
  @Test
  void theVersionThatCountsIsTheOneJudgedValidOrNot() throws IOException {
    // the Kalibr report of a, revised to 2 launched and 4 destroyed: an error
    String bad = Files.writeString(dir.resolve("bad.csv"), CliTest.AIR_FORCE_HEADER
        + "2025-03-02 20:00,2025-03-03 08:00,Kalibr,,Ukraine,,2,4,kpszsu/posts/b\n").toString();
    // bad last: its version counts and is left out, the Shahed report alone counted
    for (String[] args : new String[][] {{a, bad}, {"--prefer", "first", bad, a}}) {
      assertCounted(args, List.of("1", "1", "10", "8"),
          "1 line of 1 report with validation errors left out");
    }
    // bad first: a's version counts, valid; nothing is left out
    for (String[] args : new String[][] {{bad, a}, {"--prefer", "first", a, bad}}) {
      assertCounted(args, List.of("2", "2", "14", "10"),
          "no report has validation errors: none left out");
    }
    // kept with --include-invalid: the bad version's 2 launched, its 4 destroyed
    CliRun kept = CliRun.of("rates", "--format", "csv", "--ci", "none", "--include-invalid", a,
        bad);
    assertEquals(List.of("2", "12", "12"), List.of(csvRow(kept)[1], csvRow(kept)[3],
        csvRow(kept)[4]), kept::toString);
    // validate checks every version: the error is listed whichever counts
    for (String[] args : new String[][] {{a, bad}, {bad, a}}) {
      CliRun v = CliRun.of(cat(new String[] {"validate", "--format", "csv"}, args));
      assertEquals(1, v.exit(), v::toString);
      assertEquals(1, v.outLines().stream().filter(l -> l.contains("DESTROYED_EXCEEDS_LAUNCHED")
          && l.contains("bad.csv")).count(), v::out);
      assertTrue(v.outLines().stream().anyMatch(l -> l.contains("REVISED_REPORT")), v::out);
    }
  }

  /** {@code rates} of the arguments: its reports, lines, launched and destroyed, and a note. */
  private static void assertCounted(String[] args, List<String> figures, String said) {
    CliRun r = CliRun.of(cat(new String[] {"rates", "--format", "csv", "--ci", "none"}, args));
    assertEquals(0, r.exit(), r::toString);
    String[] row = csvRow(r);
    assertEquals(figures, List.of(row[1], row[2], row[3], row[4]), r::toString);
    assertTrue(r.err().contains(said), r::err);
  }

  private static String[] cat(String[] head, String[] tail) {
    String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }
}
