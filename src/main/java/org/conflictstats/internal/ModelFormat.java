package org.conflictstats.internal;

/**
 * Marks the serializers of {@code org.conflictstats.io.json.ConflictStatsModule}: a mapper whose
 * serializer for a model type carries this mark writes that type in the library's JSON, so that a
 * module whose values hold counts or reports can check that it does before writing them through
 * the mapper. Not API: the package is not exported.
 */
public interface ModelFormat {}
