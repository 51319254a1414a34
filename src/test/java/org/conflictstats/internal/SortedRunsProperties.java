package org.conflictstats.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The external sort: what it gives back is what a stable in-memory sort of every record gives,
 * however many runs went to disk on the way, and the runs' files are gone once it is read.
 */
final class SortedRunsProperties {

  @Property(tries = 300)
  void givesWhatAStableSortGives(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int width,
      @ForAll @IntRange(min = 2, max = 16) int capacity, @ForAll @IntRange(max = 300) int n,
      @ForAll @IntRange(min = 1, max = 40) int range) {
    check(seed, width, capacity, n, range);
  }

  /** A buffer that grows past its first size (1,024 records) before it goes to disk. */
  @Property(tries = 20)
  void givesWhatAStableSortGivesPastTheFirstBuffer(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 3) int width,
      @ForAll @IntRange(min = 1025, max = 3000) int capacity,
      @ForAll @IntRange(min = 1025, max = 7000) int n, @ForAll @IntRange(min = 1, max = 400) int range) {
    check(seed, width, capacity, n, range);
  }

  private static void check(long seed, int width, int capacity, int n, int range) {
    SplittableRandom random = new SplittableRandom(seed);
    // keys: a random non-empty sequence of distinct fields, most significant first
    List<Integer> fields = new ArrayList<>();
    for (int f = 0; f < width; f++) {
      fields.add(f);
    }
    java.util.Collections.shuffle(fields, new java.util.Random(seed));
    int[] keys = fields.subList(0, 1 + random.nextInt(width)).stream()
        .mapToInt(Integer::intValue).toArray();
    List<long[]> added = new ArrayList<>();
    try (SortedRuns runs = new SortedRuns(width, keys, capacity, "conflict-stats-test-", "test")) {
      for (int i = 0; i < n; i++) {
        long[] r = new long[width];
        for (int f = 0; f < width; f++) {
          // small values repeat often, so keys tie; the extremes test the order of signed longs
          r[f] = random.nextInt(10) == 0 ? (random.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE)
              : random.nextInt(range) - range / 2;
        }
        runs.add(r);
        added.add(r);
      }
      assertEquals(n, runs.total());
      assertEquals(n == 0 ? 0 : (n - 1) / capacity, runs.runs());
      Comparator<long[]> byKeys = (a, b) -> 0;
      for (int k : keys) {
        byKeys = byKeys.thenComparingLong(r -> r[k]);
      }
      List<long[]> expected = new ArrayList<>(added);
      expected.sort(byKeys); // stable: ties in the order added
      try (SortedRuns.Merged m = runs.merged()) {
        for (long[] e : expected) {
          assertTrue(m.next());
          long[] got = new long[width];
          for (int f = 0; f < width; f++) {
            got[f] = m.field(f);
          }
          assertArrayEquals(e, got);
        }
        assertFalse(m.next());
      }
      assertEquals(0, runs.runs()); // its files are gone
    }
  }

  @Example
  void refusesAKeyOutsideTheRecord() {
    assertThrows(IllegalArgumentException.class,
        () -> new SortedRuns(2, new int[] {2}, 4, "conflict-stats-test-", "test"));
    assertThrows(IllegalArgumentException.class,
        () -> new SortedRuns(2, new int[0], 4, "conflict-stats-test-", "test"));
  }
}
