package org.conflictstats.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.conflictstats.internal.Numbers;
import org.conflictstats.io.IdentityCounts;
import org.conflictstats.io.ImportCounts;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.SourceScope;
import org.conflictstats.stats.ConfidenceInterval;
import org.conflictstats.stats.IntervalMethod;
import org.conflictstats.stats.Rate;
import org.conflictstats.stats.RateKind;
import org.conflictstats.stats.ReportFilter;
import org.conflictstats.stats.SourceOverlap;
import org.conflictstats.stats.StatsTable;
import org.conflictstats.stats.Tally;

/**
 * Everything {@code summary} says, worked out once: the command's text and JSON and the summary
 * section of the HTML report are renderings of one value, so that they cannot say different things.
 * Not API: the package is not exported.
 *
 * <pre>{@code
 * Summary s = Summary.of(totals.files(), facts, Optional.of(identity), filter, scope, false,
 *     byWeapon, Optional.of(IntervalMethod.CLUSTER), 0.95);
 * s.neutralisation().rate().point();   // OptionalDouble[0.854...]
 * }</pre>
 *
 * @param files the rows read, accepted and rejected and the reports of each input
 * @param reports the reports read (before the scope and the filter)
 * @param lines their weapon lines
 * @param identity the copies and revisions the reading found; empty where they were not looked for
 * @param period the first report's start and the last report's end; empty when none was read
 * @param sources the reports per source, in the order of their labels
 * @param scope the sources counted from {@code filtered} on
 * @param includeInvalid whether reports with validation errors are counted
 * @param filtered what the filter passed, empty without a filter
 * @param mostLaunched the ten most launched weapons (known launched, in the scope and filter)
 * @param method the interval method, empty for {@code --ci none}
 * @param level the interval's level
 * @param unit the clustered interval's unit ({@code report} or {@code day})
 * @param outcomeKnown whether any rated line gives a destroyed figure (no interval without)
 * @param kinetic the overall kinetic rate
 * @param neutralisation the overall neutralisation rate
 * @param regimeBoundaries the reporting-regime boundaries the overall figures cross
 * @param overlap the lines of different posts that may count the same weapons
 * @param unratedLines the lines, in the scope and filter, without an exact launched count, which
 *     no rate counts
 * @param unratedLaunched their known launched (lower bounds)
 * @param unratedNote what the rate table's notes say of them ({@link StatsTable#unratedNote()});
 *     empty when there are none
 */
