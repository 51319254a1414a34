package org.conflictstats.stats;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collector;
import java.util.stream.Stream;
import org.conflictstats.model.SourceScope;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.validation.Validator;

/**
 * A grouped tally of strike reports: which {@link Dimension}s to group by, which sources to count,
 * how to attribute reports to dates, and what to do with reports that fail validation. Running it
 * gives a {@link StatsTable}.
 *
 * <pre>{@code
 * StatsTable table = StatsQuery.groupBy(Dimension.WEEK, Dimension.WEAPON)
 *     .withScope(SourceScope.NATIONAL)
 *     .run(reports);
 * StatsTable byMonth = reports.stream()
 *     .collect(StatsQuery.groupBy(Dimension.MONTH).toTable());
 * }</pre>
 *
 * <p>Defaults: every source ({@link SourceScope#ALL}); the report date is the local date of the
 * period's end in Europe/Kyiv ({@link Attribution#standard()}); reports for which
 * {@code Validator.standard().validate(report).hasErrors()} are left out and counted in
 * {@link StatsTable#leftOut()}. Each report is first checked against the scope (out-of-scope reports
 * are counted and not validated), then against the filter (likewise), then validated.
 *
 * <p>The table also says which counted lines two posts may both count ({@link StatsTable#overlap()},
 * {@link SourceOverlap}): each report is compared with the {@linkplain #withOverlapWindow reports
 * before it}, so the check needs the reports in input order; the collector {@link #toTable()} is
 * ordered for this.
 *
 * <p>The table's intervals treat the report as the unit of sampling by default
 * ({@link IntervalMethod#CLUSTER}, DOMAIN.md §4b; {@link #withInterval}, {@link #withBootstrap},
 * {@link #withClusterUnit}); it warns when a kinetic rate mixes reporting regimes
 * ({@link #withRegimes}, DOMAIN.md §4c) and can hide the rates of small groups
 * ({@link #withMinLaunched}, DOMAIN.md §4d).
 *
 * <p>A {@link ReportFilter} ({@link #withFilter}) narrows the lines counted to dates, weapons,
 * categories, families or regions; {@link #select} says what the query does with one report.
 *
 * <p>This class is immutable and thread-safe; the {@code with} methods return changed copies. A
 * table is built by one thread, or by a parallel stream through {@link #toTable()}.
 */
public final class StatsQuery {

  private static final Predicate<StrikeReport> STANDARD_VALIDATION =
      report -> Validator.standard().hasErrors(report);

  private final ImmutableList<Dimension> dimensions;
  private final SourceScope scope;
  private final Attribution attribution;
  private final boolean keepInvalid;
  private final Predicate<? super StrikeReport> invalid;
  private final int overlapWindow;
  private final TableOptions options;
  private final ReportFilter filter;

  private StatsQuery(List<Dimension> dimensions, SourceScope scope, Attribution attribution,
      boolean keepInvalid, Predicate<? super StrikeReport> invalid) {
    this(dimensions, scope, attribution, keepInvalid, invalid, SourceOverlap.DEFAULT_WINDOW,
        TableOptions.DEFAULT, ReportFilter.all());
  }

  private StatsQuery(List<Dimension> dimensions, SourceScope scope, Attribution attribution,
      boolean keepInvalid, Predicate<? super StrikeReport> invalid, int overlapWindow,
      TableOptions options, ReportFilter filter) {
    this.dimensions = ImmutableList.copyOf(dimensions);
    this.scope = scope;
    this.attribution = attribution;
    this.keepInvalid = keepInvalid;
    this.invalid = invalid;
    this.overlapWindow = overlapWindow;
    this.options = options;
    this.filter = filter;
  }

  /**
   * Returns a query grouping by the given dimensions, in this order, with the defaults.
   *
   * @param dimensions the dimensions; none for a single total row
   * @return the query
   * @throws IllegalArgumentException if a dimension is given twice, or two have one name
   */
  public static StatsQuery groupBy(Dimension... dimensions) {
    Objects.requireNonNull(dimensions, "dimensions");
    return groupBy(List.of(dimensions));
  }

