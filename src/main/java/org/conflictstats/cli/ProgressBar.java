package org.conflictstats.cli;

import java.io.PrintWriter;

/**
 * A progress bar on standard error for a large file, drawn at most five times a second as the reader
 * says how far it has come. Drawn only for inputs over 50 MB when the process runs in a terminal
 * (Java 17 cannot tell whether standard error alone is one: {@code System.console()} is the test);
 * otherwise it draws nothing.
 */
final class ProgressBar {

  static final long THRESHOLD = 50L * 1024 * 1024;
  private static final long INTERVAL_NANOS = 200_000_000L;
  private static final int WIDTH = 40;

  private final PrintWriter err;
  private final String name;
  private final long total;
  private final boolean draws;
  private long lastDraw;
  private boolean drawn;

  ProgressBar(PrintWriter err, String name, long total, boolean draws) {
    this.err = err;
    this.name = name;
    this.total = total;
    this.draws = draws;
  }

  /** A bar for a file of {@code size} bytes: it draws when useful, as the class comment says. */
  static ProgressBar forFile(PrintWriter err, String name, long size) {
    return new ProgressBar(err, name, size, System.console() != null && size > THRESHOLD);
  }

  /** The reader has read {@code done} bytes. */
  void advanceTo(long done) {
    if (!draws) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastDraw < INTERVAL_NANOS && done < total) {
      return;
    }
    lastDraw = now;
    drawn = true;
    int filled = (int) Math.min(WIDTH, done * WIDTH / Math.max(1, total));
    int percent = (int) Math.min(100, done * 100 / Math.max(1, total));
    err.print("\r" + name + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
        + percent + "%");
    err.flush();
  }

  /** Clears the bar. */
  void done() {
    if (drawn) {
      err.print("\r" + " ".repeat(WIDTH + name.length() + 16) + "\r");
      err.flush();
    }
  }
}
