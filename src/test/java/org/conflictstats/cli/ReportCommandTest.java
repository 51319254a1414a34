package org.conflictstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code conflict-stats report}, in-process, on the embedded sample. */
final class ReportCommandTest {

  @TempDir
  Path dir;

  @Test
  void writesOneSelfContainedPage() throws Exception {
    Path out = dir.resolve("report.html");
    CliRun r = CliRun.of("report", "--sources", "national", "--title", "Sample <report>", "-o",
        out.toString());
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.err().contains("wrote " + out), r::toString);
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertTrue(html.startsWith("<!DOCTYPE html>"), html);
    assertTrue(html.contains("<title>Sample &lt;report&gt;</title>"), html);
    assertTrue(html.contains("embedded sample"), "the summary names the input");
    assertTrue(html.contains("Overlap is looked for among the national sources counted"), html);
    assertFalse(html.contains("<script"), html);
  }

  @Test
  void withoutOutputThePageGoesToStandardOutput() {
    CliRun r = CliRun.of("report", "--rate", "kinetic", "--ci", "jeffreys", "--level", "0.9");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().startsWith("<!DOCTYPE html>"), r::toString);
    assertTrue(r.out().contains("90% CI (Jeffreys)"), "the chosen interval");
  }

  @Test
  void aMissingDirectoryIsOneLineAndExit2() {
    CliRun r = CliRun.of("report", "-o", "/no/such/dir/report.html");
    assertEquals(ExitCode.USAGE, r.exit(), r::toString);
    assertTrue(r.err().contains("no such directory"), r::toString);
  }
}
