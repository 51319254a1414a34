package org.conflictstats.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import java.util.Optional;
import org.conflictstats.internal.Numbers;
import org.conflictstats.stats.Rate;

/**
 * Writes what a {@link SnapshotDiff} did to the figures, one row per month either snapshot has:
 * {@code month,launched_old,launched_new,neutralised_old,neutralised_new,rate_old,rate_new}.
 * {@code launched} is launched on rated lines (exact launched), the neutralisation rate's
 * denominator ({@code rated_launched} in {@code rates --format csv}, the {@code launched} column of
 * its text table); {@code neutralised} the weapons known to be neutralised, its numerator
 * ({@code neutr.}); {@code rate} the neutralisation rate as {@code rates} writes it, six decimals
 * at most. A snapshot without a line dated in the month has empty cells there, not zeros; a rate
 * over nothing launched is empty.
 *
 * <pre>{@code
 * SnapshotDiffCsv.write(result, writer);   // the releases of 2023-07 and 2026-02
 * // month,launched_old,launched_new,neutralised_old,neutralised_new,rate_old,rate_new
 * // 2022-09,,18,,15,,0.833333
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class SnapshotDiffCsv {

  /** The header row. */
  public static final String HEADER =
      "month,launched_old,launched_new,neutralised_old,neutralised_new,rate_old,rate_new";

  private SnapshotDiffCsv() {}

  /**
   * Writes the months of a comparison.
   *
   * @param result the comparison
   * @param out where to write; not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void write(SnapshotDiff.Result result, Writer out) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(out, "out");
    try {
      out.write(HEADER + "\n");
      for (MonthChange m : result.months()) {
        out.write(String.join(",", m.month(), launched(m.before()), launched(m.after()),
            known(m.before()), known(m.after()), rate(m.before()), rate(m.after())) + "\n");
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String launched(Optional<Rate> r) {
    return r.map(x -> Long.toString(x.launched())).orElse("");
  }

  private static String known(Optional<Rate> r) {
    return r.map(x -> Long.toString(x.known())).orElse("");
  }

  private static String rate(Optional<Rate> r) {
    return r.map(x -> Numbers.fraction(x.point())).orElse("");
  }

}
