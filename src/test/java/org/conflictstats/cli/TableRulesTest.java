package org.conflictstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dashed rules of the text tables are as wide as the table's heading: those of
 * {@code attacks} were 105 characters under a heading of 111 (the rule stopped before the
 * {@code source} column). ({@code diff}'s rule, a character wider than its rows, is pinned by
 * {@code DiffCommandTest}; the rules of {@code rates} are as wide as its tables already, and
 * {@code summary} and {@code validate} draw none.)
 */
final class TableRulesTest {

  private static List<String> rules(List<String> lines) {
    return lines.stream().filter(l -> !l.isEmpty() && l.chars().allMatch(c -> c == '-')).toList();
  }

  private static void rulesAsWideAs(String heading, List<String> lines, String what) {
    List<String> rules = rules(lines);
    assertFalse(rules.isEmpty(), what + ": a rule");
    for (String rule : rules) {
      assertEquals(heading.length(), rule.length(), what + ": " + heading);
    }
  }

  @Test
  void theRulesOfAttacksAreAsWideAsItsHeading() {
    for (String[] args : List.of(new String[] {"attacks"}, new String[] {"attacks", "--top", "3"},
        new String[] {"attacks", "--zone", "America/Argentina/Buenos_Aires"})) {
      CliRun r = CliRun.of(args);
      assertEquals(0, r.exit(), r::toString);
      List<String> lines = r.outLines();
      assertEquals(2, rules(lines).size(), r::toString);
      rulesAsWideAs(lines.get(0), lines, String.join(" ", args));
    }
  }
}
