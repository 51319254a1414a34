package org.conflictstats.stats;

import java.util.Objects;

/**
 * What a {@link StatsQuery} passes on to its {@link StatsTable} besides the tallies: the default
 * interval, the bootstrap settings, the clustering unit, the smallest rated launched count whose
 * rate is shown, and the reporting regimes. Immutable.
 */
record TableOptions(IntervalMethod method, double level, Bootstrap bootstrap, ClusterUnit unit,
    long minLaunched, ReportingRegimes regimes) {

  static final TableOptions DEFAULT = new TableOptions(IntervalMethod.CLUSTER, 0.95,
      Bootstrap.standard(), ClusterUnit.REPORT, 0, ReportingRegimes.standard());

  TableOptions {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(bootstrap, "bootstrap");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(regimes, "regimes");
  }

  /** Whether the accumulators keep their clusters' values, for the bootstrap. */
  boolean keepsClusterValues() {
    return method.needsClusterValues();
  }
}
