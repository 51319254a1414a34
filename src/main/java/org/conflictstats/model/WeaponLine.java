package org.conflictstats.model;

import java.util.Objects;

/**
 * One weapon type (or group of types reported together) in a report, with how many were launched and
 * how they ended (DOMAIN.md §2).
 *
 * <p>Every outcome is a {@link Count}. An outcome the source did not report as such is
 * {@link Count#zero()}: those weapons are in the {@linkplain #unknown() unknown} remainder. A figure the
 * source gave but that is not known (a blank cell) is {@link Count#unknown()}. The unknown outcome is
 * derived, never stored: launched minus every known outcome, bounded below by zero.
 *
 * <p>Inconsistent lines (more destroyed than launched) can be constructed; the validator reports them.
 *
 * <pre>{@code
 * // "75 drones launched, 25 shot down, 30 failed to reach their targets"
 * WeaponLine drones = WeaponLine.of(catalog.resolve("Shahed-136/131"), Count.exactly(75))
 *     .withDestroyed(Count.exactly(25))
 *     .withSuppressed(Count.exactly(30));
 * drones.unknown();     // 20
 * drones.neutralised(); // 55
 * }</pre>
 *
 * @param weapon the weapon
 * @param launched how many were launched
 * @param destroyed shot down by air defence
 * @param suppressed defeated by electronic warfare, failed to reach their targets
 * @param stillAirborne still in the air when the report was written
 * @param leftAirspace flew out of the country's airspace
 * @param hit counted as having hit (rare: sources usually count hit places instead)
 * @param details everything else the line says
 */