  /**
   * Returns a query grouping by the given dimensions, in this order, with the defaults.
   *
   * @param dimensions the dimensions; none for a single total row
   * @return the query
   * @throws IllegalArgumentException if a dimension is given twice, or two have one name
   */
  public static StatsQuery groupBy(List<Dimension> dimensions) {
    Objects.requireNonNull(dimensions, "dimensions");
    Set<Dimension> seen = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (Dimension d : dimensions) {
      Objects.requireNonNull(d, "dimension");
      checkArgument(seen.add(d), "dimension %s is given twice", d);
      // a row's keys are named by their dimensions (a CSV header, a JSON object): one name once
      checkArgument(names.add(d.name()), "two dimensions are named %s", d.name());
    }
    StatsQuery q = new StatsQuery(dimensions, SourceScope.ALL, Attribution.standard(), false,
        STANDARD_VALIDATION);
    // a regime dimension's regimes become the query's, for the warning on mixed kinetic rates
    for (Dimension d : dimensions) {
      if (d.regimes().isPresent()) {
        return q.withRegimes(d.regimes().get());
      }
    }
    return q;
  }

  /**
   * Returns a query without grouping: its table has one row, the total.
   *
   * @return the query
   */
  public static StatsQuery ungrouped() {
    return groupBy(List.of());
  }

  /**
   * Returns a copy counting only the sources in the given scope. Reports of other sources are left
   * out and counted.
   *
   * @param newScope the scope
   * @return the copy
   */
  public StatsQuery withScope(SourceScope newScope) {
    Objects.requireNonNull(newScope, "newScope");
    return new StatsQuery(dimensions, newScope, attribution, keepInvalid, invalid, overlapWindow,
        options, filter);
  }

  /**
   * Returns a copy attributing reports to dates in another way.
   *
   * @param newAttribution the rule and zone
   * @return the copy
   */
  public StatsQuery withAttribution(Attribution newAttribution) {
    Objects.requireNonNull(newAttribution, "newAttribution");
    return new StatsQuery(dimensions, scope, newAttribution, keepInvalid, invalid, overlapWindow,
        options, filter);
  }

  /**
   * Returns a copy that keeps (or leaves out) the lines of reports with validation errors. Left-out
   * reports are counted in {@link StatsTable#leftOut()}; kept ones are not validated.
   *
   * @param keep {@code true} to keep them, {@code false} (the default) to leave them out
   * @return the copy
   */
  public StatsQuery withInvalidReportsKept(boolean keep) {
    return new StatsQuery(dimensions, scope, attribution, keep, invalid, overlapWindow, options,
        filter);
  }

  /**
   * Returns a copy that validates reports with the given validator: a report is invalid when
   * {@code validator.validate(report).hasErrors()}.
   *
   * @param validator the validator
   * @return the copy
   */
  public StatsQuery withValidator(Validator validator) {
    Objects.requireNonNull(validator, "validator");
    return withInvalidWhen(validator::hasErrors);
  }

  /**
   * Returns a copy that calls a report invalid when the given test holds, for rules a
   * {@link Validator} does not have.
   *
   * @param isInvalid the test; it must be thread-safe if the query runs on a parallel stream
   * @return the copy
   */
  public StatsQuery withInvalidWhen(Predicate<? super StrikeReport> isInvalid) {
    Objects.requireNonNull(isInvalid, "isInvalid");
    return new StatsQuery(dimensions, scope, attribution, keepInvalid, isInvalid, overlapWindow,
        options, filter);
  }

  /**
   * Returns a copy that does (or does not) look for lines that two posts may both count
   * ({@link SourceOverlap}). The check is on by default, with a window of
   * {@value SourceOverlap#DEFAULT_WINDOW} reports; it looks among the reports in scope that are
   * counted, and its memory does not grow with the input.
   *
   * <pre>{@code
   * StatsQuery.groupBy(Dimension.MONTH, Dimension.WEAPON).withOverlapCheck(false);
   * }</pre>
   *
   * @param check {@code true} (the default) to look for overlap
   * @return the copy
   */
  public StatsQuery withOverlapCheck(boolean check) {
    return new StatsQuery(dimensions, scope, attribution, keepInvalid, invalid,
        check ? SourceOverlap.DEFAULT_WINDOW : 0, options, filter);
  }

  /**
   * Returns a copy that compares each report with this many reports before it, in input order, when
   * it looks for overlap. A larger window finds overlaps between reports further apart in the input,
   * at the cost of memory (a few hundred bytes a report) and time.
   *
   * @param reports the window, at least 1
   * @return the copy, which checks overlap
   * @throws IllegalArgumentException if {@code reports} is below 1
   */
  public StatsQuery withOverlapWindow(int reports) {
    checkArgument(reports >= 1, "overlap window must be at least 1: %s", reports);
    return new StatsQuery(dimensions, scope, attribution, keepInvalid, invalid, reports, options,
        filter);
  }

