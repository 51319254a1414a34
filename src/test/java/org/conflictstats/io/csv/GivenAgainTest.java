package org.conflictstats.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.conflictstats.io.DistinctReports;
import org.conflictstats.io.ImportResult;
import org.conflictstats.io.ImportWarning;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.ReportInput;
import org.conflictstats.io.ReportSink;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponLine;
import org.conflictstats.testing.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report given again within one input (a file appended to itself, two releases of one layout
 * joined): a run of rows that comes back to an open report after other reports' rows, with a row
 * the same byte for byte as one of the report's rows, is a separate report {@code <id>#2}, which
 * {@link DistinctReports} counts once; rows that come back and repeat nothing join their report.
 */
final class GivenAgainTest {

  @TempDir
  Path dir;

  private static final String HEADER = String.join(",", AirForceCsv.LAYOUT_2026);

  /** A row of post {@code post} with {@code launched} and {@code destroyed} of {@code model}. */
  private static String row(int post, String model, long launched, long destroyed) {
    return AirForceCsvProperties.render(new AirForceCsvProperties.Good(post, model, launched,
        destroyed, 0));
  }

  private static String csv(String... rows) {
    return HEADER + "\n" + String.join("\n", rows) + "\n";
  }

  private static ImportResult read(String... rows) {
    return Fixtures.text(csv(rows));
  }

  /** The reports of a file that {@link DistinctReports} counts, each report once. */
  private static List<StrikeReport> distinct(Path file) throws IOException {
    return DistinctReports.preferLast().read(
        List.of(ReportInput.of(file.getFileName().toString(),
            sink -> AirForceCsv.reader().read(file, sink))),
        () -> ReportSink.collecting(ImportedReport::report, Collectors.toList())).sink().result();
  }

  private Path file(String... rows) throws IOException {
    return Files.writeString(dir.resolve("given-again.csv"), csv(rows));
  }

  private static List<String> ids(ImportResult r) {
    return r.reports().stream().map(StrikeReport::id).toList();
  }

  private static List<Long> launched(StrikeReport r) {
    return r.lines().stream().map(WeaponLine::launched).map(c -> c.lower()).toList();
  }

  private static Optional<ImportWarning> givenAgain(ImportResult r) {
    return r.warnings().stream().filter(w -> w.message().contains("given again")).findFirst();
  }

  private static Optional<ImportWarning> notNext(ImportResult r) {
    return r.warnings().stream().filter(w -> w.message().contains("not next to")).findFirst();
  }

  @Test
  void aFileAppendedToItselfIsEachReportTwiceCountedOnce() throws IOException {
    String x1 = row(0, "Shahed-136/131", 40, 35);
    String x2 = row(0, "Kalibr", 3, 3);
    String y1 = row(1, "Iskander-M", 2, 1);
    ImportResult r = read(x1, x2, y1, x1, x2, y1);

    List<String> ids = ids(r);
    assertEquals(4, ids.size(), ids::toString);
    assertEquals(ids.get(0) + "#2", ids.get(2));
    assertEquals(ids.get(1) + "#2", ids.get(3));
    assertEquals(List.of(40L, 3L), launched(r.reports().get(0)));
    assertEquals(List.of(40L, 3L), launched(r.reports().get(2)));
    assertEquals(5, r.imported().get(2).rows().get(0).line());
    ImportWarning w = givenAgain(r).orElseThrow(() -> new AssertionError(r.warnings()));
    assertEquals(OptionalLong.of(5), w.line());
    assertTrue(w.message().startsWith("2 reports given again"), w.message());
    assertTrue(notNext(r).isEmpty(), r.warnings()::toString);

    List<StrikeReport> distinct = distinct(file(x1, x2, y1, x1, x2, y1));
    assertEquals(List.of(ids.get(0), ids.get(1)), distinct.stream().map(StrikeReport::id).toList());
    assertEquals(List.of(40L, 3L), launched(distinct.get(0)));
  }

