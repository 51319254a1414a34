package org.conflictstats.report;

import org.conflictstats.chart.RatesChart;
import org.conflictstats.chart.SourceCaption;
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
    StatsTable byMonth = data.table(Dimension.MONTH);
    if (byMonth.size() == 0) {
      h.raw("<p>").text(s.filter().isAll() ? "No report in the chosen scope: nothing to"
          + " draw." : "No report in the chosen scope passes the filter (" + s.filter()
          + "): nothing to draw.").raw("</p>\n");
      return;
    }
    // the chart command's caption, by its one writer (review rv49b: the page's said less)
    // the month table does not look for overlap (ReportDataSink.query): the summary's has it
    String caption = SourceCaption.of(data.summary().files(), s.scope(), s.keepsInvalidReports(),
        byMonth, data.summary().overlap());
    RatesChart months = chart(byMonth, s, caption);
    if (!months.drawsRate()) {
      // nor then by family: blank plots said why, as the chart command says it (review rv49b:
      // two empty charts without a word)
      h.raw("<p class=\"note\">").text("No month in the chosen scope has a rate over at least "
          + RatesChart.DEFAULT_MINIMUM_LAUNCHED + " weapons launched on lines with an exact"
          + " launched count, the fewest whose rate a chart draws (the tables give every rate):"
          + " nothing to draw.").raw("</p>\n");
      return;
    }
    // each chart's ids with a prefix of their own: one page, no id twice
    h.raw(months.toInlineSvg("month-"));
    h.raw(chart(data.table(Dimension.MONTH, Dimension.FAMILY), s, caption)
        .toInlineSvg("family-"));
  }

  private static RatesChart chart(StatsTable table, ReportSettings s, String caption) {
    return RatesChart.of(table).withRate(s.rate()).withInterval(s.intervalMethod(), s.level())
        .withCaption(caption).withZone(s.attribution().zone());
  }
}
