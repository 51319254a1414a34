package org.conflictstats.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.conflictstats.bench.AirForceCsvGenerator;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.RejectedRow;
import org.conflictstats.model.SourceScope;
import org.conflictstats.stats.Attribution;
import org.conflictstats.stats.Dimension;
import org.conflictstats.stats.StatsQuery;
import org.conflictstats.stats.StatsTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link AirForceCsvReader#table} must give exactly the table that the ordinary stream gives, on
 * files cut into many small ranges: plain generated files, files with quoted line breaks at cuts,
 * files with bad rows (whose rejections must match, line numbers included) and with reports whose
 * rows lie apart, and the real file.
 */
final class ParallelTableTest {

  private static final AirForceCsvReader READER = AirForceCsv.reader();
  private static final StatsQuery MONTH_WEAPON = StatsQuery.groupBy(Dimension.MONTH,
      Dimension.WEAPON).withInvalidReportsKept(true).withOverlapCheck(false);

  @TempDir
  Path dir;

  private int unitSize;

  @BeforeEach
  void smallRanges() {
    unitSize = ParallelTable.unitSize;
    ParallelTable.unitSize = 1 << 16;
  }

  @AfterEach
  void restore() {
    ParallelTable.unitSize = unitSize;
  }

  static Stream<StatsQuery> queries() {
    return Stream.of(MONTH_WEAPON,
        StatsQuery.groupBy(Dimension.DAY).withInvalidReportsKept(true).withOverlapCheck(false),
        StatsQuery.groupBy(Dimension.WEEK, Dimension.CATEGORY).withInvalidReportsKept(true)
            .withScope(SourceScope.NATIONAL),
        StatsQuery.groupBy(Dimension.YEAR, Dimension.SOURCE, Dimension.WEAPON)
            .withInvalidReportsKept(true).withScope(SourceScope.REGIONAL),
        StatsQuery.ungrouped().withInvalidReportsKept(true).withOverlapCheck(false),
        StatsQuery.groupBy(Dimension.MONTH).withInvalidReportsKept(true).withOverlapCheck(false)
            .withAttribution(Attribution.standard().withRule(Attribution.Rule.START_DATE)),
        // not for the parallel path: validated, and looking for overlap
        StatsQuery.groupBy(Dimension.MONTH, Dimension.WEAPON));
  }

  private Path generated(long seed, int rows, double newlines) throws IOException {
    Path file = dir.resolve("af-" + seed + "-" + rows + "-" + newlines + ".csv");
    AirForceCsvGenerator.withSeed(seed).withQuotedNewlines(newlines).write(file, rows);
    return file;
  }

  /** The table and the rejected rows, read the ordinary way. */
  private static Result ordinary(Path file, StatsQuery query) throws IOException {
    return ordinary(READER, file, query);
  }

  private static Result ordinary(AirForceCsvReader reader, Path file, StatsQuery query)
      throws IOException {
    List<RejectedRow> bad = new ArrayList<>();
    try (Stream<ImportedReport> s = reader.stream(file, bad::add)) {
      return new Result(query.run(s.map(ImportedReport::report)), bad);
    }
  }

  private static Result parallel(Path file, StatsQuery query) throws IOException {
    return parallel(READER, file, query);
  }

  private static Result parallel(AirForceCsvReader reader, Path file, StatsQuery query)
      throws IOException {
    List<RejectedRow> bad = new ArrayList<>();
    return new Result(reader.table(file, query, bad::add), bad);
  }

  /** How many ranges the last parallel reading left to the ordinary parser; -1 when not parallel. */
  private static int slowRanges() {
    String way = ParallelTable.lastWay;
    if (!way.contains(" read by the ordinary parser")) {
      return -1;
    }
    String before = way.substring(0, way.indexOf(" read by the ordinary parser"));
    return Integer.parseInt(before.substring(before.lastIndexOf(' ') + 1));
  }

  private record Result(StatsTable table, List<RejectedRow> rejected) {}

  private static void assertSame(Result expected, Result actual) {
    assertEquals(expected.table().dimensions(), actual.table().dimensions());
    assertEquals(expected.table().rows(), actual.table().rows());
    assertEquals(expected.table().total(), actual.table().total());
    assertEquals(expected.table().leftOut(), actual.table().leftOut());
    assertEquals(expected.table().overlap(), actual.table().overlap());
    assertEquals(expected.rejected(), actual.rejected());
  }

