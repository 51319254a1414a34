package org.conflictstats.stats;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collector;
import org.conflictstats.model.Outcome;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponLine;

/**
 * The exact totals of a set of weapon lines: how many reports and lines, the sums of every outcome's
 * bounds, and the sums that {@linkplain #neutralisationRate() rates} are computed from (DOMAIN.md
 * §4). Build one with a {@link TallyAccumulator} or a collector.
 *
 * <pre>{@code
 * Tally t = report.lines().stream().collect(Tally.toTally());
 * t.launched().lower();          // 80: the "known" launched
 * t.neutralisationRate().point(); // OptionalDouble[0.6875] = 55/80
 * t.plus(Tally.empty()).equals(t); // true
 * }</pre>
 *
 * <h2>Sums</h2>
 * For launched and every outcome (destroyed, suppressed, still airborne, left airspace, hit, and the
 * derived unknown) a {@link CountSum} holds the sum of the lines' lower bounds and of their upper
 * bounds, unbounded when any line's upper bound is. The figure printed as "known" is the lower sum: a
 * blank figure ({@link org.conflictstats.model.Count#unknown()}) adds 0, an exact {@code n} adds
 * {@code n}. On a line, an outcome the source did not report is {@code Count.zero()}; those weapons
 * are in the unknown remainder ({@link WeaponLine#unknown()}).
 *
 * <h2>Rates</h2>
 * Rates count only <em>rated</em> lines: lines whose launched count is exact and above zero. A line
 * whose launched count is not exact (a blank, or "at least n" when the source withheld it) has no
 * point rate: it is {@linkplain #unratedLines() counted as unrated}, with its known launched, so that
 * tables can say so. A line with exactly zero launched is neither rated nor unrated: it has nothing
 * to rate.
 *
 * <p>For a rated line with {@code L} launched, destroyed {@code D}, suppressed {@code S}, still
 * airborne {@code A}, left airspace {@code X} and hit {@code H} ({@code .lo} the lower bound):
 * <ul>
 *   <li>neutralised known {@code n = min(D.lo + S.lo, L)}; neutralised possible
 *       {@code u = max(n, L - (A.lo + X.lo + H.lo))}: every weapon not known to have flown on, left or
 *       hit may have been neutralised, which is "known neutralised + unknown" for consistent lines;
 *   <li>destroyed known {@code d = min(D.lo, L)}; destroyed possible
 *       {@code max(d, L - (S.lo + A.lo + X.lo + H.lo))}.
 * </ul>
 * A line that claims more neutralised than launched thus contributes at most {@code L}; the validator
 * reports such lines. These are summed as {@code long}s over the rated lines, and a {@link Rate} is
 * derived once from the sums: point = lower bound = known / launched, upper bound = possible /
 * launched. Over zero rated launched the rate is undefined (empty), never 0 and never NaN.
 *
 * <p>For the 17 April 2025 report (75 drones, 25 shot down, 30 suppressed, 20 of unknown outcome) the
 * neutralisation rate is 55/75 = 0.7333 with bounds [0.7333, 1.0] and the kinetic rate 25/75 with
 * bounds [0.3333, 0.6]; for its 5 missiles of unknown outcome both rates are 0/5 with bounds [0, 1].
 *
 * <h2>Clusters and intervals</h2>
 * Weapons of one report succeed or fail together, so the default interval
 * ({@link #interval(RateKind, IntervalMethod, double)} with {@link IntervalMethod#CLUSTER}) treats
 * the report as the unit (DOMAIN.md §4b). A tally keeps, exactly, what that needs: the number of
 * {@linkplain #clusters() clusters} (reports, or the units of a {@link ClusterUnit}, with rated
 * lines) and the sums of each cluster's launched {@code n_i} and successes {@code y_i}, of
 * {@code n_i²}, {@code n_i·y_i} and {@code y_i²}, as 128-bit integers; when its query asked for the
 * bootstrap, also the multiset of the clusters' values. {@link #plus} adds clusters as distinct
 * ones: exact for reports, and for any unit that does not span the two tallies. The binomial
 * intervals ({@link Rate#interval}) treat every weapon as an independent trial and are optimistic.
 *
 * <p>This class is immutable and thread-safe. Equality is by value over everything a tally gives:
 * its reports, lines, counts and rate sums, its cluster sums, the clusters' values it keeps for the
 * bootstrap and its reporting regimes; so equal tallies give equal rates, bounds and intervals
 * (review rv45a: two tallies of equal sums and other clusters were equal though their clustered
 * intervals differed). Compare the figures themselves, such as {@link #launched()} and
 * {@link #neutralisationRate()}, to compare lines alone.
 */
