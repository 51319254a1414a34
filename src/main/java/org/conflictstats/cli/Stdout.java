package org.conflictstats.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * Standard output, whose write errors are never lost. A {@link PrintWriter} swallows them (a full
 * disk, a closed pipe) and only remembers that one happened ({@link PrintWriter#checkError()}); this
 * one also keeps the first one's message, so that {@link #check} can say why. Every command checks
 * its output before it reports success.
 *
 * <pre>{@code
 * PrintWriter out = Stdout.open();
 * out.print(table);
 * Stdout.check(out);   // throws a CliException (exit 2) if anything was lost
 * }</pre>
 */
final class Stdout extends PrintWriter {

  private final Keeper keeper;

  private Stdout(Keeper keeper, Charset charset) {
    super(new OutputStreamWriter(keeper, charset), true);
    this.keeper = keeper;
  }

  /** Standard output, in the encoding {@code System.out} uses. */
  static Stdout open() {
    return new Stdout(new Keeper(new FileOutputStream(FileDescriptor.out)), systemOutCharset());
  }

  private static Charset systemOutCharset() {
    for (String key : new String[] {"stdout.encoding", "sun.stdout.encoding"}) {
      String name = System.getProperty(key);
      if (name != null && Charset.isSupported(name)) {
        return Charset.forName(name);
      }
    }
    return Charset.defaultCharset();
  }

  /**
   * Flushes {@code out} and throws if anything written to it was lost.
   *
   * @throws CliException with exit code 2, naming standard output and the cause
   */
  static void check(PrintWriter out) {
    if (out.checkError()) {
      throw new CliException(failure(out), ExitCode.USAGE, null);
    }
  }

  /** The message for a write error on {@code out}. */
  static String failure(PrintWriter out) {
    String why = out instanceof Stdout s && s.keeper.failure != null
        && s.keeper.failure.getMessage() != null ? s.keeper.failure.getMessage()
        : "the output was lost (a full disk, or a pipe closed by its reader)";
    return "standard output: cannot write: " + why;
  }

  /** Passes bytes on, remembering the first write error. */
  private static final class Keeper extends FilterOutputStream {
    IOException failure;

    Keeper(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        keep(e);
        throw e;
      }
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        keep(e);
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        keep(e);
        throw e;
      }
    }

    private void keep(IOException e) {
      if (failure == null) {
        failure = e;
      }
    }
  }
}
