package org.conflictstats.stats;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.conflictstats.model.SourceKind;
import org.conflictstats.model.Weapon;

/**
 * Two reports of different posts that may count the same weapons (DOMAIN.md §6, §10): their periods
 * overlap and they share a weapon, as {@link SourceOverlap} defines it. {@link OverlapPairs} finds
 * them, each report compared with the ones before it within a window.
 *
 * <pre>{@code
 * OverlapPairs<String> pairs = OverlapPairs.of(SourceOverlap.DEFAULT_WINDOW);
 * for (OverlapPair<String> p : pairs.add(report, "b.csv:12")) {
 *   System.out.println(p); // "b.csv:12 (national) overlaps a.csv:7 (regional): Shahed-136/131"
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe when its tags are.
 *
 * @param earlier the tag of the report read first
 * @param later the tag of the report read later
 * @param earlierKind the kind of the earlier report's source
 * @param laterKind the kind of the later report's source
 * @param weapons the weapons both count (a composite line counts each of its parts), in the order
 *     of the later report's lines
 * @param <T> what the reports are known by: a location, a report, an id
 */
public record OverlapPair<T>(T earlier, T later, SourceKind earlierKind, SourceKind laterKind,
    List<Weapon> weapons) {

  /** The stable code under which {@code conflict-stats validate} lists a pair. */
  public static final String CODE = "OVERLAPPING_REPORTS";

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if no weapon is shared
   */
  public OverlapPair {
    Objects.requireNonNull(earlier, "earlier");
    Objects.requireNonNull(later, "later");
    Objects.requireNonNull(earlierKind, "earlierKind");
    Objects.requireNonNull(laterKind, "laterKind");
    weapons = ImmutableList.copyOf(weapons);
    if (weapons.isEmpty()) {
      throw new IllegalArgumentException("an overlap shares a weapon");
    }
  }

  /** The kind of a source as a word: national, regional or other. */
  static String word(SourceKind kind) {
    switch (kind) {
      case NATIONAL_AIR_FORCE:
        return "national";
      case REGIONAL_AIR_COMMAND:
        return "regional";
      default:
        return "other";
    }
  }

  /**
   * Returns {@code later (kind) overlaps earlier (kind): weapon, weapon}.
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder().append(later).append(" (").append(word(laterKind))
        .append(") overlaps ").append(earlier).append(" (").append(word(earlierKind))
        .append("): ");
    for (int i = 0; i < weapons.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(weapons.get(i).name());
    }
    return b.toString();
  }
}