public final class Tally {

  // the layout of the sums, shared with TallyAccumulator: three slots (lower, finite upper,
  // unbounded terms) for launched and each outcome, then plain counters
  static final int LAUNCHED = 0;
  static final int DESTROYED = 3;
  static final int SUPPRESSED = 6;
  static final int STILL_AIRBORNE = 9;
  static final int LEFT_AIRSPACE = 12;
  static final int HIT = 15;
  static final int UNKNOWN = 18;
  static final int REPORTS = 21;
  static final int LINES = 22;
  static final int RATED_LINES = 23;
  static final int RATED_LAUNCHED = 24;
  static final int NEUTRALISED_KNOWN = 25;
  static final int NEUTRALISED_POSSIBLE = 26;
  static final int DESTROYED_KNOWN = 27;
  static final int DESTROYED_POSSIBLE = 28;
  static final int UNRATED_LINES = 29;
  static final int UNRATED_LAUNCHED = 30;
  static final int UNACCOUNTED = 31;
  static final int DESTROYED_FIGURES = 32;
  static final int UNFIGURED_LAUNCHED = 33;
  static final int SIZE = 34;

  private static final Tally EMPTY = new Tally(new long[SIZE]);

  private final long[] sums;
  private final ClusterMoments clusters;
  /** The clusters' values, for the bootstrap; null when not kept or no cluster. */
  private final ClusterSample sample;
  private final long regimes;

  /** Takes ownership of the array. */
  Tally(long[] sums) {
    this(sums, ClusterMoments.EMPTY, null, 0);
  }

  /** Takes ownership of the array. */
  Tally(long[] sums, ClusterMoments clusters, ClusterSample sample, long regimes) {
    this.sums = sums;
    this.clusters = clusters;
    this.sample = clusters.clusters() == 0 ? null : sample;
    this.regimes = regimes;
  }

  /**
   * Returns the empty tally: no report, no line; every rate undefined.
   *
   * @return the empty tally
   */
  public static Tally empty() {
    return EMPTY;
  }

  /**
   * Returns a collector that tallies weapon lines. It counts lines, not reports: the lines come
   * without their reports, so the tally's {@link #reports()} is 0 and it has no clustered (or
   * bootstrap) interval, {@link #interval} giving {@code Optional.empty()} for
   * {@link IntervalMethod#CLUSTER} ({@link #clustersKnown()} is {@code false}); the per-weapon
   * intervals (Wilson, Clopper–Pearson, Jeffreys) are still given. For the clustered interval,
   * tally the reports ({@link #toTallyOfReports()}) or run a {@link StatsQuery}.
   *
   * <p>It adds up every line it is given: it keeps to no source scope, leaves out no report with
   * validation errors and does not look for lines two posts both count. To total reports read from
   * a file, run a {@link StatsQuery} (its scope, validation and overlap check; its table says what
   * it left out).
   *
   * @return the collector
   */
  public static Collector<WeaponLine, TallyAccumulator, Tally> toTally() {
    return Collector.of(TallyAccumulator::new, TallyAccumulator::add, TallyAccumulator::merge,
        TallyAccumulator::snapshot, Collector.Characteristics.UNORDERED);
  }

  /**
   * Returns a collector that tallies reports: each report counts once and adds all its lines.
   *
   * <p>As {@link #toTally()}, it adds up every report it is given, of every source (national and
   * regional posts report the same weapons), valid or not; a {@link StatsQuery} does not.
   *
   * @return the collector
   */
  public static Collector<StrikeReport, TallyAccumulator, Tally> toTallyOfReports() {
    return Collector.of(TallyAccumulator::new, TallyAccumulator::add, TallyAccumulator::merge,
        TallyAccumulator::snapshot, Collector.Characteristics.UNORDERED);
  }

  /**
   * Returns how many reports were added (with {@link TallyAccumulator#add(StrikeReport)}, or, in a
   * grouped table, how many reports contributed a line to the group). Lines added without their
   * report ({@link #toTally()}, {@link TallyAccumulator#add(WeaponLine)}) count no report: a tally
   * of lines alone has 0 reports, however many reports the lines came from.
   *
   * @return the number of reports
   */
  public long reports() {
    return sums[REPORTS];
  }

