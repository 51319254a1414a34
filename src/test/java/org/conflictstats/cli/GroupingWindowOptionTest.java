package org.conflictstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.conflictstats.testing.FarRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --grouping-window}: a row that comes back after a window given starts a report of its own,
 * which counting each report once takes for a copy or a revision, with a warning that says so first; a wider
 * window (or {@code all}) makes the report whole again, so the table is the table of the rows in
 * order.
 */
final class GroupingWindowOptionTest {

  private static final String HEADER = FarRow.HEADER;

  /** 1,100 one-night reports of two rows each; the second row of the first can move. */
  private static String file(boolean moved) {
    return FarRow.csv(moved);
  }

  private static CliRun rates(String text, String... options) {
    List<String> args = new ArrayList<>(List.of("rates", "--by", "year,weapon", "--format", "csv"));
    args.addAll(List.of(options));
    args.add("-");
    return CliRun.withStdin(text, args.toArray(String[]::new));
  }

  @Test
  void aRowBeyondTheWindowIsARevisionAndAWiderWindowMakesTheReportWhole() {
    CliRun inOrder = rates(file(false));
    assertEquals(0, inOrder.exit(), inOrder::toString);
    CliRun moved = rates(file(true), "--grouping-window", "1024");
    assertEquals(0, moved.exit(), moved::toString);
    // the moved Kalibr row started a report of its own, which revised the first: only the later
    // version (the Kalibr line alone) counts, so the first report's Shahed line is not counted
    assertNotEquals(inOrder.out(), moved.out());
    assertTrue(moved.err().contains("<stdin>:2201: 1 separate report started by rows that come more"
        + " than 1,024 reports after their report's other rows: it counts as a copy or a revision"
        + " of the first (sort the rows or widen the grouping window) (first at this line: "),
        moved::err);
    for (String window : List.of("all", "1100", "100000")) {
      CliRun wide = rates(file(true), "--grouping-window", window);
      assertEquals(0, wide.exit(), wide::toString);
      assertEquals(inOrder.out(), wide.out(), window);
      assertTrue(!wide.err().contains("comes more than"), wide::err);
    }
    // a window just too narrow: the row comes back one report too late
    assertNotEquals(inOrder.out(), rates(file(true), "--grouping-window", "1098").out());
  }

  /**
   * Without the option, an input too short to be cut into ranges (this one: 60 KB) keeps every
   * report open, from a file as from standard input: the moved row joins its report, as the rows
   * in order give, with no warning but the count of rows not next to their report.
   */
  @Test
  void aShortInputIsGroupedWholeByDefault(@TempDir Path dir) throws IOException {
    CliRun inOrder = rates(file(false));
    CliRun moved = rates(file(true));
    assertEquals(0, moved.exit(), moved::toString);
    assertEquals(inOrder.out(), moved.out());
    assertFalse(moved.err().contains("comes more than"), moved::err);
    assertTrue(moved.err().contains("<stdin>:2201: 1 row was not next to the other rows of their"
        + " report"), moved::err);
    Path file = Files.writeString(dir.resolve("moved.csv"), file(true));
    CliRun fromFile = CliRun.of("rates", "--by", "year,weapon", "--format", "csv",
        file.toString());
    assertEquals(inOrder.out(), fromFile.out());
    assertEquals(moved.err().replace("<stdin>", file.toString()), fromFile.err());
  }

  /**
   * Rows that come back after the window are said in one warning, at the first, with how many
   * there are (rv51b: one line a row, 10,000 for a shuffled file of 6 MB), beside the warning of
   * the whole file (blank lines skipped): 300 rows that come back after a window of 200 reports,
   * then three blank lines.
   */
  @Test
  void rowsThatComeBackAfterTheWindowAreOneWarning() {
    CliRun r = CliRun.withStdin(comingBack(), "rates", "--grouping-window", "200", "-");
    assertEquals(0, r.exit(), r::toString);
    assertEquals(List.of("conflict-stats: warning: <stdin>:302: 300 separate reports started by rows"
        + " that come more than 200 reports after their report's other rows: each counts as a copy"
        + " or a revision of the first (sort the rows or widen the grouping window)"
        + " (first at this line: kpszsu/posts/0@2025-01-01T20:00/2025-01-01T20:30#2)",
        "conflict-stats: warning: <stdin>: skipped 3 blank lines"),
        r.errLines().stream().filter(l -> l.startsWith("conflict-stats: warning: <stdin>"))
            .toList(), r::err);
    assertFalse(r.err().contains("more warnings"), r::err);
  }

  /**
   * Standard error shows the first 100 warnings of lines of an input and counts the rest: 300
   * lines of JSON Lines with a property the reader ignores.
   */
  @Test
  void theFirstHundredWarningsOfLinesAreShownAndTheRestCounted() {
    CliRun converted = CliRun.withStdin(comingBack(), "convert", "--to", "jsonl", "-");
    assertEquals(0, converted.exit(), converted::toString);
    StringBuilder marked = new StringBuilder();
    converted.outLines().forEach(l -> marked.append(l.replaceFirst("\\{", "{\"zzz\":1,"))
        .append('\n'));
    CliRun r = CliRun.withStdin(marked.toString(), "rates", "-");
    assertEquals(0, r.exit(), r::toString);
    assertEquals(100, r.errLines().stream().filter(l -> l.contains("unknown property")).count(),
        r::err);
    // 300 reports, one line each
    assertTrue(r.err().contains("conflict-stats: warning: ... and 200 more warnings"), r::err);
  }

  /** 300 reports, then 300 more of the same keys: each comes back 300 reports after its first. */
  private static String comingBack() {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < 300; i++) {
        text.append(String.format("2025-01-%02d 20:00,2025-01-%02d 20:30,%s,4,3,kpszsu/posts/%d%n",
            1 + i % 28, 1 + i % 28, pass == 0 ? "Kalibr" : "Shahed-136/131", i));
      }
    }
    return text.append(",,,,,\n\n,,,,,\n").toString();
  }

  @Test
  void badWindowsAreUsageErrors() {
    for (String bad : List.of("0", "-3", "abc", "")) {
      CliRun r = rates(file(false), "--grouping-window", bad);
      assertEquals(ExitCode.USAGE, r.exit(), r::toString);
      assertTrue(r.err().startsWith("conflict-stats: Invalid value for option"
          + " '--grouping-window'"), r::err);
    }
  }
}
