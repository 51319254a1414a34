package org.conflictstats.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.conflictstats.io.ImportResult;
import org.conflictstats.model.Source;
import org.conflictstats.model.StrikeReport;
import org.junit.jupiter.api.Test;

/**
 * The reader's source cells (read through its cache of channels) are what {@link Source#parse}
 * makes of the same text, the forms with and without a channel alike, each read twice.
 */
final class SourceCellsTest {

  private static final List<String> CELLS = List.of("kpszsu/posts/pfbid0abc", "watch/?v=1216",
      "watch", "reel/99", "permalink.php?story_fbid=1", "https://t.me/kpszsu/5",
      "https://www.facebook.com/watch/?v=7", "https://example.com/news/1", "PvKPivden/12",
      "General Staff");

  @Test
  void theReaderReadsASourceAsSourceParseDoes() {
    StringBuilder csv = new StringBuilder(String.join(",", AirForceCsv.LAYOUT_2026)).append('\n');
    int source = AirForceCsv.LAYOUT_2026.indexOf("source");
    List<String> given = new ArrayList<>();
    int day = 1;
    for (int round = 0; round < 2; round++) {
      for (String cell : CELLS) {
        String[] c = new String[AirForceCsv.LAYOUT_2026.size()];
        java.util.Arrays.fill(c, "");
        c[AirForceCsv.LAYOUT_2026.indexOf("time_start")] = "2025-04-" + String.format("%02d", day);
        c[AirForceCsv.LAYOUT_2026.indexOf("time_end")] = "2025-04-" + String.format("%02d", day);
        c[AirForceCsv.LAYOUT_2026.indexOf("model")] = "Kalibr";
        c[AirForceCsv.LAYOUT_2026.indexOf("launched")] = "1";
        c[source] = cell;
        csv.append(String.join(",", c)).append('\n');
        given.add(cell);
        day = day % 28 + 1;
      }
    }
    ImportResult r = Fixtures.text(csv.toString());
    List<Source> read = r.reports().stream().map(StrikeReport::source).toList();
    assertEquals(given.stream().map(Source::parse).toList(), read);
    assertEquals("facebook.com", read.get(1).name());
    assertEquals("watch", read.get(2).name());
  }
}
