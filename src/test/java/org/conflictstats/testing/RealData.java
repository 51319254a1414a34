package org.conflictstats.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real data folder of the conformance tests: {@code -Dconflictstats.data}, by default
 * {@code ../shared/data}. A test that needs a file of it is skipped, with a message that says "real
 * data" (which {@link SkippedTestsSummary} counts), where the file is absent; never passed silently.
 *
 * <pre>{@code
 * Path f = RealData.airForce("missile_attacks_daily-2026-02.csv"); // or the test is skipped
 * }</pre>
 */
public final class RealData {

  private RealData() {}

  /**
   * Returns the real data folder, whether or not it exists.
   *
   * @return the folder
   */
  public static Path folder() {
    return Path.of(System.getProperty("conflictstats.data", "../shared/data"));
  }

  /**
   * Returns a file of the Air Force data ({@code air-force/NAME}), skipping the test when it is
   * absent.
   *
   * @param name the file's name
   * @return the file
   */
  public static Path airForce(String name) {
    return file("air-force/" + name);
  }

  /**
   * Returns a file of the real data folder, skipping the test when it is absent.
   *
   * @param relative the file's path inside the folder
   * @return the file
   */
  public static Path file(String relative) {
    Path p = folder().resolve(relative);
    assumeTrue(Files.isReadable(p), "real data folder " + folder().toAbsolutePath()
        + " has no " + relative + ": skipping");
    return p;
  }
}
