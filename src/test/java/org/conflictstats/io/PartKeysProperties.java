package org.conflictstats.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.conflictstats.model.ReportFingerprint;
import org.conflictstats.model.ReportKey;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.ReportTime;

/**
 * A part's keys answer "is this key earlier in the part?" as a set of the 128-bit key hashes does,
 * through the table's growth, with keys that repeat, keys that share a slot (the same
 * {@code high ^ low}) and keys that differ in one half only; and again, with no key remembered,
 * after {@link PartKeys#clear} and its columns' {@link SeenReports#clear} (a read's next part
 * reuses both).
 */
final class PartKeysProperties {

  private static final ReportKey KEY = new ReportKey("https://t.me/post/1", new ReportPeriod(
      ReportTime.ofMinute(LocalDateTime.of(2025, 4, 17, 1, 0)),
      ReportTime.ofMinute(LocalDateTime.of(2025, 4, 17, 9, 0)), ZoneId.of("Europe/Kyiv")));

  @Property(tries = 300)
  void answersAsASetOfKeyHashes(@ForAll long seed) {
    Random rnd = new Random(seed);
    SeenReports seen = new SeenReports();
    PartKeys keys = new PartKeys(seen);
    Set<List<Long>> oracle = new HashSet<>();
    // a pool of keys small enough for repeats; some share high ^ low, some share one half
    int pool = 1 + rnd.nextInt(600);
    long[][] poolKeys = new long[pool][];
    for (int k = 0; k < pool; k++) {
      long h = rnd.nextLong();
      long l = rnd.nextLong();
      switch (rnd.nextInt(4)) {
        case 0 -> {
          if (k > 0) { // the same slot as an earlier key, another key
            long[] o = poolKeys[rnd.nextInt(k)];
            long x = rnd.nextLong();
            h = o[0] ^ x;
            l = o[1] ^ x;
          }
        }
        case 1 -> {
          if (k > 0) { // the same high half as an earlier key
            h = poolKeys[rnd.nextInt(k)][0];
          }
        }
        default -> { }
      }
      poolKeys[k] = new long[] {h, l};
    }
    int rounds = 1 + rnd.nextInt(3);
    for (int round = 0; round < rounds; round++) {
      if (round > 0) {
        keys.clear();
        seen.clear();
        oracle.clear();
      }
      int n = rnd.nextInt(3000);
      for (int i = 0; i < n; i++) {
        long[] k = poolKeys[rnd.nextInt(pool)];
        boolean expected = oracle.add(List.of(k[0], k[1]));
        assertEquals(expected, keys.addIfAbsent(k[0], k[1], seen.size()),
            "round " + round + ", report " + i);
        seen.add(new ReportFingerprint(k[0], k[1], rnd.nextLong()), KEY,
            FileLocation.of("a.csv", i + 1), IdentityIndex.where(0, i + 1), expected, 0);
      }
      assertEquals(oracle.size(), keys.size());
    }
  }
}
