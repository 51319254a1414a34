package org.conflictstats.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The laws of source scopes: national, regional and other partition the reports (every source in
 * exactly one of them, so their figures add up to all's); a scope is the union of its items; a
 * scope reads back from its text; names are matched ignoring case.
 */
final class SourceScopeProperties {

  private static final List<SourceScope> KINDS =
      List.of(SourceScope.NATIONAL, SourceScope.REGIONAL, SourceScope.OTHER);

  @Provide
  Arbitrary<Source> sources() {
    return Arbitraries.of("kpszsu/posts/1", "https://t.me/kpszsu/7", "PvKPivden/posts/2",
        "pvkshid", "PvkZahid", "PVKCENTER", "GeneralStaff.ua/posts/3", "CinCAFU",
        "https://t.me/war_monitor/9", "kharkivoda.gov.ua", "", "other")
        .map(Source::parse);
  }

  @Provide
  Arbitrary<SourceScope> scopes() {
    Arbitrary<String> item = Arbitraries.of("national", "regional", "other", "Kpszsu",
        "pvkshid", "GeneralStaff.ua", "war_monitor", "CINCAFU", "unknown");
    return item.list().ofMinSize(1).ofMaxSize(4).map(l -> SourceScope.parse(String.join(",", l)));
  }

  @Property
  void nationalRegionalAndOtherPartitionTheSources(@ForAll("sources") Source source) {
    long in = KINDS.stream().filter(s -> s.includes(source)).count();
    assertEquals(1, in, source + " " + source.kind());
    assertTrue(SourceScope.ALL.includes(source));
    Statistics.label("kind").collect(source.kind());
  }

  @Property
  void aScopeIsTheUnionOfItsItems(@ForAll("scopes") SourceScope a, @ForAll("scopes") SourceScope b,
      @ForAll("sources") Source source) {
    assertEquals(a.includes(source) || b.includes(source), a.or(b).includes(source));
    assertEquals(a.or(b), b.or(a));
    assertEquals(a, a.or(a));
  }

  @Property
  void aScopeReadsBackFromItsText(@ForAll("scopes") SourceScope scope,
      @ForAll("sources") Source source) {
    SourceScope back = SourceScope.parse(scope.toString());
    assertEquals(scope, back);
    assertEquals(scope.includes(source), back.includes(source));
    assertEquals(scope, SourceScope.parse(scope.toString().toUpperCase(Locale.ROOT)));
  }

  @Test
  void theThreeKindsMakeAll() {
    assertEquals(SourceScope.ALL, SourceScope.NATIONAL.or(SourceScope.REGIONAL)
        .or(SourceScope.OTHER));
    assertEquals(SourceScope.ALL, SourceScope.parse("national, regional ,other"));
    assertEquals(SourceScope.ALL, SourceScope.parse("kpszsu,all"));
    assertEquals("all", SourceScope.parse("other,regional,national").toString());
    assertEquals("national,other", SourceScope.parse("other,national").toString());
    assertEquals("regional,GeneralStaff.ua", SourceScope.parse("GeneralStaff.ua,regional")
        .toString());
    assertTrue(SourceScope.ALL.isAll());
    assertFalse(SourceScope.parse("national,other").isAll());
  }

  @Test
  void otherHoldsEveryoneButTheAirForceAndItsCommands() {
    assertTrue(SourceScope.OTHER.includes(Source.parse("GeneralStaff.ua/posts/1")));
    assertTrue(SourceScope.OTHER.includes(Source.unknown()));
    assertFalse(SourceScope.OTHER.includes(Source.parse("PvKPivden")));
    assertFalse(SourceScope.OTHER.includes(Source.parse("kpszsu")));
  }

  @Test
  void namesAreMatchedIgnoringCase() {
    SourceScope named = SourceScope.parse("generalstaff.ua, KPSZSU");
    assertTrue(named.includes(Source.parse("GeneralStaff.ua/posts/1")));
    assertTrue(named.includes(Source.parse("https://t.me/kpszsu/5")));
    assertFalse(named.includes(Source.parse("PvKPivden")));
    assertEquals(java.util.Set.of("generalstaff.ua", "KPSZSU"), named.names());
    assertThrows(IllegalArgumentException.class, () -> SourceScope.ofNames(List.of()));
    assertThrows(IllegalArgumentException.class, () -> SourceScope.ofNames(List.of(" ")));
  }
}
