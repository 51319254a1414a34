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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictstats.io.csv.AirForceCsv;
import org.conflictstats.model.Count;
import org.conflictstats.model.SourceKind;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponLine;
import org.conflictstats.testing.RealData;
import org.conflictstats.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The README's "Common questions" on the real 2026 file in {@code ../shared/data} (or
 * {@code -Dconflictstats.data}), each command line as a user types it, beside the published
 * figure; the largest attacks and the saturation table against oracles written as plain loops over
 * the reader's reports. Skipped, with a message, when the folder is absent.
 */
final class CommonQuestionsRealDataTest {

  private static final String NAME = "missile_attacks_daily-2026-02.csv";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Path file() {
    return RealData.airForce(NAME);
  }

  /**
   * Runs a command line as typed after {@code conflict-stats}: words split at spaces, double
   * quotes keep spaces, the file name replaced by its path.
   */
  private static CliRun typed(String commandLine) {
    String path = file().toString();
    List<String> args = new ArrayList<>();
    Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(commandLine);
    while (m.find()) {
      String word = m.group(1) != null ? m.group(1) : m.group(2);
      args.add(word.equals(NAME) ? path : word);
    }
    CliRun r = CliRun.of(args.toArray(new String[0]));
    assertEquals(0, r.exit(), r::toString);
    return r;
  }

