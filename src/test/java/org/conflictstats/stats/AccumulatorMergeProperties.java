package org.conflictstats.stats;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;

/** The merge laws for {@link TallyAccumulator#merge}, seen through snapshots. */
final class AccumulatorMergeProperties implements MergeLaws<Tally> {

  @Override
  public Tally merge(Tally a, Tally b) {
    TallyAccumulator left = new TallyAccumulator();
    left.addAll(a);
    TallyAccumulator right = new TallyAccumulator();
    right.addAll(b);
    return left.merge(right).snapshot();
  }

  @Override
  public Tally identity() {
    return new TallyAccumulator().snapshot();
  }

  @Override
  @Provide
  public Arbitrary<Tally> values() {
    return TallyArbitraries.lineLists().map(ls -> {
      TallyAccumulator acc = new TallyAccumulator();
      acc.addAll(ls);
      return acc.snapshot();
    });
  }
}
