package org.conflictstats.cli;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.ReportSink;
import org.conflictstats.io.csv.Detail;
import org.conflictstats.stats.Dimension;
import org.conflictstats.stats.StatsQuery;
import org.conflictstats.stats.StatsTable;

/**
 * Runs a {@link StatsQuery} over a command's inputs, streamed: the query's collector is the sink,
 * so only the groups are held in memory, and a large file is aggregated on every core.
 */
final class Tables {

  private Tables() {}

  static StatsTable read(InputOptionsMixin inputs, PrintWriter err, StatsQuery query) {
    var sink = ReportSink.collecting(ImportedReport::report, query.toTable());
    inputs.open(err).readInto(sink, detailsFor(query));
    return sink.result();
  }

  /**
   * Runs the query as {@link #read(InputOptionsMixin, PrintWriter, StatsQuery)} does, through the
   * command's filter options, which check the regions asked for against the input's.
   */
  static StatsTable read(InputOptionsMixin inputs, PrintWriter err, StatsQuery query,
      FilterOptions filters) {
    var sink = ReportSink.collecting(ImportedReport::report, query.toTable());
    filters.readInto(inputs.open(err), sink, detailsFor(query));
    return sink.result();
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
