package org.conflictstats.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictstats.io.ImportResult;
import org.conflictstats.io.ImportWarning;
import org.conflictstats.io.csv.AirForceCsv;
import org.conflictstats.model.LineDetails;
import org.conflictstats.model.SourceScope;
import org.conflictstats.model.WeaponLine;
import org.conflictstats.stats.Attribution;
import org.conflictstats.stats.ConfidenceInterval;
import org.conflictstats.stats.DateRange;
import org.conflictstats.stats.Dimension;
import org.conflictstats.stats.IntervalMethod;
import org.conflictstats.stats.RateKind;
import org.conflictstats.stats.ReportFilter;
import org.conflictstats.stats.StatsQuery;
import org.conflictstats.stats.StatsTable;
import org.conflictstats.stats.Tally;
import org.conflictstats.testing.RealData;
import org.junit.jupiter.api.Test;

/** The HTML report's content and self-containment, on a fixture of our own. */
final class HtmlReportTest {

  /**
   * Two nights: national and regional reports of the same night (overlap), one report with more
   * destroyed than launched (an error), one bad row, and a weapon name with markup in it.
   */
  static final String FIXTURE =
      "time_start,time_end,model,launch_place,target,carrier,launched,destroyed,source\n"
      + "2025-04-16 20:00,2025-04-17 08:00,Shahed-136/131,,,,75,55,kpszsu/posts/synthetic-1\n"
      + "2025-04-16 20:00,2025-04-17 08:00,X-101/X-555,,,,5,3,kpszsu/posts/synthetic-1\n"
      + "2025-04-16 21:00,2025-04-17 06:00,Shahed-136/131,,,,20,18,PvKPivden/posts/synthetic-2\n"
      + "2025-05-01 19:00,2025-05-02 07:00,Shahed-136/131,,,,40,45,kpszsu/posts/synthetic-3\n"
      + "2025-05-02 19:00,2025-05-03 07:00,<b>Zorro</b>,,,,4,1,kpszsu/posts/synthetic-4\n"
      + "2025-05-03 19:00,2025-05-04 07:00,Kalibr,,,,abc,1,kpszsu/posts/synthetic-5\n";

  /** The settings of most of these pages: the command's, but Wilson's interval. */
  static final ReportSettings WILSON = ReportSettings.standard()
      .withInterval(IntervalMethod.WILSON, 0.95);

  static ReportData data(SourceScope scope) throws Exception {
    ImportResult imported = AirForceCsv.reader().read(new StringReader(FIXTURE), "night.csv");
    return ReportData.of(imported, WILSON.withScope(scope));
  }

  @Test
  void everySectionInOrderWithTheFiguresOfTheInput() throws Exception {
    String html = HtmlReport.of(data(SourceScope.ALL)).toHtml();
    List<String> ids = new ArrayList<>();
    Matcher m = Pattern.compile("<section id=\"([a-z-]+)\">").matcher(html);
    while (m.find()) {
      ids.add(m.group(1));
    }
    assertEquals(List.of("summary", "charts", "rates", "findings", "overlap", "missingness",
        "notes"), ids);
    // 6 rows: 5 accepted, 1 rejected; 5 reports
    assertTrue(html.contains("<b>6</b>rows read"), html);
    assertTrue(html.contains("<b>5</b>rows accepted"), html);
    assertTrue(html.contains("<b>1</b>row rejected"), html);
    assertTrue(html.contains("<td>night.csv</td>")
        || html.contains("<th scope=\"row\">night.csv</th>"), html);
    // the findings: the bad row and the report with more destroyed than launched, with lines
    assertTrue(html.contains("REJECTED_ROW"), html);
    assertTrue(html.contains("night.csv:7"), "the bad row's line");
    assertTrue(html.contains("DESTROYED_EXCEEDS_LAUNCHED"), html);
    assertTrue(html.contains("night.csv:5"), "the line of the report with 45 of 40 destroyed");
    // overlap between the national and the regional report of 17 April
    assertTrue(html.contains("may be counted"), html);
    // the window written as every count of the page is
    assertTrue(html.contains("compared with the 1,024 reports before it"), html);
    // the period as the tables and summary write times (no ISO 'T')
    assertTrue(html.contains("Period covered: <b>2025-04-16 20:00 to 2025-05-03 07:00</b>"), html);
    // two charts, inline
    assertEquals(2, count(html, "<svg "), "two inline charts");
    assertTrue(html.contains("Neutralisation rate by family, per month"), html);
  }

