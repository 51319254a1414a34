package org.conflictstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.conflictstats.io.json.ReportJson;
import org.conflictstats.model.Count;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code conflict-stats extract} end to end, in-process, on texts the tests write. */
final class ExtractCommandTest {

  static final String TEXT = "Ukraine's air force says Russian forces fired four missiles and 60"
      + " drones at the country overnight. It added that 20 drones were shot down and another 25"
      + " failed to reach their targets. It gave no details on the remaining 15 drones. A drone"
      + " strike on Kharkiv killed two people and injured at least 12. In Moscow, the defence"
      + " ministry said it had destroyed 41 Ukrainian drones. The orchestra marks its 25th"
      + " anniversary on 3 June.\n";

  @TempDir
  Path dir;

  @Test
  void writesTheLibrarysJsonLinesByDefault() throws IOException {
    Path f = TestFiles.write(dir, "blog.txt", TEXT);
    CliRun r = CliRun.of("extract", "--date", "2025-06-05", f.toString());
    assertEquals(0, r.exit(), r::toString);
    assertEquals(1, r.outLines().size(), r::toString);
    StrikeReport report = ReportJson.read(r.outLines().get(0));
    assertEquals(2, report.lines().size());
    assertEquals(Count.exactly(60), report.lines().get(1).launched());
    assertEquals(Count.exactly(15), report.lines().get(1).unknown());
    assertEquals("kpszsu", report.source().name());
    assertTrue(r.err().contains("blog.txt: English; 1 report, 6 figures, 2 set aside, 1 not"
        + " understood"), r::toString);
  }

  @Test
  void itsOutputIsWhatRatesReads() throws IOException {
    Path f = TestFiles.write(dir, "blog.txt", TEXT);
    CliRun extracted = CliRun.of("extract", "--date", "2025-06-05", f.toString());
    CliRun rates = CliRun.withStdin(extracted.out(), "rates", "-", "--by", "day,weapon",
        "--format", "csv");
    assertEquals(0, rates.exit(), rates::toString);
    assertTrue(rates.out().contains("2025-06-05,Shahed-136/131,1,1,60,20,25,0,0,15,"),
        rates::toString);
    assertTrue(rates.out().contains("2025-06-05,Unknown Missile,1,1,4,,,0,0,4,"),
        rates::toString);
  }

  @Test
  void theTableShowsEachFigureBesideItsWordsThenWhatWasSetAsideAndNotUnderstood()
      throws IOException {
    Path f = TestFiles.write(dir, "blog.txt", TEXT);
    CliRun r = CliRun.of("extract", "--date", "2025-06-05", "--format", "table", f.toString());
    assertEquals(0, r.exit(), r::toString);
    List<String> out = r.outLines();
    assertTrue(out.get(0).startsWith(f + ": English, 2025-06-05, report kpszsu@2025-06-05#"),
        r::toString);
    assertTrue(out.contains("  drones    launched         60                     \"60 drones\" …"
        + " \"fired\""), r::toString);
    assertTrue(out.contains("  drones    suppressed       25                     \"another 25\" …"
        + " \"failed to reach their targets\""), r::toString);
    assertTrue(out.contains("  people    injured          at least 12 (Kharkiv)  \"at least 12\""
        + " … \"injured\""), r::toString);
    int aside = out.indexOf("Set aside");
    int nu = out.indexOf("Not understood");
    assertTrue(out.indexOf("Report lines") < aside && aside < nu, r::toString);
    assertTrue(out.get(aside + 1).startsWith("  remainder: \"It gave no details on the remaining"),
        r::toString);
    assertTrue(r.out().contains("      would give drones destroyed 41 (\"41 Ukrainian drones\")"),
        r::toString);
    assertTrue(out.get(nu + 2).contains("25th: an ordinal; 3 June: a date"), r::toString);
  }

  @Test
  void theReportLinesKeepTheirColumnsWhateverTheWidthOfACount() throws IOException {
    Path f = TestFiles.write(dir, "range.txt",
        "Russia launched 40 to 50 Shahed drones and 3 missiles overnight."
        + " 30 drones were shot down.");
    CliRun r = CliRun.of("extract", "--date", "2025-06-05", "--format", "table", f.toString());
    assertEquals(0, r.exit(), r::toString);
    List<String> out = r.outLines();
    int head = out.indexOf("Report lines") + 1;
    String header = out.get(head);
    // every row ends each count where its column's heading ends
    for (String column : List.of("launched", "destroyed", "unknown")) {
      int end = header.indexOf(column) + column.length();
      for (String row : out.subList(head + 1, head + 3)) {
        assertTrue(row.length() >= end && row.charAt(end - 1) != ' '
            && (row.length() == end || row.charAt(end) == ' '), column + "\n" + r.out());
      }
    }
    assertTrue(out.get(head + 1).contains("between 40 and 50"), r::toString);
  }

