package org.conflictstats.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.conflictstats.testing.TestFiles;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The tool end to end, in-process, on the embedded sample and on files the tests write. */
final class CliTest {

  static final String CSV_HEADER = "reports,lines,launched,destroyed,suppressed,still_airborne,"
      + "left_airspace,unknown,kinetic_rate,neutralisation_rate,neutralisation_lower,"
      + "neutralisation_upper,ci_low,ci_high,rated_launched,unrated_lines,clusters,"
      + "regime_boundaries,kinetic_lower,kinetic_upper,ci_rate";

  static final String AIR_FORCE_HEADER =
      "time_start,time_end,model,launch_place,target,carrier,launched,destroyed,source\n";

  @TempDir
  Path dir;

  @Nested
  class Rates {

    @Test
    void withoutFilesItRunsOnTheEmbeddedSampleAndSaysSo() {
      CliRun r = CliRun.of("rates");
      assertEquals(0, r.exit(), r::toString);
      assertTrue(r.err().contains("embedded sample"), r::toString);
      assertTrue(r.out().startsWith("month"), r::toString);
      assertTrue(r.out().contains("2025-04"), r::toString);
      // the sample holds one report with more destroyed than launched: left out, and said so
      assertTrue(r.err().contains("1 line of 1 report with validation errors left out"), r::toString);
      assertTrue(r.err().contains("may be counted twice"), r::toString);
    }

    @Test
    void noReportWithErrorsIsSaidInWordsNotAsZeroOfZero() {
      // the sample's one report with errors is a national one: the regional ones have none
      CliRun r = CliRun.of("rates", "--sources", "regional");
      assertEquals(0, r.exit(), r::toString);
      assertTrue(r.err().contains("no report has validation errors: none left out"), r::toString);
      assertFalse(r.err().contains("0 lines of 0 reports"), r::toString);
    }

    @Test
    void tableLinesFitIn80Columns() {
      for (String by : List.of("month", "week,weapon", "day,category", "source,year")) {
        CliRun r = CliRun.of("rates", "--by", by);
        assertEquals(0, r.exit(), r::toString);
        r.outLines().forEach(l -> assertTrue(l.length() <= 80, "too wide: " + l));
      }
    }

    @Test
    void csvHasTheKeysThenTheDocumentedColumns() {
      CliRun r = CliRun.of("rates", "--by", "month,weapon", "--format", "csv");
      assertEquals(0, r.exit(), r::toString);
      assertEquals("month,weapon," + CSV_HEADER, r.outLines().get(0));
      // 17 April drones: 75 launched, 25 destroyed, 30 suppressed, 20 unknown
      String drones = r.outLines().stream().filter(l -> l.startsWith("2025-04,Unknown UAV,"))
          .findFirst().orElseThrow();
      // ... then the interval: one report of Unknown UAV that month, so not estimable (empty);
      // 75 rated launched, no unrated line, one cluster, one reporting regime; then the kinetic
      // rate's bounds, 25/75 and (25 + the 20 unknown)/75, and the rate the interval is of
      assertEquals("2025-04,Unknown UAV,1,1,75,25,30,0,0,20,0.333333,0.733333,0.733333,1,,,75,0,1,"
          + ",0.333333,0.6,neutralisation", drones);
    }

    @Test
    void theDefaultIntervalIsClusteredByReportAndSaysWhyItIsWider() {
      CliRun r = CliRun.of("rates", "--by", "month");
      String text = r.out().replace('\n', ' ');
      assertTrue(text.contains("95% CI: clustered by report: Wilson at the effective number of"
          + " weapons"), r::toString);
      assertTrue(text.contains("n/e: not estimable: 1 group has fewer than two reports"),
          r::toString);
      CliRun wilson = CliRun.of("rates", "--by", "month", "--ci", "wilson");
      assertTrue(wilson.out().contains("optimistic for salvos"), wilson::toString);
      assertFalse(wilson.out().contains("n/e"), wilson::toString);
    }

    @Test
    void csvAndJsonReadersAreToldOnStandardErrorWhatTheTableWouldSay() {
      CliRun r = CliRun.of("rates", "--by", "month,weapon", "--format", "csv",
          "--min-launched", "10");
      assertEquals(0, r.exit(), r::toString);
      assertTrue(r.err().contains("conflict-stats: note: n/e: not estimable:"), r::toString);
      assertTrue(r.err().contains("conflict-stats: note: hidden: "), r::toString);
      // Iskander-M, 2 launched in March: counts kept, rates, bounds (the kinetic ones too) and
      // interval empty; the interval would be of the neutralisation rate
      String iskander = r.outLines().stream().filter(l -> l.startsWith("2025-03,Iskander-M,"))
          .findFirst().orElseThrow(() -> new AssertionError(r));
      assertEquals("2025-03,Iskander-M,1,1,2,1,0,0,0,1,,,,,,,2,0,1,,,,neutralisation", iskander);
    }

    @Test
    void theBootstrapIsSeededAndTheSameSeedGivesTheSameTable() throws IOException {
      String[] args = {"rates", "--by", "month", "--ci", "bootstrap", "--replicates", "500",
          "--seed", "7", "--format", "json"};
      CliRun a = CliRun.of(args);
      CliRun b = CliRun.of(args);
      assertEquals(0, a.exit(), a::toString);
      assertEquals(a.out(), b.out());
      JsonNode interval = new ObjectMapper().readTree(a.out()).path("interval");
      assertEquals("bootstrap", interval.path("method").asText());
      assertEquals(500, interval.path("replicates").asInt());
      assertEquals(7, interval.path("seed").asLong());
      CliRun other = CliRun.of("rates", "--by", "month", "--ci", "bootstrap", "--replicates",
          "500", "--seed", "8", "--format", "json");
      assertFalse(a.out().equals(other.out()), "another seed, other replicates");
      assertTrue(CliRun.of("rates", "--ci", "bootstrap").out()
          .contains("percentile bootstrap over reports, 2,000 replicates, seed 42"));
    }