  @Test
  void aFileWhoseLastRowIsOfItsFirstReportAppendedToItselfCountsOnce() throws IOException {
    // its last row and the copy's first are one run of the first report
    String a1 = row(0, "Shahed-136/131", 30, 25);
    String b1 = row(1, "Iskander-M", 2, 1);
    String a2 = row(0, "Kalibr", 5, 5);
    ImportResult r = read(a1, b1, a2, a1, b1, a2);

    List<String> ids = ids(r);
    assertEquals(List.of(ids.get(0), ids.get(1), ids.get(0) + "#2", ids.get(1) + "#2"), ids);
    assertEquals(List.of(30L, 5L), launched(r.reports().get(0)));
    assertEquals(List.of(30L, 5L), launched(r.reports().get(2)));
    assertEquals(distinct(file(a1, b1, a2)), distinct(file(a1, b1, a2, a1, b1, a2)));
  }

  @Test
  void aRunThatComesBackWithARevisedRowIsARevisionNotMoreLines() throws IOException {
    // the later release changed the first row of post 0 and kept the second
    String[] rows = {row(0, "Shahed-136/131", 40, 35), row(0, "Kalibr", 3, 3),
        row(1, "Iskander-M", 2, 1), row(0, "Shahed-136/131", 41, 36), row(0, "Kalibr", 3, 3)};
    ImportResult r = read(rows);

    assertEquals(3, r.reports().size(), ids(r)::toString);
    assertEquals(List.of(40L, 3L), launched(r.reports().get(0)));
    assertEquals(List.of(41L, 3L), launched(r.reports().get(2)));
    assertEquals(List.of(5L, 6L), r.imported().get(2).rows().stream().map(l -> l.line()).toList());
    assertEquals(OptionalLong.of(5), givenAgain(r).orElseThrow().line());
    assertTrue(notNext(r).isEmpty(), "the run moved to its own report: " + r.warnings());

    // the later version counts, once, where it comes
    List<StrikeReport> kept = distinct(file(rows));
    assertEquals(List.of(ids(r).get(1), ids(r).get(2)),
        kept.stream().map(StrikeReport::id).toList());
    assertEquals(List.of(41L, 3L), launched(kept.get(1)));
  }

  @Test
  void rowsThatComeBackAndRepeatNothingJoinTheirReport() {
    // a file sorted by model: the rows of each post apart, none the same as another
    ImportResult r = read(row(0, "Kalibr", 3, 3), row(1, "Kalibr", 4, 4),
        row(0, "Shahed-136/131", 40, 35), row(1, "Shahed-136/131", 20, 20));

    assertEquals(2, r.reports().size(), ids(r)::toString);
    assertEquals(List.of(3L, 40L), launched(r.reports().get(0)));
    assertEquals(List.of(4L, 20L), launched(r.reports().get(1)));
    assertTrue(givenAgain(r).isEmpty(), r.warnings()::toString);
    assertEquals(OptionalLong.of(4), notNext(r).orElseThrow().line());
  }

