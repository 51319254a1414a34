package org.conflictstats.io.json;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.domains.DomainContextBase;
import org.conflictstats.model.InputLimits;
import org.conflictstats.model.Casualties;
import org.conflictstats.model.CataloguedWeapon;
import org.conflictstats.model.CompositeWeapon;
import org.conflictstats.model.Count;
import org.conflictstats.model.LineDetails;
import org.conflictstats.model.PlaceCasualties;
import org.conflictstats.model.Region;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.Source;
import org.conflictstats.model.SourceKind;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.SubTypeCounts;
import org.conflictstats.model.UnresolvedWeapon;
import org.conflictstats.model.Weapon;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponCategory;
import org.conflictstats.model.WeaponLine;

/**
 * Generators of strike reports for properties, built through the model's public factories: every
 * count kind, catalogued, foreign, composite and unresolved weapons, date-only and minute times,
 * several zones, details with maps and sub-types, and texts with quotes, control characters,
 * Cyrillic and lone surrogates.
 */
final class ReportDomain extends DomainContextBase {

  private static final char[] ODD_CHARS = {
      ' ', '"', '\\', '\n', '\r', '\t', '\u0000', '\u001f', '\u2028', '\u00e9', '\uD800',
      '\uDE80', '/', '{', '}', '[', ']', ':', ',', '-'};

  @Provide
  Arbitrary<StrikeReport> reports() {
    Arbitrary<List<Region>> regions = regions().list().ofMaxSize(3);
    return Combinators.combine(ids(), periods(), sources(), texts(), regions,
            lines().list().ofMaxSize(4), casualties(), texts())
        .as((id, period, source, area, rs, ls, cas, notes) -> StrikeReport.builder()
            .id(id).period(period).source(source).targetArea(area).addRegions(rs).addLines(ls)
            .casualties(cas).notes(notes).build());
  }

  @Provide
  Arbitrary<Count> counts() {
    Arbitrary<Long> small = Arbitraries.longs().between(0, 2_000);
    Arbitrary<Long> any = Arbitraries.frequencyOf(
        Tuple.of(8, small),
        Tuple.of(1, Arbitraries.longs().between(0, InputLimits.MAX_COUNT)),
        Tuple.of(1, Arbitraries.just(InputLimits.MAX_COUNT)));
    return Arbitraries.oneOf(
        any.map(Count::exactly),
        any.filter(n -> n > 0).map(Count::atLeast),
        any.filter(n -> n > 0).map(Count::atMost),
        Combinators.combine(any, small.filter(n -> n > 0))
            .as((lo, width) -> Count.between(Math.max(1, lo) / 2, Math.max(1, lo) / 2 + width)),
        Arbitraries.just(Count.unknown()));
  }

