package org.conflictstats.stats;
import java.util.List;
import java.util.Objects;
import org.conflictstats.model.Count;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponLine;

/**
 * Adds up weapon lines into a {@link Tally}: the mutable twin of {@code Tally}, in the manner of
 * Guava's {@code StatsAccumulator}. Counts and sums are exact {@code long}s, so merging is exactly
 * associative and commutative; rates are derived once, from the sums.
 *
 * <pre>{@code
 * TallyAccumulator acc = new TallyAccumulator();
 * for (StrikeReport r : reports) {
 *   acc.add(r);
 * }
 * Tally tally = acc.snapshot();
 * }</pre>
 *
 * <p>It adds up whatever it is given: it keeps to no source scope, leaves out no report with
 * validation errors and does not look for lines two posts both count (national and regional posts
 * report the same weapons). To total the reports of a file, run a {@link StatsQuery}, which does
 * all three and says what it left out.
 *
 * <p>{@link #add(WeaponLine)} allocates nothing: it reads the bounds of each count and adds them to
 * primitive sums. How the sums are defined is described in {@link Tally}.
 *
 * <h2>Reports as clusters</h2>
 * The clustered interval and the bootstrap ({@link IntervalMethod#CLUSTER},
 * {@link IntervalMethod#BOOTSTRAP}) need to know which lines came from one report. Lines added with
 * their report, by {@link #add(StrikeReport)} or {@link #add(WeaponLine, long)}, are summed per
 * report ({@code n_i} launched and {@code y_i} neutralised and destroyed over its rated lines) and
 * each report is folded into exact sums of {@code n_i}, {@code y_i}, {@code n_i²} and
 * {@code n_i·y_i} ({@link Tally#clusters()}) when its last line has been added: the memory does not
 * grow with the number of reports. Lines added alone, by {@link #add(WeaponLine)}, belong to no
 * known report; a tally with such rated lines has no clustered interval
 * ({@link Tally#clustersKnown()}).
 *
 * <p>This class is mutable and not thread-safe; use one accumulator per thread and
 * {@linkplain #merge merge} them, as {@link Tally#toTally()} does for parallel streams.
 */
public final class TallyAccumulator {

  private static final long UNBOUNDED = -1;

  // The accumulator's own layout, cheaper to add to than Tally's: per count block (launched, then
  // the outcomes in Tally's order) the sum of lower bounds, the sum of (upper - lower) over bounded
  // counts, and the sum of lower bounds and the number of unbounded counts. An exact count touches
  // one slot. Rated lines and launched are derived in snapshot().
  private static final int BLOCK = 4;
  private static final int LAUNCHED = 0;
  private static final int DESTROYED = 4;
  private static final int SUPPRESSED = 8;
  private static final int STILL_AIRBORNE = 12;
  private static final int LEFT_AIRSPACE = 16;
  private static final int HIT = 20;
  private static final int UNKNOWN = 24;
  private static final int BLOCKS = 7;
  private static final int REPORTS = 28;
  private static final int LINES = 29;
  private static final int ZERO_LAUNCHED_LINES = 30;
  private static final int UNRATED_LINES = 31;
  private static final int UNRATED_LAUNCHED = 32;
  private static final int NEUTRALISED_KNOWN = 33;
  private static final int NEUTRALISED_POSSIBLE = 34;
  private static final int DESTROYED_KNOWN = 35;
  private static final int DESTROYED_POSSIBLE = 36;
  private static final int UNACCOUNTED = 37;
  /** Rated lines with a destroyed figure ({@link Tally#outcomeKnown()}). */
  private static final int DESTROYED_FIGURES = 38;
  /** Weapons launched on rated lines without a destroyed figure ({@link Tally#unfiguredLaunched()}). */
  private static final int UNFIGURED_LAUNCHED = 39;
  private static final int SIZE = 40;

  private final long[] sums = new long[SIZE];
  /** The serial of the last report a grouped aggregation added a line of, to count it once. */
  private long lastReport = -1;
  private final ClusterAccumulator clusters = new ClusterAccumulator();
  /** Bit {@code i} set when a rated line of reporting regime {@code i} was added. */
  private long regimes;

  /** Creates an empty accumulator. */
  public TallyAccumulator() {}

  /**
   * Creates an empty accumulator that keeps the values of its clusters for the bootstrap
   * ({@link ClusterValues}): memory grows with the distinct clusters.
   */
  static TallyAccumulator keepingClusterValues() {
    TallyAccumulator acc = new TallyAccumulator();
    acc.clusters.keepValues();
    return acc;
  }

