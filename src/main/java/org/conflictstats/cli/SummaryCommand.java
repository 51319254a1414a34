package org.conflictstats.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.conflictstats.io.ImportCounts;
import org.conflictstats.io.ImportResult;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.stats.Dimension;
import org.conflictstats.stats.IntervalMethod;
import org.conflictstats.stats.Rate;
import org.conflictstats.stats.StatsQuery;
import org.conflictstats.stats.StatsTable;
import org.conflictstats.stats.Tally;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code summary}: what the inputs hold, at a glance. */
@Command(name = "summary", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Rows read, accepted and rejected per file; reports; the period covered; sources;"
        + " the ten most launched weapons; the overall kinetic and neutralisation rates (in the"
        + " chosen source scope, reports with validation errors left out unless"
        + " --include-invalid).")
final class SummaryCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptionsMixin inputs;


  @Mixin
  ScopeOptions scope;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ImportResult imported = inputs.open(spec.commandLine().getErr()).readAll();
    List<StrikeReport> reports = imported.reports();

    out.println("Files");
    for (ImportCounts c : imported.files()) {
      out.printf("  %s: %d rows read, %d accepted, %d rejected; %d reports%n", c.file(),
          c.rowsRead(), c.rowsAccepted(), c.rowsRejected(), c.reports());
    }
    out.printf("Reports: %d, with %d weapon lines%n", reports.size(),
        reports.stream().mapToLong(r -> r.lines().size()).sum());
    reports.stream().map(r -> r.period().start()).min(Comparator.naturalOrder()).ifPresent(
        first -> out.println("Period: " + first + " to " + reports.stream()
            .map(r -> r.period().end()).max(Comparator.<ReportTime>naturalOrder()).get()));

    Map<String, Long> bySource = new TreeMap<>();
    for (StrikeReport r : reports) {
      bySource.merge(r.source().name() + " (" + kind(r) + ")", 1L, Long::sum);
    }
    out.println("Sources");
    bySource.forEach((name, n) -> out.printf("  %-40s %6d reports%n", name, n));

    StatsTable byWeapon = StatsQuery.groupBy(Dimension.WEAPON)
        .withScope(scope.sources)
        .withInvalidReportsKept(scope.includeInvalid)
        .run(reports);
    RatesCommand.report(spec.commandLine().getErr(), byWeapon, scope.includeInvalid);
    out.println("Most launched weapons (known launched; sources: "
        + scope.sources.name().toLowerCase(java.util.Locale.ROOT) + ")");
    Map<String, Tally> top = new LinkedHashMap<>();
    byWeapon.rows().stream()
        .sorted(Comparator.comparingLong((StatsTable.Row r) -> r.tally().launched().lower())
            .reversed().thenComparing(r -> r.key(0)))
        .limit(10)
        .forEach(r -> top.put(r.key(0), r.tally()));
    top.forEach((name, t) -> out.printf("  %-40s %9d%n", name, t.launched().lower()));

    Tally total = byWeapon.total();
    out.println("Overall (sources: " + scope.sources.name().toLowerCase(java.util.Locale.ROOT)
        + (scope.includeInvalid ? "; every line kept)"
            : "; reports with validation errors left out)"));
    out.println("  kinetic rate:        " + describe(total.kineticRate()));
    out.println("  neutralisation rate: " + describe(total.neutralisationRate()));
    return ExitCode.OK;
  }

  private static String kind(StrikeReport r) {
    switch (r.source().kind()) {
      case NATIONAL_AIR_FORCE:
        return "national";
      case REGIONAL_AIR_COMMAND:
        return "regional";
      case UNKNOWN:
        return "unknown";
      default:
        return "other";
    }
  }

  private static String describe(Rate rate) {
    if (!rate.isDefined()) {
      return "undefined (nothing launched on lines with an exact launched count)";
    }
    var ci = rate.interval(IntervalMethod.WILSON, 0.95).orElseThrow();
    return String.format(java.util.Locale.ROOT,
        "%.1f%% (%d of %d); bounds %.1f%%-%.1f%%; 95%% CI (Wilson) %.1f%%-%.1f%%",
        100 * rate.point().getAsDouble(), rate.known(), rate.launched(),
        100 * rate.lower().getAsDouble(), 100 * rate.upper().getAsDouble(),
        100 * ci.lower(), 100 * ci.upper());
  }
}
