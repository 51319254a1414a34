package org.conflictstats.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.conflictstats.io.csv.Detail;
import org.conflictstats.report.HtmlReport;
import org.conflictstats.report.ReportData;
import org.conflictstats.report.ReportDataSink;
import org.conflictstats.report.ReportSettings;
import org.conflictstats.stats.Attribution;
import org.conflictstats.stats.IntervalMethod;
import org.conflictstats.stats.RateKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code report}: one self-contained HTML page about the inputs. */
@Command(name = "report", mixinStandardHelpOptions = true, addMethodSubcommands = false,
    versionProvider = VersionProvider.class,
    header = "A self-contained HTML report of the inputs.",
    description = {"One self-contained HTML page (inline CSS and SVG, no script, nothing loaded):"
        + " the summary, charts, rates by month and by family, validation findings by code,"
        + " overlap between sources, missing values, and notes on scope and intervals.",
        "With a filter (--from, --to, --weapon, --family, --category, --region), as in summary:"
        + " the files, rows, reports, period and sources count everything read, and the page"
        + " names the filter and what it left out; the most launched weapons, the overall rates,"
        + " the charts, the rate tables and the overlap count only the lines it passes, as"
        + " summary, rates and chart with the same filter do. The validation findings and the"
        + " missing values cover the reports it passes (their date, and one line at least), each"
        + " whole, as validate with the same filter does; rejected rows whatever the filter."})
final class ReportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptionsMixin inputs;

  @Mixin
  ScopeOptions scope;

  @Mixin
  FilterOptions.Filters filters;

  @Mixin
  IdentityOptions identity;

  @Option(names = "--rate", paramLabel = "RATE", defaultValue = "neutralisation",
      converter = Converters.Rate.class,
      description = "The headline rate: kinetic or neutralisation (default: ${DEFAULT-VALUE}).")
  RateKind rate;

  @Option(names = "--ci", paramLabel = "METHOD", defaultValue = "cluster",
      converter = ChartOptions.Method.class,
      description = "Confidence interval: cluster (reports as the unit: n/e where a group has"
          + " fewer than two reports), wilson, clopper-pearson or jeffreys (weapons as"
          + " independent trials: optimistic) (default: ${DEFAULT-VALUE}).")
  IntervalMethod ci;

  @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "0.95",
      converter = Converters.Level.class,
      description = "Confidence level, between 0 and 1, at most 6 decimals (default:"
          + " ${DEFAULT-VALUE}).")
  double level;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the page to FILE instead of standard output.")
  Path output;

  @Option(names = "--title", paramLabel = "TEXT", defaultValue = "conflict-stats report",
      description = "The page's title, at most 200 characters (default: ${DEFAULT-VALUE}).")
  String title;

  @Mixin
  RegimeOptions regimes;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ChartCommand.checkTitle(title); // before any input is read
    checkName(output);
    // a bad date or an unknown weapon, category or family: exit 2 before anything is read
    ReportSettings settings = settings();
    Inputs in = scope.watch(inputs.open(err));
    // streamed: the page's figures are gathered as the reports go by, in bounded memory; a region
    // no input names is exit 2 once they are read
    Inputs.Read<ReportDataSink> read = filters.readDistinct(in,
        () -> new ReportDataSink(settings), Detail.all(), identity.distinct());
    scope.checkNames(in);
    IdentityOptions.report(err, read.identity());
    ReportData data = read.sink().result(read.totals().files(), Optional.of(read.identity()));
    // what rates and chart say of the reports left out and of posts that overlap (review rv44a)
    RatesCommand.report(err, data.byWeapon(), scope.includeInvalid);
    Headless.ensure();
    String html = HtmlReport.of(data).withTitle(title).toHtml();
    // one way of writing a result: standard output, or FILE whole or not at all
    OutputOptions sink = new OutputOptions();
    sink.output = output;
    sink.write(spec, out -> out.write(html));
    if (output != null) {
      err.println("conflict-stats: wrote " + output);
    }
    return ExitCode.OK;
  }

  /**
   * An output file named for another format is refused before anything is read, as {@code chart}
   * refuses one (review rv45e: {@code -o r.png} wrote HTML into it): the page is HTML, its name
   * ends in {@code .html} or {@code .htm} (any case), or has no extension.
   */
  static void checkName(java.nio.file.Path output) {
    if (output == null) {
      return;
    }
    String ext = org.conflictstats.internal.FileNames.extension(output);
    if (!ext.isEmpty() && !ext.equalsIgnoreCase("html") && !ext.equalsIgnoreCase("htm")) {
      throw new CliException("-o " + output + ": the report is an HTML page: name it .html or"
          + " .htm (or give no extension)");
    }
  }

  /**
   * The page's settings from the options: without any, {@link ReportSettings#standard()}.
   *
   * @return the settings
   * @throws CliException for a bad date or an unknown weapon, category or family in the filter
   */
  ReportSettings settings() {
    return ReportSettings.standard().withScope(scope.sources)
        .withInvalidReportsKept(scope.includeInvalid)
        .withAttribution(Attribution.standard().withZone(inputs.options.zone)).withRate(rate)
        .withInterval(ci, level).withRegimes(regimes.regimes)
        .withFilter(filters.filter(inputs.options.catalog()));
  }
}
