package org.conflictstats.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.conflictstats.io.ImportResult;
import org.conflictstats.io.csv.AirForceCsv;
import org.conflictstats.testing.RealData;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both real Air Force files (../shared/data, or -Dconflictstats.data=DIR), read with the CSV
 * reader with every row kept, written as JSON Lines and read back strictly: equal reports, in the
 * same order, with the same row counts. Skipped when the data folder is absent.
 */
final class JsonLinesRealDataTest {

  @TempDir
  Path dir;

  private static Path realFile(String name) {
    return RealData.airForce(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"missile_attacks_daily-2023-07.csv", "missile_attacks_daily-2026-02.csv"})
  void everyReportOfARealFileSurvivesJsonLines(String name) throws IOException {
    ImportResult csv = AirForceCsv.reader().read(realFile(name));
    assertEquals(0, csv.rowsRejected(), "every row of the real file is kept: " + csv.summary());
    assertTrue(csv.reports().size() > 100, csv.summary());

    Path jsonl = dir.resolve(name.replace(".csv", ".jsonl"));
    try (JsonLinesWriter out = JsonLinesWriter.open(jsonl)) {
      out.writeAll(csv.reports());
    }
    assertTrue(ReportJson.looksLikeJsonLines(jsonl));
    assertFalse(AirForceCsv.looksLikeAirForceCsv(jsonl));
    try (var lines = Files.lines(jsonl)) {
      assertEquals(csv.reports().size(), lines.count(), "one line per report");
    }

    ImportResult back = JsonLinesReader.readAll(jsonl, JsonReadOptions.strict());
    assertEquals(csv.reports(), back.reports());
    assertEquals(csv.rowsAccepted(), back.rowsAccepted());
    assertEquals(List.of(), back.warnings());

    // and the schema-described form is what was written: one document per report, version 1
    try (var lines = Files.lines(jsonl)) {
      assertTrue(lines.allMatch(l -> l.startsWith("{\"schemaVersion\":1,")));
    }
  }
}
