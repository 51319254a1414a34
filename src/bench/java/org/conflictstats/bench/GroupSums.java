package org.conflictstats.bench;

/**
 * The exact sums of one group of the workload. A count is known when its cell holds a number; blank
 * and {@code NaN} cells are unknown and counted in the {@code ...Unknown} fields. Rated lines are
 * those whose launched count is known and above zero; the point rates come from the rated sums.
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
 * @param ratedDestroyed their known destroyed sum
 * @param ratedSuppressed their known suppressed sum
 */
record GroupSums(long lines, long launched, long launchedUnknown, long destroyed,
    long destroyedUnknown, long suppressed, long suppressedUnknown, long ratedLines,
    long ratedLaunched, long ratedDestroyed, long ratedSuppressed) {

  /** The sums of both groups. */
  GroupSums plus(GroupSums o) {
    return new GroupSums(lines + o.lines, launched + o.launched, launchedUnknown + o.launchedUnknown,
        destroyed + o.destroyed, destroyedUnknown + o.destroyedUnknown, suppressed + o.suppressed,
        suppressedUnknown + o.suppressedUnknown, ratedLines + o.ratedLines,
        ratedLaunched + o.ratedLaunched, ratedDestroyed + o.ratedDestroyed,
        ratedSuppressed + o.ratedSuppressed);
  }

  /** The kinetic point rate, {@code ratedDestroyed / ratedLaunched}, or NaN when nothing is rated. */
  double kineticRate() {
    return ratedLaunched == 0 ? Double.NaN : (double) ratedDestroyed / ratedLaunched;
  }

  /** The neutralisation point rate, or NaN when nothing is rated. */
  double neutralisationRate() {
    return ratedLaunched == 0 ? Double.NaN
        : (double) (ratedDestroyed + ratedSuppressed) / ratedLaunched;
  }
}
