package org.conflictstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.conflictstats.io.ImportCounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every saved output that lists what it left out says so of the rows that could not be read
 * (DOMAIN.md §9): the table's notes, JSON {@code left_out.rejected_rows} and {@code notes}, the
 * chart's caption; in one wording ({@link ImportCounts#rejectedNote}), and nothing more when no row
 * was rejected (review F4).
 */
final class RejectedRowsOutputTest {

  private static final String GOOD = CliTest.AIR_FORCE_HEADER
      + "2025-04-16 20:00,2025-04-17 08:00,Shahed-136/131,,Ukraine,,75,25,kpszsu/posts/t1\n"
      + "2025-05-18 20:00,2025-05-19 08:00,Shahed-136/131,,Ukraine,,10,8,kpszsu/posts/t3\n";
  /** The rows of {@link #GOOD} and one whose launched count is not a number (line 3). */
  private static final String ONE_BAD = CliTest.AIR_FORCE_HEADER
      + "2025-04-16 20:00,2025-04-17 08:00,Shahed-136/131,,Ukraine,,75,25,kpszsu/posts/t1\n"
      + "2025-04-17 20:00,2025-04-18 08:00,Shahed-136/131,,Ukraine,,4O8,25,kpszsu/posts/t2\n"
      + "2025-05-18 20:00,2025-05-19 08:00,Shahed-136/131,,Ukraine,,10,8,kpszsu/posts/t3\n";
  private static final String NOTE =
      "Rejected: 1 row that could not be read ('conflict-stats validate' lists it).";

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  /** The file with one unreadable row, and the same file without it. */
  private Path bad;
  private Path good;

  @BeforeEach
  void writeFiles() throws IOException {
    bad = Files.writeString(dir.resolve("bad.csv"), ONE_BAD, StandardCharsets.UTF_8);
    good = Files.writeString(dir.resolve("good.csv"), GOOD, StandardCharsets.UTF_8);
  }

  @Test
  void theNoteNamesTheRowsOrIsAbsent() {
    assertEquals(Optional.empty(), ImportCounts.rejectedNote(0));
    assertEquals(Optional.of(NOTE), ImportCounts.rejectedNote(1));
    assertEquals(Optional.of("Rejected: 1,234 rows that could not be read ('conflict-stats"
        + " validate' lists them)."), ImportCounts.rejectedNote(1234));
  }

  @Test
  void ratesTableSaysSoInItsNotesAndOnlyThen() throws IOException {
    Path out = dir.resolve("t.txt");
    CliRun r = CliRun.of("rates", "--by", "year", "-o", out.toString(), bad.toString());
    assertEquals(0, r.exit(), r::toString);
    List<String> lines = Files.readAllLines(out);
    assertTrue(lines.contains(NOTE), () -> String.join("\n", lines));
    CliRun clean = CliRun.of("rates", "--by", "year", good.toString());
    assertFalse(clean.out().contains("Rejected"), clean::toString);
    // the rejected note is the one line the reading adds: the rest is the same table
    List<String> without = new ArrayList<>(lines);
    without.remove(NOTE);
    assertEquals(clean.outLines(), without);
  }

  @Test
  void ratesJsonCountsThemUnderLeftOut() throws IOException {
    JsonNode j = JSON.readTree(CliRun.of("rates", "--format", "json", bad.toString()).out());
    assertEquals(1, j.get("left_out").get("rejected_rows").asLong(), j::toPrettyString);
    assertTrue(notes(j).contains(NOTE), j::toPrettyString);
    JsonNode clean = JSON.readTree(CliRun.of("rates", "--format", "json", good.toString()).out());
    assertTrue(clean.get("left_out").has("rejected_rows"), clean::toPrettyString);
    assertEquals(0, clean.get("left_out").get("rejected_rows").asLong());
    assertFalse(notes(clean).stream().anyMatch(n -> n.startsWith("Rejected")), clean::toString);
  }

  @Test
  void ratesCsvHasNoNotesSoStandardErrorGivesIt() throws IOException {
    CliRun r = CliRun.of("rates", "--format", "csv", bad.toString());
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.errLines().contains("conflict-stats: note: " + NOTE), r::toString);
    assertFalse(r.out().contains("Rejected"), r::toString);
  }

  @Test
  void attacksTableAndJsonSaySo() throws IOException {
    CliRun table = CliRun.of("attacks", bad.toString());
    assertEquals(0, table.exit(), table::toString);
    assertTrue(table.out().replace('\n', ' ').contains(NOTE), table::toString);
    CliRun clean = CliRun.of("attacks", good.toString());
    assertFalse(clean.out().contains("Rejected"), clean::toString);
    JsonNode j = JSON.readTree(CliRun.of("attacks", "--format", "json", bad.toString()).out());
    assertEquals(1, j.get("left_out").get("rejected_rows").asLong(), j::toPrettyString);
    assertTrue(notes(j).contains(NOTE), j::toPrettyString);
    JsonNode none = JSON.readTree(CliRun.of("attacks", "--format", "json", good.toString()).out());
    assertEquals(0, none.get("left_out").get("rejected_rows").asLong(), none::toPrettyString);
  }

  @Test
  void chartCaptionSaysSo() throws IOException {
    Path svg = dir.resolve("c.svg");
    CliRun r = CliRun.of("chart", "-o", svg.toString(), bad.toString());
    assertEquals(0, r.exit(), r::toString);
    assertTrue(Files.readString(svg).contains(NOTE.replace("'", "&apos;"))
        || Files.readString(svg).contains(NOTE), r::toString);
    Path cleanSvg = dir.resolve("clean.svg");
    assertEquals(0, CliRun.of("chart", "-o", cleanSvg.toString(), good.toString()).exit());
    assertFalse(Files.readString(cleanSvg).contains("Rejected"));
  }

  private static List<String> notes(JsonNode j) {
    List<String> notes = new ArrayList<>();
    j.get("notes").forEach(n -> notes.add(n.asText()));
    return notes;
  }
}
