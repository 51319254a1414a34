package org.conflictstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.conflictstats.io.ImportMode;
import org.conflictstats.io.DistinctReports;
import org.conflictstats.io.ImportResult;
import org.conflictstats.io.csv.AirForceCsv;
import org.conflictstats.io.json.JsonLinesReader;
import org.conflictstats.io.json.JsonReadOptions;
import org.conflictstats.model.SourceScope;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponCategory;
import org.conflictstats.report.HtmlReport;
import org.conflictstats.report.ReportData;
import org.conflictstats.report.ReportSettings;
import org.conflictstats.stats.Attribution;
import org.conflictstats.stats.DateRange;
import org.conflictstats.stats.IntervalMethod;
import org.conflictstats.stats.RateKind;
import org.conflictstats.stats.ReportFilter;
import org.conflictstats.stats.ReportingRegimes;
import org.conflictstats.testing.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The library's page of reports held in memory ({@code ReportData.of(imported, settings)}) is the
 * page {@code report} writes with the same options, filter included, byte for byte: on the
 * embedded sample, and on the real 2026 file when the data folder is present (skipped, saying so,
 * when it is not). The page embeds no time of making; it names its inputs, which are the same here
 * (the sample by the name the command gives it, a file by the path given). Each filter changes the
 * rate tables, so that a filter the library ignored would fail the comparison.
 */
final class ReportDataOfTest {

  private static final WeaponCatalog CATALOG = WeaponCatalog.builtIn();

  /** The command's options and the same settings built with the library. */
  static Stream<Arguments> sampleRuns() {
    ReportSettings none = ReportSettings.standard();
    return Stream.of(
        Arguments.of(List.of("--family", "drones"),
            none.withFilter(ReportFilter.all().withFamilies(List.of("drones")))),
        Arguments.of(List.of("--from", "2025-04", "--to", "2025-04"),
            none.withFilter(ReportFilter.all().withDates(DateRange.parse("2025-04")))),
        Arguments.of(List.of("--weapon", "Shahed-136/131", "--from", "2025-04-17"),
            none.withFilter(ReportFilter.all().withDates(DateRange.from(
                java.time.LocalDate.of(2025, 4, 17)))
                .withWeapons(List.of(CATALOG.resolve("Shahed-136/131"))))),
        Arguments.of(List.of("--category", "cruise missile,ballistic missile", "--sources",
            "national"), none.withScope(SourceScope.NATIONAL).withFilter(ReportFilter.all()
                .withCategories(List.of(WeaponCategory.CRUISE_MISSILE,
                    WeaponCategory.BALLISTIC_MISSILE)))),
        Arguments.of(List.of("--region", "kyiv oblast"),
            none.withFilter(ReportFilter.all().withRegions(List.of("kyiv oblast")))),
        Arguments.of(List.of("--family", "missiles", "--rate", "kinetic", "--ci", "wilson",
            "--level", "0.9", "--include-invalid", "--regimes", "none"),
            none.withRate(RateKind.KINETIC).withInterval(IntervalMethod.WILSON, 0.9)
                .withInvalidReportsKept(true).withRegimes(ReportingRegimes.none())
                .withFilter(ReportFilter.all().withFamilies(List.of("missiles")))));
  }

  @ParameterizedTest
  @MethodSource("sampleRuns")
  void thePageOfTheSampleInMemoryIsTheCommandsWithTheSameFilter(List<String> options,
      ReportSettings settings) throws Exception {
    ImportResult sample = sample();
    String page = HtmlReport.of(ReportData.of(sample, settings)).toHtml();
    assertEquals(command(options), page, options::toString);
    assertFilterChangesTheTables(page, sample, settings, options);
  }

