package org.conflictstats.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The real data folder of the conformance tests: {@code -Dconflictstats.data}, by default
 * {@code ../shared/data}. A test that needs a file of it is skipped, with a message that says "real
 * data" (which {@link SkippedTestsSummary} counts), where the file is absent; never passed silently.
 *
 * <pre>{@code
 * Path f = RealData.airForce("missile_attacks_daily-2026-02.csv"); // or the test is skipped
 * }</pre>
 *
 * <p>A test that runs on a fixture of its own when the real file is absent asks
 * {@link #fileIfPresent}; it is not skipped.
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
   * Returns a file of the news texts ({@code news/NAME}), skipping the test when it is absent.
   *
   * @param name the file's name
   * @return the file
   */
  public static Path news(String name) {
    return file("news/" + name);
  }

  /**
   * Returns a file of the real data folder, skipping the test when it is absent.
   *
   * @param relative the file's path inside the folder
   * @return the file
   */
  public static Path file(String relative) {
    Path p = folder().resolve(relative);
    assumePresent(Files.isRegularFile(p) && Files.isReadable(p), relative);
    return p;
  }

  /**
   * Returns a folder inside the real data folder (as {@code air-force} or {@code statements}),
   * skipping the test when it is absent.
   *
   * @param relative the folder's path inside the real data folder
   * @return the folder
   */
  public static Path directory(String relative) {
    Path p = folder().resolve(relative);
    assumePresent(Files.isDirectory(p), relative);
    return p;
  }

  /**
   * Returns a file of the real data folder when it is there, for a test that takes a fixture of
   * its own otherwise (and is not skipped).
   *
   * @param relative the file's path inside the folder
   * @return the file, or empty when it is absent
   */
  public static Optional<Path> fileIfPresent(String relative) {
    Path p = folder().resolve(relative);
    return Files.isRegularFile(p) && Files.isReadable(p) ? Optional.of(p) : Optional.empty();
  }

  /**
   * Skips the test, with the message {@link SkippedTestsSummary} counts, unless a file or folder
   * of the real data folder is present.
   *
   * @param present whether it is present
   * @param relative its path inside the folder, for the message
   */
  public static void assumePresent(boolean present, String relative) {
    assumeTrue(present, () -> "real data folder " + folder().toAbsolutePath() + " has no "
        + relative + ": skipping");
  }
}
