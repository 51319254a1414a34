package org.conflictstats.report;

import java.util.List;
import java.util.function.ToLongFunction;
import org.conflictstats.internal.Times;
import org.conflictstats.io.ImportCounts;
import org.conflictstats.stats.Dimension;
import org.conflictstats.stats.StatsTable;
import org.conflictstats.summary.Summary;

/**
 * Rows read, accepted and rejected; reports; sources; the period; the most launched weapons; the
 * overall rates: the {@link Summary} that {@code summary} prints, as a page's section, with the
 * import's warnings and what the scope left out beside it.
 */
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
    Summary s = data.summary();
    List<ImportCounts> files = s.files();
    String period = s.period().map(p -> Times.local(p.start()) + " to " + Times.local(p.end()))
        .orElse("no report");
    h.raw("<div class=\"figures\">\n");
    figure(h, "rows read", Html.number(sum(files, ImportCounts::rowsRead)));
    figure(h, "rows accepted", Html.number(sum(files, ImportCounts::rowsAccepted)));
    figure(h, "rows rejected", Html.number(sum(files, ImportCounts::rowsRejected)));
    figure(h, "reports", Html.number(s.reports()));
    figure(h, "sources", Html.number(s.sources().size()));
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
    // the notes of the copies and revisions read; the page says the rest of summary's notes (a
    // rate's missing interval, the regimes a kinetic rate mixes) in its rate cells and its notes
    s.identity().ifPresent(i -> i.notes().forEach(n -> h.raw("<p class=\"note\">").text(n)
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
    s.sources().forEach(c -> h.row(true, c.label(), Html.number(c.reports())));
    h.raw("</tbody></table>\n");
    // the filter and what it left out, as summary says them: the figures above are everything
    // read, the ones below what the filter passes
    s.filtered().ifPresent(f -> {
      h.raw("<p class=\"filter\">").text(f.line()).raw("</p>\n");
      f.notes().forEach(n -> h.raw("<p class=\"note\">").text(n).raw("</p>\n"));
      h.raw("<p class=\"note\">The rows, reports, period and sources above count everything"
          + " read, before the filter; the weapons, rates, charts and tables below count the"
          + " lines it passes.</p>\n");
    });

    h.element("h3", "Most launched weapons (known launched; sources: " + s.scope() + ")")
        .raw("<table><thead>").headerRow("weapon", "launched").raw("</thead><tbody>\n");
    s.mostLaunched().forEach(w -> h.row(true, w.weapon(), Html.number(w.launched())));
    h.raw("</tbody></table>\n");

    h.element("h3", "Overall rates (sources: " + s.scope()
        + (s.includeInvalid() ? "; every report kept)"
            : "; reports with validation errors left out)"));
    h.raw("<table><thead>").headerRow("rate", "known", "launched (rated)", "rate", "bounds",
        Rates.intervalName(data)).raw("</thead><tbody>\n");
    Rates.row(h, "neutralisation (destroyed + suppressed)", s.neutralisation());
    Rates.row(h, "kinetic (destroyed)", s.kinetic());
    h.raw("</tbody></table>\n");
    StatsTable all = data.table(Dimension.WEAPON);
    if (all.leftOut().invalidReports() > 0 || all.leftOut().outOfScopeReports() > 0) {
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
}
