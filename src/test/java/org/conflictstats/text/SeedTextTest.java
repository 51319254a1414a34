package org.conflictstats.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.conflictstats.model.Count;
import org.conflictstats.model.PlaceCasualties;
import org.conflictstats.model.SourceKind;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponLine;
import org.conflictstats.testing.RealData;
import org.conflictstats.validation.Severity;
import org.conflictstats.validation.Validator;
import org.junit.jupiter.api.Test;

/**
 * The project's seed, the news live blog of 17 April 2025: read from {@code ../shared/data} as a
 * real-data conformance test (skipped, with a message, when absent), and a text of our own that
 * uses the same phrasings with other numbers, so the logic is tested without the shared folder.
 */
final class SeedTextTest {

  /** Our own wording: the seed's phrasings, other numbers, other places, other noise. */
  static final String OWN = """
      Ministers met in Brussels on Wednesday to discuss the 14th package of sanctions.
      Thursday 5 June 2025 10:41, UK
      Ukraine's air force says Russian forces fired four missiles and 60 drones at the country overnight.
      It added that 20 drones were shot down and another 25 failed to reach their targets, probably because of electronic jamming.
      It gave no details on the remaining 15 drones, or on the missiles.
      Earlier, the regional governor of Kharkiv said a drone strike on the city killed two people and injured at least 12 (see 7.10am post).
      Photos show damaged homes in the city of Kharkiv, where at least two people have been killed and 12 injured.
      The orchestra will mark its 25th anniversary on 3 June, 312 days after its last tour began on 27 July.
      """;

  @Test
  void theSeedFromTheSharedDataExtractsExactlyItsFigures() throws IOException {
    Path file = RealData.news("2025-04-17-live-blog.txt");
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Extraction x = StatementExtractor.builtIn().extract(text, LocalDate.of(2025, 4, 17));
    assertReport(x, 75, 25, 30, 20, 5, "Dnipro", 3, 30);
    // none of its other numbers becomes a figure
    for (String other : List.of("498 days", "80th anniversary", "8 May", "7 October")) {
      int at = text.indexOf(other);
      assertTrue(at >= 0, other);
      for (Figure f : x.figures()) {
        assertFalse(f.provenance().start() <= at && at < f.provenance().end(),
            other + " became " + f);
      }
      assertTrue(x.notUnderstood().stream().anyMatch(n -> n.span().start() <= at
          && at < n.span().end()), other + " is listed as not understood");
    }
  }

  @Test
  void ourOwnTextWithTheSamePhrasingsExtractsExactlyItsFigures() {
    Extraction x = StatementExtractor.builtIn().extract(OWN, LocalDate.of(2025, 6, 5));
    assertReport(x, 60, 20, 25, 15, 4, "Kharkiv", 2, 12);
    for (String other : List.of("14th", "25th", "3 June", "312 days", "27 July", "10:41",
        "7.10am")) {
      int at = OWN.indexOf(other);
      for (Figure f : x.figures()) {
        assertFalse(f.provenance().start() <= at && at < f.provenance().end(), other + " " + f);
      }
    }
    assertEquals(Set.of("14th: an ordinal", "5 June 2025: a date; 10:41: a time",
        "25th: an ordinal; 3 June: a date; 312 days: days, regions or a share, not a count of"
            + " weapons; 27 July: a date"),
        x.notUnderstood().stream().map(NotUnderstood::why).collect(Collectors.toSet()));
  }

  /**
   * A decimal is said to be one, not a time (review rv46a: "1.2 thousand drones" gave "1.2: a
   * time"); a time written with a dot stays a time.
   */
  @Test
  void aDecimalIsSaidToBeADecimalAndADottedTimeATime() {
    Extraction x = StatementExtractor.builtIn().extract("Russia launched 1.2 thousand drones at"
        + " 11.26.", LocalDate.of(2025, 6, 5));
    assertTrue(x.figures().isEmpty(), x::toString);
    String why = x.notUnderstood().stream().map(NotUnderstood::why)
        .collect(Collectors.joining("; "));
    assertTrue(why.contains("1.2: a decimal, which no figure is"), why);
    assertTrue(why.contains("11.26: a time"), why);
  }

  /** The seed's shape: drones L/D/S with unknown U, missiles with unknown outcomes, one place. */
  private static void assertReport(Extraction x, long launched, long destroyed, long suppressed,
      long unknown, long missiles, String place, long killed, long injuredAtLeast) {
    StrikeReport r = x.report().orElseThrow();
    assertEquals(2, r.lines().size(), r.lines().toString());
    WeaponLine drones = line(r, "Shahed-136/131");
    assertEquals(Count.exactly(launched), drones.launched());
    assertEquals(Count.exactly(destroyed), drones.destroyed());
    assertEquals(Count.exactly(suppressed), drones.suppressed());
    assertEquals(Count.zero(), drones.stillAirborne());
    assertEquals(Count.zero(), drones.leftAirspace());
    assertEquals(Count.exactly(unknown), drones.unknown());
    WeaponLine m = line(r, "Unknown Missile");
    assertEquals(Count.exactly(missiles), m.launched());
    // the text says nothing of the missiles' fate: destroyed and suppressed unknown, not 0
    assertEquals(Count.unknown(), m.destroyed());
    assertEquals(Count.unknown(), m.suppressed());
    assertEquals(Count.atMost(missiles), m.unknown(), "every missile's fate may be unknown");
    assertEquals(Count.unknown(), m.neutralised());
    assertEquals(Count.exactly(killed), r.casualties().killed());
    assertEquals(Count.atLeast(injuredAtLeast), r.casualties().injured());
    assertEquals(List.of(PlaceCasualties.of(place, Count.exactly(killed),
        Count.atLeast(injuredAtLeast))), r.casualties().byPlace());
    assertEquals(SourceKind.NATIONAL_AIR_FORCE, r.source().kind());
    assertEquals(x.date(), r.reportDate());
    assertEquals(List.of(), Validator.standard().validate(r).findings(Severity.ERROR));
    // the weapon figures are exactly these four; the rest are casualties
    assertEquals(List.of("missiles launched " + missiles, "drones launched " + launched,
            "drones destroyed " + destroyed, "drones suppressed " + suppressed),
        x.figures().stream().filter(f -> !f.field().isCasualty()).map(Read::describe).toList());
    // the remaining drones are set aside as a remainder, not read as a figure
    assertEquals(List.of(SetAside.Reason.REMAINDER),
        x.setAside().stream().map(SetAside::reason).toList());
    assertTrue(x.setAside().get(0).detail().contains("remaining " + unknown + " drones"));
  }

  private static WeaponLine line(StrikeReport r, String weapon) {
    return r.lines().stream().filter(l -> l.weapon().name().equals(weapon)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + weapon + " line in " + r.lines()));
  }
}