  @Test
  void eachTableIsTheTableAQueryOfTheReportsGives() throws Exception {
    ImportResult imported = AirForceCsv.reader().read(new StringReader(FIXTURE), "night.csv");
    for (SourceScope scope : List.of(SourceScope.ALL, SourceScope.NATIONAL)) {
      for (boolean invalid : List.of(false, true)) {
        ReportSettings settings = ReportSettings.standard().withScope(scope)
            .withInvalidReportsKept(invalid).withRate(RateKind.KINETIC);
        ReportData d = ReportData.of(imported,
            settings.withInterval(IntervalMethod.JEFFREYS, 0.9));
        for (List<Dimension> dims : ReportDataSink.TABLES) {
          Dimension[] by = dims.toArray(Dimension[]::new);
          StatsTable t = d.table(by);
          StatsTable oracle = StatsQuery.groupBy(by).withScope(scope)
              .withAttribution(Attribution.standard()).withInvalidReportsKept(invalid)
              .run(imported.reports());
          assertEquals(oracle.rows(), t.rows(), dims + " " + scope + " " + invalid);
          assertEquals(oracle.total(), t.total(), dims + " " + scope + " " + invalid);
          // the summary's table (by weapon) looks for overlap (the page shows it); the others
          // need not
          if (dims.equals(List.of(Dimension.WEAPON))) {
            assertEquals(oracle.overlap(), t.overlap(), scope + " " + invalid);
          }
          assertEquals(oracle.leftOut(), t.leftOut(), dims + " " + scope + " " + invalid);
        }
        assertThrows(IllegalArgumentException.class, () -> d.table(Dimension.REGION));
        // the page shows the clustered interval or one of the counts, not the bootstrap
        assertThrows(IllegalArgumentException.class,
            () -> settings.withInterval(IntervalMethod.BOOTSTRAP, 0.9));
      }
    }
  }

  @Test
  void theRateTablesNameTheirRateAndShowTheOtherBesideIt() throws Exception {
    ImportResult imported = AirForceCsv.reader().read(new StringReader(FIXTURE), "night.csv");
    for (RateKind rate : RateKind.values()) {
      String html = HtmlReport.of(ReportData.of(imported, WILSON.withRate(rate))).toHtml();
      boolean kinetic = rate == RateKind.KINETIC;
      // the kinetic page had a "rate" and a "kinetic" column of the same figures
      assertTrue(html.contains("<th scope=\"col\">" + (kinetic ? "kinetic rate"
          : "neutralisation rate") + "</th>"), html);
      assertTrue(html.contains("<th scope=\"col\">" + (kinetic ? "neutralisation" : "kinetic")
          + "</th></tr>"), html);
    }
  }

