package org.conflictstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponLine;

/**
 * The merge laws of the state a tally gained for the clustered interval, the bootstrap and the
 * reporting regimes ({@link ClusterMoments}, {@link ClusterSample}, the regime mask), which
 * {@link Tally#equals} does not compare: associativity, commutativity and identity through
 * accumulators ({@link MergeLaws}), and "merging parts equals adding everything to one", for
 * reports and for units that span the parts.
 */
final class ClusterMergeProperties implements MergeLaws<ClusterMergeProperties.State> {

  /** Everything a tally holds. */
  record State(Tally tally, ClusterMoments moments, ClusterSample sample, long regimes) {

    static State of(Tally t) {
      return new State(t, t.clusterMoments(), t.clusterSample(), t.regimeMask());
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof State s && s.tally.equals(tally) && s.moments.equals(moments)
          && Objects.equals(s.sample, sample) && s.regimes == regimes;
    }

    @Override
    public int hashCode() {
      return tally.hashCode();
    }
  }

  /** A report with the reporting regime it falls in. */
  record Dated(StrikeReport report, int regime) {}

  @Provide
  Arbitrary<List<Dated>> dated() {
    return Combinators.combine(TallyArbitraries.reports(), Arbitraries.integers().between(0, 2))
        .as(Dated::new).list().ofMaxSize(12);
  }

  @Override
  public State merge(State a, State b) {
    TallyAccumulator left = new TallyAccumulator();
    left.addAll(a.tally());
    TallyAccumulator right = new TallyAccumulator();
    right.addAll(b.tally());
    return State.of(left.merge(right).snapshot());
  }

  @Override
  public State identity() {
    return State.of(new TallyAccumulator().snapshot());
  }

  @Override
  @Provide
  public Arbitrary<State> values() {
    return Combinators.combine(dated(), Arbitraries.of(true, false)).as((reports, keep) -> {
      TallyAccumulator acc = keep ? TallyAccumulator.keepingClusterValues()
          : new TallyAccumulator();
      reports.forEach(d -> acc.add(d.report(), null, d.regime()));
      Tally t = acc.snapshot();
      Statistics.label("clusters").collect(t.clusters() == 0 ? "none"
          : t.clusterSample() != null ? "with values" : "without values");
      return State.of(t);
    });
  }

  @Property(tries = 200)
  void mergingPartsEqualsAddingEverythingToOne(@ForAll("dated") List<Dated> reports,
      @ForAll("cuts") List<Integer> cuts, @ForAll boolean byLine) {
    TallyAccumulator whole = TallyAccumulator.keepingClusterValues();
    List<TallyAccumulator> parts = new ArrayList<>();
    TallyAccumulator part = TallyAccumulator.keepingClusterValues();
    long serial = 0;
    for (int i = 0; i < reports.size(); i++) {
      if (cuts.contains(i)) {
        parts.add(part);
        part = TallyAccumulator.keepingClusterValues();
      }
      Dated d = reports.get(i);
      serial++;
      if (byLine) {
        for (WeaponLine l : d.report().lines()) {
          whole.add(l, serial, null, d.regime());
          part.add(l, serial, null, d.regime());
        }
      } else {
        whole.add(d.report(), null, d.regime());
        part.add(d.report(), null, d.regime());
      }
    }
    parts.add(part);
    // merge from the right, so that the grouping differs from the order of the reports
    TallyAccumulator merged = parts.get(parts.size() - 1);
    for (int i = parts.size() - 2; i >= 0; i--) {
      merged = parts.get(i).merge(merged);
    }
    assertEquals(State.of(whole.snapshot()), State.of(merged.snapshot()));
  }

  @Provide
  Arbitrary<List<Integer>> cuts() {
    return Arbitraries.integers().between(0, 12).list().ofMaxSize(4);
  }

  @Property(tries = 200)
  void unitsThatSpanPartsAreMergedByKey(@ForAll("dated") List<Dated> reports,
      @ForAll("cuts") List<Integer> cuts) {
    // the unit is the regime index: a unit whose reports lie in several parts is still one cluster
    TallyAccumulator whole = TallyAccumulator.keepingClusterValues();
    List<TallyAccumulator> parts = new ArrayList<>();
    TallyAccumulator part = TallyAccumulator.keepingClusterValues();
    for (int i = 0; i < reports.size(); i++) {
      if (cuts.contains(i)) {
        parts.add(part);
        part = TallyAccumulator.keepingClusterValues();
      }
      Dated d = reports.get(i);
      whole.add(d.report(), d.regime(), d.regime());
      part.add(d.report(), d.regime(), d.regime());
    }
    parts.add(part);
    TallyAccumulator merged = new TallyAccumulator();
    for (TallyAccumulator p : parts) {
      merged.addAll(p);
    }
    State expected = State.of(whole.snapshot());
    assertEquals(expected, State.of(merged.snapshot()));
    // and there are no more clusters than units
    long units = reports.stream().filter(d -> d.report().lines().stream()
        .anyMatch(l -> l.launched().isExact() && l.launched().lower() > 0))
        .map(Dated::regime).distinct().count();
    assertEquals(units, expected.moments().clusters());
  }

  @Property(tries = 100)
  void snapshotsLeaveTheAccumulatorAsItWas(@ForAll("dated") List<Dated> reports) {
    TallyAccumulator acc = TallyAccumulator.keepingClusterValues();
    TallyAccumulator again = TallyAccumulator.keepingClusterValues();
    long serial = 0;
    for (Dated d : reports) {
      serial++;
      for (WeaponLine l : d.report().lines()) {
        acc.add(l, serial, null, d.regime());
        acc.snapshot(); // mid-report: must not close the open report
        again.add(l, serial, null, d.regime());
      }
    }
    assertEquals(State.of(again.snapshot()), State.of(acc.snapshot()));
  }
}
