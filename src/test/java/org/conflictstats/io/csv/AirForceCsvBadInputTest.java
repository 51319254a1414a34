package org.conflictstats.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.conflictstats.io.HeaderException;
import org.conflictstats.io.ImportException;
import org.conflictstats.io.ImportMode;
import org.conflictstats.io.ImportResult;
import org.conflictstats.io.RejectedRow;
import org.conflictstats.model.StrikeReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad input of the issue: a rejected row (lenient) or an exception (strict) naming file, line
 * and field, and no good row around it lost.
 */
final class AirForceCsvBadInputTest {

  static final String HEADER = String.join(",", AirForceCsv.LAYOUT_2026);
  static final AirForceCsvReader STRICT = AirForceCsv.reader().withMode(ImportMode.STRICT);

  /** A good 2026-layout row of its own report. */
  static String good(int post) {
    return "2025-04-16 20:00,2025-04-17 08:00,Shahed-136/131,Kursk oblast,Ukraine,,10.0,8.0,1.0,0.0,"
        + "{},,,,,,,,,,,kpszsu/posts/synthetic-" + post;
  }

  /** Replaces one cell of a good row. */
  static String with(int post, String column, String value) {
    String[] cells = good(post).split(",", -1);
    cells[AirForceCsv.LAYOUT_2026.indexOf(column)] = value;
    return String.join(",", cells);
  }

  static Stream<Arguments> badRows() {
    return Stream.of(
        Arguments.of(with(2, "launched", "-3"), "launched", "column 'launched': negative count: '-3'"),
        Arguments.of(with(2, "launched", "abc"), "launched", "column 'launched': not a count: 'abc'"),
        Arguments.of(with(2, "destroyed", "1e400"), "destroyed",
            "column 'destroyed': not a count: '1e400'"),
        Arguments.of(with(2, "not_reach_goal", "93.5"), "not_reach_goal",
            "column 'not_reach_goal': not a whole number: '93.5'"),
        Arguments.of(with(2, "time_end", "2025-13-45"), "time_end",
            "column 'time_end': no such date or time: '2025-13-45'"),
        Arguments.of(with(2, "time_start", "16.04.2025"), "time_start",
            "column 'time_start': not a date or date-time (yyyy-mm-dd or yyyy-mm-dd hh:mm): "
                + "'16.04.2025'"),
        Arguments.of(with(2, "time_start", ""), "time_start", "column 'time_start': time is blank"),
        Arguments.of(with(2, "model", " "), "model", "column 'model': weapon model is blank"),
        Arguments.of(with(2, "border_crossing", "\"{'belarus': 1\""), "border_crossing",
            "column 'border_crossing': not a Python dict (expected ',' or '}' at position 14): "
                + "'{'belarus': 1'"),
        Arguments.of(with(2, "border_crossing", "\"{'belarus': 'x'}\""), "border_crossing",
            "column 'border_crossing': value of 'belarus' is not a count: x"),
        Arguments.of(with(2, "destroyed_details", "\"{'south': -1}\""), "destroyed_details",
            "column 'destroyed_details': value of 'south': negative count: '-1'"),
        // keys naming one weapon (spelt otherwise, an alias) add up, held to the count limit
        Arguments.of(with(2, "launched_details",
            "\"{'X-101/X-555': 1000000000, 'Kh-101/Kh-555': 1000000000}\""), "launched_details",
            "column 'launched_details': launched of 'Kh-101/Kh-555' in all: 2000000000, above"
                + " 1000000000"),
        Arguments.of(with(2, "launched_details", "\"{'Kalibr': 600000000, 'Калібр': 400000001}\""),
            "launched_details", "column 'launched_details': launched of 'Kalibr' in all: "
                + "1000000001, above 1000000000"),
        // a dict key given twice once stripped of white space, in every dict column
        Arguments.of(with(2, "launch_place_details",
            "\"{'Kalibr': 'Black Sea', ' Kalibr': 'Caspian'}\""), "launch_place_details",
            "column 'launch_place_details': not a Python dict (key 'Kalibr' is given twice at"
                + " position 25): '{'Kalibr': 'Black Sea', ' Kalibr': 'Caspian'}'"),
        Arguments.of(with(2, "destroyed_details", "\"{'south': 3, ' south': 4}\""),
            "destroyed_details", "column 'destroyed_details': not a Python dict (key 'south' is"
                + " given twice at position 14): '{'south': 3, ' south': 4}'"),
        Arguments.of(with(2, "border_crossing", "\"{'belarus': 3, 'belarus ': 4}\""),
            "border_crossing", "column 'border_crossing': not a Python dict (key 'belarus' is"
                + " given twice at position 16): '{'belarus': 3, 'belarus ': 4}'"),
        Arguments.of(with(2, "affected region", "\"['Kyiv oblast'\""), "affected region",
            "column 'affected region': not a Python list (expected ',' or ']' at position 15): "
                + "'['Kyiv oblast''"),
        // a cell that is not a list is one region's name, unless it is a dict
        Arguments.of(with(2, "affected region", "\"{'south': 30\""), "affected region",
            "column 'affected region': a dict, not a list of region names: '{'south': 30'"),
        Arguments.of(with(2, "affected region", "\"{'a': {'b': 1}}\""), "affected region",
            "column 'affected region': a dict, not a list of region names: '{'a': {'b': 1}}'"),
        Arguments.of(good(2) + ",extra", "cell 23",
            "row has 23 cells but the header has 22: no column for cell 23 ('extra')"),
        Arguments.of(good(2) + ",,x,y", "cell 23",
            "row has 25 cells but the header has 22: no column for cell 23 ('') nor the 2 cells"
                + " after it"),
        Arguments.of(good(2).substring(0, good(2).lastIndexOf(',')), "source",
            "row has 21 cells but the header has 22: no cell for column 'source'"),
        Arguments.of(with(2, "launch_place", "\"Kursk\" oblast"), "launch_place",
            "text after the closing quote in column 'launch_place'"));
  }

