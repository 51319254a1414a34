package org.conflictstats.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The algebraic laws of {@link Count}: a commutative monoid under {@code plus}, with exact text. */
final class CountProperties {

  /** Bounds small enough that sums of three never overflow. */
  private static final long MAX = 1_000_000_000_000L;

  @Provide
  Arbitrary<Count> counts() {
    Arbitrary<Long> n = Arbitraries.longs().between(0, MAX).edgeCases(c -> c.includeOnly(0L, 1L, MAX));
    return Arbitraries.oneOf(
        n.map(Count::exactly),
        n.map(Count::atLeast),
        n.map(Count::atMost),
        Arbitraries.just(Count.unknown()),
        Arbitraries.just(Count.zero()),
        n.tuple2().map(t -> Count.between(Math.min(t.get1(), t.get2()), Math.max(t.get1(), t.get2()))));
  }

  @Property
  void plusIsAssociative(@ForAll("counts") Count a, @ForAll("counts") Count b,
      @ForAll("counts") Count c) {
    Statistics.label("kind of a").collect(a.kind());
    assertEquals(a.plus(b).plus(c), a.plus(b.plus(c)));
  }

  @Property
  void plusIsCommutative(@ForAll("counts") Count a, @ForAll("counts") Count b) {
    assertEquals(a.plus(b), b.plus(a));
  }

  @Property
  void zeroIsTheIdentity(@ForAll("counts") Count a) {
    assertEquals(a, a.plus(Count.zero()));
    assertEquals(a, Count.zero().plus(a));
  }

  @Property
  void plusAddsLowerBoundsAndUpperBounds(@ForAll("counts") Count a, @ForAll("counts") Count b) {
    Count sum = a.plus(b);
    assertEquals(a.lower() + b.lower(), sum.lower());
    if (a.isBounded() && b.isBounded()) {
      assertEquals(a.upper().getAsLong() + b.upper().getAsLong(), sum.upper().getAsLong());
    } else {
      assertFalse(sum.isBounded());
    }
  }

  @Property
  void lowerNeverExceedsUpper(@ForAll("counts") Count a, @ForAll("counts") Count b) {
    for (Count c : new Count[] {a, b, a.plus(b), a.remainderAfter(b)}) {
      assertTrue(c.lower() >= 0);
      c.upper().ifPresent(u -> assertTrue(c.lower() <= u, c::toString));
    }
  }

  @Property
  void parseReadsBackWhatToStringWrites(@ForAll("counts") Count c) {
    Statistics.label("kind").collect(c.kind());
    assertEquals(c, Count.parse(c.toString()));
  }

  @Property
  void mustExceedImpliesMayExceedAndExcludesTheConverse(@ForAll("counts") Count a,
      @ForAll("counts") Count b) {
    if (a.mustExceed(b)) {
      assertTrue(a.mayExceed(b));
      assertFalse(b.mayExceed(a));
    }
  }

  @Property
  void remainderAfterZeroIsItselfAndAfterItselfIsZeroWhenExact(@ForAll("counts") Count a) {
    assertEquals(a, a.remainderAfter(Count.zero()));
    if (a.isExact()) {
      assertEquals(Count.zero(), a.remainderAfter(a));
    }
  }
}