  /**
   * One row of a report given again after other reports' rows (a row duplicated away from its
   * report): a report {@code #2} of that row alone, a partial copy of the report, which counts as a
   * copy, so the report's other lines stay counted (review rv46b: the default, the version given
   * last, counted the row alone and lost the report's other 75 launched); on every path.
   */
  @Test
  void aRowGivenAgainAwayFromItsReportIsAPartialCopyAndTheReportCountsWhole() throws IOException {
    String shahed = row(0, "Shahed-136/131", 75, 25);
    String kalibr = row(0, "Kalibr", 5, 3);
    Path f = file(shahed, kalibr, row(1, "Shahed-136/131", 40, 30), kalibr);
    ImportResult r = AirForceCsv.reader().read(f);
    assertEquals(3, r.reports().size(), ids(r)::toString);
    assertEquals(Optional.empty(), r.imported().get(0).partialCopyOf());
    assertEquals(Optional.of(r.imported().get(0).location()), r.imported().get(2).partialCopyOf());
    assertEquals(List.of(5L), launched(r.reports().get(2)));
    List<List<Long>> counted = distinct(f).stream().map(GivenAgainTest::launched).toList();
    assertEquals(List.of(List.of(75L, 5L), List.of(40L)), counted);
    // --prefer first: the same reports
    assertEquals(counted, DistinctReports.preferring(DistinctReports.Prefer.FIRST).read(List.of(ReportInput.of("f",
        sink -> AirForceCsv.reader().read(f, sink))), () -> ReportSink.collecting(
            ImportedReport::report, Collectors.toList())).sink().result().stream()
        .map(GivenAgainTest::launched).toList());
    InOrderOracle.assertSameOnEveryPath(AirForceCsv.reader(), f, 200, 400);
    // after a grouping window of one report: the row starts a report of its own, a partial copy
    // of the key's first report all the same (review rv46d: a revision that replaced it)
    ImportResult windowed = AirForceCsv.reader().withGroupingWindow(1).read(f);
    assertEquals(Optional.of(windowed.imported().get(0).location()),
        windowed.imported().get(2).partialCopyOf(), ids(windowed)::toString);
    InOrderOracle.assertSameOnEveryPath(AirForceCsv.reader().withGroupingWindow(1), f, 200, 400);
    // past the index's limit (a census, then readings of the keys given twice), and listed first
    // (the reading that indexes before it counts): the same reports
    for (DistinctReports d : List.of(DistinctReports.preferLast().withIndexLimit(1),
        DistinctReports.preferLast().indexingFirst())) {
      assertEquals(counted, d.read(List.of(ReportInput.of("f",
          sink -> AirForceCsv.reader().read(f, sink))), () -> ReportSink.collecting(
              ImportedReport::report, Collectors.toList())).sink().result().stream()
          .map(GivenAgainTest::launched).toList());
    }
  }

  /**
   * A report the grouping window parted in two (its rows further apart than the window): a row of
   * its second part given again later is a partial copy too, compared with the rows of both parts
   * (review rv46e: with the first part's alone, a third version that revised the report).
   */
  @Test
  void aRowOfTheSecondPartOfAReportTheWindowPartedIsAPartialCopyToo() throws IOException {
    String a1 = row(0, "Shahed-136/131", 80, 70);
    String a3 = row(0, "Iskander-M", 2, 0);
    List<String> clean = List.of(a1, row(1, "Shahed-136/131", 10, 9), row(0, "Kalibr", 5, 3), a3,
        row(2, "Shahed-136/131", 20, 19));
    List<String> dirty = new java.util.ArrayList<>(clean);
    dirty.add(a3);
    Path cleanFile = Files.writeString(dir.resolve("clean.csv"), csv(clean.toArray(String[]::new)));
    Path dirtyFile = Files.writeString(dir.resolve("dirty.csv"), csv(dirty.toArray(String[]::new)));
    AirForceCsvReader one = AirForceCsv.reader().withGroupingWindow(1);
    for (DistinctReports.Prefer prefer : DistinctReports.Prefer.values()) {
      assertEquals(counted(cleanFile, one, prefer), counted(dirtyFile, one, prefer), prefer::name);
    }
    ImportResult r = one.read(dirtyFile);
    assertTrue(r.imported().get(r.imported().size() - 1).partialCopyOf().isPresent(),
        ids(r)::toString);
  }

  private static List<List<Long>> counted(Path file, AirForceCsvReader reader,
      DistinctReports.Prefer prefer) throws IOException {
    return DistinctReports.preferring(prefer).read(List.of(ReportInput.of(file.toString(),
        sink -> reader.read(file, sink))), () -> ReportSink.collecting(ImportedReport::report,
            Collectors.toList())).sink().result().stream().map(GivenAgainTest::launched).toList();
  }

