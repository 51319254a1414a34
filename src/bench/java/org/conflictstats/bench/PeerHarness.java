package org.conflictstats.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

/**
 * Runs the issue-5 workload (Air Force CSV, 2026 layout, to sums and rates per month of report date
 * and weapon, all lines kept) with the library and with DuckDB on the same generated file, in the same
 * JVM run; checks that both give exactly the same sums for every group; and prints rows per second, MB
 * per second and the ratio of the wall times.
 *
 * <p>Each system runs once to warm up, then {@code --runs} times; the figure reported is the median
 * run (the best is printed beside it). The file is generated under {@code --dir}, or reused when a
 * marker beside it says it was written by the same generator version, seed and row count.
 *
 * <pre>
 * mvn -Pbench -B -DskipTests test-compile exec:exec@peer -Drows=10000000
 * </pre>
 *
 * <p>Options: {@code --rows N} (1,000,000), {@code --seed S} (42), {@code --runs R} (3),
 * {@code --threads T} (DuckDB threads, 2), {@code --dir DIR} (target/bench), {@code --quoted-newlines
 * RATE} (0), {@code --systems ours,duckdb} (which systems to run, in order: {@code ours},
 * {@code duckdb}, {@code reference}: a plain single-threaded implementation written from the
 * definitions; with one system there is no agreement check).
 */
public final class PeerHarness {

  private PeerHarness() {}

  /** One system under test. */
  interface Workload {
    Map<GroupKey, GroupSums> run(Path file) throws Exception;
  }

  /**
   * Runs the harness.
   *
   * @param args the options
   * @throws Exception if a system fails or the results disagree
   */
  public static void main(String[] args) throws Exception {
    long rows = 1_000_000;
    long seed = 42;
    int runs = 3;
    int threads = 2;
    double newlines = 0;
    List<String> systemNames = List.of("ours", "duckdb");
    Path dir = Path.of("target", "bench");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rows" -> rows = Long.parseLong(args[++i].replace("_", ""));
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--dir" -> dir = Path.of(args[++i]);
        case "--quoted-newlines" -> newlines = Double.parseDouble(args[++i]);
        case "--systems" -> systemNames = List.of(args[++i].split(","));
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }

    Path file = ensureFile(dir, rows, seed, newlines);
    long bytes = Files.size(file);
    Runtime rt = Runtime.getRuntime();
    System.out.printf(Locale.ROOT, "file: %s, %,d rows, %,d bytes (%.1f MB)%n", file, rows, bytes,
        bytes / 1e6);
    System.out.printf(Locale.ROOT, "JVM: %s %s, %d processors, max heap %d MB%n",
        System.getProperty("java.vm.name"), System.getProperty("java.version"),
        rt.availableProcessors(), rt.maxMemory() >> 20);

    Map<String, Workload> systems = new LinkedHashMap<>();
    DuckDbPeer duck = null;
    for (String name : systemNames) {
      switch (name) {
        case "ours" -> systems.put("conflict-stats", Ours::run);
        case "duckdb" -> {
          duck = new DuckDbPeer(threads, canonicalNames());
          System.out.printf(Locale.ROOT, "DuckDB %s, threads=%d%n", duck.version(), threads);
          systems.put("DuckDB", duck::run);
        }
        case "reference" -> systems.put("reference (plain Java, 1 thread)", ReferenceWorkload::run);
        default -> throw new IllegalArgumentException("unknown system " + name);
      }
    }

    Map<String, Map<GroupKey, GroupSums>> results = new LinkedHashMap<>();
    Map<String, double[]> times = new LinkedHashMap<>();
    try {
      for (Map.Entry<String, Workload> e : systems.entrySet()) {
        double[] t = new double[runs];
        Map<GroupKey, GroupSums> result = e.getValue().run(file); // warm-up
        for (int r = 0; r < runs; r++) {
          long t0 = System.nanoTime();
          result = e.getValue().run(file);
          t[r] = (System.nanoTime() - t0) / 1e9;
          System.out.printf(Locale.ROOT, "  %s run %d: %.3f s%n", e.getKey(), r + 1, t[r]);
        }
        results.put(e.getKey(), result);
        times.put(e.getKey(), t);
      }
    } finally {
      if (duck != null) {
        duck.close();
      }
    }

