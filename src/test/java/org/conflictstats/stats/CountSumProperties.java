package org.conflictstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.conflictstats.model.Count;

/** {@link CountSum} adds like the model's {@link Count#plus}. */
final class CountSumProperties implements MergeLaws<CountSum> {

  @Override
  public CountSum merge(CountSum a, CountSum b) {
    return a.plus(b);
  }

  @Override
  public CountSum identity() {
    return CountSum.zero();
  }

  @Override
  @Provide
  public Arbitrary<CountSum> values() {
    return TallyArbitraries.counts().list().ofMaxSize(5)
        .map(cs -> cs.stream().map(CountSum::of).reduce(CountSum.zero(), CountSum::plus));
  }

  @Provide
  Arbitrary<Count> counts() {
    return TallyArbitraries.counts();
  }

  @Property
  void sumsAddLikeCounts(@ForAll("counts") Count a, @ForAll("counts") Count b) {
    assertEquals(a.plus(b), CountSum.of(a).plus(CountSum.of(b)).toCount());
    assertEquals(a, CountSum.of(a).toCount());
  }

  /** The oracle: a sum is unknown exactly when it sums at least one count and every one unknown. */
  @Property
  void aSumIsUnknownExactlyWhenEveryCountInItIs(
      @ForAll("countLists") java.util.List<Count> counts) {
    CountSum sum = counts.stream().map(CountSum::of).reduce(CountSum.zero(), CountSum::plus);
    boolean allUnknown = !counts.isEmpty()
        && counts.stream().allMatch(c -> c.lower() == 0 && !c.isBounded());
    assertEquals(allUnknown ? java.util.OptionalLong.empty()
        : java.util.OptionalLong.of(sum.lower()), sum.known(counts.size()), counts::toString);
  }

  @Provide
  Arbitrary<java.util.List<Count>> countLists() {
    return net.jqwik.api.Arbitraries.oneOf(TallyArbitraries.counts(),
        net.jqwik.api.Arbitraries.just(Count.unknown())).list().ofMaxSize(6);
  }
}
