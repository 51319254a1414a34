package org.conflictstats.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.conflictstats.cli.ConflictStatsCommand;
import org.conflictstats.testing.RealData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's command lines on the real data, against the output it shows. Every {@code $
 * conflict-stats ...} line of a {@code ```text} block (and {@code $ java -jar
 * target/conflict-stats-...-cli.jar ...}) whose inputs are files of {@code ../shared/data} (or
 * {@code -Dconflictstats.data}) runs in {@code sh}, in a folder where those files are at hand under
 * the names the README uses, with {@code conflict-stats} the tool on the test class path; each line
 * the README shows after it must be a line of what it prints, on standard output or standard error
 * (in any order: the README shows some lines picked out, and the two streams interleave as they
 * come; blocks marked "rows cut" leave lines out, and a line of {@code ...} stands for lines left
 * out). Lines that read or write a file the README makes up (bad.csv, report.html) are not run,
 * nor those that give {@code java} options of their own (the small-heap runs on generated files);
 * at least ten are. Skipped, with a message, when the data folder is absent. This caught two blocks left
 * behind by changes of the figures (the saturation warning after groups of weapons shared their
 * members, the default interval of a pipe from extract).
 */
final class ReadmeCommandsTest {

  private static final Pattern DATA_FILE =
      Pattern.compile("(\\.\\./shared/data/[\\w./-]+|missile\\w*[-\\w]*\\.csv|missiles_and_uavs?"
          + "[-\\w]*\\.csv)");
  private static final String JAR_PREFIX = "java -jar target/conflict-stats-0.1.0-SNAPSHOT-cli.jar";

  @TempDir
  Path dir;

  record Example(int line, String command, List<String> shown) {}

  static List<Example> examples(List<String> readme) {
    List<Example> found = new ArrayList<>();
    boolean inText = false;
    for (int i = 0; i < readme.size(); i++) {
      String l = readme.get(i);
      if (l.startsWith("```")) {
        inText = !inText && l.equals("```text");
        continue;
      }
      if (!inText || !l.startsWith("$ ")) {
        continue;
      }
      String command = l.substring(2);
      if (command.startsWith(JAR_PREFIX)) {
        command = "conflict-stats" + command.substring(JAR_PREFIX.length());
      }
      if (!command.startsWith("conflict-stats ")) {
        continue;
      }
      List<String> shown = new ArrayList<>();
      int j = i + 1;
      for (; j < readme.size() && !readme.get(j).startsWith("```")
          && !readme.get(j).startsWith("$ "); j++) {
        shown.add(readme.get(j));
      }
      found.add(new Example(i + 1, command, shown));
    }
    return found;
  }

  @TestFactory
  Stream<DynamicTest> everyCommandOnTheRealDataPrintsWhatTheReadmeShows() throws IOException {
    RealData.directory("air-force");
    Path data = RealData.folder().toAbsolutePath().normalize();
    // a folder with the data files under the README's names, and ../shared/data beside it
    Path work = Files.createDirectories(dir.resolve("work"));
    Files.createDirectories(dir.resolve("shared"));
    Files.createSymbolicLink(dir.resolve("shared").resolve("data"), data);
    try (Stream<Path> files = Files.list(data.resolve("air-force"))) {
      for (Path f : files.toList()) {
        Files.createSymbolicLink(work.resolve(f.getFileName()), f);
      }
    }
    // the blocks of files the README makes up (bad.csv, attacks.csv) are not run
    List<Example> examples = examples(Files.readAllLines(Path.of("README.md"))).stream()
        .filter(e -> dataFiles(e).isPresent()).toList();
    assertTrue(examples.size() >= 10, "the README's examples were found: " + examples.size());
    return examples.stream().map(e -> DynamicTest.dynamicTest("README line " + e.line() + ": "
        + e.command(), () -> check(work, e)));
  }

  /** The data files an example reads, or empty when it reads a file the README makes up. */
  static Optional<List<String>> dataFiles(Example e) {
    Matcher m = DATA_FILE.matcher(e.command());
    List<String> inputs = new ArrayList<>();
    while (m.find()) {
      inputs.add(m.group(1));
    }
    Matcher file = Pattern.compile("[\\w./-]+\\.(csv|txt|jsonl|html|svg|png)").matcher(e.command());
    while (file.find()) {
      if (!inputs.contains(file.group())) {
        return Optional.empty();
      }
    }
    return inputs.isEmpty() ? Optional.empty() : Optional.of(inputs);
  }

  private void check(Path work, Example e) throws Exception {
    for (String in : dataFiles(e).orElseThrow()) {
      // the work folder has the air-force files under their names, and ../shared/data beside it
      RealData.assumePresent(Files.exists(work.resolve(in)), in.startsWith("../shared/data/")
          ? in.substring("../shared/data/".length()) : "air-force/" + in);
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    Path bin = dir.resolve("bin");
    Path tool = bin.resolve("conflict-stats");
    if (!Files.exists(tool)) {
      Files.createDirectories(bin);
      Files.writeString(tool, "#!/bin/sh\nexec '" + java + "' -XX:TieredStopAtLevel=1 -cp '"
          + classPath + "' " + ConflictStatsCommand.class.getName() + " \"$@\"\n");
      assertTrue(tool.toFile().setExecutable(true));
    }
    Path out = dir.resolve("out-" + e.line() + ".txt");
    ProcessBuilder pb = new ProcessBuilder("sh", "-c", e.command()).directory(work.toFile())
        .redirectErrorStream(true).redirectOutput(out.toFile());
    pb.environment().put("PATH", bin + File.pathSeparator + pb.environment().get("PATH"));
    Process p = pb.start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "README line " + e.line() + " did not finish");
    List<String> printed = Files.readAllLines(out, StandardCharsets.UTF_8);
    Set<String> lines = new HashSet<>(printed);
    for (String want : e.shown()) {
      if (!want.equals("...") && !want.isBlank() && !lines.contains(want)) {
        fail("README line " + e.line() + ": `" + e.command() + "` no longer prints\n  " + want
            + "\nIt prints:\n" + String.join("\n", printed));
      }
    }
    assertFalse(e.shown().isEmpty(), "README line " + e.line() + " shows no output");
  }
}
