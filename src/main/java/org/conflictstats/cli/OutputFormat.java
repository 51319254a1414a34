package org.conflictstats.cli;

/** How a command prints its result. */
enum OutputFormat {
  /** An aligned text table for people. */
  TABLE,
  /** CSV for spreadsheets and data frames. */
  CSV,
  /** JSON for programs. */
  JSON
}
