package org.conflictstats.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.conflictstats.io.FileLocation;
import org.conflictstats.io.ImportCounts;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.ReportInput;
import org.conflictstats.io.ReportSink;
import org.conflictstats.io.csv.AirForceCsv;
import org.conflictstats.io.csv.AirForceCsvReader;
import org.conflictstats.model.SourceScope;
import org.conflictstats.stats.Rate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SnapshotDiff} on two small releases written by us, in two layouts (the 2023 one without
 * {@code not_reach_goal}, and one with it): one report unchanged (its missing outcome columns read
 * as exact zeros in the old layout, written as 0 in the new), one revised (a destroyed figure, its
 * lines in another order), one removed, one added. Every figure below is worked out by hand from
 * the rows.
 */
final class SnapshotDiffTest {

  static final String OLD_HEADER =
      "time_start,time_end,model,launch_place,target,carrier,launched,destroyed,source\n";
  static final String NEW_HEADER = "time_start,time_end,model,launch_place,target,launched,"
      + "destroyed,not_reach_goal,still_attacking,source\n";

  /** A: unchanged; B: revised (Kalibr destroyed 2 -> 3); C: removed. */
  static final String OLD = OLD_HEADER
      + "2025-03-01 20:00,2025-03-02 08:00,Shahed-136/131,,Ukraine,,10,8,kpszsu/posts/a\n"
      + "2025-03-02 20:00,2025-03-03 08:00,Kalibr,,Ukraine,,4,2,kpszsu/posts/b\n"
      + "2025-03-02 20:00,2025-03-03 08:00,Shahed-136/131,,Ukraine,,6,6,kpszsu/posts/b\n"
      + "2025-04-10 20:00,2025-04-11 08:00,Kh-101/Kh-555,,Ukraine,,5,5,kpszsu/posts/c\n";

  /** B first (its lines in the other order), A, then E: added, its suppressed blank. */
  static final String NEW = NEW_HEADER
      + "2025-03-02 20:00,2025-03-03 08:00,Shahed-136/131,,Ukraine,6.0,6.0,0.0,0.0,kpszsu/posts/b\n"
      + "2025-03-02 20:00,2025-03-03 08:00,Kalibr,,Ukraine,4.0,3.0,0.0,0.0,kpszsu/posts/b\n"
      + "2025-03-01 20:00,2025-03-02 08:00,Shahed-136/131,,Ukraine,10.0,8.0,0.0,0.0,kpszsu/posts/a\n"
      + "2025-05-05 20:00,2025-05-06 08:00,Iskander-M,,Ukraine,2.0,0.0,,,kpszsu/posts/e\n";

  @TempDir
  Path dir;

  private Path oldFile;
  private Path newFile;
  private final AirForceCsvReader reader = AirForceCsv.reader();

  @BeforeEach
  void write() throws IOException {
    oldFile = Files.writeString(dir.resolve("old.csv"), OLD);
    newFile = Files.writeString(dir.resolve("new.csv"), NEW);
  }

  private ReportInput input(Path file) {
    return ReportInput.of(file.getFileName().toString(), sink -> reader.read(file, sink));
  }

  private String at(Path file, long line) {
    return file + ":" + line;
  }

  /**
   * One input holding the reports of several files, one after the other, each file's lines moved
   * down by 1000 times its place (within one input each report starts on a line of its own), as
   * a JSON Lines file that holds them all would.
   */
  private ReportInput concatenated(String name, Path... files) throws IOException {
    List<ImportedReport> all = new ArrayList<>();
    for (int i = 0; i < files.length; i++) {
      var sink = ReportSink.collecting(Collectors.<ImportedReport>toList());
      reader.read(files[i], sink);
      long shift = 1000L * i;
      for (ImportedReport r : sink.result()) {
        List<FileLocation> rows = new ArrayList<>();
        r.rows().forEach(l -> rows.add(FileLocation.of(name, l.line() + shift)));
        all.add(ImportedReport.of(r.report(), rows));
      }
    }
    return ReportInput.of(name, sink -> feed(sink, all, name));
  }

