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
    String caption = "Sources counted: " + data.scope() + "; "
        + (data.includeInvalid() ? "every report kept." : "reports with validation errors left"
            + " out.") + (data.filter().isAll() ? "" : " Filter: " + data.filter() + ".");
    StatsTable byMonth = data.table(Dimension.MONTH);
    if (byMonth.size() == 0) {
      h.raw("<p>").text(data.filter().isAll() ? "No report in the chosen scope: nothing to"
          + " draw." : "No report in the chosen scope passes the filter (" + data.filter()
          + "): nothing to draw.").raw("</p>\n");
      return;
    }
    caption += byMonth.coverageNote().map(n -> " " + n).orElse("");
    // each chart's ids with a prefix of their own: one page, no id twice
    chart(h, byMonth, data, caption, "month-");
    chart(h, data.table(Dimension.MONTH, Dimension.FAMILY), data, caption, "family-");
  }

  private static void chart(Html h, StatsTable table, ReportData data, String caption,
      String idPrefix) {
    h.raw(RatesChart.of(table).withRate(data.rate()).withInterval(data.method(), data.level())
        .withCaption(caption).withZone(data.attribution().zone()).toInlineSvg(idPrefix));
  }
}
