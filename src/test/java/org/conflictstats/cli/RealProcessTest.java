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
import java.util.concurrent.TimeUnit;
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
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
        "-XX:TieredStopAtLevel=1", "-cp",
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
        ConflictStatsCommand.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  private static List<String> lines(Path f) throws IOException {
    return Files.readAllLines(f, StandardCharsets.UTF_8);
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
  void runningOutOfMemoryIsOneLineNamingTheHeapToTry() throws Exception {
    Path err = dir.resolve("err.txt");
    // the HTML report reads its inputs whole: 32 MB of heap cannot hold an endless stream
    Process p = tool("-Xmx32m", "report", "-o", dir.resolve("r.html").toString(), "-")
        .redirectError(err.toFile()).start();
    try (OutputStream in = p.getOutputStream()) {
      in.write("time_start,time_end,model,launch_place,target,carrier,launched,destroyed,source\n"
          .getBytes(StandardCharsets.UTF_8));
      StringBuilder rows = new StringBuilder();
      for (int i = 0; i < 2_000_000 && p.isAlive(); i++) {
        rows.append(String.format("2025-04-%02d %02d:%02d,2025-04-%02d 23:59,Shahed-136/131,"
            + "Kursk oblast,Ukraine,,%d,%d,kpszsu/posts/synthetic-%d%n", i % 28 + 1, i % 24,
            i % 60, i % 28 + 1, i % 90 + 10, i % 10, i));
        if (rows.length() > 1 << 16) {
          in.write(rows.toString().getBytes(StandardCharsets.UTF_8));
          rows.setLength(0);
        }
      }
    } catch (IOException closedByTheTool) {
      // the tool stopped reading: it ran out of memory
    }
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the tool did not finish");
    List<String> e = lines(err);
    assertEquals(70, p.exitValue(), () -> String.join("\n", e));
    String last = e.get(e.size() - 1);
    assertTrue(last.startsWith("conflict-stats: out of memory (") && last.contains(
        "with a heap of at most ") && last.contains("e.g. java -Xmx1g -jar"), last);
    assertFalse(e.stream().anyMatch(l -> l.startsWith("\tat ")), () -> String.join("\n", e));
  }
}
