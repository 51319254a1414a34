package org.conflictstats.table;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.conflictstats.stats.ConfidenceInterval;
import org.conflictstats.stats.IntervalMethod;
import org.conflictstats.stats.RateKind;
import org.conflictstats.stats.StatsTable;
import org.conflictstats.stats.Tally;

/** The figures of one table row, shared by the CSV and JSON writers so both carry the same. */
final class StatsTableColumns {

  /**
   * The columns after the keys, in CSV order. Columns are only ever appended, so that a reader
   * that takes them by position keeps reading the same figures.
   */
  static final ImmutableList<String> FIGURES = ImmutableList.of(
      "reports", "lines", "launched", "destroyed", "suppressed", "still_airborne", "left_airspace",
      "unknown", "kinetic_rate", "neutralisation_rate", "neutralisation_lower",
      "neutralisation_upper", "ci_low", "ci_high", "rated_launched", "unrated_lines", "clusters",
      "regime_boundaries", "kinetic_lower", "kinetic_upper", "ci_rate");

  /** How many of {@link #FIGURES} are the counts of {@link #counts}. */
  static final int COUNTS = 8;

  private StatsTableColumns() {}

  /** The header: the table's dimension names, then {@link #FIGURES}. */
  static List<String> header(StatsTable table) {
    List<String> h = new ArrayList<>();
    table.dimensions().forEach(d -> h.add(d.name()));
    h.addAll(FIGURES);
    return h;
  }

  /**
   * The known figures of a tally: reports, lines, then launched and every outcome as the sum of
   * known values (lower bounds), and {@code unknown} as the weapons of the known launched that no
   * known outcome accounts for ({@link Tally#unaccounted()}), so that the columns (and hit, which
   * has none) add up to launched. A sum whose every line is unknown (a blank cell, or nothing
   * known) is empty, never 0; so is {@code unknown} when launched is.
   */
  static OptionalLong[] counts(Tally t) {
    long lines = t.lines();
    OptionalLong launched = t.launched().known(lines);
    return new OptionalLong[] {
        OptionalLong.of(t.reports()), OptionalLong.of(lines), launched,
        t.destroyed().known(lines), t.suppressed().known(lines),
        t.stillAirborne().known(lines), t.leftAirspace().known(lines),
        launched.isPresent() ? OptionalLong.of(t.unaccounted()) : OptionalLong.empty()};
  }

  /** The interval of a tally as the table shows it: empty when undefined, n/e, hidden or none. */
  static Optional<ConfidenceInterval> interval(StatsTable table, Tally t, RateKind kind,
      Optional<IntervalMethod> method, double level) {
    return method.flatMap(m -> table.interval(t, kind, m, level));
  }

  /** A rate as the table shows it: empty when undefined or hidden. */
  static OptionalDouble shown(StatsTable table, Tally t, OptionalDouble rate) {
    return table.hidesRate(t) ? OptionalDouble.empty() : rate;
  }

  /** The reporting-regime boundaries a tally's rated lines straddle, as text. */
  static List<String> boundaries(StatsTable table, Tally t) {
    List<String> out = new ArrayList<>();
    for (LocalDate d : table.regimeBoundaries(t)) {
      out.add(d.toString());
    }
    return out;
  }
}
