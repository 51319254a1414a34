package org.conflictstats.text;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.conflictstats.model.Weapon;
import org.conflictstats.model.WeaponCategory;

/**
 * What a figure is about, as the text groups it: every aerial target, the drones, the Shaheds among
 * them, the decoys, the missiles, one category of missiles ("cruise missiles", possibly naming its
 * types), one weapon type through the catalogue, or people (casualties).
 *
 * <pre>{@code
 * Group.of(Group.Kind.DRONES).label();                              // "drones"
 * Group.weapon(catalog.resolve("Kh-101")).label();                  // "Kh-101/Kh-555"
 * Group.category(WeaponCategory.CRUISE_MISSILE, List.of(kalibr)).label(); // "cruise missiles (Kalibr)"
 * }</pre>
 *
 * <p>Two groups are equal when they have the same kind, weapon, category and named parts. This
 * class is immutable and thread-safe.
 *
 * @param kind the kind of group
 * @param weapon the weapon of a {@link Kind#WEAPON} group, empty otherwise
 * @param category the category of a {@link Kind#CATEGORY} group, empty otherwise
 * @param parts the types a {@link Kind#CATEGORY} group names ("Kh-101 and Iskander-K cruise
 *     missiles"), possibly empty; empty for the other kinds
 */
public record Group(Kind kind, Optional<Weapon> weapon, Optional<WeaponCategory> category,
    ImmutableList<Weapon> parts) {

  /** The kinds of group a text states figures for. */
  public enum Kind {
    /** Every aerial target: "aerial targets", «засоби повітряного нападу», «цілі». */
    TOTAL,
    /** Drones, Shaheds and decoys together (as the Air Force counts them). */
    DRONES,
    /** What the text calls Shaheds (or Geran). */
    SHAHED,
    /** Decoy drones (Gerbera, «дрони-імітатори»). */
    DECOY,
    /** Missiles of every type. */
    MISSILES,
    /** Missiles of one category: cruise, ballistic, aeroballistic, ... */
    CATEGORY,
    /** One weapon type of the catalogue (or a "/" pair such as Kh-22/Kh-32). */
    WEAPON,
    /** People: the subject of casualty figures. */
    PEOPLE
  }

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if the weapon, category or parts do not fit the kind
   */
  public Group {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(weapon, "weapon");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(parts, "parts");
    if (weapon.isPresent() != (kind == Kind.WEAPON)) {
      throw new IllegalArgumentException("a weapon goes with a WEAPON group only: " + kind);
    }
    if (category.isPresent() != (kind == Kind.CATEGORY)) {
      throw new IllegalArgumentException("a category goes with a CATEGORY group only: " + kind);
    }
    if (!parts.isEmpty() && kind != Kind.CATEGORY) {
      throw new IllegalArgumentException("named parts go with a CATEGORY group only: " + kind);
    }
  }

  /**
   * Returns a group of a kind that needs no weapon or category.
   *
   * @param kind the kind, not {@link Kind#WEAPON} or {@link Kind#CATEGORY}
   * @return the group
   * @throws IllegalArgumentException for {@link Kind#WEAPON} or {@link Kind#CATEGORY}
   */
  public static Group of(Kind kind) {
    return new Group(kind, Optional.empty(), Optional.empty(), ImmutableList.of());
  }

  /**
   * Returns the group of one weapon type.
   *
   * @param weapon the weapon
   * @return the group
   */
  public static Group weapon(Weapon weapon) {
    return new Group(Kind.WEAPON, Optional.of(weapon), Optional.empty(), ImmutableList.of());
  }

  /**
   * Returns the group of one category of missiles, with the types the text names in it.
   *
   * @param category the category
   * @param parts the types named, possibly empty
   * @return the group
   */
  public static Group category(WeaponCategory category, java.util.List<? extends Weapon> parts) {
    return new Group(Kind.CATEGORY, Optional.empty(), Optional.of(category),
        ImmutableList.copyOf(parts));
  }

  /**
   * Returns whether the group counts drones.
   *
   * @return {@code true} for drones, Shaheds, decoys and drone types
   */
  public boolean isDrones() {
    switch (kind) {
      case DRONES:
      case SHAHED:
      case DECOY:
        return true;
      case WEAPON:
        return weapon.orElseThrow().category().kind() == org.conflictstats.model.WeaponKind.DRONE;
      default:
        return false;
    }
  }

  /**
   * Whether this group holds another: itself, every weapon for the total, drones for the drones,
   * missiles for the missiles, a category's types for the category.
   */
  boolean holds(Group g) {
    switch (kind) {
      case TOTAL:
        return g.kind != Kind.PEOPLE;
      case DRONES:
        return g.isDrones();
      case MISSILES:
        return g.isMissiles();
      case CATEGORY:
        return equals(g) || g.weapon.map(w -> w.category() == category.get()
            || parts.contains(w)).orElse(false);
      default:
        return equals(g);
    }
  }

  /**
   * Returns whether the group counts missiles.
   *
   * @return {@code true} for missiles, a missile category and missile types
   */
  public boolean isMissiles() {
    switch (kind) {
      case MISSILES:
      case CATEGORY:
        return true;
      case WEAPON:
        return weapon.orElseThrow().category().kind() == org.conflictstats.model.WeaponKind.MISSILE;
      default:
        return false;
    }
  }

  /**
   * Returns the group as the table output names it: {@code total}, {@code drones},
   * {@code shahed}, {@code decoys}, {@code missiles}, {@code cruise missiles (Kalibr, Kh-101/Kh-555)},
   * a weapon's canonical name, or {@code people}.
   *
   * @return the label
   */
  public String label() {
    switch (kind) {
      case WEAPON:
        return weapon.orElseThrow().name();
      case CATEGORY:
        String name = category.orElseThrow().label();
        String c = name.endsWith("s") ? name : name + "s";   // "mixed missiles" is plural already
        return parts.isEmpty() ? c
            : c + " (" + parts.stream().map(Weapon::name).collect(Collectors.joining(", ")) + ")";
      case DECOY:
        return "decoys";
      default:
        return kind.name().toLowerCase(Locale.ROOT);
    }
  }

  @Override
  public String toString() {
    return label();
  }
}