  /**
   * Returns how many weapon lines were added.
   *
   * @return the number of lines
   */
  public long lines() {
    return sums[LINES];
  }

  /**
   * Returns whether nothing was added.
   *
   * @return {@code true} for a tally equal to {@link #empty()}
   */
  public boolean isEmpty() {
    return equals(EMPTY);
  }

  /**
   * Returns the sum of the launched counts, each as its line's figures imply it
   * ({@link WeaponLine#impliedLaunched()}: a launched count that is not exact has at least as many
   * as its known outcomes add up to, so a withheld "at least 3" with 5 shot down adds 5).
   *
   * @return the launched sum; its lower bound is the known launched
   */
  public CountSum launched() {
    return sum(LAUNCHED);
  }

  /**
   * Returns the sum of the destroyed counts.
   *
   * @return the destroyed sum
   */
  public CountSum destroyed() {
    return sum(DESTROYED);
  }

  /**
   * Returns the sum of the suppressed counts.
   *
   * @return the suppressed sum
   */
  public CountSum suppressed() {
    return sum(SUPPRESSED);
  }

  /**
   * Returns the sum of the still-airborne counts.
   *
   * @return the still-airborne sum
   */
  public CountSum stillAirborne() {
    return sum(STILL_AIRBORNE);
  }

  /**
   * Returns the sum of the left-airspace counts.
   *
   * @return the left-airspace sum
   */
  public CountSum leftAirspace() {
    return sum(LEFT_AIRSPACE);
  }

  /**
   * Returns the sum of the hit counts.
   *
   * @return the hit sum
   */
  public CountSum hit() {
    return sum(HIT);
  }

  /**
   * Returns the weapons of the known launched figures that no known outcome accounts for: over
   * every line, its launched lower bound less the lower bounds of its outcomes, at least 0. It is
   * what an "unknown" column next to the known figures shows, so that they add up: for lines whose
   * known outcomes do not exceed their launched (every line whose launched is not exact, whose
   * known launched is {@linkplain WeaponLine#impliedLaunched() raised} to them),
   * {@code launched().lower()} = the lower sums of destroyed, suppressed, still airborne, left
   * airspace and hit + {@code unaccounted()}. It lies within the bounds of {@link #unknown()}; for
   * lines of exact counts it is their unknown. A line of 40 to 60 launched and at most 30 destroyed
   * has 40 unaccounted (of the 40 known), its unknown between 10 and 60.
   *
   * <pre>{@code
   * WeaponLine l = WeaponLine.of(shahed, Count.between(40, 60)).withDestroyed(Count.atMost(30));
   * Tally t = Stream.of(l).collect(Tally.toTally());
   * t.unaccounted();      // 40
   * t.unknown();          // between 10 and 60
   * }</pre>
   *
   * @return the weapons not accounted for, at least 0
   */
  public long unaccounted() {
    return sums[UNACCOUNTED];
  }

  /**
   * Returns the sum of the lines' unknown outcomes ({@link WeaponLine#unknown()}).
   *
   * @return the unknown sum
   */
  public CountSum unknown() {
    return sum(UNKNOWN);
  }

  /**
   * Returns the sum of one outcome.
   *
   * @param outcome the outcome; {@link Outcome#UNKNOWN} gives {@link #unknown()}
   * @return the sum
   */
  public CountSum sum(Outcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    switch (outcome) {
      case DESTROYED:
        return destroyed();
      case SUPPRESSED:
        return suppressed();
      case STILL_AIRBORNE:
        return stillAirborne();
      case LEFT_AIRSPACE:
        return leftAirspace();
      case HIT:
        return hit();
      default:
        return unknown();
    }
  }

  /**
   * Returns how many lines are rated: their launched count is exact and above zero.
   *
   * @return the number of rated lines
   */
  public long ratedLines() {
    return sums[RATED_LINES];
  }

  /**
   * Returns how many weapons were launched in rated lines: the denominator of every rate.
   *
   * @return the rated launched
   */
  public long ratedLaunched() {
    return sums[RATED_LAUNCHED];
  }

  /**
   * Returns how many lines are not rated: their launched count is not exact (a blank, or "at
   * least n" when the source withheld the number), or, in a table by {@link Dimension#MODEL}, they
   * are a model's share of a combined line, whose outcomes cannot be split.
   *
   * @return the number of unrated lines
   */
  public long unratedLines() {
    return sums[UNRATED_LINES];
  }

