package org.conflictstats.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.conflictstats.internal.Numbers;

/**
 * The remarks under a {@link StatsTable}, shared by the text table and the writers: unrated lines,
 * left-out reports, source overlap, intervals that are not estimable, hidden rates and kinetic rates
 * that mix reporting regimes. Each remark counts the groups it is about, and says whether the total
 * is among them.
 */
final class TableNotes {

  private final StatsTable table;
  private final RateKind kind;
  /** The interval shown, or null for none. */
  private final IntervalMethod method;
  private final double level;

  TableNotes(StatsTable table, RateKind kind, IntervalMethod method, double level) {
    this.table = table;
    this.kind = kind;
    this.method = method;
    this.level = level;
  }

  /**
   * The lines of the total that have no exact launched count, which no rate counts:
   * {@code 1 line (12 known launched) has no exact launched count and is not rated.}
   */
  java.util.Optional<String> unrated() {
    Tally total = table.total();
    if (total.unratedLines() == 0) {
      return java.util.Optional.empty();
    }
    boolean one = total.unratedLines() == 1;
    return java.util.Optional.of(lines(total.unratedLines()) + " (" + number(
        total.unratedLaunched()) + " known launched) " + (one ? "has" : "have")
        + " no exact launched count and " + (one ? "is" : "are") + " not rated.");
  }

  /** Every remark, in the order the text table prints them. */
  List<String> remarks() {
    List<String> notes = new ArrayList<>();
    Tally total = table.total();
    unrated().ifPresent(n -> notes.add("* " + n));
    LeftOut left = table.leftOut();
    if (left.invalidReports() > 0) {
      notes.add("Left out: " + reports(left.invalidReports()) + " (" + lines(left.invalidLines())
          + ") with validation errors.");
    }
    if (left.outOfScopeReports() > 0) {
      notes.add("Left out: " + reports(left.outOfScopeReports()) + " ("
          + lines(left.outOfScopeLines()) + ") outside the source scope.");
    }
    notes.addAll(selection());
    if (table.overlap().exists()) {
      notes.add("Warning: " + table.overlap() + ".");
    }
    if (method != null) {
      notEstimable().ifPresent(notes::add);
    }
    hidden().ifPresent(notes::add);
    lowerBoundsOnly().ifPresent(notes::add);
    if (kind == RateKind.KINETIC) {
      regimes().ifPresent(notes::add);
    }
    return notes;
  }

  /**
   * The rows of a week, month, quarter or year that the reports counted cover only in part, beyond
   * what the filter's dates cut: the first row begins before the first report's date, the last
   * ends after the last's (the dataset's last month, up to its release). No report in those days
   * may mean no attack, or no data yet: the note says where the reports begin and end.
   */
  Optional<String> dataPartialPeriods() {
    Optional<DateRange> reports = table.reportDates();
    if (reports.isEmpty()) {
      return Optional.empty();
    }
    LocalDate firstReport = reports.get().first();
    LocalDate lastReport = reports.get().last();
    List<String> cut = new ArrayList<>();
    periodsInFilter((key, whole, passed) -> {
      boolean early = firstReport.isAfter(passed.first());
      boolean late = lastReport.isBefore(passed.last());
      String text = key + (early && late ? " (" + firstReport + " to " + lastReport + ")"
          : early ? " (from " + firstReport + ")" : " (to " + lastReport + ")");
      if ((early || late) && !cut.contains(text)) {
        cut.add(text);
      }
    });
    return cut.isEmpty() ? Optional.empty() : Optional.of("Reports cover in part: "
        + String.join(", ", cut) + ".");
  }

  /**
   * The rows of a week, month, quarter or year that the filter's dates cut (2025-W40 with
   * {@code --from 2025-10}: 1 to 5 October of it), which a reader would take for the whole period.
   */
  Optional<String> partialPeriods() {
    List<String> cut = new ArrayList<>();
    periodsInFilter((key, whole, passed) -> {
      String text = key + " (" + passed.first() + " to " + passed.last() + ")";
      if (!passed.equals(whole) && !cut.contains(text)) {
        cut.add(text);
      }
    });
    return cut.isEmpty() ? Optional.empty() : Optional.of("Partial "
        + (cut.size() == 1 ? "period" : "periods") + ", cut by the filter's dates: "
        + String.join(", ", cut) + ".");
  }

