package org.conflictstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The day index's map against {@link HashMap}: puts, removals (backward shift) and pruning. */
final class LongMapProperties {

  @Property
  void behavesAsAHashMap(@ForAll @Size(max = 600) List<@IntRange(min = -40, max = 40) Integer> ops) {
    LongMap<String> mine = new LongMap<>();
    Map<Long, String> theirs = new HashMap<>();
    for (int op : ops) {
      long key = op * 0x10000L; // keys that collide in the low bits
      if (op % 3 == 0) {
        mine.remove(key);
        theirs.remove(key);
      } else if (op % 7 == 0) {
        mine.removeIf(v -> v.hashCode() % 2 == 0);
        theirs.values().removeIf(v -> v.hashCode() % 2 == 0);
      } else if (!theirs.containsKey(key)) {
        mine.put(key, "v" + op);
        theirs.put(key, "v" + op);
      }
      for (Map.Entry<Long, String> e : theirs.entrySet()) {
        assertEquals(e.getValue(), mine.get(e.getKey()));
      }
      assertEquals(theirs.size(), mine.size());
      int[] seen = {0};
      mine.forEach(v -> seen[0]++);
      assertEquals(theirs.size(), seen[0]);
    }
  }
}