  /**
   * A rate most of whose weapons are on lines with no destroyed figure is marked {@code +} in the
   * rate tables, as in the text table (the same predicate, {@code Tally.isLowerBoundOnly}), and
   * the note under them says what the mark means; a rate of lines with figures is not marked.
   */
  @Test
  void aRateMostlyWithoutDestroyedFiguresIsMarkedAsInTheTextTable() throws Exception {
    String csv = "time_start,time_end,model,launch_place,target,carrier,launched,destroyed,source\n"
        + "2025-02-01 20:00,2025-02-02 08:00,Kalibr,,,,10,,kpszsu/posts/m-1\n"
        + "2025-02-03 20:00,2025-02-04 08:00,Kalibr,,,,10,2,kpszsu/posts/m-2\n"
        + "2025-03-01 20:00,2025-03-02 08:00,Kalibr,,,,10,2,kpszsu/posts/m-3\n";
    ImportResult imported = AirForceCsv.reader().read(new StringReader(csv), "missiles.csv");
    ReportData d = ReportData.of(imported, WILSON);
    String html = HtmlReport.of(d).toHtml();
    // February: 10 of 20 on a line without a figure, half, not marked; the text table agrees
    Tally february = d.table(Dimension.MONTH).row("2025-02").orElseThrow().tally();
    assertFalse(february.isLowerBoundOnly(RateKind.NEUTRALISATION));
    String withBlank = csv + "2025-02-05 20:00,2025-02-06 08:00,Kalibr,,,,10,,kpszsu/posts/m-4\n";
    ReportData more = ReportData.of(AirForceCsv.reader().read(new StringReader(withBlank),
        "missiles.csv"), WILSON);
    Tally feb = more.table(Dimension.MONTH).row("2025-02").orElseThrow().tally();
    assertTrue(feb.isLowerBoundOnly(RateKind.NEUTRALISATION), feb::toString);
    String page = HtmlReport.of(more).toHtml();
    // 2 of 30 neutralised, 20 on lines without a figure: 6.7%+, in the page and in the text table
    assertTrue(page.contains("<td>6.7%+</td>"), page);
    assertTrue(more.table(Dimension.MONTH).format().contains(" 6.7%+ "),
        more.table(Dimension.MONTH)::format);
    assertFalse(html.contains("%+</td>"), html);
    assertTrue(page.contains("+ marks a rate most of whose weapons are on lines with no destroyed"
        + " figure"), page);
  }

  @Test
  void kineticRatesAcrossARegimeBoundaryAreNamedInTheNotesAndTheCharts() throws Exception {
    String across = "time_start,time_end,model,launch_place,target,carrier,launched,destroyed,source\n"
        + "2025-07-29 20:00,2025-07-30 08:00,Shahed-136/131,,,,100,60,kpszsu/posts/s-1\n"
        + "2025-08-01 20:00,2025-08-02 08:00,Shahed-136/131,,,,120,100,kpszsu/posts/s-2\n";
    ImportResult imported = AirForceCsv.reader().read(new StringReader(across), "across.csv");
    String warning = "mixes reporting regimes (boundary 2025-08-01)";
    for (RateKind rate : RateKind.values()) {
      String html = HtmlReport.of(ReportData.of(imported, WILSON.withRate(rate))).toHtml();
      // the family table's drone and total rows cross it: the notes say so whatever the rate,
      // since the page always shows a kinetic column; the charts, by month, draw no rate that
      // crosses it (the total, which does, is not drawn)
      assertTrue(html.contains("the kinetic rate of 1 group (drones) and the total " + warning),
          html);
      assertEquals(1, html.split(java.util.regex.Pattern.quote(warning), -1).length - 1, html);
    }
  }

  /**
   * A boundary inside a month: the month table's kinetic rate of that month crosses it and the
   * notes name it, as {@code rates --rate kinetic} does (review rv45e: only the family table's
   * were named).
   */
  @Test
  void aMonthWhoseKineticRateCrossesABoundaryIsNamedInTheNotes() throws Exception {
    String across = "time_start,time_end,model,launch_place,target,carrier,launched,destroyed,source\n"
        + "2025-08-09 20:00,2025-08-10 08:00,Shahed-136/131,,,,100,60,kpszsu/posts/s-1\n"
        + "2025-08-19 20:00,2025-08-20 08:00,Shahed-136/131,,,,120,100,kpszsu/posts/s-2\n";
    ImportResult imported = AirForceCsv.reader().read(new StringReader(across), "across.csv");
    ReportSettings mid = WILSON.withRegimes(org.conflictstats.stats.ReportingRegimes.of(
        List.of(java.time.LocalDate.of(2025, 8, 15))));
    String html = HtmlReport.of(ReportData.of(imported, mid)).toHtml();
    assertTrue(html.contains("Warning (by month): the kinetic rate of 1 group (2025-08) mixes"
        + " reporting regimes (boundary 2025-08-15)"), html);
    // with the standard boundaries, August is within one regime: not named
    String standard = HtmlReport.of(ReportData.of(imported, WILSON)).toHtml();
    assertFalse(standard.contains("(by month)"), standard);
  }