  private static <P> ImportCounts feed(ReportSink<P> sink, List<ImportedReport> reports,
      String name) {
    P part = sink.newPart();
    reports.forEach(r -> sink.accept(part, r));
    sink.merge(part);
    return ImportCounts.of(name, reports.stream().mapToLong(r -> r.rows().size()).sum(), 0,
        reports.size());
  }

  @Test
  void findsAddedRemovedRevisedAndUnchangedAcrossLayouts() throws IOException {
    SnapshotDiff.Result r = SnapshotDiff.standard().compare(input(oldFile), input(newFile));
    assertEquals(1, r.added());
    assertEquals(1, r.removed());
    assertEquals(1, r.revised());
    assertEquals(1, r.unchanged());
    assertFalse(r.noChange());
    assertEquals("added 1, removed 1, revised 1, unchanged 1", r.toString());
    assertEquals(3, r.before().reports());
    assertEquals(3, r.after().reports());
    assertEquals(4, r.before().counts().rowsRead());

    ReportChange b = r.revisedReports().get(0);
    assertEquals(ReportChange.Kind.REVISED, b.kind());
    assertEquals("kpszsu/posts/b", b.key().post());
    assertEquals(Optional.of(FileLocation.of(oldFile.toString(), 3)), b.before());
    assertEquals(Optional.of(FileLocation.of(newFile.toString(), 2)), b.after());
    // the Shahed line is the same in both: only the Kalibr's destroyed figure changed
    assertEquals(List.of(new FieldChange("lines[Kalibr].destroyed", "2", "3")), b.changes());

    ReportChange c = r.removedReports().get(0);
    assertEquals(ReportChange.Kind.REMOVED, c.kind());
    assertEquals("kpszsu/posts/c", c.key().post());
    assertEquals(Optional.of(FileLocation.of(oldFile.toString(), 5)), c.before());
    assertEquals(Optional.empty(), c.after());
    assertEquals(1, c.changes().size());
    assertEquals("lines[Kh-101/Kh-555]", c.changes().get(0).field());
    assertTrue(c.changes().get(0).before().startsWith("launched 5, destroyed 5, suppressed 0,"),
        c.changes().get(0)::toString);
    assertEquals(FieldChange.NONE, c.changes().get(0).after());

    ReportChange e = r.addedReports().get(0);
    assertEquals("kpszsu/posts/e", e.key().post());
    assertEquals(Optional.of(FileLocation.of(newFile.toString(), 5)), e.after());
    assertTrue(e.changes().get(0).after().startsWith("launched 2, destroyed 0, suppressed unknown"),
        e.changes().get(0)::toString);
  }

  @Test
  void writesTheMonthsAsCsvWithEmptyCellsForAMonthAFileHasNot() throws IOException {
    SnapshotDiff.Result r = SnapshotDiff.standard().compare(input(oldFile), input(newFile));
    StringWriter out = new StringWriter();
    SnapshotDiffCsv.write(r, out);
    // March: 10 + 4 + 6 launched in both; neutralised 8 + 2 + 6 = 16, then 8 + 3 + 6 = 17
    // April: C alone (5 of 5); May: E alone (2 launched, none destroyed, suppressed unknown)
    assertEquals(SnapshotDiffCsv.HEADER + "\n"
        + "2025-03,20,20,16,17,0.8,0.85\n"
        + "2025-04,5,,5,,1,\n"
        + "2025-05,,2,,0,,0\n", out.toString());
    assertEquals(List.of(true, true, true),
        r.months().stream().map(MonthChange::changed).toList());
  }

