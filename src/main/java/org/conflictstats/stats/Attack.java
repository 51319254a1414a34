package org.conflictstats.stats;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.conflictstats.model.Count;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.Source;
import org.conflictstats.model.SourceKind;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponLine;

/**
 * One attack (DOMAIN.md §11): one national Air Force report, one night's or one day's strike, with
 * its launched count per family and its rates. Its {@linkplain #size() size} is the report's
 * launched count; analysts rank attacks by it and ask whether the rate falls as attacks grow
 * ({@link Dimension#SIZE}).
 *
 * <pre>{@code
 * Attack a = Attack.of(report, Attribution.standard().dateOf(report.period()));
 * a.launched().lower();                 // known launched, every line
 * a.launchedOf("drones");               // known launched on drone lines, if it has any
 * a.tally().neutralisationRate();       // rate and bounds over rated lines
 * attacks.sort(Attack.LARGEST_FIRST);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the report's id
 * @param period the attack window
 * @param date the report date
 * @param source the source (the post)
 * @param tally the tally of the lines counted (every line, or those a filter passes)
 * @param launchedByFamily known launched per family ({@link Dimension#familyLabels()} order), of
 *     the families with at least one line counted
 * @param size the size of the whole report, every line, whatever a filter passed: see
 *     {@link #sizeOf}
 */
