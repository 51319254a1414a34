package org.conflictstats.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import org.conflictstats.model.SourceScope;
import org.conflictstats.stats.Attribution;
import org.conflictstats.stats.DateRange;
import org.conflictstats.stats.IntervalMethod;
import org.conflictstats.stats.RateKind;
import org.conflictstats.stats.ReportFilter;
import org.conflictstats.stats.ReportingRegimes;
import org.junit.jupiter.api.Test;

/** The report's settings: the command's defaults, changed copies, and what they refuse. */
final class ReportSettingsTest {

  @Test
  void theStandardSettingsAreTheCommandsDefaults() {
    ReportSettings s = ReportSettings.standard();
    assertEquals(SourceScope.ALL, s.scope());
    assertFalse(s.keepsInvalidReports());
    assertEquals(Attribution.standard(), s.attribution());
    assertEquals(RateKind.NEUTRALISATION, s.rate());
    assertEquals(IntervalMethod.CLUSTER, s.intervalMethod());
    assertEquals(0.95, s.level());
    assertEquals(ReportingRegimes.standard(), s.regimes());
    assertTrue(s.filter().isAll());
  }

  @Test
  void eachWithChangesItsSettingAloneAndLeavesTheOriginal() {
    ReportSettings s = ReportSettings.standard();
    ReportFilter drones = ReportFilter.all().withFamilies(List.of("drones"));
    Attribution utc = Attribution.standard().withZone(ZoneId.of("UTC"));
    ReportSettings changed = s.withScope(SourceScope.NATIONAL).withInvalidReportsKept(true)
        .withAttribution(utc).withRate(RateKind.KINETIC)
        .withInterval(IntervalMethod.JEFFREYS, 0.9).withRegimes(ReportingRegimes.none())
        .withFilter(drones);
    assertEquals(SourceScope.NATIONAL, changed.scope());
    assertTrue(changed.keepsInvalidReports());
    assertEquals(utc, changed.attribution());
    assertEquals(RateKind.KINETIC, changed.rate());
    assertEquals(IntervalMethod.JEFFREYS, changed.intervalMethod());
    assertEquals(0.9, changed.level());
    assertEquals(ReportingRegimes.none(), changed.regimes());
    assertEquals(drones, changed.filter());
    // the original is unchanged; equal settings are equal values
    assertEquals(ReportSettings.standard(), s);
    assertNotEquals(s, changed);
    assertEquals(changed, s.withFilter(drones).withRegimes(ReportingRegimes.none())
        .withInterval(IntervalMethod.JEFFREYS, 0.9).withRate(RateKind.KINETIC)
        .withAttribution(utc).withInvalidReportsKept(true).withScope(SourceScope.NATIONAL));
    assertEquals(changed.hashCode(), s.withFilter(drones).withRegimes(ReportingRegimes.none())
        .withInterval(IntervalMethod.JEFFREYS, 0.9).withRate(RateKind.KINETIC)
        .withAttribution(utc).withInvalidReportsKept(true).withScope(SourceScope.NATIONAL)
        .hashCode());
  }

  @Test
  void filtersCombineWithAndAsAQuerysDo() {
    ReportFilter october = ReportFilter.all().withDates(DateRange.parse("2025-10"));
    ReportFilter drones = ReportFilter.all().withFamilies(List.of("drones"));
    ReportSettings s = ReportSettings.standard().withFilter(october).withFilter(drones);
    assertEquals(october.and(drones), s.filter());
    assertSame(ReportSettings.standard(), ReportSettings.standard());
    assertEquals(october, ReportSettings.standard().withFilter(october)
        .withFilter(ReportFilter.all()).filter());
  }

  @Test
  void theBootstrapAndALevelOutsideZeroToOneAreRefused() {
    ReportSettings s = ReportSettings.standard();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> s.withInterval(IntervalMethod.BOOTSTRAP, 0.95));
    assertTrue(e.getMessage().contains("not the bootstrap"), e.getMessage());
    for (double level : new double[] {0, 1, -0.5, 1.5, Double.NaN}) {
      assertThrows(IllegalArgumentException.class,
          () -> s.withInterval(IntervalMethod.WILSON, level), () -> "level " + level);
    }
    assertThrows(NullPointerException.class, () -> s.withFilter(null));
    assertThrows(NullPointerException.class, () -> s.withScope(null));
    assertThrows(NullPointerException.class, () -> new ReportDataSink(null));
  }
}