  @Test
  void writesJsonWithTheIntegerCounts() throws IOException {
    SnapshotDiff.Result r = SnapshotDiff.standard().compare(input(oldFile), input(newFile));
    StringWriter out = new StringWriter();
    SnapshotDiffJson.write(r, SnapshotDiff.DEFAULT_LIMIT, out);
    JsonNode j = new ObjectMapper().readTree(out.toString());
    for (String field : List.of("added", "removed", "revised", "unchanged")) {
      assertTrue(j.get(field).isIntegralNumber(), field);
      assertEquals(1, j.get(field).asLong(), field);
    }
    assertFalse(j.get("no_change").asBoolean());
    assertEquals("old.csv", j.get("old").get("file").asText());
    assertEquals(3, j.get("new").get("reports").asLong());
    JsonNode march = j.get("months").get(0);
    assertEquals("2025-03", march.get("month").asText());
    assertEquals(16, march.get("neutralised_old").asLong());
    assertEquals(17, march.get("neutralised_new").asLong());
    assertTrue(j.get("months").get(1).get("launched_new").isNull());
    JsonNode revised = j.get("revised_reports").get(0);
    assertEquals(at(oldFile, 3), revised.get("old").asText());
    assertEquals(at(newFile, 2), revised.get("new").asText());
    assertEquals("lines[Kalibr].destroyed", revised.get("changes").get(0).get("field").asText());
    assertEquals("2", revised.get("changes").get(0).get("old").asText());
    assertEquals("3", revised.get("changes").get(0).get("new").asText());
    assertEquals(1, j.get("added_reports").size());
    assertEquals(1, j.get("removed_reports").size());
  }

  /**
   * {@code withScope} narrows the comparison and the figures per month: a report of another
   * source is neither compared nor counted, though its rows are read (review rv48a: the reports
   * were compared whatever their source, and a regional report's revision was listed under
   * {@code --sources national}); the JSON gives each side's lines at risk of overlap (rv46a).
   */
  @Test
  void theScopeNarrowsTheComparisonAndTheMonths() throws IOException {
    Path regional = Files.writeString(dir.resolve("regional.csv"), OLD
        + "2025-03-01 21:00,2025-03-02 07:00,Shahed-136/131,,Ukraine,,7,7,PvKPivden/posts/r\n"
        + "2025-03-05 21:00,2025-03-06 07:00,Shahed-136/131,,Ukraine,,3,3,PvKPivden/posts/s\n");
    Path regionalRevised = Files.writeString(dir.resolve("regional-revised.csv"), NEW
        + "2025-03-05 21:00,2025-03-06 07:00,Shahed-136/131,,Ukraine,3,2,0,0,PvKPivden/posts/s\n");
    SnapshotDiff.Result all = SnapshotDiff.standard().compare(input(regional),
        input(regionalRevised));
    SnapshotDiff national = SnapshotDiff.standard().withScope(SourceScope.NATIONAL);
    assertEquals(SourceScope.ALL, SnapshotDiff.standard().scope());
    assertEquals(SourceScope.NATIONAL, national.scope());
    assertEquals(SourceScope.NATIONAL, national.monthQuery().scope());
    SnapshotDiff.Result r = national.compare(input(regional), input(regionalRevised));
    // every source: r removed, s revised besides the national reports' changes
    assertEquals("added 1, removed 2, revised 2, unchanged 1", all.toString());
    assertEquals("added 1, removed 1, revised 1, unchanged 1", r.toString());
    assertEquals(List.of("kpszsu/posts/b"), r.revisedReports().stream()
        .map(c -> c.key().post()).toList());
    assertEquals(5, all.before().reports());
    assertEquals(3, r.before().reports()); // the national reports
    assertEquals(6, r.before().counts().rowsRead()); // every row is read
    assertEquals(SourceScope.REGIONAL, SnapshotDiff.standard().withScope(SourceScope.REGIONAL)
        .compare(input(regional), input(regionalRevised)).scope());
    assertEquals("added 0, removed 1, revised 1, unchanged 0", SnapshotDiff.standard()
        .withScope(SourceScope.REGIONAL).compare(input(regional), input(regionalRevised))
        .toString());
    // March, old: 10 + 4 + 6 national, + 7 + 3 regional with every source
    assertEquals(30, all.months().get(0).before().orElseThrow().launched());
    assertEquals(20, r.months().get(0).before().orElseThrow().launched());
    assertTrue(all.beforeTable().overlap().exists());
    assertFalse(r.beforeTable().overlap().exists());
    StringWriter out = new StringWriter();
    SnapshotDiffJson.write(all, 0, out);
    JsonNode old = new ObjectMapper().readTree(out.toString()).get("old");
    assertEquals(2, old.get("overlap_lines").asLong());
    assertEquals(2, old.get("overlap_reports").asLong());
    // the JSON names the sources its months count
    assertEquals(SourceScope.ALL, all.scope());
    assertEquals(SourceScope.NATIONAL, r.scope());
    assertEquals("all", new ObjectMapper().readTree(out.toString()).get("sources").asText());
    StringWriter narrowed = new StringWriter();
    SnapshotDiffJson.write(r, 0, narrowed);
    assertEquals("national",
        new ObjectMapper().readTree(narrowed.toString()).get("sources").asText());
  }