public record Attack(String id, ReportPeriod period, LocalDate date, Source source, Tally tally,
    ImmutableMap<String, CountSum> launchedByFamily, CountSum size) {

  /** The attack-size buckets, smallest first: {@code 1-49}, ..., {@code 400+}. */
  public static final List<String> SIZE_BUCKETS =
      List.of("1-49", "50-99", "100-199", "200-399", "400+");

  private static final long[] BUCKET_FLOORS = {1, 50, 100, 200, 400};

  /**
   * Largest first: by known launched ({@code launched().lower()}) descending, then by report date,
   * then by id, so that the order does not depend on the input's.
   */
  public static final Comparator<Attack> LARGEST_FIRST =
      Comparator.comparingLong((Attack a) -> a.launched().lower()).reversed()
          .thenComparing(Attack::date)
          .thenComparing(Attack::id);

  /** Checks the components. */
  public Attack {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(tally, "tally");
    Objects.requireNonNull(launchedByFamily, "launchedByFamily");
    checkArgument(Dimension.familyLabels().containsAll(launchedByFamily.keySet()),
        "not families: %s (the families: %s)", launchedByFamily.keySet(),
        Dimension.familyLabels());
    Objects.requireNonNull(size, "size");
  }

  /**
   * Returns the attack of a report, every line counted.
   *
   * @param report the report
   * @param date its report date
   * @return the attack
   */
  public static Attack of(StrikeReport report, LocalDate date) {
    return of(report, report, date);
  }

  /**
   * Returns the attack of a report counted by a query ({@link StatsQuery#select}): the figures of
   * the lines its filter kept, the size of the whole report.
   *
   * <pre>{@code
   * Selection s = query.select(report);
   * if (s.counted()) {
   *   Attack a = Attack.of(report, s);
   * }
   * }</pre>
   *
   * @param report the report as given to {@code select}
   * @param selection what the query kept of it
   * @return the attack
   * @throws IllegalArgumentException if the selection is not of this report or not counted
   */
  public static Attack of(StrikeReport report, Selection selection) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(selection, "selection");
    checkArgument(selection.counted(), "the report was not counted: %s", selection.verdict());
    checkArgument(selection.report().id().equals(report.id()),
        "the selection is of another report: %s", selection.report().id());
    return of(report, selection.report(), selection.date());
  }

  private static Attack of(StrikeReport whole, StrikeReport counted, LocalDate date) {
    Objects.requireNonNull(date, "date");
    TallyAccumulator acc = new TallyAccumulator();
    acc.add(counted);
    Map<String, CountSum> byFamily = new LinkedHashMap<>();
    for (String f : Dimension.familyLabels()) {
      for (WeaponLine line : counted.lines()) {
        if (Dimension.family(line.weapon().category()).equals(f)) {
          byFamily.merge(f, CountSum.of(line.impliedLaunched()), CountSum::plus);
        }
      }
    }
    return new Attack(whole.id(), whole.period(), date, whole.source(), acc.snapshot(),
        ImmutableMap.copyOf(byFamily), sizeOf(whole));
  }

  /**
   * Returns the size of a report: its launched count, every line's as its figures imply it
   * ({@link org.conflictstats.model.WeaponLine#impliedLaunched()}), unbounded above when a line's
   * launched is blank or only a lower bound.
   *
   * <pre>{@code
   * Attack.sizeOf(report);  // 52; or "at least 52" when a line's launched is blank
   * }</pre>
   *
   * @param report the report
   * @return the size
   */
  public static CountSum sizeOf(StrikeReport report) {
    CountSum n = CountSum.zero();
    for (WeaponLine line : report.lines()) {
      n = n.plus(CountSum.of(line.impliedLaunched()));
    }
    return n;
  }

  /**
   * Returns the size bucket of a report, as {@link Dimension#SIZE} keys it: for a national Air
   * Force report, {@link #bucketOf} its {@link #sizeOf size}; {@link Dimension#NO_SIZE} for any
   * other report (an attack is a national report).
   *
   * @param report the report
   * @return {@code 1-49}, {@code 50-99}, {@code 100-199}, {@code 200-399}, {@code 400+} or
   *     {@code (none)}
   */
  public static String sizeBucketOf(StrikeReport report) {
    if (report.source().kind() != SourceKind.NATIONAL_AIR_FORCE) {
      return Dimension.NO_SIZE;
    }
    return bucketOf(sizeOf(report));
  }

  /**
   * Returns the bucket a size falls in, when its bounds allow one bucket only: the bucket of an
   * exact size of 1 or more; of a size known only to be at least {@code n} (a line's launched blank),
   * {@code 400+} when {@code n} is 400 or more, else {@link Dimension#NO_SIZE}, as for a size of 0
   * (no bucket holds 0). A report of a few known launched and a blank line may have been an attack
   * of any size: put in {@code 1-49}, its rated lines would say how small attacks fare.
   *
   * <pre>{@code
   * Attack.bucketOf(CountSum.of(Count.exactly(52))); // "50-99"
   * Attack.bucketOf(CountSum.of(Count.atLeast(52))); // "(none)"
   * Attack.bucketOf(CountSum.of(Count.atLeast(450))); // "400+"
   * }</pre>
   *
   * @param size a size
   * @return {@code 1-49}, {@code 50-99}, {@code 100-199}, {@code 200-399}, {@code 400+} or
   *     {@code (none)}
   */
  public static String bucketOf(CountSum size) {
    if (size.lower() < 1) {
      return Dimension.NO_SIZE;
    }
    // a size open above reaches the last bucket
    String low = bucket(size.lower());
    return low.equals(bucket(size.upper().orElse(Long.MAX_VALUE))) ? low : Dimension.NO_SIZE;
  }

  /**
   * Returns the bucket of a size.
   *
   * @param size the size, at least 1
   * @return {@code 1-49}, {@code 50-99}, {@code 100-199}, {@code 200-399} or {@code 400+}
   * @throws IllegalArgumentException if the size is below 1
   */
  public static String bucket(long size) {
    checkArgument(size >= 1, "an attack's size is at least 1: %s", size);
    int i = BUCKET_FLOORS.length - 1;
    while (size < BUCKET_FLOORS[i]) {
      i--;
    }
    return SIZE_BUCKETS.get(i);
  }

  /**
   * Returns the known launched count of the lines counted: the sum of their lower bounds, each as
   * its line's figures imply it ({@link org.conflictstats.model.WeaponLine#impliedLaunched()}), with
   * the upper bound unbounded when a line's launched is blank.
   *
   * @return the sum
   */
  public CountSum launched() {
    return tally.launched();
  }

  /**
   * Returns the known launched count of one family's lines.
   *
   * <pre>{@code
   * attack.launchedOf("drones");   // Optional[at least 120]
   * attack.launchedOf("missiles"); // Optional.empty: no missile line, no figure (not a zero)
   * }</pre>
   *
   * @param family a family label ({@link Dimension#familyLabels()})
   * @return the sum; empty when the attack has no line of that family: the report gave no figure,
   *     which is not a zero (the command line prints an empty cell)
   * @throws IllegalArgumentException if {@code family} is not a family label ({@code "drone"},
   *     {@code "DRONES"}: a zero would pass for a figure)
   */
  public Optional<CountSum> launchedOf(String family) {
    Objects.requireNonNull(family, "family");
    checkArgument(Dimension.familyLabels().contains(family), "not a family: %s (the families: %s)",
        family, Dimension.familyLabels());
    return Optional.ofNullable(launchedByFamily.get(family));
  }

  /**
   * Returns the known launched count of one family's lines when one of them gives a figure: empty
   * for a family without lines, as {@link #launchedOf} is, and for one whose every line is blank
   * or withheld (a sum at least 0 that nothing bounds), which the {@code attacks} command leaves
   * empty too. A family with an exact 0 and a blank line is empty here.
   *
   * <pre>{@code
   * attack.launchedGivenOf("drones");   // OptionalLong[120]
   * }</pre>
   *
   * @param family a family label ({@link Dimension#familyLabels()})
   * @return the known launched, or empty when no line of the family gives a figure
   * @throws IllegalArgumentException if {@code family} is not a family label
   */
  public OptionalLong launchedGivenOf(String family) {
    return launchedOf(family)
        .filter(s -> !(s.lower() == 0 && s.finiteUpper() == 0 && s.unboundedTerms() > 0))
        .map(s -> OptionalLong.of(s.lower()))
        .orElse(OptionalLong.empty());
  }

  /**
   * Returns this attack with its period's times in another zone: the same instants, as
   * {@link ReportPeriod#inZone} moves them (a date without a time stays that date). The report
   * date stays the one it was attributed ({@link #date()}); the {@code attacks} command attributes
   * it in the zone it shows the times in, {@code Attribution.standard().withZone(zone)}.
   *
   * @param zone the zone
   * @return the attack, equal to this one but for its period
   */
  public Attack inZone(java.time.ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    return new Attack(id, period.inZone(zone), date, source, tally, launchedByFamily, size);
  }

  /**
   * Returns the size bucket of the whole report: {@link #bucketOf} its {@link #size()}, or
   * {@link Dimension#NO_SIZE} for a report that is not national.
   *
   * @return the bucket
   */
  public String sizeBucket() {
    return source.kind() != SourceKind.NATIONAL_AIR_FORCE ? Dimension.NO_SIZE : bucketOf(size);
  }
}
