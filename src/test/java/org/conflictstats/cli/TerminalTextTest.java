package org.conflictstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.conflictstats.internal.ControlChars;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every text output for a terminal shows the control characters of a name escaped, by the one
 * rule of {@link ControlChars}: a weapon, a source (its name and its post's address), a region
 * (from the input and as the filter and the scope name it) and a file's path with an escape
 * sequence in them never reach standard output raw. JSON escapes them itself: it keeps the names
 * as they are.
 */
final class TerminalTextTest {

  private static final String ESC = "\u001b[31m";
  private static final String REGION = "Kyiv" + ESC + "oblast";
  private static final String HEADER = "time_start,time_end,model,launch_place,target,target_main,"
      + "launched,destroyed,not_reach_goal,still_attacking,border_crossing,is_shahed,"
      + "num_hit_location,num_fall_fragment_location,carrier,turbojet,turbojet_destroyed,"
      + "affected region,destroyed_details,launched_details,launch_place_details,source\n";
  private static final String ROW1 = "2025-04-16 20:00,2025-04-17 08:00,Shahed-136/131,,Ukraine,,"
      + "100,80,0,0,{},,,,,,,\"['" + REGION + "']\",,,,kpszsu/posts/1" + ESC + "x\n";
  private static final String ROW2 = "2025-04-16 20:00,2025-04-17 08:00,Bad" + ESC + "Weapon,,"
      + "Ukraine,,10,7,0,0,{},,,,,,,,,,,kpszsu/posts/1" + ESC + "x\n";
  private static final String ROW3 = "2025-04-17 20:00,2025-04-18 08:00,Shahed-136/131,,Ukraine,,"
      + "60,50,0,0,{},,,,,,,,,,,Evil" + ESC + "Src/posts/2\n";

  @TempDir
  Path dir;

  private String in;
  private String before;

  @BeforeEach
  void files() throws IOException {
    in = Files.writeString(dir.resolve("in" + ESC + ".csv"), HEADER + ROW1 + ROW2 + ROW3,
        StandardCharsets.UTF_8).toString();
    before = Files.writeString(dir.resolve("before.csv"), HEADER + ROW1,
        StandardCharsets.UTF_8).toString();
  }

  @Test
  void textOutputsShowTheNamesControlCharactersEscaped() {
    List<List<String>> runs = List.of(
        List.of("rates", "--by", "weapon", in),
        List.of("rates", "--by", "source", in),
        List.of("rates", "--by", "region", "--region", REGION, in),
        List.of("summary", in),
        List.of("summary", "--region", REGION, in),
        List.of("summary", "--sources", "Evil" + ESC + "Src", in),
        List.of("attacks", in),
        List.of("attacks", "--region", REGION, in),
        List.of("validate", in),
        List.of("diff", before, in));
    for (List<String> args : runs) {
      CliRun r = CliRun.of(args.toArray(String[]::new));
      assertEquals(0, r.exit(), () -> args + "\n" + r);
      for (String stream : List.of(r.out(), r.err())) {
        for (int i = 0; i < stream.length(); i++) {
          char c = stream.charAt(i);
          int at = i;
          assertTrue(!ControlChars.isControl(c) || c == '\n',
              () -> args + ": raw U+" + Integer.toHexString(c) + " at " + at + " of\n" + stream);
        }
      }
      assertTrue(r.out().contains("\\u001b[31m"), () -> args + ": no escaped name in\n" + r);
    }
  }

  @Test
  void theFilterAndTheScopeAreShownEscapedWhereTheyWereRaw() {
    // the three places that wrote an option's name raw: a text table's filter note, summary's
    // filter and scope lines
    String shown = REGION.replace("\u001b", "\\u001b");
    assertTrue(CliRun.of("rates", "--region", REGION, in).out()
        .contains("Filter: region " + shown + "."));
    assertTrue(CliRun.of("summary", "--region", REGION, in).out()
        .contains("Filtered (region " + shown + "): "));
    assertTrue(CliRun.of("summary", "--sources", "Evil" + ESC + "Src", in).out()
        .contains("(known launched; sources: Evil\\u001b[31mSrc)"));
    assertTrue(CliRun.of("attacks", in).out().contains("kpszsu/posts/1\\u001b[31mx"));
  }

  @Test
  void jsonKeepsTheNamesAsTheyAreAndEscapesThemItself() throws IOException {
    CliRun r = CliRun.of("summary", "--format", "json", "--region", REGION, in);
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().chars().noneMatch(c -> c == 0x1b), r::toString);
    JsonNode s = new ObjectMapper().readTree(r.out());
    assertEquals("region " + REGION, s.get("filter").get("description").asText());
    assertEquals(in, s.get("files").get(0).get("file").asText());
    List<String> weapons = new ArrayList<>();
    s.get("most_launched").forEach(w -> weapons.add(w.get("weapon").asText()));
    assertTrue(weapons.stream().noneMatch(w -> w.contains("\\u001b")), weapons::toString);
  }
}
