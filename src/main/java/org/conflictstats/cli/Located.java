package org.conflictstats.cli;

import java.util.Optional;

/**
 * One finding of {@code validate}, where it is: the file and line of the row, the report it belongs
 * to, and what was found.
 */
record Located(String file, long line, String report, String severity, String code, String path,
    String message, Optional<String> value) {}
