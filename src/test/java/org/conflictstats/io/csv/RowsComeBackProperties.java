package org.conflictstats.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Rows that come back to their report, as copies of its rows or not, among rejected rows, time
 * cells written two ways and rows over more than one line (a line break in a quoted cell, kept;
 * and two stray quotes on neighbouring lines, the first rejected and the second read as a row):
 * every path of the reader (in order, as a stream, in byte ranges of a few
 * bytes on two and three threads) gives the same reports, rejected rows, warnings and counts, in
 * windows small enough that reports and their copies leave them, and no row is lost.
 */
final class RowsComeBackProperties {

  private static final String HEADER = String.join(",", AirForceCsv.LAYOUT_2026);
  private static final String[] MODELS = {"Kalibr", "Shahed-136/131", "Iskander-M"};
  private static Path dir;

  /**
   * A row of a generated file: a rejected one (0), a good row (1), a copy of an earlier row (2), a
   * good row with a line break in its quoted target cell (3), or a good row whose target opens a
   * quote that the target of a good row on the next line closes (4, one row of two lines).
   */
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
            net.jqwik.api.Tuple.of(3, 2), net.jqwik.api.Tuple.of(1, 3),
            net.jqwik.api.Tuple.of(1, 4)),
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
    int target = AirForceCsvProperties.COLUMNS.indexOf("target");
    if (s.kind() == 3) {
      String[] c = r.split(",", -1);
      c[target] = "\"Ukraine\nKyiv oblast\"";
      r = String.join(",", c);
    } else if (s.kind() == 4) {
      String[] c = r.split(",", -1);
      c[target] = "\"Ukraine";
      String[] d = row(new Spec(1, (s.post() + 1) % 4, (s.model() + 1) % 3, s.launched(),
          !s.spaced(), 0)).split(",", -1);
      d[target] = "Ukraine\"";
      r = String.join(",", c) + "\n" + String.join(",", d);
    }
    return r;
  }

  static String render(List<Spec> specs) {
    return HEADER + "\n" + String.join("\n", rows(specs)) + "\n";
  }

  /** The rows of a file, each its text (over two lines for one with a line break). */
  static List<String> rows(List<Spec> specs) {
    List<String> rows = new ArrayList<>();
    for (Spec s : specs) {
      rows.add(s.kind() == 2 && !rows.isEmpty() ? rows.get(s.copyOf() % rows.size()) : row(s));
    }
    return rows;
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
    // a row over two lines whose second starts as a row does (two stray quotes) is rejected at
    // its first line, the second read as a row (review rv48b); any other row over two lines is
    // read whole, and said in one warning at the first's line
    List<String> rows = rows(specs);
    long stray = rows.stream().filter(RowsComeBackProperties::isStray).count();
    assertEquals(stray, r.rejected().stream().filter(x -> x.reason().contains("a stray quote"))
        .count(), r.rejected().toString());
    long multiLine = rows.stream().filter(row -> row.contains("\n") && !isStray(row)).count();
    List<String> said = r.warnings().stream().map(Object::toString)
        .filter(w -> w.contains("more than one line")).toList();
    if (multiLine == 0) {
      assertEquals(List.of(), said);
    } else {
      long line = 2;
      for (String row : rows) {
        if (row.contains("\n") && !isStray(row)) {
          break;
        }
        line += row.split("\n", -1).length;
      }
      assertEquals(1, said.size(), said.toString());
      String count = multiLine + (multiLine == 1 ? " row spans" : " rows span");
      assertTrue(said.get(0).startsWith(f + ":" + line + ": " + count + " more than one line"),
          said.get(0));
    }
  }

  /** Whether a row is two rows joined by stray quotes: its second line starts with a date. */
  private static boolean isStray(String row) {
    int eol = row.indexOf('\n');
    return eol >= 0 && row.substring(eol + 1).matches("(?s)\\d{4}-\\d{2}-\\d{2}.*");
  }

  @Provide
  Arbitrary<Integer> windows() {
    return Arbitraries.of(1, 2, 3, 1024);
  }
}
