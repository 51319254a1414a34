package org.conflictstats.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.conflictstats.internal.NoteWrap;
import org.conflictstats.internal.Numbers;
import org.conflictstats.io.DistinctReports;
import org.conflictstats.io.IdentityCounts;
import org.conflictstats.io.ImportCounts;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.ReportSink;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.SourceScope;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.stats.Attribution;
import org.conflictstats.stats.Dimension;
import org.conflictstats.stats.IntervalMethod;
import org.conflictstats.stats.Rate;
import org.conflictstats.stats.RateKind;
import org.conflictstats.stats.SourceOverlap;
import org.conflictstats.stats.StatsQuery;
import org.conflictstats.stats.StatsTable;
import org.conflictstats.stats.Tally;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code summary}: what the inputs hold, at a glance. */
@Command(name = "summary", mixinStandardHelpOptions = true, addMethodSubcommands = false,
    versionProvider = VersionProvider.class,
    description = "Rows read, accepted and rejected per file; reports; the period covered; sources;"
        + " the ten most launched weapons; the overall kinetic and neutralisation rates with their"
        + " confidence interval (in the chosen source scope, reports with validation errors left"
        + " out unless --include-invalid).")
final class SummaryCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptionsMixin inputs;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the summary to FILE instead of standard output (whole, once every"
          + " input is read).")
  Path output;


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
    PrintWriter err = spec.commandLine().getErr();
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
    scope.checkNames(in.sourcesSeen());
    Inputs.Totals totals = read.totals();
    Map.Entry<StatsTable, SummaryFacts> result = read.sink().result();
    StatsTable byWeapon = result.getKey();
    SummaryFacts facts = result.getValue();

    // the summary whole to --output, or to standard output as it is printed
    OutputOptions file = new OutputOptions();
    file.output = output;
    file.write(spec, w -> {
      PrintWriter out = w instanceof PrintWriter p ? p : new PrintWriter(w);
      out.println("Files");
      for (ImportCounts c : totals.files()) {
        out.printf(Locale.ROOT, "  %s: %s read, %,d accepted, %,d rejected; %s%n",
            Terminal.oneLine(c.file()), Words.counted(c.rowsRead(), "row"),
            c.rowsAccepted(), c.rowsRejected(), Words.counted(c.reports(), "report"));
      }
      IdentityCounts counted = read.identity();
      // what was read: with a filter or a narrower scope, the figures below count less than this
      boolean narrowed = !query.filter().isAll() || !scope.sources.equals(SourceScope.ALL);
      out.printf(Locale.ROOT, "Reports: %,d, with %s%s%n", facts.reports, Words.counted(facts.lines,
          "weapon line"), narrowed ? " (before the scope and filter, which apply below)" : "");
      if (counted.any()) {
        out.printf(Locale.ROOT, "  given more than once: %,d reports read, %,d counted: %,d %s"
            + " counted once, %,d %s of %,d %s (%s counts)%n", counted.reportsRead(),
            counted.distinct(), counted.duplicates(), Words.nouns(counted.duplicates(), "copy"),
            counted.revisions(), Words.nouns(counted.revisions(), "revision"),
            counted.revisedReports(), Words.nouns(counted.revisedReports(), "report"),
            counted.prefer() == DistinctReports.Prefer.LAST ? "the version given last"
                : "the first version");
      }
      if (counted.otherPeriods() > 0) {
        out.printf(Locale.ROOT, "  other periods: %s the post of a report of an earlier input for"
            + " another period (counted: a corrected period counts a report twice)%n",
            Words.counted(counted.otherPeriods(), "report") + (counted.otherPeriods() == 1
                ? " gives" : " give"));
      }
      facts.period().ifPresent(p -> out.println("Period: " + p));
      out.println("Sources");
      facts.bySource.forEach((name, n) -> keyed(out, Terminal.oneLine(name),
          String.format(Locale.ROOT, "%,6d %s", n, Words.nouns(n, "report"))));

      RatesCommand.report(spec.commandLine().getErr(), byWeapon, scope.includeInvalid);
      IdentityOptions.report(err, counted);
      if (!query.filter().isAll()) {
        out.printf(Locale.ROOT, "Filtered (%s): %s, with %s, counted below%n",
            query.filter(), Words.counted(byWeapon.total().reports(), "report"),
            Words.counted(byWeapon.total().lines(), "weapon line"));
        byWeapon.selectionNotes().stream().skip(1).forEach(n -> out.println("  " + n));
      }
      out.println("Most launched weapons (known launched; sources: "
          + scope.sources + ")");
      Map<String, Tally> top = new LinkedHashMap<>();
      byWeapon.rows().stream()
          .sorted(Comparator.comparingLong((StatsTable.Row r) -> r.tally().launched().lower())
              .reversed().thenComparing(r -> r.key(0)))
          .limit(10)
          .forEach(r -> top.put(r.key(0), r.tally()));
      top.forEach((name, t) -> keyed(out, Terminal.oneLine(name),
          String.format(Locale.ROOT, "%,9d", t.launched().lower())));

      Tally total = byWeapon.total();
      out.println("Overall (sources: " + scope.sources
          + (scope.includeInvalid ? "; every line kept)"
              : "; reports with validation errors left out)"));
      out.println("  kinetic rate:        " + describe(byWeapon, RateKind.KINETIC));
      List<LocalDate> crossed = byWeapon.regimeBoundaries(total);
      if (!crossed.isEmpty()) {
        out.println("    warning: mixes reporting regimes (boundar" + (crossed.size() == 1 ? "y " : "ies ")
            + crossed.stream().map(LocalDate::toString).collect(Collectors.joining(", "))
            + "), which count losses to electronic warfare differently");
      }
      out.println("  neutralisation rate: " + describe(byWeapon, RateKind.NEUTRALISATION));
      SourceOverlap overlap = byWeapon.overlap();
      out.println("Overlap between posts (each report compared with the "
          + Numbers.grouped(SourceOverlap.DEFAULT_WINDOW) + " before it): " + (overlap.exists()
              ? Words.counted(overlap.linesAtRisk(), "line") + " of "
                  + Words.counted(overlap.reports(), "report") + " ("
                  + Words.number(overlap.nationalLines()) + " national, "
                  + Words.number(overlap.regionalLines()) + " regional, "
                  + Words.number(overlap.otherLines()) + " other) may be counted twice"
              : "none"));
      out.flush();
    });
    return ExitCode.OK;
  }

  /** The width of a name in the lists. */
  private static final int NAME_WIDTH = 40;

  /**
   * A line of a list: a name in its column and a figure after it; a name too long for the column
   * wraps onto the lines after, as the text tables' names do, and is never cut.
   */
  private static void keyed(PrintWriter out, String name, String figure) {
    List<String> lines = NoteWrap.split(name, NAME_WIDTH);
    out.printf("  %-" + NAME_WIDTH + "s %s%n", lines.get(0), figure);
    for (int i = 1; i < lines.size(); i++) {
      out.println("  " + lines.get(i));
    }
  }

  private static String levelText(double level) {
    double percent = level * 100;
    return percent == Math.rint(percent) ? Long.toString(Math.round(percent))
        : String.valueOf(percent);
  }

  private String describe(StatsTable table, RateKind kind) {
    Tally total = table.total();
    Rate rate = total.rate(kind);
    if (!rate.isDefined()) {
      return "undefined (nothing launched on lines with an exact launched count)";
    }
    String text = String.format(Locale.ROOT, "%.1f%% (%,d of %,d); bounds %.1f%%-%.1f%%",
        100 * rate.point().getAsDouble(), rate.known(), rate.launched(),
        100 * rate.lower().getAsDouble(), 100 * rate.upper().getAsDouble());
    Optional<IntervalMethod> method = interval.method();
    if (method.isEmpty()) {
      return text;
    }
    String name = method.get().isBinomial() ? method.get().label()
        : method.get().label() + " by " + table.clusterUnit().name();
    String head = "; " + levelText(interval.level) + "% CI (" + name + ") ";
    return text + head + table.interval(total, kind, method.get(), interval.level)
        .map(ci -> String.format(Locale.ROOT, "%.1f%%-%.1f%%", 100 * ci.lower(), 100 * ci.upper()))
        .orElse(!total.outcomeKnown()
            ? "none (no destroyed figure on any rated line: nothing is known of the outcome)"
            : "not estimable (fewer than two " + table.clusterUnit().name() + "s)");
  }
}