  @ParameterizedTest
  @MethodSource("badRows")
  void lenientRejectsTheRowAndKeepsTheRowsAroundIt(String bad, String field, String reason) {
    String text = HEADER + "\n" + good(1) + "\n" + bad + "\n" + good(3) + "\n";
    ImportResult r = Fixtures.text(text);
    assertEquals(3, r.rowsRead());
    assertEquals(2, r.rowsAccepted());
    assertEquals(1, r.rowsRejected());
    assertEquals(2, r.reports().size());
    assertEquals(List.of("kpszsu/posts/synthetic-1", "kpszsu/posts/synthetic-3"),
        r.reports().stream().map(s -> s.source().address().orElseThrow()).toList());
    RejectedRow row = r.rejected().get(0);
    assertEquals("test.csv", row.file());
    assertEquals(3, row.line());
    assertEquals(Optional.ofNullable(field), row.field());
    assertEquals(bad, row.rawText());
    assertEquals(reason, row.reason());
    assertEquals("test.csv:3: " + reason, row.message());
  }

  @ParameterizedTest
  @MethodSource("badRows")
  void strictThrowsNamingFileLineAndField(String bad, String field, String reason) {
    String text = HEADER + "\n" + good(1) + "\n" + bad + "\n" + good(3) + "\n";
    ImportException e = assertThrows(ImportException.class, () -> Fixtures.text(STRICT, text));
    assertEquals("test.csv", e.file());
    assertEquals(3, e.line());
    assertEquals(Optional.ofNullable(field), e.field());
    assertEquals("test.csv:3: " + reason, e.getMessage());
    assertEquals(bad, e.rejectedRow().rawText());
  }

