package org.conflictstats.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A catalogue remembers the names it has resolved and found; what it remembers never changes an
 * answer. The
 * oracle is a new catalogue of the same weapons, which has resolved nothing yet.
 */
// by name: eachCatalogueRemembersItsOwnAnswers before namesPastWhatItRemembers..., which fills what
// a catalogue remembers; a memo shared by all catalogues (static), once full, would no longer show
@TestMethodOrder(MethodOrderer.MethodName.class)
class WeaponCatalogResolveProperties {

  /** One catalogue for every try: it remembers more and more names as the tries go on. */
  private static final WeaponCatalog SHARED = WeaponCatalog.builtIn();

  private static WeaponCatalog fresh() {
    return WeaponCatalog.builtIn().withAll(List.of());
  }

  @Property(tries = 3000)
  void aRememberedNameResolvesAsANewCatalogueResolvesIt(@ForAll("names") String name) {
    Weapon expected = fresh().resolve(name);
    assertEquals(expected, SHARED.resolve(name));
    assertEquals(expected, SHARED.resolve(name)); // the second time from what it remembers
  }

  @Property(tries = 3000)
  void aRememberedNameIsFoundAsANewCatalogueFindsIt(@ForAll("names") String name) {
    Optional<CataloguedWeapon> expected = fresh().find(name);
    assertEquals(expected, SHARED.find(name));
    assertEquals(expected, SHARED.find(name)); // the second time from what it remembers
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

  @Provide
  Arbitrary<String> names() {
    List<String> known = new ArrayList<>();
    for (CataloguedWeapon w : WeaponCatalog.builtIn().weapons()) {
      known.add(w.name());
      known.addAll(w.aliases());
    }
    Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(known),
        Arbitraries.strings().withChars("XKhS-0123456789 ").ofMinLength(1).ofMaxLength(8));
    // single names, A/B groups and "A and B" composites, with the spaces sources leave around them
    return Arbitraries.oneOf(piece,
        net.jqwik.api.Combinators.combine(piece, piece).as((a, b) -> a + "/" + b),
        net.jqwik.api.Combinators.combine(piece, piece).as((a, b) -> " " + a + " and " + b))
        .filter(s -> !s.isBlank());
  }
}
