package org.conflictstats.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One statement, by one source, about one attack window (DOMAIN.md §1): the period, the source, the
 * target area and regions, the weapon lines, casualties and notes.
 *
 * <p>Construction rejects only what cannot be represented (a missing part, a blank id). Inconsistent
 * reports (more destroyed than launched, a period that ends before it starts) are accepted: real data
 * has them, and {@code org.conflictstats.validation} reports them.
 *
 * <pre>{@code
 * WeaponCatalog catalog = WeaponCatalog.builtIn();
 * StrikeReport report = StrikeReport.builder()
 *     .id("2025-04-17-kpszsu")
 *     .period(ReportPeriod.of(
 *         ReportTime.ofMinute(LocalDateTime.of(2025, 4, 16, 20, 0)),
 *         ReportTime.ofMinute(LocalDateTime.of(2025, 4, 17, 8, 0))))
 *     .source(Source.parse("kpszsu"))
 *     .targetArea("Ukraine")
 *     .addLine(WeaponLine.of(catalog.resolve("Shahed-136/131"), Count.exactly(75))
 *         .withDestroyed(Count.exactly(25)).withSuppressed(Count.exactly(30)))
 *     .casualties(Casualties.of(Count.exactly(3), Count.atLeast(30)))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; equality is by value.
 *
 * @param id an identifier unique within a data set, not blank
 * @param period the attack window
 * @param source who made the statement ({@link Source#unknown()} when not given)
 * @param targetArea the target area as written ({@code "Ukraine"}, {@code "south"}), empty when not
 *     given
 * @param regions the regions the report names
 * @param lines the weapon lines, in the source's order
 * @param casualties killed and injured
 * @param notes anything else, verbatim; empty when none
 */
public record StrikeReport(
    String id,
    ReportPeriod period,
    Source source,
    String targetArea,
    ImmutableSet<Region> regions,
    ImmutableList<WeaponLine> lines,
    Casualties casualties,
    String notes) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException naming a missing component
   * @throws IllegalArgumentException if the id is blank
   */
  public StrikeReport {
    Objects.requireNonNull(id, "id");
    id = id.strip();
    checkArgument(!id.isEmpty(), "id must not be blank");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(source, "source");
    targetArea = Objects.requireNonNull(targetArea, "targetArea").strip();
    Objects.requireNonNull(regions, "regions");
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(casualties, "casualties");
    Objects.requireNonNull(notes, "notes");
  }

  /**
   * Returns a new, empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this report, to make a changed copy.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.period = period;
    b.source = source;
    b.targetArea = targetArea;
    b.regions.addAll(regions);
    b.lines.addAll(lines);
    b.casualties = casualties;
    b.notes = notes;
    return b;
  }

  /**
   * Returns the local date of the period's end, in the period's zone. For a period in Europe/Kyiv
   * (the Air Force's reports, and every reader's default zone) it is the date the default
   * attribution gives ({@code org.conflictstats.stats.Attribution.standard()}); for a period in
   * another zone that attribution takes the date of the end in Kyiv, which can differ (an end at
   * 22:30 UTC is the next day in Kyiv).
   *
   * @return the date of the period's end in its zone
   */
  public LocalDate reportDate() {
    return period.endDate();
  }

  /**
   * Returns the regions a line of this report is about (DOMAIN.md §1): the line's own affected
   * regions when it names any; else the report's regions that no line of the report names as its
   * own (the regions the report names beyond its lines': a statement's, or the report's regions when
   * no line names any). In the Air Force CSV, which names regions per row, a report's regions are
   * the union of its rows', so a row that names none is about none, rather than about the regions
   * of the report's other weapons.
   *
   * <pre>{@code
   * // Shahed line: Kyiv oblast; Iskander-M line: none; report: Kyiv oblast (the rows' union)
   * report.regionsOf(shahed);   // [Kyiv oblast]
   * report.regionsOf(iskander); // []
   * // the same report naming Odesa oblast as well: the Iskander-M line is about Odesa oblast
   * }</pre>
   *
   * @param line a line of this report
   * @return the regions, in the order the line or the report gives them; empty when none is left
   */
  public ImmutableSet<Region> regionsOf(WeaponLine line) {
    ImmutableSet<Region> own = line.details().affectedRegions();
    if (!own.isEmpty() || regions.isEmpty()) {
      return own;
    }
    ImmutableSet<Region> left = regions;
    for (int i = 0; i < lines.size(); i++) {
      ImmutableSet<Region> other = lines.get(i).details().affectedRegions();
      if (!other.isEmpty()) {
        left = Sets.difference(left, other).immutableCopy();
      }
    }
    return left;
  }

  /**
   * Returns a copy with other lines.
   *
   * @param newLines the lines
   * @return the copy
   */
  public StrikeReport withLines(List<WeaponLine> newLines) {
    return new StrikeReport(id, period, source, targetArea, regions,
        ImmutableList.copyOf(newLines), casualties, notes);
  }

  /**
   * Returns a copy with some of the lines (a filter's), whose lines are about the regions they are
   * about here ({@link #regionsOf}): its regions are those this report names beyond its lines',
   * and the kept lines' own. So a CSV report keeps the union of its kept rows' regions, as a file
   * of those rows would give it, and a filter applied to a filtered report gives what both filters
   * give at once.
   *
   * @param kept the lines kept, in their order
   * @return the copy
   */
  public StrikeReport withLinesKept(List<WeaponLine> kept) {
    Set<Region> named = new LinkedHashSet<>();
    for (WeaponLine l : lines) {
      named.addAll(l.details().affectedRegions());
    }
    Set<Region> newRegions = new LinkedHashSet<>(Sets.difference(regions, named));
    for (WeaponLine l : kept) {
      newRegions.addAll(l.details().affectedRegions());
    }
    return new StrikeReport(id, period, source, targetArea, ImmutableSet.copyOf(newRegions),
        ImmutableList.copyOf(kept), casualties, notes);
  }

  /**
   * Builds a {@link StrikeReport}. Required: id and period. The source defaults to
   * {@link Source#unknown()}, casualties to {@link Casualties#unknown()}, texts to empty. Not
   * thread-safe.
   */
  public static final class Builder {
    private String id;
    private ReportPeriod period;
    private Source source = Source.unknown();
    private String targetArea = "";
    private final Set<Region> regions = new LinkedHashSet<>();
    private final List<WeaponLine> lines = new ArrayList<>();
    private Casualties casualties = Casualties.unknown();
    private String notes = "";

    private Builder() {}

    /**
     * Sets the id, not blank.
     *
     * @param v the id, not blank
     * @return this builder
     */
    public Builder id(String v) {
      id = Objects.requireNonNull(v, "id");
      return this;
    }

    /**
     * Sets the period.
     *
     * @param v the period
     * @return this builder
     */
    public Builder period(ReportPeriod v) {
      period = Objects.requireNonNull(v, "period");
      return this;
    }

    /**
     * Sets the source.
     *
     * @param v the source
     * @return this builder
     */
    public Builder source(Source v) {
      source = Objects.requireNonNull(v, "source");
      return this;
    }

    /**
     * Sets the target area as written.
     *
     * @param v the target area as written
     * @return this builder
     */
    public Builder targetArea(String v) {
      targetArea = Objects.requireNonNull(v, "targetArea");
      return this;
    }

    /**
     * Adds a region.
     *
     * @param v a region to add
     * @return this builder
     */
    public Builder addRegion(Region v) {
      regions.add(Objects.requireNonNull(v, "region"));
      return this;
    }

    /**
     * Adds regions.
     *
     * @param v regions to add
     * @return this builder
     */
    public Builder addRegions(Iterable<Region> v) {
      v.forEach(this::addRegion);
      return this;
    }

    /**
     * Adds a line.
     *
     * @param v a line to add
     * @return this builder
     */
    public Builder addLine(WeaponLine v) {
      lines.add(Objects.requireNonNull(v, "line"));
      return this;
    }

    /**
     * Adds lines.
     *
     * @param v lines to add
     * @return this builder
     */
    public Builder addLines(Iterable<WeaponLine> v) {
      v.forEach(this::addLine);
      return this;
    }

    /**
     * Sets the casualties.
     *
     * @param v the casualties
     * @return this builder
     */
    public Builder casualties(Casualties v) {
      casualties = Objects.requireNonNull(v, "casualties");
      return this;
    }

    /**
     * Sets the notes, verbatim.
     *
     * @param v the notes, verbatim
     * @return this builder
     */
    public Builder notes(String v) {
      notes = Objects.requireNonNull(v, "notes");
      return this;
    }

    /**
     * Builds the report.
     *
     * @return the report
     * @throws NullPointerException if the id or period was not set, naming it
     * @throws IllegalArgumentException if the id is blank
     */
    public StrikeReport build() {
      Objects.requireNonNull(id, "id must be set");
      Objects.requireNonNull(period, "period must be set");
      return new StrikeReport(id, period, source, targetArea, ImmutableSet.copyOf(regions),
          ImmutableList.copyOf(lines), casualties, notes);
    }
  }

  /**
   * Returns the report's id, source, period and lines, then its target area, regions, casualties
   * and notes only when given: {@code "StrikeReport[2025-04-17-kpszsu, kpszsu, 2025-04-16T20:00/
   * 2025-04-17T08:00, lines=[Shahed-136/131: launched 75, ...], targetArea=Ukraine, casualties=
   * ...]"}.
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("StrikeReport[").append(id).append(", ").append(source)
        .append(", ").append(period).append(", lines=").append(lines);
    if (!targetArea.isEmpty()) {
      b.append(", targetArea=").append(targetArea);
    }
    if (!regions.isEmpty()) {
      b.append(", regions=").append(regions);
    }
    if (!casualties.equals(Casualties.unknown())) {
      b.append(", casualties=").append(casualties);
    }
    if (!notes.isEmpty()) {
      b.append(", notes=").append(notes);
    }
    return b.append(']').toString();
  }
}
