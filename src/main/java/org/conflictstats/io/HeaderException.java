package org.conflictstats.io;

/**
 * The input's header cannot be read: a required column is missing, or the header row is not
 * well-formed CSV. Thrown in every {@link ImportMode}, since no row of such an input can be read; the
 * header row is not counted as a row. The {@linkplain #rejectedRow() row} names the file, the header's
 * line and the missing column.
 *
 * <pre>{@code
 * try {
 *   AirForceCsv.reader().read(path);
 * } catch (HeaderException e) {
 *   System.err.println(e.getMessage()); // "x.csv:1: missing required column 'launched': ..."
 * }
 * }</pre>
 */
public final class HeaderException extends ImportException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param header the header row, with the reason it cannot be read
   */
  public HeaderException(RejectedRow header) {
    super(header);
  }
}