  /**
   * Adds one weapon line. Reports are not counted; use {@link #add(StrikeReport)} for that.
   *
   * @param line the line
   * @throws ArithmeticException if a sum overflows a {@code long}; the accumulator is then unusable
   */
  public void add(WeaponLine line) {
    Count x = line.leftAirspace();
    Count h = line.hit();
    Count zero = Count.zero();
    if (x != zero || h != zero) {
      addGeneral(line);
      return;
    }
    // the usual line: launched, destroyed, suppressed and still airborne, none left or hit (kept
    // small, with its helpers, so that the JIT inlines it into the caller's loop)
    Count l = line.launched();
    Count d = line.destroyed();
    Count s = line.suppressed();
    Count a = line.stillAirborne();
    long lLo = l.lower();
    long lHi = l.upperOrElse(UNBOUNDED);
    long dLo = d.lower();
    long dHi = d.upperOrElse(UNBOUNDED);
    long sLo = s.lower();
    long sHi = s.upperOrElse(UNBOUNDED);
    long aLo = a.lower();
    long aHi = a.upperOrElse(UNBOUNDED);
    long knownLo = sat(sat(dLo, sLo), aLo);
    boolean exact = lLo == lHi;
    if (!exact) {
      lLo = implied(lLo, lHi, knownLo);
    }
    long[] t = sums;
    long lines = t[LINES] + 1;
    t[LINES] = lines;
    long signs = lines | addCount(t, LAUNCHED, lLo, lHi) | addCount(t, DESTROYED, dLo, dHi)
        | addCount(t, SUPPRESSED, sLo, sHi) | addCount(t, STILL_AIRBORNE, aLo, aHi);
    signs |= unknownOfUsual(t, lLo, lHi, knownLo,
        (dHi | sHi | aHi) < 0 ? UNBOUNDED : sat(sat(dHi, sHi), aHi));
    if (exact && lLo > 0) {
      signs |= ratedUsual(t, lLo, dLo, sLo, aLo);
      long figure = figure(dLo, dHi);
      t[DESTROYED_FIGURES] += figure;
      signs |= t[UNFIGURED_LAUNCHED] += (1 - figure) * lLo;
    } else {
      unrated(exact, lLo);
    }
    if (signs < 0) {
      throw overflow();
    }
  }

  /**
   * The unknown remainder of a usual line, from the bounds of its known outcomes, and what of its
   * known launched no known outcome accounts for.
   */
  private static long unknownOfUsual(long[] t, long lLo, long lHi, long knownLo, long knownHi) {
    long uLo = knownHi < 0 ? 0 : Math.max(0, lLo - knownHi);
    long uHi = lHi < 0 ? UNBOUNDED : Math.max(0, lHi - knownLo);
    return addCount(t, UNKNOWN, Math.min(uLo, uHi & Long.MAX_VALUE), uHi)
        | addExact(t, UNACCOUNTED, Math.max(0, lLo - knownLo));
  }

  /** The rate sums of a usual rated line; each addend is non-negative (sign-checked by add). */
  private static long ratedUsual(long[] t, long lLo, long dLo, long sLo, long aLo) {
    long n = Math.min(sat(dLo, sLo), lLo);
    long k = Math.min(dLo, lLo);
    long nk = t[NEUTRALISED_KNOWN] + n;
    long np = t[NEUTRALISED_POSSIBLE] + Math.max(n, lLo - aLo);
    long dk = t[DESTROYED_KNOWN] + k;
    long dp = t[DESTROYED_POSSIBLE] + Math.max(k, lLo - sat(sLo, aLo));
    t[NEUTRALISED_KNOWN] = nk;
    t[NEUTRALISED_POSSIBLE] = np;
    t[DESTROYED_KNOWN] = dk;
    t[DESTROYED_POSSIBLE] = dp;
    return nk | np | dk | dp;
  }

  /** 1 when a count says anything (not {@code Count.unknown()}, which a blank cell gives). */
  private static long figure(long lo, long hi) {
    return (lo | (hi + 1)) != 0 ? 1 : 0;
  }

  /**
   * The lower bound of a launched count that is not exact, raised to the known outcomes where its
   * upper bound allows as many: {@link WeaponLine#impliedLaunched()}.
   */
  private static long implied(long lLo, long lHi, long knownLo) {
    return knownLo > lLo && (lHi < 0 || knownLo <= lHi) ? knownLo : lLo;
  }

