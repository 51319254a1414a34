package org.conflictstats.chart;

import java.util.List;
import org.conflictstats.internal.Numbers;
import org.conflictstats.stats.Dimension;
import org.conflictstats.stats.IntervalMethod;
import org.conflictstats.stats.RateKind;

/**
 * What a chart calls its rate, its interval, its bounds and its bars, and its default title: the
 * words the legend, the caption, the series and the SVG description share.
 *
 * <pre>{@code
 * ChartNames n = new ChartNames(RateKind.NEUTRALISATION, IntervalMethod.CLUSTER, 0.95);
 * n.rate();       // "neutralisation rate"
 * n.interval();   // "95% CI (clustered)", say
 * }</pre>
 *
 * @param kind the rate drawn
 * @param method the interval's method
 * @param level the interval's level, in (0, 1)
 */
record ChartNames(RateKind kind, IntervalMethod method, double level) {

  /** The rate, as the axis, the legend and the caption name it. */
  String rate() {
    return kind == RateKind.KINETIC ? "kinetic interception rate" : "neutralisation rate";
  }

  /** The interval: its level and its method, {@code 95% CI (Wilson)}. */
  String interval() {
    return Numbers.levelPercent(level) + "% CI (" + method.label() + ")";
  }

  /** The line with its band in a chart without a split. */
  String line() {
    return rate() + " with " + interval();
  }

  /** The lighter band. */
  String bounds() {
    return "bounds (unknown outcomes)";
  }

  /** The bars, and the axis they stand on. */
  String launched() {
    return "launched (rated lines)";
  }

  /** The title a chart has unless given one: the rate, the split and the period. */
  String defaultTitle(List<Dimension> dims) {
    String by = dims.size() == 2 ? " by " + dims.get(1).name() : "";
    String name = rate();
    return Character.toUpperCase(name.charAt(0)) + name.substring(1) + by + ", per "
        + dims.get(0).name();
  }
}
