package org.conflictstats.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A line on standard error when {@code -} would read a terminal: the run waits for typed input,
 * which without a word looks like a hang (review rv48b). Said only for the process's own standard
 * input, when it is a terminal: on Linux, when {@code /proc/self/fd/0} leads to a terminal
 * device; elsewhere, when the JVM has a console (both standard input and output are terminals).
 */
final class StandardInputHint {

  static final String HINT = "reading standard input from the terminal: type or paste the data,"
      + " then Ctrl-D (give a file, or pipe one in, to read it instead)";

  private static final Path FD0 = Path.of("/proc/self/fd/0");

  private StandardInputHint() {}

  /** Says {@link #HINT} when {@code files} read {@code in}, the process's terminal. */
  static void sayIfTerminal(List<String> files, InputStream in, PrintWriter err) {
    if (files.contains("-") && in == System.in && isTerminal(FD0)) {
      err.println("conflict-stats: " + HINT);
    }
  }

  /** Whether the link {@code fd} (a process's descriptor under /proc) leads to a terminal. */
  static boolean isTerminal(Path fd) {
    try {
      String target = Files.readSymbolicLink(fd).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty")
          || target.equals("/dev/console");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null; // no /proc: both standard streams at a terminal
    }
  }
}
