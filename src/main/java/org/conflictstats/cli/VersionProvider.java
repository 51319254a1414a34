package org.conflictstats.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Reads the version the build wrote into {@code version.properties}. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return lines();
  }

  /** The lines of {@code --version}: what picocli prints, and the start-up's short way. */
  static String[] lines() {
    Properties p = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return new String[] {"conflict-stats " + p.getProperty("version", "(development build)")};
  }
}
