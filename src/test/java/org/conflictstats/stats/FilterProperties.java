package org.conflictstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.conflictstats.model.Count;
import org.conflictstats.model.LineDetails;
import org.conflictstats.model.Region;
import org.conflictstats.model.SourceKind;
import org.conflictstats.model.SourceScope;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.Weapon;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponCategory;
import org.conflictstats.model.WeaponLine;

/**
 * Laws of filters and of the family and size keys: families and size buckets partition the lines
 * (their tallies add up to the total); every report and line is counted or left out, once; a filter
 * applied to the reports another filter kept gives their "and"; a filtered table is the matching
 * rows of the unfiltered one; parts and merges give the table of a run in order; and the lines
 * counted through a part of a composite, against a plain count.
 */
final class FilterProperties {

  private static final WeaponCatalog CATALOG = WeaponCatalog.builtIn();
  /** Weapons the base generator lacks: a line across families, a bomb, mixed missiles. */
  private static final List<Weapon> MORE = List.of(
      CATALOG.resolve("Shahed-136/131 and Kalibr"), CATALOG.resolve("KAB"),
      CATALOG.resolve("Kalibr and Iskander-M"), CATALOG.resolve("Orlan-10"));
  private static final List<Weapon> NAMED = List.of(CATALOG.resolve("Shahed-136/131"),
      CATALOG.resolve("Kalibr"), CATALOG.resolve("Iskander-M"), CATALOG.resolve("KAB"),
      CATALOG.resolve("Gerbera"), CATALOG.resolve("X-101"));
  private static final List<String> REGIONS =
      List.of("Odesa oblast", "kyiv OBLAST", "Kharkiv oblast", "south", "Lviv oblast");

  /** Reports of the base generator, some lines of other weapons, some naming their own regions. */
  @Provide
  Arbitrary<List<StrikeReport>> reports() {
    return TallyArbitraries.reports().flatMap(r -> Arbitraries.integers().between(0, 10_000)
        .list().ofSize(r.lines().size()).map(seeds -> {
          List<WeaponLine> lines = new ArrayList<>();
          for (int i = 0; i < seeds.size(); i++) {
            WeaponLine l = r.lines().get(i);
            int s = seeds.get(i);
            if (s % 4 == 0) {
              l = new WeaponLine(MORE.get(s / 4 % MORE.size()), l.launched(), l.destroyed(),
                  l.suppressed(), l.stillAirborne(), l.leftAirspace(), l.hit(), l.details());
            }
            if (s % 3 == 0) {
              l = l.withDetails(LineDetails.builder()
                  .affectedRegions(List.of(Region.of(REGIONS.get(s % REGIONS.size())))).build());
            }
            lines.add(l);
          }
          return r.withLines(lines);
        })).list().ofMaxSize(25);
  }

  @Provide
  Arbitrary<ReportFilter> filters() {
    Arbitrary<Optional<DateRange>> dates = Combinators.combine(
            Arbitraries.integers().between(0, 130), Arbitraries.integers().between(0, 60))
        .as((from, days) -> DateRange.of(LocalDate.of(2025, 1, 1).plusDays(from),
            LocalDate.of(2025, 1, 1).plusDays(from + days)))
        .optional(0.5);
    Arbitrary<Optional<List<Weapon>>> weapons =
        Arbitraries.of(NAMED).list().ofMinSize(1).ofMaxSize(2).optional(0.4);
    Arbitrary<Optional<List<WeaponCategory>>> categories =
        Arbitraries.of(WeaponCategory.class).list().ofMinSize(1).ofMaxSize(3).optional(0.3);
    Arbitrary<Optional<List<String>>> families =
        Arbitraries.of(Dimension.familyLabels()).list().ofMinSize(1).ofMaxSize(2).optional(0.4);
    Arbitrary<Optional<List<String>>> regions =
        Arbitraries.of(REGIONS).list().ofMinSize(1).ofMaxSize(2).optional(0.3);
    return Combinators.combine(dates, weapons, categories, families, regions)
        .as((d, w, c, f, r) -> {
          ReportFilter x = ReportFilter.all();
          x = d.map(x::withDates).orElse(x);
          x = w.isPresent() ? x.withWeapons(w.get()) : x;
          x = c.isPresent() ? x.withCategories(c.get()) : x;
          x = f.isPresent() ? x.withFamilies(f.get()) : x;
          return r.isPresent() ? x.withRegions(r.get()) : x;
        });
  }

  @Provide
  Arbitrary<StatsQuery> queries() {
    return Combinators.combine(Arbitraries.of(SourceScope.NATIONAL, SourceScope.REGIONAL,
            SourceScope.OTHER, SourceScope.ALL, SourceScope.parse("national,other")),
            Arbitraries.of(true, false),
            Arbitraries.of(List.of(Dimension.FAMILY), List.of(Dimension.SIZE),
                List.of(Dimension.SIZE, Dimension.FAMILY), List.of(Dimension.MONTH,
                    Dimension.REGION), List.of(Dimension.WEAPON)))
        .as((scope, keep, dims) -> StatsQuery.groupBy(dims).withScope(scope)
            .withInvalidReportsKept(keep));
  }

