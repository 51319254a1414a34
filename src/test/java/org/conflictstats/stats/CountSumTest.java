package org.conflictstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.conflictstats.model.Count;
import org.junit.jupiter.api.Test;

final class CountSumTest {

  @Test
  void keepsTheUnboundedTermsSoThatSumsOfSumsAreExact() {
    CountSum s = CountSum.of(Count.exactly(25)).plus(CountSum.of(Count.atLeast(30)))
        .plus(CountSum.of(Count.atMost(4)));

    assertEquals(55, s.lower());
    assertEquals(29, s.finiteUpper());
    assertEquals(1, s.unboundedTerms());
    assertEquals(OptionalLong.empty(), s.upper());
    assertFalse(s.isBounded());
    assertEquals(Count.atLeast(55), s.toCount());
    assertEquals("at least 55", s.toString());
  }

  @Test
  void aBoundedSumHasAnUpperBound() {
    CountSum s = CountSum.of(Count.exactly(25)).plus(CountSum.of(Count.between(1, 3)));

    assertEquals(OptionalLong.of(28), s.upper());
    assertTrue(s.isBounded());
    assertFalse(s.isExact());
    assertTrue(CountSum.of(Count.exactly(4)).isExact());
    assertEquals(Count.between(26, 28), s.toCount());
  }

  @Test
  void rejectsImpossibleSums() {
    assertThrows(IllegalArgumentException.class, () -> new CountSum(-1, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new CountSum(5, 4, 0));
    // with an unbounded term the finite part may be below the lower sum
    assertEquals(Count.atLeast(5), new CountSum(5, 4, 1).toCount());
  }
}
