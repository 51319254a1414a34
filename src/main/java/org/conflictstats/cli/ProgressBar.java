package org.conflictstats.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;

/**
 * Counts the bytes read from a stream and draws a progress bar on standard error, at most five times
 * a second. Used only for inputs over 50 MB when the process runs in a terminal.
 */
final class ProgressBar extends FilterInputStream {

  static final long THRESHOLD = 50L * 1024 * 1024;
  private static final long INTERVAL_NANOS = 200_000_000L;
  private static final int WIDTH = 40;

  private final PrintWriter err;
  private final String name;
  private final long total;
  private long done;
  private long lastDraw;

  ProgressBar(InputStream in, PrintWriter err, String name, long total) {
    super(in);
    this.err = err;
    this.name = name;
    this.total = total;
  }

  /** Wraps a stream when it is large and standard error is (as far as Java 17 can tell) a terminal. */
  static InputStream wrapIfUseful(InputStream in, PrintWriter err, String name, long size) {
    boolean terminal = System.console() != null;
    return terminal && size > THRESHOLD ? new ProgressBar(in, err, name, size) : in;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      advance(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n > 0) {
      advance(n);
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    super.close();
    err.print("\r" + " ".repeat(WIDTH + name.length() + 16) + "\r");
    err.flush();
  }

  private void advance(int n) {
    done += n;
    long now = System.nanoTime();
    if (now - lastDraw < INTERVAL_NANOS && done < total) {
      return;
    }
    lastDraw = now;
    int filled = (int) Math.min(WIDTH, done * WIDTH / Math.max(1, total));
    int percent = (int) Math.min(100, done * 100 / Math.max(1, total));
    err.print("\r" + name + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
        + percent + "%");
    err.flush();
  }
}
