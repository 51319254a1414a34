package org.conflictstats.text;

import java.util.ArrayList;
import java.util.List;
import org.conflictstats.model.CompositeWeapon;
import org.conflictstats.model.Weapon;

/** One weapon for several named together: their distinct single parts, composite when more than one. */
final class Weapons {

  private Weapons() {}

  static Weapon of(List<? extends Weapon> weapons) {
    List<Weapon> parts = new ArrayList<>();
    for (Weapon w : weapons) {
      for (Weapon p : w.parts()) {
        if (!parts.contains(p)) {
          parts.add(p);
        }
      }
    }
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("no weapon given");
    }
    return parts.size() == 1 ? parts.get(0) : CompositeWeapon.of(parts);
  }
}
