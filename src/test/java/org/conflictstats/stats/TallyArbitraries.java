package org.conflictstats.stats;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.conflictstats.model.Count;
import org.conflictstats.model.Region;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.Source;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.Weapon;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponLine;

/**
 * Generators of counts, weapon lines and reports, built through the model's public factories. They
 * make the cases that matter frequent: zero launched, blank (unknown) figures, open-ended and
 * at-most counts, lines with unknown outcomes and inconsistent lines (more outcomes than launched).
 */
final class TallyArbitraries {

  private static final WeaponCatalog CATALOG = WeaponCatalog.builtIn();
  private static final List<Weapon> WEAPONS = List.of(
      CATALOG.resolve("Shahed-136/131"), CATALOG.resolve("Gerbera"), CATALOG.resolve("Kalibr"),
      CATALOG.resolve("Iskander-M"), CATALOG.resolve("X-101/X-555 and Kalibr"),
      CATALOG.resolve("Mystery-9"));
  private static final List<String> SOURCES =
      List.of("kpszsu", "PvKPivden", "pvkshid", "GeneralStaff.ua", "");
  private static final List<String> REGIONS =
      List.of("Odesa oblast", "Kyiv oblast", "Kharkiv oblast", "south");

  private TallyArbitraries() {}

  /** Any count: exact (often small or zero), unknown, at least, at most, between. */
  static Arbitrary<Count> counts() {
    Arbitrary<Long> small = Arbitraries.longs().between(0, 200);
    return Arbitraries.frequencyOf(
        Tuple.of(6, small.map(Count::exactly)),
        Tuple.of(2, Arbitraries.just(Count.zero())),
        Tuple.of(2, Arbitraries.just(Count.unknown())),
        Tuple.of(1, small.map(Count::atLeast)),
        Tuple.of(1, small.map(Count::atMost)),
        Tuple.of(1, Combinators.combine(small, small).as((a, b) -> Count.between(a, a + b))));
  }

  /** Launched counts: mostly exact, sometimes zero, blank or "at least n" (withheld). */
  static Arbitrary<Count> launchedCounts() {
    return Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.longs().between(1, 500).map(Count::exactly)),
        Tuple.of(1, Arbitraries.just(Count.zero())),
        Tuple.of(1, Arbitraries.just(Count.unknown())),
        Tuple.of(1, Arbitraries.longs().between(0, 100).map(Count::atLeast)),
        Tuple.of(1, counts()));
  }

  /** Lines of every kind: consistent exact lines, lines with any counts (often inconsistent). */
  static Arbitrary<WeaponLine> lines() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, consistentExactLines()),
        Tuple.of(1, blankOutcomeLines()),
        Tuple.of(4, anyLines()));
  }

  /** Lines like the missiles of 17 April 2025: launched given, destroyed and suppressed blank. */
  static Arbitrary<WeaponLine> blankOutcomeLines() {
    return Combinators.combine(Arbitraries.of(WEAPONS), launchedCounts())
        .as((w, l) -> WeaponLine.of(w, l).withDestroyed(Count.unknown())
            .withSuppressed(Count.unknown()));
  }

  /** Lines with any counts for launched and every outcome. */
  static Arbitrary<WeaponLine> anyLines() {
    return Combinators.combine(Arbitraries.of(WEAPONS), launchedCounts(), counts(), counts(),
            counts(), counts(), counts())
        .as((w, l, d, s, a, x, h) -> WeaponLine.of(w, l).withDestroyed(d).withSuppressed(s)
            .withStillAirborne(a).withLeftAirspace(x).withHit(h));
  }

  /** Lines whose counts are all exact and whose outcomes add up to at most launched. */
  static Arbitrary<WeaponLine> consistentExactLines() {
    return Arbitraries.longs().between(1, 400).flatMap(launched ->
        Arbitraries.longs().between(0, launched).list().ofSize(5).map(cuts -> {
          // five outcomes taking shares of what is left, in turn
          long left = launched;
          long[] o = new long[5];
          for (int i = 0; i < 5; i++) {
            o[i] = Math.min(cuts.get(i), left);
            left -= o[i];
          }
          return WeaponLine.of(WEAPONS.get((int) (launched % WEAPONS.size())),
                  Count.exactly(launched))
              .withDestroyed(Count.exactly(o[0])).withSuppressed(Count.exactly(o[1]))
              .withStillAirborne(Count.exactly(o[2])).withLeftAirspace(Count.exactly(o[3]))
              .withHit(Count.exactly(o[4]));
        }));
  }

  static Arbitrary<List<WeaponLine>> lineLists() {
    return lines().list().ofMaxSize(12);
  }

  /** Reports of a few sources, in the first months of 2025, with up to five lines. */
  static Arbitrary<StrikeReport> reports() {
    Arbitrary<ReportPeriod> periods = Combinators.combine(
            Arbitraries.integers().between(0, 120), Arbitraries.integers().between(17 * 60, 23 * 60),
            Arbitraries.integers().between(0, 16 * 60))
        .as((day, startMinute, minutes) -> {
          LocalDateTime start = LocalDate.of(2025, 1, 1).plusDays(day).atStartOfDay()
              .plusMinutes(startMinute);
          return ReportPeriod.of(ReportTime.ofMinute(start),
              ReportTime.ofMinute(start.plusMinutes(minutes)));
        });
    Arbitrary<List<Region>> regions = Arbitraries.of(REGIONS).map(Region::of).set().ofMaxSize(2)
        .map(List::copyOf);
    return Combinators.combine(Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(8),
            periods, Arbitraries.of(SOURCES), regions, lines().list().ofMaxSize(5))
        .as((id, period, source, rs, lines) -> StrikeReport.builder()
            .id("synthetic-" + id)
            .period(period)
            .source(Source.parse(source.isEmpty() ? "" : source + "/posts/synthetic-" + id))
            .addRegions(rs)
            .addLines(lines)
            .build());
  }

  /** A label for the kind of a launched count, to show that every case occurs. */
  static String launchedKind(Count launched) {
    if (launched.equals(Count.zero())) {
      return "zero launched";
    }
    if (launched.isUnknown()) {
      return "blank launched";
    }
    if (!launched.isBounded()) {
      return "open-ended launched";
    }
    return launched.isExact() ? "exact launched" : "bounded, inexact launched";
  }

  /** A label for the state of a line's outcomes. */
  static String outcomeKind(WeaponLine line) {
    if (line.knownOutcomes().mustExceed(line.launched())) {
      return "inconsistent";
    }
    if (line.unknown().equals(Count.zero())) {
      return "all accounted for";
    }
    if (line.destroyed().isUnknown() && line.suppressed().isUnknown()) {
      return "destroyed and suppressed blank";
    }
    return "some unknown";
  }
}
