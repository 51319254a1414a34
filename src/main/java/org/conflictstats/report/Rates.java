package org.conflictstats.report;

import java.util.Optional;
import org.conflictstats.internal.Numbers;
import org.conflictstats.stats.ConfidenceInterval;
import org.conflictstats.stats.Rate;
import org.conflictstats.stats.RateKind;
import org.conflictstats.stats.Tally;
import org.conflictstats.summary.Summary;

/** Rate cells of the report's tables. */
final class Rates {

  static final String UNDEFINED = "—";
  static final String NOT_ESTIMABLE = "n/e";

  private Rates() {}

  static String intervalName(ReportData data) {
    ReportSettings s = data.settings();
    return Numbers.levelPercent(s.level()) + "% CI (" + s.intervalMethod().label() + ")";
  }

  /** A row of an overall rate as the summary gives it: its interval is the summary's. */
  static void row(Html h, String label, Summary.Overall overall) {
    Rate r = overall.rate();
    // + where the rate is only its lower bound, as summary and the rate tables mark it
    h.row(true, label, Html.number(r.known()), Html.number(r.launched()), point(r)
        + (r.isDefined() && overall.lowerBoundOnly() ? "+" : ""), bounds(r),
        !r.isDefined() ? UNDEFINED : overall.interval()
            .map(i -> Numbers.percentRange(i.lower(), i.upper()))
            .orElse(NOT_ESTIMABLE));
  }

  static String point(Rate r) {
    return r.isDefined() ? Html.percent(r.point().getAsDouble()) : UNDEFINED;
  }

  static String bounds(Rate r) {
    return r.isDefined() ? Numbers.percentRange(r.lower().getAsDouble(), r.upper().getAsDouble())
        : UNDEFINED;
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
    ReportSettings s = data.settings();
    Optional<ConfidenceInterval> ci = t.interval(kind, s.intervalMethod(), s.level());
    return ci.map(i -> Numbers.percentRange(i.lower(), i.upper())).orElse(NOT_ESTIMABLE);
  }
}
