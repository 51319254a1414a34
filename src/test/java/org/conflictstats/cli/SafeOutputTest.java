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
 * Safe output (issue 13): cells a spreadsheet would run as formulas are written as text in every
 * CSV the tool writes; control characters never reach the terminal raw, on standard output's tables
 * or on standard error; echoed input is cut at 200 characters and never splits a line.
 */
final class SafeOutputTest {

  private static final char ESC = 27;

  @TempDir
  Path dir;

  private Path file(String... rows) throws IOException {
    return Files.writeString(dir.resolve("hostile.csv"), CliTest.AIR_FORCE_HEADER
        + String.join("\n", rows) + "\n");
  }

  private static String row(int post, String model) {
    return "2025-04-1" + post + " 20:00,2025-04-1" + (post + 1) + " 08:00," + model
        + ",,Ukraine,,10,5,kpszsu/posts/p" + post;
  }

  @Test
  void formulaCellsAreWrittenAsTextInEveryCsv() throws IOException {
    Path p = file(row(1, "\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""), row(3, "@SUM(A1)"),
        row(5, "+1+1"), row(7, "-1"));
    CliRun rates = CliRun.of("rates", "--by", "weapon", "--format", "csv", p.toString());
    assertEquals(0, rates.exit(), rates::toString);
    List<String> lines = rates.outLines();
    assertTrue(lines.contains(lines.stream().filter(l -> l.startsWith("\"'=HYPERLINK(")).findFirst()
        .orElseThrow(() -> new AssertionError(rates))), rates::toString);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("'@SUM(A1),")), rates::toString);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("'+1+1,")), rates::toString);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("'-1,")), rates::toString);
    assertTrue(lines.stream().noneMatch(l -> l.matches("^[=+@-].*")), rates::toString);

    CliRun validate = CliRun.of("validate", "--format", "csv", p.toString());
    assertTrue(validate.outLines().stream().anyMatch(l -> l.endsWith(",'@SUM(A1)")),
        validate::toString);
    assertTrue(validate.outLines().stream().noneMatch(l -> l.matches("(^|.*,)[=+@-].*")),
        validate::toString);

    CliRun convert = CliRun.of("convert", "--to", "csv", p.toString());
    assertEquals(0, convert.exit(), convert::toString);
    assertTrue(convert.out().contains(",'@SUM(A1),") && convert.out().contains(",'+1+1,")
        && convert.out().contains(",'-1,"), convert::toString);
    assertTrue(convert.err().contains("could be read as a spreadsheet formula"),
        convert::toString);
    // off for a lossless round trip
    CliRun raw = CliRun.of("convert", "--to", "csv", "--no-formula-guard", p.toString());
    assertTrue(raw.out().contains(",@SUM(A1),") && raw.out().contains(",+1+1,"), raw::toString);
    Path back = Files.writeString(dir.resolve("back.csv"), raw.out());
    CliRun again = CliRun.of("rates", "--by", "weapon", "--format", "csv", back.toString());
    assertEquals(rates.out(), again.out(), again::toString);
  }

  /**
   * {@code attacks --format csv} guards its text cells (source, address, id) as the other CSVs do
   * (review rv46c: a JSON Lines report whose national source was named {@code =HYPERLINK(...)}
   * reached the CSV as a formula).
   */
  @Test
  void theAttacksCsvGuardsItsTextCells() throws IOException {
    Path p = Files.writeString(dir.resolve("hostile.jsonl"), "{\"schemaVersion\":1,"
        + "\"id\":\"-id@1\",\"period\":{\"start\":\"2025-04-11T20:00\","
        + "\"end\":\"2025-04-12T08:00\",\"zone\":\"Europe/Kyiv\"},\"source\":{\"name\":"
        + "\"=HYPERLINK(\\\"http://x\\\")\",\"kind\":\"NATIONAL_AIR_FORCE\",\"address\":"
        + "\"+cmd|calc!A1\"},\"lines\":[{\"weapon\":{\"name\":\"Kalibr\",\"category\":"
        + "\"cruise missile\"},\"launched\":10,\"destroyed\":5,\"suppressed\":0,"
        + "\"stillAirborne\":0,\"leftAirspace\":0,\"hit\":0}]}\n");
    CliRun attacks = CliRun.of("attacks", "--format", "csv", p.toString());
    assertEquals(0, attacks.exit(), attacks::toString);
    List<String> lines = attacks.outLines();
    assertEquals(2, lines.size(), attacks::toString);
    assertTrue(lines.get(1).contains(",\"'=HYPERLINK(\"\"http://x\"\")\",'+cmd|calc!A1,'-id@1,"),
        attacks::toString);
    assertTrue(List.of(lines.get(1).split(",")).stream().noneMatch(c -> c.matches("^\"?[=+@-].*")),
        attacks::toString);
  }

  @Test
  void controlCharactersInTheTableAndOnStandardErrorAreShownEscaped() throws IOException {
    // inside the name: the reader strips control characters at either end as white space
    String hostile = "Sha" + ESC + "[2J" + (char) 7 + "h\red";
    Path p = file(row(1, "\"" + hostile + "\""),
        "2025-04-13 20:00,2025-04-14 08:00,Kalibr,,Ukraine,,\"" + ESC + "]0;pwned" + (char) 7
            + "\",5,kpszsu/posts/p9");
    for (String command : List.of("rates", "summary", "validate")) {
      CliRun r = command.equals("validate") ? CliRun.of(command, p.toString())
          : CliRun.of(command, "--include-invalid", p.toString());
      String all = r.out() + r.err();
      assertFalse(all.contains(String.valueOf(ESC)), command + ": ESC reached the terminal: " + r);
      assertFalse(all.contains("\u0007") || all.contains("\r"), r::toString);
      assertTrue(r.err().contains("\\u001b]0;pwned\\u0007"), r::toString);
    }
    CliRun table = CliRun.of("rates", "--by", "weapon", "--include-invalid", p.toString());
    // the key is escaped, then wrapped at the column's width like any long key
    assertTrue(table.out().contains("Sha\\u001b[2J\\u0007h\\u000"), table::toString);
    assertFalse(table.out().contains(String.valueOf(ESC)), table::toString);
  }

  @Test
  void echoedInputIsCutAt200CharactersAndStaysOnOneLine() throws IOException {
    String huge = "x".repeat(100_000);
    Path p = file(row(1, "Kalibr").replace(",10,5,", ",\"" + huge + "\",5,"),
        row(3, "Kalibr").replace(",10,5,", ",\"12\n34\",5,"), row(5, "Kalibr"));
    CliRun r = CliRun.of("rates", p.toString()); // a row read: the others are listed
    assertEquals(0, r.exit(), r::toString);
    for (String line : r.errLines()) {
      assertTrue(line.length() < 400, () -> "a line of " + line.length() + " characters");
    }
    assertTrue(r.err().contains("[... "), r::toString);
    assertTrue(r.err().contains("not a count: '12\\u000a34'"), r::toString);
    // the strict error is one line too
    CliRun strict = CliRun.of("rates", "--strict", p.toString());
    assertEquals(1, strict.exit());
    assertEquals(1, strict.errLines().size(), strict::toString);
    assertTrue(strict.errLines().get(0).length() < 400, strict::toString);
  }

  @Test
  void aWarningShowsItsFileWholeAndCutsOnlyItsMessage() throws IOException {
    // a path long enough to pass the echo limit on its own; the rows of post 1 are not next to
    // each other, so the read warns at line 4
    Path deep = Files.createDirectories(dir.resolve("d".repeat(120)).resolve("e".repeat(100)));
    Path p = Files.writeString(deep.resolve("apart.csv"), CliTest.AIR_FORCE_HEADER
        + String.join("\n", row(1, "Kalibr"), row(3, "Kalibr"), row(1, "Iskander-M")) + "\n");
    CliRun r = CliRun.of("rates", p.toString());
    assertEquals(0, r.exit(), r::toString);
    String warning = r.errLines().stream().filter(l -> l.contains("not next to")).findFirst()
        .orElseThrow(() -> new AssertionError(r.toString()));
    assertEquals("conflict-stats: warning: " + p + ":4: 1 row was not next to the other rows of"
        + " their report (same time_start, time_end and source): merged into that report (first"
        + " at this line)", warning);

    // a message that quotes a long input is still cut, its file still whole
    String column = "c".repeat(1000);
    Path extra = Files.writeString(deep.resolve("extra.csv"),
        CliTest.AIR_FORCE_HEADER.replaceFirst("\n", "," + column + "\n")
            + row(1, "Kalibr") + ",x\n");
    CliRun e = CliRun.of("rates", extra.toString());
    assertEquals(0, e.exit(), e::toString);
    String cut = e.errLines().stream().filter(l -> l.contains("unknown column")).findFirst()
        .orElseThrow(() -> new AssertionError(e.toString()));
    assertTrue(cut.startsWith("conflict-stats: warning: " + extra + ":1: "), cut);
    assertTrue(cut.endsWith(" more characters]"), cut);
    assertTrue(cut.length() < extra.toString().length() + 500, cut);

    // the tool's own words are not cut: the warning of a report given again (232 characters)
    Path twice = Files.writeString(deep.resolve("twice.csv"), CliTest.AIR_FORCE_HEADER
        + row(1, "Kalibr") + "\n" + row(3, "Kalibr") + "\n" + row(1, "Kalibr") + "\n");
    CliRun again = CliRun.of("rates", twice.toString());
    String told = again.errLines().stream().filter(l -> l.contains("given again")).findFirst()
        .orElseThrow(() -> new AssertionError(again.toString()));
    assertTrue(told.endsWith("counted as a copy or a revision of the first (first at this line)"),
        told);
  }

  /**
   * A message quoting a cell shows the spaces that are not the space, and invisible format
   * characters, escaped: a count of 5 and a no-break space was refused as {@code '5 '}, which
   * reads as the plain space the reader accepts around a count (rv51b). A table shows names as
   * they are.
   */
  @Test
  void aRejectedCellShowsItsInvisibleCharacters() throws IOException {
    Path p = Files.writeString(dir.resolve("nbsp.csv"), CliTest.AIR_FORCE_HEADER
        + "2025-04-16 20:00,2025-04-17 08:00,Kalibr,,Ukraine,,5\u00a0,3,kpszsu/posts/a\n"
        + "2025-04-16 20:00,2025-04-17 08:00,Shahed-136/131,,Ukraine,, 7 ,3,kpszsu/posts/a\n"
        + "2025-04-16 20:00,2025-04-17 08:00,Kh-101,,Ukraine,,4\u200b,3,kpszsu/posts/a\n");
    CliRun v = CliRun.of("validate", p.toString());
    assertEquals(1, v.exit(), v::toString);
    assertTrue(v.out().contains(p + ":2  ERROR  REJECTED_ROW  launched  column 'launched': not a"
        + " count: '5\\u00a0'"), v::out);
    assertTrue(v.out().contains("not a count: '4\\u200b'"), v::out);
    assertTrue(v.err().contains(p + ":2: column 'launched': not a count: '5\\u00a0'"), v::err);
    assertEquals("a\\u00a0b\\u2009c d\\u00ade", Terminal.quoted("a\u00a0b\u2009c d\u00ade"));
    // a format character outside the basic plane (a tag), as its two UTF-16 units (rv51d)
    assertEquals("x\\udb40\\udc41y", Terminal.quoted("x" + new String(Character.toChars(0xE0041))
        + "y"));
  }
}