public record Summary(List<ImportCounts> files, long reports, long lines,
    Optional<IdentityCounts> identity,
    Optional<Period> period, List<SourceCount> sources, SourceScope scope, boolean includeInvalid,
    Optional<Filtered> filtered, List<Launched> mostLaunched, Optional<IntervalMethod> method,
    double level, String unit, boolean outcomeKnown, Overall kinetic, Overall neutralisation,
    List<LocalDate> regimeBoundaries, SourceOverlap overlap, long unratedLines,
    long unratedLaunched, Optional<String> unratedNote) {

  /** How many weapons the list of the most launched names. */
  public static final int TOP = 10;

  /**
   * What the list of the most launched weapons says when it is empty: no line in the scope and
   * filter gives a known launched count (review rv45e: an empty table said nothing).
   */
  public static final String NONE_LAUNCHED =
      "none (no line in the scope and filter gives a known launched count)";

  /** Checks the components and copies the lists. */
  public Summary {
    files = List.copyOf(files);
    sources = List.copyOf(sources);
    mostLaunched = List.copyOf(mostLaunched);
    regimeBoundaries = List.copyOf(regimeBoundaries);
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(filtered, "filtered");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(kinetic, "kinetic");
    Objects.requireNonNull(neutralisation, "neutralisation");
    Objects.requireNonNull(overlap, "overlap");
    Objects.requireNonNull(unratedNote, "unratedNote");
  }

  /**
   * The period the reports cover.
   *
   * @param start the first report's start
   * @param end the last report's end
   */
  public record Period(ReportTime start, ReportTime end) {}

  /**
   * A source and how many reports it gave.
   *
   * @param source the source's name
   * @param kind {@code national}, {@code regional}, {@code unknown} or {@code other}
   * @param reports its reports
   */
  public record SourceCount(String source, String kind, long reports) {
    /**
     * Returns the label lists show: the name, then the kind in brackets.
     *
     * @return {@code kpszsu (national)}
     */
    public String label() {
      return source + " (" + kind + ")";
    }
  }

  /**
   * What the filter passed.
   *
   * @param description the filter, as {@code rates} names it
   * @param reports the reports with a line that passes (in the scope)
   * @param lines the lines that pass
   * @param notes what else the filter did (its dates' partial periods, lines counted through a part)
   */
  public record Filtered(String description, long reports, long lines, List<String> notes) {
    /** Copies the notes. */
    public Filtered {
      notes = List.copyOf(notes);
    }

    /**
     * Returns the line that says it, as {@code summary}'s text and the HTML page both write it:
     * {@code Filtered (weapon Kalibr): 3 reports, with 7 weapon lines, counted below}.
     *
     * @return the line, the filter's description as given (each output escapes it its own way)
     */
    public String line() {
      return "Filtered (" + description + "): " + Numbers.grouped(reports)
          + (reports == 1 ? " report" : " reports") + ", with " + Numbers.grouped(lines)
          + (lines == 1 ? " weapon line" : " weapon lines") + ", counted below";
    }
  }

  /**
   * A weapon of the most launched and its known launched count.
   *
   * @param weapon the weapon's name
   * @param launched its known launched count
   */
  public record Launched(String weapon, long launched) {}

  /**
   * An overall rate and its confidence interval.
   *
   * @param rate the rate over rated lines, with its bounds
   * @param interval the interval; empty without a method, or where none can be given
   * @param lowerBoundOnly whether the rate is only its lower bound, most of its rated weapons on
   *     lines with no destroyed figure ({@link Tally#isLowerBoundOnly}; the text table's {@code +})
   */
  public record Overall(Rate rate, Optional<ConfidenceInterval> interval,
      boolean lowerBoundOnly) {}

  /**
   * The summary of what was read.
   *
   * @param files the inputs' counts
   * @param facts the reports read, their period and sources
   * @param identity the copies and revisions found; empty where they were not looked for
   * @param filter the query's filter
   * @param scope the source scope
   * @param includeInvalid whether reports with validation errors are counted
   * @param byWeapon the table by weapon, in the scope and the filter
   * @param method the interval method, empty for none
   * @param level the interval's level
   * @return the summary
   */
  public static Summary of(List<ImportCounts> files, SummaryFacts facts,
      Optional<IdentityCounts> identity,
      ReportFilter filter, SourceScope scope, boolean includeInvalid, StatsTable byWeapon,
      Optional<IntervalMethod> method, double level) {
    Tally total = byWeapon.total();
    Optional<Period> period = facts.first().map(f -> new Period(f, facts.last().orElseThrow()));
    List<SourceCount> sources = facts.bySource().entrySet().stream()
        .map(e -> new SourceCount(e.getKey().name(), e.getKey().kind(), e.getValue())).toList();
    Optional<Filtered> filtered = filter.isAll() ? Optional.empty()
        : Optional.of(new Filtered(filter.toString(), total.reports(), total.lines(),
            byWeapon.selectionNotes().stream().skip(1).toList()));
    List<Launched> top = byWeapon.rows().stream()
        .sorted(Comparator.comparingLong((StatsTable.Row r) -> r.tally().launched().lower())
            .reversed().thenComparing(r -> r.key(0)))
        .limit(TOP)
        .map(r -> new Launched(r.key(0), r.tally().launched().lower()))
        .toList();
    return new Summary(files, facts.reports(), facts.lines(), identity, period, sources, scope,
        includeInvalid, filtered, top, method, level, byWeapon.clusterUnit().name(),
        total.outcomeKnown(), overall(byWeapon, RateKind.KINETIC, method, level),
        overall(byWeapon, RateKind.NEUTRALISATION, method, level),
        byWeapon.regimeBoundaries(total), byWeapon.overlap(), total.unratedLines(),
        total.unratedLaunched(), byWeapon.unratedNote());
  }

  private static Overall overall(StatsTable table, RateKind kind, Optional<IntervalMethod> method,
      double level) {
    Tally total = table.total();
    Rate rate = total.rate(kind);
    return new Overall(rate, method.filter(m -> rate.isDefined())
        .flatMap(m -> table.interval(total, kind, m, level)), total.isLowerBoundOnly(kind));
  }

  /**
   * Returns whether the scope or a filter counts less than was read.
   *
   * @return {@code true} with a filter or a scope other than all sources
   */
  public boolean narrowed() {
    return filtered.isPresent() || !scope.equals(SourceScope.ALL);
  }

  /**
   * Returns the interval's name: its label, and for the clustered or the bootstrap its unit.
   *
   * @return the name ({@code clustered by report}); empty without a method
   */
  public Optional<String> intervalName() {
    return method.map(m -> m.isBinomial() ? m.label() : m.label() + " by " + unit);
  }

  /**
   * Why a rate has no interval although one was asked for: {@code none (no rated line)} when no
   * rate is defined (nothing launched with an exact count), {@code none (...)} when nothing is
   * known of the outcome, else {@code not estimable (...)}.
   *
   * @return the reason, in words
   */
  public String noInterval() {
    return !neutralisation.rate().isDefined() ? "none (no rated line)"
        : !outcomeKnown
        ? "none (no destroyed figure on any rated line)"
        : "not estimable (fewer than two " + unit + "s)";
  }

  /**
   * Returns what the summary says in words beside its figures: the filter's remarks, the lines no
   * rate counts, why an interval asked for is missing, the regime warning, and the notes of the
   * copies and revisions read.
   *
   * @return the notes, in that order; empty when there is nothing to remark
   */
  public List<String> notes() {
    List<String> notes = new ArrayList<>();
    filtered.ifPresent(f -> notes.addAll(f.notes()));
    unratedNote.ifPresent(notes::add);
    if (method.isPresent()) {
      String interval = Numbers.levelPercent(level) + "% CI (" + intervalName().orElseThrow() + ") ";
      if (kinetic.rate().isDefined() && kinetic.interval().isEmpty()) {
        notes.add("Kinetic rate: " + interval + noInterval() + ".");
      }
      if (neutralisation.rate().isDefined() && neutralisation.interval().isEmpty()) {
        notes.add("Neutralisation rate: " + interval + noInterval() + ".");
      }
    }
    if (!regimeBoundaries.isEmpty()) {
      notes.add("Warning: the kinetic rate mixes reporting regimes (boundar"
          + (regimeBoundaries.size() == 1 ? "y " : "ies ")
          + String.join(", ", regimeBoundaries.stream().map(LocalDate::toString).toList())
          + "), which count losses to electronic warfare differently.");
    }
    identity.ifPresent(i -> notes.addAll(i.notes()));
    return notes;
  }

}
