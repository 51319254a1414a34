package org.conflictstats.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.conflictstats.stats.StatsTable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The workload end to end through the public API: an Air Force CSV file to the table of sums and
 * rates per month and weapon, every line kept, on all processors, in a warm JVM. The score is
 * milliseconds per file. Three shapes of file ({@code shape}): {@code generated}, the project's own
 * generator (seed 42); {@code resampled} and {@code row-per-report}, {@link ShapedAirForceCsv}'s shapes
 * made from the real 2026 file ({@code -Dconflictstats.source=FILE}, by default {@code
 * ../shared/data/air-force/missile_attacks_daily-2026-02.csv}), the shapes {@link ProcessBench}
 * times whole process. A warm JVM's figure is not the headline (ProcessBench is): it leaves out
 * start-up and the compilers' work, which a cold run of a large file pays.
 *
 * <pre>{@code
 * mvn -Pbench -B -DskipTests test-compile exec:exec@jmh -Djmh.args="FileToTableBenchmark"
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class FileToTableBenchmark {

  /** Data rows in the file. */
  @Param("1000000")
  public long rows;

  /** The file's shape: generated, resampled or row-per-report. */
  @Param({"generated", "resampled", "row-per-report"})
  public String shape;

  private Path file;

  /**
   * Makes the file under target/bench, or reuses it.
   *
   * @throws IOException if it cannot be written, or the real file a shape is made from is missing
   */
  @Setup
  public void file() throws IOException {
    Path dir = Path.of("target", "bench");
    if (shape.equals("generated")) {
      file = PeerHarness.ensureFile(dir, rows, 42, 0);
      return;
    }
    Path source = Path.of(System.getProperty("conflictstats.source",
        "../shared/data/air-force/missile_attacks_daily-2026-02.csv"));
    if (!Files.isReadable(source)) {
      throw new IOException(source + ": the real file the " + shape
          + " shape is made from is missing (-Dconflictstats.source=FILE)");
    }
    Files.createDirectories(dir);
    file = ProcessBench.ensure(dir, source, shape, rows, 42);
  }

  /**
   * Reads the file into the table.
   *
   * @return the table
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public StatsTable table() throws IOException {
    return Ours.table(file);
  }
}
