package org.conflictstats.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * A weapon name the catalogue does not know, kept as it was written. Its category is
 * {@link WeaponCategory#UNCLASSIFIED}; the validator reports it as a warning.
 *
 * <pre>{@code
 * Weapon w = WeaponCatalog.builtIn().resolve("Mystery-9");
 * w instanceof UnresolvedWeapon; // true
 * w.name();                      // "Mystery-9"
 * }</pre>
 *
 * @param rawName the name as the source wrote it, stripped of surrounding white space, not blank
 */
public record UnresolvedWeapon(String rawName) implements Weapon {

  /**
   * Checks the name.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public UnresolvedWeapon {
    Objects.requireNonNull(rawName, "rawName");
    rawName = rawName.strip();
    checkArgument(!rawName.isEmpty(), "weapon name must not be blank");
  }

  @Override
  public String name() {
    return rawName;
  }

  @Override
  public WeaponCategory category() {
    return WeaponCategory.UNCLASSIFIED;
  }

  @Override
  public List<Weapon> parts() {
    return ImmutableList.of(this);
  }

  /** Returns the name as written, as every weapon's {@code toString} gives its name. */
  @Override
  public String toString() {
    return rawName;
  }
}
