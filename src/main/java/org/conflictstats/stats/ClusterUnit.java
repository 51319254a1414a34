package org.conflictstats.stats;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.BiFunction;
import org.conflictstats.model.StrikeReport;

/**
 * The unit of sampling of the clustered interval and the bootstrap (DOMAIN.md §4b): the weapons of
 * one unit succeed or fail together, so the unit, not the weapon, is the independent trial. By
 * default the unit is the {@linkplain #REPORT report}; a coarser unit, such as every report of one
 * {@linkplain #DAY day} (one night's attack told by several posts), is a function of the report.
 *
 * <pre>{@code
 * StatsQuery.groupBy(Dimension.MONTH).withClusterUnit(ClusterUnit.DAY);
 * ClusterUnit wave = ClusterUnit.ofReport("wave", (report, date) -> date + "/" + report.source());
 * }</pre>
 *
 * <h2>Memory</h2>
 * Under the {@link #REPORT} unit a group holds one open cluster at a time: a report's lines arrive
 * together and a report never spans two partial tables that are later merged, so each report is
 * folded into the exact sums as soon as the next one starts. A unit given by a function may span
 * reports that arrive apart (on different threads of a parallel stream, say), so a group keeps the
 * partial sums of each of its units (three {@code long}s and a map entry, about 100 bytes) until
 * the table is finished: memory grows with the number of distinct units per group.
 *
 * <p>This class is immutable and thread-safe; units given by a function compare by identity.
 */
public final class ClusterUnit {

  /** Every report is its own cluster: the default. */
  public static final ClusterUnit REPORT = new ClusterUnit("report", null);

  /**
   * Every report attributed to one date (under the query's {@link Attribution}) is one cluster:
   * the night of 16 to 17 April, told by the national and the regional posts, is one unit.
   */
  public static final ClusterUnit DAY = ofReport("day", (report, date) -> date);

  private final String name;
  private final BiFunction<StrikeReport, LocalDate, ?> key;

  private ClusterUnit(String name, BiFunction<StrikeReport, LocalDate, ?> key) {
    this.name = name;
    this.key = key;
  }

  /**
   * Returns a unit given by a function of the report and the date it is attributed to. Reports with
   * equal keys ({@link Object#equals}) are one cluster.
   *
   * @param name the unit's name, as notes print it ("clustered by night"); not blank
   * @param key the function; it must not return {@code null}, its keys must have value equality,
   *     and it must be thread-safe if the query runs on a parallel stream
   * @return the unit
   * @throws IllegalArgumentException if the name is blank
   */
  public static ClusterUnit ofReport(String name, BiFunction<StrikeReport, LocalDate, ?> key) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(key, "key");
    checkArgument(!name.isBlank(), "unit name must not be blank");
    return new ClusterUnit(name.strip(), key);
  }

  /**
   * Returns the unit's name.
   *
   * @return {@code report}, {@code day} or the given name
   */
  public String name() {
    return name;
  }

  /** Whether the unit is the report, which needs no key. */
  boolean isReport() {
    return key == null;
  }

  /** The key of a report's unit. */
  Object keyOf(StrikeReport report, LocalDate date) {
    return Objects.requireNonNull(key.apply(report, date),
        () -> "cluster unit '" + name + "' gave a null key");
  }

  /**
   * Returns the name.
   *
   * @return {@link #name()}
   */
  @Override
  public String toString() {
    return name;
  }
}
