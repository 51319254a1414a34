package org.conflictstats.report;

import org.conflictstats.chart.RatesChart;
import org.conflictstats.stats.Dimension;
import org.conflictstats.stats.StatsTable;

/** The rate per month, overall and by family, as inline SVG. */
final class ChartsSection implements Section {

  @Override
  public String id() {
    return "charts";
  }

  @Override
  public String heading() {
    return "Charts";
  }

  @Override
  public void write(Html h, ReportData data) {
    ReportSettings s = data.settings();
    String caption = "Sources counted: " + s.scope() + "; "
        + (s.keepsInvalidReports() ? "every report kept." : "reports with validation errors left"
            + " out.") + (s.filter().isAll() ? "" : " Filter: " + s.filter() + ".");
    StatsTable byMonth = data.table(Dimension.MONTH);
    if (byMonth.size() == 0) {
      h.raw("<p>").text(s.filter().isAll() ? "No report in the chosen scope: nothing to"
          + " draw." : "No report in the chosen scope passes the filter (" + s.filter()
          + "): nothing to draw.").raw("</p>\n");
      return;
    }
    caption += byMonth.filterCutNote().map(n -> " " + n).orElse("")
        + byMonth.coverageNote().map(n -> " " + n).orElse("");
    // each chart's ids with a prefix of their own: one page, no id twice
    chart(h, byMonth, data, caption, "month-");
    chart(h, data.table(Dimension.MONTH, Dimension.FAMILY), data, caption, "family-");
  }

  private static void chart(Html h, StatsTable table, ReportData data, String caption,
      String idPrefix) {
    ReportSettings s = data.settings();
    h.raw(RatesChart.of(table).withRate(s.rate()).withInterval(s.intervalMethod(), s.level())
        .withCaption(caption).withZone(s.attribution().zone()).toInlineSvg(idPrefix));
  }
}
