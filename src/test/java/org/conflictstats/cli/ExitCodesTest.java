package org.conflictstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.conflictstats.io.FileChangedException;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.RejectedRow;
import org.conflictstats.io.ReportSink;
import org.conflictstats.io.csv.Detail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every exit code of the README's "Errors and exit codes", run: 0, 1, 2 and 70, for every command
 * where it applies. Each failure is one line on standard error (no stack trace without
 * {@code --debug}); no output is lost without a word.
 */
final class ExitCodesTest {

  @TempDir
  Path dir;

  /** Every command, on an input that makes it succeed: a sample-like CSV, or the sample. */
  static Stream<String> everyCommand() {
    return Stream.of("rates", "rates --format csv", "rates --format json", "validate", "summary",
        "summary --format json", "convert --to jsonl", "convert --to csv", "chart", "report",
        "extract --date 2025-04-17 TEXT", "diff CSV CSV", "diff --format csv CSV CSV",
        "diff --format json CSV CSV");
  }

  private String[] args(String command) throws IOException {
    List<String> a = new ArrayList<>();
    for (String s : command.split(" ")) {
      a.add(s.equals("TEXT") ? Files.writeString(dir.resolve("t.txt"),
          "Russia launched 75 drones overnight; 25 were shot down.").toString()
          : s.equals("CSV") ? Files.writeString(dir.resolve("s.csv"), CliTest.AIR_FORCE_HEADER
              + "2025-04-16 20:00,2025-04-17 08:00,Kalibr,,Ukraine,,3,1,kpszsu/p/1\n").toString()
          : s);
    }
    return a.toArray(String[]::new);
  }

  /** A writer that loses everything, as standard output on a full disk does. */
  static final class Full extends Writer {
    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      throw new IOException("No space left on device");
    }

    @Override
    public void flush() throws IOException {
      throw new IOException("No space left on device");
    }

