package org.conflictstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import java.util.stream.LongStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.conflictstats.model.Count;

/**
 * {@link Attack#bucketOf}: a size's bucket is the one every size its bounds allow falls in, and
 * {@code (none)} exactly when they allow 0 or two buckets.
 */
class AttackSizeProperties {

  @Property(tries = 2000)
  void theBucketHoldsEverySizeTheBoundsAllow(@ForAll @LongRange(min = 0, max = 900) long lower,
      @ForAll @LongRange(min = -1, max = 900) long extra) {
    // extra -1: no upper bound
    OptionalLong upper = extra < 0 ? OptionalLong.empty() : OptionalLong.of(lower + extra);
    String bucket = Attack.bucketOf(CountSum.of(Count.of(lower, upper)));
    // the sizes allowed, up to well past the largest bucket's floor
    long last = upper.orElse(lower + 2_000);
    boolean allowsZero = lower == 0;
    long buckets = LongStream.rangeClosed(Math.max(1, lower), last).mapToObj(Attack::bucket)
        .distinct().count();
    if (allowsZero || buckets > 1) {
      assertEquals(Dimension.NO_SIZE, bucket, lower + ".." + upper);
    } else {
      assertTrue(LongStream.rangeClosed(lower, last).allMatch(
          n -> Attack.bucket(n).equals(bucket)), lower + ".." + upper + ": " + bucket);
    }
  }
}
