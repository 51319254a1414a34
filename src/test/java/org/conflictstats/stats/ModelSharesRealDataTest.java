package org.conflictstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.conflictstats.model.CompositeWeapon;
import org.conflictstats.model.Count;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponLine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A table by model on the real 2026 file: the models' shares of combined lines count in their
 * launched and in no rate, so every model's rate is the rate of its own lines, as a table by weapon
 * gives it; before, six split lines of Kh-101/Kh-555 and Kalibr (and others) made Kalibr 64.9%
 * against 76.8%.
 */
final class ModelSharesRealDataTest {

  private static List<StrikeReport> reports;

  @BeforeAll
  static void read() throws IOException {
    reports = RealData2026.reportsOrSkip();
  }

  @Test
  void aModelsRateIsTheRateOfItsOwnLines() {
    StatsTable byModel = StatsQuery.groupBy(Dimension.MODEL).withInvalidReportsKept(true)
        .run(reports);
    StatsTable byWeapon = StatsQuery.groupBy(Dimension.WEAPON).withInvalidReportsKept(true)
        .run(reports);
    // the split lines: those whose launched per model adds up to their launched
    long split = 0;
    long shares = 0;
    for (StrikeReport r : reports) {
      for (WeaponLine l : r.lines()) {
        Count sum = Count.zero();
        for (Count c : l.details().launchedByModel().values()) {
          sum = sum.plus(c);
        }
        if (!l.details().launchedByModel().isEmpty() && sum.equals(l.launched())) {
          split++;
          shares += l.details().launchedByModel().size();
        }
      }
    }
    assertTrue(split >= 6, "the file splits combined lines: " + split);
    assertEquals(split, byModel.splitLines());
    long unratedRows = 0;
    int compared = 0;
    for (StatsTable.Row row : byModel.rows()) {
      Tally m = row.tally();
      unratedRows += m.unratedLines();
      Optional<StatsTable.Row> w = byWeapon.row(row.key(0));
      // a combined line whose split does not add up stays whole under its name in both tables,
      // but only its split lines left the combined row: single weapons alone are compared
      boolean single = !(WeaponCatalog.builtIn().resolve(row.key(0)) instanceof CompositeWeapon);
      if (w.isPresent() && single) {
        Tally own = w.get().tally();
        assertEquals(own.ratedLaunched(), m.ratedLaunched(), row.key(0));
        assertEquals(own.neutralisationRate(), m.neutralisationRate(), row.key(0));
        assertEquals(own.kineticRate(), m.kineticRate(), row.key(0));
        assertTrue(m.launched().lower() >= own.launched().lower(), row.key(0));
        compared++;
      }
    }
    assertTrue(compared > 20, "models that are weapons too: " + compared);
    // every share is an unrated line of its model's row; the whole lines' unrated are the total's
    assertEquals(byModel.total().unratedLines() + shares, unratedRows);
    assertEquals(byWeapon.total(), byModel.total());
  }
}
