package org.conflictstats.model;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which sources to count, so that national and regional reports of the same weapons are not added
 * together by accident (DOMAIN.md §6): kinds of source, source names, or both.
 *
 * <ul>
 *   <li>{@link #NATIONAL}: the national Air Force ({@code kpszsu});
 *   <li>{@link #REGIONAL}: the regional air commands ({@code PvKPivden}, {@code PvkZahid},
 *       {@code PvkCenter}, {@code pvkshid});
 *   <li>{@link #OTHER}: every other source (the General Staff, the Commander-in-Chief, an oblast
 *       administration, a news channel) and reports that name no source;
 *   <li>{@link #ALL}: every report.
 * </ul>
 *
 * <p>The three kinds partition the reports: every report is in exactly one of national, regional
 * and other, so the figures of the three scopes add up to those of {@code ALL}. A scope can join
 * kinds and source names ({@link #or}, {@link #ofNames}, {@link #parse}): a report is in it when its
 * source is of one of its kinds or has one of its names, ignoring case.
 *
 * <pre>{@code
 * SourceScope.NATIONAL.includes(Source.parse("kpszsu"));    // true
 * SourceScope.NATIONAL.includes(Source.parse("PvKPivden")); // false
 * SourceScope.parse("national,other");                      // the national Air Force and others
 * SourceScope.parse("kpszsu,GeneralStaff.ua").includes(Source.parse("GeneralStaff.ua")); // true
 * SourceScope.parse("national,regional,other").equals(SourceScope.ALL);                  // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; equality is by the kinds and the names ignoring
 * case.
 */
public final class SourceScope {

  /** Only the national Air Force. */
  public static final SourceScope NATIONAL =
      new SourceScope(EnumSet.of(SourceKind.NATIONAL_AIR_FORCE), Map.of());
  /** Only regional air commands. */
  public static final SourceScope REGIONAL =
      new SourceScope(EnumSet.of(SourceKind.REGIONAL_AIR_COMMAND), Map.of());
  /**
   * Every source that is neither the national Air Force nor a regional air command, and reports
   * that name no source.
   */
  public static final SourceScope OTHER =
      new SourceScope(EnumSet.of(SourceKind.OTHER, SourceKind.UNKNOWN), Map.of());
  /** Every source. National and regional reports may then count one weapon twice. */
  public static final SourceScope ALL =
      new SourceScope(EnumSet.allOf(SourceKind.class), Map.of());

  /** The scope words, in the order {@link #toString()} writes them. */
  private static final ImmutableMap<String, SourceScope> WORDS = ImmutableMap.of(
      "national", NATIONAL, "regional", REGIONAL, "other", OTHER);

  private final Set<SourceKind> kinds;
  /** Names by lower-case key, in the order given, as given. */
  private final Map<String, String> names;

  private SourceScope(Set<SourceKind> kinds, Map<String, String> names) {
    Set<SourceKind> k = EnumSet.noneOf(SourceKind.class);
    k.addAll(kinds);
    this.kinds = Collections.unmodifiableSet(k);
    this.names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
  }

  /**
   * Returns the scope of the sources with these names, ignoring case ({@link Source#name()}: the
   * channel, such as {@code kpszsu}, {@code PvKPivden} or {@code GeneralStaff.ua}).
   *
   * @param sourceNames the names, not blank; at least one
   * @return the scope
   * @throws IllegalArgumentException if no name is given or a name is blank
   */
  public static SourceScope ofNames(List<String> sourceNames) {
    Objects.requireNonNull(sourceNames, "sourceNames");
    if (sourceNames.isEmpty()) {
      throw new IllegalArgumentException("no source name given");
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (String n : sourceNames) {
      Objects.requireNonNull(n, "name");
      String name = n.strip();
      if (name.isEmpty()) {
        throw new IllegalArgumentException("a source name must not be blank");
      }
      names.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
    }
    return new SourceScope(EnumSet.noneOf(SourceKind.class), names);
  }

  /**
   * Returns the scope of the sources in this scope or in another.
   *
   * @param other the other scope
   * @return the union
   */
  public SourceScope or(SourceScope other) {
    Objects.requireNonNull(other, "other");
    Set<SourceKind> k = EnumSet.noneOf(SourceKind.class);
    k.addAll(kinds);
    k.addAll(other.kinds);
    if (k.size() == SourceKind.values().length) {
      return ALL;
    }
    Map<String, String> n = new LinkedHashMap<>(names);
    other.names.forEach(n::putIfAbsent);
    return new SourceScope(k, n);
  }

  /**
   * Returns whether a source is counted in this scope: its kind is one of the scope's kinds, or its
   * name one of the scope's names, ignoring case.
   *
   * @param source the source
   * @return {@code true} when counted
   */
  public boolean includes(Source source) {
    Objects.requireNonNull(source, "source");
    return kinds.contains(source.kind())
        || !names.isEmpty() && names.containsKey(source.name().toLowerCase(Locale.ROOT));
  }

  /**
   * Returns whether every report is in this scope.
   *
   * @return {@code true} for {@link #ALL}
   */
  public boolean isAll() {
    return kinds.size() == SourceKind.values().length;
  }

  /**
   * Returns the kinds of source in this scope.
   *
   * @return the kinds; {@link SourceKind#OTHER} and {@link SourceKind#UNKNOWN} come together
   */
  public Set<SourceKind> kinds() {
    return kinds;
  }

  /**
   * Returns the source names of this scope beside its kinds, as given.
   *
   * @return the names, empty when the scope is by kind only
   */
  public Set<String> names() {
    return Set.copyOf(names.values());
  }

  /**
   * Reads a scope: a comma list of {@code national}, {@code regional}, {@code other} and source
   * names, or {@code all}, ignoring case and spaces around each item. A word that names a kind is
   * the kind (a source named {@code other} cannot be chosen by its name); anything else is a source
   * name, as {@link Source#name()} gives it. {@code all} anywhere in the list is every source.
   *
   * @param text the list
   * @return the scope
   * @throws IllegalArgumentException for an empty list or an empty item
   */
  public static SourceScope parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("no source scope given: expected national, regional,"
          + " other, all or source names, comma-separated");
    }
    SourceScope scope = new SourceScope(EnumSet.noneOf(SourceKind.class), Map.of());
    List<String> names = new ArrayList<>();
    for (String item : text.split(",", -1)) {
      String word = item.strip();
      if (word.isEmpty()) {
        throw new IllegalArgumentException("source scope '" + text + "': an empty item in the"
            + " list");
      }
      String key = word.toLowerCase(Locale.ROOT);
      if (key.equals("all")) {
        return ALL;
      }
      SourceScope kind = WORDS.get(key);
      if (kind != null) {
        scope = scope.or(kind);
      } else {
        names.add(word);
      }
    }
    return names.isEmpty() ? scope : scope.or(ofNames(names));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SourceScope s && s.kinds.equals(kinds)
        && s.names.keySet().equals(names.keySet());
  }

  @Override
  public int hashCode() {
    return kinds.hashCode() * 31 + names.keySet().hashCode();
  }

  /**
   * Returns the scope as {@link #parse} reads it: {@code all}, or the kinds in the order
   * national, regional, other, then the names as given; such as {@code national},
   * {@code national,other} or {@code regional,GeneralStaff.ua}.
   */
  @Override
  public String toString() {
    if (isAll()) {
      return "all";
    }
    List<String> items = new ArrayList<>();
    WORDS.forEach((word, scope) -> {
      if (kinds.containsAll(scope.kinds)) {
        items.add(word);
      }
    });
    items.addAll(names.values());
    return items.isEmpty() ? "none" : String.join(",", items);
  }
}
