package org.conflictstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.conflictstats.testing.RealData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A bad command line says what was meant, in the one line of every usage error (exit 2, no stack
 * trace): a misspelt command or option names the close ones.
 */
final class UsageErrorsTest {

  @TempDir
  Path dir;

  /** A small Air Force CSV whose reports are of kpszsu and of a channel called Tallinn. */
  private String csv() throws IOException {
    return Files.writeString(dir.resolve("in.csv"), CliTest.AIR_FORCE_HEADER
        + "2025-04-16 20:00,2025-04-17 08:00,Kalibr,,Ukraine,,3,1,kpszsu\n"
        + "2025-04-17 20:00,2025-04-18 08:00,Kalibr,,Ukraine,,4,2,Tallinn\n").toString();
  }

  /** The one line of standard error of a run that must exit 2. */
  static String oneLine(String... args) {
    CliRun r = CliRun.of(args);
    assertEquals(2, r.exit(), r::toString);
    assertEquals(1, r.errLines().size(), r::toString);
    return r.err().strip();
  }

  static Stream<Arguments> misspelt() {
    return Stream.of(
        Arguments.of("rate f26.csv", "conflict-stats: unknown command 'rate': did you mean rates?"
            + " (see 'conflict-stats --help')"),
        Arguments.of("attack --top 3 f26.csv", "conflict-stats: unknown command 'attack': did you"
            + " mean attacks? (see 'conflict-stats --help')"),
        Arguments.of("xqzw f26.csv", "conflict-stats: unknown command 'xqzw': expected rates,"
            + " validate, summary, attacks, convert, chart, report, diff, extract or help (see"
            + " 'conflict-stats --help')"),
        Arguments.of("rates --form 2025 f26.csv", "conflict-stats: rates: unknown option '--form':"
            + " did you mean --from or --format? (see 'conflict-stats rates --help')"),
        Arguments.of("rates --weapons X f26.csv", "conflict-stats: rates: unknown option"
            + " '--weapons': did you mean --weapon? (see 'conflict-stats rates --help')"),
        Arguments.of("rates --source national f26.csv", "conflict-stats: rates: unknown option"
            + " '--source': did you mean --sources? extract takes --source, rates does not (see"
            + " 'conflict-stats rates --help')"),
        Arguments.of("chart --sze=300x200 f26.csv", "conflict-stats: chart: unknown option"
            + " '--sze': did you mean --size? (see 'conflict-stats chart --help')"),
        Arguments.of("rates --qqqq f26.csv", "conflict-stats: rates: unknown option '--qqqq'"
            + " (see 'conflict-stats rates --help')"),
        // another command's option: the commands that take it, after any close name of the
        // command's own (rv50d: diff --category answered "did you mean --catalog?" alone)
        Arguments.of("diff --category drones a.csv b.csv", "conflict-stats: diff: unknown option"
            + " '--category': did you mean --catalog? rates, validate, summary, attacks, convert,"
            + " chart and report take --category, diff does not (see 'conflict-stats diff"
            + " --help')"),
        Arguments.of("diff --from 2025-01 a.csv b.csv", "conflict-stats: diff: unknown option"
            + " '--from': rates, validate, summary, attacks, convert, chart and report take it,"
            + " diff does not (see 'conflict-stats diff --help')"),
        Arguments.of("validate --top 3 f26.csv", "conflict-stats: validate: unknown option"
            + " '--top': did you mean --to? attacks takes --top, validate does not (see"
            + " 'conflict-stats validate --help')"),
        Arguments.of("convert --by=month f26.csv", "conflict-stats: convert: unknown option"
            + " '--by': rates and chart take it, convert does not (see 'conflict-stats convert"
            + " --help')"));
  }

  @ParameterizedTest
  @MethodSource("misspelt")
  void aMisspeltCommandOrOptionSaysWhatWasMeant(String args, String line) {
    assertEquals(line, oneLine(args.split(" ")));
  }

