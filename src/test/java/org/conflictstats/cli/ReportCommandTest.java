package org.conflictstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code conflict-stats report}, in-process, on the embedded sample. */
final class ReportCommandTest {

  @TempDir
  Path dir;

  @Test
  void writesOneSelfContainedPage() throws Exception {
    Path out = dir.resolve("report.html");
    CliRun r = CliRun.of("report", "--sources", "national", "--title", "Sample <report>", "-o",
        out.toString());
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.err().contains("wrote " + out), r::toString);
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertTrue(html.startsWith("<!DOCTYPE html>"), html);
    assertTrue(html.contains("<title>Sample &lt;report&gt;</title>"), html);
    assertTrue(html.contains("embedded sample"), "the summary names the input");
    assertTrue(html.contains("Overlap is looked for among the reports counted (sources: national)"), html);
    assertFalse(html.contains("<script"), html);
  }

  @Test
  void withoutOutputThePageGoesToStandardOutput() {
    CliRun r = CliRun.of("report", "--rate", "kinetic", "--ci", "jeffreys", "--level", "0.9");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().startsWith("<!DOCTYPE html>"), r::toString);
    assertTrue(r.out().contains("90% CI (Jeffreys)"), "the chosen interval");
  }

  /**
   * Standard error says what {@code rates} says of the reports left out and of posts that overlap,
   * for the same scope (review rv44a: the page's command said neither).
   */
  @Test
  void standardErrorSaysWhatRatesSaysOfLeftOutAndOverlap() {
    for (List<String> scope : List.of(List.<String>of(), List.of("--include-invalid"),
        List.of("--sources", "national"))) {
      List<String> ratesArgs = new java.util.ArrayList<>(List.of("rates"));
      ratesArgs.addAll(scope);
      List<String> reportArgs = new java.util.ArrayList<>(List.of("report"));
      reportArgs.addAll(scope);
      CliRun rates = CliRun.of(ratesArgs.toArray(String[]::new));
      CliRun report = CliRun.of(reportArgs.toArray(String[]::new));
      List<String> said = rates.errLines().stream().filter(l -> l.contains("validation errors")
          || l.contains("counted twice")).toList();
      assertFalse(said.isEmpty(), rates::toString);
      for (String line : said) {
        assertTrue(report.errLines().contains(line), () -> line + " not in " + report.err());
      }
    }
  }

  @Test
  void aMissingDirectoryIsOneLineAndExit2() {
    CliRun r = CliRun.of("report", "-o", "/no/such/dir/report.html");
    assertEquals(ExitCode.USAGE, r.exit(), r::toString);
    assertTrue(r.err().contains("no such directory"), r::toString);
  }

  @Test
  void aReportWithoutLinesIsShownAtItsDocument() throws Exception {
    // a JSON Lines report may have no weapon lines; with a finding it made validate and report
    // fail with "internal error (IllegalStateException: report x1 has no rows)"
    String source = "\"source\":{\"name\":\"kpszsu\",\"kind\":\"NATIONAL_AIR_FORCE\"}";
    Path f = Files.writeString(dir.resolve("nolines.jsonl"),
        "{\"schemaVersion\":1,\"id\":\"ok\",\"period\":{\"start\":\"2025-04-16T20:00\","
        + "\"end\":\"2025-04-17T08:00\",\"zone\":\"Europe/Kyiv\"}," + source + ",\"lines\":[]}\n"
        + "{\"schemaVersion\":1,\"id\":\"x1\",\"period\":{\"start\":\"2025-04-17T20:00\","
        + "\"end\":\"2025-04-17T08:00\",\"zone\":\"Europe/Kyiv\"}," + source + ",\"lines\":[]}\n");
    CliRun validate = CliRun.of("validate", "--format", "csv", f.toString());
    assertEquals(ExitCode.FINDINGS, validate.exit(), validate::toString);
    assertTrue(validate.out().lines().anyMatch(l -> l.startsWith(f + ",2,x1,error,")),
        validate::toString);
    CliRun report = CliRun.of("report", f.toString());
    assertEquals(0, report.exit(), report::toString);
    assertTrue(report.out().contains("<td class=\"text\">" + f + ":2</td><td class=\"text\">x1"
        + "</td>"), report::toString);
  }

  /**
   * The report's month chart says what {@code chart} says of the same inputs and options, word for
   * word: one writer of the caption's source sentences (review rv49b: the page's left out the
   * files, the count of invalid reports and the overlap).
   */
  @Test
  void theMonthChartSaysWhatTheChartCommandSays() throws Exception {
    for (List<String> options : List.of(List.<String>of(), List.of("--sources", "national"),
        List.of("--from", "2025-04-17", "--include-invalid"))) {
      Path svg = dir.resolve("chart.svg");
      Path html = dir.resolve("report.html");
      List<String> chart = new java.util.ArrayList<>(List.of("chart", "-o", svg.toString()));
      chart.addAll(options);
      List<String> report = new java.util.ArrayList<>(List.of("report", "-o", html.toString()));
      report.addAll(options);
      CliRun c = CliRun.of(chart.toArray(String[]::new));
      CliRun r = CliRun.of(report.toArray(String[]::new));
      assertEquals(0, c.exit(), c::toString);
      assertEquals(0, r.exit(), r::toString);
      String drawn = desc(Files.readString(svg, StandardCharsets.UTF_8));
      assertTrue(drawn.contains("Source: embedded sample ("), drawn);
      assertEquals(drawn, desc(Files.readString(html, StandardCharsets.UTF_8)), options.toString());
    }
  }

  private static String desc(String text) {
    int at = text.indexOf("<desc>");
    assertTrue(at >= 0, "no description");
    return text.substring(at + 6, text.indexOf("</desc>", at));
  }
}
