package org.conflictstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

final class LeftOutTest {

  @Test
  void addsUpEveryReason() {
    LeftOut out = new LeftOut(1, 2, 3, 4).plus(new LeftOut(10, 20, 30, 40));

    assertEquals(new LeftOut(11, 22, 33, 44), out);
    assertEquals(44, out.reports());
    assertEquals(66, out.lines());
    assertFalse(out.isEmpty());
    assertTrue(LeftOut.none().isEmpty());
    assertEquals(out, out.plus(LeftOut.none()));
  }

  @Test
  void rejectsNegativeCounts() {
    assertThrows(IllegalArgumentException.class, () -> new LeftOut(0, -1, 0, 0));
  }
}
