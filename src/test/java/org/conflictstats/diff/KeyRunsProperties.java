package org.conflictstats.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The keys written in runs read back as a sorted map would give them: each key once, ascending,
 * with the fields of its first record, whatever the parts and however small the buffer.
 */
final class KeyRunsProperties {

  /**
   * As a parallel stream combines: parts filled on their own, then any two neighbours combined,
   * combined containers too, until one is left; some containers are also filled directly, as a
   * sequential stream's is.
   */
  @Property(tries = 300)
  void anyTreeOfCombinedPartsGivesTheSameKeys(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 300) int records,
      @ForAll @IntRange(min = 2, max = 40) int capacity) {
    Random rnd = new Random(seed);
    int spread = 1 + rnd.nextInt(40);
    Map<List<Long>, long[]> first = new LinkedHashMap<>();
    List<KeyRuns> parts = new ArrayList<>(List.of(new KeyRuns(capacity)));
    for (int i = 0; i < records; i++) {
      long hi = rnd.nextInt(spread) - spread / 2L;
      long lo = rnd.nextInt(spread);
      long lines = rnd.nextLong();
      long line = rnd.nextInt(1000);
      parts.get(parts.size() - 1).put(hi, lo, lines, lines ^ 1, line);
      first.putIfAbsent(List.of(hi, lo), new long[] {lines, lines ^ 1, line});
      if (rnd.nextInt(8) == 0) {
        parts.add(new KeyRuns(capacity));
      }
      if (parts.size() > 1 && rnd.nextInt(6) == 0) {
        // neighbours combine while later parts still fill, the left one first
        int at = rnd.nextInt(parts.size() - 1);
        parts.get(at).addAll(parts.remove(at + 1));
      }
    }
    while (parts.size() > 1) {
      int at = rnd.nextInt(parts.size() - 1);
      parts.get(at).addAll(parts.remove(at + 1));
    }
    KeyRuns whole = parts.get(0);
    if (whole.runs() > 0) {
      assertTrue(records > capacity, "runs written under the capacity");
    }
    assertFirstOfEachKeyAscending(whole, first);
  }

  /** A container filled directly, as a sequential stream fills one, goes to disk past its capacity. */
  @Property(tries = 200)
  void aContainerFilledDirectlyStaysWithinItsCapacity(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 300) int records,
      @ForAll @IntRange(min = 2, max = 40) int capacity) {
    Random rnd = new Random(seed);
    Map<List<Long>, long[]> first = new LinkedHashMap<>();
    KeyRuns keys = new KeyRuns(capacity);
    for (int i = 0; i < records; i++) {
      long hi = rnd.nextInt(20);
      long lo = rnd.nextInt(20);
      long line = i;
      keys.put(hi, lo, 0, 0, line);
      first.putIfAbsent(List.of(hi, lo), new long[] {0, 0, line});
    }
    // each capacity's worth handed to the whole, which writes a run for each but the last
    assertEquals(Math.max(0, records / capacity - 1), keys.runs());
    assertFirstOfEachKeyAscending(keys, first);
  }

  @Property(tries = 500)
  void everyKeyOnceAscendingAsFirstGiven(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 300) int records,
      @ForAll @IntRange(min = 2, max = 40) int capacity) {
    Random rnd = new Random(seed);
    // few distinct halves, so that keys repeat and share a high half
    int spread = 1 + rnd.nextInt(40);
    Map<List<Long>, long[]> first = new LinkedHashMap<>();
    KeyRuns whole = new KeyRuns(capacity);
    KeyRuns part = new KeyRuns(capacity);
    for (int i = 0; i < records; i++) {
      long hi = rnd.nextInt(spread) - spread / 2L;
      long lo = rnd.nextBoolean() ? Long.MIN_VALUE + rnd.nextInt(3) : rnd.nextInt(spread);
      long lines = rnd.nextLong();
      long figures = rnd.nextLong();
      long line = rnd.nextInt(1000);
      part.put(hi, lo, lines, figures, line);
      first.putIfAbsent(List.of(hi, lo), new long[] {lines, figures, line});
      if (rnd.nextInt(10) == 0) {
        whole.addAll(part);
        part = new KeyRuns(capacity);
      }
    }
    whole.addAll(part);
    assertEquals(records > capacity, whole.runs() > 0, "runs written past the capacity");
    assertFirstOfEachKeyAscending(whole, first);
  }

  /**
   * Reads the keys back: each key once, ascending by its high then low half, with the lines hash,
   * figures hash and line of its first record ({@code first}, in that order); the runs are gone
   * once read.
   */
  private static void assertFirstOfEachKeyAscending(KeyRuns keys, Map<List<Long>, long[]> first) {
    List<List<Long>> expected = new ArrayList<>(first.keySet());
    expected.sort(Comparator.<List<Long>>comparingLong(k -> k.get(0))
        .thenComparingLong(k -> k.get(1)));
    List<List<Long>> got = new ArrayList<>();
    try (KeyRuns.Sorted s = keys.sorted()) {
      while (s.next()) {
        got.add(List.of(s.hi(), s.lo()));
        long[] f = first.get(List.of(s.hi(), s.lo()));
        assertEquals(f[0], s.lines());
        assertEquals(f[1], s.figures());
        assertEquals(f[2], s.line());
      }
    }
    assertEquals(expected, got);
    assertEquals(0, keys.runs(), "the runs are removed once read");
  }
}
