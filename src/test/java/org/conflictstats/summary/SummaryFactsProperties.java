package org.conflictstats.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.conflictstats.model.Count;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.Source;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponLine;

/**
 * The laws the streamed summary relies on: {@link SummaryFacts} of an input cut into consecutive
 * parts anywhere, merged in order, in reverse order (commutative) or with empty facts (identity),
 * are the facts of the whole.
 */
class SummaryFactsProperties {

  private static final WeaponCatalog CATALOG = WeaponCatalog.builtIn();
  private static final List<String> SOURCES = List.of("kpszsu", "PvKPivden", "PvKSkhid",
      "ChiefUkrDIU", "example.org", "");

  @Provide
  Arbitrary<List<StrikeReport>> reports() {
    // minute and date-only times on few days, so that equal and tied times occur
    Arbitrary<ReportTime> times = Combinators.combine(Arbitraries.integers().between(0, 6),
            Arbitraries.integers().between(-1, 3))
        .as((day, hour) -> hour < 0 ? ReportTime.ofDate(LocalDate.of(2025, 4, 1).plusDays(day))
            : ReportTime.ofMinute(LocalDate.of(2025, 4, 1).plusDays(day).atTime(hour * 6, 0)));
    Arbitrary<StrikeReport> report = Combinators.combine(times, times, Arbitraries.of(SOURCES),
            Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 99))
        .as((a, b, source, lines, id) -> {
          List<WeaponLine> ls = new ArrayList<>();
          for (int i = 0; i < lines; i++) {
            ls.add(WeaponLine.of(CATALOG.resolve(i % 2 == 0 ? "Shahed-136/131" : "Kalibr"),
                Count.exactly(i + 1)));
          }
          return StrikeReport.builder().id("r" + id)
              .period(ReportPeriod.of(a.compareTo(b) <= 0 ? a : b, a.compareTo(b) <= 0 ? b : a))
              .source(Source.parse(source.isEmpty() ? "" : source + "/posts/" + id))
              .addLines(ls).build();
        });
    return report.list().ofMaxSize(25);
  }

  @Property(tries = 500)
  void consecutivePartsMergeToTheWhole(@ForAll("reports") List<StrikeReport> reports,
      @ForAll long seed) {
    SummaryFacts whole = reports.stream().collect(SummaryFacts.collector());
    Random rnd = new Random(seed);
    List<SummaryFacts> parts = new ArrayList<>();
    parts.add(new SummaryFacts());
    for (StrikeReport r : reports) {
      if (rnd.nextInt(3) == 0) {
        parts.add(new SummaryFacts());
      }
      parts.get(parts.size() - 1).add(r);
    }
    SummaryFacts inOrder = new SummaryFacts();
    parts.forEach(inOrder::merge);
    assertSame(whole, inOrder);
    SummaryFacts reversed = new SummaryFacts();
    for (int i = parts.size() - 1; i >= 0; i--) {
      reversed.merge(parts.get(i));
    }
    assertSame(whole, reversed);
    // empty facts are the identity on either side
    assertSame(whole, new SummaryFacts().merge(inOrder).merge(new SummaryFacts()));
    assertEquals(reports.size(), whole.reports());
    assertEquals(whole.reports(), whole.bySource().values().stream().mapToLong(Long::longValue)
        .sum());
  }

  @Property(tries = 200)
  void theParallelCollectorGivesTheSequentialFacts(
      @ForAll("reports") List<StrikeReport> reports) {
    assertSame(reports.stream().collect(SummaryFacts.collector()),
        reports.parallelStream().collect(SummaryFacts.collector()));
  }

  private static void assertSame(SummaryFacts expected, SummaryFacts actual) {
    assertEquals(expected.reports(), actual.reports());
    assertEquals(expected.lines(), actual.lines());
    assertEquals(expected.first(), actual.first());
    assertEquals(expected.last(), actual.last());
    assertEquals(expected.bySource(), actual.bySource());
    assertEquals(List.copyOf(expected.bySource().keySet()),
        List.copyOf(actual.bySource().keySet()));
  }
}
