package org.conflictstats.chart;

import java.util.Optional;
import org.conflictstats.stats.IntervalMethod;
import org.conflictstats.stats.RateKind;

/**
 * The chart's caption under the plots: the text the caller gave (the source and scope, say), then
 * what the line, the bands and the bars are, the regime warning of a kinetic chart, the periods
 * without a band for want of a destroyed figure, those whose rate is only its lower bound, and
 * what a split leaves out.
 *
 * <pre>{@code
 * Caption.of("Source: Air Force reports.", names, "report", 10, false, Optional.empty(),
 *     Optional.empty(), Optional.empty(), "");
 * // "Source: Air Force reports. Line: neutralisation rate (destroyed + suppressed) / launched, ..."
 * }</pre>
 */
final class Caption {

  private Caption() {}

  /**
   * Returns the caption.
   *
   * @param given the caller's text, blank for none
   * @param names the chart's names
   * @param unit the clustered interval's unit ({@code report} or {@code day})
   * @param minimumLaunched the smallest launched count whose rate is drawn
   * @param overlapping whether the bars stand side by side (a split by region)
   * @param regimeWarning the warning of a kinetic chart across regimes
   * @param unknownOutcome the sentence on periods drawn whose outcome is unknown, which have no band
   * @param lowerBound the sentence on periods drawn whose rate is only its lower bound
   * @param splitNote what the split leaves out, empty when nothing
   */
  static String of(String given, ChartNames names, String unit, long minimumLaunched,
      boolean overlapping, Optional<String> regimeWarning, Optional<String> unknownOutcome,
      Optional<String> lowerBound, String splitNote) {
    IntervalMethod method = names.method();
    String bands = "Line: " + names.rate() + " (" + (names.kind() == RateKind.KINETIC
        ? "destroyed" : "destroyed + suppressed") + ") / launched, over lines with an exact"
        + " launched count; darker band: its " + names.interval() + (method
        == IntervalMethod.CLUSTER ? ", the " + unit + " as the unit" : ", treating weapons as"
        + " independent (optimistic for salvos)") + "; lighter band: bounds for weapons of"
        + " unknown outcome; no rate where fewer than " + minimumLaunched + " were launched"
        + (method == IntervalMethod.CLUSTER ? "; no band (it closes on the line) where fewer than"
        + " two " + unit + "s give the rate, whose spread cannot be estimated" : "")
        + ". Bars: " + names.launched() + (overlapping ? ", side by side: a line in several"
        + " regions counts in each, so a period's bars add up to more than it launched" : "")
        + "." + regimeWarning.map(w -> " " + w).orElse("")
        + unknownOutcome.map(n -> " " + n).orElse("") + lowerBound.map(n -> " " + n).orElse("");
    if (!splitNote.isEmpty()) {
      bands = bands + " " + splitNote;
    }
    return given.isBlank() ? bands : given.strip() + " " + bands;
  }
}
