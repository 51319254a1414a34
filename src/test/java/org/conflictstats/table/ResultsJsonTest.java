package org.conflictstats.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import org.conflictstats.io.ImportResult;
import org.conflictstats.io.ImportWarning;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.RejectedRow;
import org.conflictstats.io.csv.AirForceCsv;
import org.conflictstats.io.json.ReportJson;
import org.conflictstats.validation.Finding;
import org.conflictstats.validation.ValidationResult;
import org.conflictstats.validation.Validator;
import org.junit.jupiter.api.Test;

/**
 * A user's own mapper, with the modules found by {@code findAndRegisterModules()}, writes what a
 * read and a validation give with every field (it wrote {@code ImportResult} as
 * {@code {"complete":false}} and {@code ValidationResult} as {@code {"empty":false,"valid":false}},
 * and failed on findings and rejected rows): each value checked against the object's own.
 */
final class ResultsJsonTest {

  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  // a report, a bad row (launched is not a count), a report whose destroyed exceeds launched, and
  // a row that comes back to the first report (a warning)
  private static final String CSV = "time_start,time_end,model,launched,destroyed,source\n"
      + "2025-04-16 20:00,2025-04-17 08:00,Shahed-136/131,75,25,kpszsu/posts/a\n"
      + "2025-04-16 20:00,2025-04-17 08:00,Kalibr,many,1,kpszsu/posts/a\n"
      + "2025-04-17 20:00,2025-04-18 08:00,Kalibr,2,4,kpszsu/posts/b\n"
      + "2025-04-16 20:00,2025-04-17 08:00,Iskander-M,3,1,kpszsu/posts/a\n";

  private static ImportResult read() throws IOException {
    return AirForceCsv.reader().read(new StringReader(CSV), "night.csv");
  }

  @Test
  void anImportResultIsWrittenWhole() throws IOException {
    ImportResult r = read();
    assertEquals(1, r.rejected().size(), r::toString);
    JsonNode j = MAPPER.readTree(MAPPER.writeValueAsString(r));
    assertEquals(r.rowsRead(), j.get("rows_read").asLong());
    assertEquals(r.rowsAccepted(), j.get("rows_accepted").asLong());
    assertEquals(r.rowsRejected(), j.get("rows_rejected").asLong());
    assertEquals(r.isComplete(), j.get("complete").asBoolean());
    assertEquals(r.files().get(0).file(), j.get("files").get(0).get("file").asText());
    assertEquals(r.files().get(0).reports(), j.get("files").get(0).get("reports").asLong());
    assertEquals(r.reports().size(), j.get("reports").size());
    for (int i = 0; i < r.reports().size(); i++) {
      // each report as the library's own document
      assertEquals(MAPPER.readTree(ReportJson.write(r.reports().get(i))), j.get("reports").get(i));
    }
    RejectedRow bad = r.rejected().get(0);
    JsonNode b = j.get("rejected").get(0);
    assertEquals(bad.location().file(), b.get("file").asText());
    assertEquals(bad.location().line(), b.get("line").asLong());
    assertEquals(bad.field().orElseThrow(), b.get("field").asText());
    assertEquals(bad.rawText(), b.get("raw").asText());
    assertEquals(bad.reason(), b.get("reason").asText());
    assertEquals(r.warnings().size(), j.get("warnings").size());
    for (int i = 0; i < r.warnings().size(); i++) {
      ImportWarning w = r.warnings().get(i);
      JsonNode n = j.get("warnings").get(i);
      assertEquals(w.message(), n.get("message").asText());
      assertEquals(w.line().isPresent() ? w.line().getAsLong() : -1,
          n.get("line").isNull() ? -1 : n.get("line").asLong());
    }
  }

  @Test
  void anImportedReportCarriesItsRows() throws IOException {
    ImportedReport first = read().imported().get(0);
    JsonNode j = MAPPER.readTree(MAPPER.writeValueAsString(first));
    assertEquals(MAPPER.readTree(ReportJson.write(first.report())), j.get("report"));
    assertEquals(first.rows().size(), j.get("rows").size());
    assertEquals(first.rows().get(0).line(), j.get("rows").get(0).get("line").asLong());
    assertEquals(first.noLinesAt().isPresent(), !j.get("no_lines_at").isNull());
  }

  @Test
  void aValidationIsWrittenWithEveryFinding() throws IOException {
    ValidationResult v = Validator.standard().validateAll(read().reports());
    assertFalse(v.isValid(), v::toString);
    JsonNode j = MAPPER.readTree(MAPPER.writeValueAsString(v));
    assertEquals(v.isValid(), j.get("valid").asBoolean());
    assertEquals(v.findings().size(), j.get("findings").size());
    boolean sawValue = false;
    for (int i = 0; i < v.findings().size(); i++) {
      Finding f = v.findings().get(i);
      JsonNode n = j.get("findings").get(i);
      assertEquals(f.reportId(), n.get("report").asText());
      assertEquals(f.severity().name().toLowerCase(java.util.Locale.ROOT),
          n.get("severity").asText());
      assertEquals(f.code(), n.get("code").asText());
      assertEquals(f.path().toString(), n.get("path").isNull() ? "" : n.get("path").asText());
      assertEquals(f.message(), n.get("message").asText());
      assertEquals(f.value().orElse(null), n.get("value").isNull() ? null : n.get("value").asText());
      sawValue |= f.value().isPresent();
    }
    assertTrue(sawValue, "some finding with a value: " + v);
    // one finding alone too
    Finding f = v.findings().get(0);
    assertEquals(j.get("findings").get(0), MAPPER.readTree(MAPPER.writeValueAsString(f)));
  }
}
