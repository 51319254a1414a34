package org.conflictstats.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.conflictstats.stats.Dimension;
import org.conflictstats.stats.StatsQuery;
import org.junit.jupiter.api.Test;

/**
 * A chart without its optional libraries on the class path is an {@link IllegalStateException}
 * naming the artifacts to add, not a {@code NoClassDefFoundError} of a class inside them (review
 * rv45a). Run in a JVM of its own, whose class path is the tests' without JFreeChart and Batik.
 */
final class ChartLibrariesTest {

  /** Makes a chart and prints what it got: "drawn" or the exception's class and message. */
  static final class Probe {
    public static void main(String[] args) {
      try {
        RatesChart.of(StatsQuery.groupBy(Dimension.MONTH).run(List.of()));
        System.out.println("drawn");
      } catch (Throwable t) {
        System.out.println(t.getClass().getName() + ": " + t.getMessage());
      }
    }
  }

  private static String probe(String... leftOut) throws Exception {
    String cp = Arrays.stream(System.getProperty("surefire.test.class.path",
            System.getProperty("java.class.path")).split(File.pathSeparator))
        .filter(e -> Arrays.stream(leftOut).noneMatch(e::contains))
        .collect(Collectors.joining(File.pathSeparator));
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xmx64m", "-XX:TieredStopAtLevel=1", "-cp", cp, Probe.class.getName())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the probe did not finish");
    return out;
  }

  @Test
  void withoutJFreeChartAndBatikAChartNamesWhatToAdd() throws Exception {
    assertEquals("java.lang.IllegalStateException: charts and the HTML report need"
        + " org.jfree:jfreechart and org.apache.xmlgraphics:batik-svggen on the class path"
        + " (optional dependencies of conflict-stats): add them to your build",
        probe("jfreechart", "batik"));
    assertEquals("java.lang.IllegalStateException: charts and the HTML report need"
        + " org.apache.xmlgraphics:batik-svggen on the class path (optional dependencies of"
        + " conflict-stats): add it to your build", probe("batik-svggen"));
    // with both, the check passes and the chart is made
    assertEquals("drawn", probe());
  }

  @Test
  void onTheModulePathTheMessageSaysToRequireTheModules() {
    // the class path's message, as the probe sees it
    assertEquals("charts and the HTML report need org.jfree:jfreechart on the class path"
        + " (optional dependencies of conflict-stats): add it to your build",
        ChartLibraries.message("org.jfree:jfreechart", false));
    // a jar on the module path that no module requires is not resolved (review rv47b)
    assertEquals("charts and the HTML report need org.jfree:jfreechart and"
        + " org.apache.xmlgraphics:batik-svggen on the class path (optional dependencies of"
        + " conflict-stats): add them to your build; on the module path, also require them in"
        + " your module-info.java (requires java.desktop, org.jfree.jfreechart and"
        + " org.apache.xmlgraphics.batik.svggen) or add them with --add-modules",
        ChartLibraries.message("org.jfree:jfreechart and org.apache.xmlgraphics:batik-svggen",
            true));
  }
}
