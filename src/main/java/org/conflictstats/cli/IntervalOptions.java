package org.conflictstats.cli;

import java.util.Optional;
import org.conflictstats.stats.Bootstrap;
import org.conflictstats.stats.ClusterUnit;
import org.conflictstats.stats.IntervalMethod;
import org.conflictstats.stats.StatsQuery;
import picocli.CommandLine.Option;

/** The confidence interval a command prints: method, level, bootstrap settings, clustering unit. */
final class IntervalOptions {

  @Option(names = "--ci", paramLabel = "METHOD", defaultValue = "cluster",
      converter = Converters.Interval.class,
      description = "Confidence interval: cluster (reports as the unit: weapons of one report"
          + " succeed or fail together), bootstrap (resampling reports), wilson, clopper-pearson,"
          + " jeffreys (weapons as independent trials: optimistic) or none"
          + " (default: ${DEFAULT-VALUE}).")
  Converters.IntervalChoice ciChoice;

  @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "0.95",
      converter = Converters.Level.class,
      description = "Confidence level, between 0 and 1 (default: ${DEFAULT-VALUE}).")
  double level;

  @Option(names = "--replicates", paramLabel = "N", defaultValue = "2000",
      converter = Converters.Replicates.class,
      description = "Bootstrap replicates, 100 to 1,000,000 (default: ${DEFAULT-VALUE}).")
  int replicates;

  @Option(names = "--seed", paramLabel = "SEED", defaultValue = "42",
      converter = Converters.Seed.class,
      description = "Seed of the bootstrap's generator: the same seed, the same interval"
          + " (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--cluster", paramLabel = "UNIT", defaultValue = "report",
      converter = Converters.Unit.class,
      description = "Unit of sampling of the cluster and bootstrap intervals: report, or day"
          + " (every report of one night) (default: ${DEFAULT-VALUE}).")
  ClusterUnit unit;

  Optional<IntervalMethod> method() {
    return ciChoice.method();
  }

  /** The query with these interval settings. */
  StatsQuery apply(StatsQuery query) {
    StatsQuery q = query.withClusterUnit(unit);
    IntervalMethod m = method().orElse(IntervalMethod.CLUSTER);
    return m == IntervalMethod.BOOTSTRAP
        ? q.withInterval(m, level).withBootstrap(Bootstrap.of(replicates, seed))
        : q.withInterval(m, level);
  }
}