  @Test
  void controlCharactersAreShownAsReplacementsAndWarningsNotListedAreCounted() throws Exception {
    assertEquals("a\ufffdb\ufffd\tc\nd\ufffd&amp;", Html.escape("a\u0001b\u007f\tc\nd\u0085&"));
    ImportResult.Builder b = ImportResult.builder();
    b.addCounts(AirForceCsv.reader().read(new StringReader(FIXTURE), "night.csv",
        b));
    for (int i = 1; i <= 7; i++) {
      b.warning(ImportWarning.of("night.csv", i, "warning " + i));
    }
    String html = HtmlReport.of(ReportData.of(b.build(), WILSON)).toHtml();
    assertTrue(html.contains("Warnings of the import (7)"), html);
    long listed = java.util.stream.IntStream.rangeClosed(1, 7)
        .filter(i -> html.contains("warning " + i + "<")).count();
    assertTrue(html.contains("... and " + (7 - listed) + " more"), html);
    assertTrue(listed < 7, "listed " + listed);
  }

  /**
   * With the clustered interval (the command's default) each interval cell is the one the table's
   * tally gives, and a group of fewer than two reports with rated lines shows n/e.
   */
  @Test
  void theClusteredIntervalIsTheTallysAndNotEstimableForOneReport() throws Exception {
    ImportResult imported = AirForceCsv.reader().read(new StringReader(FIXTURE), "night.csv");
    ReportData d = ReportData.of(imported, ReportSettings.standard());
    String html = HtmlReport.of(d).toHtml();
    StatsTable total = StatsQuery.ungrouped().run(imported.reports());
    ConfidenceInterval ci = total.total().interval(RateKind.NEUTRALISATION,
        IntervalMethod.CLUSTER, 0.95).orElseThrow();
    assertTrue(html.contains("<tr><th scope=\"row\">neutralisation (destroyed + suppressed)</th>"),
        "the summary's row");
    assertTrue(html.contains("<td>" + Html.percent(ci.lower()) + " to " + Html.percent(ci.upper())
        + "</td></tr>"), html);
    assertTrue(html.contains("95% CI (clustered)"), "the column names the method");
    // every monthly row's cell: the oracle is a query of its own over the imported reports
    StatsTable byMonth = StatsQuery.groupBy(Dimension.MONTH).run(imported.reports());
    int notEstimable = 0;
    for (StatsTable.Row row : byMonth) {
      Tally t = row.tally();
      Optional<ConfidenceInterval> i = t.interval(RateKind.NEUTRALISATION,
          IntervalMethod.CLUSTER, 0.95);
      String want = !t.rate(RateKind.NEUTRALISATION).isDefined() ? "—"
          : i.map(c -> Html.percent(c.lower()) + " to " + Html.percent(c.upper())).orElse("n/e");
      notEstimable += want.equals("n/e") ? 1 : 0;
      Matcher m = Pattern.compile("<tr><th scope=\"row\">" + Pattern.quote(row.key(0))
          + "</th>(?:<td>[^<]*</td>){6}<td>([^<]*)</td>").matcher(html);
      assertTrue(m.find(), row.key(0));
      assertEquals(want, m.group(1), row.key(0));
    }
    assertTrue(notEstimable > 0 && notEstimable < byMonth.rows().size(),
        "the fixture has months of one report and of several: " + notEstimable);
  }

