package org.conflictstats.chart;

import java.awt.Color;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import org.conflictstats.stats.ConfidenceInterval;
import org.conflictstats.stats.Dimension;
import org.conflictstats.stats.Rate;
import org.conflictstats.stats.StatsTable;
import org.conflictstats.stats.Tally;
import org.jfree.data.time.SimpleTimePeriod;
import org.jfree.data.time.TimePeriodAnchor;
import org.jfree.data.time.TimeTableXYDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The series a chart draws from its table: per period and group, the launched bars; and per run of
 * consecutive periods with a rate, one series of the line with its interval and one of the bounds,
 * so that a line never bridges a period without a rate. Dates are the periods' days at midnight UTC.
 *
 * <pre>{@code
 * ChartData data = ChartData.of(table, groups, names, 10);
 * data.bars();       // one series per group, a value per period
 * data.intervals();  // one series per run of periods with a rate
 * }</pre>
 */
final class ChartData {

  private final TreeSet<String> periods;
  private final TimeTableXYDataset bars;
  private final YIntervalSeriesCollection intervals = new YIntervalSeriesCollection();
  private final YIntervalSeriesCollection bounds = new YIntervalSeriesCollection();
  private final List<Color> runColours = new ArrayList<>();
  private final Set<Integer> lone = new HashSet<>();

  private ChartData(TreeSet<String> periods, TimeTableXYDataset bars) {
    this.periods = periods;
    this.bars = bars;
  }

  /**
   * Builds the series of a table grouped by a period and optionally a split.
   *
   * @param table the table
   * @param groups the groups drawn ({@link RatesChart#groups()})
   * @param names the chart's rate, interval and names
   * @param minimumLaunched the smallest launched count whose rate is drawn
   */
  static ChartData of(StatsTable table, List<String> groups, ChartNames names,
      long minimumLaunched) {
    Dimension period = table.dimensions().get(0);
    boolean split = table.dimensions().size() == 2;
    TimeTableXYDataset bars = new TimeTableXYDataset(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    bars.setXPosition(TimePeriodAnchor.MIDDLE);
    TreeSet<String> periods = new TreeSet<>(period.order());
    table.rows().forEach(r -> periods.add(r.key(0)));
    Map<List<String>, Tally> tallies = new LinkedHashMap<>();
    for (String p : periods) {
      for (String g : groups) {
        bars.add(span(period, p), 0.0, split ? g : names.launched());
      }
    }
    for (StatsTable.Row row : table) {
      String g = split ? row.key(1) : groups.get(0);
      if (!groups.contains(g)) {
        continue; // a group left out (SplitGroups): the caption says so
      }
      Rate r = row.tally().rate(names.kind());
      bars.add(span(period, row.key(0)), (double) r.launched(), split ? g : names.launched());
      tallies.put(List.of(row.key(0), g), row.tally());
    }
    ChartData data = new ChartData(periods, bars);
    // one series per run of consecutive periods with a rate, so that a line never bridges a gap:
    // a period without a rate, or a period with no row at all, ends a run
    for (int gi = 0; gi < groups.size(); gi++) {
      String g = groups.get(gi);
      List<double[]> run = new ArrayList<>();
      LocalDate runEnd = null;
      int runs = 0;
      for (String p : periods) {
        Tally t = tallies.get(List.of(p, g));
        Rate r = t == null ? null : t.rate(names.kind());
        LocalDate[] span = Periods.span(period, p);
        if (r == null || !r.isDefined() || r.launched() < minimumLaunched
            || !span[0].equals(runEnd)) {
          // undefined, too few launched, or after a gap: the run so far ends here
          runs = data.addRun(run, g, split, runs, names);
          run.clear();
          if (r == null || !r.isDefined() || r.launched() < minimumLaunched) {
            runEnd = null;
            continue;
          }
          data.colourRuns(Palette.ofGroup(gi, split));
        }
        double from = date(span[0]).getTime();
        double to = date(span[1]).getTime();
        double point = 100 * r.point().getAsDouble();
        // the clustered interval of fewer than two reports cannot be estimated: the point and its
        // bounds are drawn, and the band closes on the line there (the caption says so)
        Optional<ConfidenceInterval> ci = t.interval(names.kind(), names.method(), names.level());
        run.add(new double[] {from, to, point, ci.map(i -> 100 * i.lower()).orElse(point),
            ci.map(i -> 100 * i.upper()).orElse(point), 100 * r.lower().getAsDouble(),
            100 * r.upper().getAsDouble()});
        runEnd = span[1];
      }
      data.addRun(run, g, split, runs, names);
      data.colourRuns(Palette.ofGroup(gi, split));
    }
    return data;
  }

  /** The periods with a row, in the period's order. */
  TreeSet<String> periods() {
    return periods;
  }

  /** The launched bars: one series per group (or one, named after the bars, without a split). */
  TimeTableXYDataset bars() {
    return bars;
  }

  /** The line with its interval: one series per run of periods with a rate. */
  YIntervalSeriesCollection intervals() {
    return intervals;
  }

  /** The line with its bounds for unknown outcomes, series by series as {@link #intervals()}. */
  YIntervalSeriesCollection bounds() {
    return bounds;
  }

  /** The colour of each run's series, in the order of {@link #intervals()}. */
  List<Color> runColours() {
    return runColours;
  }

  /** The series of one period only, drawn across the middle half of it. */
  Set<Integer> lone() {
    return lone;
  }

  /** The first day of a period and the first day after it, as the chart's dates. */
  static SimpleTimePeriod span(Dimension period, String key) {
    LocalDate[] span = Periods.span(period, key);
    return new SimpleTimePeriod(date(span[0]), date(span[1]));
  }

  /** A day as the chart's date: its midnight in UTC. */
  static Date date(LocalDate d) {
    return Date.from(d.atStartOfDay().toInstant(ZoneOffset.UTC));
  }

  /** Gives the series added since the last call the colour of their group. */
  private void colourRuns(Color c) {
    runColours.addAll(Collections.nCopies(intervals.getSeriesCount() - runColours.size(), c));
  }

  /**
   * Adds a run of periods with a rate as one series of the line with its interval and one of the
   * bounds, each point at the middle of its period; a run of one period is drawn across the middle
   * half of it (marked at its middle), so that its interval and bounds show as bands, not as a line
   * of no width. Returns the count of runs of the group so far.
   */
  private int addRun(List<double[]> run, String group, boolean split, int runs,
      ChartNames names) {
    if (run.isEmpty()) {
      return runs;
    }
    String suffix = runs == 0 ? "" : " #" + (runs + 1);
    YIntervalSeries ci = new YIntervalSeries((split ? group : names.line()) + suffix);
    YIntervalSeries bound = new YIntervalSeries((split ? group + " (bounds)" : names.bounds())
        + suffix);
    for (double[] p : run) {
      double[] xs = run.size() == 1
          ? new double[] {p[0] + (p[1] - p[0]) / 4, (p[0] + p[1]) / 2, p[0] + 3 * (p[1] - p[0]) / 4}
          : new double[] {(p[0] + p[1]) / 2};
      for (double x : xs) {
        ci.add(x, p[2], p[3], p[4]);
        bound.add(x, p[2], p[5], p[6]);
      }
    }
    if (run.size() == 1) {
      lone.add(intervals.getSeriesCount());
    }
    intervals.addSeries(ci);
    bounds.addSeries(bound);
    return runs + 1;
  }
}
