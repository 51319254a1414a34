package org.conflictstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The merge laws for {@link TallyAccumulator#merge}, seen through snapshots: associativity,
 * commutativity and the identity come from {@link MergeLaws}; the properties here are the
 * accumulator's own (it merges in place, into itself, and leaves the other as it was).
 */
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

  @Property(tries = 200)
  void mergeAddsIntoThisAndLeavesTheOtherAsItWas(@ForAll("values") Tally a,
      @ForAll("values") Tally b) {
    TallyAccumulator left = new TallyAccumulator();
    left.addAll(a);
    TallyAccumulator right = new TallyAccumulator();
    right.addAll(b);
    assertSame(left, left.merge(right));
    assertEquals(a.plus(b), left.snapshot());
    assertEquals(b, right.snapshot());
  }
}