  @Test
  void everyBadRowIsRejectedAlikeOnEveryPathWhateverIsKept(@TempDir Path dir) throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    List<Arguments> bad = badRows().toList();
    for (int i = 0; i < bad.size(); i++) {
      text.append(good(100 + i)).append('\n').append(bad.get(i).get()[0]).append('\n');
    }
    Path f = Files.writeString(dir.resolve("bad.csv"), text);
    for (java.util.Set<Detail> kept : List.of(Detail.none(), Detail.all())) {
      InOrderOracle read = InOrderOracle.assertSameOnEveryPath(
          AirForceCsv.reader().withDetails(kept), f, 97, 400);
      assertEquals(bad.size(), read.rejected().size(), read.rejected()::toString);
      assertEquals(bad.size(), read.reports().size());
    }
  }

  @Test
  void cellsWithinTheLimitWhoseSumIsNotRejectTheirRow() {
    // the 2024 layout adds cross_border_belarus and back_russia into left the airspace
    String header = String.join(",", AirForceCsv.LAYOUT_2024);
    String row = "2024-05-01 20:00,2024-05-02 08:00,Shahed-136/131,,,,10,5,,600000000,"
        + "600000000,,,,,kpszsu/posts/synthetic-1";
    String fine = "2024-05-02 20:00,2024-05-03 08:00,Shahed-136/131,,,,10,5,,1000000000,"
        + "0,,,,,kpszsu/posts/synthetic-2";
    ImportResult r = Fixtures.text(header + "\n" + row + "\n" + fine + "\n");
    assertEquals(1, r.rowsAccepted(), r.rejected()::toString);
    RejectedRow bad = r.rejected().get(0);
    assertEquals(2, bad.line());
    assertEquals(Optional.of("cross_border_belarus"), bad.field());
    assertEquals("column 'cross_border_belarus': left the airspace in all: 1200000000, above"
        + " 1000000000", bad.reason());
    // what is read reads back: the validator finds nothing beyond the limits in it
    assertTrue(org.conflictstats.validation.Validator.standard().validate(r.reports().get(0))
        .findings().stream().noneMatch(f -> f.code().equals("BEYOND_INPUT_LIMITS")));
  }

  @Test
  void aTruncatedQuotedFieldAtTheEndOfTheFile() {
    String truncated = good(2).substring(0, good(2).indexOf("Kursk")) + "\"Kursk obl";
    ImportResult r = Fixtures.text(HEADER + "\n" + good(1) + "\n" + truncated);
    assertEquals(2, r.rowsRead());
    assertEquals(1, r.rowsAccepted());
    RejectedRow row = r.rejected().get(0);
    assertEquals(3, row.line());
    assertEquals(Optional.of("launch_place"), row.field());
    assertEquals(truncated, row.rawText());
    assertEquals("quoted field in column 'launch_place' is not closed before the end of the file",
        row.reason());
    ImportException e = assertThrows(ImportException.class,
        () -> Fixtures.text(STRICT, HEADER + "\n" + good(1) + "\n" + truncated));
    assertEquals(3, e.line());
    assertEquals(Optional.of("launch_place"), e.field());
  }

  @Test
  void anUnclosedQuoteInTheMiddleLosesOnlyItsLine() {
    String stray = with(2, "launch_place", "\"Kursk oblast");
    ImportResult r = Fixtures.text(HEADER + "\n" + good(1) + "\n" + stray + "\n" + good(3) + "\n"
        + good(4) + "\n");
    assertEquals(4, r.rowsRead());
    assertEquals(3, r.rowsAccepted());
    assertEquals(3, r.reports().size());
    RejectedRow row = r.rejected().get(0);
    assertEquals(3, row.line());
    assertEquals(stray, row.rawText());
    assertTrue(row.reason().endsWith("the lines after this one are read again"), row.reason());
    assertEquals(List.of(2L, 4L, 5L), r.imported().stream().map(i -> i.location().line()).toList());
  }

  @Test
  void aMultiLineRecordWithTheWrongCellCountIsCutToItsFirstLine() {
    // a quote opened in 'target' closes in the next row's first cell: 2 lines, the wrong cell count
    String opens = with(2, "target", "\"Ukraine");
    String closes = "x\"," + good(3).substring(good(3).indexOf(',') + 1);
    ImportResult r = Fixtures.text(HEADER + "\n" + good(1) + "\n" + opens + "\n" + closes + "\n"
        + good(4) + "\n");
    assertEquals(r.rowsRead(), r.rowsAccepted() + r.rowsRejected());
    assertEquals(2, r.rowsRejected()); // line 3, then line 4 read again (it has a stray quote)
    assertEquals(3, r.rejected().get(0).line());
    assertEquals(opens, r.rejected().get(0).rawText());
    assertEquals(4, r.rejected().get(1).line());
    assertEquals(List.of(2L, 5L), r.imported().stream().map(i -> i.location().line()).toList());
  }

  @Test
  void anEmptyFileHasNoRowsAndSaysSo() {
    for (String empty : List.of("", "\n\n", "\uFEFF")) {
      for (AirForceCsvReader reader : List.of(AirForceCsv.reader(), STRICT)) {
        ImportResult r = Fixtures.text(reader, empty);
        assertEquals(0, r.rowsRead());
        assertEquals(0, r.rowsRejected());
        assertEquals(List.of("empty file: no header row and no data rows"),
            r.warnings().stream().map(w -> w.message()).toList());
      }
    }
  }

  @Test
  void aFileThatIsNotCsvIsOneHeaderErrorInEitherMode() {
    String json = "{\n  \"reports\": [\n    {\"id\": \"a\", \"launched\": 3}\n  ]\n}\n";
    for (AirForceCsvReader reader : List.of(AirForceCsv.reader(), STRICT)) {
      HeaderException e = assertThrows(HeaderException.class, () -> Fixtures.text(reader, json));
      assertEquals(1, e.line());
      assertEquals(Optional.of("time_start"), e.field());
      assertEquals("test.csv:1: missing required columns 'time_start', 'time_end', 'model',"
          + " 'launched': not an Air Force CSV header", e.getMessage());
    }
  }

  @Test
  void binaryGarbageIsAHeaderErrorNamingTheFile(@TempDir Path dir) throws IOException {
    byte[] bytes = new byte[4096];
    new Random(42).nextBytes(bytes);
    Path f = dir.resolve("noise.bin");
    Files.write(f, bytes);
    HeaderException e = assertThrows(HeaderException.class, () -> AirForceCsv.reader().read(f));
    assertEquals(f.toString(), e.file());
    assertThrows(HeaderException.class, () -> STRICT.read(f));
  }

  /** A file saved as UTF-16 (with a byte order mark, or without) is a header error that says so. */
  @Test
  void aUtf16FileIsAHeaderErrorThatSaysSo(@TempDir Path dir) throws IOException {
    String text = HEADER + "\n" + good(1) + "\n";
    byte[] le = text.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    Map<String, byte[]> files = Map.of(
        "le-bom.csv", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, le),
        "be-bom.csv", text.getBytes(java.nio.charset.StandardCharsets.UTF_16), // FE FF first
        "le.csv", le);
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      Path f = Files.write(dir.resolve(e.getKey()), e.getValue());
      for (AirForceCsvReader reader : List.of(AirForceCsv.reader(), STRICT)) {
        HeaderException byPath = assertThrows(HeaderException.class, () -> reader.read(f));
        assertTrue(byPath.getMessage().endsWith(": not an Air Force CSV header; this is UTF-16;"
            + " expected UTF-8"), byPath.getMessage());
        assertEquals(1, byPath.line());
        InOrderOracle stream = InOrderOracle.byStream(reader, f);
        assertEquals(byPath.getMessage(), stream.failure());
      }
    }
    // an ASCII header with a NUL byte here and there is not UTF-16
    HeaderException e = assertThrows(HeaderException.class,
        () -> Fixtures.text("time_start\0,x\0\0,model\n" + good(1) + "\n"));
    assertTrue(e.getMessage().endsWith("not an Air Force CSV header"), e.getMessage());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void aMissingRequiredColumnIsNamedAndTheHeaderIsNotARow() {
    String header = HEADER.replace(",launched,", ",launched_total,");
    for (AirForceCsvReader reader : List.of(AirForceCsv.reader(), STRICT)) {
      HeaderException e = assertThrows(HeaderException.class,
          () -> Fixtures.text(reader, header + "\n" + good(1) + "\n"));
      assertEquals(Optional.of("launched"), e.field());
      assertEquals("test.csv:1: missing required column 'launched': not an Air Force CSV header",
          e.getMessage());
    }
  }

  @Test
  void aBrokenHeaderRowIsAHeaderError() {
    HeaderException e = assertThrows(HeaderException.class,
        () -> Fixtures.text("\n\"time_start,time_end,model,launched\n" + good(1) + "\n"));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("header row: quoted field"), e.getMessage());
  }

  @Test
  void strictReadsAGoodFileCompletely() throws IOException {
    ImportResult r = STRICT.read(new StringReader(HEADER + "\n" + good(1) + "\n" + good(2) + "\n"),
        "ok.csv");
    assertEquals(2, r.rowsAccepted());
    assertTrue(r.isComplete());
  }

  @Test
  void inconsistentRowsAreTheValidatorsJobNotTheReaders() {
    // more destroyed than launched, a period that ends before it starts
    String odd = with(2, "destroyed", "50").replace("2025-04-16 20:00,2025-04-17 08:00",
        "2025-04-17 20:00,2025-04-17 08:00");
    ImportResult r = Fixtures.text(HEADER + "\n" + odd + "\n");
    assertTrue(r.isComplete());
    StrikeReport rep = r.reports().get(0);
    assertTrue(rep.period().endsBeforeStart());
    assertTrue(rep.lines().get(0).destroyed().mustExceed(rep.lines().get(0).launched()));
  }
}
