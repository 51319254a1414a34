package org.conflictstats.io;

import java.io.IOException;

/**
 * A file changed while it was read: it shrank below the size it had when it was opened (it was
 * truncated or rewritten under the reader). What was read of it cannot be trusted; read it again
 * once nothing writes to it.
 *
 * <pre>{@code
 * try {
 *   AirForceCsv.reader().read(path);
 * } catch (FileChangedException e) {
 *   System.err.println(e.getMessage()); // "x.csv: the file shrank while it was read (from ...)"
 * }
 * }</pre>
 */
public final class FileChangedException extends IOException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what changed, naming the file
   */
  public FileChangedException(String message) {
    super(message);
  }
}
