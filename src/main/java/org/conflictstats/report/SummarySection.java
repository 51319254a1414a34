package org.conflictstats.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.conflictstats.io.ImportCounts;
import org.conflictstats.io.ImportResult;
import org.conflictstats.io.ImportWarning;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.stats.StatsTable;
import org.conflictstats.stats.Tally;

/** Rows read, accepted and rejected; reports; sources; the period; the overall rates. */
final class SummarySection implements Section {

  @Override
  public String id() {
    return "summary";
  }

  @Override
  public String heading() {
    return "Summary";
  }

  @Override
  public void write(Html h, ReportData data) {
    ImportResult in = data.imported();
    List<StrikeReport> reports = in.reports();
    Map<String, long[]> sources = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (StrikeReport r : reports) {
      sources.computeIfAbsent(r.source().name() + " (" + kind(r) + ")", k -> new long[1])[0]++;
    }
    String period = reports.stream().map(r -> r.period().start()).min(Comparator.naturalOrder())
        .map(first -> first + " to " + reports.stream().map(r -> r.period().end())
            .max(Comparator.<ReportTime>naturalOrder()).orElseThrow())
        .orElse("no report");
    h.raw("<div class=\"figures\">\n");
    figure(h, "rows read", Html.number(in.rowsRead()));
    figure(h, "rows accepted", Html.number(in.rowsAccepted()));
    figure(h, "rows rejected", Html.number(in.rowsRejected()));
    figure(h, "reports", Html.number(reports.size()));
    figure(h, "sources", Html.number(sources.size()));
    h.raw("</div>\n<p>Period covered: <b>").text(period).raw("</b> (report times, local).</p>\n");

    h.raw("<table><thead>").headerRow("file", "rows read", "accepted", "rejected", "reports")
        .raw("</thead><tbody>\n");
    for (ImportCounts c : in.files()) {
      h.row(true, c.file(), Html.number(c.rowsRead()), Html.number(c.rowsAccepted()),
          Html.number(c.rowsRejected()), Html.number(c.reports()));
    }
    h.raw("</tbody></table>\n");
    h.raw("<p class=\"note\">Rows read = rows accepted + rows rejected, for every file. Rejected"
        + " rows are listed under <a href=\"#findings\">validation findings</a>"
        + " (REJECTED_ROW).</p>\n");
    List<ImportWarning> warnings = in.warnings();
    if (!warnings.isEmpty()) {
      h.element("h3", "Warnings of the import (" + warnings.size() + ")").raw("<ul>\n");
      warnings.stream().limit(5).forEach(w -> h.raw("<li>").text(w.toString()).raw("</li>\n"));
      h.raw("</ul>\n");
    }

    h.element("h3", "Sources").raw("<table><thead>").headerRow("source", "reports")
        .raw("</thead><tbody>\n");
    sources.forEach((name, n) -> h.row(true, name, Html.number(n[0])));
    h.raw("</tbody></table>\n");

    StatsTable all = data.table();
    Tally t = all.total();
    h.element("h3", "Overall rates (sources: " + data.scope()
        + (data.includeInvalid() ? "; every report kept)"
            : "; reports with validation errors left out)"));
    h.raw("<table><thead>").headerRow("rate", "known", "launched (rated)", "rate", "bounds",
        Rates.intervalName(data)).raw("</thead><tbody>\n");
    Rates.row(h, "neutralisation (destroyed + suppressed)", t.neutralisationRate(), data);
    Rates.row(h, "kinetic (destroyed)", t.kineticRate(), data);
    h.raw("</tbody></table>\n");
    if (!all.leftOut().isEmpty()) {
      h.raw("<p>Left out: ").text(Html.number(all.leftOut().invalidReports())
          + " reports with validation errors, " + Html.number(all.leftOut().outOfScopeReports())
          + " reports outside the source scope.").raw("</p>\n");
    }
  }

  private static void figure(Html h, String label, String value) {
    h.raw("<div class=\"figure\"><b>").text(value).raw("</b>").text(label).raw("</div>\n");
  }

  static String kind(StrikeReport r) {
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
}
