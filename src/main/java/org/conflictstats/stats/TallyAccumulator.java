package org.conflictstats.stats;
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
  private static final int SIZE = 37;

  private final long[] sums = new long[SIZE];
  /** The serial of the last report a grouped aggregation added a line of, to count it once. */
  private long lastReport = -1;

  /** Creates an empty accumulator. */
  public TallyAccumulator() {}

  /**
   * Adds one weapon line. Reports are not counted; use {@link #add(StrikeReport)} for that.
   *
   * @param line the line
   * @throws ArithmeticException if a sum overflows a {@code long}; the accumulator is then unusable
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
    addCount(t, LAUNCHED, lLo, lHi);
    addCount(t, DESTROYED, dLo, dHi);
    addCount(t, SUPPRESSED, sLo, sHi);
    if ((aLo | aHi | xLo | xHi | hLo | hHi) != 0) {
      // most lines report none of these: one predictable branch skips them
      addCount(t, STILL_AIRBORNE, aLo, aHi);
      addCount(t, LEFT_AIRSPACE, xLo, xHi);
      addCount(t, HIT, hLo, hHi);
    }

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
    addCount(t, UNKNOWN, uLo, uHi);

    if (lLo == lHi) {
      if (lLo > 0) {
        // a rated line; its launched is counted in LAUNCHED, its count derived in snapshot()
        long n = Math.min(sat(dLo, sLo), lLo);
        long k = Math.min(dLo, lLo);
        t[NEUTRALISED_KNOWN] = Math.addExact(t[NEUTRALISED_KNOWN], n);
        t[NEUTRALISED_POSSIBLE] =
            Math.addExact(t[NEUTRALISED_POSSIBLE], Math.max(n, lLo - otherLo));
        t[DESTROYED_KNOWN] = Math.addExact(t[DESTROYED_KNOWN], k);
        t[DESTROYED_POSSIBLE] =
            Math.addExact(t[DESTROYED_POSSIBLE], Math.max(k, lLo - sat(sLo, otherLo)));
      } else {
        t[ZERO_LAUNCHED_LINES] = Math.addExact(t[ZERO_LAUNCHED_LINES], 1);
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
   * are added, as long as reports arrive one after another with distinct serials.
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
    long[] from = tally.sums();
    long[] t = sums;
    for (int b = 0; b < BLOCKS; b++) {
      long lower = from[b * 3];
      long finiteUpper = from[b * 3 + 1];
      t[b * BLOCK] = Math.addExact(t[b * BLOCK], lower);
      t[b * BLOCK + 1] = Math.addExact(t[b * BLOCK + 1], Math.subtractExact(finiteUpper, lower));
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
    return new Tally(s);
  }

  @Override
  public String toString() {
    return "TallyAccumulator" + snapshot().toString().substring("Tally".length());
  }

  private void addSlot(int at, long v) {
    sums[at] = Math.addExact(sums[at], v);
  }

  /** Adds a count's bounds; an exact count touches one slot. */
  private static void addCount(long[] t, int at, long lo, long hi) {
    t[at] = Math.addExact(t[at], lo);
    if (hi != lo) {
      if (hi < 0) {
        t[at + 2] = Math.addExact(t[at + 2], lo);
        t[at + 3] = Math.addExact(t[at + 3], 1);
      } else {
        t[at + 1] = Math.addExact(t[at + 1], hi - lo);
      }
    }
  }

  /** Adds two non-negative bounds, saturating at {@code Long.MAX_VALUE}. */
  private static long sat(long a, long b) {
    long r = a + b;
    return r < 0 ? Long.MAX_VALUE : r;
  }
}
