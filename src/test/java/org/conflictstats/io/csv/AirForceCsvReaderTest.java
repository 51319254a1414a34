package org.conflictstats.io.csv;

import static org.conflictstats.io.csv.AirForceCsvBadInputTest.HEADER;
import static org.conflictstats.io.csv.AirForceCsvBadInputTest.good;
import static org.conflictstats.io.csv.AirForceCsvBadInputTest.with;
import static org.conflictstats.io.csv.Fixtures.n;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.conflictstats.io.FileLocation;
import org.conflictstats.io.HeaderException;
import org.conflictstats.io.ImportCounts;
import org.conflictstats.io.ImportHandler;
import org.conflictstats.io.ImportMode;
import org.conflictstats.io.ImportResult;
import org.conflictstats.io.ImportWarning;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.RejectedRow;
import org.conflictstats.model.CataloguedWeapon;
import org.conflictstats.model.Count;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.UnresolvedWeapon;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class AirForceCsvReaderTest {

  @Test
  void bomCrlfTrailingSpacesQuotedCommasAndNan() {
    String text = "\uFEFF" + HEADER + "\r\n"
        + "2025-03-06 21:00 ,2025-03-07 ,Shahed-136/131,\"Kursk oblast, Oryol oblast\",Ukraine,,"
        + "93.0,NaN, 0 ,,{},,,,,,,,,,,kpszsu/posts/synthetic-1 \r\n";
    ImportResult r = Fixtures.text(text);
    assertTrue(r.isComplete(), () -> r.rejected().toString());
    StrikeReport rep = r.reports().get(0);
    assertEquals(ReportTime.parse("2025-03-06T21:00"), rep.period().start());
    assertEquals(ReportTime.ofDate(LocalDate.of(2025, 3, 7)), rep.period().end());
    assertEquals("kpszsu/posts/synthetic-1@2025-03-06T21:00/2025-03-07", rep.id());
    var line = rep.lines().get(0);
    assertEquals("Kursk oblast, Oryol oblast", line.details().launchPlace());
    assertEquals(n(93), line.launched());
    assertEquals(Count.unknown(), line.destroyed());
    assertEquals(Count.zero(), line.suppressed());
    assertEquals(Count.unknown(), line.stillAirborne());
  }

  @Test
  void unknownColumnsAreIgnoredWithOneWarning() {
    String header = "comment," + HEADER + ",extra";
    String row = "hello," + good(1) + ",\"more, text\"";
    ImportResult r = Fixtures.text(header + "\n" + row + "\n" + row.replace("-1", "-2") + "\n");
    assertTrue(r.isComplete());
    assertEquals(2, r.reports().size());
    assertEquals(List.of(ImportWarning.of("test.csv", 1, "ignored unknown columns 'comment', 'extra'")),
        r.warnings());
    assertEquals(n(10), r.reports().get(0).lines().get(0).launched());
  }

  /**
   * A name given twice is said once, a column without a name as such, not as {@code ''} (review
   * rv46c: a header with a comma at its end, or a column three times, said so twice or blank).
   */
  @Test
  void eachUnknownOrRepeatedColumnIsSaidOnceAndABlankNameAsNoName() {
    String header = "extra," + HEADER + ",launched,extra,launched,";
    String row = "a," + good(1) + ",1,b,2,";
    ImportResult r = Fixtures.text(header + "\n" + row + "\n");
    assertTrue(r.isComplete(), r::toString);
    int last = header.split(",", -1).length;
    assertEquals(List.of(
        ImportWarning.of("test.csv", 1, "ignored unknown column 'extra' and a column without a"
            + " name (cell " + last + ")"),
        ImportWarning.of("test.csv", 1, "column 'launched' appears more than once: the first is"
            + " read, the others ignored")), r.warnings());
    ImportResult two = Fixtures.text(HEADER + ",,\n" + good(1) + ",,\n");
    int width = HEADER.split(",").length;
    assertEquals(List.of(ImportWarning.of("test.csv", 1, "ignored 2 columns without a name (cells "
        + (width + 1) + ", " + (width + 2) + ")")), two.warnings());
    assertEquals(n(10), r.reports().get(0).lines().get(0).launched());
  }

  @Test
  void columnsAreFoundByNameInAnyOrderAndCase() {
    String text = "SOURCE, Launched ,Model,time_end,time_start,affected_region\n"
        + "kpszsu,7,Kalibr,2025-01-02 06:00,2025-01-01 22:00,\"['Odesa oblast']\"\n";
    ImportResult r = Fixtures.text(text);
    assertTrue(r.isComplete(), () -> r.rejected().toString());
    StrikeReport rep = r.reports().get(0);
    assertEquals("kpszsu@2025-01-01T22:00/2025-01-02T06:00", rep.id());
    assertEquals(n(7), rep.lines().get(0).launched());
    assertEquals("Kalibr", rep.lines().get(0).weapon().name());
    // every published layout has destroyed: without the column it is unknown, and said so
    assertEquals(Count.unknown(), rep.lines().get(0).destroyed());
    assertEquals("Odesa oblast", rep.regions().iterator().next().name());
    assertEquals(1, r.warnings().size(), r.warnings()::toString);
    assertTrue(r.warnings().get(0).message().contains("no 'destroyed' column"));
  }

  /**
   * A directory given to a reader is refused with its path (review rv45a: "Is a directory",
   * without the path, from the first read), by the CSV, JSON Lines and catalogue readers.
   */
  @Test
  void aDirectoryIsRefusedWithItsPath(@TempDir Path folder) {
    for (org.junit.jupiter.api.function.Executable read : List.<org.junit.jupiter.api.function
        .Executable>of(() -> AirForceCsv.reader().read(folder),
        () -> org.conflictstats.io.json.JsonLinesReader.readAll(folder,
            org.conflictstats.io.json.JsonReadOptions.lenient()),
        () -> WeaponCatalogCsv.read(folder))) {
      java.nio.file.FileSystemException e = assertThrows(java.nio.file.FileSystemException.class,
          read);
      assertEquals(folder + ": is a directory, not a file", e.getMessage());
    }
  }

  @Test
  void aDuplicatedColumnWarnsAndTheFirstIsRead() {
    String text = "time_start,time_end,model,launched,launched,destroyed,source\n"
        + "2025-01-01,2025-01-02,Kalibr,3,4,1,kpszsu\n";
    ImportResult r = Fixtures.text(text);
    assertEquals(n(3), r.reports().get(0).lines().get(0).launched());
    assertEquals(1, r.warnings().size());
    assertTrue(r.warnings().get(0).message().contains("'launched' appears more than once"));
    // a strict read refuses it, naming the header line and the column (review rv45a)
    HeaderException e = assertThrows(HeaderException.class, () -> Fixtures.text(
        AirForceCsv.reader().withMode(ImportMode.STRICT), text));
    assertEquals(1, e.line(), e::getMessage);
    assertEquals("launched", e.field().orElseThrow(), e::getMessage);
    assertTrue(e.getMessage().contains("column 'launched' appears more than once, which a strict"
        + " read refuses"), e::getMessage);
  }

  @Test
  void withoutASourceColumnTheReaderSaysWhatThatMeans() {
    // two posts' rows of one period: without the source they are one report, of no known source
    String text = "time_start,time_end,model,launched,destroyed\n"
        + "2025-01-01,2025-01-02,Kalibr,3,1\n"
        + "2025-01-01,2025-01-02,Shahed-136/131,40,30\n";
    ImportResult r = Fixtures.text(text);
    assertEquals(1, r.reports().size());
    assertEquals(2, r.reports().get(0).lines().size());
    assertEquals(1, r.warnings().size(), r.warnings()::toString);
    assertEquals(1, r.warnings().get(0).line().getAsLong());
    assertTrue(r.warnings().get(0).message().startsWith("no 'source' column, which every published"
        + " layout has: every report's source is unknown"), r.warnings()::toString);
  }

  @Test
  void blankLinesAreSkippedAndCounted() {
    ImportResult r = Fixtures.text(HEADER + "\n\n" + good(1) + "\n   \n" + good(2) + "\n\n");
    assertEquals(2, r.rowsRead());
    assertTrue(r.isComplete());
    assertEquals(List.of(ImportWarning.ofFile("test.csv", "skipped 3 blank lines")), r.warnings());
    assertEquals(List.of(3L, 5L), r.imported().stream().map(i -> i.location().line()).toList());
  }

  /**
   * A row of empty cells (a spreadsheet's cleared row) is a blank line: skipped, counted with the
   * blank lines, not a row (it was rejected, "time is blank"); a row with one quoted empty cell is
   * still a row.
   */
  @Test
  void rowsOfEmptyCellsAreBlankLines() {
    ImportResult r = Fixtures.text(HEADER + "\n,,,,,,,,\n" + good(1) + "\n , ,\n" + good(2)
        + "\n,,,,,,,,\n,,,,,,,,\n");
    assertEquals(2, r.rowsRead());
    assertEquals(0, r.rejected().size(), r.rejected()::toString);
    assertTrue(r.isComplete());
    assertEquals(List.of(ImportWarning.ofFile("test.csv", "skipped 4 blank lines")), r.warnings());
    assertEquals(List.of(3L, 5L), r.imported().stream().map(i -> i.location().line()).toList());
    ImportResult quoted = Fixtures.text(HEADER + "\n" + good(1) + "\n,\"\",,,,,,,\n");
    assertEquals(2, quoted.rowsRead());
    assertEquals(1, quoted.rejected().size());
  }

  @Test
  void aHeaderWithoutRowsWarns() {
    ImportResult r = Fixtures.text(HEADER + "\n");
    assertEquals(0, r.rowsRead());
    assertTrue(r.isComplete());
    assertEquals("no data rows after the header", r.warnings().get(0).message());
  }

  @Test
  void borderCrossingAsDictNumberBlankAndEmpty() {
    String text = HEADER + "\n"
        + with(1, "border_crossing", "\"{'belarus': 1.0, 'russia': 3.0}\"") + "\n"
        + with(2, "border_crossing", "{'belarus': NaN}") + "\n"
        + with(3, "border_crossing", "2.0") + "\n"
        + with(4, "border_crossing", "") + "\n"
        + with(5, "border_crossing", "{}") + "\n";
    List<StrikeReport> reps = Fixtures.text(text).reports();
    assertEquals(n(4), reps.get(0).lines().get(0).leftAirspace());
    assertEquals(Count.unknown(), reps.get(1).lines().get(0).leftAirspace());
    assertEquals(Count.unknown(),
        reps.get(1).lines().get(0).details().leftAirspaceByCountry().get("belarus"));
    assertEquals(n(2), reps.get(2).lines().get(0).leftAirspace());
    assertEquals(Count.unknown(), reps.get(3).lines().get(0).leftAirspace());
    assertEquals(Count.zero(), reps.get(4).lines().get(0).leftAirspace());
  }

  @Test
  void launchedDetailsKeysResolveThroughTheCatalogueAndDuplicatesAdd() {
    String text = HEADER + "\n" + with(1, "launched_details",
        "\"{'X-101/X-555': 50, 'Kh-101': 5, 'Kalibr': NaN, 'Mystery': 1}\"") + "\n";
    var byModel = Fixtures.text(text).reports().get(0).lines().get(0).details().launchedByModel();
    WeaponCatalog c = WeaponCatalog.builtIn();
    assertEquals(n(55), byModel.get(c.resolve("Kh-101/Kh-555")));
    assertEquals(Count.unknown(), byModel.get(c.resolve("Kalibr")));
    assertEquals(n(1), byModel.get(new UnresolvedWeapon("Mystery")));
    assertEquals(3, byModel.size());
  }

  @Test
  void hiddenStatusMakesLaunchedALowerBound() {
    String header = String.join(",", AirForceCsv.LAYOUT_LATE_2026);
    String row = "2026-09-01 18:00,2026-09-02 09:00,Shahed-136/131,,Ukraine,,HIDDEN ,120.0,100.0,,,,,,"
        + "{},,,,,,,kpszsu";
    String other = row.replace("HIDDEN ", "shown").replace("kpszsu", "pvkshid");
    ImportResult r = Fixtures.text(header + "\n" + row + "\n" + other + "\n");
    var hidden = r.reports().get(0).lines().get(0);
    assertEquals(Count.atLeast(120), hidden.launched());
    assertTrue(hidden.details().launchedWithheld());
    var shown = r.reports().get(1).lines().get(0);
    assertEquals(n(120), shown.launched());
    assertFalse(shown.details().launchedWithheld());
    assertEquals(List.of(ImportWarning.ofFile("test.csv",
        "status_data values other than 'hidden' read as 'launched given in full': shown")),
        r.warnings());
  }

  @Test
  void theZoneAndCatalogueAreOptions() {
    String text = "time_start,time_end,model,launched\n2025-01-01 22:00,2025-01-02 06:00,Gerbera-2,3\n";
    WeaponCatalog mine =
        WeaponCatalog.builtIn().with(CataloguedWeapon.of("Gerbera-2", WeaponCategory.DECOY_DRONE));
    AirForceCsvReader reader =
        AirForceCsv.reader().withZone(ZoneId.of("UTC")).withCatalog(mine);
    StrikeReport r = Fixtures.text(reader, text).reports().get(0);
    assertEquals(ZoneId.of("UTC"), r.period().zone());
    assertEquals(WeaponCategory.DECOY_DRONE, r.lines().get(0).weapon().category());
    assertEquals(WeaponCategory.UNCLASSIFIED,
        Fixtures.text(text).reports().get(0).lines().get(0).weapon().category());
  }

  @Test
  void aSourceGivenAsUrlOrPostPathOrBareNameGroupsByItsText() {
    String text = "time_start,time_end,model,launched,source\n"
        + "2025-01-01,2025-01-02,Kalibr,1,https://t.me/kpszsu/1\n"
        + "2025-01-01,2025-01-02,X-22,1,https://t.me/kpszsu/1\n"
        + "2025-01-01,2025-01-02,X-22,1,kpszsu\n"
        + "2025-01-01,2025-01-02,X-22,1,\n";
    List<StrikeReport> reps = Fixtures.text(text).reports();
    assertEquals(3, reps.size());
    assertEquals(2, reps.get(0).lines().size());
    assertEquals("kpszsu", reps.get(0).source().name());
    assertEquals("kpszsu", reps.get(1).source().name());
    assertTrue(reps.get(2).source().isUnknown());
    assertEquals("unknown@2025-01-01/2025-01-02", reps.get(2).id());
  }

  // ---- grouping and provenance ----------------------------------------------------------------

  /** Rows of posts 1, 2, 1, 3, 2: posts 1 and 2 are not contiguous. */
  static final String INTERLEAVED = HEADER + "\n" + good(1) + "\n" + good(2) + "\n"
      + good(1).replace("Shahed-136/131", "Kalibr") + "\n" + good(3) + "\n"
      + good(2).replace("Shahed-136/131", "X-22") + "\n";

  @Test
  void readGroupsNonContiguousRowsOfAReportAndSaysSo() {
    ImportResult r = Fixtures.text(INTERLEAVED);
    assertEquals(3, r.reports().size());
    ImportedReport first = r.imported().get(0);
    assertEquals(List.of("Shahed-136/131", "Kalibr"),
        first.report().lines().stream().map(l -> l.weapon().name()).toList());
    assertEquals(List.of(FileLocation.of("test.csv", 2), FileLocation.of("test.csv", 4)),
        first.rows());
    assertEquals(FileLocation.of("test.csv", 6), r.imported().get(1).locationOfLine(1));
    assertEquals(List.of(ImportWarning.of("test.csv", 4, "2 rows were not next to the other rows of "
        + "their report (same time_start, time_end and source): merged into that report (first at "
        + "this line)")), r.warnings());
    assertEquals(r.byId().get(first.report().id()), first);
  }

  @Test
  void streamingWithAWideEnoughWindowGivesWhatReadGives() throws IOException {
    List<ImportedReport> got = new ArrayList<>();
    ImportCounts counts = AirForceCsv.reader().withGroupingWindow(2)
        .read(new StringReader(INTERLEAVED), "test.csv", got::add);
    assertEquals(Fixtures.text(INTERLEAVED).imported(), got);
    assertEquals(ImportCounts.of("test.csv", 5, 0, 3), counts);
  }

  @Test
  void streamingWithANarrowWindowSplitsAFarRowIntoASeparateReport() throws IOException {
    List<ImportedReport> got = new ArrayList<>();
    List<ImportWarning> warnings = new ArrayList<>();
    ImportCounts counts = AirForceCsv.reader().withGroupingWindow(1)
        .read(new StringReader(INTERLEAVED), "test.csv", new ImportHandler() {
          @Override
          public void report(ImportedReport report) {
            got.add(report);
          }

          @Override
          public void warning(ImportWarning warning) {
            warnings.add(warning);
          }
        });
    // no row lost: 5 rows, each in exactly one report
    assertEquals(5, counts.rowsAccepted());
    assertEquals(5, got.stream().mapToInt(i -> i.report().lines().size()).sum());
    assertEquals(5, got.size());
    assertEquals(5, counts.reports());
    List<String> ids = got.stream().map(i -> i.report().id()).toList();
    assertEquals(ids.size(), ids.stream().distinct().count(), "ids stay unique: " + ids);
    String id1 = got.get(0).report().id();
    assertTrue(ids.contains(id1 + "#2"));
    // one warning for both rows that came back, naming the report the first one started
    assertTrue(warnings.stream().anyMatch(w -> w.message()
        .startsWith("2 separate reports started by rows that come more than")
        && w.message().endsWith("(first at this line: " + id1 + "#2)")), warnings::toString);
  }

  @Test
  void streamIsLazyClosableAndReportsRejectedRows(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("a.csv");
    Files.writeString(f, HEADER + "\n" + good(1) + "\n" + with(2, "launched", "x") + "\n" + good(3)
        + "\n", StandardCharsets.UTF_8);
    List<RejectedRow> bad = new ArrayList<>();
    List<String> ids;
    try (Stream<ImportedReport> s = AirForceCsv.reader().stream(f, bad::add)) {
      ids = s.map(i -> i.report().id()).collect(Collectors.toList());
    }
    assertEquals(2, ids.size());
    assertEquals(1, bad.size());
    assertEquals(FileLocation.of(f.toString(), 3), bad.get(0).location());
  }

  @Test
  void handlerReadOfAPathAndReadAllCountPerFile(@TempDir Path dir) throws IOException {
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    Files.writeString(a, HEADER + "\n" + good(1) + "\n", StandardCharsets.UTF_8);
    Files.writeString(b, HEADER + "\n" + good(2) + "\n" + with(3, "launched", "-3") + "\n",
        StandardCharsets.UTF_8);
    ImportResult all = AirForceCsv.reader().readAll(List.of(a, b));
    assertEquals(List.of(ImportCounts.of(a.toString(), 1, 0, 1), ImportCounts.of(b.toString(), 1, 1, 1)),
        all.files());
    assertEquals(3, all.rowsRead());
    assertEquals(OptionalLong.of(1), OptionalLong.of(all.counts(b.toString()).orElseThrow()
        .rowsRejected()));
    assertFalse(all.isComplete());
    ImportResult.Builder builder = ImportResult.builder();
    ImportCounts c = AirForceCsv.reader().read(b, builder);
    assertEquals(all.counts(b.toString()).orElseThrow(), c);
    assertEquals(AirForceCsv.reader().read(b), builder.addCounts(c).build());
  }

  @Test
  void streamingHandsOutReportsLongBeforeTheEndOfAHugeInput() {
    // a virtual file of 10 million rows, generated as it is read
    long rows = 10_000_000;
    java.io.Reader huge = new java.io.Reader() {
      long row = -1;
      String pending = "";
      int at;
      long served;

      @Override
      public int read(char[] cbuf, int off, int len) {
        if (at == pending.length()) {
          if (row == rows) {
            return -1;
          }
          pending = (row < 0 ? HEADER : good((int) row)) + "\n";
          at = 0;
          row++;
        }
        int n = Math.min(len, pending.length() - at);
        pending.getChars(at, at + n, cbuf, off);
        at += n;
        served += n;
        return n;
      }

      @Override
      public void close() {}

      @Override
      public String toString() {
        return Long.toString(served);
      }
    };
    class Enough extends RuntimeException {
      private static final long serialVersionUID = 1L;
    }
    List<ImportedReport> got = new ArrayList<>();
    assertThrows(Enough.class, () -> AirForceCsv.reader().withGroupingWindow(8)
        .read(huge, "huge.csv", r -> {
          got.add(r);
          if (got.size() == 100) {
            throw new Enough();
          }
        }));
    // 100 reports came after reading about 108 rows of the 10 million (and a buffer ahead)
    assertEquals(100, got.size());
    assertEquals(FileLocation.of("huge.csv", 101), got.get(99).location());
    assertTrue(Long.parseLong(huge.toString()) < 1_000_000, huge.toString());
  }

  @Test
  void optionsAreCheckedAndShown() {
    assertThrows(IllegalArgumentException.class, () -> AirForceCsv.reader().withGroupingWindow(0));
    assertEquals(AirForceCsvReader.DEFAULT_GROUPING_WINDOW, AirForceCsv.reader().groupingWindow());
    assertEquals(WeaponCatalog.builtIn(), AirForceCsv.reader().catalog());
    assertTrue(AirForceCsv.reader().toString().contains("LENIENT"));
    assertThrows(IllegalArgumentException.class,
        () -> AirForceCsv.reader().read(new StringReader(""), " "));
  }
}