  /** A row's key of a period column, the period's days, and those of them the filter passes. */
  private interface PeriodRow {
    void accept(String key, DateRange whole, DateRange passed);
  }

  /**
   * Gives each row's key of each week, month, quarter or year column, with its days and the days
   * of it that the filter's dates pass (a date passes when it lies in every range).
   */
  private void periodsInFilter(PeriodRow each) {
    LocalDate first = LocalDate.MIN;
    LocalDate last = LocalDate.MAX;
    for (DateRange r : table.filter().dates()) {
      first = r.first().isAfter(first) ? r.first() : first;
      last = r.last().isBefore(last) ? r.last() : last;
    }
    for (int i = 0; i < table.dimensions().size(); i++) {
      Dimension d = table.dimensions().get(i);
      if (d != Dimension.WEEK && d != Dimension.MONTH && d != Dimension.QUARTER
          && d != Dimension.YEAR) {
        continue;
      }
      for (StatsTable.Row row : table.rows()) {
        String key = row.key(i);
        DateRange whole = DateRange.parse(key);
        LocalDate from = whole.first().isBefore(first) ? first : whole.first();
        LocalDate to = whole.last().isAfter(last) ? last : whole.last();
        if (!to.isBefore(from)) { // always, for a row of reports the filter passed
          each.accept(key, whole, DateRange.of(from, to));
        }
      }
    }
  }

  /**
   * The filter, what it left out, the periods it cut and the lines it passed through parts; lines
   * split by model; lines without an attack size.
   */
  List<String> selection() {
    List<String> notes = new ArrayList<>();
    if (!table.filter().isAll()) {
      notes.add("Filter: " + table.filter() + ".");
      LeftOut left = table.leftOut();
      if (left.filteredLines() > 0 || left.filteredReports() > 0) {
        notes.add("Left out by the filter: " + lines(left.filteredLines()) + "; "
            + reports(left.filteredReports()) + " had none that passes.");
      }
      partialPeriods().ifPresent(notes::add);
    }
    dataPartialPeriods().ifPresent(notes::add);
    long parts = table.partMatchedLines();
    if (parts > 0) {
      notes.add("Counted: " + lines(parts) + " of several weapons that pass the filter through one"
          + " of their parts; " + (parts == 1 ? "its counts cannot be split, so it counts"
              : "their counts cannot be split, so each counts") + " whole.");
    }
    long split = table.splitLines();
    if (split > 0) {
      notes.add("Split by model: " + lines(split) + " of several models, each share counted in"
          + " its model's launched (CSV and JSON launched) and in no rate, nor in the rated"
          + " launched the text table shows (its rows marked *): the outcomes of such a line"
          + " cannot be split.");
    }
    boolean byRegion = table.dimensions().contains(Dimension.REGION);
    if (byRegion || table.filter().usesRegions()) {
      // what a region's figures are, on the table, not only in the README
      notes.add("Regions: " + (byRegion ? "a row counts" : "the filter passes") + " the whole of"
          + " each line that names the region (the input's affected regions, as written): the"
          + " line's weapons wherever its report counts them (a national report's, over the whole"
          + " country), not those over that region alone.");
    }
    long several = table.multiGroupLines();
    if (several > 0) {
      notes.add("In several rows: " + lines(several) + " of several regions, each counted in full"
          + " in every one of them: the rows add up to more than the total, which counts each"
          + " line once.");
    }
    table.unsized().filter(n -> n.lines() > 0).ifPresent(n -> notes.add(Dimension.NO_SIZE + ": "
        + lines(n.lines()) + " of " + reports(n.reports()) + (n.lines() == 1 ? " has" : " have")
        + " no attack size, which only a national Air Force report that launched something has,"
        + " where its launched count fits one bucket (a count blank or withheld, under 400 known,"
        + " fits none)."));
    return notes;
  }

