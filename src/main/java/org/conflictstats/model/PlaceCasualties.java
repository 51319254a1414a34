package org.conflictstats.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * Killed and injured in one place, as a source gave them.
 *
 * <pre>{@code
 * PlaceCasualties dnipro = PlaceCasualties.of("Dnipro", Count.exactly(3), Count.atLeast(30));
 * }</pre>
 *
 * @param place the place, not blank
 * @param killed the number killed
 * @param injured the number injured
 */
public record PlaceCasualties(String place, Count killed, Count injured) {

  /** Checks the components. */
  public PlaceCasualties {
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(killed, "killed");
    Objects.requireNonNull(injured, "injured");
    place = place.strip();
    checkArgument(!place.isEmpty(), "place must not be blank");
  }

  /**
   * Returns casualties in one place.
   *
   * @param place the place
   * @param killed the number killed
   * @param injured the number injured
   * @return the casualties
   */
  public static PlaceCasualties of(String place, Count killed, Count injured) {
    return new PlaceCasualties(place, killed, injured);
  }
}
