package org.conflictstats.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.conflictstats.model.Count;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.Source;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponLine;
import org.conflictstats.stats.Dimension;
import org.conflictstats.stats.IntervalMethod;
import org.conflictstats.stats.RateKind;
import org.conflictstats.stats.StatsQuery;
import org.conflictstats.stats.StatsTable;
import org.junit.jupiter.api.Test;

final class StatsTableWritersTest {

  private static final WeaponCatalog CATALOG = WeaponCatalog.builtIn();

  /** Two groups: one with 10 launched, 4 destroyed, 3 suppressed; one whose launched is unknown. */
  private static StatsTable table() {
    StrikeReport report = StrikeReport.builder()
        .id("r1")
        .period(ReportPeriod.of(ReportTime.ofMinute(LocalDateTime.of(2025, 4, 16, 20, 0)),
            ReportTime.ofMinute(LocalDateTime.of(2025, 4, 17, 8, 0))))
        .source(Source.parse("kpszsu/posts/synthetic-1"))
        .addLine(WeaponLine.of(CATALOG.resolve("Kalibr"), Count.exactly(10))
            .withDestroyed(Count.exactly(4)).withSuppressed(Count.exactly(3)))
        .addLine(WeaponLine.of(CATALOG.resolve("Shahed-136/131"), Count.unknown())
            .withDestroyed(Count.exactly(5)))
        .build();
    return StatsQuery.groupBy(Dimension.WEAPON, Dimension.of("note", c -> "a, \"b\""))
        .withInvalidReportsKept(true).run(List.of(report));
  }

  @Test
  void csvQuotesKeysAndLeavesUndefinedRatesEmpty() {
    StringWriter out = new StringWriter();
    StatsTableCsv.write(table(), out, RateKind.NEUTRALISATION,
        Optional.of(IntervalMethod.WILSON), 0.95);
    String[] lines = out.toString().split("\n");
    assertEquals(3, lines.length, out::toString);
    assertTrue(lines[0].startsWith("weapon,note,reports,lines,launched,"), lines[0]);
    // independent figures: 7 of 10 neutralised, 4 of 10 destroyed, 3 unknown, upper bound 1
    assertTrue(lines[1].startsWith("Kalibr,\"a, \"\"b\"\"\",1,1,10,4,3,0,0,3,0.4,0.7,0.7,1,"),
        lines[1]);
    // launched unknown: no rate at all, never 0
    assertTrue(lines[2].startsWith("Shahed-136/131,\"a, \"\"b\"\"\",1,1,0,5,0,0,0,0,"), lines[2]);
    assertTrue(lines[2].endsWith(",,,,,,"), lines[2]);
  }

  @Test
  void theIntervalFollowsTheChosenRate() {
    StringWriter neutral = new StringWriter();
    StringWriter kinetic = new StringWriter();
    StatsTableCsv.write(table(), neutral, RateKind.NEUTRALISATION,
        Optional.of(IntervalMethod.CLOPPER_PEARSON), 0.95);
    StatsTableCsv.write(table(), kinetic, RateKind.KINETIC,
        Optional.of(IntervalMethod.CLOPPER_PEARSON), 0.95);
    String[] n = neutral.toString().split("\n")[1].split(",");
    String[] k = kinetic.toString().split("\n")[1].split(",");
    // Clopper-Pearson 95% for 7 of 10 and 4 of 10 (from beta quantiles, e.g. R's binom.test)
    assertEquals(0.347547, Double.parseDouble(n[n.length - 2]), 1e-6);
    assertEquals(0.121552, Double.parseDouble(k[k.length - 2]), 1e-6);
  }

  @Test
  void jsonCarriesUpperBoundsAndNullsForTheUndefined() throws Exception {
    StringWriter out = new StringWriter();
    StatsTableJson.write(table(), out, RateKind.KINETIC, Optional.empty(), 0.95);
    JsonNode root = new ObjectMapper().readTree(out.toString());
    assertTrue(root.path("interval").path("method").isNull());
    JsonNode kalibr = root.path("rows").get(0);
    assertEquals("Kalibr", kalibr.path("key").path("weapon").asText());
    assertEquals(10, kalibr.path("launched_upper").asLong());
    assertEquals(0.7, kalibr.path("neutralisation_rate").asDouble(), 1e-12);
    JsonNode shahed = root.path("rows").get(1);
    assertTrue(shahed.path("launched_upper").isNull(), "unbounded launched");
    assertTrue(shahed.path("neutralisation_rate").isNull(), "undefined rate");
    assertEquals(2, root.path("total").path("lines").asLong());
    assertEquals(7, kalibr.path("neutralisation_known").asLong());
    assertEquals(10, kalibr.path("rated_launched").asLong());
    assertEquals("kinetic", root.path("interval").path("rate").asText());
  }
}
