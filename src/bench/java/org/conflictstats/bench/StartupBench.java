package org.conflictstats.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The start-up benchmark of issue 9: short runs of the command-line tool, each a cold JVM started
 * with {@code java -jar}, interleaved round by round, median of {@code --runs} runs each, beside a
 * JVM that only prints its version (what any Java program pays):
 *
 * <ul>
 *   <li>{@code java -version}: the JVM alone;
 *   <li>{@code --version} (goal: at most 0.2 s);
 *   <li>{@code picocli alone}: {@link PicocliFloor}, a command of three options parsed by picocli
 *       that prints the file name and reads nothing, picocli's classes from the same jar: what
 *       any tool whose command line picocli parses pays before its own work;
 *   <li>{@code rates --help}: picocli's model of the command, printed;
 *   <li>{@code rates FILE} on the real 2026 file (goal: at most 0.35 s);
 *   <li>with {@code --cds}, {@code rates FILE} again as the README advises for many short runs:
 *       with an application class-data archive of the jar (made first, by one run with
 *       {@code -XX:ArchiveClassesAtExit}, so that it always matches the jar timed) and the C1
 *       compiler alone ({@code -XX:TieredStopAtLevel=1});
 *   <li>with {@code --tuned "OPTIONS"}, {@code rates FILE} again with those JVM options.
 * </ul>
 *
 * <pre>
 * sh src/bench/startup-bench.sh --runs 15 --cds
 * </pre>
 *
 * <p>Every run must exit 0 (the benchmark fails otherwise); each prints its wall time and, where
 * {@code /usr/bin/time} is installed, its user and system CPU time ({@link ProcessTiming}).
 *
 * <p>Options: {@code --runs R} (15), {@code --jar FILE} (target/conflict-stats-*-cli.jar),
 * {@code --source FILE} (the real 2026 file), {@code --dir DIR} (target/bench, for the runs'
 * output and the archive), {@code --cds}, {@code --tuned "OPTIONS"} (space-separated JVM options).
 */
public final class StartupBench {

  /** The goals of issue 9, in seconds. */
  static final double VERSION_GOAL = 0.2;
  static final double RATES_GOAL = 0.35;

  private StartupBench() {}

  /**
   * Runs the benchmark.
   *
   * @param args the options
   * @throws Exception if a run fails
   */
  public static void main(String[] args) throws Exception {
    int runs = 15;
    Path jar = null;
    Path source = Path.of("..", "shared", "data", "air-force", "missile_attacks_daily-2026-02.csv");
    Path dir = Path.of("target", "bench");
    List<String> tuned = List.of();
    boolean cds = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--jar" -> jar = Path.of(args[++i]);
        case "--source" -> source = Path.of(args[++i]);
        case "--dir" -> dir = Path.of(args[++i]);
        case "--tuned" -> tuned = List.of(args[++i].trim().split("\\s+"));
        case "--cds" -> cds = true;
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (jar == null) {
      jar = ProcessBench.findJar(Path.of("target"));
    }
    if (!Files.isReadable(source)) {
      throw new IllegalStateException(source + ": the real file is missing (--source FILE)");
    }
    Files.createDirectories(dir);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Map<String, List<String>> commands = commands(java, jar.toString(), source.toString(), tuned);
    if (cds) {
      Path archive = dir.resolve("startup-" + jar.getFileName() + ".jsa").toAbsolutePath();
      Files.deleteIfExists(archive);
      List<String> rates = commands.get("rates FILE");
      ProcessTiming made = ProcessTiming.run(ProcessBench.withJvmOptions(rates,
          List.of("-XX:ArchiveClassesAtExit=" + archive)), null, dir.resolve("startup.err").toFile());
      if (made.exitCode() != 0 || !Files.isReadable(archive)) {
        throw new IllegalStateException("could not make the class-data archive " + archive + "\n"
            + Files.readString(dir.resolve("startup.err")));
      }
      commands.put("rates FILE, AppCDS + C1", ProcessBench.withJvmOptions(rates,
          List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-XX:TieredStopAtLevel=1")));
    }
    System.out.printf(Locale.ROOT, "JVM %s %s; %d processors; jar %s; %d runs each, interleaved%n",
        System.getProperty("java.vm.name"), System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), jar, runs);
    Map<String, double[]> walls = new LinkedHashMap<>();
    for (String k : commands.keySet()) {
      walls.put(k, new double[runs]);
    }
    File out = dir.resolve("startup.out").toFile();
    File err = dir.resolve("startup.err").toFile();
    for (int r = 0; r < runs; r++) {
      StringBuilder line = new StringBuilder("run " + (r + 1) + ":");
      for (Map.Entry<String, List<String>> c : commands.entrySet()) {
        ProcessTiming t = ProcessTiming.run(c.getValue(), out, err);
        if (t.exitCode() != 0) {
          throw new IllegalStateException(String.join(" ", c.getValue()) + ": exit "
              + t.exitCode() + "\n" + Files.readString(err.toPath()));
        }
        walls.get(c.getKey())[r] = t.wallSeconds();
        line.append(String.format(Locale.ROOT, " %s %.3f s%s;", c.getKey(), t.wallSeconds(),
            t.cpu().map(u -> String.format(Locale.ROOT, " (user %.2f s, sys %.2f s)",
                u.userSeconds(), u.systemSeconds())).orElse("")));
      }
      System.out.println(line);
    }
    for (Map.Entry<String, double[]> w : walls.entrySet()) {
      DoubleSummaryStatistics s = Arrays.stream(w.getValue()).summaryStatistics();
      double median = ProcessBench.median(w.getValue());
      System.out.printf(Locale.ROOT, "%s: median %.3f s (min %.3f, max %.3f)%s%n", w.getKey(),
          median, s.getMin(), s.getMax(), verdict(w.getKey(), median));
    }
  }

  /** The timed commands by label, in the order of each round. */
  static Map<String, List<String>> commands(String java, String jar, String file,
      List<String> tuned) {
    Map<String, List<String>> c = new LinkedHashMap<>();
    c.put("java -version", List.of(java, "-version"));
    c.put("--version", List.of(java, "-jar", jar, "--version"));
    c.put("picocli alone", List.of(java, "-cp", jar + File.pathSeparator + benchClasses(),
        PicocliFloor.class.getName(), file));
    c.put("rates --help", List.of(java, "-jar", jar, "rates", "--help"));
    List<String> rates = List.of(java, "-jar", jar, "rates", file);
    c.put("rates FILE", rates);
    if (!tuned.isEmpty()) {
      c.put("rates FILE, " + String.join(" ", tuned), ProcessBench.withJvmOptions(rates, tuned));
    }
    return c;
  }

  /** Where the benchmark's own classes are (target/test-classes under the bench profile). */
  private static String benchClasses() {
    try {
      return Path.of(PicocliFloor.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI()).toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What a median says of the goal its command has, if any. */
  static String verdict(String label, double median) {
    double goal = label.equals("--version") ? VERSION_GOAL
        : label.startsWith("rates FILE") ? RATES_GOAL : Double.NaN;
    if (Double.isNaN(goal)) {
      return "";
    }
    return String.format(Locale.ROOT, "; goal %.2f s: %s", goal, median <= goal ? "met" : "not met");
  }
}
