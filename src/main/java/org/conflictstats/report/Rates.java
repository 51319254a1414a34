package org.conflictstats.report;

import java.util.Locale;
import java.util.Optional;
import org.conflictstats.stats.ConfidenceInterval;
import org.conflictstats.stats.Rate;

/** Rate cells of the report's tables. */
final class Rates {

  static final String UNDEFINED = "—";

  private Rates() {}

  static String intervalName(ReportData data) {
    double percent = data.level() * 100;
    String text = percent == Math.rint(percent) ? Long.toString(Math.round(percent))
        : String.format(Locale.ROOT, "%s", percent);
    return text + "% CI (" + data.method().label() + ")";
  }

  /** A row: label, known, launched, rate, bounds, interval. */
  static void row(Html h, String label, Rate r, ReportData data) {
    h.row(true, label, Html.number(r.known()), Html.number(r.launched()), point(r), bounds(r),
        interval(r, data));
  }

  static String point(Rate r) {
    return r.isDefined() ? Html.percent(r.point().getAsDouble()) : UNDEFINED;
  }

  static String bounds(Rate r) {
    return r.isDefined() ? Html.percent(r.lower().getAsDouble()) + " – "
        + Html.percent(r.upper().getAsDouble()) : UNDEFINED;
  }

  static String interval(Rate r, ReportData data) {
    Optional<ConfidenceInterval> ci = r.interval(data.method(), data.level());
    return ci.map(i -> Html.percent(i.lower()) + " – " + Html.percent(i.upper()))
        .orElse(UNDEFINED);
  }
}
