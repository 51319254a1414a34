package org.conflictstats.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The set of key hashes against {@link HashSet}: what {@code add} answers, {@code contains} and the
 * size, through the table's growth, with 0 (the empty slot's value) among the values.
 */
class LongSetProperties {

  @Property(tries = 200)
  void behavesAsAHashSetOfLongs(@ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    LongSet set = new LongSet();
    Set<Long> model = new HashSet<>();
    // a small pool makes most values come again; a few come from everywhere, some are 0
    int pool = 1 + random.nextInt(2_000);
    for (int n = 0; n < 3_000; n++) {
      int kind = random.nextInt(10);
      long v = kind == 0 ? 0 : kind == 1 ? random.nextLong() : random.nextInt(pool) * 0x10001L;
      assertEquals(model.add(v), set.add(v), "add " + v);
      long probe = random.nextBoolean() ? v : random.nextInt(2 * pool) * 0x10001L;
      assertEquals(model.contains(probe), set.contains(probe), "contains " + probe);
      assertEquals(model.size(), set.size());
    }
  }
}
