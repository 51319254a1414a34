package org.conflictstats.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Objects;

/**
 * A weapon the catalogue knows: canonical name, aliases (other scripts, transliterations, other
 * designations) and category.
 *
 * <pre>{@code
 * CataloguedWeapon kh101 = CataloguedWeapon.of("Kh-101/Kh-555", WeaponCategory.CRUISE_MISSILE,
 *     "X-101/X-555", "Kh-101", "Kh-555");
 * }</pre>
 *
 * @param name the canonical name, not blank
 * @param category the category
 * @param aliases other names that resolve to this weapon (the canonical name is not repeated here);
 *     not part of the weapon's equality
 */
public record CataloguedWeapon(String name, WeaponCategory category, ImmutableSet<String> aliases)
    implements Weapon {

  /**
   * Checks and copies the components.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public CataloguedWeapon {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(aliases, "aliases");
    name = name.strip();
    checkArgument(!name.isEmpty(), "weapon name must not be blank");
    // a loop, not a stream: the built-in catalogue makes hundreds of these as a short run starts
    ImmutableSet.Builder<String> kept = ImmutableSet.builderWithExpectedSize(aliases.size());
    for (String a : aliases) {
      String stripped = a.strip();
      if (!stripped.isEmpty() && !stripped.equals(name)) {
        kept.add(stripped);
      }
    }
    aliases = kept.build();
  }

  /**
   * Returns a catalogued weapon.
   *
   * @param name the canonical name, not blank
   * @param category the category
   * @param aliases other names of the weapon
   * @return the weapon
   */
  public static CataloguedWeapon of(String name, WeaponCategory category, String... aliases) {
    return new CataloguedWeapon(name, category, ImmutableSet.copyOf(aliases));
  }

  /**
   * Returns a copy with more aliases.
   *
   * @param more the aliases to add
   * @return the copy
   */
  public CataloguedWeapon withAliases(Iterable<String> more) {
    return new CataloguedWeapon(name, category,
        ImmutableSet.<String>builder().addAll(aliases).addAll(more).build());
  }

  @Override
  public List<Weapon> parts() {
    return ImmutableList.of(this);
  }

  // equals, hashCode and toString written out: the generated ones are linked at their first call,
  // tens of milliseconds of a short run's start-up

  /**
   * Returns whether the other object is the same weapon: the same canonical name and category. The
   * aliases are left out: they are the catalogue's knowledge of other names, not the weapon, so a
   * report read with a catalogue that knows more names holds the same weapons.
   */
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof CataloguedWeapon w && name.equals(w.name)
        && category == w.category;
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + category.hashCode();
  }

  /** Returns the canonical name: {@code "Kh-101/Kh-555"}. */
  @Override
  public String toString() {
    return name;
  }
}