  /** The launched and neutralised figures of the table row that starts with the key. */
  private static long[] row(CliRun r, String key) {
    String line = r.outLines().stream().filter(l -> l.startsWith(key + " ")).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + key + "\n" + r));
    String[] cells = line.substring(key.length()).strip().split("\\s+");
    return new long[] {Long.parseLong(cells[0].replace(",", "").replace("*", "")),
        Long.parseLong(cells[1].replace(",", ""))};
  }

  @Test
  void octoberTwentyTwentyFiveNationalByFamily() {
    // published: "Russia launched 5,312 drones and 270 missiles in October 2025"
    CliRun r = typed("rates --by family --sources national --from 2025-10 --to 2025-10 " + NAME);
    long[] drones = row(r, "drones");
    long[] missiles = row(r, "missiles");
    assertEquals(5_249, drones[0]);
    assertEquals(4_194, drones[1]);
    assertEquals(265, missiles[0]);
    assertEquals(146, missiles[1]);
    // the data holds 63 drones and 5 missiles fewer than the published figure; among the
    // reasons, no national report ends on 1 October 2025 (that night has a regional report only)
    assertEquals(5_312 - 63, drones[0]);
    assertEquals(270 - 5, missiles[0]);
    assertTrue(r.out().contains("Filter: report dates 2025-10-01 to 2025-10-31."), r::toString);
    CliRun first = typed("attacks --from 2025-10-01 --to 2025-10-01 --format json " + NAME);
    assertTrue(first.out().contains("\"counted\" : 0,"), first::toString);
    CliRun regional = typed("rates --sources regional --from 2025-10-01 --to 2025-10-01 " + NAME);
    assertTrue(regional.out().contains("2025-10 "), regional::toString);
  }

  @Test
  void shahedsFromTheFirstOfJanuaryToTheTwentyFifthOfJuneTwentyTwentyFour() throws IOException {
    // published: "1,953 of 2,277 Shaheds downed from 1 January to 25 June 2024"
    CliRun r = typed("rates --by weapon --weapon Shahed --sources national --from 2024-01-01"
        + " --to 2024-06-25 " + NAME);
    long[] shaheds = row(r, "Shahed-136/131");
    assertEquals(2_191, shaheds[0]);
    assertEquals(1_924, shaheds[1]);
    assertEquals(2_277 - 86, shaheds[0]);
    assertEquals(1_953 - 29, shaheds[1]);
    // before July 2024 nothing is counted as suppressed: the neutralised are the shot down
    JsonNode j = JSON.readTree(typed("rates --by weapon --weapon Shahed --sources national"
        + " --from 2024-01-01 --to 2024-06-25 --format json " + NAME).out());
    JsonNode total = j.get("total");
    assertEquals(1_924, total.get("destroyed").asLong());
    assertTrue(total.get("suppressed").isNull(), total::toString);
    assertEquals(108, total.get("reports").asLong());
    assertEquals(0, j.get("part_matched_lines").asLong());
  }

  /** National reports without validation errors, in the reader's order: the attacks. */
  private static List<StrikeReport> attacks() throws IOException {
    List<StrikeReport> out = new ArrayList<>();
    for (StrikeReport r : AirForceCsv.reader().read(file()).reports()) {
      if (r.source().kind() == SourceKind.NATIONAL_AIR_FORCE
          && !Validator.standard().validate(r).hasErrors()) {
        out.add(r);
      }
    }
    return out;
  }

  private static long launched(StrikeReport r) {
    long n = 0;
    for (WeaponLine l : r.lines()) {
      n += l.launched().lower();
    }
    return n;
  }

  /** report id -> launched, from the attacks CSV. */
  private static Map<String, Long> idsAndLaunched(CliRun r) {
    Map<String, Long> rows = new LinkedHashMap<>();
    List<String> header = List.of(r.outLines().get(0).split(","));
    int id = header.indexOf("report_id");
    int launched = header.indexOf("launched");
    for (String line : r.outLines().subList(1, r.outLines().size())) {
      String[] cells = line.split(",");
      rows.put(cells[id], Long.parseLong(cells[launched]));
    }
    return rows;
  }

  @Test
  void theLargestAttacksAgainstAPlainLoop() throws IOException {
    List<StrikeReport> attacks = attacks();
    List<StrikeReport> sorted = new ArrayList<>(attacks);
    sorted.sort(Comparator.comparingLong(CommonQuestionsRealDataTest::launched).reversed()
        .thenComparing(StrikeReport::reportDate).thenComparing(StrikeReport::id));
    Map<String, Long> expected = new LinkedHashMap<>();
    for (StrikeReport r : sorted.subList(0, 10)) {
      expected.put(r.id(), launched(r));
    }
    CliRun top = typed("attacks --top 10 --format csv " + NAME);
    assertEquals(expected, idsAndLaunched(top));
    assertEquals(List.copyOf(expected.keySet()), List.copyOf(idsAndLaunched(top).keySet()));
    assertEquals(810, expected.values().iterator().next());
    // the table of the README: the same ten, largest first
    CliRun table = typed("attacks --top 10 " + NAME);
    assertTrue(table.outLines().get(2).startsWith("2025-09-07  09-06 17:00 - 09-07 09:30"
        + "       810     810"), table::toString);
    assertTrue(table.out().contains("10 of 1,120 attacks"), table::toString);

    // without --top: every attack, in input order
    Map<String, Long> all = idsAndLaunched(typed("attacks --format csv " + NAME));
    assertEquals(attacks.stream().map(StrikeReport::id).toList(), List.copyOf(all.keySet()));
    for (StrikeReport r : attacks) {
      assertEquals(launched(r), all.get(r.id()), r.id());
    }
  }

  @Test
  void saturationAgainstAPlainLoop() throws IOException {
    // bucket -> {rated launched, known neutralised, reports}
    Map<String, long[]> oracle = new LinkedHashMap<>();
    long unsizedLines = 0;
    for (StrikeReport r : attacks()) {
      // a launched cell blank or withheld: at least what the line's outcomes add up to, and the
      // size open above, so that only 400+ is sure (review rv50a)
      long size = 0;
      boolean open = false;
      for (WeaponLine l : r.lines()) {
        Count c = l.launched();
        if (c.isExact()) {
          size += c.lower();
        } else {
          open = true;
          size += Math.max(c.lower(), l.destroyed().lower() + l.suppressed().lower()
              + l.stillAirborne().lower() + l.leftAirspace().lower() + l.hit().lower());
        }
      }
      String bucket = size >= 400 ? "400+" : open ? "(none)" : size >= 200 ? "200-399"
          : size >= 100 ? "100-199" : size >= 50 ? "50-99" : size >= 1 ? "1-49" : "(none)";
      if (bucket.equals("(none)")) {
        unsizedLines += r.lines().size();
      }
      long[] sums = oracle.computeIfAbsent(bucket, b -> new long[3]);
      sums[2]++;
      for (WeaponLine l : r.lines()) {
        if (l.launched().isExact() && l.launched().lower() > 0) {
          long n = l.launched().lower();
          sums[0] += n;
          sums[1] += Math.min(n, l.destroyed().lower() + l.suppressed().lower());
        }
      }
    }
    JsonNode j = JSON.readTree(typed("rates --by size --sources national --format json " + NAME)
        .out());
    Map<String, long[]> got = new LinkedHashMap<>();
    for (JsonNode row : j.get("rows")) {
      got.put(row.get("key").get("size").asText(), new long[] {
          row.get("rated_launched").asLong(), row.get("neutralisation_known").asLong(),
          row.get("reports").asLong()});
    }
    assertEquals(List.of("1-49", "50-99", "100-199", "200-399", "400+", "(none)"),
        List.copyOf(got.keySet()));
    for (String bucket : got.keySet()) {
      assertEquals(List.of(oracle.get(bucket)[0], oracle.get(bucket)[1], oracle.get(bucket)[2]),
          List.of(got.get(bucket)[0], got.get(bucket)[1], got.get(bucket)[2]), bucket);
    }
    // the interval treats the attack as the unit: as many clusters as reports with rated lines
    assertTrue(j.get("interval").get("method").asText().equals("cluster"));
    assertEquals(unsizedLines, j.get("unsized").get("lines").asLong());
    assertTrue(unsizedLines > 0, "the file has reports of a blank launched count");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "rates --by size,family --from 2025-Q3 " + NAME,
      "rates --by month --weapon Shahed,Kalibr --format csv " + NAME,
      "rates --by region --region \"Kharkiv oblast,kyiv\" --format json " + NAME,
      "attacks --family missiles --from 2025-W40 " + NAME,
      "attacks --top 25 --format json --category \"cruise missile\" " + NAME,
      "summary --family drones --to 2023 " + NAME,
      "convert --to jsonl --from 2026 --weapon Shahed " + NAME,
      "validate --format csv --to 2022 " + NAME})
  void theFileAndStandardInputGiveTheSameOutput(String commandLine) throws IOException {
    CliRun fromFile = typed(commandLine);
    byte[] bytes = Files.readAllBytes(file());
    String path = file().toString();
    List<String> args = new ArrayList<>();
    Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(commandLine);
    while (m.find()) {
      String word = m.group(1) != null ? m.group(1) : m.group(2);
      args.add(word.equals(NAME) ? "-" : word);
    }
    CliRun fromStdin = CliRun.withStdin(new String(bytes, StandardCharsets.UTF_8),
        args.toArray(new String[0]));
    assertEquals(fromFile.exit(), fromStdin.exit(), fromStdin::toString);
    assertTrue(fromFile.out().length() > 100, fromFile::toString);
    assertEquals(fromFile.out().replace(path, "<stdin>"), fromStdin.out());
  }
}
