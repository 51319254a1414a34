package org.conflictstats.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.conflictstats.io.ImportException;
import org.conflictstats.io.ImportWarning;
import org.conflictstats.model.CataloguedWeapon;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
  void theRealCatalogueFiles(@TempDir Path dir) throws IOException {
    Path a = Fixtures.realFile("missiles_and_uav-2023.csv");
    Path b = Fixtures.realFile("missiles_and_uavs-2026-02.csv");
    List<CataloguedWeapon> old = WeaponCatalogCsv.read(a);
    assertEquals(25, old.size()); // 25 rows, none composite
    // the 2026 file names X-31PD "Kh-31P", which is another weapon: an error with its line
    ImportException e = assertThrows(ImportException.class, () -> WeaponCatalogCsv.read(b));
    assertEquals(50, e.line());
    assertEquals(Optional.of("name"), e.field());
    assertEquals(b + ":50: column 'name': alias 'Kh-31P' of 'X-31PD' already names Kh-31P"
        + " (anti-radiation missile) in the catalogue: correct or blank it", e.getMessage());
    // with that one cell corrected (in a temporary copy), the file reads and extends
    Path fixed = dir.resolve("missiles_and_uavs.csv");
    Files.writeString(fixed, String.join("\n", Files.readAllLines(b).stream()
        .map(l -> l.startsWith("X-31PD,") ? l.replace(",Kh-31P,", ",Kh-31PD,") : l).toList()));
    List<CataloguedWeapon> recent = WeaponCatalogCsv.read(fixed);
    assertTrue(recent.stream().noneMatch(w -> w.name().contains(" and ")));
    WeaponCatalog c = WeaponCatalogCsv.extend(WeaponCatalog.builtIn(), a, fixed);
    // every single weapon the files name is known to the extended catalogue, in the files' category
    // where the built-in catalogue did not know it already
    for (CataloguedWeapon w : recent) {
      assertTrue(c.find(w.name()).isPresent(), w.name());
    }
    assertEquals(WeaponCategory.LONG_RANGE_ATTACK_DRONE, c.resolve("Shahed-136/131").category());
    assertEquals(WeaponCategory.ANTI_AIRCRAFT_MISSILE, c.resolve("C-400").category());
  }

  @Test
  void readLenientlyTheRealCatalogueLeavesItsOneConflictingAliasOutWithAWarning(@TempDir Path dir)
      throws IOException {
    Path b = Fixtures.realFile("missiles_and_uavs-2026-02.csv");
    List<ImportWarning> warnings = new ArrayList<>();
    WeaponCatalog lenient = WeaponCatalogCsv.extendLeniently(WeaponCatalog.builtIn(), List.of(b),
        warnings::add);
    assertEquals(List.of(b + ":50: column 'name': alias 'Kh-31P' of 'X-31PD' already names Kh-31P"
        + " (anti-radiation missile) in the catalogue: the alias is left out, and 'X-31PD'"
        + " catalogued under its own name"), warnings.stream().map(Object::toString).toList());
    // the model under its own name (as the catalogue spells X- names), in its row's category;
    // the alias still names its weapon
    assertEquals("Kh-31PD", lenient.resolve("X-31PD").name());
    assertEquals(WeaponCategory.ANTI_RADIATION_MISSILE, lenient.resolve("X-31PD").category());
    assertEquals(WeaponCatalog.builtIn().resolve("Kh-31P"), lenient.resolve("Kh-31P"));
    // every other row as the strict read of the file with that cell blanked
    Path blanked = dir.resolve("missiles_and_uavs.csv");
    Files.writeString(blanked, String.join("\n", Files.readAllLines(b).stream()
        .map(l -> l.startsWith("X-31PD,") ? l.replace(",Kh-31P,", ",,") : l).toList()));
    WeaponCatalog strict = WeaponCatalogCsv.extend(WeaponCatalog.builtIn(), blanked);
    for (CataloguedWeapon w : WeaponCatalogCsv.read(blanked)) {
      assertEquals(strict.resolve(w.name()), lenient.resolve(w.name()), w.name());
    }
    // a category of another kind than the catalogue's is told, the catalogue's kept; one of
    // the same kind (the dataset's cruise missile for the anti-ship Kh-35) is not
    Path kinds = Files.writeString(dir.resolve("kinds.csv"), "model,category,name\n"
        + "Kalibr,UAV,\nX-35,cruise missile,\nFoo-1,UAV,\n");
    List<ImportWarning> told = new ArrayList<>();
    WeaponCatalog kept = WeaponCatalogCsv.extendLeniently(WeaponCatalog.builtIn(), List.of(kinds),
        told::add);
    assertEquals(List.of(kinds + ":2: column 'category': 'Kalibr' is a cruise missile in the"
        + " catalogue, not an unknown drone ('UAV'): the catalogue's category is kept (a catalogue"
        + " file adds weapons and names, and never changes a known weapon's kind)"),
        told.stream().map(Object::toString).toList());
    assertEquals(WeaponCategory.CRUISE_MISSILE, kept.resolve("Kalibr").category());
    assertEquals(WeaponCategory.ANTI_SHIP_MISSILE, kept.resolve("X-35").category());
    assertEquals(WeaponCategory.UNKNOWN_DRONE, kept.resolve("Foo-1").category());
    // only these conflicts are forgiven: an unknown category still fails the lenient read
    Path bad = Files.writeString(dir.resolve("bad.csv"), "model,category,name\nFoo-1,teleporter,\n");
    assertThrows(ImportException.class, () -> WeaponCatalogCsv.extendLeniently(
        WeaponCatalog.builtIn(), List.of(bad), warnings::add));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // an unknown category would make the weapon unclassified
      "Foo-1,teleporter,|2|category|column 'category': unknown category 'teleporter'",
      "Foo-1,,|2|category|column 'category': unknown category ''",
      // the same model twice, under spellings the catalogue treats as one name
      "Foo-1,UAV,\\nfoo 1,UAV,|3|model|column 'model': 'foo 1' names the weapon of line 2"
          + " ('Foo-1') again: a model is given once",
      "Foo-1,UAV,Bar\\nbar,UAV,|3|model|column 'model': 'bar' names the weapon of line 2",
      // an alias that names another weapon: a built-in one, or one earlier in the file
      "Foo-1,cruise missile,Kalibr|2|name|column 'name': alias 'Kalibr' of 'Foo-1' already names"
          + " Kalibr (cruise missile) in the catalogue: correct or blank it",
      "Foo-1,UAV,Bar\\nBaz,UAV,bar|3|name|column 'name': alias 'bar' of 'Baz' already names Foo-1"
          + " (unknown drone), line 2: correct or blank it",
      // a known weapon of another kind: kept as the catalogue has it, so the figures by family
      // would not follow the file (rv51b: silently)
      "Shahed-136/131,cruise missile,|2|category|column 'category': 'Shahed-136/131' is a"
          + " long-range attack drone in the catalogue, not a cruise missile: a catalogue file"
          + " adds weapons and names, and cannot change a known weapon's kind",
      "Foo-1,UAV,\\nGeran-2,ballistic missile,|3|category|column 'category': 'Geran-2' is"
          + " Shahed-136/131, a long-range attack drone in the catalogue, not a ballistic missile"})
  void whatWouldBeChangedSilentlyIsAnErrorWithItsLine(String rows, long line, String field,
      String reason) {
    ImportException e = assertThrows(ImportException.class, () -> WeaponCatalogCsv.read(
        new StringReader("model,category,name\n" + rows.replace("\\n", "\n") + "\n"), "c.csv"));
    assertEquals(line, e.line());
    assertEquals(Optional.of(field), e.field());
    assertTrue(e.getMessage().startsWith("c.csv:" + line + ": " + reason), e.getMessage());
  }

  @Test
  void aliasesThatNameTheSameWeaponAreFine() throws IOException {
    // the dataset's own spellings: X-59 is Kh-59 Ovod, C-300 is S-300, both built in
    List<CataloguedWeapon> w = WeaponCatalogCsv.read(new StringReader("model,category,name\n"
        + "X-59,cruise missile,Kh-59 Ovod\nC-300,surface-to-air missile,S-300\n"
        + "Gerbera-2,UAV,Gerbera Two\n"), "c.csv");
    assertEquals(3, w.size());
  }

  @Test
  void extendChecksEachFileAgainstTheCatalogueSoFar(@TempDir Path dir) throws IOException {
    Path first = Files.writeString(dir.resolve("a.csv"), "model,category,name\nGerbera-2,UAV,G2\n");
    Path second = Files.writeString(dir.resolve("b.csv"), "model,category,name\nHornet,UAV,G2\n");
    ImportException e = assertThrows(ImportException.class,
        () -> WeaponCatalogCsv.extend(WeaponCatalog.builtIn(), first, second));
    assertEquals(second.toString(), e.file());
    assertTrue(e.reason().contains("alias 'G2' of 'Hornet' already names Gerbera-2"), e.reason());
    // each alone is fine
    assertTrue(WeaponCatalogCsv.extend(WeaponCatalog.builtIn(), second).find("G2").isPresent());
  }

  /** A header with model and category, as the reader requires, is a catalogue's; nothing else. */
  @Test
  void looksLikeCatalogueByTheColumnsTheReaderRequires() {
    assertTrue(WeaponCatalogCsv.looksLikeCatalogue("model,category,national_origin,type,name"));
    assertTrue(WeaponCatalogCsv.looksLikeCatalogue(" \"Model\" , CATEGORY \nEleron,UAV"));
    assertFalse(WeaponCatalogCsv.looksLikeCatalogue("model,type,name"));
    assertFalse(WeaponCatalogCsv.looksLikeCatalogue("name\nmodel,category"));
    assertFalse(WeaponCatalogCsv.looksLikeCatalogue("model;category"));
  }
}
