package org.conflictstats.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.conflictstats.io.ImportCounts;
import org.conflictstats.io.ImportException;
import org.conflictstats.io.ImportHandler;
import org.conflictstats.io.ImportMode;
import org.conflictstats.io.ImportWarning;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.RejectedRow;
import org.conflictstats.io.ReportSink;
import org.conflictstats.model.Count;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponLine;

/**
 * Fuzz tests of the library's JSON and JSON Lines readers: any text is a report or an
 * {@link ImportException} naming its line and field, never anything else; a report read is written
 * back to the very same report (the round trip is the identity) and to the same text again; every
 * count read is within the one limit of every input ({@code 10^9}); rows read = accepted +
 * rejected.
 */
final class JsonFuzzTest {

  private static final long MAX_COUNT = 1_000_000_000L;

  @FuzzTest(maxDuration = "5m")
  void aDocumentReadsBackAsItself(byte[] input) {
    String json = new String(input, StandardCharsets.UTF_8);
    for (ImportMode mode : ImportMode.values()) {
      StrikeReport report;
      try {
        report = ReportJson.read(json, JsonReadOptions.of(mode));
      } catch (ImportException e) {
        assertEquals("document", e.file());
        assertTrue(e.line() >= 1);
        assertFalse(e.getMessage().isBlank());
        continue;
      }
      checkCounts(report);
      String written = ReportJson.write(report);
      StrikeReport back = ReportJson.read(written);
      assertEquals(report, back);
      assertEquals(written, ReportJson.write(back));
    }
  }

  @FuzzTest(maxDuration = "5m")
  void jsonLinesCountEveryRow(byte[] input) throws IOException {
    for (ImportMode mode : ImportMode.values()) {
      List<ImportedReport> reports = new ArrayList<>();
      List<RejectedRow> rejected = new ArrayList<>();
      ImportCounts counts;
      try {
        counts = JsonLinesReader.read(new ByteArrayInputStream(input), "fuzz.jsonl",
            JsonReadOptions.of(mode), ReportSink.of(new ImportHandler() {
              @Override
              public void report(ImportedReport report) {
                reports.add(report);
              }

              @Override
              public void rejected(RejectedRow row) {
                rejected.add(row);
              }

              @Override
              public void warning(ImportWarning warning) {}
            }));
      } catch (ImportException e) {
        assertEquals(ImportMode.STRICT, mode, e::getMessage);
        assertEquals("fuzz.jsonl", e.file());
        continue;
      }
      assertEquals(counts.rowsRead(), counts.rowsAccepted() + counts.rowsRejected());
      assertEquals(reports.size(), counts.reports());
      assertEquals(rejected.size(), counts.rowsRejected());
      for (ImportedReport r : reports) {
        checkCounts(r.report());
        assertEquals(r.report(), ReportJson.read(ReportJson.write(r.report())));
      }
    }
  }

  /** Every count of a report is within the input limit, so no sum of counts can overflow. */
  static void checkCounts(StrikeReport report) {
    for (WeaponLine l : report.lines()) {
      for (Count c : List.of(l.launched(), l.destroyed(), l.suppressed(), l.stillAirborne(),
          l.leftAirspace(), l.hit())) {
        assertTrue(c.lower() <= MAX_COUNT, c::toString);
        assertTrue(c.upperOrElse(0) <= MAX_COUNT, c::toString);
      }
    }
    for (var t : List.of(report.period().start(), report.period().end())) {
      assertTrue(t.dateTime().getYear() >= 1900 && t.dateTime().getYear() <= 2200, t::toString);
    }
  }
}
