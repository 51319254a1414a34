package org.conflictstats.stats;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of a {@link StatsQuery}: rows of key texts and {@link Tally}, sorted by key, with the
 * total and the counts of what was left out.
 *
 * <pre>{@code
 * StatsTable table = StatsQuery.groupBy(Dimension.WEEK, Dimension.WEAPON).run(reports);
 * for (StatsTable.Row row : table) {
 *   System.out.println(row.key() + " " + row.tally().neutralisationRate());
 * }
 * table.total().launched();      // every kept line, counted once
 * table.leftOut().invalidLines(); // lines of reports with validation errors
 * System.out.println(table);     // an aligned text table, 80 columns wide
 * }</pre>
 *
 * <p>Rows sort by their keys, dimension by dimension, in each dimension's {@linkplain
 * Dimension#order() order} (time keys chronologically). The {@linkplain #total() total} counts every
 * kept line once: for dimensions that do not partition the lines ({@link Dimension#REGION},
 * {@link Dimension#MODEL}) it is not the sum of the rows.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StatsTable implements Iterable<StatsTable.Row> {

  /**
   * One row: the key texts, one per dimension, and the tally of the row's lines.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param key the key texts, in the order of the table's dimensions
   * @param tally the tally of the lines with this key
   */
  public record Row(ImmutableList<String> key, Tally tally) {

    /** Checks the components. */
    public Row {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(tally, "tally");
    }

    /**
     * Returns one key text.
     *
     * @param index the dimension's index, from 0
     * @return the key text
     * @throws IndexOutOfBoundsException if there is no such dimension
     */
    public String key(int index) {
      return key.get(index);
    }
  }

  private final ImmutableList<Dimension> dimensions;
  private final ImmutableList<Row> rows;
  private final Tally total;
  private final LeftOut leftOut;
  private final SourceOverlap overlap;

  StatsTable(List<Dimension> dimensions, List<Row> rows, Tally total, LeftOut leftOut,
      SourceOverlap overlap) {
    this.dimensions = ImmutableList.copyOf(dimensions);
    this.rows = ImmutableList.copyOf(rows);
    this.total = total;
    this.leftOut = leftOut;
    this.overlap = overlap;
  }

  /**
   * Returns a table of tallies computed elsewhere (by a reader that aggregates a file on several
   * threads, for instance), with its rows sorted as {@link StatsQuery} sorts them.
   *
   * <pre>{@code
   * StatsTable t = StatsTable.of(List.of(Dimension.MONTH), Map.of(List.of("2025-04"), tally),
   *     tally, LeftOut.none(), SourceOverlap.none());
   * }</pre>
   *
   * @param dimensions the dimensions, in key order
   * @param rows the tally of each key, each key having one text per dimension
   * @param total the tally of every counted report
   * @param leftOut what was left out
   * @param overlap the overlap found, or {@link SourceOverlap#none()}
   * @return the table
   * @throws IllegalArgumentException if a key does not have one text per dimension
   */
  public static StatsTable of(List<Dimension> dimensions, Map<List<String>, Tally> rows,
      Tally total, LeftOut leftOut, SourceOverlap overlap) {
    Objects.requireNonNull(dimensions, "dimensions");
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(leftOut, "leftOut");
    Objects.requireNonNull(overlap, "overlap");
    Dimension[] dims = dimensions.toArray(new Dimension[0]);
    List<Row> list = new ArrayList<>(rows.size());
    rows.forEach((key, tally) -> {
      checkArgument(key.size() == dims.length, "key %s has %s texts for %s dimensions", key,
          key.size(), dims.length);
      list.add(new Row(ImmutableList.copyOf(key), tally));
    });
    list.sort(Aggregation.rowOrder(dims));
    return new StatsTable(dimensions, list, total, leftOut, overlap);
  }

  /**
   * Returns the dimensions, in key order.
   *
   * @return the dimensions; empty for an ungrouped table
   */
  public List<Dimension> dimensions() {
    return dimensions;
  }

  /**
   * Returns the rows, sorted by key.
   *
   * @return the rows
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * Returns how many rows the table has.
   *
   * @return the number of rows
   */
  public int size() {
    return rows.size();
  }

  /**
   * Finds the row with the given key texts.
   *
   * @param key one text per dimension
   * @return the row, or empty when no line had this key
   * @throws IllegalArgumentException if the number of texts differs from the number of dimensions
   */
  public Optional<Row> row(String... key) {
    Objects.requireNonNull(key, "key");
    checkArgument(key.length == dimensions.size(), "expected %s key texts, got %s",
        dimensions.size(), key.length);
    List<String> wanted = Arrays.asList(key);
    return rows.stream().filter(r -> r.key().equals(wanted)).findFirst();
  }

  /**
   * Returns the tally of every kept line, each counted once, and every kept report.
   *
   * @return the total
   */
  public Tally total() {
    return total;
  }

  /**
   * Returns what was left out: reports with validation errors and reports outside the scope.
   *
   * @return the counts of left-out reports and lines
   */
  public LeftOut leftOut() {
    return leftOut;
  }

  /**
   * Returns whether national reports and reports of other sources among the kept ones may count the same weapons
   * twice. It is computed only when the query's scope is {@code ALL}; otherwise it is
   * {@link SourceOverlap#none()}.
   *
   * @return the overlap
   */
  public SourceOverlap overlap() {
    return overlap;
  }

  /**
   * Returns an iterator over the rows, in order.
   *
   * @return the iterator
   */
  @Override
  public Iterator<Row> iterator() {
    return rows.iterator();
  }

  /**
   * Returns the table as aligned text: key columns; known launched and known neutralised (sums of
   * lower bounds over every line, launched marked {@code *} when some lines are unrated); the
   * neutralisation rate as a percentage with one decimal, its bounds and its 95% Wilson interval;
   * then the total and notes on the definitions, unrated lines, left-out reports and source
   * overlap. An undefined rate prints as {@code —}, never 0. Lines fit in 80 columns; a key text
   * too long for its column (24 characters at most) wraps onto continuation lines and is never
   * cut.
   *
   * @return the text, ending with a line break
   */
  public String format() {
    return format(RateKind.NEUTRALISATION, IntervalMethod.WILSON, 0.95);
  }

  /**
   * Returns the table as aligned text, for the given rate and interval.
   *
   * @param kind the rate to print
   * @param method the interval method
   * @param level the confidence level, in (0, 1)
   * @return the text, ending with a line break
   * @throws IllegalArgumentException if the level is outside (0, 1)
   */
  public String format(RateKind kind, IntervalMethod method, double level) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(method, "method");
    checkArgument(level > 0 && level < 1, "level must be in (0, 1): %s", level);
    return new TablePrinter(kind, method, level).print(this);
  }

  /**
   * Returns the table as aligned text, for the given rate, without a confidence-interval column.
   *
   * @param kind the rate to print
   * @return the text, lines ending in {@code \n}
   */
  public String formatWithoutInterval(RateKind kind) {
    Objects.requireNonNull(kind, "kind");
    return new TablePrinter(kind, null, 0.95).print(this);
  }

  /**
   * Returns {@link #format()}.
   */
  @Override
  public String toString() {
    return format();
  }
}
