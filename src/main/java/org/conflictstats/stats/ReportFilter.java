package org.conflictstats.stats;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.conflictstats.model.Region;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.Weapon;
import org.conflictstats.model.WeaponCategory;
import org.conflictstats.model.WeaponLine;

/**
 * Which weapon lines a question is about: report dates, weapons, categories, families and regions,
 * combined with "and". A line passes when its report's date lies in every date range and the line
 * passes every other criterion; within one criterion, any of its values will do. A
 * {@link StatsQuery} with a filter ({@link StatsQuery#withFilter}) counts the lines that pass and
 * says how many it left out.
 *
 * <pre>{@code
 * WeaponCatalog catalog = WeaponCatalog.builtIn();
 * ReportFilter shaheds = ReportFilter.all()
 *     .withDates(DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 25)))
 *     .withWeapons(List.of(catalog.resolve("Geran-2")));
 * ReportFilter missilesInKyiv = ReportFilter.all()
 *     .withFamilies(List.of("missiles"))
 *     .withRegions(List.of("kyiv oblast"));
 * shaheds.and(missilesInKyiv);   // both
 * }</pre>
 *
 * <h2>Criteria</h2>
 * <ul>
 *   <li><b>Dates</b>: the report date under the query's {@link Attribution} (by default the local
 *       date of the period's end in Europe/Kyiv), in a {@link DateRange}, ends included.
 *   <li><b>Weapons</b>: a line whose weapon is one of the given weapons (by canonical name). A
 *       line reported for several types together ({@code Kh-101/Kh-555 and Kalibr}) passes when
 *       one of its parts is given: its counts cannot be split, so the whole line counts, and the
 *       table says how many lines passed that way ({@link StatsTable#partMatchedLines()}). A
 *       composite weapon given to the filter stands for each of its parts.
 *   <li><b>Categories</b> and <b>families</b> ({@link Dimension#familyLabels()}): the line's own
 *       category or family, or, for a composite line, the category or family of one of its parts
 *       (counted as above). A line of drones and missiles is of the family {@code mixed}; it passes
 *       {@code drones} through its drone part.
 *   <li><b>Regions</b>: a line whose regions ({@link StrikeReport#regionsOf}, as
 *       {@link Dimension#REGION} takes them) include one of the given names, ignoring case and
 *       runs of white space. Region names are data: the filter does not check that a name exists.
 * </ul>
 *
 * <p>{@code a.and(b)} passes exactly the lines that pass both; a filter applied to the reports that
 * another one kept gives what their {@code and} gives. This class is immutable and thread-safe.
 */
public final class ReportFilter {

  private static final ReportFilter ALL = new ReportFilter(ImmutableList.of(), ImmutableList.of());

  /** How a line meets a criterion. */
  enum Match {
    /** It does not. */
    NONE,
    /** The line itself does. */
    WHOLE,
    /** Only a part of a composite line does. */
    PART
  }

  /** One criterion on lines: any of its values will do. */
  private interface Criterion {
    Match test(StrikeReport report, WeaponLine line);
  }

  /**
   * Weapons by canonical name (the parts of those given). A composite line every part of which is
   * given passes whole, whether named as the composite or part by part (review rv45c, rv45d: its
   * own lines were counted as passing through a part).
   */
  private record Weapons(ImmutableSet<String> names) implements Criterion {
    @Override
    public Match test(StrikeReport report, WeaponLine line) {
      Weapon w = line.weapon();
      if (names.contains(w.name())) {
        return Match.WHOLE;
      }
      if (w.isComposite() && allGiven(w)) {
        return Match.WHOLE;
      }
      // the parts of a composite line, and the members of a group the catalogue also knows one
      // by one (Iskander-M/KN-23 may count KN-23s): the overlap check's weapons
      for (Weapon part : CoveredWeapons.of(w)) {
        if (names.contains(part.name())) {
          return Match.PART;
        }
      }
      return Match.NONE;
    }