  /**
   * The real 2026 file: October 2025's drones (the README's page), and national missiles since
   * 2025 by kinetic rate in UTC dates.
   */
  @Test
  void thePageOfTheReal2026FileInMemoryIsTheCommandsWithTheSameFilter() throws Exception {
    Path f = RealData.airForce("missile_attacks_daily-2026-02.csv");
    ImportResult imported = AirForceCsv.reader().read(f);
    List<List<String>> runs = List.of(
        List.of("--from", "2025-10", "--to", "2025-10", "--family", "drones", f.toString()),
        List.of("--from", "2025", "--family", "missiles", "--sources", "national", "--rate",
            "kinetic", "--zone", "UTC", f.toString()));
    List<ReportSettings> settings = List.of(
        ReportSettings.standard().withFilter(ReportFilter.all()
            .withDates(DateRange.parse("2025-10")).withFamilies(List.of("drones"))),
        ReportSettings.standard().withScope(SourceScope.NATIONAL).withRate(RateKind.KINETIC)
            .withAttribution(Attribution.standard().withZone(ZoneId.of("UTC")))
            .withFilter(ReportFilter.all().withDates(DateRange.from(
                java.time.LocalDate.of(2025, 1, 1))).withFamilies(List.of("missiles"))));
    for (int i = 0; i < runs.size(); i++) {
      String page = HtmlReport.of(ReportData.of(imported, settings.get(i))).toHtml();
      assertEquals(command(runs.get(i)), page, runs.get(i)::toString);
      assertFilterChangesTheTables(page, imported, settings.get(i), runs.get(i));
    }
  }

  /**
   * Each report counts once: two releases of the dataset read into one result (most reports in
   * both, some revised) give the page the command gives for the two files, and one file read twice
   * the page of the command given it twice, whose tables are those of the file read once.
   */
  @Test
  void aReportInTwoInputsInMemoryCountsOnceAsInTheCommand() throws Exception {
    Path older = RealData.airForce("missile_attacks_daily-2023-07.csv");
    Path newer = RealData.airForce("missile_attacks_daily-2026-02.csv");
    ImportResult a = AirForceCsv.reader().read(older);
    ImportResult b = AirForceCsv.reader().read(newer);
    ReportSettings drones = ReportSettings.standard()
        .withFilter(ReportFilter.all().withFamilies(List.of("drones")));
    assertEquals(command(List.of("--family", "drones", older.toString(), newer.toString())),
        HtmlReport.of(ReportData.of(a.plus(b), drones)).toHtml());
    assertEquals(command(List.of("--family", "drones", "--prefer", "first", older.toString(),
        newer.toString())), HtmlReport.of(ReportData.of(a.plus(b), drones,
            DistinctReports.preferring(DistinctReports.Prefer.FIRST))).toHtml());
    String twice = HtmlReport.of(ReportData.of(b.plus(b), drones)).toHtml();
    assertEquals(command(List.of("--family", "drones", newer.toString(), newer.toString())),
        twice);
    assertEquals(section(HtmlReport.of(ReportData.of(b, drones)).toHtml(), "rates"),
        section(twice, "rates"));
  }

