package org.conflictstats.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a benchmark run's times are read and written. Compiled and run with the {@code bench}
 * profile only ({@code .ci/run} runs it: {@code mvn -Pbench test -Dtest=ProcessTimingTest}); also
 * the start-up benchmark's commands and verdicts.
 */
final class ProcessTimingTest {

  @Test
  void readsGnuTimesLastLine() {
    assertEquals(Optional.of(new ProcessTiming.Cpu(31.42, 1.8, 1_783_552)),
        ProcessTiming.parse(List.of("31.42 1.80 1783552")));
    // a process that fails: GNU time says so on a line of its own first
    assertEquals(Optional.of(new ProcessTiming.Cpu(0.01, 0.0, 1024)),
        ProcessTiming.parse(List.of("Command exited with non-zero status 2", "0.01 0.00 1024")));
  }

  @Test
  void tunedRunsPutTheJvmOptionsBeforeTheJar() {
    assertEquals(List.of("java", "-XX:+UseParallelGC", "-Xmx1g", "-jar", "cs.jar", "rates", "f.csv"),
        ProcessBench.withJvmOptions(List.of("java", "-jar", "cs.jar", "rates", "f.csv"),
            List.of("-XX:+UseParallelGC", "-Xmx1g")));
    assertEquals(List.of("java", "-jar", "cs.jar"),
        ProcessBench.withJvmOptions(List.of("java", "-jar", "cs.jar"), List.of()));
  }

  @Test
  void startupRunsAreTheIssuesShortCommandsBesideTheJvmAlone() {
    var plain = StartupBench.commands("java", "cs.jar", "f.csv", List.of());
    assertEquals(List.of("java -version", "--version", "picocli alone", "rates --help",
        "rates FILE"), List.copyOf(plain.keySet()));
    List<String> floor = plain.get("picocli alone");
    assertEquals(List.of("java", "-cp"), floor.subList(0, 2));
    assertTrue(floor.get(2).startsWith("cs.jar" + java.io.File.pathSeparator), floor::toString);
    assertEquals(List.of(PicocliFloor.class.getName(), "f.csv"), floor.subList(3, 5));
    assertEquals(List.of("java", "-jar", "cs.jar", "rates", "f.csv"), plain.get("rates FILE"));
    assertEquals(List.of("java", "-jar", "cs.jar", "--version"), plain.get("--version"));
    var tuned = StartupBench.commands("java", "cs.jar", "f.csv",
        List.of("-XX:SharedArchiveFile=cs.jsa", "-XX:TieredStopAtLevel=1"));
    assertEquals(6, tuned.size());
    assertEquals(List.of("java", "-XX:SharedArchiveFile=cs.jsa", "-XX:TieredStopAtLevel=1", "-jar",
        "cs.jar", "rates", "f.csv"),
        tuned.get("rates FILE, -XX:SharedArchiveFile=cs.jsa -XX:TieredStopAtLevel=1"));
  }

  @Test
  void startupMediansAreJudgedByTheGoalOfTheirCommand() {
    assertEquals("; goal 0.20 s: met", StartupBench.verdict("--version", 0.2));
    assertEquals("; goal 0.20 s: not met", StartupBench.verdict("--version", 0.201));
    assertEquals("; goal 0.35 s: not met", StartupBench.verdict("rates FILE", 0.6));
    assertEquals("; goal 0.35 s: met", StartupBench.verdict("rates FILE, -XX:X", 0.34));
    assertEquals("", StartupBench.verdict("rates --help", 9));
    assertEquals("", StartupBench.verdict("java -version", 9));
    assertEquals(0.5, ProcessBench.median(new double[] {0.9, 0.1, 0.5}));
    assertEquals(0.4, ProcessBench.median(new double[] {0.9, 0.1, 0.5, 0.3}), 1e-12);
  }

  @Test
  void anythingElseIsNoMeasurement() {
    assertEquals(Optional.empty(), ProcessTiming.parse(List.of()));
    assertEquals(Optional.empty(), ProcessTiming.parse(List.of("Command terminated by signal 9")));
    assertEquals(Optional.empty(), ProcessTiming.parse(List.of("a b c")));
  }

  @Test
  void writesTheWallTimeAndWhatGnuTimeMeasured() {
    assertEquals("17.67 s", new ProcessTiming(0, 17.666, Optional.empty()).text());
    assertEquals("17.67 s (user 32.4 s, sys 1.8 s, max RSS 1,741 MB)",
        new ProcessTiming(0, 17.666, Optional.of(new ProcessTiming.Cpu(32.43, 1.81, 1_783_552)))
            .text());
  }

  @Test
  void timesAProcessToItsEnd(@TempDir Path dir) throws Exception {
    File out = dir.resolve("out.txt").toFile();
    File err = dir.resolve("err.txt").toFile();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessTiming t = ProcessTiming.run(List.of(java, "-version"), out, err);
    assertEquals(0, t.exitCode());
    assertTrue(t.wallSeconds() > 0, "wall " + t.wallSeconds());
    assertTrue(Files.readString(err.toPath()).contains("version"), "java -version writes to err");
    // user and system time come from GNU time where it is installed, and only there
    assertEquals(Files.isExecutable(Path.of("/usr/bin/time")), t.cpu().isPresent());
    t.cpu().ifPresent(c -> assertTrue(c.maxResidentKb() > 0, "max RSS " + c.maxResidentKb()));
  }
}
