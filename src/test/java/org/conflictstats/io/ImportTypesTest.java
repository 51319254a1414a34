package org.conflictstats.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.conflictstats.model.Count;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponLine;
import org.junit.jupiter.api.Test;

final class ImportTypesTest {

  static final FileLocation AT = FileLocation.of("a.csv", 17);

  static StrikeReport report(String id, int lines) {
    StrikeReport.Builder b = StrikeReport.builder().id(id).period(ReportPeriod.of(
        ReportTime.ofDate(LocalDate.of(2025, 1, 1)), ReportTime.ofDate(LocalDate.of(2025, 1, 2))));
    for (int i = 0; i < lines; i++) {
      b.addLine(WeaponLine.of(WeaponCatalog.builtIn().resolve("Kalibr"), Count.exactly(i)));
    }
    return b.build();
  }

  @Test
  void countsEnforceReadEqualsAcceptedPlusRejected() {
    ImportCounts c = ImportCounts.of("a.csv", 10, 2, 4);
    assertEquals(12, c.rowsRead());
    assertFalse(c.isComplete());
    assertEquals("a.csv: 12 rows read = 10 accepted + 2 rejected; 4 reports", c.toString());
    assertThrows(IllegalArgumentException.class, () -> new ImportCounts("a.csv", 11, 10, 2, 4));
    assertThrows(IllegalArgumentException.class, () -> ImportCounts.of("a.csv", -1, 1, 0));
    assertThrows(IllegalArgumentException.class, () -> ImportCounts.of(" ", 1, 1, 0));
    assertTrue(ImportCounts.of("a.csv", 3, 0, 1).isComplete());
  }

  @Test
  void rejectedRowSaysFileLineAndReason() {
    RejectedRow r = RejectedRow.of(AT, "launched", "x,abc", "column 'launched': not a count: 'abc'");
    assertEquals("a.csv:17: column 'launched': not a count: 'abc'", r.message());
    assertEquals(r.message(), r.toString());
    assertEquals(Optional.of("launched"), r.field());
    assertEquals(17, r.line());
    assertEquals("a.csv", r.file());
    assertEquals(Optional.empty(), RejectedRow.ofRow(AT, "", "bad").field());
    assertThrows(IllegalArgumentException.class, () -> RejectedRow.ofRow(AT, "", " "));
  }

  @Test
  void importExceptionCarriesTheRow() {
    RejectedRow r = RejectedRow.of(AT, "time_end", "raw", "column 'time_end': bad");
    ImportException e = new ImportException(r, new IllegalStateException("cause"));
    assertEquals("a.csv:17: column 'time_end': bad", e.getMessage());
    assertSame(r, e.rejectedRow());
    assertEquals("a.csv", e.file());
    assertEquals(17, e.line());
    assertEquals(Optional.of("time_end"), e.field());
    assertEquals("column 'time_end': bad", e.reason());
    assertEquals("cause", e.getCause().getMessage());
  }

  @Test
  void locationsAndWarnings() {
    assertEquals("a.csv:17", AT.toString());
    assertThrows(IllegalArgumentException.class, () -> FileLocation.of("a.csv", 0));
    assertTrue(FileLocation.of("a.csv", 2).compareTo(FileLocation.of("a.csv", 10)) < 0);
    assertTrue(FileLocation.of("a.csv", 20).compareTo(FileLocation.of("b.csv", 1)) < 0);
    assertEquals("a.csv:3: x", ImportWarning.of("a.csv", 3, "x").toString());
    assertEquals("a.csv: x", ImportWarning.ofFile("a.csv", "x").toString());
    assertEquals("a.csv:3", ImportWarning.of("a.csv", 3, "x").place());
    assertEquals("a.csv", ImportWarning.ofFile("a.csv", "x").place());
    assertEquals(OptionalLong.empty(), ImportWarning.ofFile("a.csv", "x").line());
    assertThrows(IllegalArgumentException.class, () -> ImportWarning.of("a.csv", 0, "x"));
    assertThrows(IllegalArgumentException.class, () -> ImportWarning.ofFile("a.csv", ""));
  }

  @Test
  void importedReportHasOneLocationPerLine() {
    StrikeReport r = report("r1", 2);
    ImportedReport i = ImportedReport.of(r, List.of(FileLocation.of("a.csv", 2), AT));
    assertEquals(FileLocation.of("a.csv", 2), i.location());
    assertEquals(AT, i.locationOfLine(1));
    assertThrows(IllegalArgumentException.class, () -> ImportedReport.of(r, List.of(AT)));
    assertThrows(IllegalStateException.class,
        () -> ImportedReport.of(report("r0", 0), List.of()).location());
    // a finding's line: the row of lines[i], else where the report begins
    assertEquals(AT, i.locationOf(OptionalInt.of(1)));
    assertEquals(FileLocation.of("a.csv", 2), i.locationOf(OptionalInt.empty()));
    assertEquals(FileLocation.of("a.csv", 2), i.locationOf(OptionalInt.of(2)), "no such line");
    // a report with lines is where its rows are
    assertThrows(IllegalArgumentException.class, () -> new ImportedReport(r,
        ImmutableList.of(FileLocation.of("a.csv", 2), AT), Optional.of(AT)));
  }