  /**
   * A result whose reports do not come file by file in the order of its counts cannot be cut
   * into its files, and which version of a revised report counts would then be a guess: refused,
   * naming the report and the file.
   */
  @Test
  void aResultWhoseReportsComeInAnotherFilesPlaceIsRefused() throws Exception {
    ImportResult a = AirForceCsv.reader().read(new java.io.StringReader(CliTest.AIR_FORCE_HEADER
        + "2025-03-01 20:00,2025-03-02 08:00,Kalibr,,Ukraine,,4,2,kpszsu/posts/a\n"), "a.csv");
    ImportResult b = AirForceCsv.reader().read(new java.io.StringReader(CliTest.AIR_FORCE_HEADER
        + "2025-03-01 20:00,2025-03-02 08:00,Kalibr,,Ukraine,,4,4,kpszsu/posts/a\n"), "b.csv");
    ImportResult swapped = ImportResult.of(
        List.of(b.imported().get(0), a.imported().get(0)), List.of(), List.of(),
        List.of(a.files().get(0), b.files().get(0)));
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> ReportData.of(swapped, ReportSettings.standard()));
    assertTrue(e.getMessage().contains("b.csv:2") && e.getMessage().contains("reports of a.csv"),
        e::getMessage);
    // in order, the revision of b.csv counts: 4 destroyed of 4
    String page = HtmlReport.of(ReportData.of(a.plus(b), ReportSettings.standard())).toHtml();
    assertTrue(section(page, "summary").contains("1 revision"), () -> section(page, "summary"));
  }

  /** The sample read twice into one result: the page's tables are those of the sample once. */
  @Test
  void theSampleTwiceInMemoryHasTheTablesOfTheSampleOnce() throws Exception {
    ImportResult sample = sample();
    String once = HtmlReport.of(ReportData.of(sample, ReportSettings.standard())).toHtml();
    String twice = HtmlReport.of(ReportData.of(sample.plus(sample), ReportSettings.standard()))
        .toHtml();
    assertEquals(section(once, "rates"), section(twice, "rates"));
    assertEquals(section(once, "overlap"), section(twice, "overlap"));
  }

  /** With no option the command's settings are the library's standard ones. */
  @Test
  void theCommandsSettingsWithoutOptionsAreTheStandardOnes() {
    assertEquals(ReportSettings.standard(), parsed());
    assertEquals(ReportSettings.standard().withScope(SourceScope.NATIONAL)
        .withRate(RateKind.KINETIC).withInterval(IntervalMethod.JEFFREYS, 0.8)
        .withInvalidReportsKept(true).withRegimes(ReportingRegimes.none())
        .withAttribution(Attribution.standard().withZone(ZoneId.of("UTC")))
        .withFilter(ReportFilter.all().withFamilies(List.of("drones"))),
        parsed("--sources", "national", "--rate", "kinetic", "--ci", "jeffreys", "--level", "0.8",
            "--include-invalid", "--regimes", "none", "--zone", "UTC", "--family", "drones"));
    assertNotEquals(ReportSettings.standard(), parsed("--family", "drones"));
  }

  private static ReportSettings parsed(String... options) {
    ReportCommand report = new ReportCommand();
    new CommandLine(report).parseArgs(options);
    return report.settings();
  }

  /** The command's page with the options. */
  private static String command(List<String> options) {
    List<String> args = new ArrayList<>(List.of("report"));
    args.addAll(options);
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertEquals(0, run.exit(), run::toString);
    return run.out();
  }

  /**
   * The filtered page's rate tables are not the unfiltered page's (same settings, no filter), and
   * its family table has only families the unfiltered one has.
   */
  private static void assertFilterChangesTheTables(String page, ImportResult imported,
      ReportSettings settings, List<String> what) {
    ReportSettings unfilteredSettings = ReportSettings.standard().withScope(settings.scope())
        .withInvalidReportsKept(settings.keepsInvalidReports())
        .withAttribution(settings.attribution()).withRate(settings.rate())
        .withInterval(settings.intervalMethod(), settings.level())
        .withRegimes(settings.regimes());
    String unfiltered = HtmlReport.of(ReportData.of(imported, unfilteredSettings)).toHtml();
    String rates = section(page, "rates");
    String allRates = section(unfiltered, "rates");
    assertNotEquals(allRates, rates, () -> what + ": the filter changed nothing");
    assertTrue(page.contains("Filter: " + settings.filter()), () -> what + ": " + page);
    List<String> families = firstCells(rates.substring(rates.indexOf("By family")));
    List<String> allFamilies = firstCells(allRates.substring(allRates.indexOf("By family")));
    assertTrue(allFamilies.containsAll(families), () -> families + " of " + allFamilies);
  }

  /** The embedded sample, read by the library under the name the command gives it. */
  private static ImportResult sample() throws Exception {
    try (InputStream in = Inputs.class.getResourceAsStream(Inputs.SAMPLE_RESOURCE);
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return JsonLinesReader.readAll(r, Inputs.SAMPLE_NAME,
          JsonReadOptions.of(ImportMode.LENIENT));
    }
  }

  private static String section(String page, String id) {
    int from = page.indexOf("<section id=\"" + id + "\">");
    assertTrue(from >= 0, "no section " + id);
    return page.substring(from, page.indexOf("</section>", from));
  }

  /** The first cell of each body row of the first table. */
  private static List<String> firstCells(String html) {
    String body = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
    List<String> cells = new ArrayList<>();
    Matcher m = Pattern.compile("<tr><th[^>]*>([^<]*)</th>").matcher(body);
    while (m.find()) {
      cells.add(m.group(1));
    }
    return cells;
  }
}
