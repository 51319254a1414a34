package org.conflictstats.cli;

import org.conflictstats.internal.LibraryVersion;
import picocli.CommandLine;

/** Reads the version the build wrote into {@code version.properties}. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return lines();
  }

  /** The lines of {@code --version}: what picocli prints, and the start-up's short way. */
  static String[] lines() {
    return new String[] {"conflict-stats " + LibraryVersion.get().orElse("(development build)")};
  }
}
