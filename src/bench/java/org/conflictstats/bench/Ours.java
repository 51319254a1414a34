package org.conflictstats.bench;

import java.nio.file.Path;
import java.util.Map;

/** The workload through the library's public API. */
final class Ours {

  private Ours() {}

  static Map<GroupKey, GroupSums> run(Path file) {
    throw new UnsupportedOperationException("not wired yet: waits for the stats and csv packages");
  }
}
