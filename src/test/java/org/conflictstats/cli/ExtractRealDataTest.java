package org.conflictstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.conflictstats.testing.RealData;
import org.junit.jupiter.api.Test;

/**
 * The seed news text of {@code ../shared/data} (or {@code -Dconflictstats.data}) through
 * {@code extract | rates -}, as the README shows it; skipped, with a message, when absent.
 */
final class ExtractRealDataTest {

  @Test
  void theSeedExtractedIsWhatRatesReads() {
    Path blog = RealData.news("2025-04-17-live-blog.txt");
    CliRun extracted = CliRun.of("extract", "--date", "2025-04-17", blog.toString());
    assertEquals(0, extracted.exit(), extracted::toString);
    assertEquals(1, extracted.outLines().size(), extracted::toString);
    assertTrue(extracted.err().contains("English; 1 report, 10 figures, 1 set aside, 6 not"
        + " understood"), extracted::toString);
    CliRun rates = CliRun.withStdin(extracted.out(), "rates", "-", "--by", "day,weapon",
        "--format", "csv");
    assertEquals(0, rates.exit(), rates::toString);
    assertTrue(rates.out().contains("2025-04-17,Shahed-136/131,1,1,75,25,30,0,0,20,0.333333,"
        + "0.733333,0.733333,1,"), rates::toString);
    // the missiles' destroyed and suppressed empty, not 0, as in the project's sample of this
    // report (README, the worked example)
    assertTrue(rates.out().contains("2025-04-17,Unknown Missile,1,1,5,,,0,0,5,0,0,0,1,"),
        rates::toString);
  }
}