  private Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
        .withCharRange('\u0410', '\u044f').withChars(ODD_CHARS)
        .ofMaxLength(24);
  }

  private Arbitrary<String> names() {
    return texts().filter(s -> !s.strip().isEmpty());
  }

  private Arbitrary<String> ids() {
    return Arbitraries.oneOf(names(),
        Arbitraries.integers().between(1, 9999).map(n -> "kpszsu/posts/synthetic-" + n));
  }

  private Arbitrary<Region> regions() {
    return names().filter(s -> !s.replaceAll("\\s+", "").isEmpty()).map(Region::of);
  }

  private Arbitrary<ReportTime> times() {
    Arbitrary<LocalDateTime> dateTimes = Combinators.combine(
            Arbitraries.integers().between(1990, 2100), Arbitraries.integers().between(1, 12),
            Arbitraries.integers().between(1, 28), Arbitraries.integers().between(0, 23),
            Arbitraries.integers().between(0, 59))
        .as(LocalDateTime::of);
    return Combinators.combine(dateTimes, Arbitraries.of(true, false))
        .as((t, dateOnly) -> dateOnly ? ReportTime.ofDate(t.toLocalDate()) : ReportTime.ofMinute(t));
  }

  private Arbitrary<ReportPeriod> periods() {
    Arbitrary<ZoneId> zones = Arbitraries.of(ReportPeriod.KYIV, ZoneId.of("Europe/Warsaw"),
        ZoneId.of("America/New_York"), ZoneId.of("UTC"), ZoneOffset.UTC, ZoneOffset.ofHours(3),
        ZoneOffset.ofHoursMinutes(-9, -30), ZoneId.of("Europe/Kiev"));
    return Combinators.combine(times(), times(), zones).as(ReportPeriod::new);
  }

  private Arbitrary<Source> sources() {
    Arbitrary<Source> named = Combinators.combine(names(), Arbitraries.of(SourceKind.class),
            names().optional())
        .as(Source::new);
    return Arbitraries.oneOf(named, Arbitraries.just(Source.unknown()),
        Arbitraries.of("kpszsu/posts/synthetic-1", "https://t.me/PvKPivden/synthetic-2",
            "pvkshid").map(Source::parse));
  }

  @Provide
  Arbitrary<Weapon> weapons() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, singleWeapons()),
        Tuple.of(1, singleWeapons().list().ofMinSize(2).ofMaxSize(4)
            .map(CompositeWeapon::of)));
  }

  private Arbitrary<Weapon> singleWeapons() {
    Arbitrary<Weapon> builtIn = Arbitraries.of(WeaponCatalog.builtIn().weapons()).map(w -> w);
    Arbitrary<Weapon> foreign = Combinators.combine(names(), Arbitraries.of(WeaponCategory.class),
            names().set().ofMaxSize(3))
        .as((name, category, aliases) -> CataloguedWeapon.of(name, category)
            .withAliases(aliases));
    Arbitrary<Weapon> unresolved = names().map(UnresolvedWeapon::new);
    return Arbitraries.frequencyOf(
        Tuple.of(4, builtIn),
        Tuple.of(2, foreign),
        Tuple.of(2, unresolved));
  }

  private Arbitrary<WeaponLine> lines() {
    return Combinators.combine(weapons(), counts(), counts(), counts(), counts(), counts(),
            counts(), details())
        .as(WeaponLine::new);
  }

  private <K> Arbitrary<Map<K, Count>> countMaps(Arbitrary<K> keys) {
    return Combinators.combine(keys, counts()).as(Map::entry).list().ofMaxSize(3)
        .map(entries -> {
          Map<K, Count> m = new LinkedHashMap<>();
          entries.forEach(e -> m.putIfAbsent(e.getKey(), e.getValue()));
          return m;
        });
  }

  private Arbitrary<LineDetails> details() {
    Arbitrary<LineDetails.Builder> texts = Combinators.combine(texts(), texts(), texts(), texts(),
            regions().list().ofMaxSize(2))
        .as((place, target, main, carrier, affected) -> LineDetails.builder().launchPlace(place)
            .target(target).mainTarget(main).carrier(carrier).affectedRegions(affected));
    Arbitrary<Map<String, String>> places = Combinators.combine(texts(), texts()).as(Map::entry)
        .list().ofMaxSize(2).map(entries -> {
          Map<String, String> m = new LinkedHashMap<>();
          entries.forEach(e -> m.putIfAbsent(e.getKey(), e.getValue()));
          return m;
        });
    Arbitrary<List<SubTypeCounts>> subTypes = Combinators.combine(names(), counts(), counts())
        .as(SubTypeCounts::of).list().ofMaxSize(2);
    Arbitrary<LineDetails.Builder> maps = Combinators.combine(texts, countMaps(weapons()), places,
            countMaps(texts()), countMaps(texts()), subTypes)
        .as((b, byModel, placeByModel, byDirection, byCountry, subs) -> b
            .launchedByModel(byModel).launchPlaceByModel(placeByModel)
            .destroyedByDirection(byDirection).leftAirspaceByCountry(byCountry).subTypes(subs));
    Arbitrary<LineDetails> full = Combinators.combine(maps, counts(), counts(), counts(), counts(),
            counts(), Arbitraries.of(true, false))
        .as((b, shaheds, jet, jetDestroyed, hits, fragments, withheld) -> b
            .genuineShaheds(shaheds).jetPowered(jet).jetPoweredDestroyed(jetDestroyed)
            .hitLocations(hits).fragmentLocations(fragments).launchedWithheld(withheld).build());
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(LineDetails.none())),
        Tuple.of(2, full));
  }

  private Arbitrary<Casualties> casualties() {
    Arbitrary<PlaceCasualties> places = Combinators.combine(names(), counts(), counts())
        .as(PlaceCasualties::of);
    return Arbitraries.oneOf(Arbitraries.just(Casualties.unknown()),
        Combinators.combine(counts(), counts(), places.list().ofMaxSize(3))
            .as(Casualties::of));
  }
}