  /**
   * Returns the known launched (sum of the lower bounds of {@link WeaponLine#impliedLaunched()}) of
   * the {@linkplain #unratedLines() unrated lines}: weapons that are in {@link #launched()} but not in any rate.
   *
   * @return the known launched of unrated lines
   */
  public long unratedLaunched() {
    return sums[UNRATED_LAUNCHED];
  }

  /**
   * Returns whether some rated line gives a destroyed figure (a count other than
   * {@link org.conflictstats.model.Count#unknown()}, which a blank cell gives). When none does,
   * nothing is known of the outcome: each rate's point is its lower bound only because every
   * unknown is assumed to have got through, and no confidence interval is given
   * ({@link #interval(RateKind, IntervalMethod, double)}), since it would claim a precision about a
   * figure no source gave; the bounds say what is known (DOMAIN.md §4: missiles of unknown outcome,
   * bounds [0, 1]). Destroyed, for both rates: every layout has a column for it, while a suppressed
   * 0 may be a column the layout does not have (the 2023 layout has no {@code not_reach_goal},
   * read as 0), so a suppressed figure alone does not make the outcome known.
   *
   * @return {@code true} when at least one rated line gives a destroyed figure
   */
  public boolean outcomeKnown() {
    return sums[DESTROYED_FIGURES] > 0;
  }

  /**
   * Returns the weapons launched on rated lines that give no destroyed figure (a blank cell): of
   * them, what no suppressed or other figure accounts for the rates count as not neutralised (not
   * destroyed), because no source said otherwise. When they are most of
   * the {@linkplain #ratedLaunched() rated weapons}, a rate's point is its lower bound and says
   * little of the rate: the text table marks it ({@link #outcomeKnown()} is false where they are
   * all of them).
   *
   * @return the weapons, at most {@link #ratedLaunched()}
   */
  public long unfiguredLaunched() {
    return sums[UNFIGURED_LAUNCHED];
  }

  /**
   * Returns whether a rate of this tally is only its lower bound for want of figures: more than
   * half the rated weapons are on lines without a destroyed figure ({@link #unfiguredLaunched()},
   * exactly half is not more) and the rate is left open, its bounds apart. A line with no destroyed
   * figure whose suppressed weapons account for all it launched leaves the neutralisation rate
   * exact. The text table and the HTML report mark such a rate with {@code +}.
   *
   * <pre>{@code
   * if (tally.isLowerBoundOnly(RateKind.NEUTRALISATION)) {
   *   System.out.println("at least " + tally.neutralisationRate().lower().getAsDouble());
   * }
   * }</pre>
   *
   * @param kind the rate
   * @return {@code true} when the rate is defined, mostly on lines without a destroyed figure and
   *     left open
   */
  public boolean isLowerBoundOnly(RateKind kind) {
    Rate rate = rate(kind);
    long rated = ratedLaunched();
    long unfigured = unfiguredLaunched();
    return rate.isDefined() && unfigured > rated - unfigured && rate.undetermined() > 0;
  }

  /**
   * Returns the neutralisation rate, (destroyed + suppressed) / launched, over rated lines.
   *
   * @return the rate; undefined when no rated weapon was launched
   */
  public Rate neutralisationRate() {
    return new Rate(sums[NEUTRALISED_KNOWN], sums[NEUTRALISED_POSSIBLE], sums[RATED_LAUNCHED]);
  }

  /**
   * Returns the kinetic interception rate, destroyed / launched, over rated lines.
   *
   * @return the rate; undefined when no rated weapon was launched
   */
  public Rate kineticRate() {
    return new Rate(sums[DESTROYED_KNOWN], sums[DESTROYED_POSSIBLE], sums[RATED_LAUNCHED]);
  }

  /**
   * Returns the rate of the given kind.
   *
   * @param kind the kind
   * @return {@link #neutralisationRate()} or {@link #kineticRate()}
   */
  public Rate rate(RateKind kind) {
    Objects.requireNonNull(kind, "kind");
    return kind == RateKind.KINETIC ? kineticRate() : neutralisationRate();
  }

  /**
   * Returns how many clusters have rated lines: the reports (or units of the query's
   * {@link ClusterUnit}) whose rated lines the rates count, the {@code k} of DOMAIN.md §4b.
   *
   * @return the number of clusters
   */
  public long clusters() {
    return clusters.clusters();
  }

