package org.conflictstats.diff;

import java.util.Objects;
import java.util.Optional;
import org.conflictstats.stats.Rate;

/**
 * The neutralisation rate of one month in two snapshots, as {@code rates --by month
 * --include-invalid} gives it for each snapshot alone: launched on rated lines (the rate's
 * denominator), known neutralised (its numerator) and the rate.
 *
 * <pre>{@code
 * MonthChange m = result.months().get(0);
 * m.month();                   // "2022-09"
 * m.before().map(Rate::launched); // empty when the older snapshot has no report that month
 * m.changed();
 * m.coverage();                // BOTH, or OLD or NEW when one snapshot alone has the month
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param month the month, {@code YYYY-MM}
 * @param before the older snapshot's rate; empty when it has no line dated in the month
 * @param after the newer snapshot's rate; empty when it has no line dated in the month
 */
public record MonthChange(String month, Optional<Rate> before, Optional<Rate> after) {

  /** Which of the two snapshots have a line dated in a month. */
  public enum Coverage {
    /** Both: the month's figures are compared. */
    BOTH,
    /** The older snapshot alone: the newer one has no line dated in the month. */
    OLD,
    /** The newer snapshot alone: the older one has no line dated in the month. */
    NEW
  }

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException when neither snapshot has the month
   */
  public MonthChange {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    if (before.isEmpty() && after.isEmpty()) {
      throw new IllegalArgumentException("month " + month + ": in neither snapshot");
    }
  }

  /**
   * Returns which snapshots have the month: a month one snapshot alone has is {@link #changed()},
   * but its figures were not revised, they were added or taken out.
   *
   * @return {@link Coverage#BOTH}, or the one snapshot that has the month
   */
  public Coverage coverage() {
    return before.isEmpty() ? Coverage.NEW : after.isEmpty() ? Coverage.OLD : Coverage.BOTH;
  }

  /**
   * Returns whether the month's figures differ between the snapshots: launched or neutralised (and
   * so the rate), or one snapshot having the month and the other not. The rate's upper bound is not
   * compared.
   *
   * @return {@code true} when they differ
   */
  public boolean changed() {
    return !before.map(MonthChange::figures).equals(after.map(MonthChange::figures));
  }

  private static java.util.List<Long> figures(Rate r) {
    return java.util.List.of(r.launched(), r.known());
  }
}
