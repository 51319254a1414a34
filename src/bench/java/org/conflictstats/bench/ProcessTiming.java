package org.conflictstats.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One run of a process, timed: its wall time, and where {@code /usr/bin/time} is installed (GNU
 * time, as on Debian) its user and system CPU time and peak resident size. System time is where the
 * page faults of a heap that grows show (README "Performance"); wall time alone hid them.
 *
 * <pre>{@code
 * ProcessTiming t = ProcessTiming.run(List.of("java", "-version"), out, err);
 * t.text();   // "0.05 s (user 0.03 s, sys 0.02 s, max RSS 40 MB)"
 * }</pre>
 *
 * @param exitCode the process's exit code
 * @param wallSeconds the wall time, measured here
 * @param cpu the CPU time and peak resident size, when GNU time measured them
 */
record ProcessTiming(int exitCode, double wallSeconds, Optional<Cpu> cpu) {

  /**
   * What GNU time measured.
   *
   * @param userSeconds user CPU time of the process and its children
   * @param systemSeconds system CPU time
   * @param maxResidentKb peak resident size in kilobytes
   */
  record Cpu(double userSeconds, double systemSeconds, long maxResidentKb) {}

  private static final Path TIME = Path.of("/usr/bin/time");

  /**
   * Runs a command to its end.
   *
   * @param command the command
   * @param out where its standard output goes ({@code null}: discarded)
   * @param err where its standard error goes
   * @return the timing
   * @throws IOException if the process cannot start
   * @throws InterruptedException if interrupted while waiting
   */
  static ProcessTiming run(List<String> command, File out, File err)
      throws IOException, InterruptedException {
    List<String> full = command;
    Path stats = null;
    if (Files.isExecutable(TIME)) {
      stats = Files.createTempFile("conflict-stats-bench-", ".time");
      full = new ArrayList<>(List.of(TIME.toString(), "-f", "%U %S %M", "-o", stats.toString()));
      full.addAll(command);
    }
    ProcessBuilder pb = new ProcessBuilder(full).redirectError(err);
    pb.redirectOutput(out == null ? ProcessBuilder.Redirect.DISCARD
        : ProcessBuilder.Redirect.to(out));
    long t0 = System.nanoTime();
    int code = pb.start().waitFor();
    double wall = (System.nanoTime() - t0) / 1e9;
    Optional<Cpu> cpu = Optional.empty();
    if (stats != null) {
      try {
        cpu = parse(Files.readAllLines(stats));
      } finally {
        Files.deleteIfExists(stats);
      }
    }
    return new ProcessTiming(code, wall, cpu);
  }

  /** GNU time's last line, {@code "%U %S %M"} (a line before it may say the exit status). */
  static Optional<Cpu> parse(List<String> lines) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      String[] f = lines.get(i).strip().split("\\s+");
      if (f.length == 3) {
        try {
          return Optional.of(new Cpu(Double.parseDouble(f[0]), Double.parseDouble(f[1]),
              Long.parseLong(f[2])));
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /** The wall time, and the CPU times and peak resident size when measured. */
  String text() {
    String wall = String.format(Locale.ROOT, "%.2f s", wallSeconds);
    return cpu.map(c -> String.format(Locale.ROOT, "%s (user %.1f s, sys %.1f s, max RSS %,d MB)",
        wall, c.userSeconds(), c.systemSeconds(), c.maxResidentKb() / 1024)).orElse(wall);
  }
}
