package org.conflictstats.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link CataloguedWeapon} and {@link CompositeWeapon} write out their equals and hashCode: they
 * must be what a record with the same components generates (the records below are the oracle),
 * a catalogued weapon's components being its name and category: the aliases are the catalogue's,
 * not the weapon's.
 */
class WeaponEqualityProperties {

  private record SameCatalogued(String name, WeaponCategory category) {}

  private record SameComposite(ImmutableList<Weapon> parts) {}

  @Property(tries = 500)
  void cataloguedIsARecordsEquality(@ForAll("catalogued") CataloguedWeapon a,
      @ForAll("catalogued") CataloguedWeapon b) {
    assertEquals(oracle(a).hashCode(), a.hashCode());
    assertEquals(oracle(a).equals(oracle(b)), a.equals(b));
    CataloguedWeapon copy = new CataloguedWeapon(a.name(), a.category(), a.aliases());
    assertEquals(true, a.equals(copy) && copy.equals(a) && a.hashCode() == copy.hashCode());
    assertEquals(false, a.equals(null) || a.equals(a.name()));
  }

  @Property(tries = 200)
  void moreAliasesMakeTheSameWeapon(@ForAll("catalogued") CataloguedWeapon a) {
    CataloguedWeapon known = a.withAliases(List.of("Geran-2M", "another name"));
    assertEquals(a, known);
    assertEquals(a.hashCode(), known.hashCode());
    assertEquals(a.name(), known.toString());
  }

  @Property(tries = 500)
  void compositeIsARecordsEquality(@ForAll("composite") CompositeWeapon a,
      @ForAll("composite") CompositeWeapon b) {
    assertEquals(new SameComposite(a.parts()).hashCode(), a.hashCode());
    assertEquals(new SameComposite(a.parts()).equals(new SameComposite(b.parts())), a.equals(b));
    assertEquals(true, a.equals(CompositeWeapon.of(a.parts())));
    assertEquals(false, a.equals(a.parts().get(0)));
  }

  private static SameCatalogued oracle(CataloguedWeapon w) {
    return new SameCatalogued(w.name(), w.category());
  }

  @Provide
  Arbitrary<CataloguedWeapon> catalogued() {
    // few names and categories, so that equal and nearly equal weapons meet
    Arbitrary<String> names = Arbitraries.of("Shahed-136/131", "Kh-101", "Kalibr", "Iskander-M");
    Arbitrary<WeaponCategory> categories = Arbitraries.of(WeaponCategory.CRUISE_MISSILE,
        WeaponCategory.LONG_RANGE_ATTACK_DRONE);
    Arbitrary<List<String>> aliases = Arbitraries.of("X-101", "Geran-2", "3M-14").list()
        .ofMaxSize(2);
    return Combinators.combine(names, categories, aliases).as((n, c, a) ->
        CataloguedWeapon.of(n, c, a.toArray(new String[0])));
  }

  @Provide
  Arbitrary<CompositeWeapon> composite() {
    return catalogued().list().ofMinSize(2).ofMaxSize(3).map(CompositeWeapon::of);
  }
}
