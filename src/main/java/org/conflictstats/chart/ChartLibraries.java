package org.conflictstats.chart;

/**
 * Checks that the optional libraries a chart is drawn with are there: JFreeChart
 * ({@code org.jfree:jfreechart}) and Batik's SVG generator
 * ({@code org.apache.xmlgraphics:batik-svggen}), optional dependencies of the library that a build
 * which draws charts or makes the HTML report adds itself. Without them, a chart is an
 * {@link IllegalStateException} that names them, not a {@code NoClassDefFoundError} of a class
 * deep inside (review rv45a).
 *
 * <pre>{@code
 * ChartLibraries.require(); // at the start of RatesChart.of
 * }</pre>
 */
final class ChartLibraries {

  private ChartLibraries() {}

  /** The checks' result, once found: null until then. */
  private static volatile String missing;

  /**
   * Throws when a library a chart needs is missing from the class path.
   *
   * @throws IllegalStateException naming the artifacts to add
   */
  static void require() {
    String m = missing;
    if (m == null) {
      m = find();
      missing = m;
    }
    if (!m.isEmpty()) {
      throw new IllegalStateException("charts and the HTML report need " + m
          + " on the class path (optional dependencies of conflict-stats): add "
          + (m.contains(" and ") ? "them" : "it") + " to your build");
    }
  }

  private static String find() {
    boolean jfree = present("org.jfree.chart.JFreeChart");
    boolean batik = present("org.apache.batik.svggen.SVGGraphics2D");
    return jfree && batik ? "" : !jfree && !batik
        ? "org.jfree:jfreechart and org.apache.xmlgraphics:batik-svggen"
        : jfree ? "org.apache.xmlgraphics:batik-svggen" : "org.jfree:jfreechart";
  }

  private static boolean present(String name) {
    try {
      Class.forName(name, false, ChartLibraries.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
