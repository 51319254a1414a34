package org.conflictstats.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The category of a weapon (DOMAIN.md §7). Every category has a stable {@linkplain #label() label},
 * the name used in tables, CSV and JSON, and a {@linkplain #kind() kind}.
 *
 * <pre>{@code
 * WeaponCategory.LONG_RANGE_ATTACK_DRONE.label();            // "long-range attack drone"
 * WeaponCategory.fromLabel("cruise missile");                 // Optional[CRUISE_MISSILE]
 * WeaponCategory.common(List.of(CRUISE_MISSILE, BALLISTIC_MISSILE));  // MIXED_MISSILE
 * }</pre>
 */
public enum WeaponCategory {
  /** Shahed-136/131 (Geran-2) and its kin: one-way attack drones flying hundreds of kilometres. */
  LONG_RANGE_ATTACK_DRONE("long-range attack drone", WeaponKind.DRONE),
  /** Drones built to be shot at: Gerbera, Parody and similar. */
  DECOY_DRONE("decoy drone", WeaponKind.DRONE),
  /** Orlan, ZALA, Supercam and other reconnaissance drones. */
  RECONNAISSANCE_DRONE("reconnaissance drone", WeaponKind.DRONE),
  /** Lancet, Kub, Molniya and other loitering munitions. */
  LOITERING_MUNITION("loitering munition", WeaponKind.DRONE),
  /** A drone whose type the source did not give. */
  UNKNOWN_DRONE("unknown drone", WeaponKind.DRONE),
  /** Kalibr, Kh-101/Kh-555, Iskander-K and other cruise missiles. */
  CRUISE_MISSILE("cruise missile", WeaponKind.MISSILE),
  /** Iskander-M, KN-23 and other ballistic missiles. */
  BALLISTIC_MISSILE("ballistic missile", WeaponKind.MISSILE),
  /** Kh-47 Kinzhal. */
  AEROBALLISTIC_MISSILE("aeroballistic missile", WeaponKind.MISSILE),
  /** S-300 and S-400 anti-aircraft missiles fired at ground targets. */
  ANTI_AIRCRAFT_MISSILE("anti-aircraft missile", WeaponKind.MISSILE),
  /** P-800 Oniks, Kh-35 and other anti-ship missiles. */
  ANTI_SHIP_MISSILE("anti-ship missile", WeaponKind.MISSILE),
  /** Kh-31P and other anti-radiation missiles. */
  ANTI_RADIATION_MISSILE("anti-radiation missile", WeaponKind.MISSILE),
  /** A missile whose type the source did not give. */
  UNKNOWN_MISSILE("unknown missile", WeaponKind.MISSILE),
  /** KAB, GBU and other guided aerial bombs. */
  GUIDED_BOMB("guided bomb", WeaponKind.BOMB),
  /** A line grouping drones of several categories. */
  MIXED_DRONE("mixed drones", WeaponKind.DRONE),
  /** A line grouping missiles of several categories. */
  MIXED_MISSILE("mixed missiles", WeaponKind.MISSILE),
  /** A line grouping weapons of several kinds. */
  MIXED("mixed", WeaponKind.MIXED),
  /** A weapon the catalogue does not know. */
  UNCLASSIFIED("unclassified", WeaponKind.UNKNOWN);

  private final String label;
  private final WeaponKind kind;

  WeaponCategory(String label, WeaponKind kind) {
    this.label = label;
    this.kind = kind;
  }

  /**
   * Returns the stable, human-readable name of this category, as printed in tables and files.
   *
   * @return the label, such as {@code "cruise missile"}
   */
  public String label() {
    return label;
  }

  /**
   * Returns the broad kind of weapons in this category.
   *
   * @return the kind
   */
  public WeaponKind kind() {
    return kind;
  }

  /**
   * Finds a category by its label or its constant name, ignoring case, hyphens, underscores and
   * spaces.
   *
   * @param text a label such as {@code "cruise missile"} or a name such as {@code CRUISE_MISSILE}
   * @return the category, or empty when none matches
   */
  public static Optional<WeaponCategory> fromLabel(String text) {
    Objects.requireNonNull(text, "text");
    String key = squash(text);
    for (WeaponCategory c : values()) {
      if (squash(c.label).equals(key) || squash(c.name()).equals(key)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the category of a line that groups weapons of the given categories: the common category
   * when all agree, otherwise {@link #MIXED_DRONE} or {@link #MIXED_MISSILE} when all share a kind,
   * otherwise {@link #MIXED}.
   *
   * @param categories the categories of the parts, at least one
   * @return the common or mixed category
   * @throws IllegalArgumentException if no category is given
   */
  public static WeaponCategory common(Iterable<WeaponCategory> categories) {
    WeaponCategory first = null;
    boolean same = true;
    WeaponKind kind = null;
    boolean sameKind = true;
    for (WeaponCategory c : categories) {
      Objects.requireNonNull(c, "category");
      if (first == null) {
        first = c;
        kind = c.kind;
      } else {
        same &= c == first;
        sameKind &= c.kind == kind;
      }
    }
    if (first == null) {
      throw new IllegalArgumentException("no category given");
    }
    if (same) {
      return first;
    }
    if (sameKind && kind == WeaponKind.DRONE) {
      return MIXED_DRONE;
    }
    if (sameKind && kind == WeaponKind.MISSILE) {
      return MIXED_MISSILE;
    }
    return MIXED;
  }

  /**
   * Returns the label.
   *
   * @return {@link #label()}
   */
  @Override
  public String toString() {
    return label;
  }

  private static String squash(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
  }
}
