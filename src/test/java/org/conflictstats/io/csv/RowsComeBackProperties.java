package org.conflictstats.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Rows that come back to their report, as copies of its rows or not, among rejected rows and time
 * cells written two ways: every path of the reader (in order, as a stream, in byte ranges of a few
 * bytes on two and three threads) gives the same reports, rejected rows, warnings and counts, in
 * windows small enough that reports and their copies leave them, and no row is lost.
 */
final class RowsComeBackProperties {

  private static final String HEADER = String.join(",", AirForceCsv.LAYOUT_2026);
  private static final String[] MODELS = {"Kalibr", "Shahed-136/131", "Iskander-M"};
  private static Path dir;

  /** A row of a generated file: a good row, a rejected one, or a copy of an earlier row. */
  record Spec(int kind, int post, int model, int launched, boolean spaced, int copyOf) {}

  @BeforeContainer
  static void makeDir() throws IOException {
    dir = Files.createTempDirectory("rows-come-back");
  }

  @AfterContainer
  static void removeDir() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }

  @Provide
  Arbitrary<List<Spec>> files() {
    Arbitrary<Spec> spec = Combinators.combine(
        Arbitraries.frequency(net.jqwik.api.Tuple.of(1, 0), net.jqwik.api.Tuple.of(6, 1),
            net.jqwik.api.Tuple.of(3, 2)),
        Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 2),
        Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 4).map(i -> i == 0),
        Arbitraries.integers().between(0, 1000)).as(Spec::new);
    return spec.list().ofMinSize(3).ofMaxSize(16);
  }

  private static String row(Spec s) {
    String r = AirForceCsvProperties.render(new AirForceCsvProperties.Good(s.post(),
        MODELS[s.model()], s.launched(), s.launched(), s.spaced() ? 1 : 0));
    if (s.kind() == 0) {
      String[] c = r.split(",", -1);
      c[AirForceCsvProperties.COLUMNS.indexOf("launched")] = "abc";
      r = String.join(",", c);
    }
    return r;
  }

  static String render(List<Spec> specs) {
    List<String> rows = new ArrayList<>();
    for (Spec s : specs) {
      rows.add(s.kind() == 2 && !rows.isEmpty() ? rows.get(s.copyOf() % rows.size()) : row(s));
    }
    return HEADER + "\n" + String.join("\n", rows) + "\n";
  }

  @Property(tries = 300)
  void everyPathReadsRowsThatComeBackAlike(@ForAll("files") List<Spec> specs,
      @ForAll("windows") int window) throws IOException {
    Path f = Files.writeString(dir.resolve("come-back.csv"), render(specs));
    InOrderOracle r = InOrderOracle.assertSameOnEveryPath(
        AirForceCsv.reader().withGroupingWindow(window), f, 1, 60, 150);
    long lines = r.reports().stream().mapToLong(i -> i.report().lines().size()).sum();
    assertEquals(r.counts().rowsAccepted(), lines, "every accepted row in one report");
    // with four posts a key never comes back after the 16 windows of keys a window remembers
    // (beyond them an id may come again, as documented)
    assertEquals(r.reports().size(), r.reports().stream().map(i -> i.report().id()).distinct()
        .count(), "no id given twice");
  }

  @Provide
  Arbitrary<Integer> windows() {
    return Arbitraries.of(1, 2, 3, 1024);
  }
}
