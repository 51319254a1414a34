package org.conflictstats.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.conflictstats.model.Count;
import org.conflictstats.model.StrikeReport;

/**
 * Laws of the extractor: unrelated sentences around a statement never change its figures (nor
 * what it sets aside, nor its report), and their words stay where they were; the counts
 * qualifiers make and the way two statements of one figure combine.
 */
final class StatementProperties {

  /** Statements of our own, English and Ukrainian, each with figures and set-aside parts. */
  static final List<String> STATEMENTS = List.of(
      SeedTextTest.OWN,
      "Russia launched 120 drones and four missiles overnight, Ukraine's air force said. Air"
          + " defences shot down 85 drones, and 30 were lost locationally. In Moscow, the defence"
          + " ministry said it had destroyed 57 Ukrainian drones.",
      "Russia attacked with 101 Shahed-type drones and decoys overnight, about 70 of them"
          + " Shaheds. Sixty-nine were shot down or suppressed. Hits were recorded at 13"
          + " locations, and debris fell at one. A drone strike killed one person and injured at"
          + " least five. The night before, Russia had sent 408 drones.",
      "Russia fired 85 cruise missiles, including 28 Kalibr, and air defences shot down 76 of"
          + " them. The attack also involved three Kh-59/69 guided missiles, all of which were"
          + " destroyed, and 97 drones. Thirty-five drones were downed and 62 were lost"
          + " locationally.",
      "У ніч на 14 січня противник атакував 113-ма ударними БпЛА типу Shahed, «Гербера» та"
          + " дронами-імітаторами, а також трьома балістичними ракетами Іскандер-М. Близько 70 із"
          + " запущених дронів – «шахеди». Збито/подавлено 89 ворожих БпЛА, а також збито одну"
          + " ракету. Унаслідок атаки загинула одна людина, ще семеро дістали поранень.",
      "У ніч на 5 жовтня противник атакував 549-ма засобами повітряного нападу: 496-ма ударними"
          + " БпЛА та 53-ма ракетами. Із сорока двох крилатих ракет Х-101 та Іскандер-К збито 32,"
          + " із дев'яти «Калібрів» – шість. Нагадаємо, минулої ночі ворог запускав 162 дрони.",
      "Ukraine's air force said it shot down all six Kinzhal aeroballistic missiles fired at the"
          + " country, along with all nine Kalibr cruise missiles. It did not say what happened"
          + " to the remaining 3 drones. No casualties were reported.");

  /** Sentences about other things: numbers, dates, names, no weapon or casualty words. */
  static final List<String> UNRELATED = List.of(
      "Parliament has 450 members.",
      "The summit will take place on 12 May in Geneva.",
      "Inflation rose to 12.5 per cent in March, the central bank said.",
      "The minister met 14 ambassadors in Brussels on Tuesday.",
      "Thursday 5 June 2025 10:41, UK",
      "Please use Chrome browser for a more accessible video player.",
      "The orchestra will mark its 25th anniversary on 3 June.",
      "Talks between the delegations lasted seven hours.",
      "Two of the delegates are expected in Paris today.",
      "Засідання уряду відбудеться 12 травня о 10:00.",
      "Парламент ухвалив бюджет на 2026 рік.",
      "У місті відкрили 3 нові школи та 2 лікарні.",
      "The EU pledged €2 billion in new aid for reconstruction.",
      "Lawmakers were expected to vote on the budget later in the month.");

  @Provide
  Arbitrary<String> statements() {
    return Arbitraries.of(STATEMENTS);
  }

  @Provide
  Arbitrary<List<String>> noise() {
    return Arbitraries.of(UNRELATED).list().ofMaxSize(4);
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of(" ", "\n", "\n\n", "  ");
  }

