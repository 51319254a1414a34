package org.conflictstats.cli;

/** Charts are drawn off screen: AWT must not look for a display. */
final class Headless {

  private Headless() {}

  /** Sets {@code java.awt.headless} unless the user set it; call before any AWT class loads. */
  static void ensure() {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }
}
