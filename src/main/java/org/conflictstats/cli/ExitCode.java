package org.conflictstats.cli;

/** The tool's exit codes. */
final class ExitCode {
  /** Success; a lenient import with rejected rows also ends here. */
  static final int OK = 0;
  /** Validation found problems at or above the threshold, or a strict import hit a bad row. */
  static final int FINDINGS = 1;
  /** A usage problem: a bad option, a missing or unreadable file, an unknown format. */
  static final int USAGE = 2;
  /** A bug in the tool (an unexpected exception), as sysexits' EX_SOFTWARE. */
  static final int INTERNAL = 70;

  private ExitCode() {}
}
