package org.conflictstats.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A catalogue remembers the names it has resolved and found; what it remembers never changes an
 * answer. The oracle is a new catalogue of the same weapons, which has resolved nothing yet. The
 * examples are in {@link WeaponCatalogMemoTest}.
 */
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
