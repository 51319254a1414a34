package org.conflictstats.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    List<List<Long>> expected = new ArrayList<>(first.keySet());
    expected.sort(Comparator.<List<Long>>comparingLong(k -> k.get(0))
        .thenComparingLong(k -> k.get(1)));
    List<List<Long>> got = new ArrayList<>();
    try (KeyRuns.Sorted s = whole.sorted()) {
      while (s.next()) {
        got.add(List.of(s.hi(), s.lo()));
        long[] f = first.get(List.of(s.hi(), s.lo()));
        assertEquals(f[0], s.lines());
        assertEquals(f[1], s.figures());
        assertEquals(f[2], s.line());
      }
    }
    assertEquals(expected, got);
    assertEquals(0, whole.runs(), "the runs are removed once read");
  }
}
