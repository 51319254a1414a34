package org.conflictstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.conflictstats.model.StrikeReport;

/**
 * A table's intervals do not depend on how a collector cut the reports into parts or in what order
 * it merged them: the clustered interval, the bootstrap (the same replicates, to the last bit) and
 * the regime warnings, for the report unit and for a unit that spans parts.
 */
final class TablePartitionProperties {

  @Provide
  Arbitrary<List<StrikeReport>> reports() {
    return TallyArbitraries.reports().list().ofMaxSize(25);
  }

  @Provide
  Arbitrary<List<Integer>> cuts() {
    return Arbitraries.integers().between(1, 24).list().ofMaxSize(5);
  }

  @Provide
  Arbitrary<StatsQuery> queries() {
    StatsQuery base = StatsQuery.groupBy(Dimension.MONTH, Dimension.CATEGORY)
        .withInvalidReportsKept(true)
        .withBootstrap(Bootstrap.of(200, 11))
        .withRegimes(ReportingRegimes.parse("2025-02-15,2025-03"));
    return Arbitraries.of(base, base.withClusterUnit(ClusterUnit.DAY),
        StatsQuery.groupBy(Dimension.REGION, Dimension.WEAPON).withInvalidReportsKept(true)
            .withBootstrap(Bootstrap.of(100, -5)));
  }

  @Property(tries = 150)
  void anyPartitionAndMergeOrderGivesTheSameIntervals(@ForAll("reports") List<StrikeReport> reports,
      @ForAll("cuts") List<Integer> cuts, @ForAll boolean mergeFromTheRight,
      @ForAll("queries") StatsQuery query) {
    StatsTable sequential = query.run(reports);
    List<Aggregation> parts = new ArrayList<>();
    Aggregation part = new Aggregation(query);
    for (int i = 0; i < reports.size(); i++) {
      if (cuts.contains(i)) {
        parts.add(part);
        part = new Aggregation(query);
      }
      part.add(reports.get(i));
    }
    parts.add(part);
    Aggregation merged;
    if (mergeFromTheRight) {
      merged = parts.get(parts.size() - 1);
      for (int i = parts.size() - 2; i >= 0; i--) {
        merged = parts.get(i).merge(merged);
      }
    } else {
      merged = parts.get(0);
      for (int i = 1; i < parts.size(); i++) {
        merged = merged.merge(parts.get(i));
      }
    }
    StatsTable split = merged.finish();

    assertEquals(sequential.rows(), split.rows());
    assertEquals(sequential.total(), split.total());
    assertEquals(sequential.reportDates(), split.reportDates());
    assertEquals(sequential.multiGroupLines(), split.multiGroupLines());
    for (int i = 0; i <= sequential.size(); i++) {
      Tally a = i < sequential.size() ? sequential.rows().get(i).tally() : sequential.total();
      Tally b = i < sequential.size() ? split.rows().get(i).tally() : split.total();
      assertEquals(a.clusters(), b.clusters());
      assertEquals(sequential.regimeBoundaries(a), split.regimeBoundaries(b));
      for (RateKind kind : RateKind.values()) {
        for (IntervalMethod m : List.of(IntervalMethod.CLUSTER, IntervalMethod.BOOTSTRAP)) {
          assertEquals(sequential.interval(a, kind, m, 0.9), split.interval(b, kind, m, 0.9));
        }
      }
    }
    assertEquals(sequential.regimeWarning(), split.regimeWarning());
  }

  @Property(tries = 100)
  void theNotesKnowWhichIntervalsExistWithoutComputingThem(
      @ForAll("reports") List<StrikeReport> reports, @ForAll("queries") StatsQuery query,
      @ForAll boolean keepValues) {
    StatsTable table = (keepValues ? query : query.withInterval(IntervalMethod.CLUSTER, 0.95))
        .run(reports);
    List<Tally> tallies = new ArrayList<>();
    table.forEach(r -> tallies.add(r.tally()));
    tallies.add(table.total());
    for (Tally t : tallies) {
      for (RateKind kind : RateKind.values()) {
        if (!t.rate(kind).isDefined()) {
          continue;
        }
        for (IntervalMethod m : IntervalMethod.values()) {
          assertEquals(table.interval(t, kind, m, 0.95).isPresent(), table.hasInterval(t, kind, m),
              m + " " + t);
        }
      }
    }
  }
}