  /** Counts a line that is not rated: exactly zero launched, or a launched count not exact. */
  private void unrated(boolean exact, long lLo) {
    long[] t = sums;
    if (exact) {
      t[ZERO_LAUNCHED_LINES] = Math.addExact(t[ZERO_LAUNCHED_LINES], 1);
    } else {
      t[UNRATED_LINES] = Math.addExact(t[UNRATED_LINES], 1);
      t[UNRATED_LAUNCHED] = Math.addExact(t[UNRATED_LAUNCHED], lLo);
    }
  }

  private static ArithmeticException overflow() {
    return new ArithmeticException("long overflow");
  }

  /** Adds any line; {@link #add(WeaponLine)} takes a shorter way for the usual ones. */
  void addGeneral(WeaponLine line) {
    addGeneral(line, false);
  }

  /** Adds any line; a share ({@link #addShare}) is unrated whatever its launched. */
  private void addGeneral(WeaponLine line, boolean share) {
    Count l = line.launched();
    Count d = line.destroyed();
    Count s = line.suppressed();
    Count a = line.stillAirborne();
    Count x = line.leftAirspace();
    Count h = line.hit();
    long lLo = l.lower();
    long lHi = l.upperOrElse(UNBOUNDED);
    long dLo = d.lower();
    long dHi = d.upperOrElse(UNBOUNDED);
    long sLo = s.lower();
    long sHi = s.upperOrElse(UNBOUNDED);
    long aLo = a.lower();
    long aHi = a.upperOrElse(UNBOUNDED);
    long xLo = x.lower();
    long xHi = x.upperOrElse(UNBOUNDED);
    long hLo = h.lower();
    long hHi = h.upperOrElse(UNBOUNDED);
    long[] t = sums;
    // the unknown remainder below, exactly as Count.remainderAfter derives WeaponLine.unknown()
    long otherLo = sat(sat(aLo, xLo), hLo);
    long knownLo = sat(sat(dLo, sLo), otherLo);
    boolean exact = lLo == lHi;
    if (!exact) {
      lLo = implied(lLo, lHi, knownLo);
    }

    long lines = t[LINES] + 1;
    t[LINES] = lines;
    long signs = lines | (lHi == lLo ? addExact(t, LAUNCHED, lLo) : addCount(t, LAUNCHED, lLo, lHi));
    signs |= dHi == dLo ? addExact(t, DESTROYED, dLo) : addCount(t, DESTROYED, dLo, dHi);
    signs |= addCount(t, SUPPRESSED, sLo, sHi);
    if ((aLo | aHi | xLo | xHi | hLo | hHi) != 0) {
      // most lines report none of these: one predictable branch skips them
      signs |= addCount(t, STILL_AIRBORNE, aLo, aHi);
      signs |= addCount(t, LEFT_AIRSPACE, xLo, xHi);
      signs |= addCount(t, HIT, hLo, hHi);
    }

    long knownHi = (dHi | sHi | aHi | xHi | hHi) < 0
        ? UNBOUNDED
        : sat(sat(sat(dHi, sHi), sat(aHi, xHi)), hHi);
    long uLo = knownHi < 0 ? 0 : Math.max(0, lLo - knownHi);
    long uHi = UNBOUNDED;
    if (lHi >= 0) {
      uHi = Math.max(0, lHi - knownLo);
      uLo = Math.min(uLo, uHi);
    }
    signs |= addCount(t, UNKNOWN, uLo, uHi);
    signs |= addExact(t, UNACCOUNTED, Math.max(0, lLo - knownLo));

    if (exact && (lLo == 0 || !share)) {
      if (lLo > 0) {
        // a rated line; its launched is counted in LAUNCHED, its count derived in snapshot()
        long n = Math.min(sat(dLo, sLo), lLo);
        long k = Math.min(dLo, lLo);
        // every addend here is non-negative, so an overflow shows as a sign, checked below
        long nk = t[NEUTRALISED_KNOWN] + n;
        long np = t[NEUTRALISED_POSSIBLE] + Math.max(n, lLo - otherLo);
        long dk = t[DESTROYED_KNOWN] + k;
        long dp = t[DESTROYED_POSSIBLE] + Math.max(k, lLo - sat(sLo, otherLo));
        t[NEUTRALISED_KNOWN] = nk;
        t[NEUTRALISED_POSSIBLE] = np;
        t[DESTROYED_KNOWN] = dk;
        t[DESTROYED_POSSIBLE] = dp;
        signs |= nk | np | dk | dp;
        long figure = figure(dLo, dHi);
        t[DESTROYED_FIGURES] += figure;
        signs |= t[UNFIGURED_LAUNCHED] += (1 - figure) * lLo;
      } else {
        t[ZERO_LAUNCHED_LINES] = Math.addExact(t[ZERO_LAUNCHED_LINES], 1);
      }
    } else {
      t[UNRATED_LINES] = Math.addExact(t[UNRATED_LINES], 1);
      t[UNRATED_LAUNCHED] = Math.addExact(t[UNRATED_LAUNCHED], lLo);
    }
    if (signs < 0) {
      throw new ArithmeticException("long overflow");
    }
  }

