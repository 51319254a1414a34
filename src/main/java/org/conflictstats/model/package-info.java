/**
 * The strike-report model: {@link org.conflictstats.model.StrikeReport},
 * {@link org.conflictstats.model.WeaponLine}, uncertain {@link org.conflictstats.model.Count}s, the
 * {@link org.conflictstats.model.WeaponCatalog} and sources. It depends on nothing but the JDK and
 * Guava: no JSON, CSV or command-line concern lives here.
 *
 * <p>Every type is immutable and rejects {@code null}; "not known" is an explicit value
 * ({@link org.conflictstats.model.Count#unknown()}, {@link org.conflictstats.model.Source#unknown()},
 * {@link org.conflictstats.model.Casualties#unknown()}), never {@code null} or {@code -1}.
 *
 * <p>{@link org.conflictstats.model.InputLimits} holds the limits every reader applies to its
 * input: the largest count and the range of years.
 */
package org.conflictstats.model;