  /** The definition of the interval column, as the text table prints it. */
  String intervalDefinition() {
    String head = Numbers.levelPercent(level) + "% CI: ";
    String unit = table.clusterUnit().name();
    switch (method) {
      case CLUSTER:
        return head + "clustered by " + unit + ": Wilson at the effective number of weapons,"
            + " since weapons of one " + unit + " succeed or fail together.";
      case BOOTSTRAP:
        return head + "percentile bootstrap over " + unit + "s, "
            + Numbers.grouped(table.bootstrap().replicates())
            + " replicates, seed " + table.bootstrap().seed() + ".";
      default:
        return head + method.label() + ", treating weapons as independent: optimistic for salvos.";
    }
  }

  /** Groups whose rate is shown but whose interval is not estimable, and why. */
  Optional<String> notEstimable() {
    int fewGroups = 0;
    int unknownGroups = 0;
    int unkeptGroups = 0;
    int noFigureGroups = 0;
    boolean noFigureTotal = false;
    boolean fewTotal = false;
    boolean unknownTotal = false;
    boolean unkeptTotal = false;
    List<Tally> tallies = rowTallies();
    tallies.add(table.total());
    for (int i = 0; i < tallies.size(); i++) {
      Tally t = tallies.get(i);
      boolean isTotal = i == tallies.size() - 1;
      if (!t.rate(kind).isDefined() || table.hidesRate(t)
          || table.hasInterval(t, kind, method)) {
        continue;
      }
      if (!t.outcomeKnown()) {
        noFigureGroups += isTotal ? 0 : 1;
        noFigureTotal |= isTotal;
      } else if (!t.clustersKnown()) {
        unknownGroups += isTotal ? 0 : 1;
        unknownTotal |= isTotal;
      } else if (t.clusters() < 2) {
        fewGroups += isTotal ? 0 : 1;
        fewTotal |= isTotal;
      } else {
        unkeptGroups += isTotal ? 0 : 1;
        unkeptTotal |= isTotal;
      }
    }
    List<String> why = new ArrayList<>();
    String units = table.clusterUnit().name() + "s";
    if (noFigureGroups > 0 || noFigureTotal) {
      // not "nothing is known": a suppressed figure may be (review rv44c); the + note says that
      // the rate is only its lower bound
      why.add(subject(noFigureGroups, noFigureTotal) + " no destroyed figure on any rated line");
    }
    if (fewGroups > 0 || fewTotal) {
      why.add(subject(fewGroups, fewTotal) + " fewer than two " + units
          + " with rated lines, so the spread between " + units + " cannot be estimated");
    }
    if (unknownGroups > 0 || unknownTotal) {
      why.add(subject(unknownGroups, unknownTotal) + " lines added without their report");
    }
    if (unkeptGroups > 0 || unkeptTotal) {
      why.add(subject(unkeptGroups, unkeptTotal) + " no " + table.clusterUnit().name()
          + " figures kept for the bootstrap (a query with the bootstrap keeps them)");
    }
    return why.isEmpty() ? Optional.empty()
        : Optional.of("n/e: not estimable: " + String.join("; ", why) + ".");
  }

  /** The mark after a rate most of whose weapons are on lines with no destroyed figure. */
  static final String LOWER_BOUND_MARK = "+";

  /**
   * The note for rows {@linkplain #marked marked} as only their lower bound (review
   * rv44a: the national missiles of February 2025, 61 of 96 on lines without one, read 12.5% with
   * an interval of 2.9-40.8 and no word beside it).
   */
  Optional<String> lowerBoundsOnly() {
    List<Tally> tallies = rowTallies();
    int rows = 0;
    boolean withInterval = false;
    for (Tally t : tallies) {
      if (marked(t)) {
        rows++;
        withInterval |= method != null && table.hasInterval(t, kind, method);
      }
    }
    Tally total = table.total();
    boolean inTotal = marked(total);
    withInterval |= inTotal && method != null && table.hasInterval(total, kind, method);
    if (rows == 0 && !inTotal) {
      return Optional.empty();
    }
    String where = rows == 0 ? "the total" : rows == 1 ? "1 row" : number(rows) + " rows";
    if (rows > 0 && inTotal) {
      where += " and the total";
    }
    return Optional.of(LOWER_BOUND_MARK + " most weapons are on lines with no destroyed figure ("
        + where + "), counted as not " + (kind == RateKind.KINETIC ? "destroyed" : "neutralised")
        + ": the rate is only a lower bound" + (withInterval
        ? ", the interval that of the lower bound" : "") + "; see the bounds.");
  }