  /**
   * Adds a report: counts it once, adds every one of its lines, and counts it as one cluster.
   *
   * @param report the report
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public void add(StrikeReport report) {
    add(report, null, -1);
  }

  /**
   * Adds a report as {@link #add(StrikeReport)} does, its rated lines going to the cluster of the
   * given unit key ({@code null}: the report is its own cluster) and marking the given reporting
   * regime ({@code -1}: none).
   */
  void add(StrikeReport report, Object unit, int regime) {
    long[] t = sums;
    t[REPORTS] = Math.addExact(t[REPORTS], 1);
    long launched = t[LAUNCHED] - t[UNRATED_LAUNCHED];
    long neutralised = t[NEUTRALISED_KNOWN];
    long destroyed = t[DESTROYED_KNOWN];
    long rated = t[LINES] - t[UNRATED_LINES] - t[ZERO_LAUNCHED_LINES];
    List<WeaponLine> reportLines = report.lines();
    for (int i = 0; i < reportLines.size(); i++) { // by index: no iterator a report
      add(reportLines.get(i));
    }
    long n = t[LAUNCHED] - t[UNRATED_LAUNCHED] - launched;
    if (n > 0) {
      long lines = t[LINES] - t[UNRATED_LINES] - t[ZERO_LAUNCHED_LINES] - rated;
      if (unit == null) {
        clusters.addCluster(n, t[NEUTRALISED_KNOWN] - neutralised, t[DESTROYED_KNOWN] - destroyed,
            lines);
      } else {
        clusters.addToUnit(unit, n, t[NEUTRALISED_KNOWN] - neutralised,
            t[DESTROYED_KNOWN] - destroyed, lines);
      }
      markRegime(regime);
    }
  }

