package org.conflictstats.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.conflictstats.model.Weapon;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.testing.PlainCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class AirForceCsvGeneratorTest {

  private static final int ROWS = 5_000;

  private static byte[] generate(AirForceCsvGenerator g, long rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long n = g.write(out, rows);
    assertEquals(out.size(), n, "the byte count returned");
    return out.toByteArray();
  }

  @Test
  void sameSeedGivesSameBytes() throws IOException {
    byte[] a = generate(AirForceCsvGenerator.withSeed(7), ROWS);
    byte[] b = generate(AirForceCsvGenerator.withSeed(7), ROWS);
    assertArrayEquals(a, b);
  }

  @Test
  void otherSeedGivesOtherBytes() throws IOException {
    byte[] a = generate(AirForceCsvGenerator.withSeed(7), ROWS);
    byte[] b = generate(AirForceCsvGenerator.withSeed(8), ROWS);
    assertFalse(Arrays.equals(a, b));
  }

  @Test
  void aShortFileIsThePrefixOfALongerOne() throws IOException {
    // rows are written in order from one random stream: the first rows do not depend on the count
    String shorter = new String(generate(AirForceCsvGenerator.withSeed(3), 100), StandardCharsets.UTF_8);
    String longer = new String(generate(AirForceCsvGenerator.withSeed(3), 1000), StandardCharsets.UTF_8);
    List<List<String>> a = records(shorter);
    List<List<String>> b = records(longer);
    assertEquals(a.subList(0, 90), b.subList(0, 90));
  }

  @Test
  void headerIsThe2026LayoutAndEveryRecordHasItsColumns() throws IOException {
    String text = new String(generate(AirForceCsvGenerator.withSeed(11), ROWS), StandardCharsets.UTF_8);
    assertTrue(text.startsWith("time_start,time_end,model,launch_place,target,target_main,launched,"
        + "destroyed,not_reach_goal,still_attacking,border_crossing,is_shahed,num_hit_location,"
        + "num_fall_fragment_location,carrier,turbojet,turbojet_destroyed,affected region,"
        + "destroyed_details,launched_details,launch_place_details,source\n"));
    List<List<String>> records = records(text);
    assertEquals(ROWS + 1, records.size(), "header plus the requested rows");
    for (List<String> r : records) {
      assertEquals(22, r.size(), () -> "columns of " + r);
    }
  }

  @Test
  void quotedLineBreaksKeepTheRecordCount() throws IOException {
    String text = new String(
        generate(AirForceCsvGenerator.withSeed(5).withQuotedNewlines(1.0), ROWS),
        StandardCharsets.UTF_8);
    List<List<String>> records = records(text);
    assertEquals(ROWS + 1, records.size());
    long physicalLines = text.chars().filter(c -> c == '\n').count();
    assertTrue(physicalLines > ROWS + 1, "some records span several lines");
    assertTrue(records.stream().anyMatch(r -> r.get(20).contains("\n")));
  }

  @Test
  void rowsShowTheQuirksOfTheRealFile() throws IOException {
    String text = new String(generate(AirForceCsvGenerator.withSeed(1), 10_000), StandardCharsets.UTF_8);
    List<List<String>> rows = records(text).subList(1, 10_001);
    long shahed = rows.stream().filter(r -> r.get(2).equals("Shahed-136/131")).count();
    Set<String> models = new HashSet<>();
    rows.forEach(r -> models.add(r.get(2)));
    assertTrue(shahed > 2_500, "Shahed lines dominate: " + shahed);
    assertTrue(models.contains("Молнія"), "a Cyrillic name");
    assertTrue(models.contains("X-101/X-555 and Kalibr"), "a composite line");
    assertTrue(rows.stream().anyMatch(r -> r.get(1).length() == 10), "date-only rows");
    assertTrue(rows.stream().anyMatch(r -> r.get(0).matches("\\d{4}-\\d\\d-\\d\\d \\d:\\d\\d")),
        "one-digit hours");
    assertTrue(rows.stream().anyMatch(r -> r.get(6).isEmpty()), "blank launched");
    assertTrue(rows.stream().anyMatch(r -> r.get(8).equals("NaN")), "NaN cell");
    assertTrue(rows.stream().allMatch(r -> r.get(6).isEmpty() || r.get(6).equals("NaN")
        || r.get(6).matches("\\d+\\.0")), "counts written as 93.0");
    assertTrue(rows.stream().anyMatch(r -> r.get(3).contains(", ")), "quoted comma");
    assertTrue(rows.stream().anyMatch(r -> r.get(18).startsWith("{'south': ")), "dict cell");
    assertTrue(rows.stream().anyMatch(r -> r.get(10).startsWith("{'belarus': ")), "border dict");
    assertTrue(rows.stream().anyMatch(r -> r.get(17).startsWith("['")), "list cell");
    assertTrue(rows.stream().anyMatch(r -> r.get(21).startsWith("kpszsu/posts/synthetic-")));
    assertTrue(rows.stream().anyMatch(r -> r.get(21).startsWith("PvKPivden/posts/synthetic-")));
    int bytesPerRow = text.getBytes(StandardCharsets.UTF_8).length / 10_000;
    assertTrue(bytesPerRow > 195 && bytesPerRow < 235, "about 215 bytes a row: " + bytesPerRow);
  }

  @Test
  void rowsOfOneReportAreContiguous() throws IOException {
    String text = new String(generate(AirForceCsvGenerator.withSeed(2), ROWS), StandardCharsets.UTF_8);
    List<List<String>> rows = records(text).subList(1, ROWS + 1);
    Set<List<String>> closed = new HashSet<>();
    List<String> current = null;
    for (List<String> r : rows) {
      List<String> key = List.of(r.get(0), r.get(1), r.get(21));
      if (!key.equals(current)) {
        assertTrue(closed.add(key), () -> "report " + key + " reappears later");
        current = key;
      }
    }
  }

  @Test
  void everyModelNameResolvesInTheBuiltInCatalogue() {
    for (String raw : AirForceCsvGenerator.rawModelNames()) {
      Weapon w = WeaponCatalog.builtIn().resolve(raw);
      assertTrue(w.isResolved(), () -> raw + " resolves to " + w);
    }
    assertTrue(AirForceCsvGenerator.rawModelNames().size() >= 40);
  }

  @Test
  void writesAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("sub/af.csv");
    long bytes = AirForceCsvGenerator.withSeed(9).write(file, 100);
    assertEquals(Files.size(file), bytes);
    assertArrayEquals(generate(AirForceCsvGenerator.withSeed(9), 100), Files.readAllBytes(file));
  }

  @Test
  void rejectsMisuse() {
    assertThrows(IllegalArgumentException.class,
        () -> AirForceCsvGenerator.withSeed(1).withQuotedNewlines(1.5));
    assertThrows(IllegalArgumentException.class,
        () -> AirForceCsvGenerator.withSeed(1).write(new ByteArrayOutputStream(), -1));
  }

  /** Splits CSV text into records of cells (RFC 4180 quoting), independently of the generator. */
  static List<List<String>> records(String text) {
    assertTrue(text.endsWith("\n"), "text ends with a line break");
    return PlainCsv.records(text);
  }
}
