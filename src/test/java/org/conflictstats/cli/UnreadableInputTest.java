package org.conflictstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An input with rows of which none could be read (dates a spreadsheet re-wrote, a pretty-printed
 * JSON document) is an error, exit 2, with one line naming the file and its first bad row, on every
 * command but {@code validate}, which lists the rows (exit 1); it was a table of zeros and exit 0.
 * An input with one good row, or with no row at all (a header alone: an export of a day without
 * attacks), is read as before.
 */
final class UnreadableInputTest {

  private static final String HEADER = "time_start,time_end,model,launched,destroyed,source";

  @TempDir
  static Path dir;

  private static String write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text).toString();
  }

  @Test
  void everyRowRejectedIsAnErrorOnEveryCommandButValidate() throws IOException {
    String f = write("us-dates.csv", HEADER + "\n"
        + "2/7/2026 18:00,2/8/2026 09:00,Shahed-136/131,90,70,kpszsu/posts/1\n"
        + "2/8/2026 18:00,2/9/2026 09:00,Kalibr,4,3,kpszsu/posts/2\n");
    for (List<String> command : List.of(List.of("rates"), List.of("summary"), List.of("attacks"),
        List.of("convert", "--to", "jsonl"), List.of("report"), List.of("chart"))) {
      String[] args = new String[command.size() + 1];
      command.toArray(args);
      args[command.size()] = f;
      CliRun r = CliRun.of(args);
      assertEquals(ExitCode.USAGE, r.exit(), r::toString);
      // one line: the counts and the rejected rows listed before it said it again (review rv44a)
      assertEquals(List.of("conflict-stats: " + f + ": none of its 2 rows could be read; the first: "
          + f + ":2: column 'time_start': not a date or date-time (yyyy-mm-dd or yyyy-mm-dd hh:mm):"
          + " '2/7/2026 18:00'"), r.errLines(), command::toString);
      assertFalse(r.err().contains("\tat "), r::err);
    }
    CliRun validate = CliRun.of("validate", "--format", "csv", f);
    assertEquals(ExitCode.FINDINGS, validate.exit(), validate::toString);
    assertTrue(validate.out().contains("'2/8/2026 18:00'"), validate::out);
  }

  @Test
  void aPrettyPrintedJsonDocumentIsNotATableOfZeros() throws IOException {
    String f = write("pretty.jsonl", "{\n  \"schemaVersion\": 1,\n  \"id\": \"x\"\n}\n");
    CliRun r = CliRun.of("rates", f);
    assertEquals(ExitCode.USAGE, r.exit(), r::toString);
    assertTrue(r.err().contains(f + ": none of its 4 rows could be read; the first: " + f + ":1"),
        r::err);
    assertEquals(1, r.errLines().size(), r::err);
  }

  /**
   * JSON Lines whose lines end in a carriage return alone read as one line; the error says why
   * (review rv44b), on a file and on standard input.
   */
  @Test
  void jsonLinesEndingInCarriageReturnsAloneSayWhy() throws IOException {
    CliRun converted = CliRun.of("convert", "--to", "jsonl");
    assertEquals(0, converted.exit(), converted::toString);
    String crOnly = converted.out().replace("\n", "\r");
    String f = write("cr.jsonl", crOnly);
    for (CliRun r : List.of(CliRun.of("rates", f), CliRun.withStdin(crOnly, "rates", "-"))) {
      assertEquals(ExitCode.USAGE, r.exit(), r::toString);
      assertEquals(1, r.errLines().size(), r::toString);
      assertTrue(r.err().contains("none of its 1 row could be read"), r::err);
      assertTrue(r.err().contains("its lines end in a carriage return alone (CR): a JSON Lines"
          + " line ends in a line feed, so save it with LF or CRLF line ends"), r::err);
    }
    // a first line that is no JSON at all: told as a format (it was "unknown format"), and the
    // line ends said first, before the parser's words (review rv48d)
    String bad = "garbage first line\r" + crOnly;
    String g = write("bad-cr.jsonl", bad);
    for (CliRun r : List.of(CliRun.of("rates", g), CliRun.withStdin(bad, "rates", "-"))) {
      assertEquals(ExitCode.USAGE, r.exit(), r::toString);
      assertEquals(1, r.errLines().size(), r::toString);
      assertTrue(r.err().contains(":1: its lines end in a carriage return alone (CR), not the line"
          + " feed JSON Lines needs: save it with LF or CRLF line ends; not valid JSON:"), r::err);
    }
    // CRLF line ends read as before
    CliRun crlf = CliRun.of("rates", write("crlf.jsonl", converted.out().replace("\n", "\r\n")));
    assertEquals(0, crlf.exit(), crlf::toString);
  }

  @Test
  void oneGoodRowOrNoRowIsReadAsBefore() throws IOException {
    String some = write("some.csv", HEADER + "\n"
        + "2026-02-07 18:00,2026-02-08 09:00,Shahed-136/131,90,70,kpszsu/posts/1\n"
        + "2/8/2026 18:00,2/9/2026 09:00,Kalibr,4,3,kpszsu/posts/2\n");
    CliRun r = CliRun.of("rates", "--format", "csv", some);
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().contains("2026-02,1,1,90,70"), r::out);
    CliRun empty = CliRun.of("rates", write("header.csv", HEADER + "\n"));
    assertEquals(0, empty.exit(), empty::toString);
  }

  /**
   * A file in Windows-1251: the rows whose names are Cyrillic are rejected one by one, and with them
   * every weapon so named; standard error says what the file is, once.
   */
  @Test
  void rowsThatAreNotUtf8AreToldAsAFileInAnotherEncoding() throws IOException {
    String text = HEADER + "\n"
        + "2026-02-07 18:00,2026-02-08 09:00,Shahed-136/131,90,70,kpszsu/posts/1\n"
        + "2026-02-08 18:00,2026-02-09 09:00,\u041c\u043e\u043b\u043d\u0456\u044f,4,3,"
        + "kpszsu/posts/2\n";
    Path f = dir.resolve("cp1251.csv");
    Files.write(f, text.getBytes(java.nio.charset.Charset.forName("windows-1251")));
    CliRun r = CliRun.of("rates", f.toString());
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.err().contains("conflict-stats: warning: " + f + ": 1 row holds bytes that are"
        + " not UTF-8 (a file saved in Windows-1251 or another 8-bit encoding?): left out, and"
        + " with them the weapons of every row with a letter outside ASCII (a Cyrillic name,"
        + " say); re-save the file as UTF-8"), r::err);
    // every row so: one line, which keeps the remedy (review rv44d: it was lost with the one line)
    Path all = dir.resolve("cp1251-all.csv");
    Files.write(all, (HEADER + "\n" + "2026-02-08 18:00,2026-02-09 09:00,\u041c\u043e\u043b"
        + "\u043d\u0456\u044f,4,3,kpszsu/posts/2\n").getBytes(
        java.nio.charset.Charset.forName("windows-1251")));
    CliRun none = CliRun.of("rates", all.toString());
    assertEquals(ExitCode.USAGE, none.exit(), none::toString);
    assertEquals(1, none.errLines().size(), none::toString);
    assertTrue(none.err().contains("(1 row with bytes that are not UTF-8: a file saved in"
        + " Windows-1251 or another 8-bit encoding? re-save it as UTF-8)"), none::err);
    // a cell that says the words is a bad count, not a file in another encoding
    Path utf8 = Files.writeString(dir.resolve("utf8.csv"), text
        + "2026-02-09 18:00,2026-02-10 09:00,Kalibr,not valid UTF-8,3,kpszsu/posts/3\n");
    CliRun fine = CliRun.of("rates", utf8.toString());
    assertTrue(fine.err().contains("not a count: 'not valid UTF-8'"), fine::err);
    assertFalse(fine.err().contains("not UTF-8"), fine::err);
  }

  @Test
  void theUnreadableOneOfTwoInputsIsNamed() throws IOException {
    String good = write("good.csv", HEADER + "\n"
        + "2026-02-07 18:00,2026-02-08 09:00,Shahed-136/131,90,70,kpszsu/posts/1\n");
    String bad = write("bad.csv", HEADER + "\n"
        + "2026-02-07,2026-02-08 09:00,Shahed-136/131,ninety,70,kpszsu/posts/1\n");
    CliRun r = CliRun.of("rates", good, bad);
    assertEquals(ExitCode.USAGE, r.exit(), r::toString);
    assertTrue(r.err().contains("conflict-stats: " + bad + ": none of its 1 row could be read;"
        + " the first: " + bad + ":2: column 'launched'"), r::err);
  }
}
