package org.conflictstats.table;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.conflictstats.stats.ConfidenceInterval;
import org.conflictstats.stats.IntervalMethod;
import org.conflictstats.stats.Rate;
import org.conflictstats.stats.StatsTable;
import org.conflictstats.stats.Tally;

/** The figures of one table row, shared by the CSV and JSON writers so both carry the same. */
final class StatsTableColumns {

  /** The columns after the keys, in CSV order. */
  static final ImmutableList<String> FIGURES = ImmutableList.of(
      "reports", "lines", "launched", "destroyed", "suppressed", "still_airborne", "left_airspace",
      "unknown", "kinetic_rate", "neutralisation_rate", "neutralisation_lower",
      "neutralisation_upper", "ci_low", "ci_high");

  private StatsTableColumns() {}

  /** The header: the table's dimension names, then {@link #FIGURES}. */
  static List<String> header(StatsTable table) {
    List<String> h = new ArrayList<>();
    table.dimensions().forEach(d -> h.add(d.name()));
    h.addAll(FIGURES);
    return h;
  }

  /**
   * The known figures of a tally. Counts are sums of known values (lower bounds); {@code unknown} is
   * the number of weapons not accounted for on lines with a known launched figure.
   */
  static long[] counts(Tally t) {
    return new long[] {
        t.reports(), t.lines(), t.launched().lower(), t.destroyed().lower(),
        t.suppressed().lower(), t.stillAirborne().lower(), t.leftAirspace().lower(),
        t.unknown().finiteUpper()};
  }

  /** The confidence interval of the neutralisation point rate, or empty when undefined or none. */
  static Optional<ConfidenceInterval> interval(Rate rate, Optional<IntervalMethod> method,
      double level) {
    return method.flatMap(m -> rate.interval(m, level));
  }

  /** A fraction with up to 6 decimals, or empty text when undefined. */
  static String fraction(OptionalDouble value) {
    return value.isPresent() ? fraction(value.getAsDouble()) : "";
  }

  static String fraction(double v) {
    BigDecimal d = BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }
}
