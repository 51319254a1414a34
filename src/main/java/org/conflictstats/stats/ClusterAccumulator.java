package org.conflictstats.stats;

import java.util.HashMap;
import java.util.Map;

/**
 * The mutable cluster state of one {@link TallyAccumulator}: the exact {@link ClusterMoments} of the
 * clusters folded so far, the cluster still open, the partial sums of units given by a function
 * ({@link ClusterUnit}), and, when asked for, the clusters' values for the bootstrap
 * ({@link ClusterValues}). Not thread-safe.
 *
 * <p>Clusters given by a report serial are <em>contiguous</em>: a cluster is open until a line of
 * another serial arrives, then folded into the sums. A report never spans two accumulators that are
 * later merged, so {@link #merge} folds both open clusters. Clusters given by a key (a unit such as
 * the night, which may span reports that arrive on different threads) keep their partial sums by
 * key until {@link #snapshotMoments()}, and merge key by key.
 */
final class ClusterAccumulator {

  private final long[] m = new long[ClusterMoments.SIZE];
  private boolean open;
  private long openId;
  private long openN;
  private long openNeutralised;
  private long openDestroyed;
  private Map<Object, long[]> units;
  /** The values of clusters, when kept; {@code sampled} of the folded clusters are in it. */
  private ClusterValues values;
  private long sampled;

  /** Keeps the values of the clusters folded from now on, for the bootstrap. */
  void keepValues() {
    if (values == null && m[ClusterMoments.CLUSTERS] == 0 && !open && units == null) {
      values = new ClusterValues();
    }
  }

  /** Adds a rated line ({@code n > 0}) of the cluster with this serial. */
  void addLine(long serial, long n, long neutralised, long destroyed) {
    if (!open || serial != openId) {
      closeOpen();
      open = true;
      openId = serial;
    }
    openN = Math.addExact(openN, n);
    openNeutralised = Math.addExact(openNeutralised, neutralised);
    openDestroyed = Math.addExact(openDestroyed, destroyed);
    m[ClusterMoments.LINES] = Math.addExact(m[ClusterMoments.LINES], 1);
  }

  /** Adds rated lines ({@code n > 0} in all) of the unit with this key. */
  void addToUnit(Object unit, long n, long neutralised, long destroyed, long lines) {
    if (units == null) {
      units = new HashMap<>();
    }
    long[] s = units.computeIfAbsent(unit, u -> new long[3]);
    s[0] = Math.addExact(s[0], n);
    s[1] = Math.addExact(s[1], neutralised);
    s[2] = Math.addExact(s[2], destroyed);
    m[ClusterMoments.LINES] = Math.addExact(m[ClusterMoments.LINES], lines);
  }

  /** Adds a whole cluster (a report): {@code lines} rated lines with {@code n > 0} in all. */
  void addCluster(long n, long neutralised, long destroyed, long lines) {
    closeOpen();
    fold(n, neutralised, destroyed);
    m[ClusterMoments.LINES] = Math.addExact(m[ClusterMoments.LINES], lines);
  }

  /** Adds another accumulator's clusters; the other is not changed. */
  void merge(ClusterAccumulator other) {
    closeOpen();
    boolean empty = isEmpty();
    ClusterMoments.addInto(m, other.m);
    adopt(empty, other.values == null ? null : other.values, null, other.sampled);
    if (other.open) {
      fold(other.openN, other.openNeutralised, other.openDestroyed);
    }
    if (other.units != null) {
      if (units == null) {
        units = new HashMap<>();
      }
      other.units.forEach((u, s) -> units.merge(u, s.clone(), ClusterAccumulator::addSums));
    }
  }

  /** Adds the clusters of a tally. */
  void addAll(ClusterMoments moments, ClusterSample sample) {
    closeOpen();
    boolean empty = isEmpty();
    ClusterMoments.addInto(m, moments.sums());
    adopt(empty, null, sample, sample == null ? 0 : sample.clusters());
  }

  /** Takes the values of merged clusters when this one keeps values, or has no cluster yet. */
  private void adopt(boolean empty, ClusterValues otherValues, ClusterSample otherSample,
      long otherSampled) {
    if (otherValues == null && otherSample == null) {
      return;
    }
    if (values == null && !empty) {
      return; // some of our clusters have no values: the merged ones will not be resampled either
    }
    if (values == null) {
      values = new ClusterValues();
    }
    if (otherValues != null) {
      values.addAll(otherValues);
    } else {
      values.addAll(otherSample);
    }
    sampled = Math.addExact(sampled, otherSampled);
  }

  private boolean isEmpty() {
    return m[ClusterMoments.CLUSTERS] == 0 && !open && (units == null || units.isEmpty());
  }

  private void closeOpen() {
    if (open) {
      open = false;
      fold(openN, openNeutralised, openDestroyed);
      openN = 0;
      openNeutralised = 0;
      openDestroyed = 0;
    }
  }

  private void fold(long n, long neutralised, long destroyed) {
    ClusterMoments.fold(m, n, neutralised, destroyed);
    if (values != null) {
      values.add(n, neutralised, destroyed, 1);
      sampled++;
    }
  }

  private static long[] addSums(long[] a, long[] b) {
    for (int i = 0; i < a.length; i++) {
      a[i] = Math.addExact(a[i], b[i]);
    }
    return a;
  }

  /** The clusters' sums, the open cluster and every unit folded in; this accumulator goes on. */
  ClusterMoments snapshotMoments() {
    long[] s = m.clone();
    if (open) {
      ClusterMoments.fold(s, openN, openNeutralised, openDestroyed);
    }
    if (units != null) {
      for (long[] u : units.values()) {
        ClusterMoments.fold(s, u[0], u[1], u[2]);
      }
    }
    return new ClusterMoments(s);
  }

  /**
   * The values of every cluster, the open one and the units included, in canonical order; or
   * {@code null} when there is no cluster or some cluster's values were not kept.
   */
  ClusterSample snapshotSample() {
    if (values == null) {
      return null;
    }
    long pendingClusters = (open ? 1 : 0) + (units == null ? 0 : units.size());
    long clusters = m[ClusterMoments.CLUSTERS] + pendingClusters;
    if (clusters == 0 || sampled != m[ClusterMoments.CLUSTERS]) {
      return null;
    }
    ClusterSample sample = values.snapshot();
    if (pendingClusters == 0) {
      return sample;
    }
    ClusterValues pending = new ClusterValues();
    if (open) {
      pending.add(openN, openNeutralised, openDestroyed, 1);
    }
    if (units != null) {
      for (long[] u : units.values()) {
        pending.add(u[0], u[1], u[2], 1);
      }
    }
    return sample.plus(pending.snapshot());
  }
}