  /**
   * Returns a copy whose table gives, by default ({@link StatsTable#format()}), intervals of the
   * given method and level. The default is {@link IntervalMethod#CLUSTER} at 0.95: reports as the
   * unit of sampling (DOMAIN.md §4b). {@link IntervalMethod#BOOTSTRAP} makes every group keep its
   * clusters' values ({@link Bootstrap} says what that costs), with the settings of
   * {@link #withBootstrap}, {@link Bootstrap#standard()} unless given; with any other method the
   * table has no bootstrap interval.
   *
   * <pre>{@code
   * StatsQuery.groupBy(Dimension.MONTH).withInterval(IntervalMethod.WILSON, 0.9);
   * }</pre>
   *
   * @param method the method
   * @param level the confidence level, in (0, 1)
   * @return the copy
   * @throws IllegalArgumentException if the level is outside (0, 1)
   */
  public StatsQuery withInterval(IntervalMethod method, double level) {
    Objects.requireNonNull(method, "method");
    checkArgument(level > 0 && level < 1, "level must be in (0, 1): %s", level);
    return withOptions(new TableOptions(method, level, options.bootstrap(), options.unit(),
        options.minLaunched(), options.regimes()));
  }

  /**
   * Returns a copy whose intervals are the percentile bootstrap over clusters with the given
   * settings: {@code withInterval(IntervalMethod.BOOTSTRAP, level())} with these replicates and
   * this seed.
   *
   * <pre>{@code
   * StatsQuery.groupBy(Dimension.MONTH).withBootstrap(Bootstrap.of(5_000, 7));
   * }</pre>
   *
   * @param bootstrap the replicates and the seed
   * @return the copy
   */
  public StatsQuery withBootstrap(Bootstrap bootstrap) {
    Objects.requireNonNull(bootstrap, "bootstrap");
    return withOptions(new TableOptions(IntervalMethod.BOOTSTRAP, options.level(), bootstrap,
        options.unit(), options.minLaunched(), options.regimes()));
  }

  /**
   * Returns a copy whose clustered intervals and bootstrap take another unit of sampling than the
   * report, such as {@link ClusterUnit#DAY} (every report of one night). {@link ClusterUnit} says
   * what a unit given by a function costs in memory.
   *
   * @param unit the unit
   * @return the copy
   */
  public StatsQuery withClusterUnit(ClusterUnit unit) {
    Objects.requireNonNull(unit, "unit");
    return withOptions(new TableOptions(options.method(), options.level(), options.bootstrap(),
        unit, options.minLaunched(), options.regimes()));
  }

  /**
   * Returns a copy whose table hides the rate, bounds and interval of every group with fewer than
   * {@code minimum} weapons launched on rated lines (DOMAIN.md §4d): the counts stay, the rate of
   * one ballistic missile (0% or 100%) does not, and a note counts such groups. The default, 0,
   * hides nothing; 10 is common. The table's writers (text, CSV, JSON, the HTML report) leave the
   * hidden figures empty, {@link StatsTable#hidesRate} says which tallies they are and
   * {@link StatsTable#interval} gives none for them; a row's {@link Tally} itself keeps every
   * figure, its rate too, so ask {@code table.hidesRate(row.tally())} before printing one.
   *
   * <pre>{@code
   * StatsTable t = StatsQuery.groupBy(Dimension.WEAPON).withMinLaunched(10).run(reports);
   * for (StatsTable.Row row : t) {
   *   String rate = t.hidesRate(row.tally()) ? "-"
   *       : String.format("%.1f%%", 100 * row.tally().neutralisationRate().point().orElseThrow());
   * }
   * }</pre>
   *
   * @param minimum the smallest rated launched count whose rate is shown, at least 0
   * @return the copy
   * @throws IllegalArgumentException if {@code minimum} is negative
   */
  public StatsQuery withMinLaunched(long minimum) {
    checkArgument(minimum >= 0, "minimum launched must not be negative: %s", minimum);
    return withOptions(new TableOptions(options.method(), options.level(), options.bootstrap(),
        options.unit(), minimum, options.regimes()));
  }

