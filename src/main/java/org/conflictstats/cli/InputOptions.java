package org.conflictstats.cli;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs every command reads, and how. */
final class InputOptions {

  @Parameters(paramLabel = "FILE", arity = "0..*",
      description = "Air Force CSV (any layout) or conflict-stats JSON Lines, detected from the"
          + " content; '-' reads standard input. Without FILE: the embedded sample.")
  List<String> files = new ArrayList<>();

  @Option(names = "--strict",
      description = "Stop at the first bad row (exit 1) instead of setting it aside.")
  boolean strict;

  @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "Europe/Kyiv",
      converter = Converters.Zone.class,
      description = "Zone of the times in the input and of report dates (default: ${DEFAULT-VALUE}).")
  ZoneId zone;
}
