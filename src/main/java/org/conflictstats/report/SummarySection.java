package org.conflictstats.report;

import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.conflictstats.internal.Times;
import org.conflictstats.io.ImportCounts;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.stats.RateKind;
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
    List<ImportCounts> files = data.files();
    Map<String, Long> sources = data.sources();
    String period = data.first().map(first -> Times.local(first) + " to "
        + Times.local(data.last().orElseThrow())).orElse("no report");
    h.raw("<div class=\"figures\">\n");
    figure(h, "rows read", Html.number(sum(files, ImportCounts::rowsRead)));
    figure(h, "rows accepted", Html.number(sum(files, ImportCounts::rowsAccepted)));
    figure(h, "rows rejected", Html.number(sum(files, ImportCounts::rowsRejected)));
    figure(h, "reports", Html.number(data.reports()));
    figure(h, "sources", Html.number(sources.size()));
    h.raw("</div>\n<p>Period covered: <b>").text(period).raw("</b> (report times, local).</p>\n");

    h.raw("<table><thead>").headerRow("file", "rows read", "accepted", "rejected", "reports")
        .raw("</thead><tbody>\n");
    for (ImportCounts c : files) {
      h.row(true, c.file(), Html.number(c.rowsRead()), Html.number(c.rowsAccepted()),
          Html.number(c.rowsRejected()), Html.number(c.reports()));
    }
    h.raw("</tbody></table>\n");
    h.raw("<p class=\"note\">Rows read = rows accepted + rows rejected, for every file. Rejected"
        + " rows are listed under <a href=\"#findings\">validation findings</a>"
        + " (REJECTED_ROW).</p>\n");
    data.identity().ifPresent(i -> i.notes().forEach(n -> h.raw("<p class=\"note\">").text(n)
        .raw("</p>\n")));
    if (data.warnings() > 0) {
      h.element("h3", "Warnings of the import (" + data.warnings() + ")").raw("<ul>\n");
      data.firstWarnings().forEach(w -> h.raw("<li>").text(w.toString()).raw("</li>\n"));
      h.raw("</ul>\n");
      long more = data.warnings() - data.firstWarnings().size();
      if (more > 0) {
        h.raw("<p class=\"note\">").text("... and " + Html.number(more)
            + " more, not listed here.").raw("</p>\n");
      }
    }

    h.element("h3", "Sources").raw("<table><thead>").headerRow("source", "reports")
        .raw("</thead><tbody>\n");
    sources.forEach((name, n) -> h.row(true, name, Html.number(n)));
    h.raw("</tbody></table>\n");

    StatsTable all = data.table();
    Tally t = all.total();
    h.element("h3", "Overall rates (sources: " + data.scope()
        + (data.includeInvalid() ? "; every report kept)"
            : "; reports with validation errors left out)"));
    h.raw("<table><thead>").headerRow("rate", "known", "launched (rated)", "rate", "bounds",
        Rates.intervalName(data)).raw("</thead><tbody>\n");
    Rates.row(h, "neutralisation (destroyed + suppressed)", t, RateKind.NEUTRALISATION, data);
    Rates.row(h, "kinetic (destroyed)", t, RateKind.KINETIC, data);
    h.raw("</tbody></table>\n");
    if (!all.leftOut().isEmpty()) {
      h.raw("<p>Left out: ").text(Html.number(all.leftOut().invalidReports())
          + " reports with validation errors, " + Html.number(all.leftOut().outOfScopeReports())
          + " reports outside the source scope.").raw("</p>\n");
    }
  }

  private static long sum(List<ImportCounts> files, ToLongFunction<ImportCounts> count) {
    return files.stream().mapToLong(count).sum();
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