  @Test
  void aFileComparedWithItselfIsNoChange() throws IOException {
    SnapshotDiff.Result r = SnapshotDiff.standard().compare(input(newFile), input(newFile));
    assertTrue(r.noChange());
    assertEquals(3, r.unchanged());
    assertEquals("no change: 3 reports unchanged", r.toString());
    assertTrue(r.months().stream().noneMatch(MonthChange::changed));
    assertTrue(r.revisedReports().isEmpty() && r.addedReports().isEmpty()
        && r.removedReports().isEmpty());
  }

  /**
   * A release that writes a composite line's parts in another order revises nothing: the same
   * parts are the same weapon (review rv46a: the real releases' 2022-12-16 report listed a
   * "weapon" change from "Kh-101/Kh-555 and Kh-22 and Kalibr" to "... and Kalibr and Kh-22"); a
   * change of counts beside it is one change of that count, not of the weapon.
   */
  @Test
  void theOrderOfACompositesPartsIsNoChange() throws IOException {
    String before = OLD_HEADER
        + "2025-03-01 20:00,2025-03-02 08:00,X-101/X-555 and Kalibr,,Ukraine,,10,8,kpszsu/posts/a\n"
        + "2025-03-02 20:00,2025-03-03 08:00,Kalibr and Iskander-M,,Ukraine,,4,2,kpszsu/posts/b\n";
    String after = OLD_HEADER
        + "2025-03-01 20:00,2025-03-02 08:00,Kalibr and X-101/X-555,,Ukraine,,10,8,kpszsu/posts/a\n"
        + "2025-03-02 20:00,2025-03-03 08:00,Iskander-M and Kalibr,,Ukraine,,4,3,kpszsu/posts/b\n";
    Path a = Files.writeString(dir.resolve("a.csv"), before);
    Path b = Files.writeString(dir.resolve("b.csv"), after);
    SnapshotDiff.Result r = SnapshotDiff.standard().compare(input(a), input(b));
    assertEquals("added 0, removed 0, revised 1, unchanged 1", r.toString());
    List<FieldChange> changes = r.revisedReports().get(0).changes();
    assertEquals(List.of(new FieldChange("lines[Iskander-M and Kalibr].destroyed", "2", "3")),
        changes);
  }

  @Test
  void aReportGivenTwiceWithinASnapshotIsOneReport() throws IOException {
    // the old release given twice in one input: every report of the second a copy
    ReportInput twice = concatenated("old twice", oldFile, oldFile);
    SnapshotDiff.Result r = SnapshotDiff.standard().compare(twice, input(oldFile));
    assertTrue(r.noChange(), r::toString);
    assertEquals(3, r.unchanged());
    assertEquals(3, r.before().identity().duplicates());
    assertEquals(3, r.before().reports());
    assertEquals(20, r.months().get(0).before().orElseThrow().launched());
  }

  @Test
  void aRevisionWithinASnapshotCountsByPrefer() throws IOException {
    // the new release, then its revision of B (Kalibr destroyed 4): the latest version counts by
    // default, so against the new release B is revised; preferring the first, it is unchanged
    Path fix = Files.writeString(dir.resolve("fix.csv"), NEW_HEADER
        + "2025-03-02 20:00,2025-03-03 08:00,Kalibr,,Ukraine,4,4,0,0,kpszsu/posts/b\n"
        + "2025-03-02 20:00,2025-03-03 08:00,Shahed-136/131,,Ukraine,6,6,0,0,kpszsu/posts/b\n");
    ReportInput fixed = concatenated("new+fix", newFile, fix);
    SnapshotDiff.Result last = SnapshotDiff.standard().compare(input(newFile), fixed);
    assertEquals(1, last.revised());
    assertEquals(List.of(new FieldChange("lines[Kalibr].destroyed", "3", "4")),
        last.revisedReports().get(0).changes());
    assertEquals(Optional.of(FileLocation.of("new+fix", 1002)),
        last.revisedReports().get(0).after());
    assertEquals(1, last.after().identity().revisions());
    SnapshotDiff.Result first = SnapshotDiff.standard()
        .withPrefer(org.conflictstats.io.DistinctReports.Prefer.FIRST)
        .compare(input(newFile), fixed);
    assertTrue(first.noChange(), first::toString);
  }