    private boolean allGiven(Weapon composite) {
      for (Weapon part : composite.parts()) {
        if (!names.contains(part.name())) {
          return false;
        }
      }
      return true;
    }

    @Override
    public String toString() {
      return (names.size() == 1 ? "weapon " : "weapons ") + String.join(" or ", names);
    }
  }

  /** Categories. */
  private record Categories(ImmutableSet<WeaponCategory> categories) implements Criterion {
    @Override
    public Match test(StrikeReport report, WeaponLine line) {
      Weapon w = line.weapon();
      if (categories.contains(w.category())) {
        return Match.WHOLE;
      }
      if (w.isComposite()) {
        for (Weapon part : w.parts()) {
          if (categories.contains(part.category())) {
            return Match.PART;
          }
        }
      }
      return Match.NONE;
    }

    @Override
    public String toString() {
      return (categories.size() == 1 ? "category " : "categories ")
          + categories.stream().map(WeaponCategory::label).collect(Collectors.joining(" or "));
    }
  }

  /** Families, by label. */
  private record Families(ImmutableSet<String> labels) implements Criterion {
    @Override
    public Match test(StrikeReport report, WeaponLine line) {
      Weapon w = line.weapon();
      if (labels.contains(Dimension.family(w.category()))) {
        return Match.WHOLE;
      }
      if (w.isComposite()) {
        for (Weapon part : w.parts()) {
          if (labels.contains(Dimension.family(part.category()))) {
            return Match.PART;
          }
        }
      }
      return Match.NONE;
    }

    @Override
    public String toString() {
      return (labels.size() == 1 ? "family " : "families ") + String.join(" or ", labels);
    }
  }

  /** Regions, by normalised name. */
  private record Regions(ImmutableSet<String> keys, ImmutableList<String> names)
      implements Criterion {
    @Override
    public Match test(StrikeReport report, WeaponLine line) {
      for (Region r : report.regionsOf(line)) {
        if (keys.contains(regionKey(r.name()))) {
          return Match.WHOLE;
        }
      }
      return Match.NONE;
    }

    @Override
    public String toString() {
      return (names.size() == 1 ? "region " : "regions ") + String.join(" or ", names);
    }
  }

  /**
   * What a filter keeps of one report.
   *
   * @param report the report with only the lines that pass, in their order (the report itself
   *     when every line passes)
   * @param droppedLines how many of its lines did not pass
   * @param partMatchedLines how many of the kept lines passed only through a part of a composite
   *     weapon
   */
  public record Kept(StrikeReport report, int droppedLines, int partMatchedLines) {
    /** Checks the components. */
    public Kept {
      Objects.requireNonNull(report, "report");
      checkArgument(droppedLines >= 0 && partMatchedLines >= 0, "counts must not be negative");
    }
  }

  private final ImmutableList<DateRange> dates;
  private final ImmutableList<Criterion> criteria;

  private ReportFilter(ImmutableList<DateRange> dates, ImmutableList<Criterion> criteria) {
    this.dates = dates;
    this.criteria = criteria;
  }

  /**
   * Returns the filter that passes every line.
   *
   * @return the filter
   */
  public static ReportFilter all() {
    return ALL;
  }

  /**
   * Returns a copy that also requires the report date to lie in the range.
   *
   * @param range the range, ends included
   * @return the copy; this filter when the range holds every date
   */
  public ReportFilter withDates(DateRange range) {
    Objects.requireNonNull(range, "range");
    if (range.isAll()) {
      return this;
    }
    return new ReportFilter(ImmutableList.<DateRange>builder().addAll(dates).add(range).build(),
        criteria);
  }