  /**
   * Counts reports whose lines are added on their own, with {@link #add(WeaponLine)}: after the lines
   * of {@code n} reports and {@code addReports(n)}, the accumulator holds the sums adding the
   * {@code n} reports would have given (an equal {@link Tally}), but not their clusters: a line
   * added on its own belongs to no report, so the clustered interval has no reports to take as its
   * units and is not estimable. For readers that add lines to several accumulators and count the
   * reports once, apart; to keep the clusters, add each line with its report's serial
   * ({@code add(line, serial)}, below) or add whole reports.
   *
   * <pre>{@code
   * report.lines().forEach(acc::add);
   * acc.addReports(1);   // the sums of acc.add(report); no cluster
   * }</pre>
   *
   * @param count how many reports, at least 0
   * @throws IllegalArgumentException if {@code count} is negative
   * @throws ArithmeticException if the count of reports overflows a {@code long}
   */
  public void addReports(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("count of reports must not be negative: " + count);
    }
    sums[REPORTS] = Math.addExact(sums[REPORTS], count);
  }

  /**
   * Adds a line of a report, counting the report once in this accumulator however many of its lines
   * are added, as long as the lines of one report come one after another and distinct reports have
   * distinct serials. This lets a reader that streams lines, not whole reports, count reports: the
   * lines of report 7 are added with serial 7. The report is also the line's cluster: its rated lines
   * are summed until a line of another serial arrives (or the accumulator is merged or snapshot),
   * then folded into the cluster sums. A report must not be spread over two accumulators that are
   * later merged: it would count as two reports and two clusters.
   *
   * <pre>{@code
   * acc.add(firstLine, 7);
   * acc.add(secondLine, 7);   // report 7 is counted once
   * }</pre>
   *
   * @param line the line
   * @param reportSerial the serial of the line's report
   * @throws ArithmeticException if a sum overflows a {@code long}; the accumulator is then unusable
   */
  public void add(WeaponLine line, long reportSerial) {
    add(line, reportSerial, null, -1);
  }

  /**
   * Adds a line of a report as {@link #add(WeaponLine, long)} does; a rated line goes to the cluster
   * of the given unit key ({@code null}: the report's own cluster) and marks the given reporting
   * regime ({@code -1}: none).
   */
  void add(WeaponLine line, long reportSerial, Object unit, int regime) {
    long[] t = sums;
    countReport(reportSerial);
    long launched = t[LAUNCHED] - t[UNRATED_LAUNCHED];
    long neutralised = t[NEUTRALISED_KNOWN];
    long destroyed = t[DESTROYED_KNOWN];
    add(line);
    long n = t[LAUNCHED] - t[UNRATED_LAUNCHED] - launched;
    if (n > 0) { // a rated line: exact launched above zero
      if (unit == null) {
        clusters.addLine(reportSerial, n, t[NEUTRALISED_KNOWN] - neutralised,
            t[DESTROYED_KNOWN] - destroyed);
      } else {
        clusters.addToUnit(unit, n, t[NEUTRALISED_KNOWN] - neutralised,
            t[DESTROYED_KNOWN] - destroyed, 1);
      }
      markRegime(regime);
    }
  }

  /**
   * Adds a model's share of a combined line ({@link Dimension#MODEL}): its launched figure and its
   * unknown outcomes count, as any line's, but it is in no rate and no cluster (an unrated line,
   * whatever its launched): the outcomes of the combined line cannot be split between its models,
   * so a share would count as weapons that all got through and pull its model's rate down.
   */
  void addShare(WeaponLine share, long reportSerial) {
    countReport(reportSerial);
    addGeneral(share, true);
  }

  /** Counts the report of a line once: when its serial is not the last line's. */
  private void countReport(long reportSerial) {
    if (reportSerial != lastReport) {
      lastReport = reportSerial;
      sums[REPORTS] = Math.addExact(sums[REPORTS], 1);
    }
  }

  private void markRegime(int regime) {
    if (regime >= 0) {
      regimes |= 1L << regime;
    }
  }

  /**
   * Adds every line of an iterable.
   *
   * @param lines the lines
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public void addAll(Iterable<WeaponLine> lines) {
    Objects.requireNonNull(lines, "lines");
    for (WeaponLine line : lines) {
      add(line);
    }
  }

  /**
   * Adds everything a tally holds, as if its lines and reports were added one by one.
   *
   * @param tally the tally
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public void addAll(Tally tally) {
    Objects.requireNonNull(tally, "tally");
    long[] from = tally.sums();
    long[] t = sums;
    for (int b = 0; b < BLOCKS; b++) {
      long lower = from[b * 3];
      long finiteUpper = from[b * 3 + 1];
      // snapshot() gives finite upper = lower + slot 1 - slot 2: the difference goes into one of
      // the two, so that every slot stays non-negative (add() takes a negative slot for an
      // overflow); a tally with an "at least n" term has a finite upper below its lower sum
      long widths = Math.subtractExact(finiteUpper, lower);
      t[b * BLOCK] = Math.addExact(t[b * BLOCK], lower);
      t[b * BLOCK + 1] = Math.addExact(t[b * BLOCK + 1], Math.max(0, widths));
      t[b * BLOCK + 2] = Math.addExact(t[b * BLOCK + 2], Math.max(0, -widths));
      t[b * BLOCK + 3] = Math.addExact(t[b * BLOCK + 3], from[b * 3 + 2]);
    }
    long zero = from[Tally.LINES] - from[Tally.RATED_LINES] - from[Tally.UNRATED_LINES];
    addSlot(REPORTS, from[Tally.REPORTS]);
    addSlot(LINES, from[Tally.LINES]);
    addSlot(ZERO_LAUNCHED_LINES, zero);
    addSlot(UNRATED_LINES, from[Tally.UNRATED_LINES]);
    addSlot(UNRATED_LAUNCHED, from[Tally.UNRATED_LAUNCHED]);
    addSlot(NEUTRALISED_KNOWN, from[Tally.NEUTRALISED_KNOWN]);
    addSlot(NEUTRALISED_POSSIBLE, from[Tally.NEUTRALISED_POSSIBLE]);
    addSlot(DESTROYED_KNOWN, from[Tally.DESTROYED_KNOWN]);
    addSlot(DESTROYED_POSSIBLE, from[Tally.DESTROYED_POSSIBLE]);
    addSlot(UNACCOUNTED, from[Tally.UNACCOUNTED]);
    addSlot(DESTROYED_FIGURES, from[Tally.DESTROYED_FIGURES]);
    addSlot(UNFIGURED_LAUNCHED, from[Tally.UNFIGURED_LAUNCHED]);
    clusters.addAll(tally.clusterMoments(), tally.clusterSample());
    regimes |= tally.regimeMask();
  }

  /**
   * Adds everything another accumulator holds; the other is not changed.
   *
   * @param other the other accumulator
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public void addAll(TallyAccumulator other) {
    Objects.requireNonNull(other, "other");
    for (int i = 0; i < SIZE; i++) {
      sums[i] = Math.addExact(sums[i], other.sums[i]);
    }
    clusters.merge(other.clusters);
    regimes |= other.regimes;
  }

  /**
   * Adds everything another accumulator holds and returns this one, for a collector's combiner.
   *
   * @param other the other accumulator
   * @return this accumulator
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public TallyAccumulator merge(TallyAccumulator other) {
    addAll(other);
    return this;
  }

  /**
   * Returns how many lines were added so far.
   *
   * @return the number of lines
   */
  public long lines() {
    return sums[LINES];
  }

  /**
   * Returns the tally of everything added so far. The accumulator can go on.
   *
   * @return an immutable tally
   * @throws ArithmeticException if a derived sum overflows a {@code long}
   */
  public Tally snapshot() {
    long[] t = sums;
    long[] s = new long[Tally.SIZE];
    for (int b = 0; b < BLOCKS; b++) {
      long lower = t[b * BLOCK];
      s[b * 3] = lower;
      s[b * 3 + 1] = Math.addExact(lower - t[b * BLOCK + 2], t[b * BLOCK + 1]);
      s[b * 3 + 2] = t[b * BLOCK + 3];
    }
    s[Tally.REPORTS] = t[REPORTS];
    s[Tally.LINES] = t[LINES];
    s[Tally.RATED_LINES] = t[LINES] - t[UNRATED_LINES] - t[ZERO_LAUNCHED_LINES];
    s[Tally.RATED_LAUNCHED] = t[LAUNCHED] - t[UNRATED_LAUNCHED];
    s[Tally.UNRATED_LINES] = t[UNRATED_LINES];
    s[Tally.UNRATED_LAUNCHED] = t[UNRATED_LAUNCHED];
    s[Tally.NEUTRALISED_KNOWN] = t[NEUTRALISED_KNOWN];
    s[Tally.NEUTRALISED_POSSIBLE] = t[NEUTRALISED_POSSIBLE];
    s[Tally.DESTROYED_KNOWN] = t[DESTROYED_KNOWN];
    s[Tally.DESTROYED_POSSIBLE] = t[DESTROYED_POSSIBLE];
    s[Tally.UNACCOUNTED] = t[UNACCOUNTED];
    s[Tally.DESTROYED_FIGURES] = t[DESTROYED_FIGURES];
    s[Tally.UNFIGURED_LAUNCHED] = t[UNFIGURED_LAUNCHED];
    return new Tally(s, clusters.snapshotMoments(), clusters.snapshotSample(), regimes);
  }

  @Override
  public String toString() {
    return "TallyAccumulator" + snapshot().toString().substring("Tally".length());
  }

  private void addSlot(int at, long v) {
    sums[at] = Math.addExact(sums[at], v);
  }

  /** Adds a count's bounds; an exact count touches one slot. */
  /** Adds an exact count to its block: one slot. Returns the new value, for the sign check. */
  private static long addExact(long[] t, int at, long n) {
    long a = t[at] + n;
    t[at] = a;
    return a;
  }

  /**
   * Adds a count's bounds to its block without a branch (blank and known cells come mixed in real
   * data, and a mispredicted branch costs more than the adds it saves). Each of the four slots gets
   * one non-negative addend, so an overflow shows as a negative slot: returns the OR of the four new
   * values, for {@code add} to check once per line.
   */
  private static long addCount(long[] t, int at, long lo, long hi) {
    long unbounded = hi >> 63; // -1 when the count has no upper bound, else 0
    long a = t[at] + lo;
    long b = t[at + 1] + ((hi - lo) & ~unbounded);
    long c = t[at + 2] + (lo & unbounded);
    long d = t[at + 3] - unbounded;
    t[at] = a;
    t[at + 1] = b;
    t[at + 2] = c;
    t[at + 3] = d;
    return a | b | c | d;
  }

  /** Adds two non-negative bounds, saturating at {@code Long.MAX_VALUE}. */
  private static long sat(long a, long b) {
    long r = a + b;
    return r < 0 ? Long.MAX_VALUE : r;
  }
}
