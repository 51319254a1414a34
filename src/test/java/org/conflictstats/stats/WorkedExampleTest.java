package org.conflictstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.conflictstats.model.Count;
import org.conflictstats.model.Outcome;
import org.conflictstats.model.WeaponCategory;
import org.conflictstats.model.WeaponLine;
import org.conflictstats.testing.RealData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The 17 April 2025 report, with the figures of DOMAIN.md §4. */
final class WorkedExampleTest {

  private static final double EPS = 1e-12;

  @Test
  void dronesHaveTheDomainFigures() {
    Tally drones = List.of(WorkedExample.drones()).stream().collect(Tally.toTally());

    assertEquals(CountSum.of(Count.exactly(75)), drones.launched());
    assertEquals(CountSum.of(Count.exactly(25)), drones.destroyed());
    assertEquals(CountSum.of(Count.exactly(30)), drones.suppressed());
    assertEquals(CountSum.of(Count.exactly(20)), drones.unknown());

    Rate kinetic = drones.kineticRate();
    assertEquals(1.0 / 3, kinetic.point().getAsDouble(), EPS);
    assertEquals(1.0 / 3, kinetic.lower().getAsDouble(), EPS);
    // every unknown drone may have been shot down; the 30 suppressed were not
    assertEquals(45.0 / 75, kinetic.upper().getAsDouble(), EPS);

    Rate neutralisation = drones.neutralisationRate();
    assertEquals(Rate.of(55, 75, 75), neutralisation);
    assertEquals(0.7333, neutralisation.point().getAsDouble(), 5e-5);
    assertEquals(55.0 / 75, neutralisation.lower().getAsDouble(), EPS);
    assertEquals(1.0, neutralisation.upper().getAsDouble(), EPS);
  }

  @Test
  void missilesOfUnknownOutcomeHaveBoundsZeroToOne() {
    Tally missiles = List.of(WorkedExample.missiles()).stream().collect(Tally.toTally());

    assertEquals(5, missiles.launched().lower());
    assertEquals(CountSum.of(Count.unknown()), missiles.destroyed());
    assertEquals(Count.between(0, 5), missiles.unknown().toCount());
    for (Rate rate : List.of(missiles.kineticRate(), missiles.neutralisationRate())) {
      assertEquals(Rate.of(0, 5, 5), rate);
      assertEquals(0.0, rate.point().getAsDouble());
      assertEquals(0.0, rate.lower().getAsDouble());
      assertEquals(1.0, rate.upper().getAsDouble());
    }
  }

  @Test
  void missilesWhoseOutcomesWereNotReportedAsSuchGiveTheSameBounds() {
    // the other reading: the source reported no outcome at all, so every outcome is zero
    WeaponLine unreported = WeaponLine.of(WorkedExample.missiles().weapon(), Count.exactly(5));
    Tally t = List.of(unreported).stream().collect(Tally.toTally());

    assertEquals(CountSum.of(Count.exactly(5)), t.unknown());
    assertEquals(Rate.of(0, 5, 5), t.neutralisationRate());
    assertEquals(Rate.of(0, 5, 5), t.kineticRate());
  }

  @Test
  void theWholeReportAddsBothLines() {
    Tally t = List.of(WorkedExample.report()).stream().collect(Tally.toTallyOfReports());

    assertEquals(1, t.reports());
    assertEquals(2, t.lines());
    assertEquals(CountSum.of(Count.exactly(80)), t.launched());
    assertEquals(Rate.of(55, 80, 80), t.neutralisationRate());
    assertEquals(Rate.of(25, 50, 80), t.kineticRate());
    assertEquals(Count.atLeast(25), t.sum(Outcome.DESTROYED).toCount());
    // unknown: 20 drones exactly, 0 to 5 missiles
    assertEquals(Count.between(20, 25), t.unknown().toCount());
  }

  @Test
  void theReportIsAttributedToSeventeenApril() {
    StatsTable byWeek = StatsQuery.groupBy(Dimension.DAY, Dimension.WEEK, Dimension.CATEGORY)
        .run(List.of(WorkedExample.report()));

    assertEquals(2, byWeek.size());
    assertEquals(List.of("2025-04-17", "2025-W16", WeaponCategory.UNKNOWN_DRONE.label()),
        byWeek.rows().get(0).key());
    assertEquals(Rate.of(55, 75, 75),
        byWeek.row("2025-04-17", "2025-W16", "unknown drone").get().tally().neutralisationRate());
  }

  @Test
  void theFixtureFiguresAreThoseOfTheNewsText() throws IOException {
    Path news = RealData.news("2025-04-17-live-blog.txt");
    String text = Files.readString(news, StandardCharsets.UTF_8);

    assertTrue(text.contains("launched five missiles and 75 drones"));
    assertTrue(text.contains("25 drones were shot down and another 30 failed to reach"));
    assertTrue(text.contains("remaining 20 drones, or the missiles"));
    assertTrue(text.contains("killed three people and injured at least 30"));
    WeaponLine drones = WorkedExample.drones();
    assertEquals(Count.exactly(75), drones.launched());
    assertEquals(Count.exactly(20), drones.unknown());
    assertEquals(Count.exactly(5), WorkedExample.missiles().launched());
  }

  @Test
  void theReadmeShowsTheTablesThisReportGives() throws IOException {
    // the README's worked example pastes StatsTable.format output for this report: it must be what
    // the code prints today (run from the project folder, as Maven runs tests)
    Path readme = Path.of("README.md");
    Assumptions.assumeTrue(Files.exists(readme), "README.md not in the working folder: skipping");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    StatsTable table = StatsQuery.groupBy(Dimension.DAY, Dimension.WEAPON)
        .run(List.of(WorkedExample.report()));
    String neutralisation = table.toString();
    String kinetic = table.format(RateKind.KINETIC, IntervalMethod.CLOPPER_PEARSON, 0.95);
    assertTrue(text.contains("```text\n" + neutralisation + "\n" + kinetic + "```"),
        () -> "README worked example differs from:\n" + neutralisation + "\n" + kinetic);
  }
}