  /**
   * A run given again that changes a row, or holds every row of the report as many times, is no
   * partial copy: a revision or a copy, as before.
   */
  @Test
  void aRunGivenAgainWithAnotherRowOrAllTheRowsIsNoPartialCopy() {
    String shahed = row(0, "Shahed-136/131", 75, 25);
    String kalibr = row(0, "Kalibr", 5, 3);
    String other = row(1, "Shahed-136/131", 40, 30);
    ImportResult changed = read(shahed, kalibr, other, kalibr, row(0, "Kh-101/Kh-555", 6, 6));
    assertEquals(3, changed.reports().size(), ids(changed)::toString);
    assertEquals(Optional.empty(), changed.imported().get(2).partialCopyOf());
    ImportResult all = read(shahed, kalibr, other, shahed, kalibr);
    assertEquals(3, all.reports().size(), ids(all)::toString);
    assertEquals(Optional.empty(), all.imported().get(2).partialCopyOf());
  }

  /**
   * A row given again twice side by side, more often than its report has it, brings nothing the
   * report lacks: a partial copy, so the report counts whole whichever version is preferred
   * (review rv47a: a revision of two Kalibr lines, which under {@code --prefer last} dropped the
   * report's Shaheds and counted its Kalibrs twice).
   */
  @Test
  void aRowGivenAgainTwiceSideBySideIsAPartialCopyToo() throws IOException {
    String shahed = row(0, "Shahed-136/131", 75, 25);
    String kalibr = row(0, "Kalibr", 5, 3);
    String other = row(1, "Shahed-136/131", 40, 30);
    ImportResult twice = read(shahed, kalibr, other, kalibr, kalibr);
    assertEquals(Optional.of(twice.imported().get(0).location()),
        twice.imported().get(2).partialCopyOf(), ids(twice)::toString);
    assertEquals(List.of(5L, 5L), launched(twice.reports().get(2))); // two lines, as written
    Path clean = Files.writeString(dir.resolve("clean.csv"), csv(shahed, kalibr, other));
    Path dirty = Files.writeString(dir.resolve("dirty.csv"),
        csv(shahed, kalibr, other, kalibr, kalibr));
    for (AirForceCsvReader reader : List.of(AirForceCsv.reader(),
        AirForceCsv.reader().withGroupingWindow(1))) {
      for (DistinctReports.Prefer prefer : DistinctReports.Prefer.values()) {
        assertEquals(List.of(List.of(75L, 5L), List.of(40L)), counted(clean, reader, prefer));
        assertEquals(counted(clean, reader, prefer), counted(dirty, reader, prefer),
            prefer::name);
      }
    }
    InOrderOracle.assertSameOnEveryPath(AirForceCsv.reader(), dirty, 200, 400);
  }

  /**
   * A version given again that holds every row of the report before it, as often, and one of them
   * once more is a revision, not a copy: a release that adds a line equal to another (reviews
   * rv47d and rv47e), which {@code --prefer last} counts and {@code first} does not.
   */
  @Test
  void aVersionWithEveryRowAndOneOfThemAgainIsARevision() throws IOException {
    String x = row(0, "Shahed-136/131", 10, 8);
    String y = row(0, "Kalibr", 4, 4);
    String other = row(1, "Iskander-M", 2, 1);
    ImportResult r = read(x, y, other, x, x, y);
    assertEquals(Optional.empty(), r.imported().get(2).partialCopyOf(), ids(r)::toString);
    Path f = file(x, y, other, x, x, y);
    assertEquals(List.of(List.of(2L), List.of(10L, 10L, 4L)),
        counted(f, AirForceCsv.reader(), DistinctReports.Prefer.LAST));
    assertEquals(List.of(List.of(10L, 4L), List.of(2L)),
        counted(f, AirForceCsv.reader(), DistinctReports.Prefer.FIRST));
  }

  /**
   * After the window too: the report given again whole, then a version with every row and one of
   * them again, is a copy, then a revision, as within the window (review rv47f: the window
   * remembered the rows of both reports added up, so the revision lacked a row of them and was
   * read as a partial copy).
   */
  @Test
  void afterTheWindowAWholeCopyThenAVersionWithARowMoreIsARevision() throws IOException {
    String x = row(0, "Shahed-136/131", 10, 8);
    String y = row(0, "Kalibr", 4, 4);
    Path f = file(x, y, row(1, "Iskander-M", 2, 1), x, y, row(2, "Iskander-M", 3, 1), x, x, y);
    for (AirForceCsvReader reader : List.of(AirForceCsv.reader().withGroupingWindow(1),
        AirForceCsv.reader())) {
      ImportResult r = reader.read(f);
      assertTrue(r.imported().stream().allMatch(i -> i.partialCopyOf().isEmpty()),
          ids(r)::toString);
      List<List<Long>> last = counted(f, reader, DistinctReports.Prefer.LAST);
      assertTrue(last.contains(List.of(10L, 10L, 4L)), last::toString);
      List<List<Long>> first = counted(f, reader, DistinctReports.Prefer.FIRST);
      assertTrue(first.contains(List.of(10L, 4L)), first::toString);
    }
  }