  /**
   * Returns whether every rated line was added with its report (or unit), so that the clustered
   * interval and the bootstrap can be computed. Lines added alone
   * ({@link TallyAccumulator#add(WeaponLine)}, {@link #toTally()}) belong to no known report.
   *
   * @return {@code true} when no rated line lacks its cluster
   */
  public boolean clustersKnown() {
    return clusters.lines() == sums[RATED_LINES];
  }

  /**
   * Returns a confidence interval for the point rate of the given kind.
   *
   * <ul>
   *   <li>{@link IntervalMethod#CLUSTER}: DOMAIN.md §4b. With {@code k} clusters, {@code N = Σ n_i},
   *       {@code R = Σ y_i / N} and {@code V = k/(k − 1) · Σ (y_i − R n_i)² / N²}, the effective
   *       trials are {@code min(N, R(1 − R)/V)} when {@code V > 0}, else {@code N}, and the interval
   *       is Wilson's for the proportion {@code R} over that many trials. The sum of squares is
   *       computed exactly, from the 128-bit sums, and the effective trials rounded once.
   *   <li>{@link IntervalMethod#BOOTSTRAP}: the percentile bootstrap of {@link Bootstrap}, with
   *       {@link Bootstrap#standard()} settings, whatever the query asked; for the query's own
   *       ({@link StatsQuery#withBootstrap}), as its table writes them, ask the table:
   *       {@link StatsTable#interval(Tally, RateKind, IntervalMethod, double)}, or give them:
   *       {@link #interval(RateKind, Bootstrap, double)}.
   *   <li>Wilson, Clopper–Pearson, Jeffreys: {@link Rate#interval}, every weapon a trial.
   * </ul>
   *
   * <p>The bootstrap needs the clusters' values, which only a query that asks for the bootstrap
   * keeps ({@link StatsQuery#withBootstrap}, or {@code withInterval(IntervalMethod.BOOTSTRAP,
   * level)}): for a tally of any other query, or of {@link #toTally()} or
   * {@link #toTallyOfReports()}, {@code BOOTSTRAP} gives {@code Optional.empty()}, as a group of
   * fewer than two reports does. That is a decision, not an oversight: the table writers, the
   * summary and {@code StatsModule.withInterval} ask every tally for one method and write an empty
   * interval as not estimable, and a tally does not tell values not kept from no cluster to keep
   * (and {@link #plus} of a tally that kept them and one that did not keeps none), so throwing
   * here would turn a writer's choice into an exception halfway through a document. Ask the query
   * for the bootstrap when you want it. A tally of lines added without their reports
   * ({@link #toTally()}: 0 {@linkplain #reports() reports}) has no clustered interval either.
   *
   * @param kind the rate
   * @param method the method
   * @param level the confidence level, in (0, 1)
   * @return the interval; empty when the rate is undefined (nothing launched on rated lines) or
   *     no rated line gives a destroyed figure ({@link #outcomeKnown}), and,
   *     for the clustered interval and the bootstrap, when it is not estimable: fewer than two
   *     clusters, a rated line added without its report ({@link #clustersKnown()}), or, for the
   *     bootstrap, no cluster values kept (the query did not ask for the bootstrap)
   * @throws IllegalArgumentException if the level is outside (0, 1)
   * @throws ArithmeticException if a bootstrap sum could overflow a {@code long}
   */
  public Optional<ConfidenceInterval> interval(RateKind kind, IntervalMethod method,
      double level) {
    Objects.requireNonNull(method, "method");
    if (method == IntervalMethod.BOOTSTRAP) {
      return interval(kind, Bootstrap.standard(), level);
    }
    Rate rate = rate(kind);
    if (method.isBinomial()) {
      Optional<ConfidenceInterval> binomial = rate.interval(method, level); // checks the level
      return outcomeKnown() ? binomial : Optional.empty();
    }
    checkLevel(level);
    if (!rate.isDefined() || !outcomeKnown() || !clusteredEstimable()) {
      return Optional.empty();
    }
    double trials = clusters.effectiveTrials(kind);
    return Optional.of(ConfidenceInterval.wilson((double) rate.known() / rate.launched(), trials,
        rate.known() == 0, rate.known() == rate.launched(), level, IntervalMethod.CLUSTER));
  }

