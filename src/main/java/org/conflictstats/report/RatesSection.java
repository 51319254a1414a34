package org.conflictstats.report;

import org.conflictstats.stats.Dimension;
import org.conflictstats.stats.Rate;
import org.conflictstats.stats.RateKind;
import org.conflictstats.stats.StatsTable;
import org.conflictstats.stats.Tally;

/** The rates by month and by family, as tables. */
final class RatesSection implements Section {

  @Override
  public String id() {
    return "rates";
  }

  @Override
  public String heading() {
    return "Rates by month and by family";
  }

  @Override
  public void write(Html h, ReportData data) {
    if (!data.settings().filter().isAll()) {
      // the filter, what it left out and the months its dates cut, as rates --by month says them
      for (String n : data.table(Dimension.MONTH).selectionNotes()) {
        h.raw("<p class=\"note\">").text(n).raw("</p>\n");
      }
    }
    table(h, "By month", data.table(Dimension.MONTH), data);
    table(h, "By family", data.table(Dimension.FAMILY), data);
    h.raw("<p class=\"note\">launched: weapons on rated lines (an exact launched count), the"
        + " rate's denominator; known: weapons known to be neutralised (or destroyed, for the"
        + " kinetic rate); * marks a group with lines whose launched count is not exact, which"
        + " are counted but not rated; + marks a rate most of whose weapons are on lines with no"
        + " destroyed figure, counted as not neutralised (or destroyed): only a lower bound, its"
        + " interval that of the lower bound.</p>\n");
  }

  private static void table(Html h, String title, StatsTable t, ReportData data) {
    // the page's rate first, named; then the other rate, so that kinetic never comes twice
    boolean kinetic = data.settings().rate() == RateKind.KINETIC;
    h.element("h3", title).table(title + ", one row per " + t.dimensions().get(0).name())
        .headerRow(t.dimensions().get(0).name(), "reports", "lines", "launched", "known",
            kinetic ? "kinetic rate" : "neutralisation rate", "bounds", Rates.intervalName(data),
            kinetic ? "neutralisation" : "kinetic")
        .raw("</thead><tbody>\n");
    for (StatsTable.Row row : t) {
      row(h, row.key(0), row.tally(), data);
    }
    h.raw("</tbody><tfoot>\n");
    row(h, "total", t.total(), data);
    h.raw("</tfoot></table>\n");
  }

  private static void row(Html h, String key, Tally t, ReportData data) {
    RateKind rate = data.settings().rate();
    Rate r = t.rate(rate);
    h.row(true, key, Html.number(t.reports()), Html.number(t.lines()),
        Html.number(r.launched()) + (t.unratedLines() > 0 ? "*" : ""), Html.number(r.known()),
        point(t, rate), Rates.bounds(r), Rates.interval(t, rate, data),
        point(t, rate == RateKind.KINETIC ? RateKind.NEUTRALISATION : RateKind.KINETIC));
  }

  /** A rate's point, marked {@code +} where it is only its lower bound, as the text table does. */
  private static String point(Tally t, RateKind kind) {
    return Rates.point(t.rate(kind)) + (t.isLowerBoundOnly(kind) ? "+" : "");
  }
}
