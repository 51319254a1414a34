package org.conflictstats.io.csv;

/** A cell that cannot be read; the message is the reason, naming the column. */
final class CellException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The column's header name. */
  final String column;

  CellException(String column, String reason) {
    super("column '" + column + "': " + reason, null, false, false);
    this.column = column;
  }
}
