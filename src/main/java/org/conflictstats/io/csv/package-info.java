/**
 * The Air Force CSV (the Kaggle dataset "Massive Missile Attacks on Ukraine", DOMAIN.md §8): a reader
 * for all four published layouts, a writer, and a reader for the weapon catalogue files.
 *
 * <pre>{@code
 * ImportResult result = AirForceCsv.reader().read(Path.of("missile_attacks_daily.csv"));
 * for (RejectedRow bad : result.rejected()) {
 *   System.err.println(bad.message()); // attacks.csv:17: column 'launched': not a count: 'abc'
 * }
 * List<StrikeReport> reports = result.reports();
 * }</pre>
 *
 * <p>{@link org.conflictstats.io.csv.AirForceCsvReader} explains how columns become weapon lines and
 * rows become reports; {@link org.conflictstats.io.csv.AirForceCsvWriter} what a written file holds;
 * {@link org.conflictstats.io.csv.WeaponCatalogCsv} how catalogue rows become weapons.
 */
package org.conflictstats.io.csv;
