package org.conflictstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.Weapon;
import org.junit.jupiter.api.Test;

/**
 * Reports cut into parts of any size, every part filled before any is merged: what
 * {@link OverlapParts} hands on is what {@link OverlapPairs} gives adding the reports one by one
 * (each report's own output, then its pairs), and its merges count the pairs.
 */
final class OverlapPartsProperties {

  private static final Function<OverlapPair<Integer>, String> RENDER = p -> {
    List<String> names = new ArrayList<>();
    for (Weapon w : p.weapons()) {
      names.add(w.name());
    }
    return p.later() + "<" + p.earlier() + ":" + names;
  };

  /** What a report hands on of its own: none, one or two lines. */
  private static List<String> own(int i) {
    return i % 5 == 0 ? List.of("f" + i, "g" + i) : i % 3 == 0 ? List.of("f" + i) : List.of();
  }

  /** Every seventh report has no place to name: it is not compared. */
  private static Integer tag(int i) {
    return i % 7 == 3 ? null : i;
  }

  @Property(tries = 300)
  void partsHandOnWhatOneByOneGives(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 300) int n, @ForAll("windows") int window) {
    Random random = new Random(seed);
    List<StrikeReport> reports = OverlapOracle.randomReports(random, n);

    OverlapPairs<Integer> oneByOne = OverlapPairs.of(window);
    List<String> expected = new ArrayList<>();
    long expectedPairs = 0;
    for (int i = 0; i < n; i++) {
      expected.addAll(own(i));
      if (tag(i) != null) {
        for (OverlapPair<Integer> p : oneByOne.add(reports.get(i), i)) {
          expected.add(RENDER.apply(p));
          expectedPairs++;
        }
      }
    }

    OverlapParts<Integer, String> parts = OverlapParts.of(window, RENDER);
    List<OverlapParts.Part<Integer, String>> filled = new ArrayList<>();
    List<Recording> buffers = new ArrayList<>();
    int largest = 0;
    for (int i = 0; i < n; ) {
      // sizes around the window, the edges where a part's reports change hands
      int size = 1 + random.nextInt(3 * window + 3);
      // every other part keeps its output in a buffer of the caller's, closed at the merge
      OverlapParts.Part<Integer, String> part;
      if (random.nextBoolean()) {
        part = parts.newPart();
      } else {
        Recording buffer = new Recording();
        buffers.add(buffer);
        part = parts.newPart(buffer);
      }
      for (int j = i; j < Math.min(n, i + size); j++) {
        if (tag(j) == null) {
          part.add(reports.get(j), own(j));
        } else {
          part.add(reports.get(j), tag(j), own(j));
        }
      }
      largest = Math.max(largest, Math.min(size, n - i));
      filled.add(part);
      i += size;
    }
    List<String> got = new ArrayList<>();
    long pairs = 0;
    for (OverlapParts.Part<Integer, String> part : filled) {
      pairs += parts.merge(part, got::add);
    }
    assertEquals(expected, got);
    assertEquals(expectedPairs, pairs);
    for (Recording b : buffers) {
      assertEquals(1, b.drained, "drained once");
      assertTrue(b.closed, "closed at the merge");
    }
    Statistics.label("a part past twice the window").collect(largest > 2 * window);
    Statistics.label("pairs").collect(expectedPairs > 0);
  }

  /** A buffer of the caller's: a list, counting its drains and marking its close. */
  private static final class Recording implements OverlapParts.Buffer<String> {
    final List<String> held = new ArrayList<>();
    int drained;
    boolean closed;

    @Override
    public void add(String output) {
      held.add(output);
    }

    @Override
    public void drainTo(java.util.function.Consumer<? super String> out) {
      drained++;
      held.forEach(out);
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  @Provide
  Arbitrary<Integer> windows() {
    return Arbitraries.of(1, 2, 3, 8, 30);
  }

  @Test
  void aWindowBelowOneAndNullsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> OverlapParts.of(0, RENDER));
    OverlapParts.Part<Integer, String> part = OverlapParts.of(3, RENDER).newPart();
    StrikeReport r = OverlapOracle.randomReports(new Random(1), 1).get(0);
    assertThrows(NullPointerException.class, () -> part.add(r, null, List.of()));
    assertThrows(NullPointerException.class, () -> part.add(null, 1, List.of()));
    assertThrows(NullPointerException.class, () -> part.add(r, 1, null));
    assertThrows(NullPointerException.class, () -> part.add(r, null));
  }
}
