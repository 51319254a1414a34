package org.conflictstats.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * A region named by a report, such as an oblast ({@code "Kyiv oblast"}) or a direction
 * ({@code "south"}). Names are kept as written, with white space normalised.
 *
 * <pre>{@code
 * Region.of(" Odesa  oblast ").name(); // "Odesa oblast"
 * }</pre>
 *
 * @param name the region's name, not blank
 */
public record Region(String name) implements Comparable<Region> {

  /** Checks and normalises the name. */
  public Region {
    Objects.requireNonNull(name, "name");
    name = name.strip().replaceAll("\\s+", " ");
    checkArgument(!name.isEmpty(), "region name must not be blank");
  }

  /**
   * Returns the region of the given name.
   *
   * @param name the name
   * @return the region
   */
  public static Region of(String name) {
    return new Region(name);
  }

  @Override
  public int compareTo(Region o) {
    return name.compareTo(o.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
