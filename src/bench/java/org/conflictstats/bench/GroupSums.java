package org.conflictstats.bench;

/**
 * The exact sums of one group of the workload, in the library's definitions (DOMAIN.md sections 3
 * and 4). A count is known when its cell holds a number; blank and {@code NaN} cells are unknown,
 * add nothing to the known sums and are counted in the {@code ...Unknown} fields. Rated lines are
 * those whose launched count is known and above zero; over them, with {@code d}, {@code s}, {@code a}
 * and {@code x} the known destroyed, suppressed, still airborne and left-airspace counts (0 when
 * unknown):
 * <ul>
 *   <li>destroyed known = sum of min(d, launched); neutralised known = sum of min(d + s, launched);
 *   <li>destroyed possible = sum of max(min(d, launched), launched - s - a - x); neutralised possible
 *       = sum of max(min(d + s, launched), launched - a - x).
 * </ul>
 * The kinetic rate is destroyed known / rated launched with upper bound destroyed possible / rated
 * launched; the neutralisation rate likewise.
 *
 * @param lines the lines of the group
 * @param launched the sum of the known launched counts
 * @param launchedUnknown the lines whose launched count is unknown
 * @param destroyed the sum of the known destroyed counts
 * @param destroyedUnknown the lines whose destroyed count is unknown
 * @param suppressed the sum of the known suppressed ({@code not_reach_goal}) counts
 * @param suppressedUnknown the lines whose suppressed count is unknown
 * @param ratedLines the lines with a known launched count above zero
 * @param ratedLaunched their launched sum
 * @param destroyedKnown the kinetic rate's numerator
 * @param destroyedPossible the kinetic rate's upper numerator
 * @param neutralisedKnown the neutralisation rate's numerator
 * @param neutralisedPossible the neutralisation rate's upper numerator
 */
record GroupSums(long lines, long launched, long launchedUnknown, long destroyed,
    long destroyedUnknown, long suppressed, long suppressedUnknown, long ratedLines,
    long ratedLaunched, long destroyedKnown, long destroyedPossible, long neutralisedKnown,
    long neutralisedPossible) {

  /** The sums of both groups. */
  GroupSums plus(GroupSums o) {
    return new GroupSums(lines + o.lines, launched + o.launched, launchedUnknown + o.launchedUnknown,
        destroyed + o.destroyed, destroyedUnknown + o.destroyedUnknown, suppressed + o.suppressed,
        suppressedUnknown + o.suppressedUnknown, ratedLines + o.ratedLines,
        ratedLaunched + o.ratedLaunched, destroyedKnown + o.destroyedKnown,
        destroyedPossible + o.destroyedPossible, neutralisedKnown + o.neutralisedKnown,
        neutralisedPossible + o.neutralisedPossible);
  }

  /** The kinetic point rate, or NaN when nothing is rated. */
  double kineticRate() {
    return ratedLaunched == 0 ? Double.NaN : (double) destroyedKnown / ratedLaunched;
  }

  /** The neutralisation point rate, or NaN when nothing is rated. */
  double neutralisationRate() {
    return ratedLaunched == 0 ? Double.NaN : (double) neutralisedKnown / ratedLaunched;
  }
}
