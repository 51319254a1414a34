package org.conflictstats.bench;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.conflictstats.model.Count;
import org.conflictstats.model.LineDetails;
import org.conflictstats.model.Weapon;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponLine;
import org.conflictstats.stats.Tally;
import org.conflictstats.stats.TallyAccumulator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Aggregating 10,000,000 already-built weapon lines in memory into one {@link TallyAccumulator} on
 * one thread. The score is lines per second (one operation = one line).
 *
 * <p>The lines are built as a reader builds them: each with its own {@link Count} objects (exact
 * counts, with blank, unknown, at-least and zero cells mixed in), in a fixed pseudo-random order.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AggregationBenchmark {

  static final int LINES = 10_000_000;

  private WeaponLine[] lines;

  /** Builds the lines. */
  @Setup
  public void build() {
    List<Weapon> weapons = List.of(WeaponCatalog.builtIn().resolve("Shahed-136/131"),
        WeaponCatalog.builtIn().resolve("Unknown UAV"), WeaponCatalog.builtIn().resolve("Kalibr"),
        WeaponCatalog.builtIn().resolve("X-101/X-555"), WeaponCatalog.builtIn().resolve("C-300"),
        WeaponCatalog.builtIn().resolve("X-101/X-555 and Kalibr"));
    SplittableRandom rng = new SplittableRandom(42);
    lines = new WeaponLine[LINES];
    for (int i = 0; i < LINES; i++) {
      long l = 1 + rng.nextInt(300);
      long d = rng.nextLong(l + 1);
      Count launched = rng.nextInt(1000) < 3 ? Count.unknown()
          : rng.nextInt(1000) < 2 ? Count.atLeast(l) : Count.exactly(l);
      Count destroyed = rng.nextInt(1000) < 3 ? Count.unknown() : Count.exactly(d);
      Count suppressed = rng.nextInt(100) < 70 ? Count.unknown()
          : Count.exactly(rng.nextLong(l - d + 1));
      Count still = rng.nextInt(100) < 90 ? Count.unknown() : Count.exactly(rng.nextInt(3));
      lines[i] = new WeaponLine(weapons.get(rng.nextInt(weapons.size())), launched, destroyed,
          suppressed, still, Count.zero(), Count.zero(), LineDetails.none());
    }
  }

  /**
   * Adds every line to one accumulator and takes the tally.
   *
   * @return the tally
   */
  /**
   * A floor: only reads the counts' lower bounds, to show what memory alone costs.
   *
   * @return a sum
   */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public long readOnly() {
    long s = 0;
    for (WeaponLine line : lines) {
      s += line.launched().lower() + line.destroyed().lower() + line.suppressed().lower()
          + line.stillAirborne().lower() + line.leftAirspace().lower() + line.hit().lower();
    }
    return s;
  }

  @Benchmark
  @OperationsPerInvocation(LINES)
  public Tally aggregate() {
    TallyAccumulator acc = new TallyAccumulator();
    for (WeaponLine line : lines) {
      acc.add(line);
    }
    return acc.snapshot();
  }
}
