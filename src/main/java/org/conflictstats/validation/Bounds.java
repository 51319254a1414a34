package org.conflictstats.validation;

import java.math.BigInteger;
import java.util.Optional;
import org.conflictstats.model.Count;

/**
 * The bounds of a sum of counts, without overflow: the rules add counts of any size and must not
 * throw where {@link Count#plus} would. Written like a {@link Count} in messages.
 *
 * @param lower the lower bound
 * @param upper the upper bound, or empty when unbounded
 */
record Bounds(BigInteger lower, Optional<BigInteger> upper) {

  static final Bounds ZERO = new Bounds(BigInteger.ZERO, Optional.of(BigInteger.ZERO));

  /** Returns the bounds of a count. */
  static Bounds of(Count c) {
    return new Bounds(BigInteger.valueOf(c.lower()),
        c.isBounded() ? Optional.of(BigInteger.valueOf(c.upper().getAsLong())) : Optional.empty());
  }

  /**
   * Returns what a count states for certain: itself when bounded; an open-ended count ("at least
   * 30", unknown) is taken at its lower bound, since it says nothing about how large it may be.
   */
  static Bounds stated(Count c) {
    BigInteger lo = BigInteger.valueOf(c.lower());
    return c.isBounded() ? of(c) : new Bounds(lo, Optional.of(lo));
  }

  /** Returns the bounds of the sum. */
  Bounds plus(Bounds o) {
    return new Bounds(lower.add(o.lower),
        upper.isPresent() && o.upper.isPresent()
            ? Optional.of(upper.get().add(o.upper.get()))
            : Optional.empty());
  }

  /** Whether this sum is certainly larger than the count: lower bound above its upper bound. */
  boolean mustExceed(Count other) {
    return other.isBounded() && lower.compareTo(BigInteger.valueOf(other.upper().getAsLong())) > 0;
  }

  /** Whether this sum may be larger than the count: upper bound, if any, above its lower bound. */
  boolean mayExceed(Count other) {
    return upper.isEmpty() || upper.get().compareTo(BigInteger.valueOf(other.lower())) > 0;
  }

  /** Writes the bounds as {@link Count#toString()} writes a count. */
  @Override
  public String toString() {
    boolean zeroLower = lower.signum() == 0;
    if (upper.isEmpty()) {
      return zeroLower ? "unknown" : "at least " + lower;
    }
    if (upper.get().equals(lower)) {
      return lower.toString();
    }
    return zeroLower ? "at most " + upper.get() : "between " + lower + " and " + upper.get();
  }
}
