package org.conflictstats.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.conflictstats.io.DistinctReports;
import org.conflictstats.io.IdentityCounts;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.ReportSink;
import org.conflictstats.io.csv.Detail;
import org.conflictstats.stats.Dimension;
import org.conflictstats.stats.StatsQuery;
import org.conflictstats.stats.StatsTable;

/**
 * Runs a {@link StatsQuery} over a command's inputs, streamed: the query's collector is the sink,
 * so only the groups are held in memory, and a large file is aggregated on every core. Each report
 * is counted once ({@link DistinctReports}), whatever the inputs that hold it.
 */
final class Tables {

  private Tables() {}

  /** A table and what the reading found. */
  record Counted(StatsTable table, Inputs.Totals totals, IdentityCounts identity) {}

  /**
   * Runs the query through the command's filter options, which check the regions asked for against
   * the input's, each report counted once.
   */
  static Counted read(Inputs inputs, StatsQuery query, FilterOptions filters,
      DistinctReports distinct) {
    var read = filters.readDistinct(inputs,
        () -> ReportSink.collecting(ImportedReport::report, query.toTable()),
        detailsFor(query), distinct);
    return new Counted(read.sink().result(), read.totals(), read.identity());
  }

  /** The line details a query uses: those of its grouping, and regions for a region filter. */
  static Set<Detail> detailsFor(StatsQuery query) {
    Set<Detail> details = detailsFor(query.dimensions());
    if (query.filter().usesRegions()) {
      details.add(Detail.REGIONS);
    }
    return details;
  }

  /** The line details a grouping uses: regions for {@code region}, the model split for {@code model}. */
  static Set<Detail> detailsFor(List<Dimension> dimensions) {
    Set<Detail> details = EnumSet.noneOf(Detail.class);
    for (Dimension d : dimensions) {
      if (d.equals(Dimension.REGION)) {
        details.add(Detail.REGIONS);
      } else if (d.equals(Dimension.MODEL)) {
        details.add(Detail.MODEL_SPLIT);
      } else if (!Dimension.builtIn().contains(d)) {
        return Detail.all();
      }
    }
    return details;
  }
}
