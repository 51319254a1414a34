package org.conflictstats.stats;

import static org.conflictstats.stats.Tally.DESTROYED;
import static org.conflictstats.stats.Tally.DESTROYED_KNOWN;
import static org.conflictstats.stats.Tally.DESTROYED_POSSIBLE;
import static org.conflictstats.stats.Tally.HIT;
import static org.conflictstats.stats.Tally.LAUNCHED;
import static org.conflictstats.stats.Tally.LEFT_AIRSPACE;
import static org.conflictstats.stats.Tally.LINES;
import static org.conflictstats.stats.Tally.NEUTRALISED_KNOWN;
import static org.conflictstats.stats.Tally.NEUTRALISED_POSSIBLE;
import static org.conflictstats.stats.Tally.RATED_LAUNCHED;
import static org.conflictstats.stats.Tally.RATED_LINES;
import static org.conflictstats.stats.Tally.REPORTS;
import static org.conflictstats.stats.Tally.SIZE;
import static org.conflictstats.stats.Tally.STILL_AIRBORNE;
import static org.conflictstats.stats.Tally.SUPPRESSED;
import static org.conflictstats.stats.Tally.UNKNOWN;
import static org.conflictstats.stats.Tally.UNRATED_LAUNCHED;
import static org.conflictstats.stats.Tally.UNRATED_LINES;

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
 * <p>{@link #add(WeaponLine)} allocates nothing: it reads the bounds of each count and adds them to
 * primitive sums. How the sums are defined is described in {@link Tally}.
 *
 * <p>This class is mutable and not thread-safe; use one accumulator per thread and
 * {@linkplain #merge merge} them, as {@link Tally#toTally()} does for parallel streams.
 */
public final class TallyAccumulator {

  private static final long UNBOUNDED = -1;

  private final long[] sums = new long[SIZE];
  /** The serial of the last report a grouped aggregation added a line of, to count it once. */
  private long lastReport = -1;

  /** Creates an empty accumulator. */
  public TallyAccumulator() {}

  /**
   * Adds one weapon line. Reports are not counted; use {@link #add(StrikeReport)} for that.
   *
   * @param line the line
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public void add(WeaponLine line) {
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

    t[LINES] = Math.addExact(t[LINES], 1);
    addBounds(t, LAUNCHED, lLo, lHi);
    addBounds(t, DESTROYED, dLo, dHi);
    addBounds(t, SUPPRESSED, sLo, sHi);
    addBounds(t, STILL_AIRBORNE, aLo, aHi);
    addBounds(t, LEFT_AIRSPACE, xLo, xHi);
    addBounds(t, HIT, hLo, hHi);

    // the unknown remainder, exactly as Count.remainderAfter derives WeaponLine.unknown()
    long otherLo = sat(sat(aLo, xLo), hLo);
    long knownLo = sat(sat(dLo, sLo), otherLo);
    long knownHi = (dHi | sHi | aHi | xHi | hHi) < 0
        ? UNBOUNDED
        : sat(sat(sat(dHi, sHi), sat(aHi, xHi)), hHi);
    long uLo = knownHi < 0 ? 0 : Math.max(0, lLo - knownHi);
    long uHi = UNBOUNDED;
    if (lHi >= 0) {
      uHi = Math.max(0, lHi - knownLo);
      uLo = Math.min(uLo, uHi);
    }
    addBounds(t, UNKNOWN, uLo, uHi);

    if (lLo == lHi) {
      if (lLo > 0) {
        long n = Math.min(sat(dLo, sLo), lLo);
        long k = Math.min(dLo, lLo);
        t[RATED_LINES] = Math.addExact(t[RATED_LINES], 1);
        t[RATED_LAUNCHED] = Math.addExact(t[RATED_LAUNCHED], lLo);
        t[NEUTRALISED_KNOWN] = Math.addExact(t[NEUTRALISED_KNOWN], n);
        t[NEUTRALISED_POSSIBLE] =
            Math.addExact(t[NEUTRALISED_POSSIBLE], Math.max(n, lLo - otherLo));
        t[DESTROYED_KNOWN] = Math.addExact(t[DESTROYED_KNOWN], k);
        t[DESTROYED_POSSIBLE] =
            Math.addExact(t[DESTROYED_POSSIBLE], Math.max(k, lLo - sat(sLo, otherLo)));
      }
    } else {
      t[UNRATED_LINES] = Math.addExact(t[UNRATED_LINES], 1);
      t[UNRATED_LAUNCHED] = Math.addExact(t[UNRATED_LAUNCHED], lLo);
    }
  }

  /**
   * Adds a report: counts it once and adds every one of its lines.
   *
   * @param report the report
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public void add(StrikeReport report) {
    sums[REPORTS] = Math.addExact(sums[REPORTS], 1);
    for (WeaponLine line : report.lines()) {
      add(line);
    }
  }

  /**
   * Adds a line of a report, counting the report once in this accumulator however many of its lines
   * are added, as long as reports arrive one after another with increasing serials.
   */
  void add(WeaponLine line, long reportSerial) {
    if (reportSerial != lastReport) {
      lastReport = reportSerial;
      sums[REPORTS] = Math.addExact(sums[REPORTS], 1);
    }
    add(line);
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
    Tally.addInto(sums, tally.sums());
  }

  /**
   * Adds everything another accumulator holds; the other is not changed.
   *
   * @param other the other accumulator
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public void addAll(TallyAccumulator other) {
    Objects.requireNonNull(other, "other");
    Tally.addInto(sums, other.sums);
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
   */
  public Tally snapshot() {
    return new Tally(sums.clone());
  }

  @Override
  public String toString() {
    return "TallyAccumulator" + snapshot().toString().substring("Tally".length());
  }

  private static void addBounds(long[] t, int at, long lo, long hi) {
    t[at] = Math.addExact(t[at], lo);
    if (hi < 0) {
      t[at + 2] = Math.addExact(t[at + 2], 1);
    } else {
      t[at + 1] = Math.addExact(t[at + 1], hi);
    }
  }

  /** Adds two non-negative bounds, saturating at {@code Long.MAX_VALUE}. */
  private static long sat(long a, long b) {
    long r = a + b;
    return r < 0 ? Long.MAX_VALUE : r;
  }
}
