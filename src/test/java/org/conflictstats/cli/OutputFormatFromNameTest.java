package org.conflictstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.conflictstats.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -o FILE} ending in {@code .csv} or {@code .json} writes that format when {@code --format}
 * is not given, as {@code chart} takes SVG or PNG from the name: a table saved as
 * {@code rates.csv} was fixed-width text that a spreadsheet reads as one column. An explicit
 * {@code --format} wins; any other name keeps the table. Each command's file is what the same
 * command writes to standard output with that format.
 */
final class OutputFormatFromNameTest {

  @TempDir
  Path dir;

  private String written(String name, String... args) throws Exception {
    Path out = dir.resolve(name);
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "-o";
    all[args.length + 1] = out.toString();
    CliRun r = CliRun.of(all);
    // validate exits 1 when a report has an error, as the sample's do
    assertEquals(args[0].equals("validate") ? 1 : 0, r.exit(), r::toString);
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private static String printed(String... args) {
    return CliRun.of(args).out();
  }

  @Test
  void theNameOfTheFileChoosesCsvOrJsonWhenNoFormatIsGiven() throws Exception {
    for (String command : new String[] {"rates", "attacks", "validate"}) {
      assertEquals(printed(command, "--format", "csv"), written("a.csv", command), command);
      assertEquals(printed(command, "--format", "json"), written("a.JSON", command), command);
      assertEquals(printed(command), written("a.txt", command), command);
      assertEquals(printed(command), written("a", command), command);
      // a name that is all extension has none, as chart and report read names (review rv46c)
      assertEquals(printed(command), written(".csv", command), command);
      // an explicit format wins over the name
      assertEquals(printed(command, "--format", "table"),
          written("b.csv", command, "--format", "table"), command);
    }
    assertTrue(written("r.csv", "rates").startsWith("month,"), "a CSV header");
  }

  /**
   * {@code summary -o s.json} wrote text, {@code extract -o e.json} JSON Lines: they take the
   * format from the name by the same rule.
   */
  @Test
  void summaryAndExtractTakeTheFormatFromTheNameToo() throws Exception {
    assertEquals(printed("summary", "--format", "json"), written("s.json", "summary"));
    assertEquals(printed("summary"), written("s.txt", "summary"));
    assertEquals(printed("summary", "--format", "text"),
        written("t.json", "summary", "--format", "text"));
    String text = TestFiles.write(dir, "blog.txt", ExtractCommandTest.TEXT).toString();
    String[] extract = {"extract", "--date", "2025-06-05", text};
    assertEquals(printed(concat(extract, "--format", "json")), written("e.json", extract));
    assertEquals(printed(concat(extract, "--format", "jsonl")), written("e.jsonl", extract));
    assertEquals(printed(extract), written("e.txt", extract));
  }

  /**
   * {@code convert --to jsonl -o x.csv} wrote JSON Lines into a file named CSV without a word:
   * {@code --to} comes from the name when not given, and a {@code --to} the name contradicts is
   * followed with one warning naming both, as {@code --format} is by the other commands.
   */
  @Test
  void convertTakesToFromTheNameAndWarnsWhenTheyDisagree() throws Exception {
    assertEquals(printed("convert", "--to", "csv"), written("x.csv", "convert"));
    assertEquals(printed("convert", "--to", "jsonl"), written("x.JSONL", "convert"));
    Path out = dir.resolve("y.csv");
    CliRun r = CliRun.of("convert", "--to", "jsonl", "-o", out.toString());
    assertEquals(0, r.exit(), r::toString);
    assertEquals(printed("convert", "--to", "jsonl"),
        Files.readString(out, StandardCharsets.UTF_8));
    assertEquals(List.of("conflict-stats: warning: " + out + " is written as --to jsonl says,"
        + " not as the csv its name says"),
        r.errLines().stream().filter(l -> l.contains(out.toString())).toList(), r::toString);
  }

  /** Without {@code --to} and a name that says a format, one readable line and exit 2. */
  @Test
  void convertWithoutToNorANameThatSaysOneIsOneLineAndExit2() {
    CliRun toStdout = CliRun.of("convert");
    assertEquals(2, toStdout.exit(), toStdout::toString);
    assertEquals(List.of("conflict-stats: --to jsonl or --to csv is needed to write to standard"
        + " output (see 'conflict-stats convert --help')"), toStdout.errLines());
    Path out = dir.resolve("x.txt");
    CliRun toText = CliRun.of("convert", "-o", out.toString());
    assertEquals(2, toText.exit(), toText::toString);
    assertEquals(1, toText.errLines().size(), toText::toString);
    assertTrue(toText.err().contains("(.jsonl or .csv)"), toText::toString);
    assertFalse(Files.exists(out));
  }

  /** An explicit {@code --format} the name contradicts is followed, with one warning. */
  @Test
  void aFormatTheNameContradictsIsFollowedWithAWarning() throws Exception {
    Path out = dir.resolve("r.json");
    CliRun r = CliRun.of("rates", "--format", "csv", "-o", out.toString());
    assertEquals(0, r.exit(), r::toString);
    assertEquals(printed("rates", "--format", "csv"),
        Files.readString(out, StandardCharsets.UTF_8));
    assertTrue(r.err().contains("warning: " + out + " is written as --format csv says, not as"
        + " the json its name says"), r::toString);
    CliRun agree = CliRun.of("rates", "--format", "json", "-o", out.toString());
    assertFalse(agree.err().contains("its name says"), agree::toString);
    // .table and .text are no file format's extension: the default, and no warning (review
    // rv44d: -o x.table chose the table, and --format csv -o x.table warned)
    Path table = dir.resolve("x.table");
    CliRun csv = CliRun.of("rates", "--format", "csv", "-o", table.toString());
    assertFalse(csv.err().contains("its name says"), csv::toString);
    assertEquals(printed("summary"), written("notes.text", "summary"));
  }

  private static String[] concat(String[] first, String... more) {
    String[] all = Arrays.copyOf(first, first.length + more.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }
}
