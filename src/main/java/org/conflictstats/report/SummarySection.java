package org.conflictstats.report;

import java.util.List;
import java.util.function.ToLongFunction;
import org.conflictstats.internal.Numbers;
import org.conflictstats.internal.Times;
import org.conflictstats.io.ImportCounts;
import org.conflictstats.model.SourceScope;
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
    figure(h, sum(files, ImportCounts::rowsRead), "row", " read");
    figure(h, sum(files, ImportCounts::rowsAccepted), "row", " accepted");
    figure(h, sum(files, ImportCounts::rowsRejected), "row", " rejected");
    figure(h, s.reports(), "report", "");
    figure(h, s.sources().size(), "source", "");
    h.raw("</div>\n<p>Period covered: <b>").text(period).raw("</b> (report times, local).</p>\n");

    h.table("Rows read from each input")
        .headerRow("file", "rows read", "accepted", "rejected", "reports")
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

    h.element("h3", "Sources").table("Reports per source").headerRow("source", "reports")
        .raw("</thead><tbody>\n");
    s.sources().forEach(c -> h.row(true, c.label(), Html.number(c.reports())));
    h.raw("</tbody></table>\n");
    // the filter and what it left out, as summary says them: the figures above are everything
    // read, the ones below what the scope and the filter pass
    s.filtered().ifPresent(f -> {
      h.raw("<p class=\"filter\">").text(f.line()).raw("</p>\n");
      f.notes().forEach(n -> h.raw("<p class=\"note\">").text(n).raw("</p>\n"));
    });
    if (s.narrowed()) {
      h.raw("<p class=\"note\">").text(beforeScopeAndFilter(s)).raw("</p>\n");
    }

    h.element("h3", "Most launched weapons (known launched; sources: " + s.scope() + ")");
    if (s.mostLaunched().isEmpty()) {
      h.raw("<p class=\"note\">").text(Summary.NONE_LAUNCHED).raw("</p>\n");
    } else {
      h.table("The weapons most launched").headerRow("weapon", "launched").raw("</thead><tbody>\n");
      s.mostLaunched().forEach(w -> h.row(true, w.weapon(), Html.number(w.launched())));
      h.raw("</tbody></table>\n");
    }

    h.element("h3", "Overall rates (sources: " + s.scope()
        + (s.includeInvalid() ? "; every report kept)"
            : "; reports with validation errors left out)"));
    h.table("The overall rates").headerRow("rate", "known", "launched (rated)", "rate", "bounds",
        Rates.intervalName(data)).raw("</thead><tbody>\n");
    Rates.row(h, "neutralisation (destroyed + suppressed)", s.neutralisation());
    Rates.row(h, "kinetic (destroyed)", s.kinetic());
    h.raw("</tbody></table>\n");
    s.unratedNote().ifPresent(n -> h.raw("<p class=\"note\">").text(n).raw("</p>\n"));
    StatsTable all = data.table(Dimension.WEAPON);
    // each clause only when its count is not 0
    List<String> leftOut = new java.util.ArrayList<>();
    if (all.leftOut().invalidReports() > 0) {
      leftOut.add(Html.counted(all.leftOut().invalidReports(), "report")
          + " with validation errors");
    }
    if (all.leftOut().outOfScopeReports() > 0) {
      leftOut.add(Html.counted(all.leftOut().outOfScopeReports(), "report")
          + " outside the source scope");
    }
    if (!leftOut.isEmpty()) {
      h.raw("<p>Left out: ").text(String.join(", ", leftOut) + ".").raw("</p>\n");
    }
  }

  /**
   * The sentence that says the figures above count everything read, with a scope other than all
   * sources or a filter, as summary says it ("before the scope and filter, which apply below").
   */
  private static String beforeScopeAndFilter(Summary s) {
    boolean scoped = !s.scope().equals(SourceScope.ALL);
    boolean filtered = s.filtered().isPresent();
    if (!scoped) {
      return "The rows, reports, period and sources above count everything read, before the"
          + " filter; the weapons, rates, charts and tables below count the lines it passes.";
    }
    return "The rows, reports, period and sources above count everything read, before the source"
        + " scope (" + s.scope() + ")" + (filtered ? " and the filter" : "") + "; the weapons,"
        + " rates, charts and rate tables below count the lines of its sources"
        + (filtered ? " that the filter passes." : ".");
  }

  private static long sum(List<ImportCounts> files, ToLongFunction<ImportCounts> count) {
    return files.stream().mapToLong(count).sum();
  }

  /** A figure of the summary: the count, then the noun for it and what follows ("1 row read"). */
  private static void figure(Html h, long n, String noun, String after) {
    h.raw("<div class=\"figure\"><b>").text(Html.number(n)).raw("</b>")
        .text(Numbers.nouns(n, noun) + after).raw("</div>\n");
  }
}