    // agreement: every system against the first
    List<String> names = new ArrayList<>(results.keySet());
    boolean agree = true;
    for (int i = 1; i < names.size(); i++) {
      agree &= compare(names.get(0), results.get(names.get(0)), names.get(i),
          results.get(names.get(i)));
    }
    Map<GroupKey, GroupSums> first = results.get(names.get(0));
    GroupSums total = first.values().stream().reduce(GroupSums::plus).orElseThrow();
    System.out.printf(Locale.ROOT, "groups: %,d; lines %,d; launched %,d; destroyed %,d; "
        + "suppressed %,d; kinetic rate %.4f; neutralisation rate %.4f%n", first.size(),
        total.lines(), total.launched(), total.destroyed(), total.suppressed(),
        total.kineticRate(), total.neutralisationRate());
    if (total.lines() != rows) {
      System.out.printf("MISMATCH: %,d lines aggregated for %,d rows%n", total.lines(), rows);
      agree = false;
    }
    System.out.println(agree && names.size() > 1
        ? "agreement: every group's sums are identical in " + names
        : names.size() > 1 ? "agreement: FAILED" : "agreement: not checked (one system)");

    System.out.println();
    System.out.printf(Locale.ROOT, "%-34s %10s %10s %14s %10s%n", "system", "median s", "best s",
        "rows/s", "MB/s");
    for (Map.Entry<String, double[]> e : times.entrySet()) {
      double med = median(e.getValue());
      double best = Arrays.stream(e.getValue()).min().orElseThrow();
      System.out.printf(Locale.ROOT, "%-34s %10.3f %10.3f %,14.0f %10.1f%n", e.getKey(), med, best,
          rows / med, bytes / 1e6 / med);
    }
    if (times.containsKey("conflict-stats") && times.containsKey("DuckDB")) {
      double ours = median(times.get("conflict-stats"));
      double theirs = median(times.get("DuckDB"));
      System.out.printf(Locale.ROOT, "ratio conflict-stats / DuckDB wall time (medians): %.3f "
          + "(DuckDB / conflict-stats: %.2fx)%n", ours / theirs, theirs / ours);
    }
    if (!agree) {
      System.exit(1);
    }
  }

  /** The canonical name of every raw model name the generator writes, by the built-in catalogue. */
  static Map<String, String> canonicalNames() {
    Map<String, String> map = new LinkedHashMap<>();
    for (String raw : AirForceCsvGenerator.rawModelNames()) {
      map.put(raw, WeaponCatalog.builtIn().resolve(raw).name());
    }
    return map;
  }

  static Path ensureFile(Path dir, long rows, long seed, double newlines) throws IOException {
    String name = String.format(Locale.ROOT, "air-force-2026-%d-rows-seed-%d%s.csv", rows, seed,
        newlines > 0 ? "-nl-" + newlines : "");
    Path file = dir.resolve(name);
    Path marker = dir.resolve(name + ".marker");
    String expected = String.format(Locale.ROOT, "format=%d rows=%d seed=%d newlines=%s",
        AirForceCsvGenerator.FORMAT_VERSION, rows, seed, newlines);
    if (Files.exists(file) && Files.exists(marker)) {
      String[] m = Files.readString(marker, StandardCharsets.UTF_8).strip().split(" bytes=");
      if (m.length == 2 && m[0].equals(expected) && Long.parseLong(m[1]) == Files.size(file)) {
        return file;
      }
    }
    Files.deleteIfExists(marker);
    System.out.printf(Locale.ROOT, "generating %,d rows (seed %d) into %s ...%n", rows, seed, file);
    long t0 = System.nanoTime();
    long bytes = AirForceCsvGenerator.withSeed(seed).withQuotedNewlines(newlines).write(file, rows);
    System.out.printf(Locale.ROOT, "generated %,d bytes in %.1f s%n", bytes,
        (System.nanoTime() - t0) / 1e9);
    Files.writeString(marker, expected + " bytes=" + bytes, StandardCharsets.UTF_8);
    return file;
  }

  private static boolean compare(String an, Map<GroupKey, GroupSums> a, String bn,
      Map<GroupKey, GroupSums> b) {
    TreeSet<GroupKey> keys = new TreeSet<>(a.keySet());
    keys.addAll(b.keySet());
    int bad = 0;
    for (GroupKey k : keys) {
      GroupSums x = a.get(k);
      GroupSums y = b.get(k);
      if (x == null || !x.equals(y)) {
        if (bad++ < 10) {
          System.out.printf("MISMATCH %s:%n  %s: %s%n  %s: %s%n", k, an, x, bn, y);
        }
      }
    }
    if (bad > 0) {
      System.out.printf("%s and %s disagree on %,d of %,d groups%n", an, bn, bad, keys.size());
    }
    return bad == 0;
  }

  private static double median(double[] t) {
    double[] s = t.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }
}
