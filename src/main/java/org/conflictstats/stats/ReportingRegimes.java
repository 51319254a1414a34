package org.conflictstats.stats;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The reporting regimes of DOMAIN.md §4c: periods within which the national reports count
 * "destroyed" and "suppressed" the same way, cut at boundary dates. By default the boundaries are
 * 1 July 2024 (from then on losses to electronic warfare are reported as {@code not_reach_goal},
 * suppressed) and 1 August 2025 (from then on they are inside {@code destroyed} again), giving three
 * regimes: {@code to 2024-06-30}, {@code 2024-07-01 to 2025-07-31}, {@code from 2025-08-01}.
 *
 * <pre>{@code
 * ReportingRegimes r = ReportingRegimes.standard();
 * r.label(r.indexOf(LocalDate.of(2025, 10, 3)));  // "from 2025-08-01"
 * ReportingRegimes.parse("2024-07,2025-08");       // the same boundaries
 * StatsQuery.groupBy(Dimension.REGIME, Dimension.WEAPON);
 * }</pre>
 *
 * <p>A kinetic rate (destroyed / launched) is comparable only within one regime: a table says so
 * whenever one of its kinetic rates is computed over lines of several regimes, naming the
 * boundaries crossed ({@link StatsTable#regimeBoundaries}). The neutralisation rate, destroyed or
 * suppressed, is the figure least affected. A report belongs to the regime of the date it is
 * attributed to ({@link Attribution}). The boundaries are data, not law: give others with
 * {@link #of} or {@link #parse}, or none at all with {@link #none()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportingRegimes {

  /** The most boundaries: a table marks the regimes of its lines in one {@code long}. */
  public static final int MAX_BOUNDARIES = 62;

  private static final ReportingRegimes STANDARD =
      new ReportingRegimes(List.of(LocalDate.of(2024, 7, 1), LocalDate.of(2025, 8, 1)));
  private static final ReportingRegimes NONE = new ReportingRegimes(List.of());

  private final ImmutableList<LocalDate> boundaries;

  private ReportingRegimes(List<LocalDate> boundaries) {
    this.boundaries = ImmutableList.copyOf(boundaries);
  }

  /**
   * Returns the default regimes: boundaries 2024-07-01 and 2025-08-01.
   *
   * @return the standard regimes
   */
  public static ReportingRegimes standard() {
    return STANDARD;
  }

  /**
   * Returns a single regime: no boundary, no warning.
   *
   * @return regimes without boundaries
   */
  public static ReportingRegimes none() {
    return NONE;
  }

  /**
   * Returns regimes cut at the given dates: each date is the first day of a new regime.
   *
   * @param boundaries strictly increasing dates, at most {@value #MAX_BOUNDARIES}
   * @return the regimes
   * @throws IllegalArgumentException if the dates are not strictly increasing or too many, or the
   *     first is {@link LocalDate#MIN}
   */
  public static ReportingRegimes of(List<LocalDate> boundaries) {
    Objects.requireNonNull(boundaries, "boundaries");
    checkArgument(boundaries.size() <= MAX_BOUNDARIES, "at most %s boundaries: %s",
        MAX_BOUNDARIES, boundaries.size());
    for (int i = 0; i < boundaries.size(); i++) {
      Objects.requireNonNull(boundaries.get(i), "boundary");
      checkArgument(i == 0 || boundaries.get(i - 1).isBefore(boundaries.get(i)),
          "boundaries must be strictly increasing: %s", boundaries);
    }
    // the regime before a boundary ends the day before it: there is none before the first date
    checkArgument(boundaries.isEmpty() || boundaries.get(0).isAfter(LocalDate.MIN),
        "a boundary needs a day before it: %s", boundaries);
    return new ReportingRegimes(boundaries);
  }

  /**
   * Reads a comma list of boundaries, each a date ({@code 2024-07-01}) or a month ({@code 2024-07},
   * meaning its first day); {@code none} or an empty text for no boundary.
   *
   * @param text the list
   * @return the regimes
   * @throws IllegalArgumentException if an item is neither a date nor a month, or the dates are not
   *     strictly increasing
   */
  public static ReportingRegimes parse(String text) {
    Objects.requireNonNull(text, "text");
    String s = text.strip();
    if (s.isEmpty() || s.equalsIgnoreCase("none")) {
      return NONE;
    }
    List<LocalDate> dates = new ArrayList<>();
    for (String part : s.split(",", -1)) { // -1: an empty item at the end is refused too
      String p = part.strip();
      try {
        dates.add(p.length() == 7 ? YearMonth.parse(p).atDay(1) : LocalDate.parse(p));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("not a date (2025-08-01) or a month (2025-08): '" + p
            + "'", e);
      }
    }
    return of(dates);
  }

  /**
   * Returns the boundaries: the first day of each regime after the first.
   *
   * @return the dates, increasing
   */
  public List<LocalDate> boundaries() {
    return boundaries;
  }

  /**
   * Returns how many regimes there are: one more than boundaries.
   *
   * @return the number of regimes
   */
  public int size() {
    return boundaries.size() + 1;
  }

  /**
   * Returns the index of the regime a date falls in: 0 before the first boundary.
   *
   * @param date the date
   * @return the index, from 0 to {@code size() - 1}
   */
  public int indexOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    int i = 0;
    while (i < boundaries.size() && !date.isBefore(boundaries.get(i))) {
      i++;
    }
    return i;
  }

  /**
   * Returns a regime's label: {@code to 2024-06-30}, {@code 2024-07-01 to 2025-07-31},
   * {@code from 2025-08-01}, or {@code all} when there is no boundary.
   *
   * @param index the regime's index
   * @return the label
   * @throws IndexOutOfBoundsException if there is no such regime
   */
  public String label(int index) {
    Objects.checkIndex(index, size());
    if (boundaries.isEmpty()) {
      return "all";
    }
    if (index == 0) {
      return "to " + boundaries.get(0).minusDays(1);
    }
    if (index == boundaries.size()) {
      return "from " + boundaries.get(index - 1);
    }
    return boundaries.get(index - 1) + " to " + boundaries.get(index).minusDays(1);
  }

  /**
   * Returns the boundaries that lie between the regimes marked in a mask (bit {@code i} for regime
   * {@code i}): every boundary after the earliest marked regime and up to the latest.
   *
   * @param mask the regimes seen
   * @return the boundaries crossed; empty when at most one regime is marked
   */
  List<LocalDate> boundariesWithin(long mask) {
    if (Long.bitCount(mask) < 2) {
      return List.of();
    }
    int first = Long.numberOfTrailingZeros(mask);
    int last = 63 - Long.numberOfLeadingZeros(mask);
    return boundaries.subList(first, last);
  }

  /** Orders labels of these regimes chronologically. */
  Comparator<String> labelOrder() {
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < size(); i++) {
      labels.add(label(i));
    }
    return Comparator.comparingInt((String s) -> labels.indexOf(s) < 0 ? size() : labels.indexOf(s))
        .thenComparing(Comparator.naturalOrder());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReportingRegimes r && r.boundaries.equals(boundaries);
  }

  @Override
  public int hashCode() {
    return boundaries.hashCode();
  }

  /**
   * Returns the boundaries, as {@code ReportingRegimes[2024-07-01, 2025-08-01]}.
   */
  @Override
  public String toString() {
    return "ReportingRegimes" + boundaries;
  }
}
