package org.conflictstats.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableMultiset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
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
 * not the weapon's; a composite's component being the multiset of its parts: their order is the
 * post's, not the weapon's.
 */
class WeaponEqualityProperties {

  private record SameCatalogued(String name, WeaponCategory category) {}

  private record SameComposite(ImmutableMultiset<Weapon> parts) {}

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
  void compositeIsARecordsEqualityOfItsPartsInAnyOrder(@ForAll("composite") CompositeWeapon a,
      @ForAll("composite") CompositeWeapon b) {
    SameComposite oa = new SameComposite(ImmutableMultiset.copyOf(a.parts()));
    SameComposite ob = new SameComposite(ImmutableMultiset.copyOf(b.parts()));
    assertEquals(oa.equals(ob), a.equals(b));
    assertEquals(a.equals(b), b.equals(a));
    if (a.equals(b)) {
      assertEquals(a.hashCode(), b.hashCode());
    }
    assertEquals(true, a.equals(CompositeWeapon.of(a.parts())));
    assertEquals(false, a.equals(a.parts().get(0)));
  }

  @Property(tries = 300)
  void theOrderOfThePartsMakesNoOtherComposite(@ForAll("composite") CompositeWeapon a,
      @ForAll Random random) {
    List<Weapon> shuffled = new ArrayList<>(a.parts());
    Collections.shuffle(shuffled, random);
    CompositeWeapon b = CompositeWeapon.of(shuffled);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(String.join(" and ", shuffled.stream().map(Weapon::name).toList()), b.name(),
        "the name keeps the order given");
    // one part more or one fewer is another weapon
    List<Weapon> more = new ArrayList<>(shuffled);
    more.add(a.parts().get(0));
    assertEquals(false, a.equals(CompositeWeapon.of(more)));
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