    @Test
    void aKineticRateAcrossAReportingRegimeBoundaryIsFlagged() throws IOException {
      String csv = AIR_FORCE_HEADER
          + "2025-07-30 20:00,2025-07-31 08:00,Shahed-136/131,,Ukraine,,100,60,kpszsu/posts/t1\n"
          + "2025-08-01 20:00,2025-08-02 08:00,Shahed-136/131,,Ukraine,,120,100,kpszsu/posts/t2\n";
      Path p = TestFiles.write(dir, "regimes.csv", csv);
      CliRun table = CliRun.of("rates", "--by", "year", "--rate", "kinetic", p.toString());
      assertTrue(table.out().replace('\n', ' ').contains("mixes reporting regimes (boundary"
          + " 2025-08-01)"), table::toString);
      CliRun asCsv = CliRun.of("rates", "--by", "year", "--format", "csv", p.toString());
      assertTrue(asCsv.err().contains("conflict-stats: warning: the kinetic rate of 1 group (2025)"
          + " and the total mixes reporting regimes (boundary 2025-08-01)"), asCsv::toString);
      int boundaries = List.of(asCsv.outLines().get(0).split(",")).indexOf("regime_boundaries");
      assertEquals("2025-08-01", asCsv.outLines().get(1).split(",", -1)[boundaries],
          asCsv::toString);
      CliRun byRegime = CliRun.of("rates", "--by", "regime", "--format", "csv", p.toString());
      assertTrue(byRegime.out().contains("\n2024-07-01 to 2025-07-31,1,1,100,"), byRegime::toString);
      assertTrue(byRegime.out().contains("\nfrom 2025-08-01,1,1,120,"), byRegime::toString);
      CliRun moved = CliRun.of("rates", "--by", "year", "--format", "csv", "--regimes", "2025-09",
          p.toString());
      assertFalse(moved.err().contains("mixes reporting regimes"), moved::toString);
      assertEquals("", moved.outLines().get(1).split(",", -1)[boundaries], moved::toString);
    }

    @Test
    void anUndefinedRateIsAnEmptyCellNeverZero() {
      CliRun r = CliRun.of("rates", "--by", "day", "--format", "csv", "--ci", "none");
      String withheld = r.outLines().stream().filter(l -> l.startsWith("2025-05-24,"))
          .findFirst().orElseThrow(() -> new AssertionError(r));
      // rates, bounds, interval empty; nothing rated, one unrated line, no cluster, no regime;
      // no kinetic bounds either
      assertTrue(withheld.endsWith(",,,,,,0,1,0,,,,neutralisation"), withheld);
    }

    @Test
    void jsonCarriesTheSameFiguresAndTheUpperBounds() throws IOException {
      CliRun r = CliRun.of("rates", "--by", "year", "--format", "json", "--ci",
          "clopper-pearson", "--level", "0.9");
      assertEquals(0, r.exit(), r::toString);
      JsonNode root = new ObjectMapper().readTree(r.out());
      assertEquals("clopper-pearson", root.path("interval").path("method").asText());
      JsonNode row = root.path("rows").get(0);
      assertEquals("2025", row.path("key").path("year").asText());
      assertTrue(row.has("launched_upper") && row.has("neutralisation_upper"), r.out());
      assertTrue(row.path("ci_low").asDouble() <= row.path("neutralisation_rate").asDouble());
    }

    @Test
    void kineticRateAndNoIntervalChangeTheTable() {
      CliRun r = CliRun.of("rates", "--rate", "kinetic", "--ci", "none");
      assertEquals(0, r.exit(), r::toString);
      assertTrue(r.out().contains("destr."), r::toString);
      assertFalse(r.out().contains("CI"), r::toString);
    }

    @Test
    void ciRateNamesTheRateTheIntervalColumnsBoundOnEveryRow() {
      for (List<String> opts : List.of(List.<String>of(), List.of("--rate", "neutralisation"),
          List.of("--rate", "kinetic"), List.of("--rate", "kinetic", "--ci", "none"),
          List.of("--rate", "kinetic", "--min-launched", "10"))) {
        List<String> args = new java.util.ArrayList<>(
            List.of("rates", "--by", "month,weapon", "--format", "csv"));
        args.addAll(opts);
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r::toString);
        List<String> header = List.of(r.outLines().get(0).split(",", -1));
        int ciRate = header.indexOf("ci_rate");
        assertEquals(header.size() - 1, ciRate, "appended last: " + header);
        String expected = opts.contains("kinetic") ? "kinetic" : "neutralisation";
        // the same on every row, also where the row's interval is empty (n/e, hidden, --ci none)
        for (String line : r.outLines().subList(1, r.outLines().size())) {
          assertEquals(expected, line.split(",", -1)[ciRate], opts + ": " + line);
        }
      }
    }

    @Test
    void nationalScopeLeavesTheRegionalReportOutAndTheWarningGoes() {
      CliRun r = CliRun.of("rates", "--sources", "national");
      assertEquals(0, r.exit(), r::toString);
      assertFalse(r.err().contains("counted twice"), r::toString);
    }

    @Test
    void includeInvalidKeepsTheInconsistentReport() {
      CliRun kept = CliRun.of("rates", "--by", "month", "--format", "csv", "--include-invalid");
      CliRun left = CliRun.of("rates", "--by", "month", "--format", "csv");
      String may = "2025-05,";
      long keptLines = Long.parseLong(row(kept, may)[2]);
      long leftLines = Long.parseLong(row(left, may)[2]);
      assertEquals(leftLines + 1, keptLines);
    }

    @Test
    void outputGoesToAFile() throws IOException {
      Path out = dir.resolve("rates.csv");
      CliRun r = CliRun.of("rates", "--format", "csv", "--output", out.toString());
      assertEquals(0, r.exit(), r::toString);
      assertEquals("", r.out());
      assertTrue(Files.readString(out).startsWith("month," + CSV_HEADER));
    }

    @Test
    void readsStandardInputAndDetectsTheFormatFromContent() throws IOException {
      String csv = AIR_FORCE_HEADER
          + "2025-04-16 20:00,2025-04-17 08:00,Shahed-136/131,,Ukraine,,75,25,kpszsu/posts/t1\n";
      CliRun r = CliRun.withStdin(csv, "rates", "--format", "csv", "-");
      assertEquals(0, r.exit(), r::toString);
      assertTrue(r.out().contains("2025-04,1,1,75,25,"), r::toString);
      // a CSV named .jsonl is still CSV
      Path misnamed = TestFiles.write(dir, "really-csv.jsonl", csv);
      assertEquals(0, CliRun.of("rates", misnamed.toString()).exit());
    }

