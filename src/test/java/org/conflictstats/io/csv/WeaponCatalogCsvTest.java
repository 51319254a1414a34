package org.conflictstats.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.conflictstats.io.ImportException;
import org.conflictstats.model.CataloguedWeapon;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class WeaponCatalogCsvTest {

  /** The 2023 layout: model,category,type,national_origin,... (synthetic rows). */
  static final String LAYOUT_2023 = "model,category,type,national_origin,launch_platform,name,"
      + "name_NATO,guidance_system,manufacturer\n"
      + "X-99,cruise missile,air-to-surface,russia,\"Tu-95MS, Tu-160\",Kh-99,,,\n"
      + "Gerbera-2,UAV,decoy,russia,,,,,\n"
      + "X-99 and Kalibr,cruise missile,,russia,,,,,\n"
      + "Kalibr,cruise missile,,russia,,Kalibr-NK,,,\n";

  /** The 2026 layout: model,category,national_origin,type,... (synthetic rows). */
  static final String LAYOUT_2026 = "model,category,national_origin,type,launch_platform,name,"
      + "name_NATO,in_sevice,designer,manufacturer,guidance_system,unit_cost\n"
      + "Zala-9,UAV,russia,reconnaissance,,,,,,,,\n"
      + "X-88,cruise missile,russia,anti-radiation,,Kh-88,,,,,,\n"
      + "C-500,surface-to-air missile,russia,,,S-500,,,,,,\n";

  @Test
  void bothLayoutsAreReadByHeaderName() throws IOException {
    List<CataloguedWeapon> a = WeaponCatalogCsv.read(new StringReader(LAYOUT_2023), "a.csv");
    assertEquals(List.of(
        CataloguedWeapon.of("X-99", WeaponCategory.CRUISE_MISSILE, "Kh-99"),
        CataloguedWeapon.of("Gerbera-2", WeaponCategory.DECOY_DRONE),
        CataloguedWeapon.of("Kalibr", WeaponCategory.CRUISE_MISSILE, "Kalibr-NK")), a);
    List<CataloguedWeapon> b = WeaponCatalogCsv.read(new StringReader(LAYOUT_2026), "b.csv");
    assertEquals(List.of(
        CataloguedWeapon.of("Zala-9", WeaponCategory.RECONNAISSANCE_DRONE),
        CataloguedWeapon.of("X-88", WeaponCategory.ANTI_RADIATION_MISSILE, "Kh-88"),
        CataloguedWeapon.of("C-500", WeaponCategory.ANTI_AIRCRAFT_MISSILE, "S-500")), b);
  }

  @Test
  void extendingTheBuiltInCatalogue() throws IOException {
    WeaponCatalog c = WeaponCatalog.builtIn()
        .withAll(WeaponCatalogCsv.read(new StringReader(LAYOUT_2023), "a.csv"));
    assertEquals(WeaponCategory.DECOY_DRONE, c.resolve("Gerbera-2").category());
    assertEquals("X-99", c.resolve("Kh-99").name());
    // a known weapon keeps its name and category and gains the alias
    assertEquals("Kalibr", c.resolve("Kalibr-NK").name());
    assertTrue(c.resolve("X-99 and Kalibr").isResolved());
    assertTrue(WeaponCatalog.builtIn().find("Gerbera-2").isEmpty());
  }

  @ParameterizedTest
  @CsvSource({
      "UAV,loitering munition,LOITERING_MUNITION",
      "UAV,reconnaissance and armed,RECONNAISSANCE_DRONE",
      "UAV,multirole ISTAR,RECONNAISSANCE_DRONE",
      "UAV,,UNKNOWN_DRONE",
      "UAV,one-way attack,LONG_RANGE_ATTACK_DRONE",
      "decoy drone,,DECOY_DRONE",
      "cruise missile,TV-guided,CRUISE_MISSILE",
      "cruise missile,anti-ship,ANTI_SHIP_MISSILE",
      "cruise missile,air-launched ballistic,AEROBALLISTIC_MISSILE",
      "ballistic missile,air-launched,AEROBALLISTIC_MISSILE",
      "ballistic missile,'solid-fueled, tactical',BALLISTIC_MISSILE",
      "surface-to-air missile,anti-ballistic missile,ANTI_AIRCRAFT_MISSILE",
      "guided bomb,,GUIDED_BOMB",
      "anti-ship missile,,ANTI_SHIP_MISSILE",
      "hypersonic missile,,UNKNOWN_MISSILE",
      "artillery shell,,UNCLASSIFIED"})
  void categories(String category, String type, WeaponCategory expected) {
    assertEquals(expected, WeaponCatalogCsv.category(category, type == null ? "" : type));
  }

  @Test
  void badCatalogueFilesThrowNamingFileAndLine() {
    ImportException e = assertThrows(ImportException.class,
        () -> WeaponCatalogCsv.read(new StringReader("name,type\nx,y\n"), "c.csv"));
    assertEquals("c.csv:1: missing required column 'model': not a weapon catalogue header",
        e.getMessage());
    e = assertThrows(ImportException.class, () -> WeaponCatalogCsv.read(
        new StringReader("model,category\nX-1,cruise missile,extra\n"), "c.csv"));
    assertEquals(2, e.line());
    e = assertThrows(ImportException.class, () -> WeaponCatalogCsv.read(
        new StringReader("model,category\n\n ,cruise missile\n"), "c.csv"));
    assertEquals(3, e.line());
    assertEquals(Optional.of("model"), e.field());
    e = assertThrows(ImportException.class,
        () -> WeaponCatalogCsv.read(new StringReader(""), "c.csv"));
    assertEquals("c.csv:1: empty file: no header row", e.getMessage());
  }

  @Test
  void theRealCatalogueFiles() throws IOException {
    Path a = Fixtures.realFile("missiles_and_uav-2023.csv");
    Path b = Fixtures.realFile("missiles_and_uavs-2026-02.csv");
    List<CataloguedWeapon> old = WeaponCatalogCsv.read(a);
    List<CataloguedWeapon> recent = WeaponCatalogCsv.read(b);
    assertEquals(25, old.size()); // 25 rows, none composite
    assertTrue(recent.stream().noneMatch(w -> w.name().contains(" and ")));
    WeaponCatalog c = WeaponCatalogCsv.extend(WeaponCatalog.builtIn(), a, b);
    // every single weapon the files name is known to the extended catalogue, in the files' category
    // where the built-in catalogue did not know it already
    for (CataloguedWeapon w : recent) {
      assertTrue(c.find(w.name()).isPresent(), w.name());
    }
    assertEquals(WeaponCategory.LONG_RANGE_ATTACK_DRONE, c.resolve("Shahed-136/131").category());
    assertEquals(WeaponCategory.ANTI_AIRCRAFT_MISSILE, c.resolve("C-400").category());
  }
}
