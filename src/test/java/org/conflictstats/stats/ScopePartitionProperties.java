package org.conflictstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.conflictstats.model.SourceScope;
import org.conflictstats.model.StrikeReport;

/**
 * National + regional + other = all: the tables of the three source scopes add up, group by group
 * and in total, to the table of every source, and what each leaves out for validation errors adds
 * up too; a comma list of kinds is the sum of its kinds.
 */
final class ScopePartitionProperties {

  private static Map<List<String>, Tally> rows(StatsTable t) {
    Map<List<String>, Tally> m = new HashMap<>();
    for (StatsTable.Row r : t) {
      m.put(r.key(), r.tally());
    }
    return m;
  }

  private static Map<List<String>, Tally> plus(Map<List<String>, Tally> a,
      Map<List<String>, Tally> b) {
    Map<List<String>, Tally> m = new HashMap<>(a);
    b.forEach((k, t) -> m.merge(k, t, Tally::plus));
    return m;
  }

  @Property(tries = 300)
  void theThreeKindsAddUpToAll(@ForAll("reports") List<StrikeReport> reports,
      @ForAll boolean keepInvalid) {
    StatsQuery q = StatsQuery.groupBy(Dimension.MONTH, Dimension.FAMILY)
        .withInvalidReportsKept(keepInvalid);
    StatsTable all = q.withScope(SourceScope.ALL).run(reports);
    StatsTable national = q.withScope(SourceScope.NATIONAL).run(reports);
    StatsTable regional = q.withScope(SourceScope.REGIONAL).run(reports);
    StatsTable other = q.withScope(SourceScope.OTHER).run(reports);
    assertEquals(rows(all), plus(plus(rows(national), rows(regional)), rows(other)));
    assertEquals(all.total(), national.total().plus(regional.total()).plus(other.total()));
    assertEquals(all.leftOut().invalidLines(), national.leftOut().invalidLines()
        + regional.leftOut().invalidLines() + other.leftOut().invalidLines());
    // each scope leaves out exactly the reports the two others count or leave out as invalid
    assertEquals(national.leftOut().outOfScopeReports(),
        regional.total().reports() + other.total().reports()
            + regional.leftOut().invalidReports() + other.leftOut().invalidReports());
    StatsTable nationalOrOther = q.withScope(SourceScope.parse("national,other")).run(reports);
    assertEquals(nationalOrOther.total(), national.total().plus(other.total()));
    Statistics.label("other reports").collect(other.total().reports() > 0);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<List<StrikeReport>> reports() {
    return TallyArbitraries.reports().list().ofMaxSize(30);
  }
}