    private String[] row(CliRun r, String prefix) {
      return r.outLines().stream().filter(l -> l.startsWith(prefix)).findFirst()
          .orElseThrow(() -> new AssertionError(r)).split(",");
    }
  }

  @Nested
  class Errors {

    static Stream<Arguments> badOptions() {
      return Stream.of(
          Arguments.of((Object) new String[] {"rates", "--by", "fortnight"}),
          Arguments.of((Object) new String[] {"rates", "--by", "month,month"}),
          Arguments.of((Object) new String[] {"rates", "--by", ","}),
          Arguments.of((Object) new String[] {"rates", "--level", "1.5"}),
          Arguments.of((Object) new String[] {"rates", "--level", "abc"}),
          Arguments.of((Object) new String[] {"rates", "--ci", "jackknife"}),
          Arguments.of((Object) new String[] {"rates", "--level", "0"}),
          Arguments.of((Object) new String[] {"rates", "--level", "-0.5"}),
          // a heading of 300 digits (review rv45b)
          Arguments.of((Object) new String[] {"rates", "--level", "1e-300"}),
          Arguments.of((Object) new String[] {"rates", "--level", "0.9500001"}),
          Arguments.of((Object) new String[] {"summary", "--level", "1"}),
          Arguments.of((Object) new String[] {"rates", "--replicates", "99"}),
          Arguments.of((Object) new String[] {"rates", "--replicates", "1000001"}),
          Arguments.of((Object) new String[] {"rates", "--replicates", "many"}),
          Arguments.of((Object) new String[] {"rates", "--seed", "abc"}),
          Arguments.of((Object) new String[] {"rates", "--seed", "1.5"}),
          Arguments.of((Object) new String[] {"summary", "--seed", "99999999999999999999"}),
          Arguments.of((Object) new String[] {"rates", "--min-launched", "-1"}),
          Arguments.of((Object) new String[] {"rates", "--regimes", "2025-08,2024-07"}),
          Arguments.of((Object) new String[] {"rates", "--cluster", "week"}),
          Arguments.of((Object) new String[] {"rates", "--rate", "fastest"}),
          Arguments.of((Object) new String[] {"rates", "--sources", "national,"}),
          Arguments.of((Object) new String[] {"rates", "--zone", "Mars/Olympus"}),
          Arguments.of((Object) new String[] {"rates", "--format", "xml"}),
          Arguments.of((Object) new String[] {"summary", "--format", "csv"}),
          Arguments.of((Object) new String[] {"rates", "--frobnicate"}),
          Arguments.of((Object) new String[] {"validate", "--fail-on", "panic"}),
          Arguments.of((Object) new String[] {"convert"}),
          Arguments.of((Object) new String[] {"convert", "--to", "xlsx"}),
          Arguments.of((Object) new String[] {"explode"}));
    }

    @ParameterizedTest
    @MethodSource("badOptions")
    void aBadOptionIsOneReadableLineAndExit2(String[] args) {
      CliRun r = CliRun.of(args);
      assertAll(
          () -> assertEquals(2, r.exit(), r::toString),
          () -> assertTrue(r.errLines().get(0).startsWith("conflict-stats: "), r::toString),
          () -> assertFalse(r.err().contains("\tat "), r::toString),
          () -> assertEquals(1, r.errLines().size(), r::toString));
    }

    @Test
    void aLevelOfSixDecimalsIsAcceptedAndPrintedWhole() {
      CliRun r = CliRun.of("rates", "--level", "0.999999", "--ci", "wilson");
      assertEquals(0, r.exit(), r::toString);
      assertTrue(r.outLines().get(0).contains("99.9999% CI"), r::toString);
      CliRun many = CliRun.of("rates", "--level", "1e-300");
      assertEquals("conflict-stats: Invalid value for option '--level': level has more than 6"
          + " decimals: 1e-300 (see 'conflict-stats rates --help')", many.errLines().get(0),
          many::toString);
    }

    @Test
    void aMissingFileIsOneLineAndExit2() {
      CliRun r = CliRun.of("rates", dir.resolve("nope.csv").toString());
      assertEquals(2, r.exit(), r::toString);
      assertEquals(List.of("conflict-stats: " + dir.resolve("nope.csv") + ": no such file"),
          r.errLines());
    }

    @Test
    void aDirectoryIsNotAFile() {
      CliRun r = CliRun.of("summary", dir.toString());
      assertEquals(2, r.exit(), r::toString);
      assertTrue(r.err().contains("is a directory"), r::toString);
    }

    @Test
    void anUnknownFormatIsOneLineAndExit2() throws IOException {
      Path p = TestFiles.write(dir, "notes.txt", "dear diary,\ntoday nothing happened\n");
      CliRun r = CliRun.of("rates", p.toString());
      assertEquals(2, r.exit(), r::toString);
      assertEquals(1, r.errLines().size(), r::toString);
      assertTrue(r.err().contains("unknown format"), r::toString);
    }

    /**
     * A JSON Lines file whose first line is bad (not JSON, or a JSON array on its line) is still
     * JSON Lines when a later line is a JSON object: its first line is one rejected row, with its
     * line, not the whole file refused as of an unknown format (nor told to be a JSON array).
     */
    @Test
    void aBadFirstLineOfJsonLinesIsOneRejectedRow() throws IOException {
      String csv = AIR_FORCE_HEADER
          + "2025-04-16 20:00,2025-04-17 08:00,Shahed-136/131,,Ukraine,,75,25,kpszsu/posts/t1\n";
      CliRun converted = CliRun.withStdin(csv, "convert", "--to", "jsonl", "-");
      assertEquals(0, converted.exit(), converted::toString);
      String[][] cases = {{"garbage", "not valid JSON"},
          {"[1]", "a report must be a JSON object, not an array"}};
      String report = converted.out().strip();
      for (String[] c : cases) {
        // the last line with or without a line feed after it (review rv44d: without one the
        // file was refused as of an unknown format)
        for (String end : List.of("\n", "")) {
          Path p = TestFiles.write(dir, "first.jsonl", "\n" + c[0] + "\n" + report + end);
          CliRun r = CliRun.of("rates", "--format", "csv", p.toString());
          assertEquals(0, r.exit(), r::toString);
          assertTrue(r.err().contains(": 2 rows read = 1 accepted + 1 rejected"), r::toString);
          assertTrue(r.err().contains(p + ":2: " + c[1]), r::toString);
          assertTrue(r.out().contains("2025-04,1,1,75,25,"), r::toString);
          CliRun stdin = CliRun.withStdin("\n" + c[0] + "\n" + report + end, "rates", "--format",
              "csv", "-");
          assertEquals(r.out(), stdin.out(), stdin::toString);
        }
      }
    }

    /**
     * A later input that cannot be read stops the command before it reads or writes anything:
     * {@code convert} to standard output wrote the first input's reports, then exited 2.
     */
    @Test
    void aLaterUnreadableInputStopsBeforeAnythingIsWritten() throws IOException {
      Path good = TestFiles.write(dir, "good.csv", "time_start,time_end,model,launched,destroyed,"
          + "source\n2025-01-01 10:00,2025-01-01 11:00,Shahed,5,4,kpszsu/posts/1\n");
      Path notes = TestFiles.write(dir, "notes.txt", "dear diary,\n");
      for (String later : List.of(dir.resolve("nope.csv").toString(), notes.toString(),
          dir.toString())) {
        for (String[] args : List.of(new String[] {"convert", "--to", "jsonl"},
            new String[] {"convert", "--to", "csv"}, new String[] {"rates"},
            new String[] {"validate"}, new String[] {"summary"})) {
          List<String> all = new java.util.ArrayList<>(List.of(args));
          all.add(good.toString());
          all.add(later);
          CliRun r = CliRun.of(all.toArray(String[]::new));
          assertAll(
              () -> assertEquals(2, r.exit(), r::toString),
              () -> assertEquals("", r.out(), r::toString),
              () -> assertEquals(1, r.errLines().size(), r::toString),
              () -> assertTrue(r.err().startsWith("conflict-stats: " + later + ": "), r::toString));
        }
      }
    }

    /**
     * A header is recognised as the reader reads it: names in any case, a space for an
     * underscore (the CLI looked for {@code time_start} as written and refused such a file).
     */
    @Test
    void aHeaderInAnotherCaseOrWithSpacesIsTheAirForceCsv() throws IOException {
      String rows = "\n2025-01-01 10:00,2025-01-01 11:00,Shahed,5,4,kpszsu/posts/1\n";
      for (String header : List.of("Time_Start,Time_End,Model,Launched,Destroyed,Source",
          "time start,time end,MODEL,launched,destroyed,source")) {
        Path p = TestFiles.write(dir, "header.csv", header + rows);
        CliRun file = CliRun.of("rates", "--format", "csv", p.toString());
        assertEquals(0, file.exit(), file::toString);
        assertTrue(file.out().contains(",5,4,"), file::toString);
        CliRun stdin = CliRun.withStdin(header + rows, "rates", "--format", "csv", "-");
        assertEquals(file.out(), stdin.out(), stdin::toString);
      }
    }

    /**
     * Blank lines before the header are looked past, beyond the first 64 KiB too (70,000 made
     * the input "empty"); past 16 MiB of them the input is refused with one line.
     */
    @Test
    void blankLinesBeforeTheHeaderAreLookedPast() throws IOException {
      String csv = "time_start,time_end,model,launched,destroyed,source\n"
          + "2025-01-01 10:00,2025-01-01 11:00,Shahed,5,4,kpszsu/posts/1\n";
      CliRun r = CliRun.of("rates", "--format", "csv",
          TestFiles.write(dir, "blank.csv", "\n".repeat(70_000) + csv).toString());
      assertEquals(0, r.exit(), r::toString);
      assertTrue(r.out().contains(",5,4,"), r::toString);
      CliRun spaces = CliRun.withStdin(" ".repeat(70_000) + "\n" + csv, "rates", "-");
      assertEquals(0, spaces.exit(), spaces::toString);
      // a megabyte of blank lines and nothing else is empty
      CliRun blank = CliRun.of("rates",
          TestFiles.write(dir, "blanks.csv", "\n".repeat(1 << 20)).toString());
      assertEquals(2, blank.exit(), blank::toString);
      assertTrue(blank.err().contains("the input is empty"), blank::toString);
      CliRun beyond = CliRun.of("rates",
          TestFiles.write(dir, "late.csv", "\n".repeat(17 << 20) + csv).toString());
      assertEquals(2, beyond.exit(), beyond::toString);
      assertEquals(1, beyond.errLines().size(), beyond::toString);
      assertTrue(beyond.err().contains("no header and no report in its first 16 MiB, only blank"
          + " lines"), beyond::toString);
    }

    @Test
    void blankLinesAmongTheRowsAreCountedInOneWarningWithGroupedDigits() throws IOException {
      String header = "time_start,time_end,model,launched,destroyed,source\n";
      String row1 = "2025-01-01 10:00,2025-01-01 11:00,Shahed,5,4,kpszsu/posts/1\n";
      String row2 = "2025-01-02 10:00,2025-01-02 11:00,Shahed,7,6,kpszsu/posts/2\n";
      CliRun r = CliRun.of("rates", "--format", "csv",
          TestFiles.write(dir, "gaps.csv", header + row1 + "\n".repeat(1_500) + row2).toString());
      assertEquals(0, r.exit(), r::toString);
      assertTrue(r.err().contains("skipped 1,500 blank lines"), r::toString);
      assertTrue(r.out().contains(",12,10,"), r::toString);
    }

    @Test
    void anEmptyFileIsOneLineAndExit2() throws IOException {
      CliRun r = CliRun.of("rates", TestFiles.write(dir, "empty.csv", "").toString());
      assertEquals(2, r.exit(), r::toString);
      assertTrue(r.err().contains("empty"), r::toString);
    }

    @Test
    void aHugeCountIsARejectedRowNotAnOverflow() throws IOException {
      Path p = TestFiles.write(dir, "huge.csv", AIR_FORCE_HEADER
          + "2025-04-16 20:00,2025-04-17 08:00,Kalibr,,Ukraine,,9223372036854775807,1,kpszsu/p/1\n"
          + "2025-04-17 20:00,2025-04-18 08:00,Kalibr,,Ukraine,,9223372036854775807,1,kpszsu/p/2\n"
          + "2025-04-18 20:00,2025-04-19 08:00,Kalibr,,Ukraine,,10,5,kpszsu/p/3\n");
      CliRun r = CliRun.of("rates", "--format", "csv", p.toString());
      assertEquals(0, r.exit(), r::toString);
      assertTrue(r.err().contains("huge.csv:2: column 'launched': count out of range"), r::toString);
      assertTrue(r.out().contains("2025-04,1,1,10,5,"), r::toString);
    }

    @Test
    void theStreamedPathGivesTheSameTableAsReadingWhole() throws IOException {
      String csv = AIR_FORCE_HEADER
          + "2025-04-16 20:00,2025-04-17 08:00,Shahed-136/131,,Ukraine,,75,25,kpszsu/posts/t1\n"
          + "2025-04-16 20:00,2025-04-17 08:00,Kalibr,,Ukraine,,8,,kpszsu/posts/t1\n"
          + "2025-04-17 20:00,2025-04-18 08:00,Shahed-136/131,,Ukraine,,abc,25,kpszsu/posts/t2\n"
          + "2025-05-18 20:00,2025-05-19 08:00,Shahed-136/131,,Ukraine,,10,12,kpszsu/posts/t3\n"
          + "2025-05-18 20:00,2025-05-19 08:00,Shahed-136/131,,south,,4,4,PvKPivden/posts/t4\n";
      Path p = TestFiles.write(dir, "stream.csv", csv);
      // the streamed path is taken with a per-weapon interval and no regime check: it adds lines
      // without their reports and dates
      String[] opts = {"rates", "--format", "csv", "--by", "month,weapon", "--include-invalid",
          "--sources", "national", "--ci", "wilson", "--regimes", "none"};
      CliRun streamed = CliRun.of(concat(opts, p.toString()));
      CliRun whole = CliRun.withStdin(csv, concat(opts, "-"));
      assertEquals(0, streamed.exit(), streamed::toString);
      // ... so where it reads in parallel it cannot count reports with rated lines: an empty
      // clusters cell (StatsTableWritersTest), never a false 0; every other cell is the same
      int clusters = List.of(CSV_HEADER.split(",")).indexOf("clusters") + 2;
      assertEquals(withoutColumn(whole.outLines(), clusters),
          withoutColumn(streamed.outLines(), clusters));
      // with the default interval, or a kinetic rate that may mix regimes, the inputs are read whole
      CliRun clustered = CliRun.of("rates", "--format", "csv", "--by", "month,weapon",
          "--include-invalid", "--sources", "national", p.toString());
      assertEquals("1", clustered.outLines().get(2).split(",", -1)[clusters]);
      assertTrue(streamed.err().contains("stream.csv: 5 rows read = 4 accepted + 1 rejected; 3"
          + " reports"), streamed::toString);
      assertTrue(streamed.err().contains("stream.csv:4"), streamed::toString);
    }

    private List<String> withoutColumn(List<String> lines, int column) {
      return lines.stream().map(l -> {
        List<String> cells = new java.util.ArrayList<>(List.of(l.split(",", -1)));
        cells.remove(column);
        return String.join(",", cells);
      }).toList();
    }

    private String[] concat(String[] a, String b) {
      String[] out = java.util.Arrays.copyOf(a, a.length + 1);
      out[a.length] = b;
      return out;
    }

    @Test
    void debugShowsTheStackTrace() throws IOException {
      Path p = TestFiles.write(dir, "notes.txt", "hello\n");
      CliRun r = CliRun.of("rates", "--debug", p.toString());
      assertEquals(2, r.exit(), r::toString);
      assertTrue(r.err().contains("\tat "), r::toString);
    }

    @Test
    void rejectedRowsAreCountedAndTheRestIsKept() throws IOException {
      Path p = TestFiles.write(dir, "bad.csv", AIR_FORCE_HEADER
          + "2025-04-16 20:00,2025-04-17 08:00,Shahed-136/131,,Ukraine,,75,25,kpszsu/posts/t1\n"
          + "2025-04-17 20:00,2025-04-18 08:00,Shahed-136/131,,Ukraine,,abc,25,kpszsu/posts/t2\n"
          + "2025-04-18 20:00,2025-04-19 08:00,Shahed-136/131,,Ukraine,,10,5,kpszsu/posts/t3\n");
      CliRun lenient = CliRun.of("rates", "--format", "csv", p.toString());
      assertEquals(0, lenient.exit(), lenient::toString);
      assertTrue(lenient.err().contains("1 of 3 rows rejected"), lenient::toString);
      assertTrue(lenient.err().contains("bad.csv:3"), lenient::toString);
      assertTrue(lenient.out().contains("2025-04,2,2,85,30,"), lenient::toString);

      CliRun strict = CliRun.of("rates", "--strict", p.toString());
      assertEquals(1, strict.exit(), strict::toString);
      assertEquals(1, strict.errLines().size(), strict::toString);
      assertTrue(strict.err().contains("bad.csv:3") && strict.err().contains("launched"),
          strict::toString);
    }
  }

  @Nested
  class Validate {

    @Test
    void listsFindingsThenOneSummaryLineAndFailsOnErrors() {
      CliRun r = CliRun.of("validate");
      assertEquals(1, r.exit(), r::toString);
      assertTrue(r.out().contains("OUTCOMES_EXCEED_LAUNCHED"), r::toString);
      assertTrue(r.out().contains("lines[0]"), r::toString);
      assertTrue(r.errLines().get(r.errLines().size() - 1)
          .matches("conflict-stats: \\d+ reports? checked: 2 errors, \\d+ warnings?, \\d+ infos?; 0 rows rejected"
              + "; compared with each other: 0 copies, 0 revisions, 1 overlapping pair"),
          r::toString);
    }

    /**
     * Rows of empty cells a spreadsheet leaves are blank lines to validate too: a warning, exit 0
     * (they were rejected rows, exit 1).
     */
    @Test
    void rowsOfEmptyCellsAreSkippedNotRejected() throws IOException {
      Path p = TestFiles.write(dir, "cleared.csv", AIR_FORCE_HEADER
          + "2025-04-16 20:00,2025-04-17 08:00,Kalibr,,Ukraine,,3,1,kpszsu\n,,,,,,,,\n,,,,,,,,\n");
      CliRun r = CliRun.of("validate", p.toString());
      assertEquals(0, r.exit(), r::toString);
      assertTrue(r.err().contains(": 1 row read = 1 accepted + 0 rejected; 1 report"), r::toString);
      assertTrue(r.err().contains("skipped 2 blank lines"), r::toString);
    }

    /**
     * A name starting with "@" is a file like any other: picocli's argument files are off (review
     * rv45b: "rates @data.csv" read the data as arguments and named its header as a missing file).
     */
    @Test
    void aFileNameStartingWithAtIsAFileNotArguments() throws IOException {
      // with argument files on, this ran "rates --version" and exited 0
      Path args = TestFiles.write(dir, "args.txt", "--version\n");
      CliRun notArgs = CliRun.of("rates", "@" + args);
      assertEquals(2, notArgs.exit(), notArgs::toString);
      assertEquals(List.of("conflict-stats: @" + args + ": no such file"), notArgs.errLines(),
          notArgs::toString);
    }

    /** A source name of 900,000 characters is echoed cut, as input text is (review rv48b). */
    @Test
    void theSourcesAnUnknownNameListsAreCutAsInputTextIs() throws IOException {
      Path f = TestFiles.write(dir, "long.csv", AIR_FORCE_HEADER
          + "2025-04-16 20:00,2025-04-17 08:00,Shahed-136/131,,Ukraine,,75,25,"
          + "S".repeat(900_000) + "\n");
      CliRun r = CliRun.of("rates", "--sources", "f" + "o".repeat(500), f.toString());
      assertEquals(2, r.exit(), r::toString);
      String line = r.errLines().get(r.errLines().size() - 1);
      assertEquals("conflict-stats: unknown source 'f" + "o".repeat(199) + " [... 301 more"
          + " characters]': the input's sources are " + "S".repeat(200) + " [... 899800 more"
          + " characters] (source names are the input's own; national, regional, other and all"
          + " name kinds of source)", line);
    }

    @Test
    void anUnknownSourceNameIsExit2NamingTheInputsSources() {
      // source names are the input's own data: checked once the inputs are read
      CliRun r = CliRun.of("rates", "--sources", "everyone");
      assertEquals(2, r.exit(), r::toString);
      assertEquals("conflict-stats: unknown source 'everyone': the input's sources are PvKPivden,"
          + " kpszsu (source names are the input's own; national, regional, other and all name"
          + " kinds of source)", r.errLines().get(r.errLines().size() - 1), r::toString);
      assertTrue(r.out().isEmpty(), r::toString);
      // nothing said of the input before it, nor of the embedded sample: the name is the error
      // (reviews rv44a, rv44a's notice of the sample)
      assertEquals(1, r.errLines().size(), r::toString);
      // a name the input has: the input's line said as before, once
      CliRun known = CliRun.of("rates", "--sources", "kpszsu");
      assertEquals(0, known.exit(), known::toString);
      assertEquals(1, known.errLines().stream().filter(l -> l.contains("rows read")).count(),
          known::toString);
      assertEquals(1, known.errLines().stream().filter(l -> l.contains("no input file given"))
          .count(), known::toString);
    }

    @Test
    void csvAndJsonCarryEveryFinding() throws IOException {
      CliRun csv = CliRun.of("validate", "--format", "csv");
      assertEquals("file,line,report,severity,code,path,message,value", csv.outLines().get(0));
      CliRun json = CliRun.of("validate", "--format", "json");
      JsonNode arr = new ObjectMapper().readTree(json.out());
      assertEquals(csv.outLines().size() - 1, arr.size());
      assertEquals("embedded sample", arr.get(0).path("file").asText());
      // the library's Jackson modules write a Finding with validate's keys (but the file and line,
      // which only the reading knows), and the same values: two writers, one form
      ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
      List<org.conflictstats.validation.Finding> findings;
      try (java.io.Reader in = new java.io.InputStreamReader(
          Inputs.class.getResourceAsStream(Inputs.SAMPLE_RESOURCE), StandardCharsets.UTF_8)) {
        findings = org.conflictstats.validation.Validator.standard().validateAll(
            org.conflictstats.io.json.JsonLinesReader.readAll(in, "sample",
                org.conflictstats.io.json.JsonReadOptions.lenient()).reports()).findings();
      }
      assertFalse(findings.isEmpty());
      int matched = 0;
      for (org.conflictstats.validation.Finding f : findings) {
        JsonNode lib = mapper.readTree(mapper.writeValueAsString(f));
        for (JsonNode cli : arr) {
          if (cli.path("report").asText().equals(f.reportId())
              && cli.path("code").asText().equals(f.code())
              && cli.path("message").asText().equals(f.message())) {
            com.fasterxml.jackson.databind.node.ObjectNode without = cli.deepCopy();
            without.remove(List.of("file", "line"));
            assertEquals(without, lib, () -> "library " + lib + " vs validate " + cli);
            matched++;
            break;
          }
        }
      }
      assertTrue(matched > 0, "no finding of the library's was in validate's output");
    }

    @Test
    void cleanInputExitsZeroAndWarningsFailOnlyWhenAsked() throws IOException {
      Path p = TestFiles.write(dir, "ok.csv", AIR_FORCE_HEADER
          + "2025-04-16 20:00,2025-04-17 08:00,Shahed-136/131,,Ukraine,,75,25,kpszsu/posts/t1\n"
          + "2025-04-16 20:00,2025-04-17 08:00,X-101/X-555 and Kalibr,,Ukraine,,7,5,"
          + "kpszsu/posts/t1\n");
      assertEquals(0, CliRun.of("validate", p.toString()).exit());
      CliRun info = CliRun.of("validate", "--fail-on", "info", p.toString());
      assertEquals(1, info.exit(), info::toString);
      assertTrue(info.out().contains("ok.csv:3") && info.out().contains("COMPOSITE_WEAPON"),
          info::toString);
    }

    @Test
    void rejectedRowsAreListedAsErrorsAndFailLikeThem() throws IOException {
      Path p = TestFiles.write(dir, "bad.csv", AIR_FORCE_HEADER
          + "2025-13-45 20:00,2025-04-17 08:00,Shahed-136/131,,Ukraine,,75,25,kpszsu/posts/t1\n");
      CliRun r = CliRun.of("validate", p.toString());
      // a lenient read sets the row aside: listed as an error, counted, and it fails the check as
      // an error finding does, whatever --fail-on (an error is the most severe)
      assertEquals(1, r.exit(), r::toString);
      assertTrue(r.out().contains("ERROR"), r::toString);
      for (String severity : List.of("error", "warning", "info")) {
        assertEquals(1, CliRun.of("validate", "--fail-on", severity, p.toString()).exit(),
            severity);
      }
      assertTrue(r.out().contains("bad.csv:2") && r.out().contains("REJECTED_ROW")
          && r.out().contains("time_start"), r::toString);
      assertTrue(r.err().contains("0 errors, 0 warnings, 0 infos; 1 row rejected"), r::toString);
      assertEquals(1, CliRun.of("validate", "--strict", p.toString()).exit());
      // JSON: every object has every field, null where the CSV cell is empty
      com.fasterxml.jackson.databind.JsonNode rows = new com.fasterxml.jackson.databind
          .ObjectMapper().readTree(CliRun.of("validate", "--format", "json", p.toString()).out());
      com.fasterxml.jackson.databind.JsonNode row = rows.get(rows.size() - 1);
      assertEquals(List.of("file", "line", "report", "severity", "code", "path", "message",
          "value"), com.google.common.collect.ImmutableList.copyOf(row.fieldNames()), row::toString);
      assertTrue(row.get("report").isNull(), row::toString);
      // the rejected row's value is its raw text, so that it can be found and mended
      assertEquals("2025-13-45 20:00,2025-04-17 08:00,Shahed-136/131,,Ukraine,,75,25,"
          + "kpszsu/posts/t1", row.get("value").asText(), row::toString);
      assertEquals("time_start", row.get("path").asText());
    }
  }

  @Nested
  class Summary {

    @Test
    void summarisesTheSample() {
      CliRun r = CliRun.of("summary");
      assertEquals(0, r.exit(), r::toString);
      assertTrue(r.out().contains("embedded sample: "), r::toString);
      // times as the tables write them, not ISO-8601 with its T
      assertTrue(r.out().contains("Period: 2025-03-08 19:00 to 2025-05-24\n"), r::toString);
      assertTrue(r.out().contains("kpszsu (national)"), r::toString);
      assertTrue(r.out().contains("PvKPivden (regional)"), r::toString);
      assertTrue(r.out().contains("Shahed-136/131"), r::toString);
      assertTrue(r.out().contains("neutralisation rate: "), r::toString);
    }
  }

  @Nested
  class Convert {

    @Test
    void jsonLinesRoundTripIsLossless() throws IOException {
      Path jsonl = dir.resolve("sample.jsonl");
      CliRun r = CliRun.of("convert", "--to", "jsonl", "--output", jsonl.toString());
      assertEquals(0, r.exit(), r::toString);
      CliRun again = CliRun.of("convert", "--to", "jsonl", jsonl.toString());
      assertEquals(Files.readString(jsonl), again.out());
    }

    @Test
    void csvAndBackGivesTheSameRates() throws IOException {
      Path csv = dir.resolve("sample.csv");
      CliRun r = CliRun.of("convert", "--to", "csv", "-o", csv.toString());
      assertEquals(0, r.exit(), r::toString);
      // what is lost comes first, the report last: a long id is what the 200-character cut takes
      assertTrue(r.err().contains("9 reports hold what the Air Force CSV cannot (casualties, notes,"
          + " ranges, a period of another zone whose instants it cannot keep); the first:"
          + " casualties are not written; notes are not written;"),
          "casualties and notes are reported as lost: " + r);
      CliRun fromCsv = CliRun.of("rates", "--format", "csv", "--by", "month,weapon",
          csv.toString());
      CliRun fromSample = CliRun.of("rates", "--format", "csv", "--by", "month,weapon");
      // the one figure the CSV cannot hold: "at least 2" Iskander-M/KN-23 destroyed becomes blank
      String lossy = "2025-04,Iskander-M/KN-23,";
      assertEquals(fromSample.outLines().stream().filter(l -> !l.startsWith(lossy)).toList(),
          fromCsv.outLines().stream().filter(l -> !l.startsWith(lossy)).toList());
      // ... and an unknown destroyed is an empty cell, not 0
      assertTrue(fromCsv.out().contains(lossy + "1,1,4,,"), fromCsv::toString);
    }
  }

  @Test
  void withoutACommandTheUsageGoesToStandardErrorWithExit2() {
    CliRun r = CliRun.of();
    assertEquals(2, r.exit(), r::toString);
    assertEquals("", r.out());
    assertTrue(r.err().contains("Usage: conflict-stats"), r::toString);
  }

  @Test
  void everyImportSaysRowsReadAcceptedAndRejected() {
    CliRun r = CliRun.of("rates");
    assertTrue(r.err().contains(
        "conflict-stats: embedded sample: 18 rows read = 18 accepted + 0 rejected; 9 reports"),
        r::toString);
  }

  @Test
  void theIntervalColumnsFollowTheChosenRate() {
    CliRun n = CliRun.of("rates", "--format", "csv", "--by", "year");
    CliRun k = CliRun.of("rates", "--format", "csv", "--by", "year", "--rate", "kinetic");
    String[] nRow = n.outLines().get(1).split(",");
    String[] kRow = k.outLines().get(1).split(",");
    // same figures, but the kinetic interval lies around the lower kinetic rate
    assertEquals(String.join(",", List.of(nRow).subList(0, 13)),
        String.join(",", List.of(kRow).subList(0, 13)));
    double kinetic = Double.parseDouble(kRow[9]);
    assertTrue(Double.parseDouble(kRow[13]) <= kinetic && kinetic <= Double.parseDouble(kRow[14]),
        k::toString);
    assertTrue(Double.parseDouble(kRow[14]) < Double.parseDouble(nRow[13]), n + "\n" + k);
  }

  @Test
  void versionAndHelpWorkEverywhere() {
    CliRun v = CliRun.of("--version");
    assertEquals(0, v.exit());
    assertTrue(v.out().startsWith("conflict-stats "), v::toString);
    for (String cmd : List.of("rates", "validate", "summary", "convert")) {
      CliRun h = CliRun.of(cmd, "--help");
      assertEquals(0, h.exit(), h::toString);
      assertTrue(h.out().contains("Usage: conflict-stats " + cmd), h::toString);
    }
  }

  @Test
  void theShortWayToTheVersionPrintsWhatPicocliPrints() {
    String shortWay = String.join(System.lineSeparator(), VersionProvider.lines())
        + System.lineSeparator();
    for (String flag : List.of("--version", "-V")) {
      CliRun v = CliRun.of(flag);
      assertEquals(0, v.exit(), v::toString);
      assertEquals(v.out(), shortWay, flag);
      assertTrue(ConflictStatsCommand.asksVersionOnly(new String[] {flag}));
    }
    // anything more goes the whole way, through picocli
    for (String[] args : List.of(new String[] {"--version", "--debug"}, new String[] {"rates",
        "--version"}, new String[] {}, new String[] {"--versions"})) {
      assertFalse(ConflictStatsCommand.asksVersionOnly(args), String.join(" ", args));
    }
  }

  @Test
  void theHelpListsEachCommandOnOneLineAndEachCommandsHelpBeginsWithThatLine() {
    CliRun help = CliRun.of("--help");
    assertEquals(0, help.exit(), help::toString);
    List<String> lines = help.out().lines().toList();
    List<String> listed = lines.subList(lines.indexOf("Commands:") + 1, lines.size());
    // one line a command, none wrapped onto the next: the list is read at a glance
    assertEquals(ConflictStatsCommand.COMMANDS.length, listed.size(), help::toString);
    for (int i = 0; i < listed.size(); i++) {
      String name = ConflictStatsCommand.COMMANDS[i];
      String line = listed.get(i);
      assertTrue(line.startsWith("  " + name + " "), line);
      assertTrue(line.length() <= 80, line);
      if (!name.equals("help")) {
        // the same summary heads the command's own help
        CliRun own = CliRun.of(name, "--help");
        assertEquals(line.substring(2 + name.length()).strip(), own.out().lines().findFirst()
            .orElseThrow(), own::toString);
      }
    }
  }

  @Test
  void aWholeNumberOptionSaysSoInWordsNotInJavasTypeNames() {
    // no input is read: the options are checked first
    CliRun top = CliRun.of("attacks", "--top", "abc");
    assertEquals(2, top.exit(), top::toString);
    assertTrue(top.err().contains("Invalid value for option '--top': 'abc' is not a whole number"
        + " (see 'conflict-stats attacks --help')"), top::toString);
    CliRun limit = CliRun.of("diff", "--limit", "99999999999", "a.csv", "b.csv");
    assertEquals(2, limit.exit(), limit::toString);
    assertTrue(limit.err().contains("'99999999999' is not a whole number of at most"
        + " 2,147,483,647"), limit::toString);
    for (CliRun r : List.of(top, limit)) {
      assertFalse(r.err().contains(" long") || r.err().contains(" an int"), r::toString);
      assertEquals(1, r.err().lines().count(), r::toString);
    }
  }

  @Test
  void summaryWritesToAFileWhatItPrints() throws IOException {
    CliRun printed = CliRun.of("summary");
    Path file = dir.resolve("summary.txt");
    CliRun written = CliRun.of("summary", "-o", file.toString());
    assertEquals(0, written.exit(), written::toString);
    assertEquals("", written.out());
    assertEquals(printed.out(), Files.readString(file, StandardCharsets.UTF_8));
    assertEquals(printed.err(), written.err());
    // an input as the output is refused before anything is read or written
    Path csv = Files.writeString(dir.resolve("in.csv"), Files.readString(file));
    CliRun refused = CliRun.of("summary", "-o", csv.toString(), csv.toString());
    assertEquals(2, refused.exit(), refused::toString);
    assertTrue(refused.err().contains("is also an input of the command"), refused::toString);
  }

  @Test
  void periodsTheReportsCoverInPartAreNamedBeyondWhatTheFilterCuts() throws IOException {
    Path csv = TestFiles.write(dir, "three.csv", AIR_FORCE_HEADER
        + "2025-03-08 20:00,2025-03-09 06:00,Kalibr,,Ukraine,,10,8,kpszsu/posts/a\n"
        + "2025-04-09 20:00,2025-04-10 06:00,Kalibr,,Ukraine,,10,9,kpszsu/posts/b\n"
        + "2025-05-23 20:00,2025-05-24 06:00,Kalibr,,Ukraine,,10,7,kpszsu/posts/c\n");
    String all = CliRun.of("rates", csv.toString()).out();
    assertTrue(all.contains("Reports cover in part: 2025-03 (from 2025-03-09), 2025-05 (to"
        + " 2025-05-24)."), all);
    // the filter cuts March at the first report: only May is the reports' doing
    String cut = CliRun.of("rates", "--from", "2025-03-09", csv.toString()).out();
    assertTrue(cut.contains("Partial period, cut by the filter's dates: 2025-03 (2025-03-09 to"
        + " 2025-03-31)."), cut);
    assertTrue(cut.contains("Reports cover in part: 2025-05 (to 2025-05-24)."), cut);
    // a filter that starts earlier than the first report: both say their part
    String earlier = CliRun.of("rates", "--from", "2025-03-05", csv.toString()).out();
    assertTrue(earlier.contains("Reports cover in part: 2025-03 (from 2025-03-09), 2025-05 (to"
        + " 2025-05-24)."), earlier);
    // one report: its month from and to its date
    Path one = TestFiles.write(dir, "one.csv", AIR_FORCE_HEADER
        + "2025-04-09 20:00,2025-04-10 06:00,Kalibr,,Ukraine,,10,9,kpszsu/posts/b\n");
    String single = CliRun.of("rates", one.toString()).out();
    assertTrue(single.contains("Reports cover in part: 2025-04 (2025-04-10 to 2025-04-10)."),
        single);
  }
}
