package org.conflictstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.conflictstats.stats.ClusterMergeProperties.State;

/**
 * The merge laws of {@link Tally#plus} for the cluster state (the cluster sums, the multiset of
 * cluster values merged in one pass over both canonical orders, the regimes), and that it agrees
 * with merging accumulators.
 */
final class TallyPlusClusterProperties implements MergeLaws<State> {

  private final ClusterMergeProperties states = new ClusterMergeProperties();

  @Override
  public State merge(State a, State b) {
    return State.of(a.tally().plus(b.tally()));
  }

  @Override
  public State identity() {
    return State.of(Tally.empty());
  }

  @Override
  @Provide
  public Arbitrary<State> values() {
    return states.values();
  }

  @Property(tries = 200)
  void plusEqualsMergingAccumulators(@ForAll("values") State a, @ForAll("values") State b) {
    assertEquals(states.merge(a, b), merge(a, b));
  }
}