  @Test
  void theLimitListsTheFirstReportsOnlyAndZeroNone() throws IOException {
    SnapshotDiff.Result none = SnapshotDiff.standard().withLimit(0)
        .compare(input(oldFile), input(newFile));
    assertEquals(1, none.revised());
    assertTrue(none.revisedReports().isEmpty() && none.addedReports().isEmpty()
        && none.removedReports().isEmpty());
    // every report of the old file is removed against an empty release; the first one listed
    Path empty = Files.writeString(dir.resolve("empty.csv"), OLD_HEADER);
    SnapshotDiff.Result one = SnapshotDiff.standard().withLimit(1)
        .compare(input(oldFile), input(empty));
    assertEquals(3, one.removed());
    assertEquals(1, one.removedReports().size());
    assertEquals(Optional.of(FileLocation.of(oldFile.toString(), 2)), one.removedReports().get(0).before());
    assertThrows(IllegalArgumentException.class, () -> SnapshotDiff.standard().withLimit(-1));
  }

  @Test
  void revisionsOnlyBetweenZeroAndUnknownAreCountedApartAndListedLast() throws IOException {
    // A: suppressed and still airborne 0 -> blank (no figure changed); B: the same, and Kalibr
    // destroyed 2 -> 3; D, read first in the new file: still airborne 0 -> blank only
    Path older = Files.writeString(dir.resolve("older.csv"), NEW_HEADER
        + "2025-03-01 20:00,2025-03-02 08:00,Shahed-136/131,,Ukraine,10,8,0,0,kpszsu/posts/a\n"
        + "2025-03-02 20:00,2025-03-03 08:00,Kalibr,,Ukraine,4,2,0,0,kpszsu/posts/b\n"
        + "2025-03-04 20:00,2025-03-05 08:00,Kalibr,,Ukraine,4,0,0,0,kpszsu/posts/d\n");
    Path newer = Files.writeString(dir.resolve("newer.csv"), NEW_HEADER
        + "2025-03-04 20:00,2025-03-05 08:00,Kalibr,,Ukraine,4,0,0,,kpszsu/posts/d\n"
        + "2025-03-01 20:00,2025-03-02 08:00,Shahed-136/131,,Ukraine,10,8,,,kpszsu/posts/a\n"
        + "2025-03-02 20:00,2025-03-03 08:00,Kalibr,,Ukraine,4,3,,,kpszsu/posts/b\n");
    SnapshotDiff.Result r = SnapshotDiff.standard().compare(input(older), input(newer));
    assertEquals(3, r.revised());
    assertEquals(2, r.revisedOnlyZeroUnknown());
    assertEquals("added 0, removed 0, revised 3 (2 only between 0 and unknown), unchanged 0",
        r.toString());
    assertEquals(List.of("kpszsu/posts/b", "kpszsu/posts/d", "kpszsu/posts/a"),
        r.revisedReports().stream().map(c -> c.key().post()).toList());
    assertEquals(List.of(new FieldChange("lines[Kalibr].still_airborne", "0", "unknown")),
        r.revisedReports().get(1).changes());
    // with a limit of one, the one that changed a figure
    assertEquals(List.of("kpszsu/posts/b"), SnapshotDiff.standard().withLimit(1)
        .compare(input(older), input(newer)).revisedReports().stream()
        .map(c -> c.key().post()).toList());
    // a figure that becomes unknown from anything but 0 is a change of figure, and so is a
    // destroyed or launched 0 that becomes unknown (every layout has those columns)
    for (String[] pair : List.of(new String[] {"4,3,0,0", "4,,0,0"},
        new String[] {"4,0,0,0", "4,,0,0"}, new String[] {"0,0,0,0", ",0,0,0"},
        new String[] {"4,2,0,5", "4,2,0,"})) {
      Path was = Files.writeString(dir.resolve("was.csv"), NEW_HEADER
          + "2025-03-04 20:00,2025-03-05 08:00,Kalibr,,Ukraine," + pair[0] + ",kpszsu/posts/d\n");
      Path is = Files.writeString(dir.resolve("is.csv"), NEW_HEADER
          + "2025-03-04 20:00,2025-03-05 08:00,Kalibr,,Ukraine," + pair[1] + ",kpszsu/posts/d\n");
      SnapshotDiff.Result f = SnapshotDiff.standard().compare(input(was), input(is));
      assertEquals(1, f.revised(), String.join(" -> ", pair));
      assertEquals(0, f.revisedOnlyZeroUnknown(), String.join(" -> ", pair));
    }
  }