  @Test
  void jsonGivesTheSpansOfTheWords() throws IOException {
    Path f = TestFiles.write(dir, "blog.txt", TEXT);
    CliRun r = CliRun.of("extract", "--date", "2025-06-05", "--format", "json", f.toString());
    assertEquals(0, r.exit(), r::toString);
    JsonNode doc = new ObjectMapper().readTree(r.out());
    JsonNode first = doc.get(0);
    assertEquals("English", first.get("language").asText());
    assertEquals("kpszsu", first.get("report").get("source").get("name").asText());
    for (JsonNode fig : first.get("figures")) {
      String words = fig.get("words").asText();
      assertEquals(words, TEXT.substring(fig.get("start").asInt(), fig.get("end").asInt()));
    }
    JsonNode injured = first.get("figures").get(first.get("figures").size() - 1);
    assertEquals("injured", injured.get("field").asText());
    assertEquals(12, injured.get("count").get("atLeast").asInt());
    assertEquals("Kharkiv", injured.get("place").asText());
    assertEquals("russian_claim", first.get("setAside").get(1).get("reason").asText());
  }

  /** A text over 1 MiB is one line, exit 2, from a file or standard input (review rv48b). */
  @Test
  void aTextOverOneMebibyteIsRefusedInOneLine() throws IOException {
    String big = "Russia launched 10 drones. ".repeat(ExtractCommand.MAX_TEXT_BYTES / 27 + 1);
    Path f = TestFiles.write(dir, "big.txt", big);
    CliRun r = CliRun.of("extract", "--date", "2025-06-05", f.toString());
    assertEquals(2, r.exit(), r::toString);
    assertEquals(List.of("conflict-stats: " + f + ": longer than 1 MiB: extract reads a statement"
        + " or a page of news (a few KB) at a time; split the text"), r.errLines());
    CliRun in = CliRun.withStdin(big, "extract", "--date", "2025-06-05", "-");
    assertEquals(2, in.exit(), in::toString);
    assertTrue(in.err().contains("standard input: longer than 1 MiB"), in::toString);
    // exactly 1 MiB is read
    String statement = "Russia launched 10 drones.";
    Path most = TestFiles.write(dir, "most.txt",
        " ".repeat(ExtractCommand.MAX_TEXT_BYTES - statement.length()) + statement);
    assertEquals(0, CliRun.of("extract", "--date", "2025-06-05", most.toString()).exit());
  }