  @Property(tries = 300)
  void familiesAndSizeBucketsPartitionTheLines(@ForAll("reports") List<StrikeReport> reports,
      @ForAll("filters") ReportFilter filter, @ForAll boolean size) {
    StatsTable t = StatsQuery.groupBy(size ? Dimension.SIZE : Dimension.FAMILY)
        .withInvalidReportsKept(true).withFilter(filter).run(reports);
    Tally sum = Tally.empty();
    long lines = 0;
    for (StatsTable.Row row : t) {
      sum = sum.plus(row.tally());
      lines += row.tally().lines();
    }
    Statistics.label("rows").collect(t.size());
    assertEquals(t.total().lines(), lines);
    assertEquals(t.total().launched(), sum.launched());
    assertEquals(t.total().neutralisationRate(), sum.neutralisationRate());
    assertEquals(t.total().kineticRate(), sum.kineticRate());
    assertEquals(t.total().unknown(), sum.unknown());
  }

  @Property(tries = 300)
  void everyReportAndLineIsCountedOrLeftOutOnce(@ForAll("reports") List<StrikeReport> reports,
      @ForAll("filters") ReportFilter filter, @ForAll("queries") StatsQuery query) {
    StatsTable t = query.withFilter(filter).run(reports);
    long lines = reports.stream().mapToLong(r -> r.lines().size()).sum();
    Statistics.label("filtered").collect(t.leftOut().filteredReports() > 0);
    assertEquals(reports.size(), t.total().reports() + t.leftOut().reports());
    assertEquals(lines, t.total().lines() + t.leftOut().lines());
    StatsTable unfiltered = query.run(reports);
    assertEquals(unfiltered.leftOut().outOfScopeReports(), t.leftOut().outOfScopeReports());
    assertTrue(t.leftOut().invalidReports() <= unfiltered.leftOut().invalidReports());
  }

  @Property(tries = 300)
  void aFilterAppliedToWhatAnotherKeptGivesTheirAnd(@ForAll("reports") List<StrikeReport> reports,
      @ForAll("filters") ReportFilter a, @ForAll("filters") ReportFilter b,
      @ForAll("queries") StatsQuery query) {
    // the report date under the standard attribution, as the query's
    List<StrikeReport> keptByB = new ArrayList<>();
    for (StrikeReport r : reports) {
      LocalDate date = Attribution.standard().dateOf(r.period());
      Optional<ReportFilter.Kept> kb = b.apply(r, date);
      Optional<ReportFilter.Kept> both = a.and(b).apply(r, date);
      Optional<ReportFilter.Kept> ab = kb.flatMap(k -> a.apply(k.report(), date));
      assertEquals(both.map(k -> k.report().lines()), ab.map(k -> k.report().lines()));
      // passes is apply's verdict without the kept report
      assertEquals(kb.isPresent(), b.passes(r, date));
      kb.ifPresent(k -> keptByB.add(k.report()));
    }
    // validation looks at whole reports, which the reports kept by b are not: keep them all
    StatsQuery q = query.withInvalidReportsKept(true);
    StatsTable then = q.withFilter(a).run(keptByB);
    StatsTable and = q.withFilter(a.and(b)).run(reports);
    StatsTable twice = q.withFilter(a).withFilter(b).run(reports);
    // the size of a line's attack is the whole report's, which the reports kept by b are not: by
    // size, the rows differ (a smaller report, a smaller bucket), the total does not
    if (!query.dimensions().contains(Dimension.SIZE)) {
      assertEquals(and.rows(), then.rows());
    }
    assertEquals(and.total(), then.total());
    assertEquals(and.rows(), twice.rows());
    assertEquals(and.leftOut(), twice.leftOut());
  }

  @Property(tries = 300)
  void aFilteredTableIsTheMatchingRowsOfTheUnfilteredOne(
      @ForAll("reports") List<StrikeReport> reports, @ForAll("families") String family,
      @ForAll boolean keepInvalid) {
    StatsQuery q = StatsQuery.groupBy(Dimension.FAMILY, Dimension.MONTH)
        .withInvalidReportsKept(keepInvalid);
    StatsTable all = q.run(reports);
    StatsTable one = q.withFilter(ReportFilter.all().withFamilies(List.of(family))).run(reports);
    for (StatsTable.Row row : all) {
      if (row.key(0).equals(family)) {
        StatsTable.Row same = one.row(row.key().toArray(new String[0])).orElseThrow();
        assertEquals(row.tally(), same.tally());
        assertEquals(row.tally().clusters(), same.tally().clusters());
        assertEquals(all.interval(row.tally(), RateKind.NEUTRALISATION, IntervalMethod.CLUSTER,
            0.95), one.interval(same.tally(), RateKind.NEUTRALISATION, IntervalMethod.CLUSTER,
            0.95));
      }
    }
    // rows of other families come only from composites counted through a part
    for (StatsTable.Row row : one) {
      assertTrue(row.key(0).equals(family) || row.key(0).equals("mixed"), row.key().toString());
    }
  }

