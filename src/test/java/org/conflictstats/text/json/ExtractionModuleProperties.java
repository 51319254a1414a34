package org.conflictstats.text.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.conflictstats.model.Count;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.text.Extraction;
import org.conflictstats.text.Figure;
import org.conflictstats.text.SetAside;
import org.conflictstats.text.StatementExtractor;

/**
 * Whatever the extractor reads out of a text, the module writes JSON in which every span's words
 * are the text's characters between its offsets, every count reads back (through the model's
 * module) as the figure's count, the report reads back as the extraction's, and there are as many
 * figures, set-asides and sentences not understood as the extraction has.
 */
final class ExtractionModuleProperties {

  private static final List<String> WORDS = List.of("Russia", "launched", "75", "1,200",
      "at least 30", "up to 10", "about 40", "dozens", "seventy-five", "drones", "missiles",
      "Shahed-type", "Kh-101", "Kalibr", "Iskander-M/KN-23", "cruise", "ballistic", "were",
      "shot down", "shot down or suppressed", "lost locationally", "of them", "killed",
      "injured", "people", "in Dnipro", "defence ministry", "the previous night", "remaining",
      ",", ".", ";", ":", "and", "атакував", "БпЛА", "збито", "ракет", "«шахеди»", "двоє",
      "людини", "поранено", "🚀", "\"", "\\", "\u2028");
  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(40)
        .map(words -> String.join(" ", words));
  }

  @Property(tries = 400)
  void theJsonHoldsTheTextsWordsAndCountsThatReadBack(@ForAll("texts") String text)
      throws IOException {
    Extraction x = StatementExtractor.builtIn().extract(text, LocalDate.of(2025, 4, 17));
    JsonNode doc = MAPPER.readTree(MAPPER.writeValueAsString(x));
    if (x.report().isPresent()) {
      assertEquals(x.report().get(), MAPPER.treeToValue(doc.get("report"), StrikeReport.class));
    } else {
      assertEquals(false, doc.has("report"));
    }
    List<Figure> figures = new ArrayList<>(x.figures());
    List<JsonNode> written = new ArrayList<>();
    doc.get("figures").forEach(written::add);
    assertEquals(x.setAside().size(), doc.get("setAside").size());
    for (int i = 0; i < x.setAside().size(); i++) {
      SetAside s = x.setAside().get(i);
      JsonNode n = doc.get("setAside").get(i);
      checkSpan(text, n);
      figures.addAll(s.figures());
      n.get("figures").forEach(written::add);
    }
    assertEquals(figures.size(), written.size());
    for (int i = 0; i < figures.size(); i++) {
      JsonNode n = written.get(i);
      checkSpan(text, n);
      if (n.has("cue")) {
        checkSpan(text, n.get("cue"));
      }
      assertEquals(figures.get(i).count(), MAPPER.treeToValue(n.get("count"), Count.class));
    }
    assertEquals(x.notUnderstood().size(), doc.get("notUnderstood").size());
    doc.get("notUnderstood").forEach(n -> checkSpan(text, n));
  }

  private static void checkSpan(String text, JsonNode n) {
    assertEquals(text.substring(n.get("start").asInt(), n.get("end").asInt()),
        n.get("words").asText(), n.toString());
  }
}
