package org.conflictstats.report;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.conflictstats.model.SourceScope;
import org.conflictstats.stats.Attribution;
import org.conflictstats.stats.IntervalMethod;
import org.conflictstats.stats.RateKind;
import org.conflictstats.stats.ReportFilter;
import org.conflictstats.stats.ReportingRegimes;

/**
 * How a report counts and shows its inputs: the sources counted, whether reports with validation
 * errors count, how reports are dated, the headline rate, the interval, the reporting regimes and
 * the filter. The one value both ways of making a report take: {@link ReportDataSink} (the inputs
 * streamed, as the command reads them) and {@link ReportData#of} (inputs already in memory).
 *
 * <pre>{@code
 * ReportSettings settings = ReportSettings.standard()
 *     .withScope(SourceScope.NATIONAL)
 *     .withRate(RateKind.KINETIC)
 *     .withInterval(IntervalMethod.WILSON, 0.9)
 *     .withFilter(ReportFilter.all().withFamilies(List.of("drones")));
 * String html = HtmlReport.of(ReportData.of(imported, settings)).toHtml();
 * }</pre>
 *
 * <p>Defaults ({@link #standard()}), those of {@code conflict-stats report}: every source
 * ({@link SourceScope#ALL}); reports with validation errors left out;
 * {@link Attribution#standard()}; the neutralisation rate; the clustered interval
 * ({@link IntervalMethod#CLUSTER}) at 95%; {@link ReportingRegimes#standard()}; no filter
 * ({@link ReportFilter#all()}).
 *
 * <p>This class is immutable and thread-safe; the {@code with} methods return changed copies.
 */
public final class ReportSettings {

  private static final ReportSettings STANDARD = new ReportSettings(SourceScope.ALL, false,
      Attribution.standard(), RateKind.NEUTRALISATION, IntervalMethod.CLUSTER, 0.95,
      ReportingRegimes.standard(), ReportFilter.all());

  private final SourceScope scope;
  private final boolean keepInvalid;
  private final Attribution attribution;
  private final RateKind rate;
  private final IntervalMethod method;
  private final double level;
  private final ReportingRegimes regimes;
  private final ReportFilter filter;

  private ReportSettings(SourceScope scope, boolean keepInvalid, Attribution attribution,
      RateKind rate, IntervalMethod method, double level, ReportingRegimes regimes,
      ReportFilter filter) {
    this.scope = scope;
    this.keepInvalid = keepInvalid;
    this.attribution = attribution;
    this.rate = rate;
    this.method = method;
    this.level = level;
    this.regimes = regimes;
    this.filter = filter;
  }

  /**
   * Returns the settings of {@code conflict-stats report} without options: every source, reports
   * with validation errors left out, the standard attribution, the neutralisation rate, the
   * clustered interval at 95%, the standard reporting regimes, no filter.
   *
   * <pre>{@code
   * ReportData data = ReportData.of(imported, ReportSettings.standard());
   * }</pre>
   *
   * @return the settings
   */
  public static ReportSettings standard() {
    return STANDARD;
  }

  /**
   * Returns a copy counting only the sources in the given scope.
   *
   * <pre>{@code
   * ReportSettings.standard().withScope(SourceScope.NATIONAL);
   * }</pre>
   *
   * @param newScope the scope
   * @return the copy
   */
  public ReportSettings withScope(SourceScope newScope) {
    Objects.requireNonNull(newScope, "newScope");
    return new ReportSettings(newScope, keepInvalid, attribution, rate, method, level, regimes,
        filter);
  }

  /**
   * Returns a copy that keeps (or leaves out) the lines of reports with validation errors in the
   * tables, charts and rates; their findings are listed either way.
   *
   * <pre>{@code
   * ReportSettings.standard().withInvalidReportsKept(true);
   * }</pre>
   *
   * @param keep {@code true} to keep them, {@code false} (the default) to leave them out
   * @return the copy
   */
  public ReportSettings withInvalidReportsKept(boolean keep) {
    return new ReportSettings(scope, keep, attribution, rate, method, level, regimes, filter);
  }

  /**
   * Returns a copy attributing reports to dates in another way.
   *
   * <pre>{@code
   * ReportSettings.standard().withAttribution(Attribution.standard().withZone(ZoneOffset.UTC));
   * }</pre>
   *
   * @param newAttribution the rule and zone
   * @return the copy
   */
  public ReportSettings withAttribution(Attribution newAttribution) {
    Objects.requireNonNull(newAttribution, "newAttribution");
    return new ReportSettings(scope, keepInvalid, newAttribution, rate, method, level, regimes,
        filter);
  }

  /**
   * Returns a copy with another headline rate: the one the charts draw and the rate tables name;
   * the tables show the other beside it.
   *
   * <pre>{@code
   * ReportSettings.standard().withRate(RateKind.KINETIC);
   * }</pre>
   *
   * @param newRate the rate
   * @return the copy
   */
  public ReportSettings withRate(RateKind newRate) {
    Objects.requireNonNull(newRate, "newRate");
    return new ReportSettings(scope, keepInvalid, attribution, newRate, method, level, regimes,
        filter);
  }

