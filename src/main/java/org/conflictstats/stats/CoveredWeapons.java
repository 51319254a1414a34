package org.conflictstats.stats;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.conflictstats.model.CataloguedWeapon;
import org.conflictstats.model.Weapon;
import org.conflictstats.model.WeaponCatalog;

/**
 * The weapons a line may count, for the overlap check (DOMAIN.md §6, §10): its weapon's parts (a
 * composite line, {@code Kh-101/Kh-555 and Kalibr}, counts each), and the members of a weapon the
 * catalogue keeps as one group of weapons it also knows one by one: {@code Iskander-M/KN-23} may
 * count Iskander-M missiles and KN-23s, {@code Kh-59/Kh-69} Kh-59s and Kh-69s,
 * {@code S-300/S-400} S-300s and S-400s. A name whose pieces are only aliases of the weapon itself
 * ({@code Shahed-136/131}, {@code Kh-101/Kh-555}) has no other members. Thread-safe.
 */
final class CoveredWeapons {

  private static final WeaponCatalog CATALOG = WeaponCatalog.builtIn();
  private static final int CACHED = 4096;
  private static final Map<Weapon, List<Weapon>> CACHE = new ConcurrentHashMap<>();

  private CoveredWeapons() {}

  /** The parts of a weapon and the members of each part that is a group of known weapons. */
  static List<Weapon> of(Weapon weapon) {
    List<Weapon> cached = CACHE.get(weapon);
    if (cached != null) {
      return cached;
    }
    List<Weapon> covered = new ArrayList<>(weapon.parts());
    for (Weapon part : weapon.parts()) {
      for (Weapon member : members(part)) {
        if (!covered.contains(member)) {
          covered.add(member);
        }
      }
    }
    List<Weapon> result = ImmutableList.copyOf(covered);
    if (CACHE.size() < CACHED) {
      CACHE.put(weapon, result);
    }
    return result;
  }

  /** The members of a group {@code A/B} of built-in weapons; none for any other weapon. */
  private static List<Weapon> members(Weapon part) {
    if (!(part instanceof CataloguedWeapon) || part.name().indexOf('/') < 0) {
      return List.of();
    }
    List<Weapon> members = new ArrayList<>();
    for (String piece : part.name().split("/")) {
      Weapon m = piece.isBlank() ? null : CATALOG.resolve(piece);
      if (m == null || !(m instanceof CataloguedWeapon) || m.equals(part)) {
        return List.of();
      }
      members.add(m);
    }
    return members;
  }
}
