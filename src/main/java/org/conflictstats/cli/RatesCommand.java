package org.conflictstats.cli;

import org.conflictstats.internal.NoteWrap;
import org.conflictstats.internal.Numbers;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.conflictstats.io.ImportCounts;
import org.conflictstats.table.StatsTableCsv;
import org.conflictstats.table.StatsTableJson;
import org.conflictstats.stats.Attribution;
import org.conflictstats.stats.Dimension;
import org.conflictstats.stats.IntervalMethod;
import org.conflictstats.stats.LeftOut;
import org.conflictstats.stats.RateKind;
import org.conflictstats.stats.ReportingRegimes;
import org.conflictstats.stats.SourceOverlap;
import org.conflictstats.stats.StatsQuery;
import org.conflictstats.stats.StatsTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rates}: grouped interception and neutralisation rates. */
@Command(name = "rates", mixinStandardHelpOptions = true, addMethodSubcommands = false,
    versionProvider = VersionProvider.class,
    header = "Grouped kinetic and neutralisation rates, with bounds and intervals.",
    description = {"Grouped kinetic and neutralisation rates, with bounds for unknown outcomes and"
        + " confidence intervals.",
        "Counts are sums of known values; a rate over nothing launched is undefined (blank)."})
final class RatesCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptionsMixin inputs;

  @Mixin
  OutputOptions output;

  @Option(names = "--by", paramLabel = "KEYS", defaultValue = "month",
      converter = Converters.Dimensions.class,
      description = "Comma list of day, week, month, quarter, year, weapon, model, category,"
          + " family, region, source, regime, size (the attack-size bucket of the line's national"
          + " report) (default: ${DEFAULT-VALUE}).")
  List<Dimension> by;

  @Option(names = "--rate", paramLabel = "RATE", defaultValue = "neutralisation",
      converter = Converters.Rate.class,
      description = "Headline rate of the table, and the rate the confidence interval is for:"
          + " kinetic or neutralisation (default: ${DEFAULT-VALUE}).")
  RateKind rate;

  @Mixin
  IntervalOptions interval;

  @Option(names = "--min-launched", paramLabel = "N", defaultValue = "0",
      converter = Converters.MinLaunched.class,
      description = "Hide the rate, bounds and interval of groups with fewer than N weapons"
          + " launched on rated lines; their counts stay (default: ${DEFAULT-VALUE}, none hidden;"
          + " 10 is common).")
  long minLaunched;

  @Mixin
  RegimeOptions regimes;

  @Mixin
  ScopeOptions scope;

  @Mixin
  FilterOptions.Filters filters;

  @Mixin
  IdentityOptions identity;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    output.formatFromName(spec);
    interval.warnIgnored(err);
    Optional<IntervalMethod> ci = interval.method();
    double level = interval.level;
    StatsQuery query = interval.apply(StatsQuery.groupBy(Converters.once(by))
        .withScope(scope.sources)
        .withAttribution(Attribution.standard().withZone(inputs.options.zone))
        .withInvalidReportsKept(scope.includeInvalid)
        .withMinLaunched(minLaunched)
        .withRegimes(regimes.regimes)
        .withFilter(filters.filter(inputs.options.catalog())));
    Inputs in = scope.watch(inputs.open(err));
    Tables.Counted counted = Tables.read(in, query, filters, identity.distinct());
    scope.checkNames(in);
    StatsTable table = counted.table();
    report(err, table, scope.includeInvalid);
    IdentityOptions.report(err, counted.identity());
    Optional<String> rejected = ImportCounts.rejectedNote(counted.totals().rowsRejected());
    if (output.format == OutputFormat.CSV) {
      // the CSV has no notes: its readers see the table's and the reading's here
      rejected.ifPresent(n -> err.println("conflict-stats: note: " + n));
      counted.identity().notes()
          .forEach(n -> err.println("conflict-stats: note: " + n));
    }
    if (output.format != OutputFormat.TABLE) {
      // the text table prints these under the rows; CSV and JSON readers see them here
      table.selectionNotes().forEach(n -> err.println("conflict-stats: note: " + n));
      ci.flatMap(m -> table.intervalNote(rate, m, level))
          .ifPresent(n -> err.println("conflict-stats: note: " + n));
      table.hiddenNote().ifPresent(n -> err.println("conflict-stats: note: " + n));
      table.regimeWarning().ifPresent(w -> warning(err, w));
    }
    output.write(spec, out -> {
      switch (output.format) {
        case CSV:
          StatsTableCsv.write(table, out, rate, ci, level);
          break;
        case JSON:
          StatsTableJson.write(table, out, rate, ci, level, counted.identity(),
              counted.totals().rowsRejected());
          break;
        default:
          out.write(ci.isPresent() ? table.format(rate, ci.get(), level)
              : table.formatWithoutInterval(rate));
          if (rejected.isPresent()) {
            out.write(NoteWrap.lines(rejected.get()));
          }
          for (String n : counted.identity().notes()) {
            out.write(NoteWrap.lines(n));
          }
      }
    });
    return ExitCode.OK;
  }

  /** A table's or chart's "Warning: ..." as a line of standard error. */
  static void warning(PrintWriter err, String warning) {
    // the warning may name groups, which are the input's text: one line, as every message
    err.println("conflict-stats: " + Terminal.cut(Terminal.oneLine(
        warning.replaceFirst("^Warning: ", "warning: ")), Terminal.MESSAGE_LIMIT));
  }

  static void report(PrintWriter err, StatsTable table, boolean includeInvalid) {
    LeftOut left = table.leftOut();
    if (includeInvalid) {
      err.println("conflict-stats: lines of reports with validation errors are kept"
          + " (--include-invalid)");
    } else if (left.invalidReports() == 0) {
      err.println("conflict-stats: no report has validation errors: none left out");
    } else {
      err.println("conflict-stats: " + Words.counted(left.invalidLines(), "line") + " of "
          + Words.counted(left.invalidReports(), "report") + " with validation errors left out"
          + " (--include-invalid keeps them; 'conflict-stats validate' lists them)");
    }
    if (table.overlap().exists()) {
      warnOverlap(err, table.overlap());
    }
  }

  /** The warning on standard error of an overlap between posts found. */
  static void warnOverlap(PrintWriter err, SourceOverlap overlap) {
    err.println("conflict-stats: warning: " + overlap + " (each report compared with the "
        + Numbers.grouped(SourceOverlap.DEFAULT_WINDOW) + " before it)");
  }
}
