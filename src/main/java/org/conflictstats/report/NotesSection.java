package org.conflictstats.report;

import java.util.Locale;
import org.conflictstats.stats.Dimension;
import org.conflictstats.stats.IntervalMethod;

/** What the figures mean: scope, rated lines, bounds, intervals, dates, regimes. */
final class NotesSection implements Section {

  @Override
  public String id() {
    return "notes";
  }

  @Override
  public String heading() {
    return "Notes on scope and intervals";
  }

  @Override
  public void write(Html h, ReportData data) {
    ReportSettings s = data.settings();
    h.raw("<ul>\n");
    note(h, "Sources counted: " + s.scope() + ". The national"
        + " Air Force summarises the whole country; regional air commands report their zone,"
        + " often the same weapons: adding both can count one drone twice.");
    if (!s.filter().isAll()) {
      note(h, "Filter: " + s.filter() + ". The summary's rows, reports, period and sources"
          + " count everything read; the most launched weapons, the overall rates, the charts,"
          + " the rate tables and the overlap count only the lines the filter passes, as"
          + " summary, rates and chart with the same filter do. The validation findings and the"
          + " missing values cover the reports it passes (their date, and one line at least),"
          + " each whole, as validate with the same filter does; rejected rows whatever the"
          + " filter.");
    }
    note(h, s.keepsInvalidReports() ? "Every report is counted, including reports with"
        + " validation errors." : "Reports with validation errors (more destroyed than launched,"
        + " a period that ends before it starts, ...) are left out of every figure and counted.");
    note(h, "Rates count rated lines only: lines whose launched count is exact and above zero. A"
        + " rate over nothing launched is undefined (—), never 0.");
    note(h, "Neutralisation rate = (destroyed + suppressed) / launched; kinetic rate = destroyed /"
        + " launched. Bounds: from every weapon of unknown outcome having got through (the rate"
        + " shown) to every one having been neutralised.");
    note(h, s.intervalMethod() == IntervalMethod.CLUSTER
        ? "Confidence intervals, here the " + Rates.intervalName(data) + ", take the report as"
            + " the unit: weapons of one report succeed or fail together, so the interval is"
            + " Wilson's at the effective number of weapons that the spread between reports"
            + " gives. Where a group has fewer than two reports with rated lines the spread"
            + " cannot be estimated: n/e. A group none of whose rated lines gives a destroyed"
            + " figure has no interval either (n/e): nothing is known of its outcome but the"
            + " bounds."
        : "Confidence intervals, here the " + Rates.intervalName(data) + ", treat every"
            + " weapon as an independent trial. Weapons of one salvo are not independent, so the"
            + " intervals are optimistic; the clustered interval (--ci cluster, the command's"
            + " default) takes the report as the unit. A group none of whose rated lines gives a"
            + " destroyed figure has no interval (n/e): nothing is known of its outcome but the"
            + " bounds.");
    note(h, "Dates: by default a report counts on the local date of the end of its period (the"
        + " night of 16 to 17 April belongs to 17 April); here the rule is '"
        + s.attribution().rule().name().toLowerCase(Locale.ROOT) + "' in "
        + s.attribution().zone().getId() + ".");
    note(h, "Reporting regimes: the national reports counted losses to electronic warfare as"
        + " suppressed (not_reach_goal) from July 2024 to July 2025, inside destroyed from"
        + " August 2025; a kinetic rate that crosses these boundaries mixes definitions. The"
        + " neutralisation rate is the least affected. This page's boundaries: "
        + (s.regimes().boundaries().isEmpty() ? "none (--regimes none)"
            : s.regimes().boundaries().stream().map(Object::toString)
                .collect(java.util.stream.Collectors.joining(", "))) + ".");
    // the kinetic rates this page shows (by family, and the total) that do cross a boundary, and
    // the month table's (a boundary inside a month: --regimes 2025-08-15; review rv45e)
    data.table(Dimension.FAMILY).regimeWarning().ifPresent(w -> note(h, w));
    data.table(Dimension.MONTH).regimeWarningOfRows(t -> true)
        .ifPresent(w -> note(h, w.replaceFirst("^Warning: ", "Warning (by month): ")));
    h.raw("</ul>\n");
  }

  private static void note(Html h, String text) {
    h.raw("<li>").text(text).raw("</li>\n");
  }
}
