package org.conflictstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The laws of a merge with an identity (a commutative monoid): implement {@link #merge},
 * {@link #identity} and {@link #values}, and every law runs as a property.
 *
 * @param <T> the merged type
 */
interface MergeLaws<T> {

  T merge(T a, T b);

  T identity();

  @Provide
  Arbitrary<T> values();

  @Property(tries = 200)
  default void mergeIsAssociative(@ForAll("values") T a, @ForAll("values") T b,
      @ForAll("values") T c) {
    assertEquals(merge(merge(a, b), c), merge(a, merge(b, c)));
  }

  @Property(tries = 200)
  default void mergeIsCommutative(@ForAll("values") T a, @ForAll("values") T b) {
    assertEquals(merge(a, b), merge(b, a));
  }

  @Property(tries = 100)
  default void identityIsNeutral(@ForAll("values") T a) {
    assertEquals(a, merge(a, identity()));
    assertEquals(a, merge(identity(), a));
  }
}
