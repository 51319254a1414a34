package org.conflictstats.validation;

import org.conflictstats.model.Count;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponLine;

/**
 * The outcome checks of each line: {@link FindingCode#LAUNCHED_UNKNOWN},
 * {@link FindingCode#OUTCOMES_EXCEED_LAUNCHED} with {@link FindingCode#DESTROYED_EXCEEDS_LAUNCHED},
 * and {@link FindingCode#OUTCOMES_MAY_EXCEED_LAUNCHED}.
 *
 * <p>Only certainty is an error. The warning is for real uncertainty in the figures given: each
 * open-ended outcome (blank, "at least n") counts at its stated minimum, and a launched count with
 * no upper bound cannot be exceeded, so a blank alone never raises it. Sums are taken without
 * overflow.
 */
final class OutcomesRule implements Rule {

  @Override
  public void check(StrikeReport report, FindingSink sink) {
    for (int i = 0; i < report.lines().size(); i++) {
      check(report.lines().get(i), i, sink);
    }
  }

  /**
   * Whether a line with a bounded launched count certainly gives no outcome finding: its outcomes'
   * stated sum (each open-ended count at its minimum) does not exceed launched's lower bound, which
   * means neither the error nor the warning below can hold. Sums in longs; any overflow says no.
   */
  private static boolean fine(WeaponLine line, Count launched) {
    long sum = stated(line.destroyed());
    sum = add(sum, stated(line.suppressed()));
    sum = add(sum, stated(line.stillAirborne()));
    sum = add(sum, stated(line.leftAirspace()));
    sum = add(sum, stated(line.hit()));
    return sum >= 0 && sum <= launched.lower();
  }

  /** A count's upper bound, or its lower bound when it has none. */
  private static long stated(Count c) {
    long up = c.upperOrElse(-1);
    return up >= 0 ? up : c.lower();
  }

  /** The sum, or -1 when it overflows. */
  private static long add(long a, long b) {
    return a < 0 || a > Long.MAX_VALUE - b ? -1 : a + b;
  }

  private static String launchedUnknown(WeaponLine line, Count launched) {
    if (line.details().launchedWithheld()) {
      return "the source withheld the number launched"
          + (launched.lower() > 0 ? " (at least " + launched.lower() + " given)" : "")
          + ": the line has no rate";
    }
    return launched.isUnknown() ? "the number launched is unknown: the line has no rate"
        : "the number launched is not exact (" + launched + "): the line has no rate";
  }

  private static void check(WeaponLine line, int i, FindingSink sink) {
    Count launched = line.launched();
    if (!launched.isExact()) {
      // no rate without an exact launched: blank, withheld (with or without a partial figure),
      // or a bound such as "at least 30"
      if (sink.wants(FindingCode.LAUNCHED_UNKNOWN)) {
        sink.add(FindingCode.LAUNCHED_UNKNOWN, ReportPaths.line(i).field("launched"),
            launchedUnknown(line, launched), launched);
      }
      if (launched.isUnknown()) {
        return;
      }
    }
    if (launched.isBounded() && fine(line, launched)) {
      return; // the usual line: nothing to say, said without a sum of big integers
    }
    Bounds known = Bounds.ZERO;
    Bounds stated = Bounds.ZERO;
    for (Count c : new Count[] {line.destroyed(), line.suppressed(), line.stillAirborne(),
        line.leftAirspace(), line.hit()}) {
      known = known.plus(Bounds.of(c));
      stated = stated.plus(Bounds.stated(c));
    }
    if (known.mustExceed(launched)) {
      sink.add(FindingCode.OUTCOMES_EXCEED_LAUNCHED, ReportPaths.line(i),
          "known outcomes (" + known + ") exceed launched (" + launched + ")", known);
      if (line.destroyed().mustExceed(launched)) {
        sink.add(FindingCode.DESTROYED_EXCEEDS_LAUNCHED, ReportPaths.line(i).field("destroyed"),
            "destroyed (" + line.destroyed() + ") exceeds launched (" + launched + ")",
            line.destroyed());
      }
    } else if (launched.isBounded() && stated.mayExceed(launched)) {
      sink.add(FindingCode.OUTCOMES_MAY_EXCEED_LAUNCHED, ReportPaths.line(i),
          "known outcomes (" + known + ") may exceed launched (" + launched + ")", known);
    }
  }
}