  /**
   * The missing-values table on the real 2026 file (skipped, with a message, when the data folder
   * is absent) against counts made here with streams over the imported lines.
   */
  @Test
  void missingValuesCountTheLinesOfTheRealFile() throws Exception {
    Path f = RealData.airForce("missile_attacks_daily-2026-02.csv");
    ImportResult imported = AirForceCsv.reader().read(f);
    ReportData d = ReportData.of(imported, WILSON);
    String html = HtmlReport.of(d).toHtml();
    // the oracle: one plain count per field, over the lines of the import
    long lines = 0;
    long[] counted = new long[7];
    for (var r : imported.reports()) {
      for (WeaponLine l : r.lines()) {
        lines++;
        counted[0] += l.launched().isUnknown() ? 1 : 0;
        counted[1] += l.destroyed().isUnknown() ? 1 : 0;
        counted[2] += l.suppressed().isUnknown() ? 1 : 0;
        counted[3] += l.stillAirborne().isUnknown() ? 1 : 0;
        counted[4] += l.weapon().isResolved() ? 0 : 1;
        counted[5] += l.details().launchPlace().isEmpty() ? 1 : 0;
        counted[6] += l.details().genuineShaheds().equals(LineDetails.none().genuineShaheds())
            ? 1 : 0;
      }
    }
    String[] fields = {"launched (launched)", "destroyed (destroyed)",
        "suppressed (not_reach_goal)", "still airborne (still_attacking)",
        "weapon not in the catalogue (model)", "launch place (launch_place)",
        "genuine Shaheds (is_shahed)"};
    for (int i = 0; i < fields.length; i++) {
      Matcher row = Pattern.compile("<tr><th scope=\"row\">" + Pattern.quote(fields[i])
          + "</th><td>([0-9,]+)</td>").matcher(html);
      assertTrue(row.find(), fields[i]);
      assertEquals(counted[i], Long.parseLong(row.group(1).replace(",", "")), fields[i]);
    }
    assertTrue(counted[2] > 0 && counted[2] < lines, "the file has lines of both kinds");
    assertTrue(html.contains("Over all " + String.format(Locale.ROOT, "%,d", lines)
        + " weapon lines of the distinct reports read"), "the lines counted");
  }

  @Test
  void thePageIsSelfContainedAndEscapesData() throws Exception {
    String html = HtmlReport.of(data(SourceScope.ALL)).toHtml();
    assertTrue(html.contains("Content-Security-Policy"), html);
    assertTrue(html.contains("default-src &#39;none&#39;"), html);
    assertFalse(html.contains("<script"), "no script");
    // nothing loaded: no src attribute, links only to anchors in the page
    assertFalse(Pattern.compile("\\ssrc\\s*=").matcher(html).find(), "no src attribute");
    Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
    while (href.find()) {
      assertTrue(href.group(1).startsWith("#"), href.group(1));
    }
    assertFalse(html.contains("<b>Zorro</b>"), "data is escaped");
    assertTrue(html.contains("&lt;b&gt;Zorro&lt;/b&gt;"), html);
  }

  @Test
  void theFindingsTableSaysThatFindingsBetweenReportsAreNotInIt() throws Exception {
    String html = HtmlReport.of(data(SourceScope.ALL)).toHtml();
    String findings = html.substring(html.indexOf("id=\"findings\""), html.indexOf("id=\"overlap\""));
    assertFalse(findings.contains("<td class=\"text\">OVERLAPPING_REPORTS"), findings);
    assertTrue(findings.contains("overlapping pairs: DUPLICATE_REPORT, REVISED_REPORT,"
        + " OVERLAPPING_REPORTS) is not counted here"), findings);
  }

  @Test
  void noElementIdComesTwiceAndEveryReferenceFindsItsElement() throws Exception {
    String html = HtmlReport.of(data(SourceScope.ALL)).toHtml();
    List<String> ids = new ArrayList<>();
    Matcher id = Pattern.compile("\\sid=\"([^\"]*)\"").matcher(html);
    while (id.find()) {
      ids.add(id.group(1));
    }
    assertTrue(ids.stream().anyMatch(i -> i.startsWith("family-")), ids::toString);
    assertEquals(new java.util.HashSet<>(ids).size(), ids.size(), "ids twice: " + ids);
    Matcher ref = Pattern.compile("url\\(#([^)]*)\\)").matcher(html);
    int refs = 0;
    while (ref.find()) {
      assertTrue(ids.contains(ref.group(1)), ref.group(1));
      refs++;
    }
    assertTrue(refs > 0, "the charts clip their plots");
  }

  @Test
  void aNarrowScopeSaysWhereOverlapIsLookedFor() throws Exception {
    String html = HtmlReport.of(data(SourceScope.NATIONAL)).withTitle("Night & day").toHtml();
    assertTrue(html.contains("<title>Night &amp; day</title>"), html);
    assertTrue(html.contains("Overlap is looked for among the reports counted (sources: national)"), html);
  }

