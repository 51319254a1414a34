package org.conflictstats.stats;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

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

  /**
   * What a filtered, size-keyed or model-keyed query adds: its filter, the lines it passed through
   * a part of a composite weapon, when grouped by size the counted reports and lines without a
   * size, and when grouped by model the combined lines split into their models' shares.
   */
  record Selected(ReportFilter filter, long partMatchedLines, Optional<LineCount> unsized,
      long splitLines, long multiGroupLines, Optional<DateRange> reportDates) {
    static final Selected NONE = new Selected(ReportFilter.all(), 0, Optional.empty(), 0, 0,
        Optional.empty());
  }

  private final ImmutableList<Dimension> dimensions;
  private final ImmutableList<Row> rows;
  private final Tally total;
  private final LeftOut leftOut;
  private final SourceOverlap overlap;
  private final TableOptions options;
  private final Selected selected;

  StatsTable(List<Dimension> dimensions, List<Row> rows, Tally total, LeftOut leftOut,
      SourceOverlap overlap, TableOptions options) {
    this(dimensions, rows, total, leftOut, overlap, options, Selected.NONE);
  }

  StatsTable(List<Dimension> dimensions, List<Row> rows, Tally total, LeftOut leftOut,
      SourceOverlap overlap, TableOptions options, Selected selected) {
    this.dimensions = ImmutableList.copyOf(dimensions);
    this.rows = ImmutableList.copyOf(rows);
    this.total = total;
    this.leftOut = leftOut;
    this.overlap = overlap;
    this.options = options;
    this.selected = selected;
  }

  /**
   * Returns a table of tallies computed elsewhere (by a reader that aggregates a file on several
   * threads, for instance), with its rows sorted as {@link StatsQuery} sorts them, and the defaults
   * of a query: clustered intervals at 0.95, standard reporting regimes, every rate shown. Its
   * clustered intervals need tallies whose lines were added with their reports
   * ({@link Tally#clustersKnown()}), and its check of kinetic rates against reporting regimes needs
   * lines added with their dates, as {@link StatsQuery} adds them: a tally of lines added alone
   * crosses no boundary.
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
    return new StatsTable(dimensions, list, total, leftOut, overlap, TableOptions.DEFAULT);
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
   * Returns what was left out: reports with validation errors, reports outside the scope, and
   * reports and lines the filter did not pass.
   *
   * @return the counts of left-out reports and lines
   */
  public LeftOut leftOut() {
    return leftOut;
  }

  /**
   * Returns the filter of the lines counted ({@link StatsQuery#withFilter}).
   *
   * @return the query's filter; {@link ReportFilter#all()} for a table without one
   */
  public ReportFilter filter() {
    return selected.filter();
  }

  /**
   * Returns how many counted lines passed the filter only through a part of a composite weapon
   * (a {@code Kh-101/Kh-555 and Kalibr} line counted for {@code --weapon Kalibr}): their counts
   * cannot be split, so the whole line is counted.
   *
   * @return the number of such lines; 0 without a filter
   */
  public long partMatchedLines() {
    return selected.partMatchedLines();
  }

  /**
   * Returns, for a table grouped by {@link Dimension#MODEL}, how many counted lines of several
   * models were split by their launched figure per model into one share per model: each share
   * counts in its model's launched, as an unrated line, and in no rate, since the line's outcomes
   * cannot be split. The total counts each such line once, whole.
   *
   * @return the number of split lines; 0 for a table not grouped by model
   */
  public long splitLines() {
    return selected.splitLines();
  }

  /**
   * Returns how many counted lines count in full in more than one row: by {@link Dimension#REGION},
   * a line that names several regions is in each of their rows, so the rows do not partition the
   * lines and their sums can exceed the {@linkplain #total() total}, which counts each line once.
   *
   * @return the number of such lines; 0 when every line is in one row
   */
  public long multiGroupLines() {
    return selected.multiGroupLines();
  }

  /**
   * Returns the report dates of the first and the last report counted (in scope, passed by the
   * filter, valid unless kept): a week, month, quarter or year row that begins before the first or
   * ends after the last is covered by the data only in part (the dataset's last month, to the day
   * of its release), which its notes say.
   *
   * @return the dates; empty when no report was counted
   */
  public Optional<DateRange> reportDates() {
    return selected.reportDates();
  }

  /**
   * Returns the remark on the week, month, quarter or year rows that the reports counted cover
   * only in part, beyond what the filter's dates cut ({@link #reportDates()}): {@code "Reports
   * cover in part: 2022 (from 2022-09-28), 2026 (to 2026-02-08)."}. {@link #selectionNotes()}
   * includes it; a chart's caption takes it alone.
   *
   * @return the remark; empty when every such row is covered whole, or the table has none
   */
  public Optional<String> coverageNote() {
    return new TableNotes(this, RateKind.NEUTRALISATION, null, options.level())
        .dataPartialPeriods();
  }

  /**
   * Returns the remark on the week, month, quarter or year rows that the filter's dates cut, with
   * the days of each that pass: {@code "Partial periods, cut by the filter's dates: 2025-W40
   * (2025-10-01 to 2025-10-05), 2025-W44 (2025-10-27 to 2025-10-31)."}, so that a row or a bar of a
   * few days is not read as the whole week. {@link #notes} includes it; a chart's caption takes it
   * alone, with {@link #coverageNote()}.
   *
   * @return the remark; empty when the filter cuts no such row, or the table has none
   */
  public Optional<String> filterCutNote() {
    return new TableNotes(this, RateKind.NEUTRALISATION, null, options.level()).partialPeriods();
  }

  /**
   * Returns, for a table grouped by {@link Dimension#SIZE}, the counted reports and lines that have
   * no attack size (key {@code (none)}): reports that are not national, launched nothing, or whose
   * size its bounds leave in more than one bucket ({@link Attack#bucketOf}).
   *
   * @return the count, or empty when the table is not grouped by size
   */
  public Optional<LineCount> unsized() {
    return selected.unsized();
  }

  /**
   * Returns whether national reports and reports of other sources among the kept ones may count the
   * same weapons twice, among the reports the query's scope counts (posts of one kind may overlap
   * too: a national post of a night's missiles beside the night's report).
   *
   * @return the overlap
   */
  public SourceOverlap overlap() {
    return overlap;
  }

  /**
   * Returns the interval method of {@link #format()}: the query's.
   *
   * @return {@link IntervalMethod#CLUSTER} unless the query chose another
   */
  public IntervalMethod intervalMethod() {
    return options.method();
  }

  /**
   * Returns the confidence level of {@link #format()}: the query's.
   *
   * @return 0.95 unless the query chose another
   */
  public double level() {
    return options.level();
  }

  /**
   * Returns the bootstrap settings of the query.
   *
   * @return the replicates and the seed
   */
  public Bootstrap bootstrap() {
    return options.bootstrap();
  }

  /**
   * Returns the unit of sampling of the clustered intervals.
   *
   * @return {@link ClusterUnit#REPORT} unless the query chose another
   */
  public ClusterUnit clusterUnit() {
    return options.unit();
  }

  /**
   * Returns the smallest rated launched count whose rate the table shows (DOMAIN.md §4d).
   *
   * @return 0 (every rate shown) unless the query chose another
   */
  public long minLaunched() {
    return options.minLaunched();
  }

  /**
   * Returns the reporting regimes the table checks its kinetic rates against (DOMAIN.md §4c).
   *
   * @return the regimes
   */
  public ReportingRegimes regimes() {
    return options.regimes();
  }

  /**
   * Returns whether the table hides the rate of a tally (one of its rows, or its total): the rate is
   * defined but fewer than {@link #minLaunched()} weapons were launched on rated lines. Its counts
   * are shown; its rate, bounds and interval are not.
   *
   * @param tally a row's tally or the total
   * @return {@code true} when the rate is hidden
   */
  public boolean hidesRate(Tally tally) {
    Objects.requireNonNull(tally, "tally");
    return tally.ratedLaunched() > 0 && tally.ratedLaunched() < options.minLaunched();
  }

  /**
   * Returns a tally's interval as this table shows it: empty when its rate is
   * {@linkplain #hidesRate hidden}; for {@link IntervalMethod#BOOTSTRAP}, with the query's
   * {@link #bootstrap()} settings; otherwise {@link Tally#interval(RateKind, IntervalMethod, double)}.
   *
   * @param tally a row's tally or the total
   * @param kind the rate
   * @param method the method
   * @param level the confidence level, in (0, 1)
   * @return the interval, or empty when undefined, not estimable or hidden
   * @throws IllegalArgumentException if the level is outside (0, 1)
   */
  public Optional<ConfidenceInterval> interval(Tally tally, RateKind kind, IntervalMethod method,
      double level) {
    Objects.requireNonNull(tally, "tally");
    Objects.requireNonNull(method, "method");
    checkArgument(level > 0 && level < 1, "level must be in (0, 1): %s", level);
    if (hidesRate(tally)) {
      return Optional.empty();
    }
    return method == IntervalMethod.BOOTSTRAP
        ? tally.interval(kind, options.bootstrap(), level)
        : tally.interval(kind, method, level);
  }

  /**
   * Whether {@link #interval} gives an interval for a tally whose rate is defined and shown, decided
   * without computing it (a bootstrap costs replicates × reports).
   */
  boolean hasInterval(Tally tally, RateKind kind, IntervalMethod method) {
    if (!tally.outcomeKnown()) {
      return false;
    }
    if (method.isBinomial()) {
      return true;
    }
    return tally.clusteredEstimable()
        && (!method.needsClusterValues() || tally.hasClusterValues());
  }

  /**
   * Returns the reporting-regime boundaries that a tally's rated lines straddle: empty when they
   * all fall in one regime. A kinetic rate over such lines mixes two definitions of "destroyed"
   * (DOMAIN.md §4c).
   *
   * @param tally a row's tally or the total
   * @return the boundaries, increasing
   */
  public List<LocalDate> regimeBoundaries(Tally tally) {
    Objects.requireNonNull(tally, "tally");
    return options.regimes().boundariesWithin(tally.regimeMask());
  }

  /**
   * Returns the remarks the text table prints under its definitions, for the given rate and
   * interval: lines without an exact launched count, reports left out, overlap between sources, and
   * the remarks of {@link #intervalNote}, {@link #hiddenNote()} and, when {@code kind} is kinetic,
   * {@link #regimeWarning()}.
   *
   * @param kind the rate shown
   * @param method the interval shown, or empty for none
   * @param level the confidence level, in (0, 1)
   * @return the remarks, each one sentence or two
   */
  public List<String> notes(RateKind kind, Optional<IntervalMethod> method, double level) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(method, "method");
    return List.copyOf(new TableNotes(this, kind, method.orElse(null), level).remarks());
  }

  /**
   * Returns what the table's notes say of the lines of its total that no rate counts, since they
   * have no exact launched count (the text table marks its launched figures {@code *}).
   *
   * <pre>{@code
   * table.unratedNote();
   * // Optional[1 line (12 known launched) has no exact launched count and is not rated.]
   * }</pre>
   *
   * @return the sentence; empty when every line of the total is rated
   */
  public Optional<String> unratedNote() {
    return new TableNotes(this, RateKind.NEUTRALISATION, null, options.level()).unrated();
  }

  /**
   * Returns the remarks on what the query selected, if any: its filter, what the filter left out,
   * the periods its dates cut, the lines it passed through a part of a composite weapon, grouped by
   * model the lines split into their models' shares, and, grouped by size, the lines without an
   * attack size. The text table prints them under its rows; {@link #notes} includes them.
   *
   * @return the remarks, empty for a table without a filter, a split line or a size
   */
  public List<String> selectionNotes() {
    return List.copyOf(new TableNotes(this, RateKind.NEUTRALISATION, null, options.level())
        .selection());
  }

  /**
   * Returns the remark on intervals that are not estimable, if any: how many groups (and whether the
   * total) have fewer than two reports, lines without their reports, or no cluster values for the
   * bootstrap.
   *
   * @param kind the rate
   * @param method the interval method
   * @param level the confidence level, in (0, 1)
   * @return the remark, or empty when every defined, shown rate has its interval
   */
  public Optional<String> intervalNote(RateKind kind, IntervalMethod method, double level) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(method, "method");
    return new TableNotes(this, kind, method, level).notEstimable();
  }

  /**
   * Returns the remark on rates hidden for small groups ({@link #minLaunched()}), if any.
   *
   * @return the remark, or empty when no rate is hidden
   */
  public Optional<String> hiddenNote() {
    return new TableNotes(this, RateKind.NEUTRALISATION, null, options.level()).hidden();
  }

  /**
   * Returns the warning on kinetic rates computed over lines of more than one reporting regime, if
   * any, naming the boundaries crossed (DOMAIN.md §4c).
   *
   * @return the warning, or empty when every kinetic rate stays within one regime
   */
  public Optional<String> regimeWarning() {
    return new TableNotes(this, RateKind.KINETIC, null, options.level()).regimes();
  }

  /**
   * Returns the warning of {@link #regimeWarning()} for the rows whose kinetic rates a reader shows
   * (a chart draws some rows, never the total): the rows {@code shown} accepts, without the total.
   *
   * <pre>{@code
   * // the rows a chart draws: a defined rate over at least 10 weapons
   * table.regimeWarningOfRows(t -> t.kineticRate().isDefined()
   *     && t.kineticRate().launched() >= 10);
   * }</pre>
   *
   * @param shown which rows' kinetic rates are shown
   * @return the warning, or empty when every kinetic rate shown stays within one regime
   */
  public Optional<String> regimeWarningOfRows(Predicate<? super Tally> shown) {
    Objects.requireNonNull(shown, "shown");
    return new TableNotes(this, RateKind.KINETIC, null, options.level()).regimes(shown, false);
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
   * Returns the table as aligned text: key columns; the rate's launched and known neutralised
   * (launched marked {@code *} when some lines are unrated); the neutralisation rate as a
   * percentage with one decimal, its bounds and its interval of the query's method and level (by
   * default clustered by report, 95%); then the total and notes on the definitions, unrated lines,
   * left-out reports, source overlap, intervals not estimable and hidden rates. An undefined rate
   * prints as {@code —}, never 0; an interval that is not estimable as {@code n/e}; a hidden rate
   * as {@code hidden}. Lines fit in 80 columns; a key text too long for its column (24 characters
   * at most) wraps onto continuation lines and is never cut.
   *
   * @return the text, ending with a line break
   */
  public String format() {
    return format(RateKind.NEUTRALISATION, options.method(), options.level());
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
   * Returns the table as aligned text, for the given rate, with the query's interval.
   *
   * @param kind the rate to print
   * @return the text, ending with a line break
   */
  public String format(RateKind kind) {
    return format(kind, options.method(), options.level());
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
   * Returns whether another table has the same dimensions (the standard ones are constants; a
   * custom {@link Dimension#of} is equal only to itself), rows, total, reports left out, overlap
   * between sources, interval options and selection: the same query over the same reports in the
   * same order gives equal tables, whatever the parallelism or the input format. In another order
   * the rows and total are equal, but the overlap between sources may not be: each report is
   * compared with the {@link SourceOverlap#DEFAULT_WINDOW} before it, so reports sorted otherwise
   * than by time (by id, say) meet other neighbours.
   */
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof StatsTable t && dimensions.equals(t.dimensions)
        && rows.equals(t.rows) && total.equals(t.total) && leftOut.equals(t.leftOut)
        && overlap.equals(t.overlap) && options.equals(t.options) && selected.equals(t.selected);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dimensions, rows, total, leftOut, overlap, options, selected);
  }

  /**
   * Returns {@link #format()}.
   */
  @Override
  public String toString() {
    return format();
  }
}
