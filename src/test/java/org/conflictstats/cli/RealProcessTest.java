package org.conflictstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.conflictstats.stats.SourceOverlap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool in a JVM of its own, where the failures are real: standard output on a full disk
 * ({@code /dev/full}), and a heap too small for the input. Both end in one line and an honest exit
 * code; no stack trace.
 */
final class RealProcessTest {

  @TempDir
  Path dir;

  private static ProcessBuilder tool(String heap, String... args) {
    return tool(List.of(heap), args);
  }

  private static ProcessBuilder tool(List<String> jvm, String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvm);
    command.addAll(List.of("-XX:TieredStopAtLevel=1", "-cp",
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
        ConflictStatsCommand.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  private static List<String> lines(Path f) throws IOException {
    return Files.readAllLines(f, StandardCharsets.UTF_8);
  }

  /**
   * The reports of a file do not depend on the heap: a 3 MB file whose rows are shuffled (each
   * report's rows far apart) gives the same table under {@code -Xmx48m} and {@code -Xmx1g}; the
   * length below which a file is grouped whole was twice a range, a 64th of the heap, so under
   * {@code -Xmx48m} this file was read in a window of 1,024 reports and lost lines.
   */
  @Test
  void theTableOfAFileIsTheSameUnderAnyHeap() throws Exception {
    java.io.ByteArrayOutputStream generated = new java.io.ByteArrayOutputStream();
    org.conflictstats.bench.AirForceCsvGenerator.withSeed(5).write(generated, 15_000);
    List<String> rows = new ArrayList<>(List.of(
        generated.toString(StandardCharsets.UTF_8).split("\n")));
    String header = rows.remove(0);
    java.util.Collections.shuffle(rows, new java.util.Random(5));
    Path f = Files.writeString(dir.resolve("shuffled.csv"),
        header + "\n" + String.join("\n", rows) + "\n");
    assertTrue(Files.size(f) > 2L << 20 && Files.size(f) < 4L << 20, "size " + Files.size(f));
    List<List<String>> tables = new ArrayList<>();
    for (String heap : List.of("-Xmx48m", "-Xmx1g")) {
      Path out = dir.resolve("out" + heap + ".csv");
      Process p = tool(heap, "rates", "--by", "month,weapon", "--format", "csv", f.toString())
          .redirectOutput(out.toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the tool did not finish");
      String err = Files.readString(dir.resolve("err.txt"));
      assertEquals(0, p.exitValue(), () -> heap + ": " + err);
      tables.add(lines(out));
    }
    assertTrue(tables.get(0).size() > 10, tables.get(0)::toString);
    assertEquals(tables.get(0), tables.get(1));
  }

  /**
   * Standard input redirected from the output file is that file: refused before anything is
   * written, the data left as it was (review rv45b: {@code rates - -o y.csv < y.csv} replaced the
   * data with the table, and {@code convert - -o /dev/stdin < y.csv} emptied it); a pipe is no
   * such file.
   */
  @Test
  void standardInputRedirectedFromTheOutputFileIsRefused() throws Exception {
    assumeTrue(Files.isReadable(Path.of("/dev/stdin")), "no /dev/stdin here: skipping");
    String csv = CliTest.AIR_FORCE_HEADER
        + "2025-04-16 20:00,2025-04-17 08:00,Kalibr,,Ukraine,,3,1,kpszsu\n";
    Path data = Files.writeString(dir.resolve("y.csv"), csv);
    Path link = dir.resolve("h.csv");
    Files.createLink(link, data);
    for (String[] args : List.of(new String[] {"rates", "-", "-o", data.toString()},
        new String[] {"convert", "--to", "csv", "-", "-o", data.toString()},
        new String[] {"convert", "--to", "csv", "-", "-o", "/dev/stdin"},
        new String[] {"validate", "-", "-o", link.toString()})) {
      Path err = dir.resolve("err.txt");
      Process p = tool("-Xmx256m", args).redirectInput(data.toFile())
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the tool did not finish");
      List<String> e = lines(err);
      assertEquals(2, p.exitValue(), () -> String.join(" ", args) + ": " + e);
      assertEquals(1, e.size(), e::toString);
      assertTrue(e.get(0).contains("is also an input of the command"), e::toString);
      assertEquals(csv, Files.readString(data), String.join(" ", args));
    }
    // from a pipe, the same command writes its file
    Path out = dir.resolve("out.csv");
    Process p = tool("-Xmx256m", "rates", "--format", "csv", "-", "-o", out.toString())
        .redirectError(dir.resolve("err.txt").toFile()).start();
    try (var in = p.getOutputStream()) {
      in.write(csv.getBytes(StandardCharsets.UTF_8));
    }
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the tool did not finish");
    assertEquals(0, p.exitValue(), () -> dir.resolve("err.txt").toString());
    assertTrue(Files.readString(out).startsWith("month,"), () -> out.toString());
  }

  /**
   * A run ended by SIGTERM while it writes {@code -o FILE} leaves no part file (review rv45b: a 32
   * MB one was left beside the output) and no FILE. The input is a pipe held open, so the run is
   * still writing when it is ended.
   */
  @Test
  void aRunEndedBySigtermLeavesNoPartFile() throws Exception {
    Path out = dir.resolve("out.jsonl");
    Process p = tool("-Xmx256m", "convert", "--to", "jsonl", "-", "-o", out.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(dir.resolve("err.txt").toFile()).start();
    var in = p.getOutputStream();
    in.write((CliTest.AIR_FORCE_HEADER
        + "2025-04-16 20:00,2025-04-17 08:00,Kalibr,,Ukraine,,3,1,kpszsu\n")
        .getBytes(StandardCharsets.UTF_8));
    in.flush();
    boolean seen = false;
    for (int i = 0; i < 600 && !seen; i++) {
      try (var files = Files.list(dir)) {
        seen = files.anyMatch(f -> f.getFileName().toString().endsWith(".part"));
      }
      if (!seen) {
        Thread.sleep(50);
      }
    }
    assertTrue(seen, "no part file while the input was open");
    p.destroy(); // SIGTERM
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the tool did not end");
    in.close();
    try (var files = Files.list(dir)) {
      List<String> left = files.map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".part") || n.equals("out.jsonl")).toList();
      assertEquals(List.of(), left);
    }
  }

  @Test
  void aFullDiskOnStandardOutputIsExitTwoWithTheCause() throws Exception {
    File full = new File("/dev/full");
    assumeTrue(full.exists(), "no /dev/full here: skipping");
    for (String[] args : List.of(new String[] {"rates"}, new String[] {"convert", "--to", "jsonl"},
        new String[] {"summary"})) {
      Path err = dir.resolve("err.txt");
      Process p = tool("-Xmx256m", args).redirectOutput(full).redirectError(err.toFile()).start();
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the tool did not finish");
      List<String> e = lines(err);
      assertEquals(2, p.exitValue(), () -> String.join("\n", e));
      assertEquals("conflict-stats: standard output: cannot write: No space left on device",
          e.get(e.size() - 1));
      assertFalse(e.stream().anyMatch(l -> l.startsWith("conflict-stats: converted")),
          () -> String.join("\n", e));
    }
  }

  @Test
  void theVersionOnAFullDiskIsExitTwo() throws Exception {
    File full = new File("/dev/full");
    assumeTrue(full.exists(), "no /dev/full here: skipping");
    for (String flag : List.of("--version", "-V")) {
      Path err = dir.resolve("err.txt");
      Process p = tool("-Xmx64m", flag).redirectOutput(full).redirectError(err.toFile()).start();
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the tool did not finish");
      List<String> e = lines(err);
      assertEquals(2, p.exitValue(), () -> String.join("\n", e));
      assertEquals(List.of("conflict-stats: standard output: cannot write"), e);
    }
  }

  /** Writes rows of one-row reports, each of its own post, to the tool's input until it stops. */
  private static void feed(Process p, int rows, boolean ownAccount) {
    try {
      write(p.getOutputStream(), rows, ownAccount, p::isAlive);
    } catch (IOException closedByTheTool) {
      // the tool stopped reading
    }
  }

  /** Writes a CSV of one-row reports, each of its own post (and own account if asked), closed. */
  private static void write(OutputStream to, int rows, boolean ownAccount, BooleanSupplier more)
      throws IOException {
    try (OutputStream in = to) {
      in.write("time_start,time_end,model,launch_place,target,carrier,launched,destroyed,source\n"
          .getBytes(StandardCharsets.UTF_8));
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < rows && more.getAsBoolean(); i++) {
        b.append(String.format("2025-04-%02d %02d:%02d,2025-04-%02d 23:59,Shahed-136/131,"
            + "Kursk oblast,Ukraine,,%d,%d,%s/posts/%d%n", i % 28 + 1, i % 24, i % 60,
            i % 28 + 1, i % 90 + 10, i % 10, ownAccount ? "post" + i : "kpszsu", i));
        if (b.length() > 1 << 16) {
          in.write(b.toString().getBytes(StandardCharsets.UTF_8));
          b.setLength(0);
        }
      }
      in.write(b.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void runningOutOfMemoryIsOneLineNamingTheHeapToTry() throws Exception {
    Path err = dir.resolve("err.txt");
    // a table's memory grows with its groups: a source a row, endless, cannot fit in 32 MB
    Process p = tool("-Xmx32m", "rates", "--by", "source", "-o",
        dir.resolve("r.txt").toString(), "-").redirectError(err.toFile()).start();
    feed(p, 2_000_000, true);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the tool did not finish");
    List<String> e = lines(err);
    assertEquals(70, p.exitValue(), () -> String.join("\n", e));
    String last = e.get(e.size() - 1);
    assertTrue(last.startsWith("conflict-stats: out of memory (") && last.contains(
        "with a heap of at most ") && last.contains("e.g. java -Xmx1g -jar"), last);
    assertFalse(e.stream().anyMatch(l -> l.startsWith("\tat ")), () -> String.join("\n", e));
  }

  @Test
  void theHtmlReportStreamsItsInputInASmallHeap() throws Exception {
    Path err = dir.resolve("err.txt");
    Path page = dir.resolve("r.html");
    // 300,000 reports: held whole, as the report held its input before it streamed, they do not
    // fit in 32 MB (exit 70, checked on the commit before)
    Process p = tool("-Xmx32m", "report", "-o", page.toString(), "-")
        .redirectError(err.toFile()).start();
    feed(p, 300_000, false);
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the tool did not finish");
    List<String> e = lines(err);
    assertEquals(0, p.exitValue(), () -> String.join("\n", e));
    String html = Files.readString(page);
    assertTrue(html.contains("<b>300,000</b>reports"), "every report gathered");
    assertTrue(html.contains("<b>300,000</b>rows read"), "every row read");
    assertTrue(html.endsWith("</html>\n"), "the whole page");
  }

  @Test
  void validateListsEveryOverlappingPairInASmallHeap() throws Exception {
    // 20,000 one-row reports of 20,000 posts on 28 days: each overlaps the reports of its day
    // among the 1,024 before it (36 of them once past the first 1,008), 701,352 pairs in all.
    // Held in memory until their part's merge they ran out of -Xmx32m (exit 70, checked on the
    // commit before) and of -Xmx1g for 300,000 reports; they now go to a temporary file past a
    // part's limit, removed at its merge
    Path csv = dir.resolve("overlapping.csv");
    int n = 20_000;
    write(Files.newOutputStream(csv), n, true, () -> true);
    long pairs = 0;
    for (int i = 0; i < n; i++) {
      pairs += Math.min(SourceOverlap.DEFAULT_WINDOW / 28, i / 28);
    }
    Path tmp = Files.createDirectory(dir.resolve("tmp"));
    Path err = dir.resolve("err.txt");
    Process p = tool(List.of("-Xmx32m", "-Djava.io.tmpdir=" + tmp), "validate", "--format",
        "csv", csv.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(err.toFile()).start();
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the tool did not finish");
    List<String> e = lines(err);
    assertEquals(0, p.exitValue(), () -> String.join("\n", e)); // warnings only
    String summary = e.get(e.size() - 1);
    assertEquals(String.format(Locale.ROOT, "conflict-stats: %,d reports checked: 0 errors, %,d"
        + " warnings, 0 infos;"
        + " 0 rows rejected; compared with each other: 0 copies, 0 revisions, %,d overlapping pairs",
        n, pairs, pairs),
        summary);
    try (var left = Files.list(tmp)) {
      assertEquals(List.of(), left.toList(), "no temporary file is left");
    }
    // and when the output fails while the reader's threads fill parts and their files (-Xmx64m
    // reads in ranges of 1 MiB), every file is removed too
    File full = new File("/dev/full");
    if (full.exists()) {
      Process q = tool(List.of("-Xmx64m", "-Djava.io.tmpdir=" + tmp), "validate", "--format",
          "csv", "-o", full.toString(), csv.toString()).redirectError(err.toFile()).start();
      assertTrue(q.waitFor(300, TimeUnit.SECONDS), "the tool did not finish");
      List<String> f = lines(err);
      assertEquals(2, q.exitValue(), () -> String.join("\n", f));
      assertEquals("conflict-stats: /dev/full: cannot write: No space left on device",
          f.get(f.size() - 1));
      try (var left = Files.list(tmp)) {
        assertEquals(List.of(), left.toList(), "no temporary file is left after a failure");
      }
    }
  }

  @Test
  void aFileFitsASmallHeapReadInRangesOrInOrder() throws Exception {
    // 30 MB of one-row reports: on two threads, ranges of 8 MiB took 20 MB of buffers at once
    // and ran out of 48 and 64 MB (exit 70, checked on the commit before), where standard input
    // fitted in 32 MB. Now -Xmx64m reads it in ranges of 1 MiB (on two processors or more) and
    // -Xmx48m in order (RangePlan)
    Path csv = dir.resolve("big.csv");
    write(Files.newOutputStream(csv), 300_000, false, () -> true);
    for (String heap : List.of("-Xmx48m", "-Xmx64m")) {
      for (String[] args : List.of(new String[] {"rates"}, new String[] {"summary"},
          new String[] {"report", "-o", dir.resolve("r.html").toString()})) {
        Path err = dir.resolve("err.txt");
        List<String> command = new ArrayList<>(List.of(args));
        command.add(csv.toString());
        Process p = tool(heap, command.toArray(String[]::new))
            .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the tool did not finish");
        List<String> e = lines(err);
        assertEquals(0, p.exitValue(), () -> heap + " " + args[0] + ": " + String.join("\n", e));
        assertTrue(e.get(0).endsWith(": 300,000 rows read = 300,000 accepted + 0 rejected; 300,000"
            + " reports"), () -> String.join("\n", e));
      }
    }
  }

  @Test
  void diffComparesLargeReleasesInASmallHeap() throws Exception {
    // 300,000 reports a release: the index of both releases' keys ran out of -Xmx96m (exit 70,
    // checked on the commit before); the keys now go to sorted runs on disk past a twentieth of
    // the heap and are merged
    Path one = dir.resolve("one.csv");
    Path other = dir.resolve("other.csv");
    write(Files.newOutputStream(one), 300_000, false, () -> true);
    write(Files.newOutputStream(other), 300_000, true, () -> true);
    Path err = dir.resolve("err.txt");
    Path out = dir.resolve("out.txt");
    Process p = tool("-Xmx96m", "diff", one.toString(), other.toString())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the tool did not finish");
    List<String> e = lines(err);
    assertEquals(0, p.exitValue(), () -> String.join("\n", e));
    // the posts differ in their account: every report of one is gone, every one of the other new
    List<String> o = lines(out);
    assertTrue(o.contains("added 300,000, removed 300,000, revised 0, unchanged 0"),
        () -> String.join("\n", o.subList(0, Math.min(5, o.size()))));
  }

  /**
   * Another user's writable file in a sticky folder ({@code /tmp}), named by {@code -o}: only its
   * owner or root may replace it there, so it is written in place, and nothing is left beside it
   * (review rv49f: refused after every input was read, naming the part file). Runs the command as
   * {@code nobody} from a class path copied where that user may read it; needs root and {@code su}.
   */
  @Test
  void anotherUsersFileInAStickyFolderIsWrittenInPlace() throws Exception {
    boolean root = "root".equals(System.getProperty("user.name"));
    org.junit.jupiter.api.Assumptions.assumeTrue(root && Files.isExecutable(Path.of("/bin/su")),
        "not root, or no su: skipping the run as another user");
    Path open = Files.createDirectories(dir.resolve("open"));
    Path lib = Files.createDirectories(open.resolve("lib"));
    List<String> classPath = new ArrayList<>();
    int k = 0;
    for (String entry : System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path")).split(java.io.File.pathSeparator)) {
      Path from = Path.of(entry);
      if (Files.isRegularFile(from)) {
        Path to = lib.resolve((k++) + "-" + from.getFileName());
        Files.copy(from, to);
        classPath.add(to.toString());
      } else if (Files.isDirectory(from)) {
        // the build's classes, copied too: the clone may sit in a folder only root may enter
        Path to = lib.resolve((k++) + "-classes");
        try (var tree = Files.walk(from)) {
          for (Path f : (Iterable<Path>) tree::iterator) {
            Path target = to.resolve(from.relativize(f).toString());
            if (Files.isDirectory(f)) {
              Files.createDirectories(target);
            } else {
              Files.copy(f, target);
            }
          }
        }
        classPath.add(to.toString());
      }
    }
    Path input = Files.writeString(open.resolve("in.csv"),
        "time_start,time_end,model,launched,destroyed,source\n"
            + "2025-04-16 20:00,2025-04-17 08:00,Shahed-136/131,75,60,kpszsu/posts/a\n");
    Path sticky = Files.createDirectories(open.resolve("sticky"));
    Path theirs = Files.writeString(sticky.resolve("out.csv"), "old\n");
    for (Path p : List.of(dir, open, lib, sticky)) {
      new ProcessBuilder("chmod", p.equals(sticky) ? "1777" : "755", p.toString()).start()
          .waitFor();
    }
    new ProcessBuilder("chmod", "-R", "a+r", open.toString()).start().waitFor();
    new ProcessBuilder("chmod", "666", theirs.toString()).start().waitFor();
    String bin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder("su", "nobody", "-s", "/bin/sh", "-c", "'" + bin
        + "' -XX:TieredStopAtLevel=1 -cp '" + String.join(java.io.File.pathSeparator, classPath)
        + "' " + ConflictStatsCommand.class.getName() + " rates --format csv -o '" + theirs
        + "' '" + input + "'").redirectErrorStream(true).start();
    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    org.junit.jupiter.api.Assumptions.assumeFalse(said.contains("Authentication failure")
        || said.contains("does not exist"), "su cannot run as nobody here: " + said);
    assertEquals(0, p.waitFor(), said);
    assertTrue(Files.readString(theirs).startsWith("month,"), Files.readString(theirs));
    try (var left = Files.list(sticky)) {
      assertEquals(List.of("out.csv"), left.map(x -> x.getFileName().toString()).toList());
    }
  }
}