  /**
   * Returns the percentile bootstrap interval over clusters ({@link Bootstrap}) for the point rate
   * of the given kind.
   *
   * @param kind the rate
   * @param bootstrap the replicates and the seed
   * @param level the confidence level, in (0, 1)
   * @return the interval; empty when the rate is undefined, with fewer than two clusters, when a
   *     rated line lacks its report, or when the clusters' values were not kept
   *     ({@link StatsQuery#withBootstrap})
   * @throws IllegalArgumentException if the level is outside (0, 1)
   * @throws ArithmeticException if a resampled sum could overflow a {@code long}, or the group has
   *     more than {@code Integer.MAX_VALUE} clusters
   */
  public Optional<ConfidenceInterval> interval(RateKind kind, Bootstrap bootstrap, double level) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(bootstrap, "bootstrap");
    checkLevel(level);
    if (!rate(kind).isDefined() || !outcomeKnown() || !clusteredEstimable()
        || sample == null) {
      return Optional.empty();
    }
    return Optional.of(PercentileBootstrap.interval(sample, kind, bootstrap, level));
  }

  /** Whether the clusters allow a clustered interval: at least two, and every rated line in one. */
  boolean clusteredEstimable() {
    return clusters.clusters() >= 2 && clustersKnown();
  }

  /** Whether the clusters' values were kept for the bootstrap. */
  boolean hasClusterValues() {
    return sample != null;
  }

  private static void checkLevel(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must be in (0, 1): " + level);
    }
  }

  /**
   * Returns the tally of this tally's lines and another's: every count and sum adds, and the two
   * tallies' clusters are counted as distinct clusters.
   *
   * <p>So the two tallies must hold different reports. The rows of one table do not: a report with
   * lines in two rows (drones and missiles, by family) is in both, and their sum counts it twice in
   * {@link #reports()} and takes it for two independent clusters, which narrows the clustered
   * interval. To total some rows of a table, run the query again with a filter that keeps their
   * lines ({@link StatsQuery#withFilter}); the table's {@link StatsTable#total()} counts each report
   * once.
   *
   * @param other the other tally
   * @return the combined tally
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public Tally plus(Tally other) {
    Objects.requireNonNull(other, "other");
    long[] s = sums.clone();
    addInto(s, other.sums);
    ClusterSample both;
    if (clusters.clusters() == 0) {
      both = other.sample;
    } else if (other.clusters.clusters() == 0) {
      both = sample;
    } else {
      both = sample == null || other.sample == null ? null : sample.plus(other.sample);
    }
    return new Tally(s, clusters.plus(other.clusters), both, regimes | other.regimes);
  }

  ClusterMoments clusterMoments() {
    return clusters;
  }

  ClusterSample clusterSample() {
    return sample;
  }

  /** Bit {@code i} is set when rated lines of reporting regime {@code i} were added. */
  long regimeMask() {
    return regimes;
  }

  /** Adds {@code from} into {@code into}, slot by slot. */
  static void addInto(long[] into, long[] from) {
    for (int i = 0; i < SIZE; i++) {
      into[i] = Math.addExact(into[i], from[i]);
    }
  }

  long[] sums() {
    return sums;
  }

  private CountSum sum(int at) {
    return new CountSum(sums[at], sums[at + 1], sums[at + 2]);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Tally t && Arrays.equals(t.sums, sums) && t.clusters.equals(clusters)
        && Objects.equals(t.sample, sample) && t.regimes == regimes;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(sums) * 31 + clusters.hashCode();
  }

  /**
   * Returns a one-line summary, such as {@code "Tally{1 report, 2 lines, launched 80, neutralised
   * 55/80 = 68.8% [68.8%, 100.0%], destroyed 25/80 = 31.3% [31.3%, 62.5%]}"}; a tally of lines
   * alone ({@link #toTally()}) says so instead of "0 reports": {@code "Tally{2 lines (added
   * without their reports), launched 80, ...}"}.
   */
  @Override
  public String toString() {
    // a tally of lines alone counts no report: "0 reports" would read as none behind its lines
    String reports = reports() == 0 && lines() > 0 ? ""
        : reports() + (reports() == 1 ? " report, " : " reports, ");
    return "Tally{" + reports + lines() + (lines() == 1 ? " line" : " lines")
        + (reports() == 0 && lines() > 0 ? " (added without their reports)" : "")
        + ", launched " + launched()
        + ", neutralised " + neutralisationRate()
        + ", destroyed " + kineticRate()
        + (unratedLines() > 0 ? ", " + unratedLines() + " unrated" : "")
        + "}";
  }
}