  /**
   * Returns a copy with other reporting regimes (DOMAIN.md §4c), for the warning on kinetic rates
   * that mix them and for {@link Dimension#REGIME}: if the query groups by a regime dimension
   * ({@code Dimension.REGIME} or one {@link Dimension#regime} made, with or without another
   * order), the copy groups by {@code Dimension.regime(regimes)}, in the order the dimension had if
   * {@link Dimension#withOrder} gave it one. A query grouping by {@code Dimension.regime(r)} starts
   * with the regimes {@code r}; the last call wins, for the rows and the warning alike.
   *
   * @param regimes the regimes; {@link ReportingRegimes#standard()} by default
   * @return the copy
   */
  public StatsQuery withRegimes(ReportingRegimes regimes) {
    Objects.requireNonNull(regimes, "regimes");
    List<Dimension> dims = new ArrayList<>(dimensions);
    dims.replaceAll(d -> d.withRegimes(regimes));
    return new StatsQuery(dims, scope, attribution, keepInvalid, invalid, overlapWindow,
        new TableOptions(options.method(), options.level(), options.bootstrap(), options.unit(),
            options.minLaunched(), regimes), filter);
  }

  /**
   * Returns a copy that counts only the lines its filter and the given one both pass: calls
   * combine with "and" ({@link ReportFilter#and}). A report none of whose lines passes is left out
   * and counted ({@link LeftOut#filteredReports()}); so are the lines that do not pass
   * ({@link LeftOut#filteredLines()}), and the table says how many lines passed only through a
   * part of a composite weapon ({@link StatsTable#partMatchedLines()}). The filter comes after the
   * source scope and before validation: a report it leaves out is not validated, and a report it
   * keeps is validated whole, every line, as without a filter, so that a filtered table is the
   * matching rows of an unfiltered one.
   *
   * <pre>{@code
   * StatsQuery.groupBy(Dimension.FAMILY)
   *     .withScope(SourceScope.NATIONAL)
   *     .withFilter(ReportFilter.all().withDates(DateRange.parse("2025-10")));
   * }</pre>
   *
   * @param more the filter to add
   * @return the copy
   */
  public StatsQuery withFilter(ReportFilter more) {
    Objects.requireNonNull(more, "more");
    return new StatsQuery(dimensions, scope, attribution, keepInvalid, invalid, overlapWindow,
        options, filter.and(more));
  }

  /**
   * Returns the filter of the lines counted.
   *
   * @return {@link ReportFilter#all()} unless changed
   */
  public ReportFilter filter() {
    return filter;
  }

  /**
   * Decides what the query does with one report, as its table does: a report outside the scope is
   * left out; then one whose date, or every line, fails the filter; then, unless the query keeps
   * them, one with validation errors (validated whole, every line); otherwise it is counted with
   * the lines the filter passes.
   *
   * <pre>{@code
   * Selection s = StatsQuery.ungrouped().withScope(SourceScope.NATIONAL).select(report);
   * }</pre>
   *
   * @param report the report
   * @return the verdict, the report date and the lines kept
   */
  public Selection select(StrikeReport report) {
    Objects.requireNonNull(report, "report");
    LocalDate date = attribution.dateOf(report.period());
    if (!scope.includes(report.source())) {
      return new Selection(Selection.Verdict.OUT_OF_SCOPE, report, date, 0, 0);
    }
    StrikeReport kept = report;
    int dropped = 0;
    int parts = 0;
    if (!filter.isAll()) {
      Optional<ReportFilter.Kept> k = filter.apply(report, date);
      if (k.isEmpty()) {
        return new Selection(Selection.Verdict.FILTERED_OUT, report, date, 0, 0);
      }
      kept = k.get().report();
      dropped = k.get().droppedLines();
      parts = k.get().partMatchedLines();
    }
    if (isInvalid(report)) {
      return new Selection(Selection.Verdict.INVALID, kept, date, dropped, 0);
    }
    return new Selection(Selection.Verdict.COUNTED, kept, date, dropped, parts);
  }

  private StatsQuery withOptions(TableOptions newOptions) {
    return new StatsQuery(dimensions, scope, attribution, keepInvalid, invalid, overlapWindow,
        newOptions, filter);
  }

  /**
   * Returns the default interval method of the table.
   *
   * @return {@link IntervalMethod#CLUSTER} unless changed
   */
  public IntervalMethod intervalMethod() {
    return options.method();
  }

  /**
   * Returns the default confidence level of the table.
   *
   * @return 0.95 unless changed
   */
  public double level() {
    return options.level();
  }

  /**
   * Returns the bootstrap settings.
   *
   * @return {@link Bootstrap#standard()} unless changed
   */
  public Bootstrap bootstrap() {
    return options.bootstrap();
  }

  /**
   * Returns the unit of sampling of the clustered interval and the bootstrap.
   *
   * @return {@link ClusterUnit#REPORT} unless changed
   */
  public ClusterUnit clusterUnit() {
    return options.unit();
  }

