package org.conflictstats.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What a catalogue remembers of the names it resolved and found, by example: each catalogue its own
 * answers, names past what it remembers, a blank name every time. The properties are in
 * {@link WeaponCatalogResolveProperties}.
 */
// by name: eachCatalogueRemembersItsOwnAnswers before namesPastWhatItRemembers..., which fills what
// a catalogue remembers; a memo shared by all catalogues (static), once full, would no longer show
// (the jqwik properties, which fill one too, run after the JUnit tests in this build)
@TestMethodOrder(MethodOrderer.MethodName.class)
final class WeaponCatalogMemoTest {

  private static WeaponCatalog fresh() {
    return WeaponCatalog.builtIn().withAll(List.of());
  }

  @Test
  void namesPastWhatItRemembersResolveAllTheSame() {
    WeaponCatalog catalog = fresh();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) { // more than the catalogue remembers
      names.add(i % 3 == 0 ? "Shahed-" + i : i % 3 == 1 ? "X-101 and Type " + i : "Kalibr/" + i);
    }
    for (String n : names) {
      catalog.resolve(n);
    }
    WeaponCatalog oracle = fresh();
    for (String n : names) {
      assertEquals(oracle.resolve(n), catalog.resolve(n), n);
    }
    for (String n : names) {
      catalog.find(n);
    }
    for (String n : names) {
      assertEquals(oracle.find(n), catalog.find(n), n);
    }
  }

  @Test
  void eachCatalogueRemembersItsOwnAnswers() {
    WeaponCatalog builtIn = fresh();
    WeaponCatalog mine = builtIn.with(CataloguedWeapon.of("Gerbera-9", WeaponCategory.DECOY_DRONE,
        "Kalibr-9"));
    Weapon gerbera = mine.find("Gerbera-9").orElseThrow();
    for (int i = 0; i < 2; i++) { // in either order, and again from what each remembers
      assertEquals(new UnresolvedWeapon("Gerbera-9"), builtIn.resolve("Gerbera-9"));
      assertEquals(gerbera, mine.resolve("Gerbera-9"));
      assertEquals(gerbera, mine.resolve("Kalibr-9"));
      assertEquals(new UnresolvedWeapon("Kalibr-9"), builtIn.resolve("Kalibr-9"));
      assertEquals(Optional.of(gerbera), mine.find("Kalibr-9"));
      assertEquals(Optional.empty(), builtIn.find("Kalibr-9"));
      assertEquals(Optional.empty(), builtIn.find("Gerbera-9"));
      assertEquals(Optional.of(gerbera), mine.find("gerbera-9"));
    }
  }

  @Test
  void aBlankNameIsRefusedEveryTime() {
    WeaponCatalog catalog = fresh();
    for (int i = 0; i < 2; i++) {
      assertThrows(IllegalArgumentException.class, () -> catalog.resolve("  "));
    }
  }
}
