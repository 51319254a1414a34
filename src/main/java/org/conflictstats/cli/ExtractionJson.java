package org.conflictstats.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.conflictstats.io.json.ConflictStatsModule;
import org.conflictstats.text.json.ExtractionModule;

/**
 * {@code extract --format json}: one array, an object per input with its {@code file} and then
 * its extraction as the library's {@link ExtractionModule} writes it (its report in the library's
 * JSON, every figure with its group, field, count and the spans of its words, what was set aside
 * and what was not understood).
 */
final class ExtractionJson {

  private ExtractionJson() {}

  static void write(Writer out, List<ExtractCommand.Read> reads) throws IOException {
    ObjectMapper mapper = new ObjectMapper()
        .registerModule(new ConflictStatsModule())
        .registerModule(new ExtractionModule());
    try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartArray();
      for (ExtractCommand.Read r : reads) {
        ObjectNode input = mapper.createObjectNode().put("file", r.name());
        input.setAll((ObjectNode) mapper.valueToTree(r.extraction()));
        mapper.writeTree(g, input);
      }
      g.writeEndArray();
    }
    out.write("\n");
  }
}