  @ParameterizedTest
  @MethodSource("queries")
  void aGeneratedFileGivesTheOrdinaryTable(StatsQuery query) throws IOException {
    Path file = generated(1, 8_000, 0);
    Result expected = ordinary(file, query);
    assertTrue(expected.table().total().lines() > 0);
    assertSame(expected, parallel(file, query));
    if (query != queries().reduce((a, b) -> b).orElseThrow() && query.keepsInvalidReports()) {
      assertEquals(0, slowRanges(), () -> "read the fast way: " + ParallelTable.lastWay);
    }
  }

  @ParameterizedTest
  @MethodSource("queries")
  void quotedLineBreaksAtTheCutsChangeNothing(StatsQuery query) throws IOException {
    Path file = generated(2, 8_000, 1.0);
    assertSame(ordinary(file, query), parallel(file, query));
  }

  @Test
  void manySeedsAndSizes() throws IOException {
    for (int seed = 10; seed < 16; seed++) {
      Path file = generated(seed, 500 + seed * 700, seed % 2 == 0 ? 1.0 : 0.0);
      assertSame(ordinary(file, MONTH_WEAPON), parallel(file, MONTH_WEAPON));
    }
  }

  @Test
  void badRowsAreRejectedAtTheirLinesAndOddRowsReadTheOrdinaryWay() throws IOException {
    List<String> lines = new ArrayList<>(List.of(text(generated(3, 6_000, 0.5)).split("\n", -1)));
    // every so often: an unreadable count, a blank model, a time with seconds, a source without an
    // address, a dict the fast reading does not know, an extra cell, a tab, a count too large, an
    // hour 24, a 30 February, a blank line
    for (int i = 40; i < lines.size() - 1; i += 397) {
      String l = lines.get(i);
      String[] c = l.split(",", -1);
      if (c.length != 22 || l.contains("\"")) {
        continue;
      }
      switch ((i / 397) % 11) {
        case 0 -> c[6] = "many";
        case 1 -> c[2] = " ";
        case 2 -> c[1] = c[1].length() == 16 ? c[1] + ":00" : c[1];
        case 3 -> c[21] = "kpszsu";
        case 4 -> c[10] = "{\"belarus\": 1}";
        case 5 -> c[5] = c[5] + ",extra";
        case 6 -> c[4] = c[4] + "\tand a tab";
        case 7 -> c[7] = "2000000000.0";
        // a day seen before with an hour that is not one, and a day that is not one
        case 8 -> c[1] = c[1].length() == 16 ? c[1].substring(0, 11) + "24:00" : c[1];
        case 9 -> c[0] = c[0].length() == 16 ? c[0].substring(0, 5) + "02-30" + c[0].substring(10)
            : c[0];
        default -> c[0] = "";
      }
      lines.set(i, String.join(",", c));
      if (i % 3 == 0) {
        lines.add(i + 1, "");
      }
    }
    Path file = dir.resolve("odd.csv");
    Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
    Result expected = ordinary(file, MONTH_WEAPON);
    assertFalse(expected.rejected().isEmpty(), "the file has bad rows");
    assertSame(expected, parallel(file, MONTH_WEAPON));
    assertTrue(slowRanges() > 0, () -> "some ranges read the ordinary way: " + ParallelTable.lastWay);
  }

  @Test
  void aReportWhoseRowsLieApartIsMergedAsTheOrdinaryReaderMergesIt() throws IOException {
    List<String> lines = new ArrayList<>(List.of(text(generated(4, 6_000, 0)).split("\n", -1)));
    // move single rows a few reports, and far, away from the rest of their report
    for (int i = 100; i < lines.size() - 300; i += 611) {
      String row = lines.remove(i);
      lines.add(i + (i % 2 == 0 ? 7 : 250), row);
    }
    Path file = dir.resolve("apart.csv");
    Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
    for (StatsQuery q : queries().toList()) {
      assertSame(ordinary(file, q), parallel(file, q));
    }
  }