  /**
   * One of a thing is singular everywhere in the page ("1 reports" was), and the left-out
   * sentence names only the counts that are not 0 ("0 reports outside the source scope" was).
   */
  @Test
  void oneIsSingularAndALeftOutCountOf0IsNotSaid() throws Exception {
    String all = HtmlReport.of(data(SourceScope.ALL)).toHtml();
    assertTrue(all.contains("<p>Left out: 1 report with validation errors.</p>"), all);
    assertFalse(all.contains("outside the source scope"), all);
    String national = HtmlReport.of(data(SourceScope.NATIONAL)).toHtml();
    assertTrue(national.contains("<p>Left out: 1 report with validation errors, 1 report outside"
        + " the source scope.</p>"), national);
    // one report of one source, one line: every figure and sentence singular
    ImportResult one = AirForceCsv.reader().read(new StringReader(
        "time_start,time_end,model,launch_place,target,carrier,launched,destroyed,source\n"
        + "2025-04-16 20:00,2025-04-17 08:00,Shahed-136/131,,,,75,55,kpszsu/posts/synthetic-1\n"),
        "one.csv");
    String page = HtmlReport.of(ReportData.of(one, WILSON.withFilter(
        ReportFilter.all().withDates(DateRange.parse("2025")))))
        .toHtml();
    for (String figure : List.of("<b>1</b>row read", "<b>1</b>row accepted", "<b>1</b>report<",
        "<b>1</b>source<", "The findings of the 1 report the filter", "Over the 1 weapon line of"
            + " the 1 distinct report the filter")) {
      assertTrue(page.contains(figure), figure + "\n" + page);
    }
    Matcher plural = Pattern.compile("(?<![\\d,.])1 (reports|rows|lines|sources|weapon lines)\\b|"
        + "<b>1</b>(reports|rows|sources)").matcher(page);
    assertFalse(plural.find(), () -> plural.group() + "\n" + page);
  }

  /**
   * Lines without an exact launched count, which no rate counts, are said under the overall rates
   * in the rate table's words, as summary says them; a page without such lines has no such note.
   */
  @Test
  void theOverallRatesSayTheLinesNoRateCounts() throws Exception {
    String csv = FIXTURE.replace("abc,1,kpszsu/posts/synthetic-5", ",1,kpszsu/posts/synthetic-5");
    ImportResult imported = AirForceCsv.reader().read(new StringReader(csv), "night.csv");
    ReportData data = ReportData.of(imported, WILSON.withInvalidReportsKept(true));
    String note = "<p class=\"note\">1 line (1 known launched) has no exact launched count and"
        + " is not rated.</p>";
    String page = HtmlReport.of(data).toHtml();
    int overall = page.indexOf("<h3>Overall rates");
    assertTrue(overall >= 0 && page.indexOf(note, overall) > overall, page);
    String none = HtmlReport.of(ReportData.of(AirForceCsv.reader().read(new StringReader(
        FIXTURE.substring(0, FIXTURE.indexOf("2025-05-03"))), "night.csv"), WILSON)).toHtml();
    assertFalse(none.contains("no exact launched count and is not rated"), none);
  }

