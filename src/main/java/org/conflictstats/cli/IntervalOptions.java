package org.conflictstats.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.conflictstats.stats.Bootstrap;
import org.conflictstats.stats.ClusterUnit;
import org.conflictstats.stats.IntervalMethod;
import org.conflictstats.stats.StatsQuery;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

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
      description = "Confidence level, between 0 and 1, at most 6 decimals (default:"
          + " ${DEFAULT-VALUE}).")
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

  /** The command these options are mixed into, whose parse tells which were given. */
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  Optional<IntervalMethod> method() {
    return ciChoice.method();
  }

  /**
   * Says on standard error which of these options, given, the interval chosen does not use
   * ({@code --ci wilson --replicates 500}: the replicates are the bootstrap's), so that a setting
   * is never dropped without a word (review rv45b).
   */
  void warnIgnored(PrintWriter err) {
    ParseResult parsed = mixee == null || mixee.commandLine() == null ? null
        : mixee.commandLine().getParseResult();
    if (parsed == null) {
      return;
    }
    Optional<IntervalMethod> m = method();
    List<String> unused = new ArrayList<>();
    if (m.isEmpty() && parsed.hasMatchedOption("--level")) {
      unused.add("--level");
    }
    if (m.map(x -> x != IntervalMethod.BOOTSTRAP).orElse(true)) {
      for (String o : List.of("--replicates", "--seed")) {
        if (parsed.hasMatchedOption(o)) {
          unused.add(o);
        }
      }
    }
    if (m.map(x -> x != IntervalMethod.CLUSTER && x != IntervalMethod.BOOTSTRAP).orElse(true)
        && parsed.hasMatchedOption("--cluster")) {
      unused.add("--cluster");
    }
    // as typed (the default's name when not given)
    String ci = parsed.hasMatchedOption("--ci")
        ? parsed.matchedOption("--ci").stringValues().get(0).toLowerCase(java.util.Locale.ROOT)
        : "cluster";
    for (String o : unused) {
      err.println("conflict-stats: warning: " + o + " is not used by --ci " + ci + ": "
          + (o.equals("--level") ? "no interval is computed"
          : o.equals("--cluster") ? "only the cluster and bootstrap intervals have a unit"
          : "only the bootstrap resamples") + "; ignored");
    }
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
