package org.conflictstats.model;

/**
 * Who a source is, as far as double counting goes (DOMAIN.md §6).
 *
 * <pre>{@code
 * Source.parse("kpszsu/posts/123").kind(); // NATIONAL_AIR_FORCE
 * }</pre>
 */
public enum SourceKind {
  /** The national Air Force (channel {@code kpszsu}): the whole country, each morning. */
  NATIONAL_AIR_FORCE,
  /** A regional air command ({@code PvKPivden}, {@code PvkZahid}, {@code PvkCenter}, {@code pvkshid}). */
  REGIONAL_AIR_COMMAND,
  /** Any other named source: the General Staff, a governor, a news outlet. */
  OTHER,
  /** No source was given. */
  UNKNOWN
}
