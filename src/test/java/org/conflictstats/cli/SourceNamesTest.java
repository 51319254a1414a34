package org.conflictstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The source names kept to check {@code --sources}: a name looked for is found however late it
 * comes and whatever its case, while only the first {@value SourceNames#KEPT} names are held.
 */
final class SourceNamesTest {

  private static final int MANY = SourceNames.KEPT + 500;

  @Test
  void aNameLookedForIsFoundPastTheNamesKept() {
    SourceNames names = new SourceNames();
    names.lookFor(List.of("Channel1400", "nobody"));
    for (int i = 0; i < MANY; i++) {
      names.seen("channel" + i);
    }
    assertTrue(names.contains("CHANNEL1400"), "looked for, seen after the names kept");
    assertTrue(names.contains("channel3"), "kept");
    assertFalse(names.contains("channel1401"), "neither kept nor looked for");
    assertFalse(names.contains("nobody"));
    assertEquals(SourceNames.KEPT, names.kept().size());
    assertTrue(names.more());
  }

  /** The reader's threads call {@code seen} at once: every name looked for is still found. */
  @Test
  void threadsAtOnceLoseNoNameLookedFor() throws Exception {
    SourceNames names = new SourceNames();
    names.lookFor(List.of("channel2999", "CHANNEL1001", "channel7"));
    int threads = 4;
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(threads);
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int offset = t;
      done.add(pool.submit(() -> {
        start.await();
        for (int i = 0; i < 3000; i++) {
          names.seen("channel" + ((i + offset * 750) % 3000));
        }
        return null;
      }));
    }
    start.countDown();
    for (java.util.concurrent.Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    assertTrue(names.contains("channel2999") && names.contains("channel1001")
        && names.contains("Channel7"), "every name looked for");
    assertFalse(names.contains("channel3000"));
    assertTrue(names.more());
    // at most the names kept, give or take one a thread racing past the limit
    assertTrue(names.kept().size() <= SourceNames.KEPT + threads, names.kept().size() + " kept");
  }

  @Test
  void fewNamesAreAllKept() {
    SourceNames names = new SourceNames();
    names.seen("b");
    names.seen("a");
    names.seen("b");
    assertEquals(List.of("a", "b"), List.copyOf(names.kept()));
    assertFalse(names.more());
    assertTrue(names.contains("A"), "any case");
  }

  @Test
  void theCommandFindsASourcePastTheNamesKeptAndListsSomeOfAnUnknownOne() {
    String csv = CliTest.AIR_FORCE_HEADER + IntStream.range(0, MANY)
        .mapToObj(i -> "2025-03-01 20:00,2025-03-02 08:00,Shahed-136/131,,Ukraine,,10,8,channel"
            + i + "/posts/" + i + "\n")
        .collect(Collectors.joining());
    CliRun found = CliRun.withStdin(csv, "rates", "--sources", "CHANNEL1499", "--format", "csv",
        "-");
    assertEquals(0, found.exit(), found::toString);
    assertTrue(found.out().contains("\n2025-03,1,1,10,8,"), found::toString); // one report
    CliRun unknown = CliRun.withStdin(csv, "rates", "--sources", "nobody", "-");
    assertEquals(2, unknown.exit(), unknown::toString);
    String last = unknown.err().lines().reduce((a, b) -> b).orElse("");
    // twenty names in order of name, of the first thousand seen
    assertTrue(last.startsWith("conflict-stats: unknown source 'nobody': the input's sources"
        + " include channel0, channel1, channel10, channel100, channel101, "), last);
    assertTrue(last.contains(", channel115 (20 of more than 1000) (source names are"), last);
  }
}
