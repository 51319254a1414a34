package org.conflictstats.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.conflictstats.model.Count;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.Source;
import org.conflictstats.model.SourceScope;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponLine;
import org.conflictstats.stats.Dimension;
import org.conflictstats.stats.IntervalMethod;
import org.conflictstats.stats.ReportFilter;
import org.conflictstats.stats.StatsQuery;
import org.junit.jupiter.api.Test;

/** The reason {@link Summary#noInterval()} gives fits what was read. */
class SummaryNoIntervalTest {

  private static final WeaponCatalog CATALOG = WeaponCatalog.builtIn();

  private static StrikeReport night(int day, WeaponLine line) {
    LocalDate d = LocalDate.of(2025, 4, day);
    return StrikeReport.builder().id("n" + day)
        .period(ReportPeriod.of(ReportTime.ofMinute(d.minusDays(1).atTime(20, 0)),
            ReportTime.ofMinute(d.atTime(8, 0))))
        .source(Source.parse("kpszsu/posts/n" + day)).addLines(List.of(line)).build();
  }

  private static Summary of(List<StrikeReport> reports) {
    return Summary.of(List.of(), reports.stream().collect(SummaryFacts.collector()),
        Optional.empty(), ReportFilter.all(), SourceScope.ALL, true,
        StatsQuery.groupBy(Dimension.WEAPON).run(reports),
        Optional.of(IntervalMethod.CLUSTER), 0.95);
  }

  @Test
  void nothingReadHasNoRatedLine() {
    Summary s = of(List.of());
    assertEquals(false, s.neutralisation().rate().isDefined());
    assertEquals("none (no rated line)", s.noInterval());
  }

  @Test
  void aLineWithoutAnExactLaunchedCountIsNoRatedLine() {
    Summary s = of(List.of(night(1, WeaponLine.of(CATALOG.resolve("Kalibr"), Count.atLeast(5)))));
    assertEquals("none (no rated line)", s.noInterval());
  }

  @Test
  void ratedLinesWithoutADestroyedFigureHaveNoOutcome() {
    // a blank destroyed cell: unknown, not zero
    Summary s = of(List.of(
        night(1, WeaponLine.of(CATALOG.resolve("Kalibr"), Count.exactly(5))
            .withDestroyed(Count.unknown())),
        night(2, WeaponLine.of(CATALOG.resolve("Kalibr"), Count.exactly(3))
            .withDestroyed(Count.unknown()))));
    assertEquals("none (no destroyed figure on any rated line)", s.noInterval());
  }

  @Test
  void oneReportWithAnOutcomeIsNotEstimable() {
    Summary s = of(List.of(night(1, WeaponLine.of(CATALOG.resolve("Kalibr"), Count.exactly(5))
        .withDestroyed(Count.exactly(4)))));
    assertEquals(true, s.neutralisation().interval().isEmpty());
    assertEquals("not estimable (fewer than two reports)", s.noInterval());
  }
}
