package org.conflictstats.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.conflictstats.testing.PlainCsv;
import org.conflictstats.testing.RealData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every weapon name in the real Air Force files resolves with the built-in catalogue. The data are
 * read in place (CC BY-NC-SA: nothing is copied into the repository); the test is skipped when the
 * data folder is absent.
 */
final class WeaponCatalogRealDataTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "missile_attacks_daily-2026-02.csv, 71",
      "missile_attacks_daily-2023-07.csv, 37",
  })
  void everyModelNameResolves(String file, int expectedDistinct) throws IOException {
    Path csv = RealData.airForce(file);

    List<List<String>> rows = readCsv(Files.readString(csv, StandardCharsets.UTF_8));
    int column = rows.get(0).indexOf("model");
    assertEquals(2, column, "the model column is the third");
    Set<String> models = new TreeSet<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      models.add(row.get(column));
    }
    assertEquals(expectedDistinct, models.size(), "distinct model names in " + file);

    WeaponCatalog catalog = WeaponCatalog.builtIn();
    List<String> unresolved = models.stream()
        .filter(m -> !catalog.resolve(m).isResolved())
        .collect(Collectors.toList());
    assertEquals(List.of(), unresolved, "names the catalogue does not know");
    // composites come out as composites, with a category that is never "unclassified"
    for (String m : models) {
      Weapon w = catalog.resolve(m);
      assertEquals(m.toLowerCase(java.util.Locale.ROOT).contains(" and "), w.isComposite(), m);
      assertTrue(w.category() != WeaponCategory.UNCLASSIFIED, m);
    }
  }

  /** Reads RFC 4180 text: commas separate fields, double quotes enclose fields with commas. */
  static List<List<String>> readCsv(String text) {
    return PlainCsv.records(text);
  }
}
