package org.conflictstats.cli;

import org.conflictstats.model.SourceScope;
import picocli.CommandLine.Option;

/** Which reports the figures count: the source scope, and whether invalid reports are kept. */
final class ScopeOptions {

  @Option(names = "--sources", paramLabel = "SCOPE", defaultValue = "all",
      converter = Converters.Scope.class,
      description = "Which sources to count: national, regional or all (default: ${DEFAULT-VALUE})."
          + " National and regional reports may count one weapon twice.")
  SourceScope sources;

  @Option(names = "--include-invalid",
      description = "Keep lines of reports with validation errors (left out by default).")
  boolean includeInvalid;
}
