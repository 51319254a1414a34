package org.conflictstats.model;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * Killed and injured in a report, in total and per place where given. Each figure is a
 * {@link Count}, since sources often give only "at least N". The totals and the places are kept as
 * the source gave them; whether they agree is the validator's business.
 *
 * <pre>{@code
 * Casualties c = Casualties.of(Count.exactly(3), Count.atLeast(30))
 *     .withPlace(PlaceCasualties.of("Dnipro", Count.exactly(3), Count.atLeast(30)));
 * Casualties.unknown().killed(); // unknown
 * }</pre>
 *
 * @param killed the total killed
 * @param injured the total injured
 * @param byPlace the figures per place, possibly empty
 */
public record Casualties(Count killed, Count injured, ImmutableList<PlaceCasualties> byPlace) {

  private static final Casualties UNKNOWN =
      new Casualties(Count.unknown(), Count.unknown(), ImmutableList.of());

  /** Checks the components. */
  public Casualties {
    Objects.requireNonNull(killed, "killed");
    Objects.requireNonNull(injured, "injured");
    Objects.requireNonNull(byPlace, "byPlace");
  }

  /**
   * Returns casualties that were not reported: both totals unknown, no places.
   *
   * @return the unknown casualties
   */
  public static Casualties unknown() {
    return UNKNOWN;
  }

  /**
   * Returns totals without places.
   *
   * @param killed the total killed
   * @param injured the total injured
   * @return the casualties
   */
  public static Casualties of(Count killed, Count injured) {
    return new Casualties(killed, injured, ImmutableList.of());
  }

  /**
   * Returns totals with places.
   *
   * @param killed the total killed
   * @param injured the total injured
   * @param byPlace the figures per place
   * @return the casualties
   */
  public static Casualties of(Count killed, Count injured, List<PlaceCasualties> byPlace) {
    return new Casualties(killed, injured, ImmutableList.copyOf(byPlace));
  }

  /**
   * Returns a copy with one more place.
   *
   * @param place the place's figures
   * @return the copy
   */
  public Casualties withPlace(PlaceCasualties place) {
    return new Casualties(killed, injured,
        ImmutableList.<PlaceCasualties>builder().addAll(byPlace).add(place).build());
  }

  /**
   * Returns whether nothing at all was reported.
   *
   * @return {@code true} when both totals are unknown and no place is given
   */
  public boolean isUnknown() {
    return killed.isUnknown() && injured.isUnknown() && byPlace.isEmpty();
  }
}