  @Test
  void aReportWhoseRowsLieALittleApartInsideARangeIsReadTheOrdinaryWay() throws IOException {
    ParallelTable.unitSize = 1 << 20;
    List<String> lines = new ArrayList<>(List.of(text(generated(6, 9_000, 0)).split("\n", -1)));
    for (int i = 300; i < lines.size() - 300; i += 1_500) {
      lines.add(i + 4, lines.remove(i));
    }
    Path file = dir.resolve("near.csv");
    Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
    assertSame(ordinary(file, MONTH_WEAPON), parallel(file, MONTH_WEAPON));
    assertTrue(slowRanges() > 0, () -> "some ranges read the ordinary way: " + ParallelTable.lastWay);
  }

  /**
   * The file's rows with single rows moved about {@code by} rows later, every {@code every} rows: to
   * the next boundary between two reports, so that no other report is cut in two.
   */
  private Path withRowsMoved(String name, long seed, int rows, int every, int by)
      throws IOException {
    List<String> lines = new ArrayList<>(List.of(text(generated(seed, rows, 0)).split("\n", -1)));
    for (int i = 100; i < lines.size() - by - 50; i += every) {
      String row = lines.remove(i);
      int to = i + by;
      while (reportOf(lines.get(to - 1)).equals(reportOf(lines.get(to)))) {
        to++;
      }
      lines.add(to, row);
    }
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
    return file;
  }

  /** The times and source of a generated row (which never quotes them), naming its report. */
  private static String reportOf(String row) {
    int second = row.indexOf(',', row.indexOf(',') + 1);
    return row.substring(0, Math.max(0, second)) + row.substring(row.lastIndexOf(',') + 1);
  }

  @Test
  void aRowThatComesBackAcrossSeveralRangesIsMergedAsTheOrdinaryReaderMergesIt()
      throws IOException {
    // ranges of 64 KiB hold about 300 rows, fewer reports than the window of 1,024: a row moved
    // 700 rows on lands two ranges later, still inside the window, so the reader merges it
    Path file = withRowsMoved("far.csv", 11, 8_000, 2_000, 700);
    Result expected = ordinary(file, MONTH_WEAPON);
    assertSame(expected, parallel(file, MONTH_WEAPON));
  }

  @Test
  void aSmallGroupingWindowIsFollowed() throws IOException {
    // with a window of 3 reports, a row 40 rows away from its report starts a separate report,
    // which the fast reading must count as one; a row 2 rows away is merged
    AirForceCsvReader small = READER.withGroupingWindow(3);
    Path far = withRowsMoved("window-far.csv", 12, 6_000, 500, 40);
    Result expected = ordinary(small, far, MONTH_WEAPON);
    assertTrue(expected.table().total().reports() > ordinary(far, MONTH_WEAPON).table().total()
        .reports(), "the small window splits reports");
    assertSame(expected, parallel(small, far, MONTH_WEAPON));
    assertEquals(0, slowRanges(), () -> "read the fast way: " + ParallelTable.lastWay);
    Path near = withRowsMoved("window-near.csv", 13, 6_000, 500, 2);
    assertSame(ordinary(small, near, MONTH_WEAPON), parallel(small, near, MONTH_WEAPON));
  }

  /** A plain row of the report named {@code report} (its source), with that model. */
  private static String plainRow(String report, String model) {
    return "2024-01-01 10:00,2024-01-01 11:00," + model
        + ",,Ukraine,,5.0,4.0,,,{},,,,,,,,,,,kpszsu/posts/" + report;
  }

  private Path plainFile(String name, List<String> rows) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, AirForceCsvGenerator.HEADER_2026 + "\n" + String.join("\n", rows)
        + "\n", StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aReportStillOpenAtACutIsMergedEvenWhenARangeRepeatsOthers() throws IOException {
    // window 3, ranges of 64 KiB. (a) The first range ends B, C, D, C, D (D long, over the cut),
    // and the second starts with B: B is still open (C and D came back, they did not open), so
    // the reader merges it. (b) The first range ends X, Y, Z (Z over the cut), the second starts
    // P, Q, P, Q, Z: Z is still open
    AirForceCsvReader small = READER.withGroupingWindow(3);
    int fillers = 65_536 / (plainRow("F00000", "Shahed-136/131").length() + 1) - 30;
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    for (int i = 0; i < fillers; i++) {
      a.add(plainRow(String.format("F%05d", i), "Shahed-136/131"));
      b.add(plainRow(String.format("F%05d", i), "Shahed-136/131"));
    }
    for (String r : List.of("B", "C", "D", "C")) {
      a.add(plainRow(r, "Kalibr"));
    }
    for (String r : List.of("X", "Y")) {
      b.add(plainRow(r, "Kalibr"));
    }
    for (int i = 0; i < 80; i++) {
      a.add(plainRow("D", "Kalibr"));
      b.add(plainRow("Z", "Kalibr"));
    }
    a.add(plainRow("B", "Iskander-M"));
    for (String r : List.of("P", "Q", "P", "Q", "Z")) {
      b.add(plainRow(r, "Iskander-M"));
    }
    for (int i = 0; i < fillers; i++) {
      a.add(plainRow(String.format("G%05d", i), "Shahed-136/131"));
      b.add(plainRow(String.format("G%05d", i), "Shahed-136/131"));
    }
    for (Path file : List.of(plainFile("open-a.csv", a), plainFile("open-b.csv", b))) {
      assertSame(ordinary(small, file, MONTH_WEAPON), parallel(small, file, MONTH_WEAPON));
    }
  }

