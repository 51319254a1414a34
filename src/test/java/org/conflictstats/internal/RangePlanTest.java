package org.conflictstats.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Ranges of a 64th of the heap between 1 and 8 MiB, on every processor from a heap of 56 MiB. */
final class RangePlanTest {

  @Test
  void aHeapOf512MbOrMoreReadsRangesOf8Mib() {
    assertEquals(8 << 20, RangePlan.bytes(512L << 20));
    assertEquals(8 << 20, RangePlan.bytes(6L << 30));
    assertEquals(8 << 20, RangePlan.bytes(Long.MAX_VALUE));
  }

  @Test
  void aSmallerHeapReadsSmallerRanges() {
    assertEquals(4 << 20, RangePlan.bytes(256L << 20));
    assertEquals(2 << 20, RangePlan.bytes(128L << 20));
    assertEquals(1 << 20, RangePlan.bytes(64L << 20));
    assertEquals(1 << 20, RangePlan.bytes(8L << 20), "never under 1 MiB");
    assertEquals(1 << 20, RangePlan.bytes(0));
  }

  @Test
  void rangeSizeGrowsWithTheHeapWithinItsBounds() {
    int last = 0;
    for (long heap = 1 << 20; heap < 1L << 34; heap += heap / 3 + 1) {
      int size = RangePlan.bytes(heap);
      assertTrue(size >= last && size >= RangePlan.LEAST_BYTES
          && size <= RangePlan.MOST_BYTES, heap + "");
      last = size;
    }
  }

  @Test
  void aHeapUnder56MibReadsInOrder() {
    assertEquals(1, RangePlan.threads((56L << 20) - 1, 2));
    assertEquals(1, RangePlan.threads(48L << 20, 16), "-Xmx48m");
    assertEquals(2, RangePlan.threads(56L << 20, 2));
    assertEquals(2, RangePlan.threads(61L << 20, 2), "-Xmx64m under ParallelGC");
    assertEquals(16, RangePlan.threads(6L << 30, 16));
    assertEquals(1, RangePlan.threads(6L << 30, 0), "at least one thread");
  }
}
