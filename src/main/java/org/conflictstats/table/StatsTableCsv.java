package org.conflictstats.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.conflictstats.internal.Numbers;
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
 * kinetic_rate,neutralisation_rate,neutralisation_lower,neutralisation_upper,ci_low,ci_high,
 * rated_launched,unrated_lines,clusters,regime_boundaries,kinetic_lower,kinetic_upper,ci_rate}.
 * The last three came later and are appended, so that a reader taking the columns by position
 * still finds the earlier ones where they were.
 *
 * <p>Counts are sums of known values (blank cells add nothing); a sum whose every line is unknown
 * is an empty cell, never 0. {@code unknown} counts the weapons of the known launched that no known
 * outcome accounts for ({@link org.conflictstats.stats.Tally#unaccounted()}: launched less the
 * outcomes, line by line, at least 0), so the counts (and hit, which has no column) add up to
 * launched. Rates are fractions ({@code 0.733333}) over {@code rated_launched}, the
 * weapons launched on lines with an exact launched count; {@code unrated_lines} counts the lines
 * without one. {@code neutralisation_lower}, {@code neutralisation_upper}, {@code kinetic_lower}
 * and {@code kinetic_upper} are the bounds of each rate for unknown outcomes
 * ({@link Rate#lower()}, {@link Rate#upper()}). An undefined rate (nothing launched on rated
 * lines) is an empty cell, never 0; so are the rates, bounds and interval of a group the table
 * hides for launching too few ({@link StatsTable#hidesRate}). The interval {@code ci_low},
 * {@code ci_high} is the one of the point rate of the given {@link RateKind} (neutralisation in
 * the command-line tool unless {@code --rate kinetic}), which {@code ci_rate} names on every row
 * ({@code neutralisation} or {@code kinetic}, also when the row's interval is empty); the interval
 * is empty when it is not estimable (a clustered interval over fewer than two reports) and when
 * there is no interval method. {@code clusters}
 * counts the reports (or units) with rated lines, empty when the table's lines came without their
 * reports ({@link Tally#clustersKnown()}); {@code regime_boundaries} lists, separated by
 * {@code ;}, the reporting-regime boundaries the row's rated lines straddle: a row whose
 * {@code kinetic_rate} mixes definitions of "destroyed" (DOMAIN.md §4c). There is no total row, so
 * that a column sums to the total (except for region groups, which may share lines); a table
 * without grouping keys is written as its single total row. A key that a spreadsheet would read as a
 * formula (a weapon or source name starting with {@code =}, {@code +}, {@code -} or {@code @}) is
 * written as text, with a leading {@code '} ({@link CsvCells.Formulas#AS_TEXT}). Remarks (intervals not estimable,
 * hidden rates, regimes mixed) are not in the CSV: {@link StatsTable#notes} gives them.
 *
 * <pre>{@code
 * StatsTable table = StatsQuery.groupBy(Dimension.MONTH).run(reports);
 * StatsTableCsv.write(table, writer, RateKind.NEUTRALISATION, Optional.of(IntervalMethod.CLUSTER),
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
   * @param intervalOf the rate whose point estimate the {@code ci_low} and {@code ci_high} columns
   *     bound, named in {@code ci_rate}
   * @param method the interval method, or empty for no interval (empty {@code ci_*} cells); the
   *     bootstrap takes the table's {@link StatsTable#bootstrap()} settings
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
        // its one row, when it has one, is the total: written once
        line(out, cells(table, List.of(), table.total(), intervalOf, method, level));
      } else {
        for (StatsTable.Row row : table) {
          line(out, cells(table, row.key(), row.tally(), intervalOf, method, level));
        }
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> cells(StatsTable table, List<String> key, Tally t,
      RateKind intervalOf, Optional<IntervalMethod> method, double level) {
    List<String> cells = new ArrayList<>(key);
    for (OptionalLong c : StatsTableColumns.counts(t)) {
      cells.add(c.isPresent() ? Long.toString(c.getAsLong()) : "");
    }
    Rate neutralisation = t.neutralisationRate();
    cells.add(rate(table, t, t.kineticRate().point()));
    cells.add(rate(table, t, neutralisation.point()));
    cells.add(rate(table, t, neutralisation.lower()));
    cells.add(rate(table, t, neutralisation.upper()));
    Optional<ConfidenceInterval> ci =
        StatsTableColumns.interval(table, t, intervalOf, method, level);
    cells.add(ci.map(i -> Numbers.fraction(i.lower())).orElse(""));
    cells.add(ci.map(i -> Numbers.fraction(i.upper())).orElse(""));
    cells.add(Long.toString(t.ratedLaunched()));
    cells.add(Long.toString(t.unratedLines()));
    cells.add(t.clustersKnown() ? Long.toString(t.clusters()) : "");
    cells.add(String.join(";", StatsTableColumns.boundaries(table, t)));
    // appended after regime_boundaries: readers by position keep their columns
    Rate kinetic = t.kineticRate();
    cells.add(rate(table, t, kinetic.lower()));
    cells.add(rate(table, t, kinetic.upper()));
    cells.add(intervalOf.name().toLowerCase(Locale.ROOT));
    return cells;
  }

  private static String rate(StatsTable table, Tally t, OptionalDouble value) {
    return Numbers.fraction(StatsTableColumns.shown(table, t, value));
  }

  private static void line(Writer out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(CsvCells.quote(cells.get(i), CsvCells.Formulas.AS_TEXT));
    }
    out.write('\n');
  }
}