  /**
   * A --sources name close to one of the four words is refused before reading; the input's own
   * source names keep working, one that holds a word ("all" in Tallinn) too.
   */
  @Test
  void aSourceKindMisspeltIsRefusedBeforeReading() throws IOException {
    String in = csv();
    for (String[] bad : new String[][] {{"nationl", "national"}, {"national,othr", "other"},
        {"Regionl", "regional"}, {"kpszsu,al", "all"}}) {
      String line = oneLine("rates", "--sources", bad[0], in);
      String name = bad[0].substring(bad[0].indexOf(',') + 1);
      assertTrue(line.startsWith("conflict-stats: Invalid value for option '--sources': unknown"
          + " source '" + name + "': close matches: " + bad[1] + " ("), line);
      assertFalse(line.contains("rows read"), line);
    }
    for (String good : new String[] {"kpszsu", "Tallinn", "national,Tallinn", "other"}) {
      CliRun r = CliRun.of("rates", "--sources", good, in);
      assertEquals(0, r.exit(), r::toString);
    }
  }

  /**
   * chart -o takes .svg and .png in any case, and a name without an extension as SVG; any other
   * extension is refused before reading (x.jpg got SVG in it and a success).
   */
  @Test
  void chartWritesSvgOrPngAndRefusesAnyOtherExtensionBeforeReading() throws IOException {
    String in = csv();
    for (String name : new String[] {"x.jpg", "x.PDF", "chart.svg.txt"}) {
      Path out = dir.resolve(name);
      String ext = name.substring(name.lastIndexOf('.'));
      assertEquals("conflict-stats: -o " + out + ": a chart is written as SVG (.svg, or a name"
          + " without an extension) or PNG (.png), not '" + ext + "'",
          oneLine("chart", "--min-launched", "1", "-o", out.toString(), in));
      assertFalse(Files.exists(out), name);
    }
    for (String name : new String[] {"a.svg", "b.SVG", "c", ".d"}) {
      Path out = dir.resolve(name);
      CliRun r = CliRun.of("chart", "--min-launched", "1", "-o", out.toString(), in);
      assertEquals(0, r.exit(), r::toString);
      assertTrue(Files.readString(out).contains("<svg"), name);
    }
    for (String name : new String[] {"e.png", "f.PNG"}) {
      Path out = dir.resolve(name);
      CliRun r = CliRun.of("chart", "--min-launched", "1", "-o", out.toString(), in);
      assertEquals(0, r.exit(), r::toString);
      byte[] png = Files.readAllBytes(out);
      assertEquals("PNG", new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII), name);
    }
  }

  /**
   * An unknown time zone names the ids whose city part is the value, ignoring case and '_' or
   * space, else the ids close to it (it said only "unknown time zone 'Kyiv'").
   */
  @ParameterizedTest
  @MethodSource
  void anUnknownZoneNamesTheCloseIds(String args, String line) {
    assertEquals(line, oneLine(args.split(" ")));
  }

  static Stream<Arguments> anUnknownZoneNamesTheCloseIds() {
    String see = " (see 'conflict-stats rates --help')";
    return Stream.of(
        Arguments.of("rates --zone Kyiv", "conflict-stats: Invalid value for option '--zone':"
            + " unknown time zone 'Kyiv': close matches: Europe/Kyiv" + see),
        Arguments.of("rates --csv-zone kyiv", "conflict-stats: Invalid value for option"
            + " '--csv-zone': unknown time zone 'kyiv': close matches: Europe/Kyiv" + see),
        Arguments.of("rates --zone new_york", "conflict-stats: Invalid value for option '--zone':"
            + " unknown time zone 'new_york': close matches: America/New_York" + see),
        Arguments.of("rates --zone europe/kyiv", "conflict-stats: Invalid value for option"
            + " '--zone': unknown time zone 'europe/kyiv': close matches: Europe/Kyiv" + see),
        Arguments.of("rates --zone Europe/Kyv", "conflict-stats: Invalid value for option"
            + " '--zone': unknown time zone 'Europe/Kyv': close matches: Europe/Kyiv, Europe/Kiev,"
            + " Europe/Kirov" + see),
        Arguments.of("rates --zone Qqqqqqq/Zzzzzz", "conflict-stats: Invalid value for option"
            + " '--zone': unknown time zone 'Qqqqqqq/Zzzzzz': expected a zone id such as"
            + " Europe/Kyiv or UTC" + see));
  }

  /** A blank zone is close to nothing (review rv48b: it listed Africa/Abidjan, Africa/Accra...). */
  @Test
  void aBlankZoneNamesNoCloseIds() {
    for (String blank : new String[] {"", " "}) {
      assertEquals("conflict-stats: Invalid value for option '--zone': unknown time zone '"
          + blank + "': expected a zone id such as Europe/Kyiv or UTC (see 'conflict-stats rates"
          + " --help')", oneLine("rates", "--zone", blank));
    }
  }

  /** Every enum option lists its values as the help writes them: lower case, "a, b or c". */
  @ParameterizedTest
  @MethodSource
  void enumValuesAreListedAsTheHelpWritesThem(String args, String line) {
    assertEquals(line, oneLine(args.split(" ")));
  }

  static Stream<Arguments> enumValuesAreListedAsTheHelpWritesThem() {
    return Stream.of(
        Arguments.of("rates --format xml", "conflict-stats: Invalid value for option '--format':"
            + " expected table, csv or json (ignoring case) but was 'xml' (see 'conflict-stats"
            + " rates --help')"),
        Arguments.of("summary --format csv", "conflict-stats: Invalid value for option"
            + " '--format': expected text or json (ignoring case) but was 'csv' (see"
            + " 'conflict-stats summary --help')"),
        Arguments.of("convert --to xml", "conflict-stats: Invalid value for option '--to':"
            + " expected jsonl or csv (ignoring case) but was 'xml' (see 'conflict-stats convert"
            + " --help')"),
        Arguments.of("extract --format csv", "conflict-stats: Invalid value for option"
            + " '--format': expected jsonl, json or table (ignoring case) but was 'csv' (see"
            + " 'conflict-stats extract --help')"),
        Arguments.of("validate --fail-on fatal", "conflict-stats: Invalid value for option"
            + " '--fail-on': expected info, warning or error (ignoring case) but was 'fatal' (see"
            + " 'conflict-stats validate --help')"));
  }

  private static final String UNKNOWN = ": unknown format: expected the Air Force CSV (a header"
      + " with time_start, time_end, model) or conflict-stats JSON Lines";

  /**
   * A file of neither format says why, when its first bytes tell: the weapon catalogue given as
   * data, a header separated by ';', UTF-16 (with or without a byte order mark), NUL bytes, gzip,
   * a zip archive (an Excel workbook), a JSON array, a header without a column the format needs,
   * lines above the header.
   */
  @Test
  void anUnknownFormatSaysWhatItIsWhenTheFirstBytesTell() throws IOException {
    String header = CliTest.AIR_FORCE_HEADER;
    String row = "2025-04-16 20:00,2025-04-17 08:00,Kalibr,,Ukraine,,3,1,kpszsu\n";
    Object[][] cases = {
        {"catalogue.csv", ("model,category,national_origin,type,name\n"
            + "Eleron,UAV,russia,reconnaissance,\n").getBytes(StandardCharsets.UTF_8),
            "; this is a weapon catalogue: give it with --catalog"},
        {"semicolons.csv", (header + row).replace(',', ';').getBytes(StandardCharsets.UTF_8),
            "; the header is separated by ';', expected ','"},
        {"utf16.csv", (header + row).getBytes(StandardCharsets.UTF_16), // with a byte order mark
            "; this is UTF-16; expected UTF-8"},
        {"utf16le.csv", (header + row).getBytes(StandardCharsets.UTF_16LE),
            "; this is UTF-16; expected UTF-8"},
        {"utf16be.jsonl", "{\"a\":1}\n".getBytes(StandardCharsets.UTF_16BE),
            "; this is UTF-16; expected UTF-8"},
        {"nul.bin", "ab\u0003\u0004\u0000\u0000abc\n".getBytes(StandardCharsets.UTF_8),
            "; it holds NUL bytes: not UTF-8 text"},
        {"f.csv.gz", gzip((header + row).getBytes(StandardCharsets.UTF_8)),
            "; it is gzip-compressed: decompress it first"},
        {"book.xlsx", "PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml"
            .getBytes(StandardCharsets.ISO_8859_1),
            "; it is a zip archive or an Excel workbook: save it as CSV UTF-8"},
        {"array.json", "[{\"a\":1},\n{\"a\":2}]\n".getBytes(StandardCharsets.UTF_8),
            "; it is a JSON array: the tool reads JSON Lines, one report a line (convert it with"
                + " jq -c '.[]')"},
        {"pretty.json", "\n  [\n  {\n    \"a\": 1\n  }\n]\n".getBytes(StandardCharsets.UTF_8),
            "; it is a JSON array: the tool reads JSON Lines, one report a line (convert it with"
                + " jq -c '.[]')"},
        {"lines.json", "[\n{\"a\":1},\n{\"a\":2}\n]\n".getBytes(StandardCharsets.UTF_8),
            "; it is a JSON array: the tool reads JSON Lines, one report a line (convert it with"
                + " jq -c '.[]')"},
        // review rv48b: a header short of a column, a title or Excel's sep= line above it
        {"no-end.csv", "time_start,Model,launched,destroyed,source\n".getBytes(StandardCharsets.UTF_8),
            "; its header has Air Force columns (time_start, model, launched, ...) but not time_end"},
        {"two.csv", "TIME_END,launched\n".getBytes(StandardCharsets.UTF_8),
            "; its header has Air Force columns (time_end, launched) but not time_start, model"},
        {"sep.csv", ("sep=,\n" + header + row).getBytes(StandardCharsets.UTF_8),
            "; line 2 is an Air Force CSV header: remove the lines above it (Excel's 'sep=' line)"},
        {"title.csv", ("Massive attacks\n\n" + header + row).getBytes(StandardCharsets.UTF_8),
            "; line 3 is an Air Force CSV header: remove the lines above it"},
        // review rv48c: lines that end in CR alone were one line of 64 KB
        {"title-cr.csv", ("My title\r" + header.strip() + "\r" + row.strip() + "\r")
            .getBytes(StandardCharsets.UTF_8),
            "; line 2 is an Air Force CSV header: remove the lines above it"},
        {"title-crlf.csv", ("My title\r\n" + header.strip() + "\r\n" + row.strip() + "\r\n")
            .getBytes(StandardCharsets.UTF_8),
            "; line 2 is an Air Force CSV header: remove the lines above it"},
        {"no-end-cr.csv", ("time_start,model,launched\r" + row.strip() + "\r")
            .getBytes(StandardCharsets.UTF_8),
            "; its header has Air Force columns (time_start, model, launched) but not time_end"},
        {"other.csv", "a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8), ""},
        {"one-column.csv", "model,x\n1,2\n".getBytes(StandardCharsets.UTF_8), ""}};
    for (Object[] c : cases) {
      Path file = Files.write(dir.resolve((String) c[0]), (byte[]) c[1]);
      assertEquals("conflict-stats: " + file + UNKNOWN + c[2], oneLine("rates", file.toString()));
    }
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(out)) {
      z.write(bytes);
    }
    return out.toByteArray();
  }

  /** The dataset's own weapon catalogues, given as data, are told for what they are. */
  @Test
  void theDatasetsCataloguesGivenAsDataAreTold() {
    for (String name : new String[] {"missiles_and_uavs-2026-02.csv", "missiles_and_uav-2023.csv"}) {
      Path file = RealData.airForce(name);
      assertEquals("conflict-stats: " + file + UNKNOWN
          + "; this is a weapon catalogue: give it with --catalog", oneLine("rates", file.toString()));
    }
  }
}
