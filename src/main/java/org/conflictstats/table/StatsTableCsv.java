package org.conflictstats.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.conflictstats.io.csv.CsvCells;
import org.conflictstats.stats.ConfidenceInterval;
import org.conflictstats.stats.IntervalMethod;
import org.conflictstats.stats.Rate;
import org.conflictstats.stats.RateKind;
import org.conflictstats.stats.StatsTable;
import org.conflictstats.stats.Tally;

/**
 * Writes a {@link StatsTable} as CSV (RFC 4180, LF line ends): the grouping keys, then
 * {@code reports,lines,launched,destroyed,suppressed,still_airborne,left_airspace,unknown,
 * kinetic_rate,neutralisation_rate,neutralisation_lower,neutralisation_upper,ci_low,ci_high}.
 *
 * <p>Counts are sums of known values (blank cells add nothing); {@code unknown} counts the weapons
 * not accounted for on lines with a known launched figure. Rates are fractions ({@code 0.733333});
 * an undefined rate (nothing launched on rated lines) is an empty cell, never 0. The interval is
 * the one of the point rate of the given {@link RateKind} (neutralisation in the command-line
 * tool unless {@code --rate kinetic}). There is no total row, so that a column sums to the
 * total (except for region groups, which may share lines); a table without grouping keys is written
 * as its single total row.
 *
 * <pre>{@code
 * StatsTable table = StatsQuery.groupBy(Dimension.MONTH).run(reports);
 * StatsTableCsv.write(table, writer, RateKind.NEUTRALISATION, Optional.of(IntervalMethod.WILSON),
 *     0.95);
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class StatsTableCsv {

  private StatsTableCsv() {}

  /**
   * Writes the table's rows.
   *
   * @param table the table
   * @param out where to write; not closed
   * @param intervalOf the rate whose point estimate the {@code ci_*} columns bound
   * @param method the interval method, or empty for no interval (empty {@code ci_*} cells)
   * @param level the interval's level, in (0, 1)
   * @throws UncheckedIOException if writing fails
   */
  public static void write(StatsTable table, Writer out, RateKind intervalOf,
      Optional<IntervalMethod> method, double level) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(intervalOf, "intervalOf");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(method, "method");
    try {
      line(out, StatsTableColumns.header(table));
      if (table.dimensions().isEmpty()) {
        line(out, cells(List.of(), table.total(), intervalOf, method, level));
      }
      for (StatsTable.Row row : table) {
        line(out, cells(row.key(), row.tally(), intervalOf, method, level));
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> cells(List<String> key, Tally t, RateKind intervalOf,
      Optional<IntervalMethod> method, double level) {
    List<String> cells = new ArrayList<>(key);
    for (long c : StatsTableColumns.counts(t)) {
      cells.add(Long.toString(c));
    }
    Rate neutralisation = t.neutralisationRate();
    cells.add(StatsTableColumns.fraction(t.kineticRate().point()));
    cells.add(StatsTableColumns.fraction(neutralisation.point()));
    cells.add(StatsTableColumns.fraction(neutralisation.lower()));
    cells.add(StatsTableColumns.fraction(neutralisation.upper()));
    Optional<ConfidenceInterval> ci =
        StatsTableColumns.interval(t.rate(intervalOf), method, level);
    cells.add(ci.map(i -> StatsTableColumns.fraction(i.lower())).orElse(""));
    cells.add(ci.map(i -> StatsTableColumns.fraction(i.upper())).orElse(""));
    return cells;
  }

  private static void line(Writer out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(CsvCells.quote(cells.get(i)));
    }
    out.write('\n');
  }
}
