package org.conflictstats.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.conflictstats.model.Casualties;
import org.conflictstats.model.Count;
import org.conflictstats.model.InputLimits;
import org.conflictstats.model.LineDetails;
import org.conflictstats.model.PlaceCasualties;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.Source;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.SubTypeCounts;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponLine;
import org.conflictstats.validation.Finding;
import org.conflictstats.validation.FindingCode;
import org.conflictstats.validation.Validator;
import org.junit.jupiter.api.Test;

/**
 * The validator's {@code BEYOND_INPUT_LIMITS} and the JSON reader's limits are one rule seen from
 * two sides: a report built in code reads back from JSON exactly when the validator finds nothing
 * beyond the limits, at the limits and one past them, for every place a count stands in a report
 * (the six outcomes, every count of a line's details, casualties in all and per place) and for
 * the years.
 */
final class InputLimitsRoundTripTest {

  private static final WeaponCatalog CATALOG = WeaponCatalog.builtIn();
  private static final long MAX = InputLimits.MAX_COUNT;

  private static StrikeReport report(UnaryOperator<StrikeReport.Builder> change) {
    StrikeReport.Builder b = StrikeReport.builder()
        .id("synthetic-limits")
        .period(ReportPeriod.of(ReportTime.ofDate(LocalDate.of(2025, 4, 16)),
            ReportTime.ofDate(LocalDate.of(2025, 4, 17))))
        .source(Source.parse("kpszsu/posts/synthetic-limits"));
    return change.apply(b).build();
  }

  private static StrikeReport line(WeaponLine l) {
    return report(b -> b.addLine(l));
  }

  private static WeaponLine shaheds() {
    return WeaponLine.of(CATALOG.resolve("Shahed"), Count.exactly(10));
  }

  /** Each report holds one value at {@code n}: the count kinds and places the readers limit. */
  private static List<StrikeReport> holding(long n) {
    return List.of(
        line(WeaponLine.of(CATALOG.resolve("Shahed"), Count.exactly(n))),
        line(WeaponLine.of(CATALOG.resolve("Shahed"), Count.between(1, n))),
        line(shaheds().withHit(Count.atMost(n))),
        line(shaheds().withDestroyed(Count.atLeast(n))),
        line(shaheds().withDetails(LineDetails.builder()
            .subTypes(List.of(SubTypeCounts.of("Turbojet", Count.exactly(n), Count.zero())))
            .build())),
        line(shaheds().withDetails(LineDetails.builder()
            .destroyedByDirection(Map.of("west side", Count.exactly(n))).build())),
        line(shaheds().withDetails(LineDetails.builder().hitLocations(Count.exactly(n)).build())),
        line(shaheds().withDetails(LineDetails.builder()
            .subTypes(List.of(SubTypeCounts.of("Turbojet", Count.zero(), Count.atMost(n))))
            .build())),
        line(WeaponLine.of(CATALOG.resolve("X-101/X-555 and Kalibr"), Count.unknown())
            .withDetails(LineDetails.builder().launchedByModel(
                Map.of(CATALOG.resolve("Kalibr"), Count.exactly(n))).build())),
        line(shaheds().withDetails(LineDetails.builder()
            .leftAirspaceByCountry(Map.of("belarus", Count.atLeast(n))).build())),
        line(shaheds().withDetails(LineDetails.builder().genuineShaheds(Count.exactly(n)).build())),
        line(shaheds().withDetails(LineDetails.builder().jetPowered(Count.between(0, n)).build())),
        line(shaheds().withDetails(LineDetails.builder()
            .jetPoweredDestroyed(Count.exactly(n)).build())),
        line(shaheds().withDetails(LineDetails.builder()
            .fragmentLocations(Count.exactly(n)).build())),
        report(b -> b.casualties(Casualties.of(Count.zero(), Count.exactly(n)))),
        report(b -> b.casualties(Casualties.of(Count.unknown(), Count.unknown(), List.of(
            PlaceCasualties.of("Synthetic town", Count.atLeast(n), Count.zero()))))),
        report(b -> b.casualties(Casualties.of(Count.unknown(), Count.unknown(), List.of(
            PlaceCasualties.of("Synthetic town", Count.zero(), Count.between(1, n)))))));
  }

  private static List<Finding> beyond(StrikeReport r) {
    return Validator.standard().validate(r).findings().stream()
        .filter(f -> f.hasCode(FindingCode.BEYOND_INPUT_LIMITS)).toList();
  }

  @Test
  void atTheLimitAReportReadsBackAndTheValidatorFindsNothing() {
    for (StrikeReport r : holding(MAX)) {
      assertEquals(List.of(), beyond(r), r::toString);
      assertEquals(r, ReportJson.read(ReportJson.write(r)));
    }
  }

  @Test
  void pastTheLimitTheValidatorFindsItAndNoReaderReadsItBack() {
    for (StrikeReport r : holding(MAX + 1)) {
      List<Finding> found = beyond(r);
      assertEquals(1, found.size(), r::toString);
      assertTrue(found.get(0).message().contains("1,000,000,000"), found.get(0)::toString);
      assertTrue(Validator.standard().hasErrors(r));
      String json = ReportJson.write(r);
      assertThrows(RuntimeException.class, () -> ReportJson.read(json), json);
    }
  }

  @Test
  void theYearsAreTheReadersToo() {
    for (int year : new int[] {InputLimits.FIRST_YEAR - 1, InputLimits.FIRST_YEAR,
        InputLimits.LAST_YEAR, InputLimits.LAST_YEAR + 1}) {
      ReportTime t = ReportTime.ofDate(LocalDate.of(year, 6, 1));
      StrikeReport r = report(b -> b.period(ReportPeriod.of(t, t)));
      boolean inside = year >= InputLimits.FIRST_YEAR && year <= InputLimits.LAST_YEAR;
      List<String> paths = beyond(r).stream().map(f -> f.path().toString()).toList();
      assertEquals(inside ? List.of() : List.of("period.start", "period.end"), paths);
      if (inside) {
        assertEquals(r, ReportJson.read(ReportJson.write(r)));
      } else {
        assertThrows(RuntimeException.class, () -> ReportJson.read(ReportJson.write(r)));
      }
    }
  }
}