  /**
   * A report the grouping window parted in two, given again whole after the window, holds a row
   * each part lacks: no partial copy of its first part (review rv47e: it was, and under
   * {@code --prefer last} the first part's lines were lost).
   */
  @Test
  void aPartedReportGivenAgainWholeIsNoPartialCopyOfAPart() throws IOException {
    String x = row(0, "Shahed-136/131", 10, 8);
    String y = row(0, "Kalibr", 5, 4);
    Path f = file(x, row(1, "Iskander-M", 2, 1), y, row(2, "Iskander-M", 3, 1), x, y);
    AirForceCsvReader one = AirForceCsv.reader().withGroupingWindow(1);
    ImportResult r = one.read(f);
    assertEquals(Optional.empty(), r.imported().get(r.imported().size() - 1).partialCopyOf(),
        ids(r)::toString);
    List<List<Long>> last = counted(f, one, DistinctReports.Prefer.LAST);
    assertTrue(last.contains(List.of(10L, 5L)), last::toString);
  }

  @Test
  void equalRowsNextToEachOtherAreTwoLinesOfOneReport() {
    // what the writer writes for a report with two equal lines: read back as written
    String x = row(0, "Shahed-136/131", 10, 10);
    ImportResult r = read(x, x, row(1, "Kalibr", 3, 3));

    assertEquals(2, r.reports().size());
    assertEquals(List.of(10L, 10L), launched(r.reports().get(0)));
    assertTrue(givenAgain(r).isEmpty() && notNext(r).isEmpty(), r.warnings()::toString);
  }

  @Test
  void aTimeCellWrittenOtherwiseIsAnotherRowOfTheSameReport() {
    // the same key (a trailing space in time_start), other bytes: not a copy of the row
    String x = row(0, "Kalibr", 3, 3);
    String spaced = AirForceCsvProperties.render(new AirForceCsvProperties.Good(0, "Kalibr", 3, 3,
        1));
    ImportResult r = read(x, row(1, "Kalibr", 4, 4), spaced);

    assertEquals(2, r.reports().size(), ids(r)::toString);
    assertEquals(List.of(3L, 3L), launched(r.reports().get(0)));
    assertTrue(givenAgain(r).isEmpty(), r.warnings()::toString);
  }

  @Test
  void theRealFileAppendedToItselfReadsAlikeOnEveryPathAndCountsOnce() throws IOException {
    Path real = RealData.airForce("missile_attacks_daily-2026-02.csv");
    List<String> lines = Files.readAllLines(real);
    Path twice = dir.resolve("twice.csv");
    Files.write(twice, lines);
    Files.write(twice, lines.subList(1, lines.size()), java.nio.file.StandardOpenOption.APPEND);

    ImportResult once = AirForceCsv.reader().read(real);
    ImportResult both = AirForceCsv.reader().read(twice);
    assertEquals(2 * once.rowsAccepted(), both.rowsAccepted());
    assertEquals(2 * once.reports().size(), both.reports().size());
    // counted once: the reports of the file as published, lines and all
    assertEquals(distinct(real), distinct(twice));
    assertTrue(givenAgain(both).isPresent(), both.warnings()::toString);

    // in ranges on two threads and as a stream, whole and in a window: the same read
    for (int window : new int[] {3, 1024}) {
      InOrderOracle.assertSameOnEveryPath(AirForceCsv.reader().withGroupingWindow(window), twice,
          60_000);
    }
  }
}
