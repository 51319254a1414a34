package org.conflictstats.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.testing.PlainCsv;

/**
 * The whole-process benchmark of issue 9: the command-line tool against DuckDB, each a cold JVM
 * started for every run, on large Air Force CSV files of two shapes made from the real file
 * ({@link ShapedAirForceCsv}), with the runs of both interleaved; then the same files under a small
 * heap for every streaming command.
 *
 * <ul>
 *   <li>ours, invalid reports kept: {@code rates --by month,weapon --format csv --include-invalid
 *       --ci none FILE};
 *   <li>ours, the default command: {@code rates --by month,weapon --format csv FILE} (reports with
 *       validation errors left out, every source, the overlap check, the clustered interval);
 *   <li>DuckDB ({@link DuckDbMain}, JDBC, {@code SET threads=2}): sums per month and raw model.
 * </ul>
 *
 * <p>The medians of {@code --runs} runs are printed with every run (each with its user and system
 * CPU time and peak resident size where {@code /usr/bin/time} is installed: {@link ProcessTiming}),
 * and the sums per month and weapon of ours and DuckDB are compared (DuckDB's raw models mapped to
 * the catalogue's names after the run): the benchmark fails when they differ. Then each command ({@code rates} both ways,
 * {@code validate}, {@code summary}, {@code report}, {@code convert --to jsonl}) runs once per file under
 * {@code -Xmx<heap>}, and must finish (exit 0, or 1 for validation findings); the file converted to
 * the library's JSON Lines goes through the same commands under that heap, and its two tables must
 * be the CSV's, byte for byte (the JSON Lines file, about 2.7 times the CSV's size, is deleted
 * afterwards).
 *
 * <pre>
 * sh src/bench/process-bench.sh --rows 10000000 --runs 3
 * </pre>
 *
 * <p>Run it in a JVM of its own, as that script does: under {@code mvn exec:exec@process} (which
 * still works) the timed processes paid several times the system time on the project's VM.
 *
 * <p>Options: {@code --rows N} (10,000,000), {@code --seed S} (42), {@code --runs R} (3),
 * {@code --dir DIR} (target/bench), {@code --source FILE} (the real 2026 file), {@code --jar FILE}
 * (the tool's jar; target/conflict-stats-*-cli.jar), {@code --shapes a,b} (resampled,row-per-report),
 * {@code --heap H} (256m), {@code --skip-heap} to time only, {@code --tuned "OPTIONS"} to time both
 * commands of ours a second time with these JVM options (space-separated, e.g.
 * {@code "-XX:+UseParallelGC -Xmx1g"}, the README's advice for large files), interleaved with the
 * others; their tables must be the untuned runs' tables, byte for byte.
 */
public final class ProcessBench {

  private ProcessBench() {}

