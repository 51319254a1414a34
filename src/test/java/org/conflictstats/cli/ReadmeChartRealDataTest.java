package org.conflictstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictstats.testing.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chart the README shows ({@code src/site/charts}) is what the command the README gives draws
 * now, on the real 2026 file: the same title and the same caption, word for word (review rv47c:
 * the committed chart lacked a sentence the caption had gained). The drawing itself depends on the
 * machine's fonts, so only the text is compared. Skipped, with a message, without the real data.
 */
final class ReadmeChartRealDataTest {

  private static final String NAME = "missile_attacks_daily-2026-02.csv";
  private static final Path CHART = Path.of("src/site/charts/neutralisation-by-month-and-family.svg");

  @TempDir
  Path dir;

  @Test
  void theReadmesChartIsWhatItsCommandDrawsNow() throws IOException {
    Path file = RealData.airForce(NAME);
    String readme = Files.readString(Path.of("README.md"));
    assertTrue(readme.contains("chart --sources national --split family \\\n    -o " + CHART
        + " " + NAME), "the README's command for the chart");
    Path out = dir.resolve("chart.svg");
    CliRun r = CliRun.of("chart", "--sources", "national", "--split", "family", "-o",
        out.toString(), file.toString());
    assertEquals(0, r.exit(), r::toString);
    // the caption names the file as given: the README gives its bare name
    String drawn = Files.readString(out).replace(file.toString(), NAME);
    String committed = Files.readString(CHART);
    for (String element : new String[] {"title", "desc"}) {
      assertEquals(text(drawn, element), text(committed, element),
          element + ": draw it again with the README's command");
    }
  }

  private static String text(String svg, String element) {
    Matcher m = Pattern.compile("<" + element + ">([^<]*)</" + element + ">").matcher(svg);
    assertTrue(m.find(), "no <" + element + ">");
    return m.group(1);
  }
}