  /**
   * Returns a copy that also requires the line's weapon, or a part of it, to be one of these. A
   * line reported for several weapons together passes whole when one of them is named: a composite
   * line ({@code Kh-101/Kh-555 and Kalibr} for {@code Kalibr}), and a group the built-in catalogue
   * also knows one by one ({@code Iskander-M/KN-23} for {@code KN-23} or {@code Iskander-M};
   * {@code Kh-59/Kh-69}; {@code S-300/S-400}), since its counts cannot be split.
   *
   * @param weapons the weapons, at least one; a composite stands for each of its parts
   * @return the copy
   * @throws IllegalArgumentException if no weapon is given
   */
  public ReportFilter withWeapons(Collection<? extends Weapon> weapons) {
    Objects.requireNonNull(weapons, "weapons");
    checkArgument(!weapons.isEmpty(), "no weapon given");
    ImmutableSet.Builder<String> names = ImmutableSet.builder();
    for (Weapon w : weapons) {
      Objects.requireNonNull(w, "weapon");
      for (Weapon part : w.parts()) {
        names.add(part.name());
      }
    }
    return with(new Weapons(names.build()));
  }

  /**
   * Returns a copy that also requires the line's category, or a part's, to be one of these.
   *
   * @param categories the categories, at least one
   * @return the copy
   * @throws IllegalArgumentException if no category is given
   */
  public ReportFilter withCategories(Collection<WeaponCategory> categories) {
    Objects.requireNonNull(categories, "categories");
    checkArgument(!categories.isEmpty(), "no category given");
    categories.forEach(c -> Objects.requireNonNull(c, "category"));
    return with(new Categories(ImmutableSet.copyOf(categories)));
  }

  /**
   * Returns a copy that also requires the line's family, or a part's, to be one of these.
   *
   * @param families family labels ({@link Dimension#familyLabels()}), ignoring case, at least one
   * @return the copy
   * @throws IllegalArgumentException if no family is given, or a label is not a family's
   */
  public ReportFilter withFamilies(Collection<String> families) {
    Objects.requireNonNull(families, "families");
    checkArgument(!families.isEmpty(), "no family given");
    ImmutableSet.Builder<String> labels = ImmutableSet.builder();
    for (String f : families) {
      String label = Objects.requireNonNull(f, "family").strip().toLowerCase(Locale.ROOT);
      checkArgument(Dimension.familyLabels().contains(label), "unknown family '%s': expected %s",
          f, String.join(", ", Dimension.familyLabels()));
      labels.add(label);
    }
    return with(new Families(labels.build()));
  }

  /**
   * Returns a copy that also requires one of the line's regions to have one of these names,
   * ignoring case and runs of white space.
   *
   * @param regions region names, not blank, at least one
   * @return the copy
   * @throws IllegalArgumentException if no name is given, or a name is blank
   */
  public ReportFilter withRegions(Collection<String> regions) {
    Objects.requireNonNull(regions, "regions");
    checkArgument(!regions.isEmpty(), "no region given");
    ImmutableSet.Builder<String> keys = ImmutableSet.builder();
    List<String> names = new ArrayList<>();
    for (String r : regions) {
      String name = Region.of(Objects.requireNonNull(r, "region")).name();
      keys.add(regionKey(name));
      names.add(name);
    }
    return with(new Regions(keys.build(), ImmutableList.copyOf(names)));
  }

  /**
   * Returns the filter that passes the lines both filters pass.
   *
   * @param other the other filter
   * @return the conjunction
   */
  public ReportFilter and(ReportFilter other) {
    Objects.requireNonNull(other, "other");
    if (other.isAll()) {
      return this;
    }
    if (isAll()) {
      return other;
    }
    return new ReportFilter(
        ImmutableList.<DateRange>builder().addAll(dates).addAll(other.dates).build(),
        ImmutableList.<Criterion>builder().addAll(criteria).addAll(other.criteria).build());
  }

  private ReportFilter with(Criterion c) {
    return new ReportFilter(dates, ImmutableList.<Criterion>builder().addAll(criteria).add(c)
        .build());
  }

  /**
   * Returns whether this filter passes every line.
   *
   * @return {@code true} for {@link #all()} and anything equal to it
   */
  public boolean isAll() {
    return dates.isEmpty() && criteria.isEmpty();
  }

  /**
   * Returns whether the filter looks at regions, which a reader keeps only when asked (the Air
   * Force CSV reader's {@code Detail.REGIONS}).
   *
   * @return {@code true} when a region criterion is given
   */
  public boolean usesRegions() {
    return criteria.stream().anyMatch(c -> c instanceof Regions);
  }

