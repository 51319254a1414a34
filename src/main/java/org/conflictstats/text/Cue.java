package org.conflictstats.text;

import java.util.Optional;

/**
 * Words that say which figure a number is ("were shot down", «локаційно втрачені»), found in a
 * sentence by {@link Lexicon}.
 *
 * @param kind what the cue does
 * @param field the field it gives, for {@link Kind#FIELD} and {@link Kind#COPY} (the latter set
 *     when bound)
 * @param span where it is
 * @param passive whether its subject comes before it ("25 drones were shot down"); an active cue
 *     takes the number after it ("shot down 25 drones")
 * @param country for {@link Field#LEFT_AIRSPACE}: the country, when named
 */
record Cue(Kind kind, Field field, Span span, boolean passive, Optional<String> country) {

  enum Kind {
    /** A field: launched, shot down, lost locationally, killed ... */
    FIELD,
    /** Hits: places hit (with a number of locations) or weapons that hit. */
    HITS,
    /** Debris: places where debris fell. */
    DEBRIS,
    /** "included", "comprised", «серед них»: what follows is part of what came before. */
    INCLUSION,
    /** "as were": the field of the previous cue, for what follows. */
    COPY
  }
}
