package org.conflictstats.report;

import java.util.Locale;
import java.util.Optional;
import org.conflictstats.stats.ConfidenceInterval;
import org.conflictstats.stats.Rate;
import org.conflictstats.stats.RateKind;
import org.conflictstats.stats.Tally;

/** Rate cells of the report's tables. */
final class Rates {

  static final String UNDEFINED = "—";
  static final String NOT_ESTIMABLE = "n/e";

  private Rates() {}

  static String intervalName(ReportData data) {
    double percent = data.level() * 100;
    String text = percent == Math.rint(percent) ? Long.toString(Math.round(percent))
        : String.format(Locale.ROOT, "%s", percent);
    return text + "% CI (" + data.method().label() + ")";
  }

  /** A row: label, known, launched, rate, bounds, interval, for the rate of the given kind. */
  static void row(Html h, String label, Tally t, RateKind kind, ReportData data) {
    Rate r = t.rate(kind);
    h.row(true, label, Html.number(r.known()), Html.number(r.launched()), point(r), bounds(r),
        interval(t, kind, data));
  }

  static String point(Rate r) {
    return r.isDefined() ? Html.percent(r.point().getAsDouble()) : UNDEFINED;
  }

  static String bounds(Rate r) {
    return r.isDefined() ? Html.percent(r.lower().getAsDouble()) + " – "
        + Html.percent(r.upper().getAsDouble()) : UNDEFINED;
  }

  /**
   * The interval of a group's rate: undefined (—) where the rate is, {@value #NOT_ESTIMABLE} where
   * the clustered interval cannot be estimated (fewer than two reports with rated lines) or no
   * rated line gives a destroyed figure ({@link Tally#outcomeKnown()}).
   */
  static String interval(Tally t, RateKind kind, ReportData data) {
    if (!t.rate(kind).isDefined()) {
      return UNDEFINED;
    }
    Optional<ConfidenceInterval> ci = t.interval(kind, data.method(), data.level());
    return ci.map(i -> Html.percent(i.lower()) + " – " + Html.percent(i.upper()))
        .orElse(NOT_ESTIMABLE);
  }
}