  /**
   * Returns the date ranges a report date must lie in.
   *
   * @return the ranges, in the order given; empty when any date passes
   */
  public List<DateRange> dates() {
    return dates;
  }

  /**
   * Returns whether a report date passes.
   *
   * @param date the report date
   * @return {@code true} when it lies in every range
   */
  public boolean includesDate(LocalDate date) {
    Objects.requireNonNull(date, "date");
    for (DateRange r : dates) {
      if (!r.contains(date)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns whether a line passes every criterion other than the dates, itself or through a part.
   *
   * @param report the line's report (for its regions)
   * @param line the line
   * @return {@code true} when it passes
   */
  public boolean includes(StrikeReport report, WeaponLine line) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(line, "line");
    return match(report, line) != Match.NONE;
  }

  /** NONE if a criterion fails; PART if every one passes and one only through a part. */
  Match match(StrikeReport report, WeaponLine line) {
    Match result = Match.WHOLE;
    for (Criterion c : criteria) {
      Match m = c.test(report, line);
      if (m == Match.NONE) {
        return Match.NONE;
      }
      if (m == Match.PART) {
        result = Match.PART;
      }
    }
    return result;
  }

  /**
   * Returns whether the filter passes a report of the given date: its date, and one line at least
   * (any line, when the filter has no criterion but dates). What {@code validate} and the HTML
   * report check whole; {@code apply(report, date).isPresent()}, without making the kept report.
   *
   * @param report the report
   * @param date its report date
   * @return {@code true} when {@link #apply} would keep it
   */
  public boolean passes(StrikeReport report, LocalDate date) {
    Objects.requireNonNull(report, "report");
    if (!includesDate(date)) {
      return false;
    }
    if (criteria.isEmpty()) {
      return true;
    }
    for (WeaponLine line : report.lines()) {
      if (match(report, line) != Match.NONE) {
        return true;
      }
    }
    return false;
  }

  /**
   * Applies the filter to a report of the given date.
   *
   * @param report the report
   * @param date its report date
   * @return the report with the lines that pass, or empty when the date does not pass or no line
   *     does (a report without lines passes when its date does and the filter has no other
   *     criterion)
   */
  public Optional<Kept> apply(StrikeReport report, LocalDate date) {
    Objects.requireNonNull(report, "report");
    if (!includesDate(date)) {
      return Optional.empty();
    }
    if (criteria.isEmpty()) {
      return Optional.of(new Kept(report, 0, 0));
    }
    List<WeaponLine> lines = report.lines();
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    List<WeaponLine> kept = null;
    int parts = 0;
    for (int i = 0; i < lines.size(); i++) {
      WeaponLine line = lines.get(i);
      Match m = match(report, line);
      if (m == Match.NONE) {
        if (kept == null) {
          kept = new ArrayList<>(lines.subList(0, i));
        }
        continue;
      }
      parts += m == Match.PART ? 1 : 0;
      if (kept != null) {
        kept.add(line);
      }
    }
    if (kept == null) {
      return Optional.of(new Kept(report, 0, parts));
    }
    if (kept.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Kept(report.withLinesKept(kept), lines.size() - kept.size(), parts));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReportFilter f && f.dates.equals(dates) && f.criteria.equals(criteria);
  }

  @Override
  public int hashCode() {
    return dates.hashCode() * 31 + criteria.hashCode();
  }

  /**
   * Returns what the filter asks, for a note under a table: {@code report dates 2024-01-01 to
   * 2024-06-25; weapon Shahed-136/131}; {@code every line} for {@link #all()}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    if (isAll()) {
      return "every line";
    }
    List<String> parts = new ArrayList<>();
    for (DateRange r : dates) {
      parts.add("report dates " + r);
    }
    for (Criterion c : criteria) {
      parts.add(c.toString());
    }
    return String.join("; ", parts);
  }

  static String regionKey(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