public record WeaponLine(
    Weapon weapon,
    Count launched,
    Count destroyed,
    Count suppressed,
    Count stillAirborne,
    Count leftAirspace,
    Count hit,
    LineDetails details) {

  /** Checks that every component is present. */
  public WeaponLine {
    Objects.requireNonNull(weapon, "weapon");
    Objects.requireNonNull(launched, "launched");
    Objects.requireNonNull(destroyed, "destroyed");
    Objects.requireNonNull(suppressed, "suppressed");
    Objects.requireNonNull(stillAirborne, "stillAirborne");
    Objects.requireNonNull(leftAirspace, "leftAirspace");
    Objects.requireNonNull(hit, "hit");
    Objects.requireNonNull(details, "details");
  }

  /**
   * Returns a line with the given launched count and no outcome reported: every outcome is
   * {@link Count#zero()}, as the class says of an outcome the source did not report, so all
   * launched weapons are in the unknown remainder until outcomes are added with the {@code with}
   * methods. The line gives a destroyed figure, 0: its rate is 0 with bounds 0 to 1, and a
   * confidence interval is computed for that point. For a destroyed figure the source gave but
   * that is not known (what a blank cell reads as), give {@code withDestroyed(Count.unknown())}:
   * such a line gives no destroyed figure, and a tally of such lines alone no interval.
   *
   * @param weapon the weapon
   * @param launched how many were launched
   * @return the line
   */
  public static WeaponLine of(Weapon weapon, Count launched) {
    return new WeaponLine(weapon, launched, Count.zero(), Count.zero(), Count.zero(), Count.zero(),
        Count.zero(), LineDetails.none());
  }

  /**
   * Returns the count of one outcome; for {@link Outcome#UNKNOWN} the derived {@link #unknown()}.
   *
   * @param outcome the outcome
   * @return its count
   */
  public Count count(Outcome outcome) {
    switch (outcome) {
      case DESTROYED:
        return destroyed;
      case SUPPRESSED:
        return suppressed;
      case STILL_AIRBORNE:
        return stillAirborne;
      case LEFT_AIRSPACE:
        return leftAirspace;
      case HIT:
        return hit;
      default:
        return unknown();
    }
  }

  /**
   * Returns the sum of every known outcome.
   *
   * @return destroyed + suppressed + still airborne + left airspace + hit
   */
  public Count knownOutcomes() {
    return destroyed.plus(suppressed).plus(stillAirborne).plus(leftAirspace).plus(hit);
  }

  /**
   * Returns launched as the line's own figures bound it: every weapon destroyed, suppressed, still
   * airborne, gone or hit was launched, so a launched count that is not exact has at least as many
   * as the known outcomes add up to. An exact launched count is returned as it is, and so is one
   * whose upper bound is below the known outcomes (an inconsistent line, which the validator
   * reports).
   *
   * <pre>{@code
   * // the Air Force withheld the number launched (status_data = hidden): "at least 3", 5 shot down
   * line.launched();        // at least 3
   * line.impliedLaunched(); // at least 5
   * }</pre>
   *
   * <p>Sums of known launched ({@code Tally.launched()}, an attack's launched) add these.
   *
   * @return launched, its lower bound raised to the known outcomes where launched allows as many
   */
  public Count impliedLaunched() {
    if (launched.isExact()) {
      return launched;
    }
    long known = knownOutcomes().lower();
    if (known <= launched.lower() || known > launched.upperOrElse(Long.MAX_VALUE)) {
      return launched;
    }
    return Count.of(known, launched.upper());
  }

  /**
   * Returns the weapons not accounted for: launched minus every known outcome, bounded below by zero.
   *
   * @return the unknown outcome
   */
  public Count unknown() {
    return launched.remainderAfter(knownOutcomes());
  }

  /**
   * Returns the weapons shot down or suppressed.
   *
   * @return destroyed + suppressed
   */
  public Count neutralised() {
    return destroyed.plus(suppressed);
  }

  /**
   * Returns a copy with another weapon.
   *
   * @param v the weapon
   * @return the copy
   */
  public WeaponLine withWeapon(Weapon v) {
    return new WeaponLine(v, launched, destroyed, suppressed, stillAirborne, leftAirspace, hit,
        details);
  }

  /**
   * Returns a copy with another launched count.
   *
   * @param v the count
   * @return the copy
   */
  public WeaponLine withLaunched(Count v) {
    return new WeaponLine(weapon, v, destroyed, suppressed, stillAirborne, leftAirspace, hit,
        details);
  }

  /**
   * Returns a copy with another destroyed count.
   *
   * @param v the count
   * @return the copy
   */
  public WeaponLine withDestroyed(Count v) {
    return new WeaponLine(weapon, launched, v, suppressed, stillAirborne, leftAirspace, hit,
        details);
  }

  /**
   * Returns a copy with another suppressed count.
   *
   * @param v the count
   * @return the copy
   */
  public WeaponLine withSuppressed(Count v) {
    return new WeaponLine(weapon, launched, destroyed, v, stillAirborne, leftAirspace, hit,
        details);
  }

  /**
   * Returns a copy with another still-airborne count.
   *
   * @param v the count
   * @return the copy
   */
  public WeaponLine withStillAirborne(Count v) {
    return new WeaponLine(weapon, launched, destroyed, suppressed, v, leftAirspace, hit, details);
  }

  /**
   * Returns a copy with another left-airspace count.
   *
   * @param v the count
   * @return the copy
   */
  public WeaponLine withLeftAirspace(Count v) {
    return new WeaponLine(weapon, launched, destroyed, suppressed, stillAirborne, v, hit, details);
  }

  /**
   * Returns a copy with another hit count.
   *
   * @param v the count
   * @return the copy
   */
  public WeaponLine withHit(Count v) {
    return new WeaponLine(weapon, launched, destroyed, suppressed, stillAirborne, leftAirspace, v,
        details);
  }

  /**
   * Returns a copy with other details.
   *
   * @param v the details
   * @return the copy
   */
  public WeaponLine withDetails(LineDetails v) {
    return new WeaponLine(weapon, launched, destroyed, suppressed, stillAirborne, leftAirspace, hit,
        v);
  }

  /**
   * Returns the line as a source would say it, the weapon by name, its details only when it has
   * any: {@code "Shahed-136/131: launched 75, destroyed 25, suppressed 30, still airborne 0, left
   * airspace 0, hit 0 (unknown 20)"}.
   */
  @Override
  public String toString() {
    return weapon.name() + ": launched " + launched + ", destroyed " + destroyed + ", suppressed "
        + suppressed + ", still airborne " + stillAirborne + ", left airspace " + leftAirspace
        + ", hit " + hit + " (unknown " + unknown() + ")"
        + (details.equals(LineDetails.none()) ? "" : "; " + details);
  }
}
