package org.conflictstats.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Several weapon types reported together in one line ({@code "X-101/X-555 and Kalibr"}). The line's
 * counts cannot be split between the parts; its category is the parts' common category or a mixed
 * one.
 *
 * <pre>{@code
 * Weapon w = WeaponCatalog.builtIn().resolve("X-101/X-555 and Kalibr");
 * ((CompositeWeapon) w).parts(); // [Kh-101/Kh-555, Kalibr]
 * w.category();                  // CRUISE_MISSILE
 * }</pre>
 *
 * @param parts the single weapons, at least two, none of them composite
 */
public record CompositeWeapon(ImmutableList<Weapon> parts) implements Weapon {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if fewer than two parts are given or a part is composite
   */
  public CompositeWeapon {
    Objects.requireNonNull(parts, "parts");
    checkArgument(parts.size() >= 2, "a composite weapon needs at least two parts: %s", parts);
    checkArgument(parts.stream().noneMatch(p -> p instanceof CompositeWeapon),
        "a part of a composite weapon must not be composite: %s", parts);
  }

  /**
   * Returns a composite of the given parts.
   *
   * @param parts at least two single weapons
   * @return the composite
   */
  public static CompositeWeapon of(List<? extends Weapon> parts) {
    return new CompositeWeapon(ImmutableList.copyOf(parts));
  }

  @Override
  public String name() {
    return parts.stream().map(Weapon::name).collect(Collectors.joining(" and "));
  }

  @Override
  public WeaponCategory category() {
    return WeaponCategory.common(parts.stream().map(Weapon::category).collect(Collectors.toList()));
  }

  // equals and hashCode as a record's, written out: see CataloguedWeapon

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof CompositeWeapon w && parts.equals(w.parts);
  }

  @Override
  public int hashCode() {
    return parts.hashCode();
  }
}