  /**
   * Returns the smallest rated launched count whose rate the table shows.
   *
   * @return 0 (every rate shown) unless changed
   */
  public long minLaunched() {
    return options.minLaunched();
  }

  /**
   * Returns the reporting regimes.
   *
   * @return {@link ReportingRegimes#standard()} unless changed
   */
  public ReportingRegimes regimes() {
    return options.regimes();
  }

  TableOptions options() {
    return options;
  }

  /**
   * Returns whether the table looks for lines that two posts may both count.
   *
   * @return whether overlap is looked for
   */
  public boolean checksOverlap() {
    return overlapWindow > 0;
  }

  /**
   * Returns how many reports before it each report is compared with when overlap is looked for.
   *
   * @return the window; 0 when overlap is not looked for
   */
  public int overlapWindow() {
    return overlapWindow;
  }

  /**
   * Returns the dimensions, in key order.
   *
   * @return the dimensions
   */
  public List<Dimension> dimensions() {
    return dimensions;
  }

  /**
   * Returns the source scope.
   *
   * @return the scope; {@link SourceScope#ALL} by default
   */
  public SourceScope scope() {
    return scope;
  }

  /**
   * Returns how reports are attributed to dates.
   *
   * @return the attribution; {@link Attribution#standard()} by default
   */
  public Attribution attribution() {
    return attribution;
  }

  /**
   * Returns whether lines of reports with validation errors are kept.
   *
   * @return {@code false} by default
   */
  public boolean keepsInvalidReports() {
    return keepInvalid;
  }

  /**
   * Runs the query over reports.
   *
   * @param reports the reports
   * @return the table
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public StatsTable run(Iterable<StrikeReport> reports) {
    Objects.requireNonNull(reports, "reports");
    Aggregation a = new Aggregation(this);
    for (StrikeReport r : reports) {
      a.add(r);
    }
    return a.finish();
  }

  /**
   * Runs the query over a stream of reports.
   *
   * @param reports the reports
   * @return the table
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public StatsTable run(Stream<StrikeReport> reports) {
    Objects.requireNonNull(reports, "reports");
    return reports.collect(toTable());
  }

  /**
   * Returns a collector running this query. The rows are sorted at the end; the collector is ordered
   * when it looks for overlap, which compares each report with the reports before it (its combiner
   * must merge the earlier part on the left, as {@code java.util.stream} and the readers'
   * {@code ReportSink} do), and unordered otherwise. A container gives its table once: its
   * finisher applied again, or a report or a merge after it, throws {@link IllegalStateException}
   * (the table takes the container's groups).
   *
   * @return the collector
   */
  public Collector<StrikeReport, ?, StatsTable> toTable() {
    if (checksOverlap()) {
      return Collector.of(() -> new Aggregation(this), Aggregation::add, Aggregation::merge,
          Aggregation::finish);
    }
    return Collector.of(() -> new Aggregation(this), Aggregation::add, Aggregation::merge,
        Aggregation::finish, Collector.Characteristics.UNORDERED);
  }

  boolean isInvalid(StrikeReport report) {
    return !keepInvalid && isInvalidReport(report);
  }

  /**
   * Returns whether the query's test of validity fails for a report ({@code
   * Validator.standard().hasErrors} unless {@link #withInvalidWhen} says otherwise), whether or not
   * the query keeps such reports: what marks a kept one.
   *
   * <pre>{@code
   * query.withInvalidReportsKept(true).isInvalidReport(report); // true: counted all the same
   * }</pre>
   *
   * @param report the report
   * @return whether the report is invalid by the query's test
   */
  public boolean isInvalidReport(StrikeReport report) {
    return invalid.test(report);
  }

  @Override
  public String toString() {
    return "StatsQuery{groupBy=" + dimensions + ", scope=" + scope + ", attribution=" + attribution
        + ", keepInvalidReports=" + keepInvalid + (overlapWindow == SourceOverlap.DEFAULT_WINDOW ? ""
            : ", overlapWindow=" + overlapWindow)
        + ", interval=" + options.method() + " " + options.level()
        + (options.keepsClusterValues() ? " " + options.bootstrap() : "")
        + (options.unit() == ClusterUnit.REPORT ? "" : ", clusterUnit=" + options.unit())
        + (options.minLaunched() == 0 ? "" : ", minLaunched=" + options.minLaunched())
        + (options.regimes().equals(ReportingRegimes.standard()) ? ""
            : ", regimes=" + options.regimes().boundaries())
        + (filter.isAll() ? "" : ", filter=" + filter)
        + "}";
  }
}
