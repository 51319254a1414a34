package org.conflictstats.io;

import java.util.Objects;
import java.util.Optional;

/**
 * Thrown by an importer in {@link ImportMode#STRICT} mode at the first bad row; it names the file,
 * the line and the field, and carries the row as a lenient import would have rejected it.
 *
 * <pre>{@code
 * try {
 *   AirForceCsv.reader().withMode(ImportMode.STRICT).read(path);
 * } catch (ImportException e) {
 *   e.getMessage(); // "attacks.csv:17: column 'launched': not a count: 'abc'"
 *   e.line();       // 17
 *   e.field();      // Optional[launched]
 * }
 * }</pre>
 */
public class ImportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The row, as a lenient import would have rejected it. */
  private final transient RejectedRow row;

  /**
   * Creates the exception for a bad row.
   *
   * @param row the bad row
   */
  public ImportException(RejectedRow row) {
    super(Objects.requireNonNull(row, "row").message());
    this.row = row;
  }

  /**
   * Creates the exception for a bad row with the error that caused it.
   *
   * @param row the bad row
   * @param cause the underlying error
   */
  public ImportException(RejectedRow row, Throwable cause) {
    super(Objects.requireNonNull(row, "row").message(), Objects.requireNonNull(cause, "cause"));
    this.row = row;
  }

  /**
   * Returns the bad row, as a lenient import would have rejected it.
   *
   * @return the row
   */
  public RejectedRow rejectedRow() {
    return row;
  }

  /**
   * Returns the file the bad row is in.
   *
   * @return the file's name or path as given to the importer
   */
  public String file() {
    return row.file();
  }

  /**
   * Returns the physical line where the bad row starts.
   *
   * @return the line, at least 1
   */
  public long line() {
    return row.line();
  }

  /**
   * Returns the field at fault.
   *
   * @return the field, or empty when the row as a whole is bad
   */
  public Optional<String> field() {
    return row.field();
  }

  /**
   * Returns why the row is bad, without the file and line.
   *
   * @return the reason
   */
  public String reason() {
    return row.reason();
  }
}
