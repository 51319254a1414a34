package org.conflictstats.stats;

import java.io.IOException;
import java.util.List;
import org.conflictstats.io.csv.AirForceCsv;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.testing.RealData;

/**
 * The reports of the real 2026 file for the statistics' real-data tests, read once per test class;
 * the test is skipped, saying so, when the data folder ({@code -Dconflictstats.data}, by default
 * {@code ../shared/data}) is absent.
 */
final class RealData2026 {

  private RealData2026() {}

  /** The file's reports, or a skipped test. */
  static List<StrikeReport> reportsOrSkip() throws IOException {
    return AirForceCsv.reader().read(RealData.airForce("missile_attacks_daily-2026-02.csv"))
        .reports();
  }
}
