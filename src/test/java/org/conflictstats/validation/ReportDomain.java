package org.conflictstats.validation;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.conflictstats.model.Casualties;
import org.conflictstats.model.Count;
import org.conflictstats.model.LineDetails;
import org.conflictstats.model.PlaceCasualties;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.Source;
import org.conflictstats.model.SourceKind;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.TimePrecision;
import org.conflictstats.model.Weapon;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponLine;

/**
 * Generators of arbitrary strike reports, built through the model's public factories: consistent
 * and inconsistent lines, blank and open-ended counts, counts near {@code Long.MAX_VALUE}, inverted
 * and long periods, unknown sources, unresolved, composite and repeated weapons, contradictory
 * casualties. All values are synthetic.
 */
final class ReportDomain {

  private static final WeaponCatalog CATALOG = WeaponCatalog.builtIn();
  private static final List<String> WEAPON_NAMES = List.of("Shahed-136/131", "Geran-2", "Kalibr",
      "X-101/X-555", "C-300", "Молнія", "Mystery-9", "Synthetic drone", "X-101/X-555 and Kalibr",
      "Kalibr and Mystery-9", "Orlan-10 and ZALA");
  private static final LocalDateTime EPOCH = LocalDateTime.of(2022, 2, 24, 0, 0);

  private ReportDomain() {}

  static Arbitrary<Count> counts() {
    Arbitrary<Long> small = Arbitraries.longs().between(0, 120);
    Arbitrary<Long> huge = Arbitraries.longs().between(Long.MAX_VALUE - 5, Long.MAX_VALUE);
    Arbitrary<Long> n = Arbitraries.frequencyOf(
        Tuple.of(9, small), Tuple.of(1, huge));
    return Arbitraries.frequencyOf(
        Tuple.of(6, n.map(Count::exactly)),
        Tuple.of(2, Arbitraries.just(Count.unknown())),
        Tuple.of(1, n.map(Count::atLeast)),
        Tuple.of(1, n.map(Count::atMost)),
        Tuple.of(1, Combinators.combine(n, n)
            .as((a, b) -> Count.between(Math.min(a, b), Math.max(a, b)))));
  }

  static Arbitrary<ReportTime> times(Arbitrary<LocalDateTime> at) {
    return Combinators.combine(at, Arbitraries.of(TimePrecision.class))
        .as((t, p) -> new ReportTime(t, p));
  }

  static Arbitrary<ReportPeriod> periods() {
    Arbitrary<LocalDateTime> start = Arbitraries.longs().between(0, 60L * 24 * 365 * 5)
        .map(EPOCH::plusMinutes);
    // from two days before the start to forty days after it
    Arbitrary<Long> offset = Arbitraries.longs().between(-60L * 48, 60L * 24 * 40)
        .edgeCases(c -> c.includeOnly(0L, 60L * 48, 60L * 48 + 1, -1L));
    Arbitrary<ZoneId> zone = Arbitraries.of(ReportPeriod.KYIV, ZoneOffset.UTC);
    return Combinators.combine(start, offset, Arbitraries.of(TimePrecision.class),
            Arbitraries.of(TimePrecision.class), zone)
        .as((s, o, ps, pe, z) -> new ReportPeriod(new ReportTime(s, ps),
            new ReportTime(s.plusMinutes(o), pe), z));
  }

  static Arbitrary<Source> sources() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(Source.unknown())),
        Tuple.of(6, Arbitraries.of(Source.parse("kpszsu/posts/synthetic-1"),
            Source.parse("https://t.me/PvKPivden/1"),
            Source.of("Synthetic governor", SourceKind.OTHER))));
  }

  static Arbitrary<Weapon> weapons() {
    return Arbitraries.of(WEAPON_NAMES).map(CATALOG::resolve);
  }

  static Arbitrary<WeaponLine> lines() {
    return Arbitraries.frequencyOf(Tuple.of(2, consistentLines()), Tuple.of(1, anyLines()));
  }

  /** Lines as a careful source gives them: exact launched, outcomes that fit, a blank now and then. */
  static Arbitrary<WeaponLine> consistentLines() {
    Arbitrary<Long> launched = Arbitraries.longs().between(0, 500);
    Arbitrary<Double> share = Arbitraries.doubles().between(0, 1);
    return Combinators.combine(weapons(), launched, share, share, Arbitraries.of(true, false))
        .as((w, n, d, s, blankStill) -> {
          long destroyed = (long) (n * d);
          long suppressed = (long) ((n - destroyed) * s);
          return WeaponLine.of(w, Count.exactly(n))
              .withDestroyed(Count.exactly(destroyed))
              .withSuppressed(Count.exactly(suppressed))
              .withStillAirborne(blankStill ? Count.unknown() : Count.zero());
        });
  }

  /** Lines with any counts at all, most of them inconsistent. */
  static Arbitrary<WeaponLine> anyLines() {
    Arbitrary<Count> c = counts();
    return Combinators.combine(weapons(), c, c, c, c, c, c, Arbitraries.of(true, false))
        .as((w, launched, destroyed, suppressed, airborne, left, hit, withheld) ->
            new WeaponLine(w, launched, destroyed, suppressed, airborne, left, hit,
                withheld ? LineDetails.builder().launchedWithheld(true).build()
                    : LineDetails.none()));
  }

  static Arbitrary<Casualties> casualties() {
    Arbitrary<PlaceCasualties> place = Combinators.combine(
            Arbitraries.of("Synthetic town", "Synthetic village"), counts(), counts())
        .as(PlaceCasualties::of);
    return Combinators.combine(counts(), counts(), place.list().ofMaxSize(3))
        .as(Casualties::of);
  }

  static Arbitrary<StrikeReport> reports() {
    return Combinators.combine(Arbitraries.integers().between(1, 999), periods(), sources(),
            lines().list().ofMaxSize(6), casualties())
        .as((n, period, source, lines, casualties) -> StrikeReport.builder()
            .id("synthetic-" + n)
            .period(period)
            .source(source)
            .addLines(lines)
            .casualties(casualties)
            .build());
  }
}
