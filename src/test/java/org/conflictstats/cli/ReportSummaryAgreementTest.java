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
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.conflictstats.internal.Times;
import org.conflictstats.model.ReportTime;
import org.conflictstats.testing.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTML report's summary says what {@code summary --format json} says of the same inputs and
 * options: rows read, accepted and rejected (in all and per file), reports, sources (each, in
 * order), the period, the most launched weapons, the overall rates with their bounds and
 * intervals, the notes and the overlap; with a filter, the "Filtered (...)" line and what the filter
 * left out (the notes). Every expected cell is made from the JSON's values; none is
 * written down here.
 */
final class ReportSummaryAgreementTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  /** Options both commands take, run on the embedded sample. */
  static Stream<List<String>> sampleRuns() {
    return Stream.of(List.of(), List.of("--sources", "national"), List.of("--include-invalid"),
        List.of("--ci", "wilson", "--level", "0.9"), List.of("--sources", "regional",
            "--ci", "jeffreys"), List.of("--regimes", "none"),
        // with a filter: the files, reports, period and sources before it, the rest after it,
        // and the filter named with what it left out, as summary says
        List.of("--family", "drones"), List.of("--from", "2025-04", "--to", "2025-04",
            "--sources", "national"), List.of("--weapon", "Kalibr", "--include-invalid"),
        List.of("--region", "Kyiv oblast", "--ci", "wilson"), List.of("--to", "2025-03"));
  }

  @ParameterizedTest
  @MethodSource("sampleRuns")
  void onTheSample(List<String> options) {
    assertAgree(options);
  }

  /**
   * Two spellings of one source name are two sources in {@code summary}; the page merged them
   * (a map that ignored case, under the first spelling read), so that it counted 2 sources where
   * {@code summary} counted 3.
   */
  @Test
  void sourceNamesThatDifferInCaseOnlyAreTwoSourcesInBoth() throws IOException {
    Path f = Files.writeString(dir.resolve("case.csv"), CliTest.AIR_FORCE_HEADER
        + "2025-04-16 20:00,2025-04-17 08:00,Shahed-136/131,,Ukraine,,100,80,kpszsu/posts/1\n"
        + "2025-04-17 20:00,2025-04-18 08:00,Shahed-136/131,,Ukraine,,60,50,KyivOVA/2\n"
        + "2025-04-18 20:00,2025-04-19 08:00,Shahed-136/131,,Ukraine,,40,30,kyivova/3\n",
        StandardCharsets.UTF_8);
    JsonNode s = assertAgree(List.of(f.toString()));
    assertEquals(3, s.get("sources").size(), s::toPrettyString);
  }

  /** The real 2026 file, and the two real files together (reports revised across them). */
  @Test
  void onTheRealFiles() {
    Path f2026 = RealData.airForce("missile_attacks_daily-2026-02.csv");
    Path f2023 = RealData.airForce("missile_attacks_daily-2023-07.csv");
    JsonNode s = assertAgree(List.of(f2026.toString()));
    // the real file crosses both regime boundaries and has posts that overlap
    assertEquals(2, s.get("overall").get("regime_boundaries").size(), s::toPrettyString);
    assertTrue(s.get("overlap").get("lines").asLong() > 0, s::toPrettyString);
    assertAgree(List.of("--sources", "regional", "--include-invalid", f2026.toString()));
    JsonNode both = assertAgree(List.of(f2023.toString(), f2026.toString()));
    // the 2023 release's reports come again, revised, in the 2026 one: the identity notes
    assertTrue(both.get("identity").get("revisions").asLong() > 0, both::toPrettyString);
    assertTrue(both.get("notes").size() > 0, both::toPrettyString);
    JsonNode october = assertAgree(List.of("--from", "2025-10", "--to", "2025-10", "--family",
        "drones", f2026.toString()));
    assertTrue(october.get("filter").get("reports").asLong() > 0, october::toPrettyString);
    assertTrue(october.get("filter").get("reports").asLong() < october.get("reports").asLong(),
        october::toPrettyString);
    assertAgree(List.of("--weapon", "Kalibr", "--sources", "national", f2023.toString(),
        f2026.toString()));
    // a rate that is only its lower bound: + in both (review rv45e: 0.0% on the page where the
    // rate tables said 0.0%+)
    JsonNode bound = assertAgree(List.of("--sources", "national", "--family", "missiles",
        "--from", "2025-02", "--to", "2025-02", f2026.toString()));
    assertTrue(bound.get("overall").get("neutralisation_lower_bound_only").asBoolean(),
        bound::toPrettyString);
  }

  /** Runs both commands with the options, checks the page against the JSON, returns the JSON. */
  private JsonNode assertAgree(List<String> options) {
    List<String> summary = new ArrayList<>(List.of("summary", "--format", "json"));
    summary.addAll(options);
    CliRun json = CliRun.of(summary.toArray(String[]::new));
    List<String> report = new ArrayList<>(List.of("report"));
    report.addAll(options);
    CliRun html = CliRun.of(report.toArray(String[]::new));
    assertEquals(0, json.exit(), json::toString);
    assertEquals(0, html.exit(), html::toString);
    JsonNode s;
    try {
      s = JSON.readTree(json.out());
    } catch (IOException e) {
      throw new AssertionError(json.out(), e);
    }
    String page = html.out();
    String section = section(page, "summary");

    List<String> figures = new ArrayList<>();
    long read = 0;
    long accepted = 0;
    long rejected = 0;
    List<List<String>> files = new ArrayList<>();
    for (JsonNode f : s.get("files")) {
      read += f.get("rows_read").asLong();
      accepted += f.get("rows_accepted").asLong();
      rejected += f.get("rows_rejected").asLong();
      files.add(List.of(escaped(f.get("file").asText()), n(f.get("rows_read")),
          n(f.get("rows_accepted")), n(f.get("rows_rejected")), n(f.get("reports"))));
    }
    // each figure's noun singular for 1 ("1 row rejected"), as summary writes it
    figures.add(n(read) + "|" + (read == 1 ? "row" : "rows") + " read");
    figures.add(n(accepted) + "|" + (accepted == 1 ? "row" : "rows") + " accepted");
    figures.add(n(rejected) + "|" + (rejected == 1 ? "row" : "rows") + " rejected");
    figures.add(n(s.get("reports")) + "|" + (s.get("reports").asLong() == 1 ? "report"
        : "reports"));
    figures.add(n(s.get("sources").size()) + "|" + (s.get("sources").size() == 1 ? "source"
        : "sources"));
    assertEquals(figures, all(section, "<div class=\"figure\"><b>([^<]*)</b>([^<]*)</div>"),
        section);
    String period = s.get("period_start").isNull() ? "no report"
        : Times.local(ReportTime.parse(s.get("period_start").asText())) + " to "
            + Times.local(ReportTime.parse(s.get("period_end").asText()));
    assertTrue(section.contains("Period covered: <b>" + period + "</b>"), section);

    JsonNode filter = s.get("filter");
    if (filter.isNull()) {
      assertFalse(section.contains("Filtered ("), section);
    } else {
      // summary's "Filtered (...)" line, from the JSON's figures
      long reports = filter.get("reports").asLong();
      long lines = filter.get("lines").asLong();
      assertTrue(section.contains("<p class=\"filter\">Filtered ("
          + escaped(filter.get("description").asText()) + "): " + n(reports)
          + (reports == 1 ? " report" : " reports") + ", with " + n(lines)
          + (lines == 1 ? " weapon line" : " weapon lines") + ", counted below</p>"), section);
    }
    List<List<String>> tables = tables(section);
    assertEquals(files, tables.get(0).isEmpty() ? List.of() : rows(tables, 0), "files");
    List<List<String>> sources = new ArrayList<>();
    for (JsonNode c : s.get("sources")) {
      sources.add(List.of(escaped(c.get("source").asText() + " (" + c.get("kind").asText()
          + ")"), n(c.get("reports"))));
    }
    assertEquals(sources, rows(tables, 1), "sources, in order");
    List<List<String>> launched = new ArrayList<>();
    for (JsonNode w : s.get("most_launched")) {
      launched.add(List.of(escaped(w.get("weapon").asText()), n(w.get("launched"))));
    }
    assertEquals(launched, rows(tables, 2), "most launched");
    JsonNode o = s.get("overall");
    List<List<String>> rates = new ArrayList<>();
    rates.add(rate(o, "neutralisation", "neutralisation (destroyed + suppressed)"));
    rates.add(rate(o, "kinetic", "kinetic (destroyed)"));
    assertEquals(rates, rows(tables, 3), "overall rates");
    for (JsonNode note : s.get("notes")) {
      String text = note.asText();
      if (text.startsWith("Kinetic rate: ") || text.startsWith("Neutralisation rate: ")) {
        continue; // a missing interval: n/e in the rate's row, checked above
      }
      if (text.startsWith("Warning: the kinetic rate mixes reporting regimes (")) {
        // the page's notes name the boundaries the total's kinetic rate crosses
        String boundaries = text.substring(text.indexOf('('), text.indexOf(')') + 1);
        assertTrue(section(page, "notes").contains("the total mixes reporting regimes "
            + boundaries), text + " not in the notes of " + page);
        continue;
      }
      assertTrue(section.contains("<p class=\"note\">" + escaped(text) + "</p>"),
          note + " not in " + section);
    }

    JsonNode overlap = s.get("overlap");
    String overlapSection = section(page, "overlap");
    if (overlap.get("reports").asLong() == 0) {
      assertTrue(overlapSection.contains("No counted line overlaps"), overlapSection);
    } else {
      assertEquals(List.of(n(overlap.get("reports")), n(overlap.get("national_lines")),
          n(overlap.get("regional_lines")), n(overlap.get("other_lines"))),
          rows(tables(overlapSection), 0).stream().map(r -> r.get(1)).toList(), overlapSection);
      assertTrue(overlapSection.contains(n(overlap.get("lines")) + " lines of "
          + n(overlap.get("reports")) + " reports may be counted twice"), overlapSection);
    }
    return s;
  }

  /** A row of the overall rates as the page writes it, from the JSON's figures. */
  private static List<String> rate(JsonNode o, String kind, String label) {
    JsonNode point = o.get(kind + "_rate");
    String undefined = "—";
    String interval = point.isNull() ? undefined : o.get(kind + "_ci_low").isNull() ? "n/e"
        : percent(o.get(kind + "_ci_low")) + " to " + percent(o.get(kind + "_ci_high"));
    return List.of(label, n(o.get(kind + "_known")), n(o.get("rated_launched")),
        point.isNull() ? undefined : percent(point)
            + (o.get(kind + "_lower_bound_only").asBoolean() ? "+" : ""),
        point.isNull() ? undefined : percent(o.get(kind + "_lower")) + " to "
            + percent(o.get(kind + "_upper")),
        interval);
  }

  private static String percent(JsonNode fraction) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * fraction.asDouble());
  }

  private static String n(JsonNode count) {
    return n(count.asLong());
  }

  private static String n(long count) {
    return String.format(Locale.ROOT, "%,d", count);
  }

  /** Text as the page escapes it. */
  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;").replace("'", "&#39;");
  }

  private static String section(String page, String id) {
    int from = page.indexOf("<section id=\"" + id + "\">");
    assertTrue(from >= 0, "no section " + id);
    return page.substring(from, page.indexOf("</section>", from));
  }

  private static List<String> all(String text, String regex) {
    List<String> found = new ArrayList<>();
    Matcher m = Pattern.compile(regex).matcher(text);
    while (m.find()) {
      found.add(m.group(1) + "|" + m.group(2));
    }
    return found;
  }

  /** The bodies of the section's tables, in order. */
  private static List<List<String>> tables(String section) {
    List<List<String>> tables = new ArrayList<>();
    Matcher m = Pattern.compile("<tbody>\n(.*?)</tbody>", Pattern.DOTALL).matcher(section);
    while (m.find()) {
      tables.add(m.group(1).lines().toList());
    }
    return tables;
  }

  /** The cells of each row of a table, as the page writes them. */
  private static List<List<String>> rows(List<List<String>> tables, int table) {
    assertTrue(table < tables.size(), "no table " + table + " in " + tables);
    List<List<String>> rows = new ArrayList<>();
    Pattern cell = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>");
    for (String row : tables.get(table)) {
      List<String> cells = new ArrayList<>();
      Matcher m = cell.matcher(row);
      while (m.find()) {
        cells.add(m.group(1));
      }
      rows.add(cells);
    }
    return rows;
  }
}
