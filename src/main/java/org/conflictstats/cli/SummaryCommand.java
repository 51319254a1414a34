package org.conflictstats.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.ReportSink;
import org.conflictstats.stats.Attribution;
import org.conflictstats.stats.Dimension;
import org.conflictstats.stats.StatsQuery;
import org.conflictstats.stats.StatsTable;
import org.conflictstats.summary.Summary;
import org.conflictstats.summary.SummaryFacts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code summary}: what the inputs hold, at a glance. */
@Command(name = "summary", mixinStandardHelpOptions = true, addMethodSubcommands = false,
    versionProvider = VersionProvider.class,
    header = "Files, reports, period, sources, top weapons and overall rates.",
    description = "Rows read, accepted and rejected per file; reports; the period covered; sources;"
        + " the ten most launched weapons; the overall kinetic and neutralisation rates with their"
        + " confidence interval (in the chosen source scope, reports with validation errors left"
        + " out unless --include-invalid); as text, or as one JSON object with --format json.")
final class SummaryCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptionsMixin inputs;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the summary to FILE instead of standard output (whole, once every"
          + " input is read).")
  Path output;

  /** What summary writes. */
  enum Format {
    /** Lines of text for people (the default). */
    TEXT,
    /** One JSON object for programs: the same facts, the keys listed in the README. */
    JSON
  }

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json: one JSON object of the same facts, for programs"
          + " (default: ${DEFAULT-VALUE}, or json for an -o FILE ending in .json; a --format the"
          + " name contradicts is followed, with a warning).")
  Format format;

  @Mixin
  ScopeOptions scope;

  @Mixin
  IntervalOptions interval;

  @Mixin
  FilterOptions.Filters filters;

  @Mixin
  IdentityOptions identity;

  @Mixin
  RegimeOptions regimes;

  @Override
  public Integer call() {
    format = OutputOptions.chosen(spec, "--format", Optional.of(format), output, Format.class)
        .orElseThrow();
    PrintWriter err = spec.commandLine().getErr();
    interval.warnIgnored(err);
    StatsQuery query = interval.apply(StatsQuery.groupBy(Dimension.WEAPON)
        .withScope(scope.sources)
        .withAttribution(Attribution.standard().withZone(inputs.options.zone))
        .withInvalidReportsKept(scope.includeInvalid)
        .withRegimes(regimes.regimes)
        .withFilter(filters.filter(inputs.options.catalog())));
    Inputs in = scope.watch(inputs.open(err));
    var read = filters.readDistinct(in, () -> ReportSink.collecting(ImportedReport::report,
        Collectors.teeing(query.toTable(), SummaryFacts.collector(), Map::entry)),
        Tables.detailsFor(query), identity.distinct());
    scope.checkNames(in);
    Inputs.Totals totals = read.totals();
    Map.Entry<StatsTable, SummaryFacts> result = read.sink().result();
    StatsTable byWeapon = result.getKey();
    SummaryFacts facts = result.getValue();

    Summary summary = Summary.of(totals.files(), facts, Optional.of(read.identity()), query.filter(),
        scope.sources, scope.includeInvalid, byWeapon, interval.method(), interval.level);
    RatesCommand.report(err, byWeapon, scope.includeInvalid);
    IdentityOptions.report(err, read.identity());

    // the summary whole to --output, or to standard output as it is printed
    OutputOptions file = new OutputOptions();
    file.output = output;
    file.write(spec, w -> {
      if (format == Format.JSON) {
        SummaryJson.write(summary, w);
        return;
      }
      // written through a PrintWriter only into memory: one over the file would swallow a failed
      // write (a full disk), and the summary would end "written" with nothing in the file
      StringWriter text = new StringWriter();
      PrintWriter out = new PrintWriter(text);
      SummaryText.write(summary, out);
      out.flush();
      w.write(text.toString());
    });
    return ExitCode.OK;
  }
}
