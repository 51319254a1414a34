package org.conflictstats.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzz test of the command line: any arguments and any standard input end in exit 0, 1 or 2, never
 * 70 (an internal error) and never an exception out of {@link ConflictStatsCommand#run}; without
 * {@code --debug} standard error holds no stack trace.
 *
 * <p>An input is the arguments, one per line, then an empty line, then standard input. So that
 * fuzzing touches no file but its own, an argument {@code FILE0} to {@code FILE3} stands for one of
 * the test's files (the 2023 and late-2026 layout fixtures, the embedded sample as JSON Lines, a CSV
 * with bad rows); every other argument has its {@code /} and {@code \} removed, a leading {@code @}
 * (picocli's argument files) is defused, and options that write files ({@code -o},
 * {@code --output}) are dropped.
 */
final class CliFuzzTest {

  private static Path dir;
  private static List<Path> files;

  @BeforeAll
  static void makeFiles() throws IOException {
    dir = Files.createTempDirectory("conflict-stats-cli-fuzz");
    files = new ArrayList<>();
    for (String layout : List.of("layout-2023.csv", "layout-late-2026.csv")) {
      try (InputStream in = CliFuzzTest.class.getResourceAsStream(
          "/org/conflictstats/io/csv/" + layout)) {
        files.add(Files.write(dir.resolve(layout), in.readAllBytes()));
      }
    }
    try (InputStream in = CliFuzzTest.class.getResourceAsStream(Inputs.SAMPLE_RESOURCE)) {
      files.add(Files.write(dir.resolve("sample.jsonl"), in.readAllBytes()));
    }
    files.add(Files.writeString(dir.resolve("bad.csv"), "time_start,time_end,model,launched\n"
        + "2025-04-17 01:00:30,2025-04-17 08:00,\u001b[2JShahed,abc\n"
        + "2025-04-17 01:00,2025-04-17 08:00,\"=HYPERLINK(\"\"x\"\")\nsecond line\",4\n"));
  }

  @AfterAll
  static void removeFiles() throws IOException {
    for (Path f : files) {
      Files.deleteIfExists(f);
    }
    Files.deleteIfExists(dir);
  }

  @FuzzTest(maxDuration = "5m")
  void anyArgumentsEndInAnHonestExitCode(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    int blank = text.indexOf("\n\n");
    String head = blank < 0 ? text : text.substring(0, blank);
    String stdin = blank < 0 ? "" : text.substring(blank + 2);
    List<String> args = new ArrayList<>();
    for (String a : head.isEmpty() ? new String[0] : head.split("\n", -1)) {
      String safe = safe(a);
      if (safe != null) {
        args.add(safe);
      }
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = ConflictStatsCommand.run(args.toArray(String[]::new),
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out),
        new PrintWriter(err));
    assertTrue(Set.of(0, 1, 2).contains(exit), () -> "exit " + exit + " for " + args + "\n" + err);
    if (!args.contains("--debug")) {
      assertFalse(Arrays.stream(err.toString().split("\n")).anyMatch(l -> l.startsWith("\tat ")),
          () -> "a stack trace for " + args + "\n" + err);
    }
  }

  /** The argument as the fuzz test passes it, or null to drop it (see the class comment). */
  static String safe(String arg) {
    for (int i = 0; i < files.size(); i++) {
      if (arg.equals("FILE" + i)) {
        return files.get(i).toString();
      }
    }
    if (arg.startsWith("--o") || (arg.startsWith("-") && !arg.startsWith("--")
        && arg.indexOf('o') >= 0)) {
      return null;
    }
    String s = arg.replace("/", "").replace("\\", "");
    return s.startsWith("@") ? "x" + s : s;
  }
}
