/**
 * The statement extractor's results written out: {@link org.conflictstats.text.json.ExtractionModule}
 * lets your own Jackson {@code ObjectMapper} write an {@link org.conflictstats.text.Extraction} as
 * {@code conflict-stats extract --format json} does.
 *
 * <p>This package sits above {@code text} and {@code io.json}: the extractor knows nothing of
 * Jackson.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
 * String json = mapper.writeValueAsString(StatementExtractor.builtIn().extract(text, date));
 * }</pre>
 */
package org.conflictstats.text.json;
