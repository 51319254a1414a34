package org.conflictstats.text.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.conflictstats.io.json.ConflictStatsModule;
import org.conflictstats.io.json.ReportJson;
import org.conflictstats.model.Count;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.text.Extraction;
import org.conflictstats.text.Figure;
import org.conflictstats.text.NotUnderstood;
import org.conflictstats.text.SetAside;
import org.conflictstats.text.StatementExtractor;
import org.junit.jupiter.api.Test;

/**
 * {@link ExtractionModule}: an extraction written by a user's mapper holds the words of every span,
 * counts and the report as the model's module writes (and reads) them, what was set aside and what
 * was not understood; its types refuse to be read, and a mapper without the model's module says so
 * instead of writing counts as beans.
 */
final class ExtractionModuleTest {

  /** Written for this test: a report's figures, a Russian claim, a recap and a sentence of none. */
  private static final String TEXT = "Overnight, Russia launched 120 Shahed-type drones and"
      + " 6 Kh-101 cruise missiles. Air defence shot down 98 drones and all 6 missiles; 14 drones"
      + " were lost locationally. At least 12 people were injured in Kharkiv. In Moscow, the"
      + " defence ministry said its air defences had destroyed 57 Ukrainian drones. The"
      + " orchestra will mark its 25th anniversary on 3 June.";
  private static final LocalDate DATE = LocalDate.of(2025, 6, 5);

  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  private static Extraction extraction() {
    return StatementExtractor.builtIn().extract(TEXT, DATE);
  }

  @Test
  void anExtractionHoldsItsFiguresWordsCountsAndReport() throws IOException {
    Extraction x = extraction();
    assertTrue(x.report().isPresent(), x.toString());
    JsonNode doc = MAPPER.readTree(MAPPER.writeValueAsString(x));
    assertEquals(List.of("language", "date", "report", "figures", "setAside", "notUnderstood"),
        names(doc));
    assertEquals("English", doc.get("language").asText());
    assertEquals("2025-06-05", doc.get("date").asText());
    assertEquals(x.report().get(),
        MAPPER.treeToValue(doc.get("report"), StrikeReport.class), "the report reads back");
    assertEquals(ReportJson.write(x.report().get()), MAPPER.writeValueAsString(x.report().get()));
    assertEquals(x.figures().size(), doc.get("figures").size());
    for (int i = 0; i < x.figures().size(); i++) {
      Figure f = x.figures().get(i);
      JsonNode n = doc.get("figures").get(i);
      assertEquals(f.count(), MAPPER.treeToValue(n.get("count"), Count.class), n.toString());
      assertEquals(f.group().label(), n.get("group").asText());
      assertEquals(f.quantity().words(), n.get("asWritten").asText());
      assertEquals(f.span().of(TEXT), n.get("words").asText());
      assertEquals(TEXT.substring(n.get("start").asInt(), n.get("end").asInt()),
          n.get("words").asText());
      assertEquals(f.place().isPresent(), n.has("place"), n.toString());
      assertEquals(f.cue().isPresent(), n.has("cue"), n.toString());
    }
    JsonNode injured = doc.get("figures").get(x.figures().size() - 1);
    assertEquals("injured", injured.get("field").asText());
    assertEquals(12, injured.get("count").get("atLeast").asInt());
    assertEquals("Kharkiv", injured.get("place").asText());
    SetAside claim = x.setAside().get(0);
    JsonNode set = doc.get("setAside").get(0);
    assertEquals("russian_claim", set.get("reason").asText());
    assertEquals(claim.reason().explanation(), set.get("explanation").asText());
    assertEquals(claim.span().of(TEXT), set.get("words").asText());
    assertEquals(claim.figures().size(), set.get("figures").size());
    assertFalse(claim.figures().isEmpty(), claim.toString());
    NotUnderstood none = x.notUnderstood().get(x.notUnderstood().size() - 1);
    JsonNode n = doc.get("notUnderstood").get(x.notUnderstood().size() - 1);
    assertEquals(none.why(), n.get("why").asText());
    assertEquals(none.span().of(TEXT), n.get("words").asText());
  }

  @Test
  void partsWrittenAloneAreThePartsOfTheWholeLessTheWordsTheyCannotKnow() throws IOException {
    Extraction x = extraction();
    JsonNode doc = MAPPER.readTree(MAPPER.writeValueAsString(x));
    Figure first = x.figures().get(0);
    JsonNode alone = MAPPER.readTree(MAPPER.writeValueAsString(first));
    JsonNode within = doc.get("figures").get(0).deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) within).remove("words");
    if (within.has("cue")) {
      ((com.fasterxml.jackson.databind.node.ObjectNode) within.get("cue")).remove("words");
    }
    assertEquals(within, alone, "a figure alone has no text to take its words from");
    // a set-aside holds its own words, and those of its figures' spans inside them
    assertEquals(doc.get("setAside").get(0),
        MAPPER.readTree(MAPPER.writeValueAsString(x.setAside().get(0))));
    assertEquals(doc.get("notUnderstood").get(0),
        MAPPER.readTree(MAPPER.writeValueAsString(x.notUnderstood().get(0))));
    assertEquals("\"" + first.group().label() + "\"", MAPPER.writeValueAsString(first.group()));
    JsonNode quantity = MAPPER.readTree(MAPPER.writeValueAsString(first.quantity()));
    assertEquals(doc.get("figures").get(0).get("count"), quantity.get("count"));
    assertEquals(first.quantity().words(), quantity.get("asWritten").asText());
  }

  @Test
  void everyTypeRefusesToBeReadSayingSo() throws IOException {
    Extraction x = extraction();
    List<Object> values = List.of(x, x.figures().get(0), x.setAside().get(0),
        x.notUnderstood().get(0), x.figures().get(0).group(), x.figures().get(0).quantity());
    for (Object value : values) {
      String json = MAPPER.writeValueAsString(value);
      Class<?> type = value.getClass();
      InvalidDefinitionException e = assertThrows(InvalidDefinitionException.class,
          () -> MAPPER.readValue(json, type), type.getName());
      assertEquals(type.getSimpleName() + " is written, not read: it is what the statement"
          + " extractor read out of a text; keep the reports and write Extraction.report() alone,"
          + " which reads back", e.getOriginalMessage());
    }
  }

  @Test
  void withoutTheModelsModuleCountsAreRefusedNotWrittenAsBeans() {
    ObjectMapper alone = new ObjectMapper().registerModule(new ExtractionModule());
    Extraction x = extraction();
    for (Object value : List.of(x, x.figures().get(0), x.setAside().get(0),
        x.figures().get(0).quantity())) {
      InvalidDefinitionException e = assertThrows(InvalidDefinitionException.class,
          () -> alone.writeValueAsString(value), value.getClass().getName());
      assertTrue(e.getOriginalMessage().contains("register ConflictStatsModule too"),
          e.getMessage());
    }
    ObjectMapper both = new ObjectMapper().registerModule(new ExtractionModule())
        .registerModule(new ConflictStatsModule());
    assertFalse(assertDoesNotThrow(both, x).isEmpty(), "the order of registration does not matter");
  }

  private static String assertDoesNotThrow(ObjectMapper mapper, Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static List<String> names(JsonNode object) {
    List<String> out = new java.util.ArrayList<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
