package org.conflictstats.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.Source;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.stats.StatsQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class AirForceCsvTest {

  @Test
  void everyLayoutLooksLikeAirForceCsv() {
    for (List<String> layout : List.of(AirForceCsv.LAYOUT_2023, AirForceCsv.LAYOUT_2024,
        AirForceCsv.LAYOUT_2026, AirForceCsv.LAYOUT_LATE_2026, AirForceCsv.WRITTEN_COLUMNS)) {
      assertTrue(AirForceCsv.looksLikeAirForceCsv(String.join(",", layout) + "\n1,2,3"));
    }
    assertTrue(AirForceCsv.looksLikeAirForceCsv("\uFEFF\r\n\"model\", Time_Start ,time_end\r\n"));
  }

  /** Every layout's columns are known, in the dataset's order, whatever the header's order. */
  @Test
  void knownColumnsAreTheHeadersColumnsOfTheFormat() {
    for (List<String> layout : List.of(AirForceCsv.LAYOUT_2023, AirForceCsv.LAYOUT_2024,
        AirForceCsv.LAYOUT_2026, AirForceCsv.LAYOUT_LATE_2026, AirForceCsv.WRITTEN_COLUMNS)) {
      List<String> reversed = new java.util.ArrayList<>(layout);
      java.util.Collections.reverse(reversed);
      assertEquals(java.util.Set.copyOf(layout),
          java.util.Set.copyOf(AirForceCsv.knownColumns(String.join(",", reversed))));
      assertEquals(AirForceCsv.knownColumns(String.join(",", layout)),
          AirForceCsv.knownColumns(String.join(",", reversed)));
    }
    assertEquals(List.of("time_start", "model", "launched", "affected region"),
        AirForceCsv.knownColumns("colour, \"Launched\",Affected_Region,model,time_start,model"));
    assertEquals(List.of(), AirForceCsv.knownColumns("a,b,c"));
    assertEquals(List.of(), AirForceCsv.knownColumns(""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "{\"reports\": []}", "[{\"time_start\": 1}]",
      "model,category,type\nKalibr,cruise missile,", "time_start,model\n",
      "x\ntime_start,time_end,model"})
  void otherTextDoesNot(String text) {
    assertFalse(AirForceCsv.looksLikeAirForceCsv(text));
  }

  @Test
  void detectionFromAFileReadsOnlyItsStart(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("whatever.json");
    Files.writeString(f, "time_start,time_end,model,launched\n" + "x\n".repeat(100_000),
        StandardCharsets.UTF_8);
    assertTrue(AirForceCsv.looksLikeAirForceCsv(f));
    Path g = dir.resolve("g.csv");
    Files.writeString(g, "{}", StandardCharsets.UTF_8);
    assertFalse(AirForceCsv.looksLikeAirForceCsv(g));
  }

  @Test
  void reportIdIsSourceTextAndPeriod() {
    ReportPeriod p = ReportPeriod.of(ReportTime.ofMinute(LocalDateTime.of(2025, 4, 16, 20, 0)),
        ReportTime.ofDate(LocalDate.of(2025, 4, 17)));
    assertEquals("kpszsu/posts/abc@2025-04-16T20:00/2025-04-17",
        AirForceCsv.reportId(Source.parse("kpszsu/posts/abc"), p));
    assertEquals("PvKPivden@2025-04-16T20:00/2025-04-17",
        AirForceCsv.reportId(Source.parse("pvkpivden"), p));
    assertEquals("https://t.me/kpszsu/5@2025-04-16T20:00/2025-04-17",
        AirForceCsv.reportId(Source.parse("https://t.me/kpszsu/5"), p));
  }

  @Test
  void nullsAreRejected() {
    NullPointerTester t = new NullPointerTester()
        .setDefault(ReportPeriod.class, ReportPeriod.of(ReportTime.ofDate(LocalDate.of(2025, 1, 1)),
            ReportTime.ofDate(LocalDate.of(2025, 1, 2))))
        .setDefault(Source.class, Source.parse("kpszsu"))
        .setDefault(Path.class, Path.of("no-such-file.csv"))
        .setDefault(Reader.class, new StringReader(""))
        .setDefault(WeaponCatalog.class, WeaponCatalog.builtIn())
        .setDefault(StatsQuery.class, StatsQuery.ungrouped())
        .setDefault(StrikeReport.class, Fixtures.text(String.join(",", AirForceCsv.LAYOUT_2023)
            + "\n2025-04-16 20:00,2025-04-17 08:00,Kalibr,,,,4,3,kpszsu/posts/1\n").reports()
            .get(0));
    t.testAllPublicStaticMethods(AirForceCsv.class);
    t.testAllPublicStaticMethods(WeaponCatalogCsv.class);
    t.testAllPublicInstanceMethods(AirForceCsv.reader());
    t.testAllPublicInstanceMethods(AirForceCsv.writer());
  }
}
