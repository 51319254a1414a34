package org.conflictstats.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.conflictstats.io.ImportException;
import org.conflictstats.io.ImportResult;
import org.conflictstats.io.ImportWarning;
import org.conflictstats.io.RejectedRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad documents: each is line 2 of a small file, and each message names line and field. */
final class BadDocumentTest {

  private static final String GOOD = ReportJson.write(Fixtures.night());
  private static final String RICH = ReportJson.write(Fixtures.everything());

  private static String replace(String doc, String from, String to) {
    assertTrue(doc.contains(from), "fixture lacks " + from);
    return doc.replace(from, to);
  }

  private static String deep(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  static Stream<Arguments> badDocuments() {
    String cut = "\"lines\":[{\"weapon\":{\"name\":\"Shahed-136/131\"";
    return Stream.of(
        Arguments.of("truncated line", GOOD.substring(0, GOOD.indexOf(cut) + cut.length()),
            "lines[0].weapon.name", "Unexpected end-of-input"),
        Arguments.of("not JSON", "this is not JSON", "", "not valid JSON"),
        Arguments.of("not an object", "[1, 2]", "", "a report must be a JSON object"),
        Arguments.of("trailing content", GOOD + " {}", "", "after"),
        Arguments.of("schema version 2", replace(GOOD, "\"schemaVersion\":1",
            "\"schemaVersion\":2"), "schemaVersion", "unsupported schema version 2"),
        Arguments.of("schema version as text", replace(GOOD, "\"schemaVersion\":1",
            "\"schemaVersion\":\"1\""), "schemaVersion", "unsupported schema version"),
        Arguments.of("no schema version", replace(GOOD, "\"schemaVersion\":1,", ""),
            "schemaVersion", "missing"),
        Arguments.of("negative count", replace(GOOD, "\"destroyed\":25", "\"destroyed\":-4"),
            "lines[0].destroyed", "a count must not be negative: -4"),
        Arguments.of("float count", replace(GOOD, "\"launched\":75", "\"launched\":75.0"),
            "lines[0].launched",
            "a count must be a whole number, without fraction or exponent, not 75.0"),
        Arguments.of("exponent count", replace(GOOD, "\"launched\":75", "\"launched\":1e2"),
            "lines[0].launched", "a count must be a whole number"),
        Arguments.of("count above a long", replace(GOOD, "\"launched\":75",
            "\"launched\":9223372036854775808"), "lines[0].launched",
            "count out of range: 9223372036854775808 (at most 1000000000)"),
        Arguments.of("count above the limit of every input", replace(GOOD, "\"launched\":75",
            "\"launched\":1000000001"), "lines[0].launched",
            "count out of range: 1000000001 (at most 1000000000)"),
        Arguments.of("2^62, which two lines would overflow", replace(GOOD, "\"launched\":75",
            "\"launched\":4611686018427387904"), "lines[0].launched", "count out of range"),
        Arguments.of("bound above the limit", replace(GOOD, "\"launched\":75",
            "\"launched\":{\"between\":[1,1000000001]}"), "lines[0].launched.between[1]",
            "count out of range: 1000000001"),
        Arguments.of("year before 1900", replace(GOOD, "\"end\":\"2025-04-17T08:00\"",
            "\"end\":\"1899-12-31T08:00\""), "period.end",
            "year outside 1900-2200: \"1899-12-31T08:00\""),
        Arguments.of("year after 2200, far off in another zone", replace(GOOD,
            "\"start\":\"2025-04-16T20:00\"", "\"start\":\"+999999999-12-31T23:00\""),
            "period.start", "year outside 1900-2200"),
        Arguments.of("negative huge bound", replace(GOOD, "\"killed\":3,\"injured\"",
            "\"killed\":{\"atLeast\":-99999999999999999999},\"injured\""),
            "casualties.killed.atLeast", "must not be negative"),
        Arguments.of("number of 101 digits", replace(GOOD, "\"launched\":75",
            "\"launched\":" + "9".repeat(101)), "lines[0].launched", "Number value length"),
        Arguments.of("count as text", replace(GOOD, "\"launched\":75", "\"launched\":\"75\""),
            "lines[0].launched", "not a count"),
        Arguments.of("inverted between", replace(GOOD, "\"launched\":75",
            "\"launched\":{\"between\":[5,3]}"), "lines[0].launched.between",
            "upper bound 3 is below lower bound 5"),
        Arguments.of("two count kinds", replace(GOOD, "\"launched\":75",
            "\"launched\":{\"atLeast\":5,\"atMost\":9}"), "lines[0].launched",
            "exactly one of"),
        Arguments.of("null value", replace(GOOD, "\"launched\":75", "\"launched\":null"),
            "lines[0].launched", "must not be null"),
        Arguments.of("null optional value", replace(GOOD, "\"notes\":\"\"", "\"notes\":null"),
            "notes", "must not be null"),
        Arguments.of("missing count", replace(GOOD, ",\"hit\":0}", "}"), "lines[0].hit",
            "missing"),
        Arguments.of("duplicate key", replace(GOOD, "\"targetArea\":\"Ukraine\"",
            "\"targetArea\":\"Ukraine\",\"targetArea\":\"south\""), "targetArea", "Duplicate"),
        Arguments.of("nested duplicate key", replace(GOOD, "\"launched\":75",
            "\"launched\":75,\"launched\":76"), "lines[0].launched", "Duplicate"),
        Arguments.of("over-deep nesting", replace(GOOD, "\"notes\":\"\"", "\"notes\":"
            + deep(80)), "notes[0][0][0]...", "nesting depth"),
        Arguments.of("string over 1 MiB", replace(GOOD, "\"notes\":\"\"", "\"notes\":\""
            + "x".repeat((1 << 20) + 1) + "\""), "notes", "String value length"),
        Arguments.of("time with a space", replace(GOOD, "2025-04-16T20:00",
            "2025-04-16 20:00"), "period.start", "not a local time"),
        Arguments.of("impossible date", replace(GOOD, "2025-04-16T20:00", "2025-02-30T20:00"),
            "period.start", "not a valid time"),
        Arguments.of("unknown zone", replace(GOOD, "Europe/Kyiv", "Mars/Olympus"),
            "period.zone", "not a time zone"),
        Arguments.of("empty zone", replace(GOOD, "Europe/Kyiv", ""), "period.zone",
            "not a time zone"),
        Arguments.of("zone in lower case", replace(GOOD, "Europe/Kyiv", "europe/kyiv"),
            "period.zone", "not a time zone"),
        Arguments.of("blank id", replace(GOOD, "\"id\":\"synthetic-night\"", "\"id\":\"  \""),
            "id", "id must not be blank"),
        Arguments.of("unknown source kind", replace(GOOD, "NATIONAL_AIR_FORCE", "national"),
            "source.kind", "not a source kind"),
        Arguments.of("unknown category", replace(GOOD, "long-range attack drone", "drone"),
            "lines[0].weapon.category", "not a weapon category"),
        Arguments.of("unresolved false", replace(GOOD, "\"category\":\"long-range attack drone\"",
            "\"category\":\"long-range attack drone\",\"unresolved\":false"), "lines[0].weapon"
            + ".unresolved", "must be true"),
        Arguments.of("composite name not of its parts", replace(RICH,
            "\"name\":\"Kh-101/Kh-555 and Kalibr\"", "\"name\":\"Kalibr and Kh-101/Kh-555\""),
            "lines[0].weapon.name", "is not the name of the parts"),
        Arguments.of("composite of one part", replace(GOOD,
            "\"weapon\":{\"name\":\"Shahed-136/131\",\"category\":\"long-range attack drone\"}",
            "\"weapon\":{\"parts\":[{\"name\":\"Kalibr\",\"category\":\"cruise missile\"}]}"),
            "lines[0].weapon.parts", "at least two parts"),
        Arguments.of("composite part", replace(GOOD,
            "\"weapon\":{\"name\":\"Shahed-136/131\",\"category\":\"long-range attack drone\"}",
            "\"weapon\":{\"parts\":[{\"name\":\"Kalibr\",\"category\":\"cruise missile\"},"
                + "{\"parts\":[]}]}"), "lines[0].weapon.parts[1]", "must not be composite"),
        Arguments.of("weapon twice in launchedByModel", replace(RICH,
            "{\"weapon\":{\"name\":\"Kalibr\",\"category\":\"cruise missile\"},"
                + "\"launched\":{\"atLeast\":12}}",
            "{\"weapon\":{\"name\":\"Kh-101/Kh-555\",\"category\":\"cruise missile\"},"
                + "\"launched\":{\"atLeast\":12}}"),
            "lines[0].details.launchedByModel[1].weapon", "appears twice"),
        Arguments.of("not a boolean", replace(RICH, "\"launchedWithheld\":true",
            "\"launchedWithheld\":\"yes\""), "lines[0].details.launchedWithheld",
            "expected true or false"),
        Arguments.of("odd map key in path", replace(RICH, "\"west side\":{\"atMost\":4}",
            "\"west side\":-1"), "lines[0].details.destroyedByDirection[\"west side\"]",
            "must not be negative"));
  }

  /** Checks a field path; an expected path ending in "..." is a prefix. */
  private static void assertField(String expected, String actual, String message) {
    if (expected.endsWith("...")) {
      String prefix = expected.substring(0, expected.length() - 3);
      assertTrue(actual.startsWith(prefix), message);
    } else {
      assertEquals(expected, actual, message);
    }
  }

  private static String file(String bad) {
    return GOOD + "\n" + bad + "\n" + GOOD + "\n";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDocuments")
  void strictReadingNamesFileLineAndField(String what, String bad, String field, String reason) {
    ImportException e = assertThrows(ImportException.class, () -> JsonLinesReader
        .readAll(new StringReader(file(bad)), "bad.jsonl", JsonReadOptions.strict()));
    assertEquals("bad.jsonl", e.file());
    assertEquals(2, e.line());
    assertField(field, e.field().orElse(""), e.getMessage());
    assertTrue(e.reason().contains(reason), e.getMessage());
    assertTrue(e.getMessage().startsWith("bad.jsonl:2: " + (field.isEmpty() ? ""
        : "field " + field.replace("...", ""))), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDocuments")
  void lenientReadingRejectsTheLineAndGoesOn(String what, String bad, String field,
      String reason) {
    ImportResult result = JsonLinesReader.readAll(new StringReader(file(bad)), "bad.jsonl",
        JsonReadOptions.lenient());
    assertEquals(List.of(Fixtures.night(), Fixtures.night()), result.reports());
    assertEquals(1, result.rejected().size());
    assertEquals(1, result.rowsRejected());
    RejectedRow r = result.rejected().get(0);
    assertEquals(2, r.line());
    assertEquals("bad.jsonl", r.file());
    assertField(field, r.field().orElse(""), r.toString());
    assertTrue(r.reason().contains(reason), r.reason());
    assertEquals(bad.length() > JsonLinesReader.MAX_RAW_TEXT
        ? bad.substring(0, JsonLinesReader.MAX_RAW_TEXT) : bad, r.rawText());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDocuments")
  void aSingleBadDocumentIsAnError(String what, String bad, String field, String reason) {
    ImportException e = assertThrows(ImportException.class, () -> ReportJson.read(bad));
    assertEquals("document", e.file());
    assertEquals(1, e.line());
    assertField(field, e.field().orElse(""), e.getMessage());
  }

  @Test
  void unknownPropertiesAreErrorsInStrictModeAndWarningsInLenientMode() {
    String extra = replace(GOOD, "\"launched\":75", "\"launched\":75,\"colour\":\"red\"");
    String text = file(extra);
    ImportException e = assertThrows(ImportException.class, () -> JsonLinesReader
        .readAll(new StringReader(text), "extra.jsonl", JsonReadOptions.strict()));
    assertEquals("extra.jsonl:2: field lines[0].colour: unknown property", e.getMessage());

    ImportResult lenient = JsonLinesReader.readAll(new StringReader(text), "extra.jsonl",
        JsonReadOptions.lenient());
    assertEquals(List.of(Fixtures.night(), Fixtures.night(), Fixtures.night()),
        lenient.reports());
    assertEquals(List.of(ImportWarning.of("extra.jsonl", 2,
        "field lines[0].colour: unknown property, ignored")), lenient.warnings());
  }

  @Test
  void aClassNameInTheDocumentIsJustAnUnknownProperty() {
    // no default typing: a document cannot make the reader instantiate a class it names
    String typed = replace(GOOD, "{\"schemaVersion\":1,",
        "{\"@class\":\"java.net.URL\",\"schemaVersion\":1,");
    ImportException e = assertThrows(ImportException.class, () -> ReportJson.read(typed));
    assertEquals(Optional.of("[\"@class\"]"), e.field());
    assertEquals("document:1: field [\"@class\"]: unknown property", e.getMessage());
    assertEquals(Fixtures.night(), ReportJson.read(typed, JsonReadOptions.lenient()));
  }

  @Test
  void aLineOverTheDocumentLimitIsRejectedWithoutBeingHeldInMemory() {
    long length = (16L << 20) + 10;
    String prefix = GOOD + "\n" + "{\"schemaVersion\":1,\"notes\":\"";
    Reader huge = new Reader() {
      private long served;

      @Override
      public int read(char[] cbuf, int off, int len) {
        long total = prefix.length() + length + 1 + GOOD.length() + 1;
        if (served >= total) {
          return -1;
        }
        int n = (int) Math.min(len, total - served);
        for (int i = 0; i < n; i++) {
          long at = served + i;
          char c;
          if (at < prefix.length()) {
            c = prefix.charAt((int) at);
          } else if (at < prefix.length() + length) {
            c = 'x';
          } else if (at == prefix.length() + length) {
            c = '\n';
          } else if (at < total - 1) {
            c = GOOD.charAt((int) (at - prefix.length() - length - 1));
          } else {
            c = '\n';
          }
          cbuf[off + i] = c;
        }
        served += n;
        return n;
      }

      @Override
      public void close() {}
    };
    ImportResult result = JsonLinesReader.readAll(huge, "huge.jsonl",
        JsonReadOptions.lenient());
    assertEquals(List.of(Fixtures.night(), Fixtures.night()), result.reports());
    RejectedRow r = result.rejected().get(0);
    assertEquals(2, r.line());
    assertTrue(r.reason().startsWith("line longer than 16777216 characters"), r.reason());
    assertEquals(JsonLinesReader.MAX_RAW_TEXT, r.rawText().length());
    assertTrue(r.rawText().startsWith("{\"schemaVersion\":1,\"notes\":\"xxx"));
  }
}
