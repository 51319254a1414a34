package org.conflictstats.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An {@code --output} that names one of the command's inputs is refused before anything is read or
 * written (exit 2, one line), and the input is left as it was: convert, validate and attacks opened
 * their output first and emptied the input, the others replaced it with their result.
 */
final class OutputNotInputTest {

  private static final String CSV = CliTest.AIR_FORCE_HEADER
      + "2025-03-01 20:00,2025-03-02 08:00,Shahed-136/131,,Ukraine,,10,8,kpszsu/posts/a\n"
      + "2025-03-02 20:00,2025-03-03 08:00,Kalibr,,Ukraine,,4,2,kpszsu/posts/b\n";

  @TempDir
  Path dir;

  @Test
  void everyCommandRefusesToWriteOverItsInput() throws IOException {
    Path input = Files.writeString(dir.resolve("in.csv"), CSV);
    Path other = Files.writeString(dir.resolve("other.csv"), CSV);
    byte[] before = Files.readAllBytes(input);
    List<List<String>> commands = List.of(List.of("convert", "--to", "jsonl"),
        List.of("convert", "--to", "csv"), List.of("validate"), List.of("attacks"),
        List.of("rates"), List.of("report"), List.of("chart"), List.of("diff", other.toString()));
    // the same file by another spelling: a relative path through the folder, and a link
    Path link = dir.resolve("link.csv");
    Files.createSymbolicLink(link, input);
    for (List<String> command : commands) {
      for (String out : List.of(input.toString(), dir.resolve(".").resolve("in.csv").toString(),
          link.toString())) {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of(input.toString(), "-o", out));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(2, r.exit(), r::toString);
        assertEquals(List.of("conflict-stats: --output " + out + " is also an input of the command:"
            + " writing the result would overwrite it; write the result to another file (see"
            + " 'conflict-stats " + command.get(0) + " --help')"), r.err().lines().toList(),
            r::toString);
        assertEquals("", r.out());
        assertArrayEquals(before, Files.readAllBytes(input), command + " left the input as it was");
      }
    }
  }

  /**
   * A folder we may not add a file to is said before any input is read, by every command, in one
   * line (review rv45b: rates, chart, report and diff read every input first). Root may write any
   * folder of its own: then /proc/1, which nobody may add to, stands in; else the test is skipped.
   */
  @Test
  void aFolderWeMayNotWriteIsSaidBeforeReading() throws IOException {
    Path input = Files.writeString(dir.resolve("in.csv"), CSV);
    Path locked = Files.createDirectory(dir.resolve("locked"));
    try {
      Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions
          .fromString("r-xr-xr-x"));
    } catch (UnsupportedOperationException e) {
      // no POSIX permissions here: /proc/1 or nothing
    }
    Path folder = Files.isWritable(locked) ? Path.of("/proc/1") : locked;
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(folder)
        && !Files.isWritable(folder), "no folder we may not write here (root without /proc):"
        + " skipping");
    Path out = folder.resolve("out.csv");
    for (List<String> command : List.of(List.of("rates"), List.of("chart"), List.of("report"),
        List.of("convert", "--to", "csv"), List.of("diff", input.toString()))) {
      List<String> args = new ArrayList<>(command);
      args.addAll(List.of(input.toString(), "-o", out.toString()));
      CliRun r = CliRun.of(args.toArray(String[]::new));
      assertEquals(2, r.exit(), r::toString);
      assertEquals(List.of("conflict-stats: --output " + out + ": cannot create a file in " + folder
          + ": permission denied (see 'conflict-stats " + command.get(0) + " --help')"),
          r.errLines(), r::toString);
    }
  }

  /**
   * {@code -o -} is refused before anything is read, for every command that takes {@code -o}
   * (review rv45e: chart and report wrote a file named "-").
   */
  @Test
  void aDashAsTheOutputIsRefused() {
    for (List<String> command : List.of(List.of("rates"), List.of("chart"), List.of("report"),
        List.of("convert", "--to", "csv"), List.of("validate"), List.of("summary"))) {
      List<String> args = new ArrayList<>(command);
      args.addAll(List.of("-o", "-"));
      CliRun r = CliRun.of(args.toArray(String[]::new));
      assertEquals(2, r.exit(), r::toString);
      assertEquals(List.of("conflict-stats: --output -: standard output is where the result goes"
          + " without --output; leave it out (see 'conflict-stats " + command.get(0) + " --help')"),
          r.errLines(), r::toString);
      assertFalse(Files.exists(Path.of("-")), "a file named - was written");
    }
  }

  /** The value of another option that spells a file's name is no input: --by month -o month. */
  @Test
  void anOptionValueThatSpellsTheOutputIsNoInput() throws IOException {
    Path input = Files.writeString(dir.resolve("in.csv"), CSV);
    Path month = Files.writeString(dir.resolve("month"), "an earlier result\n");
    // a relative spelling of the folder's files: run from the folder, as a user would
    for (int run = 0; run < 2; run++) {
      CliRun r = CliRun.of("rates", input.toString(), "--by", month.toString(), "-o",
          month.toString());
      // "--by /tmp/.../month" is not a dimension: a usage error about --by, not about --output
      assertEquals(2, r.exit(), r::toString);
      assertFalse(r.err().contains("is also an input"), r::toString);
    }
    Path csv = Files.writeString(dir.resolve("csv"), "an earlier result\n");
    for (int run = 0; run < 2; run++) {
      CliRun r = CliRun.of("rates", "--format", "csv", input.toString(), "-o", csv.toString());
      assertEquals(0, r.exit(), "run " + run + ": " + r);
    }
    assertTrue(Files.readString(csv).startsWith("month,"), "written over, as asked");
  }

  /** A missing input is found before any output: an existing output file is left as it was. */
  @Test
  void aMissingInputLeavesTheOutputAsItWas() throws IOException {
    Path input = Files.writeString(dir.resolve("in.csv"), CSV);
    Path out = Files.writeString(dir.resolve("out.csv"), "an earlier result\n");
    String missing = dir.resolve("nosuch.csv").toString();
    for (List<String> command : List.of(List.of("convert", "--to", "csv"), List.of("validate"),
        List.of("attacks"), List.of("rates"))) {
      List<String> args = new ArrayList<>(command);
      args.addAll(List.of(input.toString(), missing, "-o", out.toString()));
      CliRun r = CliRun.of(args.toArray(String[]::new));
      assertEquals(2, r.exit(), r::toString);
      // the one line: nothing read before it
      assertEquals(List.of("conflict-stats: " + missing + ": no such file"),
          r.err().lines().toList(), r::toString);
      assertEquals("an earlier result\n", Files.readString(out), command.toString());
    }
  }

  @Test
  void helpIsPrintedWhateverTheOutput() throws IOException {
    Path input = Files.writeString(dir.resolve("in.csv"), CSV);
    CliRun r = CliRun.of("convert", "--to", "csv", input.toString(), "-o", input.toString(),
        "--help");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().contains("Usage:"), r::toString);
    assertEquals(CSV, Files.readString(input));
  }

  @Test
  void extractRefusesToWriteOverItsText() throws IOException {
    Path text = Files.writeString(dir.resolve("blog.txt"), "Russia launched 10 drones overnight,"
        + " 8 were shot down.\n");
    CliRun r = CliRun.of("extract", "--date", "2025-04-17", text.toString(), "-o",
        text.toString());
    assertEquals(2, r.exit(), r::toString);
    assertTrue(r.err().contains("is also an input"), r::toString);
    assertTrue(Files.readString(text).startsWith("Russia launched"));
  }

  @Test
  void aCatalogueIsAnInputToo() throws IOException {
    Path input = Files.writeString(dir.resolve("in.csv"), CSV);
    Path catalog = Files.writeString(dir.resolve("catalog.csv"), "model,category\nX-1,cruise"
        + " missile\n");
    byte[] before = Files.readAllBytes(catalog);
    CliRun r = CliRun.of("rates", "--catalog", catalog.toString(), input.toString(), "-o",
        catalog.toString());
    assertEquals(2, r.exit(), r::toString);
    assertTrue(r.err().contains("--output " + catalog + " is also an input"), r::toString);
    assertArrayEquals(before, Files.readAllBytes(catalog));
  }

  @Test
  void anotherFileAndStandardInputAreWritten() throws IOException {
    Path input = Files.writeString(dir.resolve("in.csv"), CSV);
    Path out = Files.writeString(dir.resolve("out.txt"), "old result\n");
    CliRun r = CliRun.of("rates", input.toString(), "-o", out.toString());
    assertEquals(0, r.exit(), r::toString);
    assertTrue(Files.readString(out).contains("total"), "an existing file that is no input is"
        + " written over, as asked");
    CliRun stdin = CliRun.withStdin(CSV, "convert", "--to", "csv", "-", "-o", out.toString());
    assertEquals(0, stdin.exit(), stdin::toString);
    assertFalse(Files.readString(out).contains("total"));
  }
}
