package org.conflictstats.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMultiset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Several weapon types reported together in one line ({@code "X-101/X-555 and Kalibr"}). The line's
 * counts cannot be split between the parts; its category is the parts' common category or a mixed
 * one.
 *
 * <p>A composite is its parts, in whatever order a post names them: two composites of the same
 * parts are equal ({@code "Kalibr and X-101/X-555"} is {@code "X-101/X-555 and Kalibr"}), so that
 * a release that writes the parts in another order revises nothing and a report that holds both
 * names one weapon twice. {@link #name()} keeps the order given, and a table, which keys a line by
 * its name, gives each order a row of its own.
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
    // a loop, not a stream: readers and tables ask a line's weapon its name for every line
    StringBuilder b = new StringBuilder(parts.get(0).name());
    for (int i = 1; i < parts.size(); i++) {
      b.append(" and ").append(parts.get(i).name());
    }
    return b.toString();
  }

  @Override
  public WeaponCategory category() {
    List<WeaponCategory> categories = new ArrayList<>(parts.size());
    for (Weapon part : parts) {
      categories.add(part.category());
    }
    return WeaponCategory.common(categories);
  }

  // equals and hashCode written out (see CataloguedWeapon), and blind to the parts' order

  /**
   * Returns whether {@code o} is a composite of the same parts, each as many times, in any order.
   *
   * @param o the other object
   * @return whether the parts are the same
   */
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof CompositeWeapon w && (parts.equals(w.parts)
        || parts.size() == w.parts.size()
            && ImmutableMultiset.copyOf(parts).equals(ImmutableMultiset.copyOf(w.parts)));
  }

  /**
   * Returns a hash code of the parts that does not depend on their order.
   *
   * @return the sum of the parts' hash codes
   */
  @Override
  public int hashCode() {
    int h = 0;
    for (Weapon part : parts) {
      h += part.hashCode();
    }
    return h;
  }

  /** Returns the name: the parts' names joined by {@code " and "}. */
  @Override
  public String toString() {
    return name();
  }
}
