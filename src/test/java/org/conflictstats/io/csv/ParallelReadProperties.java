package org.conflictstats.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.conflictstats.io.ImportMode;
import org.conflictstats.testing.NeedsRealAirForceData;

/**
 * Randomly mutated real files: whatever a mutation does (a byte dropped, a quote added, a line break
 * in the middle of a row, rows swapped or repeated, invalid UTF-8), every path of the reader gives
 * the same read, and no row is lost. The real files are read from the shared data folder; without it
 * every property is skipped with a message.
 */
@AddLifecycleHook(NeedsRealAirForceData.class)
final class ParallelReadProperties {

  private static byte[] real2026;
  private static byte[] real2023;
  private static Path dir;

  @BeforeContainer
  static void load() throws IOException {
    Path p = Fixtures.dataDir().resolve("air-force/missile_attacks_daily-2026-02.csv");
    Path q = Fixtures.dataDir().resolve("air-force/missile_attacks_daily-2023-07.csv");
    if (Files.isReadable(p) && Files.isReadable(q)) {
      real2026 = Files.readAllBytes(p);
      real2023 = Files.readAllBytes(q);
    }
    dir = Files.createTempDirectory("mutated");
  }

  @AfterContainer
  static void clean() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }

  @Property(tries = 40)
  void everyPathReadsAMutatedRealFileAlike(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 40) int mutations, @ForAll("windows") int window,
      @ForAll("ranges") int range, @ForAll boolean strict) throws IOException {
    Random rnd = new Random(seed);
    byte[] bytes = mutate(rnd.nextBoolean() ? real2026 : real2023, rnd, mutations);
    Path f = dir.resolve("mutated-" + Long.toHexString(seed) + ".csv");
    Files.write(f, bytes);
    AirForceCsvReader reader = AirForceCsv.reader().withGroupingWindow(window)
        .withMode(strict ? ImportMode.STRICT : ImportMode.LENIENT);
    InOrderOracle r = InOrderOracle.assertSameOnEveryPath(reader, f, range);
    if (r.counts() != null) {
      long lines = r.reports().stream().mapToLong(i -> i.report().lines().size()).sum();
      assertEquals(r.counts().rowsAccepted(), lines);
    }
    Files.delete(f);
  }

  @Provide
  Arbitrary<Integer> windows() {
    return Arbitraries.of(1, 3, 64, 1024);
  }

  @Provide
  Arbitrary<Integer> ranges() {
    return Arbitraries.of(2048, 10_000, 60_000);
  }

  /** Applies random edits of the kinds real files and broken exports have. */
  static byte[] mutate(byte[] source, Random rnd, int count) {
    byte[] b = source.clone();
    for (int i = 0; i < count; i++) {
      int at = rnd.nextInt(Math.max(1, b.length));
      switch (rnd.nextInt(9)) {
        case 0 -> b = remove(b, at, 1 + rnd.nextInt(3));
        case 1 -> b = insert(b, at, "\"");
        case 2 -> b = insert(b, at, "\n");
        case 3 -> b = insert(b, at, ",");
        case 4 -> b = insert(b, at, new byte[] {(byte) 0xC3});
        case 5 -> b = insert(b, at, "\r\n");
        case 6 -> b = repeatLine(b, at, rnd.nextInt(Math.max(1, b.length)));
        case 7 -> b = insert(b, at, "NaN");
        default -> b = insert(b, at, "{'a': 1, 'a': 2}");
      }
    }
    return b;
  }

  private static byte[] remove(byte[] b, int at, int n) {
    int end = Math.min(b.length, at + n);
    byte[] out = new byte[b.length - (end - at)];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(b, end, out, at, b.length - end);
    return out;
  }

  private static byte[] insert(byte[] b, int at, String s) {
    return insert(b, at, s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static byte[] insert(byte[] b, int at, byte[] s) {
    byte[] out = new byte[b.length + s.length];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(s, 0, out, at, s.length);
    System.arraycopy(b, at, out, at + s.length, b.length - at);
    return out;
  }

  /** Copies the line around {@code from} to the line start nearest {@code to}. */
  private static byte[] repeatLine(byte[] b, int from, int to) {
    int s = from;
    while (s > 0 && b[s - 1] != '\n') {
      s--;
    }
    int e = from;
    while (e < b.length && b[e] != '\n') {
      e++;
    }
    if (e < b.length) {
      e++;
    }
    int t = to;
    while (t > 0 && b[t - 1] != '\n') {
      t--;
    }
    if (t == 0) {
      return b;
    }
    return insert(b, t, Arrays.copyOfRange(b, s, e));
  }
}
