/**
 * The library's own JSON format for strike reports: one report per JSON document, version
 * {@value org.conflictstats.io.json.ReportJson#SCHEMA_VERSION} ({@code "schemaVersion": 1}),
 * described by a JSON Schema shipped in the jar
 * ({@link org.conflictstats.io.json.ReportJson#schema()}), and read and written one report per line
 * as JSON Lines in constant memory.
 *
 * <pre>{@code
 * try (JsonLinesWriter out = JsonLinesWriter.open(Path.of("reports.jsonl"))) {
 *   reports.forEach(out::write);
 * }
 * ImportResult back = JsonLinesReader.readAll(Path.of("reports.jsonl"), JsonReadOptions.lenient());
 * back.reports();  // equal to reports
 * back.rejected(); // lines that are not report documents, with file, line, field, text, reason
 * }</pre>
 *
 * <p>Entry points: {@link org.conflictstats.io.json.ReportJson} (one document, schema, format
 * detection), {@link org.conflictstats.io.json.JsonLinesWriter} and
 * {@link org.conflictstats.io.json.JsonLinesReader} (JSON Lines). Reading gives the import types of
 * {@code org.conflictstats.io} shared with the CSV reader. The model carries no Jackson
 * annotations: this package maps it by hand.
 */
package org.conflictstats.io.json;
