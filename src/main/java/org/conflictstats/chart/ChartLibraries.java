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
      throw new IllegalStateException(message(m, ChartLibraries.class.getModule().isNamed()));
    }
  }

  /**
   * The message for the missing artifacts {@code m}; on the module path (this library a named
   * module) it says that the modules must be resolved too, which a jar on the module path that no
   * module requires is not (review rv47b: the message said "add them to your build" to a build
   * that had).
   */
  static String message(String m, boolean modulePath) {
    String them = m.contains(" and ") ? "them" : "it";
    return "charts and the HTML report need " + m
        + " on the class path (optional dependencies of conflict-stats): add " + them
        + " to your build" + (modulePath ? "; on the module path, also require " + them
            + " in your module-info.java (requires java.desktop, org.jfree.jfreechart and"
            + " org.apache.xmlgraphics.batik.svggen) or add " + them + " with --add-modules"
            : "");
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
