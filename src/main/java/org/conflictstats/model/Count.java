package org.conflictstats.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A count as sources give it: exact ({@code 75}), at least ({@code "at least 30"}), at most
 * ({@code "up to 10"}), between two bounds, or unknown.
 *
 * <p>A count is fully described by its lower bound (never negative) and its upper bound, which may be
 * unbounded. The {@linkplain #kind() kind} is derived from the bounds, so {@code between(0, 10)} and
 * {@code atMost(10)} are the same value. Sums add bounds: {@code exactly(25).plus(atLeast(30))} is
 * at least 55, and anything plus {@link #unknown()} has an unbounded upper bound.
 *
 * <pre>{@code
 * Count injured = Count.atLeast(30);
 * injured.lower();            // 30
 * injured.upper();            // OptionalLong.empty(): unbounded
 * injured.toString();         // "at least 30"
 * Count.parse("at least 30"); // equal to injured
 * }</pre>
 *
 * <p>A blank cell in a data file is {@link #unknown()}, never zero. This class is immutable and
 * thread-safe.
 */
public final class Count {

  /** Internal marker of an unbounded upper bound; never exposed. */
  private static final long UNBOUNDED = -1L;

  private static final Count UNKNOWN = new Count(0, UNBOUNDED);
  private static final Count ZERO = new Count(0, 0);

  /**
   * The exact counts 0 to 1023, shared like {@code Integer.valueOf}'s: almost every count in the data
   * is small, and ten million lines then hold a few thousand count objects, not thirty million.
   */
  private static final Count[] SMALL = new Count[1024];

  static {
    SMALL[0] = ZERO;
    for (int i = 1; i < SMALL.length; i++) {
      SMALL[i] = new Count(i, i);
    }
  }

  private static final Pattern EXACT = Pattern.compile("(\\d+)");
  private static final Pattern AT_LEAST = Pattern.compile("at least (\\d+)");
  private static final Pattern AT_MOST = Pattern.compile("(?:at most|up to) (\\d+)");
  private static final Pattern BETWEEN = Pattern.compile("between (\\d+) and (\\d+)");

  private final long lower;
  private final long upper;

  private Count(long lower, long upper) {
    this.lower = lower;
    this.upper = upper;
  }

  /**
   * The kind of a count, derived from its bounds.
   */
  public enum Kind {
    /** Lower and upper bounds are equal. */
    EXACT,
    /** A positive lower bound and no upper bound. */
    AT_LEAST,
    /** A lower bound of zero and a finite upper bound above zero. */
    AT_MOST,
    /** A positive lower bound below a finite upper bound. */
    BETWEEN,
    /** A lower bound of zero and no upper bound: nothing is known. */
    UNKNOWN
  }

  /**
   * Returns the exact count {@code n}.
   *
   * @param n the count, at least zero
   * @return the count
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public static Count exactly(long n) {
    checkNonNegative(n, "count");
    return n < SMALL.length ? SMALL[(int) n] : new Count(n, n);
  }

  /**
   * Returns the exact count zero.
   *
   * @return zero
   */
  public static Count zero() {
    return ZERO;
  }

  /**
   * Returns the unknown count: lower bound zero, no upper bound.
   *
   * @return the unknown count
   */
  public static Count unknown() {
    return UNKNOWN;
  }

  /**
   * Returns a count of at least {@code n}, with no upper bound.
   *
   * @param n the lower bound, at least zero; {@code atLeast(0)} is {@link #unknown()}
   * @return the count
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public static Count atLeast(long n) {
    checkNonNegative(n, "lower bound");
    return n == 0 ? UNKNOWN : new Count(n, UNBOUNDED);
  }

  /**
   * Returns a count of at most {@code n}.
   *
   * @param n the upper bound, at least zero; {@code atMost(0)} is {@link #zero()}
   * @return the count
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public static Count atMost(long n) {
    return between(0, n);
  }

  /**
   * Returns a count between {@code lower} and {@code upper}, both inclusive.
   *
   * @param lower the lower bound, at least zero
   * @param upper the upper bound, at least {@code lower}
   * @return the count
   * @throws IllegalArgumentException if a bound is negative or {@code upper < lower}
   */
  public static Count between(long lower, long upper) {
    checkNonNegative(lower, "lower bound");
    checkNonNegative(upper, "upper bound");
    checkArgument(upper >= lower, "upper bound %s is below lower bound %s", upper, lower);
    return lower == upper && lower < SMALL.length ? SMALL[(int) lower] : new Count(lower, upper);
  }

  /**
   * Returns the count with the given bounds.
   *
   * @param lower the lower bound, at least zero
   * @param upper the upper bound, at least {@code lower}, or empty for unbounded
   * @return the count
   * @throws IllegalArgumentException if a bound is negative or the upper bound is below the lower
   */
  public static Count of(long lower, OptionalLong upper) {
    Objects.requireNonNull(upper, "upper");
    return upper.isPresent() ? between(lower, upper.getAsLong()) : atLeast(lower);
  }

  /**
   * Reads a count in the form {@link #toString()} writes: {@code "75"}, {@code "at least 30"},
   * {@code "at most 10"}, {@code "between 10 and 20"} or {@code "unknown"}; also {@code "up to 10"},
   * as sources write at most 10 (DOMAIN.md §3). Surrounding white space and letter case are
   * ignored. Vague counts ({@code "about 40"}, {@code "dozens"}) are not counts: they have no
   * bounds to read.
   *
   * @param text the text
   * @return the count
   * @throws IllegalArgumentException if the text is not a count in one of these forms
   */
  public static Count parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    try {
      if (s.equals("unknown")) {
        return UNKNOWN;
      }
      Matcher m;
      if ((m = EXACT.matcher(s)).matches()) {
        return exactly(Long.parseLong(m.group(1)));
      }
      if ((m = AT_LEAST.matcher(s)).matches()) {
        return atLeast(Long.parseLong(m.group(1)));
      }
      if ((m = AT_MOST.matcher(s)).matches()) {
        return atMost(Long.parseLong(m.group(1)));
      }
      if ((m = BETWEEN.matcher(s)).matches()) {
        return between(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("count out of range: '" + text + "'", e);
    }
    throw new IllegalArgumentException("not a count: '" + text + "'");
  }

  /**
   * Returns the lower bound, at least zero.
   *
   * @return the lower bound
   */
  public long lower() {
    return lower;
  }

  /**
   * Returns the upper bound, or empty when the count is unbounded above.
   *
   * @return the upper bound
   */
  public OptionalLong upper() {
    return upper == UNBOUNDED ? OptionalLong.empty() : OptionalLong.of(upper);
  }

  /**
   * Returns the upper bound, or {@code other} when the count is unbounded above. Unlike
   * {@link #upper()} this allocates nothing, for loops that add up many counts.
   *
   * <pre>{@code
   * Count.exactly(75).upperOrElse(-1);  // 75
   * Count.atLeast(30).upperOrElse(-1);  // -1: unbounded
   * }</pre>
   *
   * @param other the value to return for an unbounded count
   * @return the upper bound, or {@code other}
   */
  public long upperOrElse(long other) {
    return upper == UNBOUNDED ? other : upper;
  }

  /**
   * Returns whether the upper bound is finite.
   *
   * @return {@code true} when the count has an upper bound
   */
  public boolean isBounded() {
    return upper != UNBOUNDED;
  }

  /**
   * Returns whether lower and upper bound are equal.
   *
   * @return {@code true} for an exact count
   */
  public boolean isExact() {
    return lower == upper;
  }

  /**
   * Returns whether nothing is known: lower bound zero and no upper bound.
   *
   * @return {@code true} for {@link #unknown()}
   */
  public boolean isUnknown() {
    return lower == 0 && upper == UNBOUNDED;
  }

  /**
   * Returns the value of an exact count.
   *
   * @return the value, or empty when the count is not exact
   */
  public OptionalLong exactValue() {
    return isExact() ? OptionalLong.of(lower) : OptionalLong.empty();
  }

  /**
   * Returns the kind of this count, derived from its bounds.
   *
   * @return the kind
   */
  public Kind kind() {
    if (isExact()) {
      return Kind.EXACT;
    }
    if (upper == UNBOUNDED) {
      return lower == 0 ? Kind.UNKNOWN : Kind.AT_LEAST;
    }
    return lower == 0 ? Kind.AT_MOST : Kind.BETWEEN;
  }

  /**
   * Returns the sum of this count and another: lower bounds add, upper bounds add, and the sum is
   * unbounded when either is.
   *
   * @param other the other count
   * @return the sum
   * @throws ArithmeticException if a bound overflows a {@code long}
   */
  public Count plus(Count other) {
    Objects.requireNonNull(other, "other");
    long lo = Math.addExact(lower, other.lower);
    long hi = (upper == UNBOUNDED || other.upper == UNBOUNDED)
        ? UNBOUNDED
        : Math.addExact(upper, other.upper);
    return hi == UNBOUNDED ? atLeast(lo) : between(lo, hi);
  }

  /**
   * Returns what is left of this count once {@code part} is taken away, bounded below by zero: the
   * lower bound is {@code max(0, lower - part.upper)}, the upper bound {@code upper - part.lower}
   * (at least zero). This is how the unknown outcome of a weapon line is derived.
   *
   * @param part the part taken away
   * @return the remainder
   */
  public Count remainderAfter(Count part) {
    Objects.requireNonNull(part, "part");
    long lo = part.upper == UNBOUNDED ? 0 : Math.max(0, lower - part.upper);
    if (upper == UNBOUNDED) {
      return atLeast(lo);
    }
    long hi = Math.max(0, upper - part.lower);
    return between(Math.min(lo, hi), hi);
  }

  /**
   * Returns whether this count may be larger than {@code other}: this upper bound exceeds the other
   * lower bound.
   *
   * @param other the other count
   * @return {@code true} when this count may exceed the other
   */
  public boolean mayExceed(Count other) {
    Objects.requireNonNull(other, "other");
    return upper == UNBOUNDED || upper > other.lower;
  }

  /**
   * Returns whether this count is certainly larger than {@code other}: this lower bound exceeds the
   * other upper bound.
   *
   * @param other the other count
   * @return {@code true} when this count must exceed the other
   */
  public boolean mustExceed(Count other) {
    Objects.requireNonNull(other, "other");
    return other.upper != UNBOUNDED && lower > other.upper;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Count c && c.lower == lower && c.upper == upper;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(lower) * 31 + Long.hashCode(upper);
  }

  /**
   * Returns the count as a source would say it: {@code "75"}, {@code "at least 30"},
   * {@code "at most 10"}, {@code "between 10 and 20"} or {@code "unknown"}; {@link #parse} reads it
   * back.
   */
  @Override
  public String toString() {
    switch (kind()) {
      case EXACT:
        return Long.toString(lower);
      case AT_LEAST:
        return "at least " + lower;
      case AT_MOST:
        return "at most " + upper;
      case BETWEEN:
        return "between " + lower + " and " + upper;
      default:
        return "unknown";
    }
  }

  private static void checkNonNegative(long n, String what) {
    checkArgument(n >= 0, "%s must not be negative: %s", what, n);
  }
}
