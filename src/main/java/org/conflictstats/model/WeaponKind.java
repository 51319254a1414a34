package org.conflictstats.model;

/**
 * The broad kind of a weapon: drone, missile or bomb; {@link #MIXED} for a line that groups several
 * kinds and {@link #UNKNOWN} when not even the kind is known.
 *
 * <pre>{@code
 * WeaponCategory.CRUISE_MISSILE.kind(); // WeaponKind.MISSILE
 * }</pre>
 */
public enum WeaponKind {
  /** An uncrewed aircraft. */
  DRONE,
  /** A missile of any kind. */
  MISSILE,
  /** A bomb, guided or not. */
  BOMB,
  /** A line that groups weapons of several kinds. */
  MIXED,
  /** Nothing is known of the weapon. */
  UNKNOWN
}
