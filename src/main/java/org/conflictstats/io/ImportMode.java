package org.conflictstats.io;

/**
 * What an importer does with a bad row (DOMAIN.md §9).
 *
 * <pre>{@code
 * AirForceCsv.reader().withMode(ImportMode.STRICT).read(path); // throws at the first bad row
 * }</pre>
 */
public enum ImportMode {
  /**
   * The default: a bad row becomes a {@link RejectedRow} (with file, line, field, raw text and
   * reason) and the import goes on, so that rows read = rows accepted + rows rejected.
   */
  LENIENT,
  /** The first bad row stops the import with an {@link ImportException} naming file, line and field. */
  STRICT
}