  /**
   * Runs the benchmark.
   *
   * @param args the options
   * @throws Exception if a run fails or the sums disagree
   */
  public static void main(String[] args) throws Exception {
    long rows = 10_000_000;
    long seed = 42;
    int runs = 3;
    Path dir = Path.of("target", "bench");
    Path source = Path.of("..", "shared", "data", "air-force", "missile_attacks_daily-2026-02.csv");
    Path jar = null;
    List<String> shapes = List.of("resampled", "row-per-report");
    String heap = "256m";
    boolean heapRuns = true;
    List<String> tuned = List.of();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rows" -> rows = Long.parseLong(args[++i].replace("_", ""));
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--dir" -> dir = Path.of(args[++i]);
        case "--source" -> source = Path.of(args[++i]);
        case "--jar" -> jar = Path.of(args[++i]);
        case "--shapes" -> shapes = List.of(args[++i].split(","));
        case "--heap" -> heap = args[++i];
        case "--skip-heap" -> heapRuns = false;
        case "--tuned" -> tuned = List.of(args[++i].trim().split("\\s+"));
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (jar == null) {
      jar = findJar(Path.of("target"));
    }
    if (!Files.isReadable(source)) {
      throw new IllegalStateException(source + ": the real file the shapes are made from is"
          + " missing (--source FILE)");
    }
    Files.createDirectories(dir);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp = System.getProperty("java.class.path");
    System.out.printf(Locale.ROOT, "JVM %s %s; %d processors; jar %s%n",
        System.getProperty("java.vm.name"), System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), jar);
    boolean ok = true;
    List<String> summary = new ArrayList<>();
    for (String shape : shapes) {
      Path file = ensure(dir, source, shape, rows, seed);
      System.out.printf(Locale.ROOT, "%n== %s: %s, %,d rows, %,d bytes%n", shape, file, rows,
          Files.size(file));
      Path oursOut = dir.resolve(shape + "-ours.csv");
      Path defaultOut = dir.resolve(shape + "-default.csv");
      Path duckOut = dir.resolve(shape + "-duckdb.csv");
      List<String> keep = List.of(java, "-jar", jar.toString(), "rates", "--by", "month,weapon",
          "--format", "csv", "--include-invalid", "--ci", "none", file.toString());
      List<String> dflt = List.of(java, "-jar", jar.toString(), "rates", "--by", "month,weapon",
          "--format", "csv", file.toString());
      List<String> duck = List.of(java, "-cp", cp, DuckDbMain.class.getName(), file.toString());
      Path tunedKeepOut = dir.resolve(shape + "-ours-tuned.csv");
      Path tunedDefaultOut = dir.resolve(shape + "-default-tuned.csv");
      List<String> tunedKeep = withJvmOptions(keep, tuned);
      List<String> tunedDefault = withJvmOptions(dflt, tuned);
      double[] tk = new double[runs];
      double[] td = new double[runs];
      double[] tq = new double[runs];
      double[] ttk = new double[runs];
      double[] ttd = new double[runs];
      for (int r = 0; r < runs; r++) {
        ProcessTiming q = run(duck, duckOut, dir.resolve("duck.err"));
        ProcessTiming k = run(keep, oursOut, dir.resolve("ours.err"));
        ProcessTiming d = run(dflt, defaultOut, dir.resolve("default.err"));
        tq[r] = q.wallSeconds();
        tk[r] = k.wallSeconds();
        td[r] = d.wallSeconds();
        System.out.printf(Locale.ROOT, "run %d: duckdb %s, ours (invalid kept) %s,"
            + " ours (default) %s%n", r + 1, q.text(), k.text(), d.text());
        if (!tuned.isEmpty()) {
          ProcessTiming a = run(tunedKeep, tunedKeepOut, dir.resolve("ours-tuned.err"));
          ProcessTiming b = run(tunedDefault, tunedDefaultOut, dir.resolve("default-tuned.err"));
          ttk[r] = a.wallSeconds();
          ttd[r] = b.wallSeconds();
          System.out.printf(Locale.ROOT, "run %d, %s: ours (invalid kept) %s, ours (default) %s%n",
              r + 1, String.join(" ", tuned), a.text(), b.text());
        }
      }
      boolean same = compare(oursOut, duckOut);
      ok &= same;
      String line = String.format(Locale.ROOT, "%s: median DuckDB %.2f s; ours invalid kept %.2f s"
          + " (%.3f of DuckDB); ours default %.2f s (%.3f of DuckDB); sums %s",
          shape, median(tq), median(tk), median(tk) / median(tq), median(td),
          median(td) / median(tq), same ? "agree" : "DISAGREE");
      System.out.println(line);
      summary.add(line);
      if (!tuned.isEmpty()) {
        boolean sameTables = Files.mismatch(oursOut, tunedKeepOut) == -1
            && Files.mismatch(defaultOut, tunedDefaultOut) == -1;
        ok &= sameTables;
        String tunedLine = String.format(Locale.ROOT, "%s, ours with %s: invalid kept %.2f s"
            + " (%.3f of DuckDB), default %.2f s (%.3f of DuckDB); tables %s", shape,
            String.join(" ", tuned), median(ttk), median(ttk) / median(tq), median(ttd),
            median(ttd) / median(tq), sameTables ? "the same as without" : "DIFFER");
        System.out.println(tunedLine);
        summary.add(tunedLine);
      }
      if (heapRuns) {
        ok &= smallHeap(java, jar, heap, dir, shape, file, summary);
      }
    }
    System.out.println();
    summary.forEach(System.out::println);
    if (!ok) {
      System.exit(1);
    }
  }

  /** The streaming commands under a small heap, for one shape. */
  private static final List<List<String>> HEAP_COMMANDS = List.of(
      List.of("rates", "--by", "month,weapon", "--format", "csv", "--include-invalid", "--ci",
          "none"),
      List.of("rates", "--by", "month,weapon", "--format", "csv"),
      List.of("validate", "--format", "csv"), List.of("summary"), List.of("report"));

  /**
   * Runs every streaming command under {@code -Xmx<heap>} on the CSV file, converts it to JSON
   * Lines under that heap, runs the same commands on the JSON Lines, and checks that both inputs
   * give the same tables; the JSON Lines file is deleted afterwards.
   */
  private static boolean smallHeap(String java, Path jar, String heap, Path dir, String shape,
      Path file, List<String> summary) throws Exception {
    boolean ok = true;
    Path jsonl = dir.resolve(file.getFileName().toString().replaceFirst("\\.csv$", "") + ".jsonl");
    List<Path> csvOut = new ArrayList<>();
    List<Path> jsonlOut = new ArrayList<>();
    try {
      for (int i = 0; i < HEAP_COMMANDS.size(); i++) {
        Path out = dir.resolve(shape + "-heap-" + i + ".out");
        ok &= heapRun(java, jar, heap, dir, shape, HEAP_COMMANDS.get(i), file, out, summary);
        csvOut.add(out);
      }
      ok &= heapRun(java, jar, heap, dir, shape, List.of("convert", "--to", "jsonl"), file, jsonl,
          summary);
      for (int i = 0; i < HEAP_COMMANDS.size(); i++) {
        Path out = dir.resolve(shape + "-heap-" + i + "-jsonl.out");
        ok &= heapRun(java, jar, heap, dir, shape + " (as JSON Lines)", HEAP_COMMANDS.get(i), jsonl,
            out, summary);
        jsonlOut.add(out);
      }
    } finally {
      Files.deleteIfExists(jsonl);
    }
    for (int i = 0; i < 2; i++) { // the two tables
      boolean same = Arrays.equals(Files.readAllBytes(csvOut.get(i)),
          Files.readAllBytes(jsonlOut.get(i)));
      String line = String.format(Locale.ROOT, "%s -Xmx%s %s: the CSV and its JSON Lines give %s",
          shape, heap, String.join(" ", HEAP_COMMANDS.get(i)),
          same ? "the same table" : "DIFFERENT tables (" + csvOut.get(i) + ", " + jsonlOut.get(i)
              + ")");
      System.out.println(line);
      summary.add(line);
      ok &= same;
    }
    return ok;
  }

  private static boolean heapRun(String java, Path jar, String heap, Path dir, String label,
      List<String> command, Path input, Path out, List<String> summary) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + heap, "-jar", jar.toString()));
    cmd.addAll(command);
    cmd.add(input.toString());
    ProcessTiming t = ProcessTiming.run(cmd, out.toFile(), dir.resolve("heap.err").toFile());
    int code = t.exitCode();
    boolean fine = code == 0 || (code == 1 && command.get(0).equals("validate"));
    String h = String.format(Locale.ROOT, "%s -Xmx%s %s: exit %d in %s%s", label, heap,
        String.join(" ", command), code, t.text(), fine ? "" : " FAILED (see "
            + dir.resolve("heap.err") + ")");
    System.out.println(h);
    summary.add(h);
    if (!fine) {
      System.out.println(Files.readString(dir.resolve("heap.err")));
    }
    return fine;
  }

  static Path findJar(Path target) throws IOException {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(target, "conflict-stats-*-cli.jar")) {
      for (Path p : s) {
        return p;
      }
    }
    throw new IllegalStateException("no target/conflict-stats-*-cli.jar: run mvn package first");
  }

  /** The file of a shape made from the source, made once and reused while its marker matches. */
  static Path ensure(Path dir, Path source, String shape, long rows, long seed)
      throws IOException {
    Path file = dir.resolve(String.format(Locale.ROOT, "%s-%d-rows-seed-%d.csv", shape, rows, seed));
    Path marker = dir.resolve(file.getFileName() + ".marker");
    String expected = "source=" + source.getFileName() + " bytes=" + Files.size(source);
    if (Files.exists(file) && Files.exists(marker)
        && Files.readString(marker).strip().equals(expected + " out=" + Files.size(file))) {
      return file;
    }
    System.out.printf(Locale.ROOT, "generating %s, %,d rows ...%n", file, rows);
    try (OutputStream out = Files.newOutputStream(file)) {
      ShapedAirForceCsv.from(source).write(ShapedAirForceCsv.Shape.parse(shape), seed, rows, out);
    }
    Files.writeString(marker, expected + " out=" + Files.size(file));
    return file;
  }

  /** The command with JVM options put after the {@code java} executable. */
  static List<String> withJvmOptions(List<String> command, List<String> options) {
    List<String> c = new ArrayList<>(command.size() + options.size());
    c.add(command.get(0));
    c.addAll(options);
    c.addAll(command.subList(1, command.size()));
    return c;
  }

  private static ProcessTiming run(List<String> cmd, Path out, Path err) throws Exception {
    ProcessTiming t = ProcessTiming.run(cmd, out.toFile(), err.toFile());
    if (t.exitCode() != 0) {
      throw new IllegalStateException(String.join(" ", cmd) + ": exit " + t.exitCode() + "\n"
          + Files.readString(err));
    }
    return t;
  }

  /** Compares our sums per month and weapon with DuckDB's per month and raw model. */
  static boolean compare(Path ours, Path duck) throws IOException {
    Map<String, long[]> a = new LinkedHashMap<>();
    try (BufferedReader in = Files.newBufferedReader(ours, StandardCharsets.UTF_8)) {
      List<String> header = PlainCsv.record(in);
      int lines = header.indexOf("lines");
      int launched = header.indexOf("launched");
      int destroyed = header.indexOf("destroyed");
      int suppressed = header.indexOf("suppressed");
      List<String> r;
      while ((r = PlainCsv.record(in)) != null) {
        a.put(r.get(0) + " | " + r.get(1), new long[] {n(r.get(lines)), n(r.get(launched)),
            n(r.get(destroyed)), n(r.get(suppressed))});
      }
    }
    Map<String, long[]> b = new LinkedHashMap<>();
    WeaponCatalog catalog = WeaponCatalog.builtIn();
    try (BufferedReader in = Files.newBufferedReader(duck, StandardCharsets.UTF_8)) {
      PlainCsv.record(in);
      List<String> r;
      while ((r = PlainCsv.record(in)) != null) {
        String key = r.get(0) + " | " + catalog.resolve(r.get(1)).name();
        long[] v = b.computeIfAbsent(key, k -> new long[4]);
        for (int i = 0; i < 4; i++) {
          v[i] += n(r.get(2 + i));
        }
      }
    }
    TreeSet<String> keys = new TreeSet<>(a.keySet());
    keys.addAll(b.keySet());
    int bad = 0;
    for (String k : keys) {
      long[] x = a.getOrDefault(k, new long[4]);
      long[] y = b.getOrDefault(k, new long[4]);
      if (!Arrays.equals(x, y) && bad++ < 10) {
        System.out.printf("MISMATCH %s: ours %s, DuckDB %s%n", k, Arrays.toString(x),
            Arrays.toString(y));
      }
    }
    if (bad > 0) {
      System.out.printf("sums differ in %,d of %,d groups%n", bad, keys.size());
    }
    return bad == 0;
  }

  private static long n(String cell) {
    return cell.isEmpty() ? 0 : Long.parseLong(cell);
  }

  static double median(double[] t) {
    double[] s = t.clone();
    Arrays.sort(s);
    int k = s.length;
    return k % 2 == 1 ? s[k / 2] : (s[k / 2 - 1] + s[k / 2]) / 2;
  }
}
