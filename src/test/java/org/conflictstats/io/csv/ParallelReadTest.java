package org.conflictstats.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.conflictstats.bench.AirForceCsvGenerator;
import org.conflictstats.bench.ShapedAirForceCsv;
import org.conflictstats.io.ImportMode;
import org.conflictstats.io.ImportWarning;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.RejectedRow;
import org.conflictstats.testing.PlainCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A file read in byte ranges on several threads gives exactly what a read in order gives, and so does
 * a read of the same bytes as a stream: the same reports with the same row locations, the same
 * rejected rows, the same warnings, the same counts. Ranges are made tiny so that every file is cut
 * many times, on every layout, on the file shapes of the issue, and on files built to defeat the
 * cuts.
 */
final class ParallelReadTest {

  private static final int[] RANGES = {4096, 20_000, 100_000};

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 8, 1024})
  void generatedFilesAtAnyWindow(int window) throws IOException {
    Path f = dir.resolve("gen.csv");
    AirForceCsvGenerator.withSeed(7).write(f, 6_000);
    InOrderOracle r = InOrderOracle.assertSameOnEveryPath(
        AirForceCsv.reader().withGroupingWindow(window), f, RANGES);
    assertEquals(6_000, r.counts().rowsAccepted());
  }

  /**
   * One report of many rows, longer than four ranges, between two small ones: the file is cut in
   * it all the same (at a line's start), so no range grows with the run (review rv46c: a range was
   * as long as the run, its length an int), and every path reads what a read in order reads.
   */
  @Test
  void aLongRunOfOneReportsRowsIsCutAllTheSame() throws IOException {
    StringBuilder b = new StringBuilder(AirForceCsvBadInputTest.HEADER).append('\n');
    b.append(AirForceCsvBadInputTest.good(1)).append('\n');
    String row = AirForceCsvBadInputTest.good(2);
    for (int i = 0; i < 2_000; i++) {
      // one report: the same key, a weapon of its own on each line
      b.append(row.replace("Shahed-136/131", "Drone-" + i)).append('\n');
    }
    b.append(AirForceCsvBadInputTest.good(3)).append('\n');
    Path f = Files.writeString(dir.resolve("run.csv"), b);
    InOrderOracle inOrder = InOrderOracle.assertSameOnEveryPath(AirForceCsv.reader(), f, 4096);
    assertEquals(3, inOrder.reports().size());
    assertEquals(2_000, inOrder.reports().get(1).report().lines().size());
    List<Long> ends = new ArrayList<>();
    AirForceCsvReader ranged = AirForceCsv.reader().withParallelism(2).withRangeBytes(4096)
        .withProgress(ends::add);
    InOrderOracle.assertSame(inOrder, InOrderOracle.byPath(ranged, f), "with progress");
    // a range ends at most four ranges and one more past its start without a cut, or where a
    // change of key is found in the 64 KiB after that
    assertTrue(ends.size() > 4, "ranges ended at " + ends);
    for (int i = 1; i < ends.size(); i++) {
      assertTrue(ends.get(i) - ends.get(i - 1) <= 5 * 4096 + 65536, "a range of "
          + (ends.get(i) - ends.get(i - 1)) + " bytes: " + ends);
    }
  }

  @Test
  void quotedLineBreaksThatMislead() throws IOException {
    Path f = dir.resolve("newlines.csv");
    AirForceCsvGenerator.withSeed(11).withQuotedNewlines(1.0).write(f, 8_000);
    InOrderOracle.assertSameOnEveryPath(AirForceCsv.reader(), f, 1024, 4096, 9000);
  }

  /**
   * Two stray quotes on neighbouring lines made one row of two (the first's key, the second's
   * counts), said in one warning only; the second line starts with a date, as a row does, so the
   * first is now rejected as a stray quote and the second read as a row, the same on every path
   * (review rv48b).
   */
  @Test
  void strayQuotesThatJoinTwoRowsAreRejectedAtTheFirst() throws IOException {
    String header = String.join(",", AirForceCsv.LAYOUT_2026);
    String tail = ",,,,,,,,,,,,,";
    String open = "2025-04-16 20:00,2025-04-17 08:00,Shahed-136/131,,\"Ukraine,,75,25,30"
        + tail + "kpszsu/posts/x1";
    String close = "2025-04-16 20:00,2025-04-17 08:00,Kalibr,,Ukraine\",,5,3,0" + tail
        + "kpszsu/posts/x1";
    String plain = "2025-04-17 20:00,2025-04-18 08:00,Kalibr,,Ukraine,,7,3,0" + tail
        + "kpszsu/posts/x2";
    StringBuilder b = new StringBuilder(header).append('\n');
    for (int i = 0; i < 40; i++) {
      b.append(plain.replace("x2", "y" + i)).append('\n');
      if (i % 10 == 3) {
        b.append(open.replace("x1", "z" + i)).append('\n')
            .append(close.replace("x1", "z" + i)).append('\n');
      }
    }
    Path f = Files.writeString(dir.resolve("stray.csv"), b);
    InOrderOracle r = InOrderOracle.assertSameOnEveryPath(AirForceCsv.reader(), f, 1, 50, 300);
    assertEquals(44, r.counts().rowsAccepted());
    assertEquals(4, r.counts().rowsRejected());
    assertEquals(List.of(6L, 18L, 30L, 42L), r.rejected().stream()
        .map(x -> x.location().line()).toList());
    assertEquals("a quote opened on this line is closed 1 line later, making one row of 2 lines,"
        + " and line 7 starts a row of its own (a date): a stray quote; the lines after this one"
        + " are read again", r.rejected().get(0).reason());
    assertEquals(List.of(), r.warnings().stream().map(Object::toString).toList());
  }

  /**
   * A row the same byte for byte as a row before it in its report's run (side by side, or with
   * another row of the report between) is a second line of the report, counted, and said in one
   * warning at the first such row, with how many there are, on every path (rv51b: silent); a row
   * that comes back after another report's rows is a report given again, not such a row.
   */
  @Test
  void aRowTheSameAsARowOfItsReportIsCountedAndSaid() throws IOException {
    String header = String.join(",", AirForceCsv.LAYOUT_2026);
    String tail = ",,,,,,,,,,,,,";
    StringBuilder b = new StringBuilder(header).append('\n');
    int twins = 0;
    for (int i = 0; i < 40; i++) {
      String kalibr = "2025-04-17 20:00,2025-04-18 08:00,Kalibr,,Ukraine,,7,3,0" + tail
          + "kpszsu/posts/y" + i + "\n";
      String shahed = "2025-04-17 20:00,2025-04-18 08:00,Shahed-136/131,,Ukraine,,70,60,5" + tail
          + "kpszsu/posts/y" + i + "\n";
      b.append(kalibr).append(shahed);
      if (i % 10 == 3) {
        b.append(kalibr); // a twin of the run's first row
        twins++;
      } else if (i % 10 == 6) {
        b.append(shahed).append(shahed); // twins side by side: two
        twins += 2;
      }
    }
    // a long report (its rows asked of as a set from 32 on): 40 rows, then a twin of its third
    for (int n = 1; n <= 40; n++) {
      b.append("2025-04-18 20:00,2025-04-19 08:00,Shahed-136/131,,Ukraine,," + n + ",1,0" + tail
          + "kpszsu/posts/long\n");
    }
    b.append("2025-04-18 20:00,2025-04-19 08:00,Shahed-136/131,,Ukraine,,3,1,0" + tail
        + "kpszsu/posts/long\n");
    twins++;
    // the first report's Kalibr again at the end: given again, not a twin
    b.append("2025-04-17 20:00,2025-04-18 08:00,Kalibr,,Ukraine,,7,3,0" + tail
        + "kpszsu/posts/y0\n");
    Path f = Files.writeString(dir.resolve("twins.csv"), b);
    InOrderOracle r = InOrderOracle.assertSameOnEveryPath(AirForceCsv.reader(), f, 1, 50, 300);
    assertEquals(13, twins);
    assertEquals(80 + 40 + twins + 1, r.counts().rowsAccepted());
    List<String> said = r.warnings().stream().map(Object::toString).toList();
    assertEquals(f + ":10: 13 rows are the same byte for byte as a row before it of its report:"
        + " two lines of the report, each counted (a row given twice, or files joined at a report"
        + " both hold? no published file has one: remove the copy, or give the files one by one)"
        + " (first at this line)", said.get(0), said::toString);
    assertTrue(said.get(1).contains("1 report given again"), said::toString);
    assertEquals(2, said.size(), said::toString);
  }

  /**
   * A cell over two lines whose second line does not start as a row does is kept, and said in
   * one warning at the first line of the first such row, with how many there are.
   */
  @Test
  void aCellOverTwoLinesIsKeptAndSaid() throws IOException {
    String header = String.join(",", AirForceCsv.LAYOUT_2026);
    String tail = ",,,,,,,,,,,,,";
    StringBuilder b = new StringBuilder(header).append('\n');
    for (int i = 0; i < 40; i++) {
      b.append("2025-04-17 20:00,2025-04-18 08:00,Kalibr,,Ukraine,,7,3,0" + tail
          + "kpszsu/posts/y" + i).append('\n');
      if (i % 10 == 3) {
        b.append("2025-04-16 20:00,2025-04-17 08:00,Shahed-136/131,,\"Kyiv\nand Odesa\",,75,25,30"
            + tail + "kpszsu/posts/z" + i).append('\n');
      }
    }
    Path f = Files.writeString(dir.resolve("cells.csv"), b);
    InOrderOracle r = InOrderOracle.assertSameOnEveryPath(AirForceCsv.reader(), f, 1, 50, 300);
    assertEquals(44, r.counts().rowsAccepted());
    assertEquals(0, r.counts().rowsRejected());
    assertEquals(List.of(f + ":6: 4 rows span more than one line (a line break inside a quoted"
        + " cell, which no published file has): check for a stray quote: two make one row of the"
        + " lines from one to the other (first at this line)"),
        r.warnings().stream().map(Object::toString).toList());
  }

  /**
   * Files joined with {@code cat}: the header row given again, once plain and once after a byte
   * order mark (a second file saved by Excel), in capitals, quoted after the mark, is skipped on every
   * path and said in one warning at its first line; it was rejected as a row whose time_start is
   * no date (review rv48b; the last three forms, rv49c). Every data row is kept. A header of other
   * columns, of another width or the same, is a rejected row that says so (it was "row has 9 cells
   * but the header has 22", or "not a date"); after one of the same width (columns swapped) each row
   * is rejected up to the first header's row given again (review rv49d: they were read in the first
   * header's columns, time_end as time_start).
   */
  @Test
  void theHeaderRowGivenAgainIsSkippedNotRejected() throws IOException {
    String header = String.join(",", AirForceCsv.LAYOUT_2026);
    String swapped = header.replace("time_start,time_end", "time_end,time_start");
    StringBuilder b = new StringBuilder(header).append('\n');
    long line = 1;
    List<Long> expectedRejected = new ArrayList<>();
    long swappedLine = 0;
    for (int i = 0; i < 60; i++) {
      if (i == 20) {
        b.append(header).append('\n');
        line++;
      } else if (i == 30) {
        // as the first header is read: case and spaces aside, after a mark and quoted
        b.append(header.toUpperCase(java.util.Locale.ROOT).replace("AFFECTED REGION",
            "affected_region")).append('\n')
            .append('\uFEFF').append('"').append(header.replace(",", "\",\"")).append("\"\n");
        line += 2;
      } else if (i == 40) {
        b.append('\uFEFF').append(header.replace(",", " , ")).append("\r\n");
        line++;
      } else if (i == 45) {
        // the same width, two columns swapped: a header of other columns
        b.append(swapped).append('\n');
        swappedLine = ++line;
        expectedRejected.add(line);
      } else if (i == 50) {
        b.append(header).append('\n'); // the first header again: rows are read again
        line++;
      } else if (i == 55) {
        b.append(String.join(",", AirForceCsv.LAYOUT_2023)).append('\n');
        expectedRejected.add(++line);
      }
      String row = AirForceCsvBadInputTest.good(i);
      if (i >= 45 && i < 50) {
        // in the swapped header's columns: time_end first
        String[] cells = row.split(",", -1);
        row = cells[1] + "," + cells[0] + row.substring(cells[0].length() + cells[1].length() + 1);
        expectedRejected.add(line + 1);
      }
      b.append(row).append('\n');
      line++;
    }
    Path f = Files.writeString(dir.resolve("joined.csv"), b);
    InOrderOracle r = InOrderOracle.assertSameOnEveryPath(AirForceCsv.reader(), f, 1, 50, 300);
    assertEquals(55, r.counts().rowsAccepted());
    assertEquals(expectedRejected, r.rejected().stream().map(x -> x.location().line())
        .toList());
    String other = "a header row of other columns than the first header's (files of two layouts"
        + " joined?): ";
    assertEquals(other + "the rows after it are rejected, up to the first header's row given"
        + " again; read the files one by one", r.rejected().get(0).reason());
    for (RejectedRow x : r.rejected().subList(1, 6)) {
      assertEquals("follows the header row of other columns at line " + swappedLine + ", and no"
          + " row of the first header's since: its cells may be in other columns; read the files"
          + " one by one", x.reason());
    }
    assertEquals(other + "rows of its width are rejected; read the files one by one",
        r.rejected().get(6).reason());
    // whole on standard error, under the 200 characters a reason is echoed at (review rv49e)
    r.rejected().forEach(x -> assertTrue(x.reason().length() <= 200, x.reason()));
    assertEquals(List.of(f + ":22: skipped the header row given again 5 times (files joined one"
        + " after another?): not a row (first at this line)"),
        r.warnings().stream().map(Object::toString).toList());
  }

  /**
   * A header of other columns of the same width many ranges before the first header's row given
   * again: every row between is rejected on every path, ranges after the swapped header read again
   * in order; the reports are those of the file without the rows between.
   */
  @Test
  void rowsAfterASwappedHeaderAreRejectedAcrossRanges() throws IOException {
    Path gen = dir.resolve("gen.csv");
    AirForceCsvGenerator.withSeed(11).write(gen, 3_000);
    List<String> lines = Files.readAllLines(gen, StandardCharsets.UTF_8);
    String header = lines.get(0);
    // its first two columns (time_start, time_end) swapped
    String[] columns = header.split(",", -1);
    String swapped = columns[1] + "," + columns[0] + header.substring(columns[0].length()
        + columns[1].length() + 1);
    // a third of the way in; back at two thirds
    int from = lines.size() / 3;
    int to = 2 * lines.size() / 3;
    List<String> joined = new ArrayList<>(lines.subList(0, from));
    joined.add(swapped);
    joined.addAll(lines.subList(from, to));
    joined.add(header);
    joined.addAll(lines.subList(to, lines.size()));
    Path f = dir.resolve("swapped.csv");
    Files.write(f, joined, StandardCharsets.UTF_8);
    List<String> without = new ArrayList<>(lines.subList(0, from));
    without.addAll(lines.subList(to, lines.size()));
    Path g = dir.resolve("without.csv");
    Files.write(g, without, StandardCharsets.UTF_8);

    InOrderOracle r = InOrderOracle.assertSameOnEveryPath(AirForceCsv.reader(), f, RANGES);
    InOrderOracle w = InOrderOracle.assertSameOnEveryPath(AirForceCsv.reader(), g, RANGES);
    assertEquals(1 + (to - from), r.counts().rowsRejected());
    assertEquals(w.counts().rowsAccepted(), r.counts().rowsAccepted());
    assertEquals(w.reports().stream().map(ImportedReport::report).toList(),
        r.reports().stream().map(ImportedReport::report).toList());
    assertEquals(from + 1L, r.rejected().get(0).location().line());
    assertEquals(to + 1L, r.rejected().get(r.rejected().size() - 1).location().line());

    // never given again: every row after it rejected, the ranges taken ahead only counted (review
    // rv50b: each was read twice, on a worker and again in order)
    List<String> open = new ArrayList<>(lines.subList(0, from));
    open.add(swapped);
    open.addAll(lines.subList(from, lines.size()));
    Path h = dir.resolve("open.csv");
    Files.write(h, open, StandardCharsets.UTF_8);
    InOrderOracle o = InOrderOracle.assertSameOnEveryPath(AirForceCsv.reader(), h, RANGES);
    assertEquals(lines.size() - from + 1, o.counts().rowsRejected()); // the header too
    assertEquals(from - 1L, o.counts().rowsAccepted());
    assertEquals(lines.size() + 1L, o.rejected().get(o.rejected().size() - 1).location().line());
  }

  @Test
  void rowsOfAReportFarApartAndRowsThatComeBack() throws IOException {
    Path gen = dir.resolve("gen.csv");
    AirForceCsvGenerator.withSeed(3).write(gen, 5_000);
    List<String> lines = Files.readAllLines(gen, StandardCharsets.UTF_8);
    List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
    Random rnd = new Random(5);
    // move rows away from their reports: some a little, some across many ranges
    for (int i = 0; i < 300; i++) {
      int from = rnd.nextInt(rows.size());
      String row = rows.remove(from);
      int to = Math.max(0, Math.min(rows.size(), from + (i % 2 == 0 ? rnd.nextInt(40)
          : rnd.nextInt(3000))));
      rows.add(to, row);
    }
    Path f = dir.resolve("scattered.csv");
    List<String> out = new ArrayList<>();
    out.add(lines.get(0));
    out.addAll(rows);
    Files.write(f, out, StandardCharsets.UTF_8);
    for (int window : new int[] {1, 16, 1024}) {
      InOrderOracle r = InOrderOracle.assertSameOnEveryPath(
          AirForceCsv.reader().withGroupingWindow(window), f, RANGES);
      String expected = window == 1 ? "more than 1 report after" : "not next to";
      assertTrue(r.warnings().stream().anyMatch(w -> w.message().contains(expected)),
          "window " + window + ": " + r.warnings());
    }
  }

  @Test
  void badRowsEverywhereLenientAndStrict() throws IOException {
    Path gen = dir.resolve("gen.csv");
    AirForceCsvGenerator.withSeed(9).write(gen, 4_000);
    List<String> lines = Files.readAllLines(gen, StandardCharsets.UTF_8);
    Random rnd = new Random(1);
    for (int i = 0; i < 60; i++) {
      int at = 1 + rnd.nextInt(lines.size() - 1);
      String row = lines.get(at);
      String bad = switch (i % 6) {
        case 0 -> row.replaceFirst(",[0-9]+\\.0,", ",abc,");
        case 1 -> row + ",extra";
        case 2 -> row.substring(0, row.length() / 2);
        case 3 -> "\"" + row;
        case 4 -> row.replaceFirst("^2", "9");
        default -> "";
      };
      lines.set(at, bad);
    }
    Path f = dir.resolve("bad.csv");
    Files.write(f, lines, StandardCharsets.UTF_8);
    InOrderOracle r = InOrderOracle.assertSameOnEveryPath(AirForceCsv.reader(), f, RANGES);
    assertTrue(r.counts().rowsRejected() > 20);
    InOrderOracle s = InOrderOracle.assertSameOnEveryPath(
        AirForceCsv.reader().withMode(ImportMode.STRICT), f, RANGES);
    assertTrue(s.failure() != null);
  }

  /**
   * Rows of empty cells (a spreadsheet's cleared rows), blank lines and white space, at every
   * place, CRLF and LF: skipped and counted as blank lines alike on every path, never rows.
   */
  @Test
  void rowsOfEmptyCellsEverywhere() throws IOException {
    Path gen = dir.resolve("gen.csv");
    AirForceCsvGenerator.withSeed(13).write(gen, 4_000);
    List<String> lines = Files.readAllLines(gen, StandardCharsets.UTF_8);
    int columns = lines.get(0).split(",", -1).length;
    Random rnd = new Random(2);
    int blanks = 0;
    for (int i = 0; i < 300; i++) {
      int at = 1 + rnd.nextInt(lines.size() - 1);
      lines.add(at, switch (i % 4) {
        case 0 -> ",".repeat(columns - 1);
        case 1 -> " ,".repeat(3) + "\r";
        case 2 -> ",";
        default -> "";
      });
      blanks++;
    }
    Path f = dir.resolve("cleared.csv");
    Files.write(f, lines, StandardCharsets.UTF_8);
    InOrderOracle r = InOrderOracle.assertSameOnEveryPath(AirForceCsv.reader(), f, RANGES);
    assertEquals(4_000, r.counts().rowsRead());
    assertEquals(0, r.counts().rowsRejected());
    String told = "skipped " + org.conflictstats.internal.Numbers.grouped(blanks) + " blank lines";
    assertTrue(r.warnings().stream().anyMatch(w -> w.message().equals(told)),
        r.warnings()::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023", "2024", "2026", "late-2026"})
  void everyLayout(String layout) throws IOException {
    Path gen = dir.resolve("gen.csv");
    AirForceCsvGenerator.withSeed(21).write(gen, 5_000);
    Path f = dir.resolve("layout-" + layout + ".csv");
    project(gen, f, switch (layout) {
      case "2023" -> AirForceCsv.LAYOUT_2023;
      case "2024" -> AirForceCsv.LAYOUT_2024;
      case "2026" -> AirForceCsv.LAYOUT_2026;
      default -> AirForceCsv.LAYOUT_LATE_2026;
    }, layout.equals("2026") ? "\r\n" : "\n");
    InOrderOracle r = InOrderOracle.assertSameOnEveryPath(AirForceCsv.reader(), f, RANGES);
    assertEquals(5_000, r.counts().rowsRead());
  }

  @ParameterizedTest
  @ValueSource(strings = {"resampled", "row-per-report"})
  void theIssuesShapesOfTheRealFile(String shape) throws IOException {
    Path real = Fixtures.realFile("missile_attacks_daily-2026-02.csv");
    Path f = dir.resolve(shape + ".csv");
    try (OutputStream out = Files.newOutputStream(f)) {
      ShapedAirForceCsv.from(real).write(ShapedAirForceCsv.Shape.valueOf(
          shape.toUpperCase(java.util.Locale.ROOT).replace('-', '_')), 42, 20_000, out);
    }
    InOrderOracle r = InOrderOracle.assertSameOnEveryPath(AirForceCsv.reader(), f,
        64 * 1024, 300_000);
    assertEquals(20_000, r.counts().rowsRead());
  }

  /**
   * The edge of what a window remembers, across every cut: one-row reports of equal length, and
   * rows that come back 12 to 20 reports after their report, with a window of one (so 16 keys
   * remembered) and ranges of many sizes; most ranges hold more reports than the window remembers,
   * so it hands over only its own keys. A comeback the in-order read remembers gets a report
   * {@code #2} and a warning on every path; one it does not, a report of its own on every path.
   */
  @Test
  void rowsThatComeBackAtTheEdgeOfWhatTheWindowRemembers() throws IOException {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < 900; i++) {
      rows.add(String.format("2025-01-%02d %02d:%02d,2025-01-28 06:00,Shahed-136/131,3",
          1 + i / 60, 10 + i / 60 % 10, i % 60));
    }
    List<String> out = new ArrayList<>();
    out.add("time_start,time_end,model,launched");
    int k = 12;
    for (int i = 0; i < rows.size(); i++) {
      out.add(rows.get(i));
      if (i >= 40 && i % 40 == 20) { // the row of report i - k again, k reports after it
        out.add(rows.get(i - k));
        k = k == 20 ? 12 : k + 1;
      }
    }
    Path f = dir.resolve("edge.csv");
    Files.write(f, out, StandardCharsets.UTF_8);
    // ranges of 700 bytes (under 16 reports) and of every size from 1,020 to 1,122: every offset of
    // a cut within a row of 51 bytes, twice
    int[] sizes = java.util.stream.IntStream.concat(java.util.stream.IntStream.of(700),
        java.util.stream.IntStream.rangeClosed(1020, 1122)).toArray();
    InOrderOracle r = InOrderOracle.assertSameOnEveryPath(
        AirForceCsv.reader().withGroupingWindow(1), f, sizes);
    // one warning, at the first, counting them all (rv51b: one a row)
    List<ImportWarning> late = r.warnings().stream()
        .filter(w -> w.message().contains("more than 1 report after")).toList();
    assertEquals(1, late.size(), r.warnings()::toString);
    long told = Long.parseLong(late.get(0).message().replaceFirst(" .*", "").replace(",", ""));
    assertTrue(told > 0 && told < 21, "some comebacks remembered, not all: " + told);
  }

  @Test
  void theRealFilesRepeatedSoThatEveryReportComesBack() throws IOException {
    Path real = Fixtures.realFile("missile_attacks_daily-2026-02.csv");
    List<String> lines = Files.readAllLines(real, StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>(lines);
    List<String> again = new ArrayList<>(lines.subList(1, lines.size()));
    Collections.reverse(again);
    out.addAll(again);
    Path f = dir.resolve("twice.csv");
    Files.write(f, out, StandardCharsets.UTF_8);
    for (int window : new int[] {8, 1024, 100_000}) {
      InOrderOracle.assertSameOnEveryPath(AirForceCsv.reader().withGroupingWindow(window), f,
          16_384, 200_000);
    }
  }

  /** Writes the generated 2026-layout rows in another layout: columns by name, missing blank. */
  static void project(Path from, Path to, List<String> columns, String eol) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(from, StandardCharsets.UTF_8);
        OutputStream out = Files.newOutputStream(to)) {
      List<String> header = PlainCsv.record(in);
      out.write((String.join(",", columns) + eol).getBytes(StandardCharsets.UTF_8));
      List<String> row;
      while ((row = PlainCsv.record(in)) != null) {
        List<String> cells = new ArrayList<>();
        for (String c : columns) {
          int at = header.indexOf(c);
          String v = at < 0 ? "" : row.get(at);
          if (c.equals("status_data")) {
            v = row.get(header.indexOf("launched")).isEmpty() ? "hidden" : "";
          }
          cells.add(CsvCells.quote(v));
        }
        out.write((String.join(",", cells) + eol).getBytes(StandardCharsets.UTF_8));
      }
    }
  }
}
