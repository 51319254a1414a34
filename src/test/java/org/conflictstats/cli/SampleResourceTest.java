package org.conflictstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import org.conflictstats.io.json.JsonLinesWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.conflictstats.io.ImportResult;
import org.conflictstats.io.json.JsonLinesReader;
import org.conflictstats.io.json.JsonReadOptions;
import org.junit.jupiter.api.Test;

/**
 * The embedded sample is exactly what {@link SampleReports} writes, so the resource can be
 * reproduced: {@code mvn test -Dtest=SampleResourceTest -Dconflictstats.writeSample=true} rewrites it.
 */
final class SampleResourceTest {

  private static final Path RESOURCE =
      Path.of("src/main/resources/org/conflictstats/cli", Inputs.SAMPLE_RESOURCE);

  @Test
  void theEmbeddedSampleIsTheProjectsOwnFixture() throws IOException {
    StringWriter expected = new StringWriter();
    JsonLinesWriter writer = JsonLinesWriter.of(expected);
    writer.writeAll(SampleReports.all());
    writer.flush();
    if (Boolean.getBoolean("conflictstats.writeSample")) {
      Files.createDirectories(RESOURCE.getParent());
      Files.writeString(RESOURCE, expected.toString(), StandardCharsets.UTF_8);
    }
    try (InputStream in = Inputs.class.getResourceAsStream(Inputs.SAMPLE_RESOURCE)) {
      assertNotNull(in, "the sample resource is missing");
      assertEquals(expected.toString(), new String(in.readAllBytes(), StandardCharsets.UTF_8),
          "the sample differs from SampleReports; rewrite it with -Dconflictstats.writeSample=true");
    }
  }

  @Test
  void theSampleReadsBackAsTheFixtureWithNothingRejected() throws IOException {
    try (InputStream in = Inputs.class.getResourceAsStream(Inputs.SAMPLE_RESOURCE)) {
      ImportResult r = JsonLinesReader.readAll(
          new java.io.InputStreamReader(in, StandardCharsets.UTF_8), "sample",
          JsonReadOptions.strict());
      assertEquals(SampleReports.all(), r.reports());
      assertEquals(0, r.rowsRejected());
      assertTrue(r.reports().stream().skip(1)
          .allMatch(rep -> rep.source().address().orElse("").contains("synthetic")),
          "every report but the news one is marked synthetic in its source");
    }
  }
}
