package org.conflictstats.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.conflictstats.io.ImportException;
import org.conflictstats.model.CataloguedWeapon;
import org.conflictstats.model.WeaponCatalog;

/**
 * Fuzz test of the catalogue CSV: any text gives weapons or an {@link ImportException} naming file
 * and line, never anything else; the weapons read extend the built-in catalogue without a clash (the
 * reader refuses clashing aliases), and each resolves to itself afterwards.
 */
final class WeaponCatalogCsvFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void aCatalogueReadsOrFailsNamingItsLine(byte[] input) throws IOException {
    List<CataloguedWeapon> weapons;
    try {
      weapons = WeaponCatalogCsv.read(new InputStreamReader(new ByteArrayInputStream(input),
          StandardCharsets.UTF_8), "fuzz.csv");
    } catch (ImportException e) {
      assertEquals("fuzz.csv", e.file());
      assertTrue(e.line() >= 1, e::getMessage);
      assertFalse(e.getMessage().isBlank());
      return;
    }
    WeaponCatalog extended = WeaponCatalog.builtIn().withAll(weapons);
    for (CataloguedWeapon w : weapons) {
      assertFalse(w.name().isBlank());
      assertTrue(extended.find(w.name()).isPresent(), w.name());
      for (String alias : w.aliases()) {
        assertEquals(extended.find(w.name()), extended.find(alias), alias);
      }
    }
  }
}