  @Test
  @Timeout(60)
  void aFileOfVeryManyModelNamesGivesTheOrdinaryTable() throws IOException {
    // more distinct names than a thread's cache of names holds
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      rows.add(plainRow("r" + i, "Model-" + i));
    }
    Path file = plainFile("many-models.csv", rows);
    Result expected = ordinary(file, MONTH_WEAPON);
    assertEquals(3_000, expected.table().rows().size());
    assertSame(expected, parallel(file, MONTH_WEAPON));
  }

  @Test
  void controlBytesInCellsAreReadTheOrdinaryWay() throws IOException {
    // the ordinary reader strips spaces and tabs from a cell's ends, not other control bytes
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      String model = switch (i % 50) {
        case 7 -> "\u0001Shahed-136/131";
        case 19 -> "\"Kalibr\u0002\"";
        case 23 -> "\tIskander-M\t";
        default -> "Shahed-136/131";
      };
      rows.add(plainRow("r" + i / 3, model));
    }
    Path file = plainFile("control.csv", rows);
    Result expected = ordinary(file, MONTH_WEAPON);
    assertSame(expected, parallel(file, MONTH_WEAPON));
    assertTrue(expected.table().rows().size() > 3, "the control bytes make other weapons");
  }

  @Test
  void aReaderThatGroupsTheWholeFileReadsItInOrder() throws IOException {
    AirForceCsvReader whole = READER.withGroupingWindow(Integer.MAX_VALUE);
    Path file = withRowsMoved("whole.csv", 14, 4_000, 700, 1_500);
    assertSame(ordinary(whole, file, MONTH_WEAPON), parallel(whole, file, MONTH_WEAPON));
    assertEquals("read in order", ParallelTable.lastWay);
  }

  @Test
  void aQuotedLineBreakRightAtACutMovesTheCut() throws IOException {
    // unitSize 64 KiB: the ranges are cut every 65,536 bytes after the header; make the row that
    // covers the first cut hold a long quoted cell of many lines
    List<String> rows = new ArrayList<>(List.of(text(generated(7, 3_000, 0)).split("\n", -1)));
    int headerBytes = rows.get(0).length() + 1;
    long offset = headerBytes;
    int at = 1;
    while (offset + rows.get(at).getBytes(StandardCharsets.UTF_8).length + 1 < headerBytes + 65_536
        - 1_500) {
      offset += rows.get(at).getBytes(StandardCharsets.UTF_8).length + 1;
      at++;
    }
    String[] c = rows.get(at).split(",", -1);
    StringBuilder cell = new StringBuilder("\"{");
    for (int i = 0; i < 120; i++) {
      cell.append(i == 0 ? "" : ",").append("\n    'part ").append(i).append("': 'Black Sea'");
    }
    cell.append("\n}\"");
    if (c.length == 22 && !rows.get(at).contains("\"")) {
      c[20] = cell.toString();
      rows.set(at, String.join(",", c));
    } else {
      rows.add(at, rows.get(at - 1).replaceFirst(",,kpszsu", "," + cell + ",kpszsu"));
    }
    Path file = dir.resolve("cut.csv");
    Files.writeString(file, String.join("\n", rows), StandardCharsets.UTF_8);
    assertSame(ordinary(file, MONTH_WEAPON), parallel(file, MONTH_WEAPON));
    assertTrue(ParallelTable.lastWay.contains(" 1 cut(s) moved"), ParallelTable.lastWay);
  }

  @Test
  void aReportLongerThanARangeIsReadWhole() throws IOException {
    // 3,000 rows of one report (600 KB): the ranges must reach far past their ends to finish it
    List<String> rows = new ArrayList<>(List.of(text(generated(8, 3_000, 0)).split("\n", -1)));
    for (int i = 1; i < rows.size(); i++) {
      String r = rows.get(i);
      if (!r.isEmpty()) {
        // time_start, time_end and source are never quoted in generated rows
        int second = r.indexOf(',', r.indexOf(',') + 1);
        rows.set(i, "2025-04-16 20:00,2025-04-17 08:00" + r.substring(second, r.lastIndexOf(',') + 1)
            + "kpszsu/posts/synthetic-one");
      }
    }
    Path file = dir.resolve("long.csv");
    Files.writeString(file, String.join("\n", rows), StandardCharsets.UTF_8);
    Result expected = ordinary(file, MONTH_WEAPON);
    assertSame(expected, parallel(file, MONTH_WEAPON));
  }

  @Test
  void crlfAndByteOrderMarkAreReadTheOrdinaryWay() throws IOException {
    String t = text(generated(5, 3_000, 0));
    Path crlf = dir.resolve("crlf.csv");
    Files.writeString(crlf, t.replace("\n", "\r\n"), StandardCharsets.UTF_8);
    assertSame(ordinary(crlf, MONTH_WEAPON), parallel(crlf, MONTH_WEAPON));
    Path bom = dir.resolve("bom.csv");
    Files.writeString(bom, "\uFEFF" + t, StandardCharsets.UTF_8);
    assertSame(ordinary(bom, MONTH_WEAPON), parallel(bom, MONTH_WEAPON));
    Path noFinalBreak = dir.resolve("nofinal.csv");
    Files.writeString(noFinalBreak, t.substring(0, t.length() - 1), StandardCharsets.UTF_8);
    assertSame(ordinary(noFinalBreak, MONTH_WEAPON), parallel(noFinalBreak, MONTH_WEAPON));
  }

  @Test
  void aFileWithoutSomeColumnsGivesTheOrdinaryTable() throws IOException {
    // no destroyed (unknown on every line), no not_reach_goal (zero), no source (read in order)
    for (String drop : List.of("destroyed", "not_reach_goal", "border_crossing", "source")) {
      List<String> rows = List.of(text(generated(9, 3_000, 0)).split("\n", -1));
      int at = List.of(rows.get(0).split(",")).indexOf(drop);
      StringBuilder out = new StringBuilder();
      for (String r : rows) {
        if (r.isEmpty() || r.contains("\"")) {
          continue; // keep the column cut simple: rows without quotes
        }
        List<String> c = new ArrayList<>(List.of(r.split(",", -1)));
        c.remove(at);
        out.append(String.join(",", c)).append('\n');
      }
      Path file = dir.resolve("without-" + drop + ".csv");
      Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
      assertSame(ordinary(file, MONTH_WEAPON), parallel(file, MONTH_WEAPON));
    }
  }

  @Test
  void emptyAndHeaderOnlyFiles() throws IOException {
    Path empty = dir.resolve("empty.csv");
    Files.writeString(empty, "");
    assertSame(ordinary(empty, MONTH_WEAPON), parallel(empty, MONTH_WEAPON));
    Path header = dir.resolve("header.csv");
    Files.writeString(header, AirForceCsvGenerator.HEADER_2026 + "\n");
    assertSame(ordinary(header, MONTH_WEAPON), parallel(header, MONTH_WEAPON));
  }

  @Test
  void theRealFileGivesTheOrdinaryTable() throws IOException {
    Path data = Path.of(System.getProperty("conflictstats.data", "../shared/data"));
    Path file = data.resolve("air-force/missile_attacks_daily-2026-02.csv");
    Assumptions.assumeTrue(Files.exists(file), "real data folder " + data + " absent: skipping");
    for (StatsQuery q : queries().toList()) {
      assertSame(ordinary(file, q), parallel(file, q));
    }
  }

  private static String text(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  @Test
  void generatorBytesAreWhatTheReaderSees() throws IOException {
    // the test files above come from the bench generator; its header is the 2026 layout
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AirForceCsvGenerator.withSeed(1).write(out, 10);
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith(
        String.join(",", AirForceCsv.LAYOUT_2026) + "\n"));
  }
}
