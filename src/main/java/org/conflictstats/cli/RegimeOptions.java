package org.conflictstats.cli;

import org.conflictstats.stats.ReportingRegimes;
import picocli.CommandLine.Option;

/**
 * The reporting regimes' boundaries (DOMAIN.md §4c), for every command whose output a kinetic rate
 * or a grouping by regime reaches: rates, summary, chart and report.
 */
final class RegimeOptions {

  @Option(names = "--regimes", paramLabel = "DATES", defaultValue = "2024-07,2025-08",
      converter = Converters.Regimes.class,
      description = "Reporting-regime boundaries, a comma list of months or dates, or none:"
          + " kinetic rates that straddle one are flagged, and grouping by regime uses them"
          + " (default: ${DEFAULT-VALUE}).")
  ReportingRegimes regimes;
}
