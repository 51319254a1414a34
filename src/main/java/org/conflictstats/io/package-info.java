/**
 * Importing strike reports from files, whatever the format: the types every importer shares.
 *
 * <p>An import is lenient by default ({@link org.conflictstats.io.ImportMode#LENIENT}): a bad row
 * becomes a {@link org.conflictstats.io.RejectedRow} with its file, line, field, raw text and
 * reason, and the import goes on. In {@link org.conflictstats.io.ImportMode#STRICT} mode the first
 * bad row throws an {@link org.conflictstats.io.ImportException} naming file, line and field. Either
 * way no row is lost (DOMAIN.md §9): for every file, rows read = rows accepted + rows rejected, as
 * {@link org.conflictstats.io.ImportCounts} enforces. Every reader applies the same limits
 * ({@link org.conflictstats.model.InputLimits}: counts up to 10^9, years 1900-2200) and changes
 * nothing silently; a file that shrinks under a reader gives a
 * {@link org.conflictstats.io.FileChangedException}.
 *
 * <p>A whole-file import returns an {@link org.conflictstats.io.ImportResult}; a streaming import
 * hands reports, rejected rows and warnings to an {@link org.conflictstats.io.ImportHandler} in
 * constant memory. Each report comes as an {@link org.conflictstats.io.ImportedReport} that knows the
 * {@link org.conflictstats.io.FileLocation} of every one of its rows.
 *
 * <p>The formats live in sub-packages: {@code io.csv} (the Air Force CSV and the weapon catalogue
 * files) and {@code io.json} (the library's JSON).
 */
package org.conflictstats.io;