  @Test
  void findingsOfTheValidatorArePrintedOnStandardError() throws IOException {
    Path f = TestFiles.write(dir, "odd.txt",
        "Russia launched 747 drones overnight, the air force said, and"
        + " 751 were intercepted.");
    CliRun r = CliRun.of("extract", "--date", "2025-09-07", f.toString());
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.err().contains("odd.txt: error OUTCOMES_EXCEED_LAUNCHED lines[0]:"), r::toString);
    assertEquals(1, r.outLines().size(), "the report is still written");
  }

  @Test
  void aTextWithoutFiguresGivesNoReportAndSaysSo() throws IOException {
    Path f = TestFiles.write(dir, "none.txt", "Talks in Geneva resumed on 12 May.");
    CliRun r = CliRun.of("extract", "--date", "2025-05-12", f.toString());
    assertEquals(0, r.exit(), r::toString);
    assertEquals("", r.out());
    assertTrue(r.err().contains("none.txt: English; no report (no figure of its own), 0 figures,"
        + " 0 set aside, 1 not understood"), r::toString);
  }

  @Test
  void readsStandardInputAndSeveralFilesAndTakesASource() throws IOException {
    Path f = TestFiles.write(dir, "a.txt", "Russia launched 10 drones.");
    CliRun r = CliRun.withStdin("Росія запустила 20 дронів.", "extract", "--date", "2025-05-12",
        "--source", "https://t.me/kpszsu/123", f.toString(), "-");
    assertEquals(0, r.exit(), r::toString);
    assertEquals(2, r.outLines().size(), r::toString);
    StrikeReport second = ReportJson.read(r.outLines().get(1));
    assertEquals(Count.exactly(20), second.lines().get(0).launched());
    assertEquals("https://t.me/kpszsu/123", second.source().address().orElseThrow());
    assertTrue(r.err().contains("standard input: Ukrainian; 1 report"), r::toString);
  }

  @Test
  void writesToAFile() throws IOException {
    Path f = TestFiles.write(dir, "a.txt", "Russia launched 10 drones.");
    Path out = dir.resolve("out.jsonl");
    CliRun r = CliRun.of("extract", "--date", "2025-05-12", "-o", out.toString(), f.toString());
    assertEquals(0, r.exit(), r::toString);
    assertEquals("", r.out());
    assertEquals(1, Files.readAllLines(out).size());
  }

  @Test
  void aRussianTextIsNamedAndSaidNotSupported() {
    CliRun r = CliRun.withStdin("Сбиты 26 беспилотников, ещё 5 подавлены.", "extract", "--date",
        "2025-05-12", "-");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.err().contains("standard input: Russian (not supported: only the figures"
        + " Ukrainian phrasings read)"), r::toString);
  }

  @Test
  void usageProblemsAreOneLineAndExitTwo() throws IOException {
    Path f = TestFiles.write(dir, "a.txt", "Russia launched 10 drones.");
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, new byte[] {'o', 'k', '\n', 'd', (byte) 0xe9, 'j', '\n'});
    Path empty = TestFiles.write(dir, "empty.txt", "");
    Path blank = TestFiles.write(dir, "blank.txt", "\uFEFF \n\n");
    for (String[] args : List.of(
        new String[] {"extract", f.toString()},
        new String[] {"extract", "--date", "17/04/2025", f.toString()},
        new String[] {"extract", "--date", "2025-04-17", dir.resolve("nope.txt").toString()},
        new String[] {"extract", "--date", "2025-04-17", dir.toString()},
        new String[] {"extract", "--date", "2025-04-17", latin1.toString()},
        new String[] {"extract", "--date", "2025-04-17", "--format", "xml", f.toString()},
        new String[] {"extract", "--date", "1800-01-01", f.toString()},
        new String[] {"extract", "--date", "2201-01-01", f.toString()},
        new String[] {"extract", "--date", "2025-04-17", empty.toString()},
        new String[] {"extract", "--date", "2025-04-17", blank.toString()})) {
      CliRun r = CliRun.of(args);
      assertEquals(2, r.exit(), r::toString);
      assertEquals(1, r.errLines().size(), r::toString);
      assertFalse(r.err().contains("Exception"), r::toString);
    }
    CliRun bad = CliRun.of("extract", "--date", "2025-04-17", latin1.toString());
    assertTrue(bad.err().contains("latin1.txt: not UTF-8 text (line 2)"), bad::toString);
    // UTF-16 with and without a byte order mark: said so, as the data commands say it (review
    // rv45b: without a mark it was read as text and gave nothing)
    // in English and in Ukrainian, whose UTF-16 has no NUL byte (review rv45d)
    List<byte[]> texts = new java.util.ArrayList<>();
    for (String statement : List.of("Russia launched 40 drones overnight. 30 were shot down.\n",
        "У ніч на 14 січня противник атакував 20 ударними БпЛА типу Shahed. Збито 15 БпЛА.\n")) {
      texts.add(statement.getBytes(java.nio.charset.StandardCharsets.UTF_16));
      texts.add(statement.getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
      texts.add(statement.getBytes(java.nio.charset.StandardCharsets.UTF_16BE));
    }
    for (int t = 0; t < texts.size(); t++) {
      byte[] utf16 = texts.get(t);
      Path u = java.nio.file.Files.write(dir.resolve("utf16-" + t + ".txt"), utf16);
      CliRun r = CliRun.of("extract", "--date", "2025-04-17", u.toString());
      assertEquals(2, r.exit(), r::toString);
      assertEquals(List.of("conflict-stats: " + u + ": this is UTF-16; expected UTF-8 (re-save it"
          + " as UTF-8)"), r.errLines(), r::toString);
    }
    CliRun missing = CliRun.of("extract", "--date", "2025-04-17",
        dir.resolve("nope.txt").toString());
    assertTrue(missing.err().contains("nope.txt: no such file"), missing::toString);
    // a date no reader of the library would read back; a file with no text
    assertTrue(CliRun.of("extract", "--date", "1800-01-01", f.toString()).err()
        .contains("a date in 1900-2200, not '1800-01-01'"));
    assertTrue(CliRun.of("extract", "--date", "2025-04-17", empty.toString()).err()
        .contains("empty.txt: empty: no text to read"));
  }
}
