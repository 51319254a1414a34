package org.conflictstats.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The census of key digests: the digests given twice or more are those a plain count finds, however
 * many runs went to disk on the way.
 */
final class KeyCensusProperties {

  @Property(tries = 200)
  void findsWhatAPlainCountFinds(@ForAll long seed, @ForAll @IntRange(min = 2, max = 16) int capacity,
      @ForAll @IntRange(max = 300) int n, @ForAll @IntRange(min = 1, max = 400) int range) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<Long, Integer> times = new HashMap<>();
    try (KeyCensus census = new KeyCensus(capacity)) {
      for (int i = 0; i < n; i++) {
        // small values repeat often; the extremes test the order of signed digests
        long v = random.nextInt(10) == 0 ? (random.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE)
            : random.nextInt(range) - range / 2;
        census.add(v);
        times.merge(v, 1, Integer::sum);
      }
      assertEquals(n, census.total());
      assertEquals(n == 0 ? 0 : (n - 1) / capacity, census.runs());
      long[] expected = times.entrySet().stream().filter(e -> e.getValue() >= 2)
          .mapToLong(Map.Entry::getKey).sorted().toArray();
      assertArrayEquals(expected, census.repeated());
      assertEquals(0, census.runs()); // its files are gone
    }
  }
}
