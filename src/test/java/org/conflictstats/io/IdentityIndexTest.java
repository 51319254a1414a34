package org.conflictstats.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The identity index's table: keys found again, versions kept, and short probes whatever order the
 * keys come in, above all the order of another index's slots, which is how {@link DistinctReports}
 * joins an input's index to the settled one.
 */
class IdentityIndexTest {

  private static final int KEYS = 300_000;

  @Test
  void keysVisitedInAnotherIndexsOrderStillLieNearTheirSlots() {
    IdentityIndex input = new IdentityIndex();
    SplittableRandom random = new SplittableRandom(7);
    long[][] keys = new long[KEYS][2];
    for (int i = 0; i < KEYS; i++) {
      keys[i][0] = random.nextLong();
      keys[i][1] = random.nextLong();
      input.insert(keys[i][0], keys[i][1], i, IdentityIndex.where(0, i + 1L));
    }
    // the join, without presizing: the settled index grows from 16 slots while it is fed
    IdentityIndex settled = new IdentityIndex();
    input.forEach((h, l, index, slot) ->
        settled.insert(h, l, index.versionLines(slot, 0), index.versionWhere(slot, 0)));
    assertEquals(KEYS, settled.size());
    // linear probing in a table at most 3/4 full looks at a few slots beyond a key's own on
    // average (2.2 here), when slots do not depend on the order keys come in. The unsalted slot
    // function of 0.1.0-SNAPSHOT looked at 2,790 per key here, more the more keys: they came in
    // the order of the other index's slots, and each run of them landed on the run before
    assertTrue(settled.probes() < 4L * KEYS, "probes " + settled.probes());
    assertTrue(input.probes() < 4L * KEYS, "probes " + input.probes());
    for (int i = 0; i < KEYS; i += 997) {
      int s = settled.find(keys[i][0], keys[i][1]);
      assertTrue(s >= 0);
      assertEquals(i, settled.versionLines(s, 0));
      assertEquals(i + 1L, IdentityIndex.line(settled.versionWhere(s, 0)));
    }
    assertEquals(-1, settled.find(random.nextLong(), random.nextLong()));
  }

  @Test
  void presizedTablesHoldWhatTheyWereSizedFor() {
    IdentityIndex index = new IdentityIndex();
    index.ensureCapacity(1_000);
    long before = index.probes();
    for (int i = 0; i < 1_000; i++) {
      index.insert(i, -i, i, IdentityIndex.where(1, i + 1L));
    }
    assertEquals(1_000, index.size());
    assertTrue(before == 0 && index.find(999, -999) >= 0);
    int s = index.find(5, -5);
    index.addVersion(s, 42, IdentityIndex.where(2, 9));
    assertEquals(2, index.versions(s));
    assertEquals(1, index.versionOf(s, 42));
    assertEquals(2, IdentityIndex.input(index.versionWhere(s, 1)));
  }

  /**
   * {@code findOrInsert} is {@code find} then, for a missing key, {@code insert}: checked against a
   * map on keys drawn from a small pool (so that most come again), through the table's growth.
   */
  @net.jqwik.api.Property(tries = 200)
  void findOrInsertIsAFindThenAnInsert(@net.jqwik.api.ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    IdentityIndex index = new IdentityIndex();
    java.util.Map<java.util.List<Long>, Long> model = new java.util.HashMap<>();
    int pool = 1 + random.nextInt(3_000);
    for (int n = 0; n < 4_000; n++) {
      long h = random.nextInt(pool);
      long l = h * 31 + 7;
      long where = IdentityIndex.where(0, n + 1L);
      int r = index.findOrInsert(h, l, n, where);
      Long first = model.putIfAbsent(java.util.List.of(h, l), (long) n);
      if (first == null) {
        assertTrue(r < 0, "a new key is added");
        assertEquals(-1 - r, index.find(h, l));
      } else {
        assertEquals(index.find(h, l), r, "a key seen is found");
        assertEquals((long) first, index.versionLines(r, 0), "and left as it was");
      }
      assertEquals(model.size(), index.size());
    }
  }
}
