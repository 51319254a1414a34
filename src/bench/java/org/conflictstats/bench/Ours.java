package org.conflictstats.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.ReportSink;
import org.conflictstats.io.csv.AirForceCsv;
import org.conflictstats.io.csv.Detail;
import org.conflictstats.stats.CountSum;
import org.conflictstats.stats.Dimension;
import org.conflictstats.stats.StatsQuery;
import org.conflictstats.stats.StatsTable;
import org.conflictstats.stats.Tally;

/** The workload through the library's public API. */
final class Ours {

  /** Sums and rates per month of report date and weapon, every line kept. */
  static final StatsQuery QUERY = StatsQuery.groupBy(Dimension.MONTH, Dimension.WEAPON)
      .withInvalidReportsKept(true)
      .withOverlapCheck(false);

  private Ours() {}

  static StatsTable table(Path file) throws IOException {
    AtomicLong rejected = new AtomicLong();
    var sink = ReportSink.collecting(ImportedReport::report, QUERY.toTable())
        .onRejected(bad -> rejected.incrementAndGet());
    AirForceCsv.reader().withDetails(Detail.none()).read(file, sink);
    if (rejected.get() > 0) {
      throw new IllegalStateException(rejected.get() + " rows rejected");
    }
    return sink.result();
  }

  static Map<GroupKey, GroupSums> run(Path file) throws IOException {
    return sums(table(file));
  }

  static Map<GroupKey, GroupSums> sums(StatsTable t) {
    Map<GroupKey, GroupSums> out = new HashMap<>();
    for (StatsTable.Row row : t.rows()) {
      Tally y = row.tally();
      CountSum l = y.launched();
      CountSum d = y.destroyed();
      CountSum s = y.suppressed();
      out.put(new GroupKey(row.key(0), row.key(1)), new GroupSums(y.lines(), l.lower(),
          l.unboundedTerms(), d.lower(), d.unboundedTerms(), s.lower(), s.unboundedTerms(),
          y.ratedLines(), y.ratedLaunched(), y.kineticRate().known(),
          y.kineticRate().possible(), y.neutralisationRate().known(),
          y.neutralisationRate().possible()));
    }
    return out;
  }
}
