package org.conflictstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lists of {@code summary} (sources, most launched weapons): a name too long for its column
 * wraps onto the lines after it, as the text tables' names do, and nothing is cut; one report is
 * "1 report", one row "1 row read".
 */
final class SummaryListsTest {

  @Test
  void aLongWeaponNameWrapsAndIsNotCut() {
    String name = "W".repeat(100) + " and a second word";
    String csv = CliTest.AIR_FORCE_HEADER + "2025-04-16 20:00,2025-04-17 08:00," + name
        + ",,Ukraine,,10,8,kpszsu/posts/1\n";
    CliRun r = CliRun.withStdin(csv, "summary", "-");
    assertEquals(0, r.exit(), r::toString);
    List<String> out = r.outLines();
    int at = out.indexOf("Most launched weapons (known launched; sources: all)");
    assertTrue(at >= 0, r::toString);
    assertEquals("  " + "W".repeat(40) + "        10", out.get(at + 1));
    assertEquals("  " + "W".repeat(40), out.get(at + 2));
    assertEquals("  " + "W".repeat(20) + " and a second word", out.get(at + 3));
    assertTrue(out.stream().allMatch(l -> l.length() <= 80 || l.startsWith("  kinetic")
        || l.startsWith("  neutralisation")), "the lists fit 80 columns: " + r);
    assertTrue(out.contains("  kpszsu (national)                             1 report"), r::toString);
    assertTrue(out.contains("  <stdin>: 1 row read, 1 accepted, 0 rejected; 1 report"), r::toString);
    assertTrue(out.contains("Reports: 1, with 1 weapon line"), r::toString);
    // with a narrower scope or a filter the head says it counts what was read, not what follows
    for (String[] narrower : List.of(new String[] {"--sources", "regional"},
        new String[] {"--from", "2025"})) {
      CliRun n = CliRun.withStdin(csv, "summary", narrower[0], narrower[1], "-");
      assertTrue(n.outLines().contains("Reports: 1, with 1 weapon line (before the scope and"
          + " filter, which apply below)"), n::toString);
    }
    CliRun converted = CliRun.withStdin(csv, "convert", "--to", "jsonl", "-");
    assertTrue(converted.err().contains("converted 1 report (1 row) to jsonl"), converted::toString);
  }

  /** A filter that passes no line: the list of the most launched says none (it was empty). */
  @Test
  void anEmptyListOfTheMostLaunchedSaysNone() {
    String csv = CliTest.AIR_FORCE_HEADER + "2025-04-16 20:00,2025-04-17 08:00,Shahed-136/131"
        + ",,Ukraine,,10,8,kpszsu/posts/1\n";
    CliRun r = CliRun.withStdin(csv, "summary", "--from", "2020", "--to", "2020", "-");
    assertEquals(0, r.exit(), r::toString);
    List<String> out = r.outLines();
    int at = out.indexOf("Most launched weapons (known launched; sources: all)");
    assertTrue(at >= 0, r::toString);
    assertEquals("  none (no line in the scope and filter gives a known launched count)",
        out.get(at + 1), r::toString);
    CliRun unfiltered = CliRun.withStdin(csv, "summary", "-");
    assertFalse(unfiltered.out().contains("none (no line"), unfiltered::toString);
  }
}