  /**
   * Returns a copy with another confidence interval: the clustered one (the report as the unit) or
   * one of the counts alone (Wilson, Clopper-Pearson, Jeffreys). The bootstrap needs every
   * report's figures kept, which the report, gathered as its inputs stream by, does not.
   *
   * <pre>{@code
   * ReportSettings.standard().withInterval(IntervalMethod.WILSON, 0.9);
   * }</pre>
   *
   * @param newMethod the method
   * @param newLevel the level, in (0, 1)
   * @return the copy
   * @throws IllegalArgumentException if the level is outside (0, 1) or the method is the bootstrap
   */
  public ReportSettings withInterval(IntervalMethod newMethod, double newLevel) {
    Objects.requireNonNull(newMethod, "newMethod");
    checkArgument(newLevel > 0 && newLevel < 1, "level must be in (0, 1): %s", newLevel);
    checkArgument(!newMethod.needsClusterValues(), "the report shows the clustered interval or"
        + " one of the counts alone (Wilson, Clopper-Pearson, Jeffreys), not the bootstrap");
    return new ReportSettings(scope, keepInvalid, attribution, rate, newMethod, newLevel, regimes,
        filter);
  }

  /**
   * Returns a copy with other reporting regimes (DOMAIN.md §4c), for the warnings on kinetic rates
   * that mix them.
   *
   * <pre>{@code
   * ReportSettings.standard().withRegimes(ReportingRegimes.none());
   * }</pre>
   *
   * @param newRegimes the regimes
   * @return the copy
   */
  public ReportSettings withRegimes(ReportingRegimes newRegimes) {
    Objects.requireNonNull(newRegimes, "newRegimes");
    return new ReportSettings(scope, keepInvalid, attribution, rate, method, level, newRegimes,
        filter);
  }

  /**
   * Returns a copy that counts only the lines its filter and the given one both pass: calls
   * combine with "and" ({@link ReportFilter#and}), as {@code StatsQuery.withFilter} does. The
   * page then counts as {@code conflict-stats report} with the same filter options does: the
   * files, rows, reports, period and sources of the summary count everything read and the page
   * names the filter; the most launched weapons, the overall rates, the charts, the rate tables and
   * the overlap count only the lines the filter passes; the findings and the missing values cover
   * the reports it passes (their date, and one line at least), each whole; rejected rows are
   * listed whatever the filter.
   *
   * <pre>{@code
   * ReportSettings.standard()
   *     .withFilter(ReportFilter.all().withDates(DateRange.parse("2025-10")))
   *     .withFilter(ReportFilter.all().withFamilies(List.of("drones")));
   * }</pre>
   *
   * @param more the filter to add
   * @return the copy
   */
  public ReportSettings withFilter(ReportFilter more) {
    Objects.requireNonNull(more, "more");
    return new ReportSettings(scope, keepInvalid, attribution, rate, method, level, regimes,
        filter.and(more));
  }

  /**
   * Returns the sources counted.
   *
   * @return {@link SourceScope#ALL} unless changed
   */
  public SourceScope scope() {
    return scope;
  }

  /**
   * Returns whether the lines of reports with validation errors are counted.
   *
   * @return {@code false} unless changed
   */
  public boolean keepsInvalidReports() {
    return keepInvalid;
  }

  /**
   * Returns how reports are dated.
   *
   * @return {@link Attribution#standard()} unless changed
   */
  public Attribution attribution() {
    return attribution;
  }

  /**
   * Returns the headline rate.
   *
   * @return {@link RateKind#NEUTRALISATION} unless changed
   */
  public RateKind rate() {
    return rate;
  }

  /**
   * Returns the interval method.
   *
   * @return {@link IntervalMethod#CLUSTER} unless changed
   */
  public IntervalMethod intervalMethod() {
    return method;
  }

  /**
   * Returns the interval level.
   *
   * @return 0.95 unless changed
   */
  public double level() {
    return level;
  }

  /**
   * Returns the reporting regimes the warnings on kinetic rates use.
   *
   * @return {@link ReportingRegimes#standard()} unless changed
   */
  public ReportingRegimes regimes() {
    return regimes;
  }

  /**
   * Returns the filter of the lines the tables, charts and summary rates count.
   *
   * @return {@link ReportFilter#all()} unless changed
   */
  public ReportFilter filter() {
    return filter;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReportSettings s && scope.equals(s.scope) && keepInvalid == s.keepInvalid
        && attribution.equals(s.attribution) && rate == s.rate && method == s.method
        && Double.compare(level, s.level) == 0 && regimes.equals(s.regimes)
        && filter.equals(s.filter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scope, keepInvalid, attribution, rate, method, level, regimes, filter);
  }

  @Override
  public String toString() {
    return "ReportSettings[scope=" + scope + ", keepInvalid=" + keepInvalid + ", attribution="
        + attribution + ", rate=" + rate + ", interval=" + method + " " + level + ", regimes="
        + regimes + ", filter=" + filter + "]";
  }
}
