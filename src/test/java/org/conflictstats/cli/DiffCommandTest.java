package org.conflictstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.conflictstats.diff.MonthChange;
import org.conflictstats.model.SourceScope;
import org.conflictstats.stats.Rate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code conflict-stats diff OLD NEW} on two small releases written by us in two layouts: one report
 * unchanged, one revised (the Kalibr's destroyed 2 to 3, its lines in the other order), one removed,
 * one added. The figures are worked out by hand from the rows.
 */
final class DiffCommandTest {

  private static final String OLD = CliTest.AIR_FORCE_HEADER
      + "2025-03-01 20:00,2025-03-02 08:00,Shahed-136/131,,Ukraine,,10,8,kpszsu/posts/a\n"
      + "2025-03-02 20:00,2025-03-03 08:00,Kalibr,,Ukraine,,4,2,kpszsu/posts/b\n"
      + "2025-03-02 20:00,2025-03-03 08:00,Shahed-136/131,,Ukraine,,6,6,kpszsu/posts/b\n"
      + "2025-04-10 20:00,2025-04-11 08:00,Kh-101/Kh-555,,Ukraine,,5,5,kpszsu/posts/c\n";

  private static final String NEW = "time_start,time_end,model,launch_place,target,launched,"
      + "destroyed,not_reach_goal,still_attacking,source\n"
      + "2025-03-02 20:00,2025-03-03 08:00,Shahed-136/131,,Ukraine,6.0,6.0,0.0,0.0,kpszsu/posts/b\n"
      + "2025-03-02 20:00,2025-03-03 08:00,Kalibr,,Ukraine,4.0,3.0,0.0,0.0,kpszsu/posts/b\n"
      + "2025-03-01 20:00,2025-03-02 08:00,Shahed-136/131,,Ukraine,10.0,8.0,0.0,0.0,kpszsu/posts/a\n"
      + "2025-05-05 20:00,2025-05-06 08:00,Iskander-M,,Ukraine,2.0,0.0,,,kpszsu/posts/e\n";

  @TempDir
  Path dir;

  private String oldFile;
  private String newFile;

  @BeforeEach
  void write() throws IOException {
    oldFile = Files.writeString(dir.resolve("old.csv"), OLD).toString();
    newFile = Files.writeString(dir.resolve("new.csv"), NEW).toString();
  }

  /**
   * The figures per month count every source by default, and say where posts may overlap; with
   * {@code --sources} they are what {@code rates --by month --include-invalid --sources} gives for
   * each file alone, and an unknown source name is the command's one line, exit 2 (review rv46a:
   * the months summed every source, without a word).
   */
  @Test
  void theMonthsCountTheSourcesGivenAndSayWherePostsMayOverlap() throws IOException {
    String regional = OLD + "2025-03-01 21:00,2025-03-02 07:00,Shahed-136/131,,Ukraine,,7,7,"
        + "PvKPivden/posts/r\n";
    String older = Files.writeString(dir.resolve("regional.csv"), regional).toString();
    CliRun all = CliRun.of("diff", "--format", "csv", older, newFile);
    CliRun allText = CliRun.of("diff", older, newFile);
    assertTrue(allText.out().contains("\nMonths whose figures changed: "), allText::toString);
    assertEquals(0, all.exit(), all::toString);
    assertTrue(all.err().contains("conflict-stats: warning: " + older + ": 2 lines (1 national, 1"
        + " regional, 0 other) of 2 reports cover the same weapons"), all::toString);
    assertTrue(all.out().contains("\n2025-03,27,20,"), all::toString); // 10 + 4 + 6 + 7; 6 + 4 + 10
    assertTrue(all.err().contains("before it; --sources national counts the Air Force's posts"
        + " alone)"), all::toString);
    for (String scope : List.of("national", "regional", "PvKPivden,kpszsu")) {
      CliRun diff = CliRun.of("diff", "--sources", scope, "--format", "json", older, newFile);
      assertEquals(0, diff.exit(), diff::toString);
      // a scope of one kind of source has no overlap between posts; one of two kinds may
      assertEquals(scope.contains(","), diff.err().contains("cover the same weapons"),
          diff::toString);
      // the hint to count the Air Force's posts alone only where every source is counted
      assertFalse(diff.err().contains("--sources national counts"), diff::toString);
      assertEquals(scope, new ObjectMapper().readTree(diff.out()).get("sources").asText());
      // the table names a narrowed scope above its months
      CliRun text = CliRun.of("diff", "--sources", scope, older, newFile);
      assertTrue(text.out().contains("\nMonths whose figures changed (sources: " + scope + "): "),
          text::toString);
      // and so do each release's line and the summary on standard error (review rv48a)
      assertTrue(text.out().contains(" reports (sources: " + scope + ")\n")
          || text.out().contains(" report (sources: " + scope + ")\n"), text::toString);
      assertTrue(text.err().contains(newFile + " (sources: " + scope + "): added "),
          text::toString);
      JsonNode months = new ObjectMapper().readTree(diff.out()).get("months");
      for (String[] side : new String[][] {{older, "old"}, {newFile, "new"}}) {
        // rates refuses a source name its one input lacks (the new file has no PvKPivden): there
        // the name's kind stands for it, as it counts the same reports
        CliRun rates = CliRun.of("rates", "--by", "month", "--include-invalid", "--sources",
            side[1].equals("new") ? scope.replace("PvKPivden", "regional") : scope, "--format",
            "json", side[0]);
        assertEquals(0, rates.exit(), rates::toString);
        Map<String, Long> launched = new TreeMap<>();
        for (JsonNode row : new ObjectMapper().readTree(rates.out()).get("rows")) {
          launched.put(row.get("key").get("month").asText(), row.get("launched").asLong());
        }
        Map<String, Long> diffed = new TreeMap<>();
        for (JsonNode m : months) {
          if (!m.get("launched_" + side[1]).isNull()) {
            diffed.put(m.get("month").asText(), m.get("launched_" + side[1]).asLong());
          }
        }
        assertEquals(launched, diffed, scope + " " + side[1] + ": " + rates.out());
      }
    }
    CliRun typo = CliRun.of("diff", "--sources", "kpszu", older, newFile);
    assertEquals(2, typo.exit(), typo::toString);
    assertTrue(typo.err().startsWith("conflict-stats: unknown source 'kpszu': close matches:"
        + " kpszsu"), typo::toString);
  }

  @Test
  void theTableGivesTheCountsTheMonthsAndEachChange() {
    CliRun r = CliRun.of("diff", oldFile, newFile);
    assertEquals(0, r.exit(), r::toString);
    assertEquals("old: " + oldFile + ": 4 rows read, 3 reports\n"
        + "new: " + newFile + ": 4 rows read, 3 reports\n"
        + "added 1, removed 1, revised 1, unchanged 1\n"
        + "\n"
        + "Months whose figures changed: 1 of the 1 both releases cover; 1 only in the new"
        + " release, 1 only in the old release\n"
        + "month    launched            neutr.             rate\n"
        + "              old      new      old      new     old     new\n"
        + "------------------------------------------------------------\n"
        + "2025-03        20       20       16       17   80.0%   85.0%\n"
        + "2025-04         5        -        5        -  100.0%       -\n"
        + "2025-05         -        2        -        0       -    0.0%\n"
        + "launched: on rated lines (exact launched); neutr.: known neutralised; rate:\n"
        + "neutralisation rate; as 'rates --by month --include-invalid' gives them for each\n"
        + "file alone; -: the file has no line dated in the month.\n"
        + "\n"
        + "Revised reports: 1\n"
        + "  kpszsu/posts/b@2025-03-02T20:00/2025-03-03T08:00\n"
        + "    old " + oldFile + ":3, new " + newFile + ":2\n"
        + "    lines[Kalibr].destroyed: 2 -> 3\n"
        + "\n"
        + "Removed reports: 1\n"
        + "  kpszsu/posts/c@2025-04-10T20:00/2025-04-11T08:00\n"
        + "    old " + oldFile + ":5\n"
        + "    lines[Kh-101/Kh-555]: launched 5, destroyed 5, suppressed 0, still airborne 0,"
        + " left airspace 0, hit 0 -> (none)\n"
        + "\n"
        + "Added reports: 1\n"
        + "  kpszsu/posts/e@2025-05-05T20:00/2025-05-06T08:00\n"
        + "    new " + newFile + ":5\n"
        + "    lines[Iskander-M]: (none) -> launched 2, destroyed 0, suppressed unknown,"
        + " still airborne unknown, left airspace 0, hit 0\n", r.out());
    assertEquals("conflict-stats: " + oldFile + " -> " + newFile
        + ": added 1, removed 1, revised 1, unchanged 1", r.errLines().get(r.errLines().size() - 1));
  }

  @Test
  void theCsvHasOneRowPerMonthInTheIssuesColumns() {
    CliRun r = CliRun.of("diff", "--format", "csv", oldFile, newFile);
    assertEquals(0, r.exit(), r::toString);
    assertEquals("month,launched_old,launched_new,neutralised_old,neutralised_new,rate_old,rate_new\n"
        + "2025-03,20,20,16,17,0.8,0.85\n"
        + "2025-04,5,,5,,1,\n"
        + "2025-05,,2,,0,,0\n", r.out());
  }

  @Test
  void theCsvMatchesRatesByMonthOfEachFileAlone() {
    // the diff's columns are what 'rates --by month --include-invalid' gives for each file
    CliRun diff = CliRun.of("diff", "--format", "csv", oldFile, newFile);
    for (int side = 0; side < 2; side++) {
      CliRun rates = CliRun.of("rates", "--by", "month", "--include-invalid", "--format", "csv",
          side == 0 ? oldFile : newFile);
      List<String> header = List.of(rates.outLines().get(0).split(","));
      int launched = header.indexOf("rated_launched");
      int rate = header.indexOf("neutralisation_rate");
      for (String line : rates.outLines().subList(1, rates.outLines().size())) {
        String[] cells = line.split(",", -1);
        String[] row = diff.outLines().stream().filter(l -> l.startsWith(cells[0] + ","))
            .findFirst().orElseThrow().split(",", -1);
        assertEquals(cells[launched], row[1 + side], line);
        assertEquals(cells[rate], row[5 + side], line);
      }
    }
  }

  @Test
  void jsonCarriesTheIntegerCounts() throws IOException {
    CliRun r = CliRun.of("diff", "--format", "json", oldFile, newFile);
    assertEquals(0, r.exit(), r::toString);
    JsonNode j = new ObjectMapper().readTree(r.out());
    for (String field : List.of("added", "removed", "revised", "unchanged")) {
      assertTrue(j.get(field).isIntegralNumber(), field);
      assertEquals(1, j.get(field).asInt(), field);
    }
    assertEquals(3, j.get("months").size());
    // the months one release alone has are changed, and say which release has them
    List<String> coveredBy = new ArrayList<>();
    for (JsonNode m : j.get("months")) {
      assertTrue(m.get("changed").asBoolean(), m::toString);
      coveredBy.add(m.get("month").asText() + " " + m.get("covered_by").asText());
    }
    assertEquals(List.of("2025-03 both", "2025-04 old", "2025-05 new"), coveredBy);
    assertEquals("lines[Kalibr].destroyed",
        j.get("revised_reports").get(0).get("changes").get(0).get("field").asText());
  }

  /**
   * The months a release alone covers are told apart from those whose figures changed: "Months
   * whose figures changed: 34 of 42" on the two real releases counted the 33 months only the new
   * one covers as changed, where 1 of the 9 both cover had.
   */
  @Test
  void theMonthsOneReleaseAloneCoversAreToldApart() {
    Optional<Rate> a = Optional.of(Rate.of(8, 10, 10));
    Optional<Rate> b = Optional.of(Rate.of(9, 10, 10));
    Optional<Rate> none = Optional.empty();
    MonthChange same = new MonthChange("2025-01", a, a);
    MonthChange revised = new MonthChange("2025-02", a, b);
    MonthChange added = new MonthChange("2025-03", none, b);
    assertEquals("Months whose figures changed: 1 of the 2 both releases cover; 2 only in the"
        + " new release",
        DiffCommand.monthsChanged(List.of(same, revised, added, added), SourceScope.ALL));
    assertEquals("Months whose figures changed: 0 of the 1 both releases cover",
        DiffCommand.monthsChanged(List.of(same), SourceScope.ALL));
    assertEquals("Months whose figures changed: 0 of the 0 both releases cover; 1 only in the"
        + " old release",
        DiffCommand.monthsChanged(List.of(new MonthChange("2025-04", a, none)), SourceScope.ALL));
    assertEquals("Months whose figures changed (sources: national): 0 of the 1 both releases"
        + " cover", DiffCommand.monthsChanged(List.of(same), SourceScope.NATIONAL));
  }

  /**
   * {@link #OLD} with two rows that cannot be read: the Kalibr of report b (which is then listed as
   * revised) and report c's only row (listed as removed). The header says how many rows were
   * rejected, and a note under the lists says what they may be (review F6).
   */
  private static final String TYPO = OLD.replace(",Kalibr,,Ukraine,,4,2,", ",Kalibr,,Ukraine,,4O,2,")
      .replace(",Kh-101/Kh-555,,Ukraine,,5,5,", ",Kh-101/Kh-555,,Ukraine,,5x,5,");

  @Test
  void rejectedRowsAreCountedInTheHeaderAndNotedUnderTheLists() throws IOException {
    String typo = Files.writeString(dir.resolve("typo.csv"), TYPO).toString();
    CliRun r = CliRun.of("diff", oldFile, typo);
    assertEquals(0, r.exit(), r::toString);
    List<String> lines = r.outLines();
    assertEquals("old: " + oldFile + ": 4 rows read, 3 reports", lines.get(0), r::toString);
    assertEquals("new: " + typo + ": 4 rows read = 2 accepted + 2 rejected, 2 reports",
        lines.get(1), r::toString);
    assertEquals("added 0, removed 1, revised 1, unchanged 1", lines.get(2), r::toString);
    String note = "new: Rejected: 2 rows that could not be read ('conflict-stats validate' lists"
        + " them). A report listed as removed or revised may be one whose rows the new file"
        + " rejected.";
    assertTrue(r.out().replace('\n', ' ').endsWith(" " + note + " "), r::toString);
    assertFalse(r.out().contains("old: Rejected"), r::toString);
    // the other way round, the old file's rejected rows make reports look added or revised
    CliRun back = CliRun.of("diff", typo, oldFile);
    assertEquals("old: " + typo + ": 4 rows read = 2 accepted + 2 rejected, 2 reports",
        back.outLines().get(0), back::toString);
    assertTrue(back.out().replace('\n', ' ').contains("old: Rejected: 2 rows that could not be"
        + " read ('conflict-stats validate' lists them). A report listed as added or revised may"
        + " be one whose rows the old file rejected."), back::toString);
    // CSV and JSON have no notes: standard error gives them; JSON counts each side's rows
    CliRun csv = CliRun.of("diff", "--format", "csv", oldFile, typo);
    assertTrue(csv.errLines().contains("conflict-stats: note: " + note), csv::toString);
    CliRun json = CliRun.of("diff", "--format", "json", oldFile, typo);
    assertTrue(json.errLines().contains("conflict-stats: note: " + note), json::toString);
    JsonNode j = new ObjectMapper().readTree(json.out());
    assertEquals(0, j.get("old").get("rows_rejected").asLong(), json::toString);
    assertEquals(2, j.get("new").get("rows_rejected").asLong(), json::toString);
    // a file without rejected rows adds no note anywhere
    CliRun clean = CliRun.of("diff", "--format", "csv", oldFile, newFile);
    assertFalse(clean.err().contains("Rejected"), clean::toString);
  }

  @Test
  void aFileAgainstItselfSaysNoChange() {
    CliRun r = CliRun.of("diff", newFile, newFile);
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().endsWith("no change: 3 reports unchanged\n"), r::toString);
    CliRun json = CliRun.of("diff", "--format", "json", newFile, newFile);
    assertTrue(json.out().contains("\"no_change\" : true"), json::toString);
  }

  /**
   * Reports without weapon lines (JSON Lines documents with {@code "lines":[]}) have no row, so the
   * diff names them by the line of their document, and lists them in that order.
   */
  @Test
  void reportsWithoutLinesAreNamedByTheirDocumentsLine() throws IOException {
    String a = lineless("a", "2025-04-17T08:00", "2025-04-17T20:00");
    String b = lineless("b", "2025-04-16T08:00", "2025-04-16T20:00");
    String c = lineless("c", "2025-04-18T08:00", "2025-04-18T20:00");
    Path older = Files.writeString(dir.resolve("old.jsonl"), a + b + c);
    Path newer = Files.writeString(dir.resolve("new.jsonl"), b);
    CliRun r = CliRun.of("diff", older.toString(), newer.toString());
    assertEquals(0, r.exit(), r::toString);
    String out = r.out();
    int first = out.indexOf("    old " + older + ":1\n");
    int third = out.indexOf("    old " + older + ":3\n");
    assertTrue(first > out.indexOf("kpszsu/posts/a@") && third > out.indexOf("kpszsu/posts/c@"),
        out);
    assertTrue(first < third, out);
    assertFalse(out.contains("\n    \n"), "no empty place line: " + out);
    assertTrue(out.contains("added 0, removed 2, revised 0, unchanged 1"), out);
  }

  private static String lineless(String post, String start, String end) {
    return "{\"schemaVersion\":1,\"id\":\"" + post + "\",\"period\":{\"start\":\"" + start
        + "\",\"end\":\"" + end + "\",\"zone\":\"Europe/Kyiv\"},\"source\":{\"name\":\"kpszsu\","
        + "\"kind\":\"NATIONAL_AIR_FORCE\",\"address\":\"kpszsu/posts/" + post + "\"},"
        + "\"lines\":[]}\n";
  }

  @Test
  void standardInputMayBeEitherSide() {
    CliRun r = CliRun.withStdin(OLD, "diff", "--format", "csv", "-", newFile);
    assertEquals(0, r.exit(), r::toString);
    assertEquals(CliRun.of("diff", "--format", "csv", oldFile, newFile).out(), r.out());
  }

  @Test
  void theLimitListsFewerReports() {
    CliRun r = CliRun.of("diff", "--limit", "0", oldFile, newFile);
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().contains("Revised reports: 1 (--limit N lists them)\n"), r::toString);
    assertFalse(r.out().contains("lines[Kalibr]"), r::toString);
    CliRun negative = CliRun.of("diff", "--limit", "-1", oldFile, newFile);
    assertEquals(2, negative.exit());
    assertEquals(List.of("conflict-stats: Invalid value for option '--limit': the number of reports"
        + " must be from 0 to 2,147,483,647: -1 (see 'conflict-stats diff --help')"),
        negative.errLines());
  }

  @Test
  void anUnreadableFileIsOneLineAndExit2() {
    String missing = dir.resolve("missing.csv").toString();
    for (List<String> args : List.of(List.of("diff", oldFile, missing),
        List.of("diff", missing, oldFile), List.of("diff", oldFile, dir.toString()),
        List.of("diff", oldFile), List.of("diff", oldFile, newFile, oldFile))) {
      CliRun r = CliRun.of(args.toArray(String[]::new));
      assertEquals(2, r.exit(), r::toString);
      assertEquals(1, r.errLines().size(), r::toString);
      assertTrue(r.err().startsWith("conflict-stats: "), r::toString);
      assertTrue(r.out().isEmpty(), r::toString);
    }
    assertEquals("conflict-stats: " + missing + ": no such file",
        CliRun.of("diff", oldFile, missing).errLines().get(0));
  }

  @Test
  void aBadHeaderIsExit2NamingTheFile() throws IOException {
    String bad = Files.writeString(dir.resolve("bad.csv"), "time_start,time_end,model\n")
        .toString();
    CliRun r = CliRun.of("diff", oldFile, bad);
    assertEquals(2, r.exit(), r::toString);
    assertTrue(r.errLines().get(r.errLines().size() - 1).startsWith("conflict-stats: " + bad),
        r::toString);
  }
}