  /**
   * Every table has a caption, first in it, that names it for a screen reader (review rv49b: none
   * had one); a page whose every line lacks an exact launched count draws no blank chart, and says
   * why, as the chart command does.
   */
  @Test
  void everyTableHasACaptionAndAPageWithoutARateDrawsNoBlankChart() throws Exception {
    String html = HtmlReport.of(data(SourceScope.ALL)).toHtml();
    int tables = 0;
    Matcher table = Pattern.compile("<table[^>]*>(.{0,9})").matcher(html);
    while (table.find()) {
      tables++;
      assertEquals("<caption>", table.group(1), html.substring(table.start(),
          Math.min(html.length(), table.start() + 200)));
    }
    assertTrue(tables >= 8, "tables: " + tables);
    assertTrue(html.contains("<svg"), "charts drawn");
    String unrated = "time_start,time_end,model,launched,destroyed,source\n"
        + "2025-04-16 20:00,2025-04-17 08:00,Shahed-136/131,,25,kpszsu/posts/a\n"
        + "2025-04-18 20:00,2025-04-19 08:00,Kalibr,,2,kpszsu/posts/b\n";
    ImportResult imported = AirForceCsv.reader().read(new StringReader(unrated), "unrated.csv");
    String page = HtmlReport.of(ReportData.of(imported, WILSON)).toHtml();
    String charts = page.substring(page.indexOf("id=\"charts\""));
    assertFalse(page.contains("<svg"), "no blank chart");
    String note = "<p class=\"note\">No month in the chosen scope has a rate over at least 10"
        + " weapons launched on lines with an exact launched count, the fewest whose rate a chart"
        + " draws (the tables give every rate): nothing to draw.</p>";
    assertTrue(charts.contains(note), charts);
    // rates in the tables, each over fewer than 10 weapons: the same note, not "no rate" (rv49c)
    String few = "time_start,time_end,model,launched,destroyed,source\n"
        + "2025-04-16 20:00,2025-04-17 08:00,Shahed-136/131,5,3,kpszsu/posts/a\n"
        + "2025-05-18 20:00,2025-05-19 08:00,Kalibr,4,2,kpszsu/posts/b\n";
    String small = HtmlReport.of(ReportData.of(AirForceCsv.reader().read(new StringReader(few),
        "few.csv"), WILSON)).toHtml();
    assertTrue(small.contains(note), small);
    assertTrue(small.contains("60.0%"), "the table's rate");
    assertFalse(small.contains("<svg"), "no blank chart");
  }

  /** A filter that passes no line: no empty table of the most launched, a note saying none. */
  @Test
  void anEmptyListOfTheMostLaunchedIsANoteNotAnEmptyTable() throws Exception {
    ImportResult imported = AirForceCsv.reader().read(new StringReader(FIXTURE), "night.csv");
    String page = HtmlReport.of(ReportData.of(imported, WILSON.withFilter(
        ReportFilter.all().withDates(DateRange.parse("2020"))))).toHtml();
    int at = page.indexOf("<h3>Most launched weapons");
    assertTrue(at >= 0, page);
    String after = page.substring(page.indexOf("</h3>", at) + 5);
    assertTrue(after.startsWith("<p class=\"note\">none (no line in the scope and filter gives a"
        + " known launched count)</p>"), after);
    String unfiltered = HtmlReport.of(data(SourceScope.ALL)).toHtml();
    assertFalse(unfiltered.contains("none (no line in the scope"), unfiltered);
  }

  /**
   * With a scope other than all sources the summary's rows, reports, period and sources are
   * still everything read, as summary says ("before the scope and filter"): the page says so,
   * with a filter and without one; with all sources it says it only for a filter.
   */
  @Test
  void aNarrowScopeSaysTheSummaryCountsEverythingRead() throws Exception {
    String before = "The rows, reports, period and sources above count everything read, before";
    String scoped = HtmlReport.of(data(SourceScope.NATIONAL)).toHtml();
    assertTrue(scoped.contains(before + " the source scope (national); the weapons, rates,"
        + " charts and rate tables below count the lines of its sources.</p>"), scoped);
    ImportResult imported = AirForceCsv.reader().read(new StringReader(FIXTURE), "night.csv");
    ReportFilter from = ReportFilter.all()
        .withDates(DateRange.parse("2025-05"));
    String both = HtmlReport.of(ReportData.of(imported, WILSON.withScope(SourceScope.NATIONAL)
        .withFilter(from))).toHtml();
    assertTrue(both.contains(before + " the source scope (national) and the filter; the weapons,"
        + " rates, charts and rate tables below count the lines of its sources that the filter"
        + " passes.</p>"), both);
    String filtered = HtmlReport.of(ReportData.of(imported, WILSON.withFilter(from))).toHtml();
    assertTrue(filtered.contains(before + " the filter; the weapons, rates, charts and tables"
        + " below count the lines it passes.</p>"), filtered);
    assertFalse(HtmlReport.of(data(SourceScope.ALL)).toHtml().contains(before));
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int at = s.indexOf(part); at >= 0; at = s.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }
}
