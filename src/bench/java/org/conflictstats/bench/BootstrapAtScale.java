package org.conflictstats.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.csv.AirForceCsv;
import org.conflictstats.stats.Bootstrap;
import org.conflictstats.stats.Dimension;
import org.conflictstats.stats.IntervalMethod;
import org.conflictstats.stats.RateKind;
import org.conflictstats.stats.StatsQuery;
import org.conflictstats.stats.StatsTable;

/**
 * The clustered interval and the bootstrap on a large generated Air Force CSV file: the reports
 * are streamed ({@code AirForceCsvReader.stream}) into a table grouped by month and weapon that
 * keeps every group's cluster values, then every row's clustered and bootstrap intervals are
 * computed. Prints the time of each step, the rows and clusters, and the heap the finished table
 * holds after a full collection. Run it under a small heap ({@code -Dbench.xmx=256m}): finishing
 * at all is the check of the memory bound.
 *
 * <pre>
 * mvn -Pbench -B -DskipTests test-compile exec:exec@bootstrap -Drows=10000000 -Dbench.xmx=256m
 * </pre>
 */
public final class BootstrapAtScale {

  private BootstrapAtScale() {}

  /**
   * Runs the check.
   *
   * @param args {@code --rows N --seed S --dir DIR [--replicates R]}
   * @throws IOException if the file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    long rows = 1_000_000;
    long seed = 42;
    int replicates = Bootstrap.DEFAULT_REPLICATES;
    Path dir = Path.of("target/bench");
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--rows" -> rows = Long.parseLong(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--dir" -> dir = Path.of(args[i + 1]);
        case "--replicates" -> replicates = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Path file = PeerHarness.ensureFile(dir, rows, seed, 0);
    StatsQuery query = StatsQuery.groupBy(Dimension.MONTH, Dimension.WEAPON)
        .withInvalidReportsKept(true)
        .withOverlapCheck(false)
        .withBootstrap(Bootstrap.of(replicates, 1));
    long t0 = System.nanoTime();
    StatsTable table;
    try (Stream<ImportedReport> s = AirForceCsv.reader().stream(file, bad -> { })) {
      table = query.run(s.map(ImportedReport::report));
    }
    long t1 = System.nanoTime();
    long clusters = 0;
    long estimable = 0;
    double widthRatio = 0;
    for (StatsTable.Row row : table) {
      clusters += row.tally().clusters();
      var c = table.interval(row.tally(), RateKind.NEUTRALISATION, IntervalMethod.CLUSTER, 0.95);
      var b = table.interval(row.tally(), RateKind.NEUTRALISATION, IntervalMethod.BOOTSTRAP,
          0.95);
      if (c.isPresent() && b.isPresent() && c.get().width() > 0) {
        estimable++;
        widthRatio += b.get().width() / c.get().width();
      }
    }
    long t2 = System.nanoTime();
    System.gc();
    Runtime rt = Runtime.getRuntime();
    long held = rt.totalMemory() - rt.freeMemory();
    System.out.printf(Locale.ROOT, "%,d rows, %,d groups, %,d clusters (report-group pairs)%n",
        rows, table.size(), clusters);
    System.out.printf(Locale.ROOT, "table with cluster values: %.1f s; %,d clustered and bootstrap"
        + " intervals (%,d replicates): %.1f s; bootstrap width / clustered width, mean %.3f%n",
        (t1 - t0) / 1e9, estimable, replicates, (t2 - t1) / 1e9, widthRatio / estimable);
    System.out.printf(Locale.ROOT, "heap: max %,d MB; held after the run, table alive, after a"
        + " full collection: %,d MB%n", rt.maxMemory() >> 20, held >> 20);
    if (table.total().lines() == 0) {
      throw new IllegalStateException("nothing read");
    }
  }
}
