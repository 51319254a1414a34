package org.conflictstats.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.conflictstats.model.Count;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponLine;

/**
 * {@link TallyAccumulator#add(WeaponLine)} takes a shorter way for the usual line (nothing left the
 * airspace, nothing counted as hit); that way must give exactly what the general one gives. And the
 * ways of counting reports (whole reports, lines with serials, lines and
 * {@link TallyAccumulator#addReports(long)}) give one tally.
 */
final class TallyAccumulatorPathProperties {

  @Provide
  Arbitrary<List<WeaponLine>> usualLines() {
    return TallyArbitraries.lines()
        .map(l -> l.withLeftAirspace(Count.zero()).withHit(Count.zero()))
        .list().ofMaxSize(20);
  }

  @Provide
  Arbitrary<List<WeaponLine>> anyLines() {
    return TallyArbitraries.lineLists();
  }

  @Property(tries = 500)
  void theShortWayEqualsTheGeneralWayOnUsualLines(@ForAll("usualLines") List<WeaponLine> lines) {
    TallyAccumulator shortWay = new TallyAccumulator();
    TallyAccumulator general = new TallyAccumulator();
    for (WeaponLine l : lines) {
      Statistics.label("still airborne").collect(l.stillAirborne().kind());
      shortWay.add(l);
      general.addGeneral(l);
    }
    assertEquals(general.snapshot(), shortWay.snapshot());
  }

  @Property(tries = 300)
  void theShortWayEqualsTheGeneralWayOnAnyLines(@ForAll("anyLines") List<WeaponLine> lines) {
    TallyAccumulator shortWay = new TallyAccumulator();
    TallyAccumulator general = new TallyAccumulator();
    for (WeaponLine l : lines) {
      shortWay.add(l);
      general.addGeneral(l);
    }
    assertEquals(general.snapshot(), shortWay.snapshot());
  }

  @Provide
  Arbitrary<List<StrikeReport>> reports() {
    return TallyArbitraries.reports().list().ofMaxSize(8);
  }

  @Property(tries = 300)
  void reportsCountedApartEqualWholeReports(@ForAll("reports") List<StrikeReport> reports) {
    TallyAccumulator whole = new TallyAccumulator();
    TallyAccumulator serials = new TallyAccumulator();
    TallyAccumulator apart = new TallyAccumulator();
    long serial = 0;
    for (StrikeReport r : reports) {
      whole.add(r);
      serial++;
      for (WeaponLine l : r.lines()) {
        serials.add(l, serial);
        apart.add(l);
      }
    }
    apart.addReports(reports.size());
    // the same sums; lines added apart keep no clusters, so the tallies differ in those alone
    assertArrayEquals(whole.snapshot().sums(), apart.snapshot().sums());
    assertEquals(0, apart.snapshot().clusters());
    // serials count only reports with lines
    long withLines = reports.stream().filter(r -> !r.lines().isEmpty()).count();
    assertEquals(withLines, serials.snapshot().reports());
    assertEquals(reports.size(), apart.snapshot().reports());
  }

  @Property(tries = 50)
  void aNegativeCountOfReportsIsRefused(@ForAll("reports") List<StrikeReport> reports) {
    TallyAccumulator acc = new TallyAccumulator();
    reports.forEach(acc::add);
    Tally before = acc.snapshot();
    assertThrows(IllegalArgumentException.class, () -> acc.addReports(-1));
    assertEquals(before, acc.snapshot());
  }
}
