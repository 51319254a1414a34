package org.conflictstats.io;

/**
 * Receives what a streaming import finds, one item at a time, so that a file of any size is read in
 * constant memory. Every row read ends up in exactly one accepted report line or one
 * {@link #rejected(RejectedRow)} call.
 *
 * <pre>{@code
 * ImportCounts counts = AirForceCsv.reader().read(path, new ImportHandler() {
 *   public void report(ImportedReport r) { tally.add(r.report()); }
 *   public void rejected(RejectedRow row) { System.err.println(row.message()); }
 * });
 * }</pre>
 *
 * <p>An {@link ImportResult.Builder} is a handler that keeps everything.
 */
public interface ImportHandler {

  /**
   * Receives one complete report.
   *
   * @param report the report with the location of each of its rows
   */
  void report(ImportedReport report);

  /**
   * Receives one rejected row. The default does nothing: the row is still counted in the
   * {@link ImportCounts} the import returns.
   *
   * @param row the rejected row
   */
  default void rejected(RejectedRow row) {}

  /**
   * Receives one warning. The default does nothing.
   *
   * @param warning the warning
   */
  default void warning(ImportWarning warning) {}
}