  @Test
  void aReportReadWholeFromOnePlaceIsLocatedThereWithOrWithoutLines() {
    ImportedReport none = ImportedReport.at(report("r0", 0), AT);
    assertEquals(AT, none.location());
    assertEquals(AT, none.locationOf(OptionalInt.of(0)));
    assertEquals(List.of(), none.rows());
    ImportedReport two = ImportedReport.at(report("r2", 2), AT);
    assertEquals(List.of(AT, AT), two.rows());
    assertEquals(ImportedReport.of(two.report(), List.of(AT, AT)), two);
  }

  @Test
  void resultChecksItsCountsAndCombines() {
    ImportedReport a = ImportedReport.of(report("r1", 2),
        List.of(FileLocation.of("a.csv", 2), FileLocation.of("a.csv", 3)));
    RejectedRow bad = RejectedRow.ofRow(FileLocation.of("a.csv", 4), "x", "bad");
    ImportResult one = ImportResult.of(List.of(a), List.of(bad), List.of(),
        List.of(ImportCounts.of("a.csv", 2, 1, 1)));
    assertEquals(3, one.rowsRead());
    assertEquals(List.of(a.report()), one.reports());
    assertFalse(one.isComplete());
    assertEquals("a.csv: 3 rows read = 2 accepted + 1 rejected; 1 report", one.summary());
    assertEquals("b.csv: 1 row read = 1 accepted + 0 rejected; 1 report",
        ImportCounts.of("b.csv", 1, 0, 1).toString());

    ImportedReport b = ImportedReport.of(report("r2", 1), List.of(FileLocation.of("b.csv", 2)));
    ImportResult two = ImportResult.of(List.of(b), List.of(), List.of(ImportWarning.ofFile("b.csv",
        "w")), List.of(ImportCounts.of("b.csv", 1, 0, 1)));
    ImportResult both = one.plus(two);
    assertEquals(4, both.rowsRead());
    assertEquals(List.of("r1", "r2"), List.copyOf(both.byId().keySet()));
    assertEquals(Optional.of(ImportCounts.of("b.csv", 1, 0, 1)), both.counts("b.csv"));
    assertEquals(Optional.empty(), both.counts("c.csv"));
    assertEquals(both, ImportResult.empty().plus(one).plus(two));
    assertEquals("no file read", ImportResult.empty().summary());

    // counts that do not agree with the parts are refused
    assertThrows(IllegalArgumentException.class, () -> ImportResult.of(List.of(a), List.of(),
        List.of(), List.of(ImportCounts.of("a.csv", 2, 1, 1))));
    assertThrows(IllegalArgumentException.class, () -> ImportResult.of(List.of(a), List.of(bad),
        List.of(), List.of(ImportCounts.of("a.csv", 3, 1, 1))));
    assertThrows(IllegalArgumentException.class, () -> ImportResult.of(List.of(a), List.of(bad),
        List.of(), List.of(ImportCounts.of("a.csv", 2, 1, 2))));
  }

  @Test
  void builderIsAHandler() {
    ImportResult.Builder b = ImportResult.builder();
    ImportHandler h = b;
    h.report(ImportedReport.of(report("r1", 1), List.of(AT)));
    h.rejected(RejectedRow.ofRow(FileLocation.of("a.csv", 18), "", "bad"));
    h.warning(ImportWarning.ofFile("a.csv", "w"));
    ImportResult r = b.addCounts(ImportCounts.of("a.csv", 1, 1, 1)).build();
    assertEquals(2, r.rowsRead());
    assertEquals(1, r.warnings().size());
  }

  @Test
  void equality() {
    RejectedRow row = RejectedRow.of(AT, "launched", "raw", "bad");
    new EqualsTester()
        .addEqualityGroup(FileLocation.of("a.csv", 1), FileLocation.of("a.csv", 1))
        .addEqualityGroup(FileLocation.of("a.csv", 2))
        .addEqualityGroup(FileLocation.of("b.csv", 1))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(row, RejectedRow.of(AT, "launched", "raw", "bad"))
        .addEqualityGroup(RejectedRow.ofRow(AT, "raw", "bad"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(ImportResult.empty(),
            ImportResult.of(List.of(), List.of(), List.of(), List.of()))
        .addEqualityGroup(ImportResult.of(List.of(), List.of(), List.of(),
            List.of(ImportCounts.of("a.csv", 0, 0, 0))))
        .addEqualityGroup(ImportResult.of(List.of(), List.of(row), List.of(),
            List.of(ImportCounts.of("a.csv", 0, 1, 0))))
        .testEquals();
  }

  @Test
  void nullsAreRejected() {
    NullPointerTester t = new NullPointerTester()
        .setDefault(FileLocation.class, AT)
        .setDefault(StrikeReport.class, report("r", 1))
        .setDefault(RejectedRow.class, RejectedRow.ofRow(AT, "", "bad"))
        .setDefault(ImportResult.class, ImportResult.empty());
    for (Class<?> c : List.of(FileLocation.class, RejectedRow.class, ImportWarning.class,
        ImportCounts.class, ImportedReport.class, ImportResult.class)) {
      t.testAllPublicStaticMethods(c);
    }
    t.testAllPublicConstructors(ImportException.class);
    t.testAllPublicInstanceMethods(ImportResult.empty());
    t.testAllPublicInstanceMethods(ImportResult.builder());
  }
}
