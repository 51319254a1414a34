package org.conflictstats.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import org.conflictstats.model.StrikeReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped JSON Schema, checked with an independent validator (networknt json-schema-validator):
 * it is a valid draft 2020-12 schema, every document the writer produces validates against it, and
 * it refuses documents the format does not allow.
 */
final class ReportJsonSchemaTest {

  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final JsonSchema SCHEMA = FACTORY.getSchema(ReportJson.schema());

  private static Set<ValidationMessage> validate(String json) {
    try {
      return SCHEMA.validate(PLAIN.readTree(json));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theSchemaIsAValidDraft202012Schema() throws Exception {
    JsonSchema meta = FACTORY.getSchema(
        SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    JsonNode schema = PLAIN.readTree(ReportJson.schema());
    Set<ValidationMessage> errors = meta.validate(schema);
    assertTrue(errors.isEmpty(), errors.toString());
    // and the meta-schema check is not vacuous
    assertFalse(meta.validate(PLAIN.readTree("{\"type\": 5}")).isEmpty());
  }

  @Test
  void theFixturesValidate() {
    for (StrikeReport r : List.of(Fixtures.night(), Fixtures.everything())) {
      Set<ValidationMessage> errors = validate(ReportJson.write(r));
      assertTrue(errors.isEmpty(), r.id() + ": " + errors);
    }
  }

  @Property(tries = 300)
  @Domain(ReportDomain.class)
  void everyWrittenDocumentValidates(@ForAll StrikeReport report) {
    Set<ValidationMessage> errors = validate(ReportJson.write(report));
    assertTrue(errors.isEmpty(), errors.toString());
  }

  @Test
  void aMinimalHandWrittenDocumentValidatesAndReads() {
    String json = "{\"schemaVersion\":1,\"id\":\"minimal\",\"period\":{\"start\":\"2025-04-16\","
        + "\"end\":\"2025-04-17\"}}";
    assertEquals(Set.of(), validate(json));
    assertEquals("minimal", ReportJson.read(json).id());
  }

  private static String replace(String doc, String from, String to) {
    assertTrue(doc.contains(from), "fixture lacks " + from);
    return doc.replace(from, to);
  }

  static Stream<Arguments> refused() {
    String good = ReportJson.write(Fixtures.night());
    String rich = ReportJson.write(Fixtures.everything());
    return Stream.of(
        Arguments.of("schema version 2", replace(good, "\"schemaVersion\":1",
            "\"schemaVersion\":2")),
        Arguments.of("no schema version", replace(good, "\"schemaVersion\":1,", "")),
        Arguments.of("float count", replace(good, "\"launched\":75", "\"launched\":75.5")),
        Arguments.of("negative count", replace(good, "\"destroyed\":25", "\"destroyed\":-4")),
        Arguments.of("count above a long", replace(good, "\"launched\":75",
            "\"launched\":9223372036854775808")),
        Arguments.of("count as text", replace(good, "\"launched\":75", "\"launched\":\"75\"")),
        Arguments.of("null count", replace(good, "\"launched\":75", "\"launched\":null")),
        Arguments.of("two count kinds", replace(good, "\"launched\":75",
            "\"launched\":{\"atLeast\":5,\"atMost\":9}")),
        Arguments.of("between of three", replace(good, "\"launched\":75",
            "\"launched\":{\"between\":[1,2,3]}")),
        Arguments.of("unknown property", replace(good, "\"notes\":", "\"colour\":1,\"notes\":")),
        Arguments.of("unknown detail", replace(rich, "\"launchedWithheld\":true",
            "\"launchedWithheld\":true,\"colour\":1")),
        Arguments.of("time with a space", replace(good, "2025-04-16T20:00", "2025-04-16 20:00")),
        Arguments.of("unknown category", replace(good, "long-range attack drone", "drone")),
        Arguments.of("unresolved with a category", replace(rich, 
            "\"category\":\"unclassified\",\"unresolved\":true",
            "\"category\":\"cruise missile\",\"unresolved\":true")),
        Arguments.of("composite of one part", replace(good, 
            "\"weapon\":{\"name\":\"Shahed-136/131\",\"category\":\"long-range attack drone\"}",
            "\"weapon\":{\"parts\":[{\"name\":\"Kalibr\",\"category\":\"cruise missile\"}]}")),
        Arguments.of("blank id", replace(good, "\"id\":\"synthetic-night\"", "\"id\":\" \"")),
        Arguments.of("unknown source kind", replace(good, "NATIONAL_AIR_FORCE", "national")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void theSchemaRefusesWhatTheReaderRefuses(String what, String json) {
    assertFalse(validate(json).isEmpty(), what);
    org.junit.jupiter.api.Assertions.assertThrows(org.conflictstats.io.ImportException.class,
        () -> ReportJson.read(json), what);
  }
}