    @Override
    public void close() {}
  }

  static CliRun run(InputStream stdin, Writer out, String... args) {
    StringWriter err = new StringWriter();
    int exit = ConflictStatsCommand.run(args, stdin, new PrintWriter(out), new PrintWriter(err));
    return new CliRun(exit, out.toString(), err.toString());
  }

  @ParameterizedTest
  @MethodSource("everyCommand")
  void zeroWhenAllIsWritten(String command) throws IOException {
    CliRun r = run(new ByteArrayInputStream(new byte[0]), new StringWriter(), args(command));
    // validate finds the sample's one report with errors: exit 1, as documented
    assertEquals(command.equals("validate") ? 1 : 0, r.exit(), r::toString);
  }

  @ParameterizedTest
  @MethodSource("everyCommand")
  void twoWhenStandardOutputLosesTheOutput(String command) throws IOException {
    CliRun r = run(new ByteArrayInputStream(new byte[0]), new Full(), args(command));
    assertEquals(2, r.exit(), r::toString);
    List<String> lines = r.errLines();
    assertEquals("conflict-stats: standard output: cannot write: the output was lost (a full disk,"
        + " or a pipe closed by its reader)", lines.get(lines.size() - 1), r::toString);
    assertFalse(r.err().contains("converted"), "no success is claimed: " + r);
    assertFalse(r.err().contains("\tat "), r::toString);
  }

  /** Every command with {@code -o}: every command ({@code summary} too, since it has one). */
  static Stream<String> commandsWithAnOutputFile() {
    return everyCommand();
  }

  @ParameterizedTest
  @MethodSource("commandsWithAnOutputFile")
  void twoWhenTheOutputFileCannotBeWritten(String command) throws IOException {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.exists(full), "no /dev/full here: skipping");
    List<String> a = new ArrayList<>(List.of(args(command)));
    a.add(1, "-o");
    a.add(2, full.toString());
    CliRun r = run(new ByteArrayInputStream(new byte[0]), new StringWriter(),
        a.toArray(String[]::new));
    assertEquals(2, r.exit(), r::toString);
    String last = r.errLines().get(r.errLines().size() - 1);
    assertTrue(last.startsWith("conflict-stats: /dev/full: cannot write"), r::toString);
    // the cause in its own words, not a Java class name
    assertFalse(last.contains("java.io.") || last.contains("Exception"), last);
  }

  /**
   * Bad file names and an output that cannot go where it says are one line, exit 2, before any
   * input is read (an output folder that was missing or a folder was found only after reading
   * everything; an empty name said ": is a directory"); an empty --regimes is refused, not taken
   * for none (it switched the regime warning off).
   */
  @Test
  void twoBeforeReadingForEmptyNamesAnOutputThatCannotBeAndEmptyRegimes() throws IOException {
    Path input = Files.writeString(dir.resolve("in.csv"), CliTest.AIR_FORCE_HEADER
        + "2025-04-16 20:00,2025-04-17 08:00,Kalibr,,Ukraine,,3,1,kpszsu/p/1\n");
    Path folder = Files.createDirectory(dir.resolve("folder"));
    String in = input.toString();
    List<List<String>> runs = List.of(
        List.of("rates", ""), List.of("rates", "-o", "", in), List.of("summary", "--catalog", "", in),
        List.of("rates", "-o", folder.toString(), in),
        List.of("chart", "-o", dir.resolve("none/x.svg").toString(), in),
        List.of("report", "-o", folder.toString(), in),
        List.of("diff", "-o", folder.toString(), in, in),
        List.of("rates", "--regimes", "", in), List.of("rates", "--regimes", " ", in));
    for (List<String> args : runs) {
      CliRun r = CliRun.of(args.toArray(new String[0]));
      assertEquals(2, r.exit(), r::toString);
      assertEquals(1, r.err().lines().count(), r::toString);
      assertFalse(r.err().contains("rows read"), r::toString);
    }
  }

  @Test
  void oneForFindingsAndForABadRowInStrictMode() throws IOException {
    assertEquals(1, CliRun.of("validate").exit());
    Path bad = Files.writeString(dir.resolve("bad.csv"), CliTest.AIR_FORCE_HEADER
        + "2025-04-16 20:00,2025-04-17 08:00,Kalibr,,Ukraine,,abc,1,kpszsu/p/1\n");
    for (String command : List.of("rates", "validate", "summary", "convert", "chart", "report",
        "attacks", "diff")) {
      List<String> a = new ArrayList<>(List.of(command, "--strict", bad.toString()));
      if (command.equals("convert")) {
        a.addAll(List.of("--to", "jsonl"));
      }
      if (command.equals("diff")) {
        a.add(bad.toString());
      }
      CliRun r = CliRun.of(a.toArray(String[]::new));
      assertEquals(1, r.exit(), r::toString);
      assertEquals(bad + ":2: column 'launched': not a count: 'abc'",
          r.errLines().get(r.errLines().size() - 1).replace("conflict-stats: ", ""), r::toString);
    }
    // lenient: the row is set aside, counted and listed as an error, and fails as one
    CliRun lenient = CliRun.of("validate", bad.toString());
    assertEquals(1, lenient.exit(), lenient::toString);
    assertTrue(lenient.err().contains("1 row rejected"), lenient::toString);
    // the other commands read on without it, where a row could be read
    Path some = Files.writeString(dir.resolve("some.csv"), Files.readString(bad)
        + "2025-04-17 20:00,2025-04-18 08:00,Kalibr,,Ukraine,,4,1,kpszsu/p/2\n");
    assertEquals(0, CliRun.of("rates", some.toString()).exit());
    // and stop where none could (a table of nothing is not a result)
    assertEquals(ExitCode.USAGE, CliRun.of("rates", bad.toString()).exit());
  }

  /** Standard input can be read once: given twice it is a usage error, before any output. */
  @Test
  void twoForStandardInputGivenTwiceWithNothingWritten() {
    String csv = CliTest.AIR_FORCE_HEADER
        + "2025-04-16 20:00,2025-04-17 08:00,Kalibr,,Ukraine,,3,1,kpszsu/p/1\n";
    for (List<String> command : List.of(List.of("rates"), List.of("validate", "--format", "csv"),
        List.of("summary"), List.of("convert", "--to", "csv"), List.of("attacks", "--format",
        "csv"), List.of("chart"), List.of("report"), List.of("diff"), List.of("extract", "--date", "2025-04-17"))) {
      List<String> a = new ArrayList<>(command);
      a.addAll(List.of("-", "-"));
      CliRun r = CliRun.withStdin(csv, a.toArray(String[]::new));
      assertEquals(2, r.exit(), r::toString);
      assertEquals(List.of("conflict-stats: standard input ('-') is given more than once: it can be"
          + " read only once (save it to a file to give it twice)"), r.errLines(), r::toString);
      assertEquals("", r.out(), command + " wrote nothing");
    }
  }

  @Test
  void twoForAHeaderWithoutARequiredColumnWhichIsNoRow() throws IOException {
    Path p = Files.writeString(dir.resolve("h.csv"), CliTest.AIR_FORCE_HEADER.replace(
        ",launched,", ",fired,") + "2025-04-16 20:00,2025-04-17 08:00,Kalibr,,Ukraine,,3,1,k/1\n");
    CliRun r = CliRun.of("rates", p.toString());
    assertEquals(2, r.exit(), r::toString);
    assertEquals(List.of("conflict-stats: " + p + ":1: missing required column 'launched': not an"
        + " Air Force CSV header"), r.errLines());
  }

  @Test
  void seventyForAnErrorSuchAsRunningOutOfMemoryWithTheHeapToTry() {
    InputStream exhausted = new InputStream() {
      @Override
      public int read() {
        throw new OutOfMemoryError("Java heap space");
      }
    };
    CliRun r = run(exhausted, new StringWriter(), "rates", "-");
    assertEquals(70, r.exit(), r::toString);
    assertEquals(1, r.errLines().size(), r::toString);
    String line = r.errLines().get(0);
    assertTrue(line.startsWith("conflict-stats: out of memory (Java heap space) with a heap of at"
        + " most "), line);
    assertTrue(line.matches(".* e\\.g\\. java -Xmx\\d+g -jar .*"), line);
    CliRun debug = run(exhausted, new StringWriter(), "rates", "--debug", "-");
    assertEquals(70, debug.exit());
    assertTrue(debug.err().contains("java.lang.OutOfMemoryError: Java heap space\n\tat "),
        debug::toString);
  }

  @Test
  void errorsArriveUnwrappedFromPicocliAndFromWorkerThreads() {
    for (Throwable t : List.of(new OutOfMemoryError("Java heap space"),
        new ExecutionException(new OutOfMemoryError("Java heap space")),
        new CommandLine.ExecutionException(new CommandLine(new ConflictStatsCommand()), "x",
            new java.util.concurrent.CompletionException(new OutOfMemoryError("Java heap space"))))) {
      StringWriter err = new StringWriter();
      assertEquals(70, ConflictStatsCommand.fail(t, new PrintWriter(err), false));
      assertTrue(err.toString().startsWith("conflict-stats: out of memory (Java heap space)"),
          err::toString);
      assertEquals(1, err.toString().split("\n").length);
    }
    StringWriter err = new StringWriter();
    assertEquals(70, ConflictStatsCommand.fail(new StackOverflowError(), new PrintWriter(err),
        false));
    assertTrue(err.toString().contains("StackOverflowError") && err.toString().contains("-Xss"),
        err::toString);
    assertEquals("1g", ConflictStatsCommand.suggestedHeap(256));
    assertEquals("12g", ConflictStatsCommand.suggestedHeap(6028));
  }

  @Test
  void twoForAFileThatShrinksWhileItIsRead() throws IOException {
    StringBuilder text = new StringBuilder(CliTest.AIR_FORCE_HEADER);
    text.append("2025-04-16 20:00,2025-04-17 08:00,Kalibr,,Ukraine,,abc,1,kpszsu/p/0\n");
    for (int i = 1; i <= 20_000; i++) {
      text.append("2025-04-16 20:00,2025-04-17 08:00,Kalibr,,Ukraine,,3,1,kpszsu/p/").append(i)
          .append('\n');
    }
    Path f = Files.writeString(dir.resolve("shrinks.csv"), text);
    InputOptions options = new InputOptions();
    options.files = List.of(f.toString());
    options.zone = org.conflictstats.model.ReportPeriod.KYIV;
    ReportSink<List<ImportedReport>> truncating = new ReportSink<>() {
      @Override
      public List<ImportedReport> newPart() {
        return new ArrayList<>();
      }

      @Override
      public void accept(List<ImportedReport> part, ImportedReport report) {}

      @Override
      public void merge(List<ImportedReport> part) {}

      @Override
      public void rejected(RejectedRow row) {
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
          raf.setLength(100);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    };
    StringWriter err = new StringWriter();
    CliException e = assertThrows(CliException.class, () -> new Inputs(options,
        new PrintWriter(err), InputStream.nullInputStream()).readInto(truncating, Detail.all()));
    assertEquals(2, e.exitCode());
    assertInstanceOf(FileChangedException.class, e.getCause());
    assertTrue(e.getMessage().matches(java.util.regex.Pattern.quote(f.toString())
        + ": the file shrank while it was read \\(from \\d+ to \\d+ bytes\\); read it again once"
        + " nothing writes to it"), e.getMessage());
    StringWriter printed = new StringWriter();
    assertEquals(2, ConflictStatsCommand.fail(e, new PrintWriter(printed), false));
    assertEquals(1, printed.toString().split("\n").length);
  }

  @Test
  void countsAboveTheLimitAreRejectedRowsNeverAnOverflow() {
    String line = "{\"schemaVersion\":1,\"id\":\"%s\",\"period\":{\"start\":\"2025-04-16T20:00\","
        + "\"end\":\"2025-04-17T08:00\"},\"source\":{\"name\":\"kpszsu\",\"kind\":"
        + "\"NATIONAL_AIR_FORCE\"},\"lines\":[{\"weapon\":{\"name\":\"Kalibr\",\"category\":"
        + "\"cruise missile\"},\"launched\":4611686018427387904,\"destroyed\":0,\"suppressed\":0,"
        + "\"stillAirborne\":0,\"leftAirspace\":0,\"hit\":0}]}\n";
    String good = line.replace("4611686018427387904", "4");
    String threeLines = String.format(line, "a") + String.format(line, "b")
        + String.format(good, "c");
    for (String command : List.of("summary", "rates", "validate")) {
      CliRun r = CliRun.withStdin(threeLines, command, "-");
      // validate fails on a rejected row; the others read on
      assertEquals(command.equals("validate") ? 1 : 0, r.exit(), r::toString);
      assertTrue(r.err().contains("<stdin>: 3 rows read = 1 accepted + 2 rejected"), r::toString);
      assertTrue(r.err().contains("count out of range: 4611686018427387904 (at most 1000000000)"),
          r::toString);
    }
    String farYear = "{\"schemaVersion\":1,\"id\":\"far\",\"period\":{\"start\":"
        + "\"+999999999-12-31T20:00\",\"end\":\"+999999999-12-31T23:00\",\"zone\":\"UTC\"},"
        + "\"lines\":[]}\n";
    CliRun r = CliRun.withStdin(farYear + String.format(good, "d"), "rates", "--by", "day", "-");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.err().contains("field period.start: year outside 1900-2200"), r::toString);
  }

  @Test
  void convertNeverWritesACountTheCsvReaderRejects() {
    String atLimit = "{\"schemaVersion\":1,\"id\":\"a\",\"period\":{\"start\":\"2025-04-16T20:00\","
        + "\"end\":\"2025-04-17T08:00\"},\"source\":{\"name\":\"kpszsu\",\"kind\":"
        + "\"NATIONAL_AIR_FORCE\",\"address\":\"kpszsu/p/1\"},\"targetArea\":\"Ukraine\","
        + "\"lines\":[{\"weapon\":{\"name\":\"Kalibr\",\"category\":\"cruise missile\"},"
        + "\"launched\":1000000000,\"destroyed\":999999999,\"suppressed\":0,\"stillAirborne\":0,"
        + "\"leftAirspace\":0,\"hit\":0,\"details\":{\"target\":\"Ukraine\"}}]}\n";
    CliRun csv = CliRun.withStdin(atLimit, "convert", "--to", "csv", "-");
    assertEquals(0, csv.exit(), csv::toString);
    CliRun back = CliRun.withStdin(csv.out(), "validate", "-");
    assertTrue(back.err().contains("1 rows read = 1 accepted + 0 rejected")
        || back.err().contains("1 row read = 1 accepted + 0 rejected"), back::toString);
  }

  /** A named pipe (as process substitution gives) is read like standard input, not refused. */
  @Test
  void zeroForANamedPipe() throws Exception {
    Path fifo = dir.resolve("pipe.csv");
    Process mk;
    try {
      mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo here: skipping");
      return;
    }
    assumeTrue(mk.waitFor() == 0, "mkfifo failed: skipping");
    Thread writer = new Thread(() -> {
      try {
        Files.writeString(fifo, CliTest.AIR_FORCE_HEADER
            + "2025-04-16 20:00,2025-04-17 08:00,Kalibr,,Ukraine,,3,1,kpszsu/p/1\n");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    writer.start();
    CliRun r = CliRun.of("rates", "--format", "csv", fifo.toString());
    writer.join(10_000);
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.err().contains(fifo + ": 1 row read = 1 accepted + 0 rejected")
        || r.err().contains(fifo + ": 1 rows read = 1 accepted + 0 rejected"), r::toString);
  }
}
