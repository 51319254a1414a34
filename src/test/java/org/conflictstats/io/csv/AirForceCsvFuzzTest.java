package org.conflictstats.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.conflictstats.io.ImportMode;
import org.conflictstats.io.ImportedReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzz tests of the Air Force CSV reader: any bytes, read by path in one thread, in byte ranges on
 * two and three threads (ranges of a few bytes, so that small inputs are cut many times), and as a
 * stream, give exactly the same reports, rejected rows, warnings and counts, or the same documented
 * exception; rows read = accepted + rejected; nothing but {@link org.conflictstats.io.ImportException}
 * (its {@link org.conflictstats.io.HeaderException}) and {@link IOException} is ever thrown.
 *
 * <p>An input is two selector bytes, then the file: the first byte picks the header written before
 * the rest ({@code 0} to {@code 3}: the 2023, 2024, 2026 and late-2026 layouts; anything else: none,
 * the rest is the whole file), the second the grouping window ({@code 0} 1024, {@code 1} 1,
 * {@code 2} 2, {@code 3} 3) and, from {@code 4} on, strict mode. The seed inputs, in
 * {@code AirForceCsvFuzzTestInputs/<method>/}, are the layout fixtures and small synthetic slices
 * written for these tests. Without {@code JAZZER_FUZZ} only they run ({@code mvn verify});
 * {@code mvn -Pfuzz} fuzzes (see the README).
 */
final class AirForceCsvFuzzTest {

  private static final List<List<String>> LAYOUTS = List.of(AirForceCsv.LAYOUT_2023,
      AirForceCsv.LAYOUT_2024, AirForceCsv.LAYOUT_2026, AirForceCsv.LAYOUT_LATE_2026);
  private static final int[] WINDOWS = {1024, 1, 2, 3};

  private static Path dir;

  @BeforeAll
  static void makeDir() throws IOException {
    dir = Files.createTempDirectory("conflict-stats-fuzz");
  }

  @AfterAll
  static void removeDir() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Files.deleteIfExists(p);
      }
    }
    Files.deleteIfExists(dir);
  }

  /** The file an input stands for. */
  static byte[] file(byte[] input) {
    if (input.length < 2) {
      return input;
    }
    int layout = input[0] - '0';
    byte[] rest = Arrays.copyOfRange(input, 2, input.length);
    if (layout < 0 || layout >= LAYOUTS.size()) {
      return rest;
    }
    byte[] header = (String.join(",", LAYOUTS.get(layout)) + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] all = Arrays.copyOf(header, header.length + rest.length);
    System.arraycopy(rest, 0, all, header.length, rest.length);
    return all;
  }

  /** The reader an input asks for. */
  static AirForceCsvReader reader(byte[] input) {
    int k = input.length < 2 ? 0 : Math.floorMod(input[1] - '0', 8);
    AirForceCsvReader r = AirForceCsv.reader().withGroupingWindow(WINDOWS[k & 3]);
    return k >= 4 ? r.withMode(ImportMode.STRICT) : r;
  }

  @FuzzTest(maxDuration = "5m")
  void everyPathReadsTheSame(byte[] input) throws IOException {
    Path f = Files.write(dir.resolve("fuzz.csv"), file(input));
    AirForceCsvReader reader = reader(input);
    InOrderOracle read = InOrderOracle.assertSameOnEveryPath(reader, f, 1, 7, 64);
    if (read.failure() == null) {
      assertEquals(read.counts().rowsRead(),
          read.counts().rowsAccepted() + read.counts().rowsRejected());
      assertEquals(read.rejected().size(), read.counts().rowsRejected());
      assertEquals(read.reports().size(), read.counts().reports());
      assertEquals(read.counts().rowsAccepted(),
          read.reports().stream().mapToLong(r -> r.report().lines().size()).sum());
      for (ImportedReport r : read.reports()) {
        assertEquals(r.report().lines().size(), r.rows().size(), r.report().id());
      }
      read.rejected().forEach(row -> assertTrue(row.line() >= 1, row::toString));
    } else {
      assertTrue(read.failure().startsWith(f.toString() + ":"), read.failure());
    }
  }
}
