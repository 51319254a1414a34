package org.conflictstats.bench;

import java.io.IOException;
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
 * The workload end to end through the public API: a generated Air Force CSV file (seed 42) to the
 * table of sums and rates per month and weapon, every line kept, on all processors. The score is
 * seconds per file.
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

  private Path file;

  /**
   * Generates the file under target/bench, or reuses it.
   *
   * @throws IOException if it cannot be written
   */
  @Setup
  public void file() throws IOException {
    file = PeerHarness.ensureFile(Path.of("target", "bench"), rows, 42, 0);
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
