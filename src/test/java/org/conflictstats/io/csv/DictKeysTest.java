package org.conflictstats.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictstats.io.ImportResult;
import org.conflictstats.model.Count;
import org.conflictstats.model.LineDetails;
import org.conflictstats.model.Region;
import org.junit.jupiter.api.Test;

/**
 * The keys of the dict cells and the names of the {@code affected region} list, as the reader keeps
 * them: stripped of white space, a key given twice once stripped rejecting its row, a region named
 * twice (in other case, with other spaces) kept once, as first written.
 */
final class DictKeysTest {

  private static final AirForceCsvReader ALL = AirForceCsv.reader().withDetails(Detail.all());

  /** A late-2026-layout file of one good row with the given cells. */
  private static ImportResult read(Map<String, String> cells) {
    Map<String, String> row = new LinkedHashMap<>();
    for (String column : AirForceCsv.LAYOUT_LATE_2026) {
      row.put(column, "");
    }
    row.putAll(Map.of("time_start", "2025-04-16 20:00", "time_end", "2025-04-17 08:00",
        "model", "Shahed-136/131", "launched", "10", "destroyed", "8",
        "source", "kpszsu/posts/synthetic-1"));
    row.putAll(cells);
    List<String> quoted = row.values().stream()
        .map(v -> v.contains(",") ? "\"" + v + "\"" : v).toList();
    return Fixtures.text(ALL, String.join(",", AirForceCsv.LAYOUT_LATE_2026) + "\n"
        + String.join(",", quoted) + "\n");
  }

  private static LineDetails details(ImportResult r) {
    assertEquals(0, r.rowsRejected(), r.rejected()::toString);
    return r.reports().get(0).lines().get(0).details();
  }

  @Test
  void countDictKeysAreKeptStripped() {
    LineDetails d = details(read(Map.of("destroyed_details", "{' south ': 3, 'east': 4}",
        "border_crossing", "{'belarus ': 2}")));
    assertEquals(Map.of("south", Count.exactly(3), "east", Count.exactly(4)),
        d.destroyedByDirection());
    assertEquals(Map.of("belarus", Count.exactly(2)), d.leftAirspaceByCountry());
  }

  @Test
  void aSubTypeGivenTwiceOnceStrippedRejectsItsRow() {
    ImportResult r = read(Map.of("destroyed_types",
        "{'Banderol': {'launched': 3}, ' Banderol': {'launched': 4}}"));
    assertEquals(1, r.rowsRejected());
    assertEquals(java.util.Optional.of("destroyed_types"), r.rejected().get(0).field());
    assertEquals("column 'destroyed_types': not a Python dict (key 'Banderol' is given twice at"
        + " position 31): '{'Banderol': {'launched': 3}, ' Banderol': {'launched': 4}}'",
        r.rejected().get(0).reason());
  }

  @Test
  void aRegionNamedAgainInOtherCaseOrSpacesIsKeptOnceAsFirstWritten() {
    LineDetails d = details(read(Map.of("affected region",
        "['Kyiv', 'Kyiv', ' kyiv', 'Odesa  oblast', 'KYIV ', 'odesa oblast', 'Kyiv oblast']")));
    assertEquals(List.of(Region.of("Kyiv"), Region.of("Odesa oblast"), Region.of("Kyiv oblast")),
        List.copyOf(d.affectedRegions()));
  }
}