  @Property(tries = 300)
  void unrelatedSentencesAroundAStatementNeverChangeItsFigures(
      @ForAll("statements") String statement, @ForAll("noise") List<String> before,
      @ForAll("noise") List<String> after, @ForAll("separators") String sep) {
    String prefix = before.isEmpty() ? "" : String.join(sep, before) + sep;
    String text = prefix + statement + (after.isEmpty() ? "" : sep + String.join(sep, after));
    Statistics.label("sentences around").collect(before.size() + after.size());
    Extraction alone = Read.text(statement);
    Extraction around = Read.text(text);
    assertEquals(Read.figures(alone), Read.figures(around), text);
    assertEquals(reasons(alone), reasons(around), text);
    Optional<StrikeReport> a = alone.report();
    Optional<StrikeReport> b = around.report();
    assertEquals(a.map(StrikeReport::lines), b.map(StrikeReport::lines), text);
    assertEquals(a.map(StrikeReport::casualties), b.map(StrikeReport::casualties), text);
    // the words each figure came from are the same words, moved by what came before
    for (int i = 0; i < alone.figures().size(); i++) {
      Figure f = alone.figures().get(i);
      Figure g = around.figures().get(i);
      assertEquals(f.span().start() + prefix.length(), g.span().start());
      assertEquals(f.span().of(statement), g.span().of(text));
    }
  }

  @Property(tries = 100)
  void unrelatedSentencesAloneGiveNoFigure(@ForAll("noise") @Size(min = 1) List<String> noise) {
    Extraction x = Read.text(String.join(" ", noise));
    assertEquals(List.of(), x.figures());
    assertEquals(List.of(), x.setAside());
    assertTrue(x.report().isEmpty());
  }

  private static List<String> reasons(Extraction x) {
    return x.setAside().stream().map(s -> s.reason() + " " + s.figures().stream()
        .map(Read::describe).collect(Collectors.toList())).collect(Collectors.toList());
  }

  @Property
  void aboutIsTheNumberGiveOrTakeATenthRoundedOutwards(@ForAll @LongRange(max = 1_000_000) long n) {
    BigDecimal v = BigDecimal.valueOf(n);
    long lo = v.multiply(new BigDecimal("0.9")).setScale(0, RoundingMode.FLOOR).longValueExact();
    long hi = v.multiply(new BigDecimal("1.1")).setScale(0, RoundingMode.CEILING).longValueExact();
    Count about = Qualifier.ABOUT.count(n);
    assertEquals(Count.between(lo, hi), about);
    assertTrue(about.lower() <= n && n <= about.upper().getAsLong());
    assertEquals(Count.between(lo, n), Qualifier.ALMOST.count(n));
    assertEquals(Count.atLeast(n + 1), Qualifier.MORE_THAN.count(n));
    assertEquals(Count.atMost(Math.max(0, n - 1)), Qualifier.FEWER_THAN.count(n));
  }

  @Provide
  Arbitrary<Count> counts() {
    Arbitrary<Long> n = Arbitraries.longs().between(0, 60);
    return Arbitraries.oneOf(n.map(Count::exactly), n.map(Count::atLeast), n.map(Count::atMost),
        Arbitraries.just(Count.unknown()),
        n.tuple2().map(t -> Count.between(Math.min(t.get1(), t.get2()),
            Math.max(t.get1(), t.get2()))));
  }

  @Property
  void twoStatementsCombineIntoExactlyWhatBothAllow(@ForAll("counts") Count a,
      @ForAll("counts") Count b, @ForAll @IntRange(max = 70) int v) {
    Optional<Count> both = Ledger.intersect(a, b);
    assertEquals(both, Ledger.intersect(b, a));
    assertEquals(Optional.of(a), Ledger.intersect(a, a));
    boolean inA = a.lower() <= v && a.upperOrElse(Long.MAX_VALUE) >= v;
    boolean inB = b.lower() <= v && b.upperOrElse(Long.MAX_VALUE) >= v;
    boolean inBoth = both.map(c -> c.lower() <= v && c.upperOrElse(Long.MAX_VALUE) >= v)
        .orElse(false);
    Statistics.label("overlap").collect(both.isPresent());
    assertEquals(inA && inB, inBoth, a + " and " + b + " at " + v);
  }

  @Property
  void aCoverHoldsBothSpans(@ForAll @IntRange(max = 1000) int a, @ForAll @IntRange(max = 50) int la,
      @ForAll @IntRange(max = 1000) int b, @ForAll @IntRange(max = 50) int lb) {
    Span x = Span.of(a, a + la);
    Span y = Span.of(b, b + lb);
    Span c = x.cover(y);
    assertEquals(c, y.cover(x));
    assertTrue(x.isWithin(c) && y.isWithin(c));
    assertEquals(Math.max(a + la, b + lb) - Math.min(a, b), c.length());
  }
}