  @Provide
  Arbitrary<String> families() {
    return Arbitraries.of(Dimension.familyLabels());
  }

  @Property(tries = 200)
  void partsAndMergesGiveTheTableOfARunInOrder(@ForAll("reports") List<StrikeReport> reports,
      @ForAll("filters") ReportFilter filter, @ForAll("queries") StatsQuery query,
      @ForAll("cuts") List<Integer> cuts) {
    StatsQuery q = query.withFilter(filter);
    StatsTable sequential = q.run(reports);
    Aggregation merged = new Aggregation(q);
    Aggregation part = new Aggregation(q);
    for (int i = 0; i < reports.size(); i++) {
      if (cuts.contains(i)) {
        merged = merged.merge(part);
        part = new Aggregation(q);
      }
      part.add(reports.get(i));
    }
    StatsTable split = merged.merge(part).finish();
    assertEquals(sequential.rows(), split.rows());
    assertEquals(sequential.total(), split.total());
    assertEquals(sequential.leftOut(), split.leftOut());
    assertEquals(sequential.partMatchedLines(), split.partMatchedLines());
    assertEquals(sequential.unsized(), split.unsized());
    assertEquals(sequential.overlap(), split.overlap());
    StatsTable parallel = reports.parallelStream().collect(q.toTable());
    assertEquals(sequential.rows(), parallel.rows());
    assertEquals(sequential.leftOut(), parallel.leftOut());
    assertEquals(sequential.partMatchedLines(), parallel.partMatchedLines());
    assertEquals(sequential, parallel);
    assertEquals(sequential, split);
  }

  @Provide
  Arbitrary<List<Integer>> cuts() {
    return Arbitraries.integers().between(1, 24).list().ofMaxSize(5);
  }

  @Property(tries = 300)
  void linesThroughAPartAndLinesWithoutASizeAgainstAPlainCount(
      @ForAll("reports") List<StrikeReport> reports,
      @ForAll("weaponLists") List<Weapon> weapons) {
    StatsTable t = StatsQuery.groupBy(Dimension.SIZE).withInvalidReportsKept(true)
        .withFilter(ReportFilter.all().withWeapons(weapons)).run(reports);
    Set<String> names = weapons.stream().map(Weapon::name).collect(Collectors.toSet());
    long throughParts = 0;
    long counted = 0;
    long unsized = 0;
    for (StrikeReport r : reports) {
      // the size's bounds: a line's launched, raised to its known outcomes where it allows as
      // many; sized where both bounds fall in one bucket (floors 1, 50, 100, 200, 400)
      long lower = 0;
      long upper = 0;
      boolean open = false;
      for (WeaponLine l : r.lines()) {
        Count launched = l.launched();
        long known = l.destroyed().lower() + l.suppressed().lower() + l.stillAirborne().lower()
            + l.leftAirspace().lower() + l.hit().lower();
        long most = launched.upperOrElse(Long.MAX_VALUE);
        lower += launched.isExact() || known > most ? launched.lower()
            : Math.max(launched.lower(), known);
        if (launched.upper().isPresent()) {
          upper += most;
        } else {
          open = true;
        }
      }
      boolean sized = r.source().kind() == SourceKind.NATIONAL_AIR_FORCE && lower > 0
          && (open ? lower >= 400 : floor(lower) == floor(upper));
      for (WeaponLine l : r.lines()) {
        // a composite every part of which is given passes whole (review rv45d)
        boolean whole = names.contains(l.weapon().name()) || l.weapon().parts().size() > 1
            && l.weapon().parts().stream().allMatch(p -> names.contains(p.name()));
        boolean part = l.weapon().parts().size() > 1
            && l.weapon().parts().stream().anyMatch(p -> names.contains(p.name()));
        if (whole || part) {
          counted++;
          throughParts += whole ? 0 : 1;
          unsized += sized ? 0 : 1;
        }
      }
    }
    Statistics.label("through parts").collect(throughParts > 0);
    assertEquals(counted, t.total().lines());
    assertEquals(throughParts, t.partMatchedLines());
    assertEquals(unsized, t.unsized().orElseThrow().lines());
  }

  private static int floor(long size) {
    return size >= 400 ? 4 : size >= 200 ? 3 : size >= 100 ? 2 : size >= 50 ? 1 : 0;
  }

  @Provide
  Arbitrary<List<Weapon>> weaponLists() {
    return Arbitraries.of(NAMED.stream().filter(w -> !w.isComposite()).toList()).list()
        .ofMinSize(1).ofMaxSize(2);
  }
}
