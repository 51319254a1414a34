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
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.conflictstats.internal.Numbers;
import org.conflictstats.internal.Times;
import org.conflictstats.model.ReportTime;
import org.conflictstats.summary.Summary;
import org.conflictstats.testing.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code summary --format json}: one JSON object of the facts the text gives. Each test runs both
 * formats on one input and reads the text's figures back out of the JSON (no figure is written
 * down here), so that the two cannot drift apart; the text itself is pinned by the older tests.
 */
final class SummaryCommandJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  /** Three posts, two kinds of source, two weapons, one line without a destroyed figure. */
  private static final String CSV = CliTest.AIR_FORCE_HEADER
      + "2025-04-16 20:00,2025-04-17 08:00,Shahed-136/131,,Ukraine,,100,80,kpszsu/posts/1\n"
      + "2025-04-16 20:00,2025-04-17 08:00,Kalibr,,Ukraine,,10,7,kpszsu/posts/1\n"
      + "2025-04-17 20:00,2025-04-18 08:00,Shahed-136/131,,Ukraine,,60,,kpszsu/posts/2\n"
      + "2025-05-02 21:00,2025-05-03 07:30,Shahed-136/131,,Odesa,,12,11,PvKPivden/posts/3\n";

  /** Runs of both formats to hold to each other: options, and whether to give the CSV. */
  static Stream<List<String>> runs() {
    return Stream.of(List.of(), List.of("--sources", "national"),
        List.of("--weapon", "Shahed-136/131", "--from", "2025-04-17"), List.of("--ci", "wilson"),
        List.of("--ci", "none"), List.of("--ci", "bootstrap", "--level", "0.9"),
        List.of("--weapon", "Kh-22"), List.of("--include-invalid", "--regimes", "none"));
  }

  private Path csv() throws IOException {
    return Files.writeString(dir.resolve("in.csv"), CSV, StandardCharsets.UTF_8);
  }

  private static CliRun run(List<String> options, String... tail) {
    List<String> args = new ArrayList<>(List.of("summary"));
    args.addAll(options);
    args.addAll(List.of(tail));
    return CliRun.of(args.toArray(String[]::new));
  }

  @ParameterizedTest
  @MethodSource("runs")
  void theJsonCarriesTheFiguresOfTheText(List<String> options) throws IOException {
    String in = csv().toString();
    CliRun text = run(options, in);
    List<String> json = new ArrayList<>(options);
    json.addAll(0, List.of("--format", "json"));
    CliRun object = run(json, in);
    assertEquals(0, text.exit(), text::toString);
    assertEquals(0, object.exit(), object::toString);
    // the same warnings and notes on standard error, whichever the format
    assertEquals(text.err(), object.err());
    JsonNode s = JSON.readTree(object.out());
    assertTrue(object.out().endsWith("}\n"), object.out());
    assertMatches(s, text);
  }

  /** The sample (no input given) and the real 2026 file, where it is at hand. */
  @Test
  void theSampleAndTheRealFileToo() throws IOException {
    for (List<String> options : List.of(List.<String>of(), List.of("--ci", "wilson"))) {
      assertMatches(JSON.readTree(run(withJson(options)).out()), run(options));
    }
    Path real = RealData.airForce("missile_attacks_daily-2026-02.csv");
    CliRun text = run(List.of(), real.toString());
    JsonNode s = JSON.readTree(run(withJson(List.of()), real.toString()).out());
    assertMatches(s, text);
    // the real file crosses both regime boundaries and has posts that overlap
    assertEquals(2, s.get("overall").get("regime_boundaries").size(), s::toPrettyString);
    assertTrue(s.get("overlap").get("lines").asLong() > 0, s::toPrettyString);
  }

  private static List<String> withJson(List<String> options) {
    List<String> json = new ArrayList<>(List.of("--format", "json"));
    json.addAll(options);
    return json;
  }

  /**
   * Every figure of the text read back out of the JSON: the text's lines are built from the JSON's
   * values and must be lines of the text.
   */
  private static void assertMatches(JsonNode s, CliRun text) {
    List<String> lines = text.outLines();
    List<String> expected = new ArrayList<>();
    for (JsonNode f : s.get("files")) {
      expected.add(String.format(Locale.ROOT, "  %s: %,d %s read, %,d accepted, %,d rejected;"
          + " %,d %s", f.get("file").asText(), f.get("rows_read").asLong(),
          f.get("rows_read").asLong() == 1 ? "row" : "rows", f.get("rows_accepted").asLong(),
          f.get("rows_rejected").asLong(), f.get("reports").asLong(),
          f.get("reports").asLong() == 1 ? "report" : "reports"));
    }
    assertTrue(lines.stream().anyMatch(l -> l.startsWith(String.format(Locale.ROOT,
        "Reports: %,d, with %,d weapon line", s.get("reports").asLong(),
        s.get("lines").asLong()))), text::toString);
    if (s.get("period_start").isNull()) {
      assertTrue(s.get("period_end").isNull(), s::toPrettyString);
      assertTrue(lines.stream().noneMatch(l -> l.startsWith("Period: ")), text::toString);
    } else {
      expected.add("Period: " + Times.local(ReportTime.parse(s.get("period_start").asText()))
          + " to " + Times.local(ReportTime.parse(s.get("period_end").asText())));
    }
    long sourced = 0;
    for (JsonNode src : s.get("sources")) {
      String label = src.get("source").asText() + " (" + src.get("kind").asText() + ")";
      long n = src.get("reports").asLong();
      sourced += n;
      expected.add(String.format(Locale.ROOT, "  %-40s %,6d %s", label, n,
          n == 1 ? "report" : "reports"));
    }
    assertEquals(s.get("reports").asLong(), sourced, "every report has one source");
    assertEquals(count(lines, "Sources", "  "), s.get("sources").size(), text::toString);
    String scope = s.get("scope").get("sources").asText();
    expected.add("Most launched weapons (known launched; sources: " + scope + ")");
    for (JsonNode w : s.get("most_launched")) {
      expected.add(String.format(Locale.ROOT, "  %-40s %,9d", w.get("weapon").asText(),
          w.get("launched").asLong()));
    }
    if (s.get("most_launched").isEmpty()) {
      expected.add("  " + Summary.NONE_LAUNCHED); // a line saying so, not a heading over nothing
    }
    assertEquals(count(lines, "Most launched weapons (known launched; sources: " + scope + ")",
        "  "), Math.max(1, s.get("most_launched").size()), text::toString);
    expected.add("Overall (sources: " + scope + (s.get("scope").get("include_invalid")
        .asBoolean() ? "; every line kept)" : "; reports with validation errors left out)"));
    JsonNode filter = s.get("filter");
    if (!filter.isNull()) {
      expected.add(String.format(Locale.ROOT, "Filtered (%s): %,d %s, with %,d %s, counted below",
          filter.get("description").asText(), filter.get("reports").asLong(),
          filter.get("reports").asLong() == 1 ? "report" : "reports", filter.get("lines").asLong(),
          filter.get("lines").asLong() == 1 ? "weapon line" : "weapon lines"));
    } else {
      assertTrue(lines.stream().noneMatch(l -> l.startsWith("Filtered (")), text::toString);
    }
    JsonNode overall = s.get("overall");
    JsonNode interval = s.get("interval");
    for (String kind : List.of("kinetic", "neutralisation")) {
      String head = String.format(Locale.ROOT, "  %-21s", kind + " rate:");
      String line = lines.stream().filter(l -> l.startsWith(head)).findFirst().orElseThrow();
      JsonNode rate = overall.get(kind + "_rate");
      if (rate.isNull()) {
        assertEquals(head + "undefined (nothing launched on lines with an exact launched count)",
            line);
        assertTrue(overall.get(kind + "_ci_low").isNull(), s::toPrettyString);
        continue;
      }
      // + where the JSON says the rate is only its lower bound
      String figures = String.format(Locale.ROOT, "%s%.1f%%%s (%,d of %,d); bounds %.1f%% to"
          + " %.1f%%", head, 100 * rate.asDouble(),
          overall.get(kind + "_lower_bound_only").asBoolean() ? "+" : "",
          overall.get(kind + "_known").asLong(),
          overall.get("rated_launched").asLong(), 100 * overall.get(kind + "_lower").asDouble(),
          100 * overall.get(kind + "_upper").asDouble());
      assertTrue(line.startsWith(figures), line + " against " + figures);
      if (interval.get("method").isNull()) {
        assertEquals(figures, line);
        assertTrue(overall.get(kind + "_ci_low").isNull(), s::toPrettyString);
      } else if (overall.get(kind + "_ci_low").isNull()) {
        assertTrue(line.contains("% CI (") && (line.endsWith(" none (no destroyed figure on any"
            + " rated line)") || line.contains("not estimable")),
            line);
        assertTrue(s.get("notes").toString().contains(Character.toUpperCase(kind.charAt(0))
            + kind.substring(1) + " rate: "),
            s::toPrettyString);
      } else {
        double low = overall.get(kind + "_ci_low").asDouble();
        double high = overall.get(kind + "_ci_high").asDouble();
        assertTrue(low <= rate.asDouble() && rate.asDouble() <= high, s::toPrettyString);
        assertTrue(line.endsWith(String.format(Locale.ROOT, "%% CI (%s) %.1f%% to %.1f%%",
            intervalName(interval), 100 * low, 100 * high)), line);
        assertTrue(line.contains("; " + Numbers.levelPercent(interval.get("level").asDouble())
            + "% CI ("), line);
      }
    }
    List<String> boundaries = new ArrayList<>();
    overall.get("regime_boundaries").forEach(b -> boundaries.add(b.asText()));
    assertEquals(!boundaries.isEmpty(), lines.stream().anyMatch(l -> l.startsWith("    warning:"
        + " mixes reporting regimes (boundar") && l.contains(String.join(", ", boundaries))),
        text::toString);
    JsonNode overlap = s.get("overlap");
    String said = lines.stream().filter(l -> l.startsWith("Overlap between posts"))
        .findFirst().orElseThrow();
    assertTrue(said.contains(String.format(Locale.ROOT, "the %,d before it", overlap.get("window")
        .asLong())), said);
    assertEquals(overlap.get("lines").asLong(), overlap.get("national_lines").asLong()
        + overlap.get("regional_lines").asLong() + overlap.get("other_lines").asLong());
    if (overlap.get("reports").asLong() == 0) {
      assertTrue(said.endsWith(": none"), said);
    } else {
      assertTrue(said.contains(String.format(Locale.ROOT, "%,d %s (%,d national, %,d"
          + " regional, %,d other) of %,d %s", overlap.get("lines").asLong(), overlap.get("lines")
          .asLong() == 1 ? "line" : "lines", overlap.get("national_lines").asLong(),
          overlap.get("regional_lines").asLong(), overlap.get("other_lines").asLong(),
          overlap.get("reports").asLong(), overlap.get("reports").asLong() == 1 ? "report"
          : "reports")), said);
    }
    // the lines no rate counts, said under the rates as the rate table's note says them
    long unrated = overall.get("unrated_lines").asLong();
    String unratedNote = String.format(Locale.ROOT, "%,d %s (%,d known launched) %s no exact"
        + " launched count and %s not rated.", unrated, unrated == 1 ? "line" : "lines",
        overall.get("unrated_launched").asLong(), unrated == 1 ? "has" : "have",
        unrated == 1 ? "is" : "are");
    assertEquals(unrated > 0, lines.contains("  " + unratedNote), unratedNote + "\n" + text);
    assertEquals(unrated > 0, s.get("notes").toString().contains(unratedNote), s::toPrettyString);
    assertTrue(unrated > 0 || overall.get("unrated_launched").asLong() == 0, s::toPrettyString);
    JsonNode identity = s.get("identity");
    assertEquals(identity.get("counted").asLong(), s.get("reports").asLong(), s::toPrettyString);
    for (String line : expected) {
      assertTrue(lines.contains(line), "'" + line + "' not in\n" + text);
    }
  }

  private static String intervalName(JsonNode interval) {
    String method = interval.get("method").asText();
    String label = switch (method) {
      case "cluster" -> "clustered";
      case "bootstrap" -> "bootstrap";
      case "wilson" -> "Wilson";
      case "clopper-pearson" -> "Clopper-Pearson";
      default -> "Jeffreys";
    };
    return interval.has("unit") ? label + " by " + interval.get("unit").asText() : label;
  }

  /** How many lines after the heading start with the prefix (the list under it). */
  private static long count(List<String> lines, String heading, String prefix) {
    int at = lines.indexOf(heading);
    assertTrue(at >= 0, heading + " not in " + lines);
    long n = 0;
    for (int i = at + 1; i < lines.size() && lines.get(i).startsWith(prefix); i++) {
      n++;
    }
    return n;
  }

  @Test
  void absentValuesAreNullAndKeysAreAlwaysThere() throws IOException {
    // no report at all: no period, no rate, no interval
    Path empty = Files.writeString(dir.resolve("empty.csv"), CliTest.AIR_FORCE_HEADER);
    CliRun r = CliRun.of("summary", "--format", "json", empty.toString());
    assertEquals(0, r.exit(), r::toString);
    JsonNode s = JSON.readTree(r.out());
    assertTrue(s.get("period_start").isNull() && s.get("period_end").isNull(), r::toString);
    assertTrue(s.get("filter").isNull(), r::toString);
    assertEquals(0, s.get("reports").asLong());
    assertEquals(0, s.get("sources").size());
    assertEquals(0, s.get("most_launched").size());
    for (String kind : List.of("kinetic", "neutralisation")) {
      for (String key : List.of("_rate", "_lower", "_upper", "_ci_low", "_ci_high")) {
        assertTrue(s.get("overall").has(kind + key), kind + key);
        assertTrue(s.get("overall").get(kind + key).isNull(), kind + key + ": " + r);
      }
      assertTrue(s.get("overall").get(kind + "_known").isIntegralNumber(), r::toString);
    }
    // --ci none: no method, and no interval
    CliRun none = CliRun.of("summary", "--format", "json", "--ci", "none", csv().toString());
    JsonNode n = JSON.readTree(none.out());
    assertTrue(n.get("interval").get("method").isNull(), none::toString);
    assertFalse(n.get("interval").has("level"), none::toString);
    assertTrue(n.get("overall").get("neutralisation_ci_low").isNull(), none::toString);
    assertTrue(n.get("overall").get("neutralisation_rate").isFloatingPointNumber(),
        none::toString);
    double rate = n.get("overall").get("neutralisation_rate").asDouble();
    assertTrue(rate >= 0 && rate <= 1, "a fraction, as rates' JSON: " + rate);
    // every key of the README's table, in every run
    for (JsonNode node : List.of(s, n)) {
      List<String> keys = new ArrayList<>();
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        keys.add(it.next());
      }
      assertEquals(List.of("files", "reports", "lines", "identity", "period_start", "period_end",
          "sources", "scope", "filter", "most_launched", "interval", "overall", "overlap", "notes"),
          keys);
    }
  }

  @Test
  void aKineticRateWithNothingDestroyedKnownHasNoIntervalAndANoteSaysWhy() throws IOException {
    Path unknown = Files.writeString(dir.resolve("unknown.csv"), CliTest.AIR_FORCE_HEADER
        + "2025-04-16 20:00,2025-04-17 08:00,Shahed-136/131,,Ukraine,,100,,kpszsu/posts/1\n"
        + "2025-04-17 20:00,2025-04-18 08:00,Shahed-136/131,,Ukraine,,60,,kpszsu/posts/2\n");
    CliRun text = CliRun.of("summary", unknown.toString());
    CliRun r = CliRun.of("summary", "--format", "json", unknown.toString());
    JsonNode s = JSON.readTree(r.out());
    assertTrue(s.get("overall").get("kinetic_ci_low").isNull(), r::toString);
    assertTrue(s.get("notes").toString().contains("Kinetic rate: 95% CI (clustered by report)"
        + " none (no destroyed figure on any rated line"), r::toString);
    assertMatches(s, text);
    // nothing destroyed known: only the lower bound, + and a line that says so
    assertTrue(s.get("overall").get("kinetic_lower_bound_only").asBoolean(), r::toString);
    assertTrue(text.out().contains("    + most weapons are on lines with no destroyed figure,"
        + " counted as not destroyed: the rate is only a lower bound; see the bounds"), text::out);
  }

  @Test
  void theJsonGoesToTheOutputFileWholeAsItIsPrinted() throws IOException {
    String in = csv().toString();
    CliRun printed = CliRun.of("summary", "--format", "json", in);
    Path file = dir.resolve("summary.json");
    CliRun written = CliRun.of("summary", "--format", "json", "-o", file.toString(), in);
    assertEquals(0, written.exit(), written::toString);
    assertEquals("", written.out());
    assertEquals(printed.out(), Files.readString(file, StandardCharsets.UTF_8));
    assertEquals(printed.err(), written.err());
    assertEquals(JSON.readTree(printed.out()), JSON.readTree(file.toFile()));
  }

  @Test
  void aBadFormatIsOneLineAndExitTwo() {
    for (String bad : List.of("xml", "table", "csv", "")) {
      CliRun r = CliRun.of("summary", "--format", bad);
      assertEquals(2, r.exit(), r::toString);
      assertEquals(1, r.errLines().size(), r::toString);
      assertEquals("", r.out(), r::toString);
      assertTrue(r.err().startsWith("conflict-stats: Invalid value for option '--format'"),
          r::toString);
      assertTrue(r.err().contains("(see 'conflict-stats summary --help')"), r::toString);
    }
    // any case, as every option's values
    assertEquals(0, CliRun.of("summary", "--format", "JSON").exit());
    assertEquals(CliRun.of("summary").out(), CliRun.of("summary", "--format", "text").out());
  }
}
