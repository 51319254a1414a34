package org.conflictstats.model;

import java.util.List;

/**
 * A weapon named in a weapon line: a {@link CataloguedWeapon} the catalogue knows, a
 * {@link CompositeWeapon} for a line reported for several types together ({@code "X-101/X-555 and
 * Kalibr"}), or an {@link UnresolvedWeapon} that keeps the raw text of a name the catalogue does not
 * know.
 *
 * <pre>{@code
 * Weapon w = WeaponCatalog.builtIn().resolve("Geran-2");
 * w.name();       // "Shahed-136/131"
 * w.category();   // LONG_RANGE_ATTACK_DRONE
 * w.isResolved(); // true
 * }</pre>
 */
public sealed interface Weapon permits CataloguedWeapon, CompositeWeapon, UnresolvedWeapon {

  /**
   * Returns the canonical name: the catalogue's name, the parts' names joined by {@code " and "}, or
   * the raw text of an unresolved name.
   *
   * @return the name, never blank
   */
  String name();

  /**
   * Returns the category: the catalogue's, the common or mixed category of the parts, or
   * {@link WeaponCategory#UNCLASSIFIED}.
   *
   * @return the category
   */
  WeaponCategory category();

  /**
   * Returns the single weapons this one stands for: itself for a catalogued or unresolved weapon, the
   * parts of a composite.
   *
   * @return the parts, at least one
   */
  List<Weapon> parts();

  /**
   * Returns whether the catalogue knew every part of this weapon.
   *
   * @return {@code false} for an unresolved weapon or a composite with an unresolved part
   */
  default boolean isResolved() {
    if (this instanceof CataloguedWeapon) {
      return true;
    }
    for (Weapon p : parts()) {
      if (!(p instanceof CataloguedWeapon)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns whether this weapon groups several types whose counts cannot be split.
   *
   * @return {@code true} for a composite
   */
  default boolean isComposite() {
    return this instanceof CompositeWeapon;
  }
}