  @Test
  void aWeaponChangedInPlaceIsOneWeaponChangeAndItsCounts() throws IOException {
    Path renamed = Files.writeString(dir.resolve("renamed.csv"), OLD_HEADER
        + "2025-03-01 20:00,2025-03-02 08:00,Unknown UAV,,Ukraine,,10,7,kpszsu/posts/a\n");
    Path a = Files.writeString(dir.resolve("a.csv"), OLD_HEADER
        + "2025-03-01 20:00,2025-03-02 08:00,Shahed-136/131,,Ukraine,,10,8,kpszsu/posts/a\n");
    SnapshotDiff.Result r = SnapshotDiff.standard().compare(input(a), input(renamed));
    assertEquals(List.of(
        new FieldChange("lines[Shahed-136/131].weapon", "Shahed-136/131", "Unknown UAV"),
        new FieldChange("lines[Shahed-136/131].destroyed", "8", "7")),
        r.revisedReports().get(0).changes());
  }

  /**
   * A weapon on two lines of a report: each change names the line's place among that weapon's
   * lines, so that two changes of one count can be told apart, even where the lines' launched are
   * the same (reviews rv48a: {@code lines[Shahed-136/131].destroyed: 8 -> 5} and {@code 5 -> 8},
   * which line not said; rv48c: the launched named first was the same on both); lines added or
   * removed are named so too.
   */
  @Test
  void aWeaponOnTwoLinesNamesEachChangedLinesPlace() throws IOException {
    Path a = Files.writeString(dir.resolve("a.csv"), OLD_HEADER
        + "2025-03-01 20:00,2025-03-02 08:00,Shahed-136/131,,Ukraine,,10,8,kpszsu/posts/a\n"
        + "2025-03-01 20:00,2025-03-02 08:00,Shahed-136/131,,Ukraine,,6,5,kpszsu/posts/a\n"
        + "2025-03-01 20:00,2025-03-02 08:00,Kalibr,,Ukraine,,4,2,kpszsu/posts/a\n"
        + "2025-03-02 20:00,2025-03-03 08:00,Shahed-136/131,,south,,10,5,kpszsu/posts/b\n"
        + "2025-03-02 20:00,2025-03-03 08:00,Shahed-136/131,,north,,10,6,kpszsu/posts/b\n");
    Path b = Files.writeString(dir.resolve("b.csv"), OLD_HEADER
        + "2025-03-01 20:00,2025-03-02 08:00,Shahed-136/131,,Ukraine,,10,5,kpszsu/posts/a\n"
        + "2025-03-01 20:00,2025-03-02 08:00,Shahed-136/131,,Ukraine,,6,6,kpszsu/posts/a\n"
        + "2025-03-01 20:00,2025-03-02 08:00,Kalibr,,Ukraine,,4,3,kpszsu/posts/a\n"
        + "2025-03-02 20:00,2025-03-03 08:00,Shahed-136/131,,south,,10,7,kpszsu/posts/b\n"
        + "2025-03-02 20:00,2025-03-03 08:00,Shahed-136/131,,north,,10,8,kpszsu/posts/b\n"
        + "2025-03-02 20:00,2025-03-03 08:00,Shahed-136/131,,west,,3,3,kpszsu/posts/b\n"
        + "2025-03-05 20:00,2025-03-06 08:00,Shahed-136/131,,Ukraine,,2,2,kpszsu/posts/c\n"
        + "2025-03-05 20:00,2025-03-06 08:00,Shahed-136/131,,Ukraine,,5,5,kpszsu/posts/c\n");
    SnapshotDiff.Result r = SnapshotDiff.standard().compare(input(a), input(b));
    assertEquals(List.of(
        new FieldChange("lines[Kalibr].destroyed", "2", "3"),
        new FieldChange("lines[Shahed-136/131 #1].destroyed", "8", "5"),
        new FieldChange("lines[Shahed-136/131 #2].destroyed", "5", "6")),
        r.revisedReports().get(0).changes());
    List<String> fields = r.revisedReports().get(1).changes().stream()
        .map(FieldChange::field).toList();
    assertEquals(List.of("lines[Shahed-136/131 #1].destroyed",
        "lines[Shahed-136/131 #2].destroyed", "lines[Shahed-136/131 new #3]"), fields);
    assertEquals(List.of("5 -> 7", "6 -> 8"), r.revisedReports().get(1).changes().subList(0, 2)
        .stream().map(c -> c.before() + " -> " + c.after()).toList());
    assertEquals(List.of("lines[Shahed-136/131 #1]", "lines[Shahed-136/131 #2]"),
        r.addedReports().get(0).changes().stream().map(FieldChange::field).toList());
    // review rv48d: a line changed in place and one whose weapon changed had one label, the
    // first numbered in the newer version and the second in the older
    Path c = Files.writeString(dir.resolve("c.csv"), OLD_HEADER
        + "2025-03-01 20:00,2025-03-02 08:00,Shahed-136/131,,Ukraine,,30,20,kpszsu/posts/a\n"
        + "2025-03-01 20:00,2025-03-02 08:00,Shahed-136/131,,Ukraine,,10,8,kpszsu/posts/a\n");
    Path d = Files.writeString(dir.resolve("d.csv"), OLD_HEADER
        + "2025-03-01 20:00,2025-03-02 08:00,Shahed-136/131,,Ukraine,,11,8,kpszsu/posts/a\n"
        + "2025-03-01 20:00,2025-03-02 08:00,Kh-101/Kh-555,,Ukraine,,5,4,kpszsu/posts/a\n");
    for (Path[] pair : new Path[][] {{c, d}, {d, c}}) {
      List<FieldChange> changes = SnapshotDiff.standard().compare(input(pair[0]), input(pair[1]))
          .revisedReports().get(0).changes();
      List<String> names = changes.stream().map(FieldChange::field).toList();
      assertEquals(names.size(), names.stream().distinct().count(), names.toString());
    }
    assertEquals(List.of(
        new FieldChange("lines[Shahed-136/131 #2].launched", "10", "11"),
        new FieldChange("lines[Shahed-136/131 #1].weapon", "Shahed-136/131", "Kh-101/Kh-555"),
        new FieldChange("lines[Shahed-136/131 #1].launched", "30", "5"),
        new FieldChange("lines[Shahed-136/131 #1].destroyed", "20", "4")),
        SnapshotDiff.standard().compare(input(c), input(d)).revisedReports().get(0).changes());
  }

  /**
   * A month says which snapshots have it: one only the newer has is changed, but was added, not
   * revised; a month neither has is refused.
   */
  @Test
  void aMonthSaysWhichSnapshotsHaveIt() {
    Optional<Rate> r = Optional.of(Rate.of(1, 2, 2));
    assertEquals(MonthChange.Coverage.BOTH, new MonthChange("2025-01", r, r).coverage());
    assertEquals(MonthChange.Coverage.OLD,
        new MonthChange("2025-01", r, Optional.empty()).coverage());
    MonthChange added = new MonthChange("2025-01", Optional.empty(), r);
    assertEquals(MonthChange.Coverage.NEW, added.coverage());
    assertTrue(added.changed());
    assertThrows(IllegalArgumentException.class,
        () -> new MonthChange("2025-01", Optional.empty(), Optional.empty()));
  }
}
