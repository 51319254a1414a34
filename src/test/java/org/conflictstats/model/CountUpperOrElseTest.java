package org.conflictstats.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

final class CountUpperOrElseTest {

  @Test
  void givesTheUpperBoundOrTheDefaultWhenUnbounded() {
    assertEquals(75, Count.exactly(75).upperOrElse(-1));
    assertEquals(10, Count.atMost(10).upperOrElse(-1));
    assertEquals(20, Count.between(5, 20).upperOrElse(-1));
    assertEquals(0, Count.zero().upperOrElse(-1));
    assertEquals(-1, Count.atLeast(30).upperOrElse(-1));
    assertEquals(7, Count.unknown().upperOrElse(7));
  }

  @Test
  void agreesWithUpper() {
    for (Count c : new Count[] {Count.exactly(3), Count.atLeast(3), Count.between(1, 2),
        Count.unknown()}) {
      assertEquals(c.upper().orElse(Long.MIN_VALUE), c.upperOrElse(Long.MIN_VALUE), c.toString());
    }
  }
}
