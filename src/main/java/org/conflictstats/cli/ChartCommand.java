package org.conflictstats.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.conflictstats.chart.ChartFormat;
import org.conflictstats.chart.RatesChart;
import org.conflictstats.chart.SourceCaption;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.ReportSink;
import org.conflictstats.stats.Attribution;
import org.conflictstats.stats.Dimension;
import org.conflictstats.stats.StatsQuery;
import org.conflictstats.stats.StatsTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chart}: the rate over time, with its interval and bounds, and launched as bars. */
@Command(name = "chart", mixinStandardHelpOptions = true, addMethodSubcommands = false,
    versionProvider = VersionProvider.class,
    header = "A chart of the rate over time, as SVG or PNG.",
    description = {"A chart of the rate over time: launched weapons (rated lines) as bars, the"
        + " rate as a line with its confidence interval as a band and its bounds for unknown"
        + " outcomes as a lighter band; split by family or category if asked.",
        "SVG by default; PNG when the output file ends in .png."
            + " An output file ending in .svg or .png (any case), or without an extension,"
            + " is written as that format (SVG without one); any other extension is refused."})
final class ChartCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptionsMixin inputs;

  @Mixin
  ChartOptions chart;

  @Mixin
  ScopeOptions scope;

  @Mixin
  FilterOptions.Filters filters;

  @Mixin
  IdentityOptions identity;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the chart to FILE instead of standard output (SVG): FILE.svg as SVG,"
          + " FILE.png as PNG (any case), a name without an extension as SVG; any other"
          + " extension is refused before anything is read.")
  Path output;

  @Option(names = "--title", paramLabel = "TEXT",
      description = "The chart's title, at most 200 characters (default: the rate, the split"
          + " and the period).")
  String title;

  @Option(names = "--size", paramLabel = "WxH", defaultValue = "1000x600",
      converter = ChartSize.Converter.class,
      description = "The chart's size in pixels, from 200x150 to 4000x4000 (default:"
          + " ${DEFAULT-VALUE}); a wider chart labels more periods. Text and margins grow"
          + " with the size; a caption without room is cut, ending in an ellipsis.")
  ChartSize size;

  @Mixin
  RegimeOptions regimes;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (title != null) {
      checkTitle(title); // before any input is read
    }
    boolean png = output != null && isPng(output); // before any input is read
    StatsQuery query = StatsQuery.groupBy(chart.dimensions())
        .withScope(scope.sources)
        .withAttribution(Attribution.standard().withZone(inputs.options.zone))
        .withInvalidReportsKept(scope.includeInvalid)
        .withRegimes(regimes.regimes)
        .withFilter(filters.filter(inputs.options.catalog()));
    Inputs in = scope.watch(inputs.open(err));
    Tables.Counted counted = Tables.read(in, query, filters, identity.distinct());
    scope.checkNames(in);
    Inputs.Totals totals = counted.totals();
    StatsTable table = counted.table();
    RatesCommand.report(err, table, scope.includeInvalid);
    IdentityOptions.report(err, counted.identity());
    RatesChart drawing = chart(table, chart, SourceCaption.of(totals.files(), scope.sources,
        scope.includeInvalid, table)).withZone(inputs.options.zone)
        .withSize(size.width(), size.height());
    if (title != null) {
      drawing = drawing.withTitle(title);
    }
    drawing.regimeWarning().ifPresent(w -> RatesCommand.warning(err, w));
    List<String> leftOut = drawing.groupsLeftOut();
    if (!leftOut.isEmpty()) {
      RatesCommand.warning(err, "warning: --split " + chart.split.map(Dimension::name).orElse("")
          + " gives "
          + (drawing.groups().size() + leftOut.size()) + " groups: the chart draws the "
          + drawing.groups().size() + " with the most weapons launched on rated lines and leaves"
          + " out " + leftOut.size() + " (" + String.join(", ", leftOut.subList(0,
              Math.min(5, leftOut.size()))) + (leftOut.size() > 5 ? ", ..." : "") + "); choose"
          + " the groups with --weapon, --category, --family, --region or --sources");
    }
    // where the groups are named in full, and whether a larger size could help (review rv49e)
    String named = png ? "a PNG does not name them" : "the SVG names them in its description";
    boolean larger = size.width() < ChartSize.MAX_SIDE || size.height() < ChartSize.MAX_SIDE;
    if (drawing.legendLeftOut() && chart.split.isPresent()) {
      RatesCommand.warning(err, "warning: at " + size.width() + "x" + size.height() + " the"
          + " chart has no room for its legend, which names the groups: left out (" + named
          + ")" + (larger ? "; a larger --size draws it" : ""));
    } else if (drawing.legendNamesCut() && chart.split.isPresent()) {
      RatesCommand.warning(err, "warning: at " + size.width() + "x" + size.height() + " a"
          + " group's name is wider than the legend: cut in its middle (" + named + " in full)"
          + (size.width() < ChartSize.MAX_SIDE ? "; a wider --size draws more of it" : ""));
    }
    write(spec, drawing, output, png);
    return ExitCode.OK;
  }

  /**
   * Whether {@code -o} names a PNG, by the library's rule ({@link ChartFormat#of}).
   *
   * @throws CliException (exit 2) for an extension other than .svg or .png: {@code x.jpg} got SVG in
   *     it
   */
  static boolean isPng(Path output) {
    try {
      return ChartFormat.of(output) == ChartFormat.PNG;
    } catch (IllegalArgumentException e) {
      throw new CliException("-o " + e.getMessage());
    }
  }

  /** A title of words: not blank (an empty heading), at most {@link RatesChart#MAX_TITLE}. */
  static void checkTitle(String title) {
    if (title.isBlank()) {
      throw new CliException("--title: empty: give a title, or leave the option out for the"
          + " default");
    }
    if (title.length() > RatesChart.MAX_TITLE) {
      throw new CliException("--title: " + title.length() + " characters: at most "
          + RatesChart.MAX_TITLE);
    }
  }

  static RatesChart chart(StatsTable table, ChartOptions options, String caption) {
    if (table.size() == 0) {
      throw new CliException("nothing to chart: no report in the chosen scope");
    }
    if (options.minLaunched < 1) {
      throw new CliException("--min-launched must be at least 1: " + options.minLaunched);
    }
    Headless.ensure();
    RatesChart chart = RatesChart.of(table).withRate(options.rate)
        .withInterval(options.ci, options.level).withMinimumLaunched(options.minLaunched)
        .withCaption(caption);
    // reports, but no period with a rate to draw: a chart of blank plots is no result (review
    // rv45e: exit 0 with empty plots and no word why); the chart's own test of what it draws
    if (!chart.drawsRate()) {
      throw new CliException("nothing to chart: no period in scope has a rate over at least "
          + options.minLaunched + " weapons launched on lines with an exact launched count"
          + " (--min-launched)");
    }
    return chart;
  }

  private static void write(CommandSpec spec, RatesChart drawing, Path output, boolean png) {
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.write(drawing.toSvg());
      Stdout.check(out);
      return;
    }
    // whole or not at all, as every command's -o: a failed write leaves no partial chart
    OutputOptions.writeFile(output, out -> {
      if (png) {
        drawing.writePng(out);
      } else {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        drawing.writeSvg(w);
        w.flush();
      }
    });
    spec.commandLine().getErr().println("conflict-stats: wrote " + output);
  }
}