  /** Whether the printed rate of a tally carries the {@link #LOWER_BOUND_MARK}. */
  boolean marked(Tally tally) {
    return marked(table, tally, kind);
  }

  /**
   * Whether the printed rate of a tally carries the {@link #LOWER_BOUND_MARK}: shown (not hidden)
   * and {@linkplain Tally#isLowerBoundOnly only its lower bound} (review rv44d: not where
   * suppressed figures account for every weapon).
   */
  static boolean marked(StatsTable table, Tally tally, RateKind kind) {
    return !table.hidesRate(tally) && tally.isLowerBoundOnly(kind);
  }

  /** Groups whose rate is hidden because they launched too few. */
  Optional<String> hidden() {
    int groups = 0;
    for (Tally t : rowTallies()) {
      groups += table.hidesRate(t) ? 1 : 0;
    }
    boolean total = table.hidesRate(table.total());
    if (groups == 0 && !total) {
      return Optional.empty();
    }
    return Optional.of("hidden: " + subject(groups, total) + " fewer than "
        + number(table.minLaunched()) + " weapons launched on rated lines: counts shown, rate,"
        + " bounds and interval not.");
  }

  /** Kinetic rates shown over lines of more than one reporting regime. */
  Optional<String> regimes() {
    return regimes(t -> !table.hidesRate(t), true);
  }

  /**
   * The warning for the rows whose rates are shown ({@code shown}), and the total's if it is shown
   * too ({@code withTotal} and {@code shown}).
   */
  Optional<String> regimes(Predicate<? super Tally> shown, boolean withTotal) {
    int groups = 0;
    List<String> named = new ArrayList<>();
    TreeSet<LocalDate> crossed = new TreeSet<>();
    if (!table.dimensions().isEmpty()) {
      for (StatsTable.Row row : table) {
        Tally t = row.tally();
        List<LocalDate> b = shown.test(t) ? table.regimeBoundaries(t) : List.of();
        if (!b.isEmpty()) {
          groups++;
          if (named.size() < NAMED_GROUPS) {
            named.add(String.join(" ", row.key()));
          }
        }
        crossed.addAll(b);
      }
    }
    List<LocalDate> b = withTotal && shown.test(table.total())
        ? table.regimeBoundaries(table.total()) : List.of();
    boolean total = !b.isEmpty();
    crossed.addAll(b);
    if (crossed.isEmpty()) {
      return Optional.empty();
    }
    // the groups by name, so that a reader finds them among many rows or bars
    String subject = groups == 0 ? "the total"
        : (groups == 1 ? "1 group" : number(groups) + " groups") + " (" + String.join(", ", named)
            + (groups > named.size() ? " and " + number(groups - named.size()) + " more" : "")
            + ")" + (total ? " and the total" : "");
    return Optional.of("Warning: the kinetic rate of " + subject + " mixes reporting regimes ("
        + (crossed.size() == 1 ? "boundary " : "boundaries ")
        + crossed.stream().map(LocalDate::toString).collect(Collectors.joining(", "))
        + "), which count losses to electronic warfare differently; compare kinetic rates"
        + " within one regime, or group by regime.");
  }

  /** How many groups the regime warning names before it counts the rest. */
  private static final int NAMED_GROUPS = 5;

  /** The tallies of the printed rows: none for a table without grouping keys. */
  private List<Tally> rowTallies() {
    List<Tally> tallies = new ArrayList<>();
    if (!table.dimensions().isEmpty()) {
      table.forEach(row -> tallies.add(row.tally()));
    }
    return tallies;
  }

  private static String subject(int groups, boolean total) {
    if (groups == 0) {
      return "the total has";
    }
    String g = groups == 1 ? "1 group" : number(groups) + " groups";
    return g + (total ? " and the total have" : groups == 1 ? " has" : " have");
  }

  static String reports(long n) {
    return number(n) + (n == 1 ? " report" : " reports");
  }

  static String lines(long n) {
    return number(n) + (n == 1 ? " line" : " lines");
  }

  static String number(long n) {
    return Numbers.grouped(n);
  }
}
