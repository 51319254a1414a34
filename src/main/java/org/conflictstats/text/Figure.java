package org.conflictstats.text;

import java.util.Objects;
import java.util.Optional;
import org.conflictstats.model.Count;

/**
 * One figure a text states, with its provenance: the group it counts, the field, the number as
 * written, the place (a city or region for casualties and for weapons that hit one, a country for
 * weapons that left the airspace), and the spans of the words it came from.
 *
 * <pre>{@code
 * // the text of StatementExtractor's example: "... launched five missiles and 75 drones
 * // overnight. It added that 25 drones were shot down and another 30 failed to reach ..."
 * Figure f = extraction.figures().get(2);   // 0: five missiles, 1: 75 drones (launched)
 * f.group().label();        // "drones"
 * f.field();                // DESTROYED
 * f.count();                // 25
 * f.span().of(text);        // "25 drones"
 * f.cue().get().of(text);   // "were shot down"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param group what the figure counts
 * @param field which figure it is
 * @param quantity the number as written
 * @param place the place or country, when the text gives one
 * @param span the words that name the number and what it counts ({@code "25 drones"})
 * @param cue the words that say which figure it is ({@code "were shot down"}), when apart from the
 *     span; empty when the field is implied (a list after "launched ...:", "all six", the
 *     "of 42" in "32 of 42")
 */
public record Figure(Group group, Field field, Quantity quantity, Optional<String> place,
    Span span, Optional<Span> cue) {

  /** Checks that every component is present. */
  public Figure {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(cue, "cue");
  }

  /**
   * Returns the count the text states.
   *
   * @return the quantity's count
   */
  public Count count() {
    return quantity.count();
  }

  /**
   * Returns the span of every word the figure came from: the span and the cue together.
   *
   * @return the cover of span and cue
   */
  public Span provenance() {
    return cue.map(span::cover).orElse(span);
  }

  /**
   * Returns a copy counting another group.
   *
   * @param other the group
   * @return the copy
   */
  public Figure withGroup(Group other) {
    return new Figure(other, field, quantity, place, span, cue);
  }

  @Override
  public String toString() {
    return group.label() + " " + field.label() + " " + count()
        + place.map(p -> " (" + p + ")").orElse("") + " @" + span;
  }
}
