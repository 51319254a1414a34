package org.conflictstats.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.conflictstats.bench.AirForceCsvGenerator;
import org.conflictstats.io.ImportResult;
import org.conflictstats.io.ReportSink;
import org.conflictstats.model.StrikeReport;

/**
 * A short input's rows in any order make the same reports: the default streaming read of a shuffled
 * generated file, from the file and from a stream, gives each report (its period, source and the
 * multiset of its lines) as the whole read of the file in its generated order does; no report split
 * in two, none lost.
 */
final class WholeInputProperties {

  @Property(tries = 25)
  void rowsInAnyOrderMakeTheReportsOfTheRowsInOrder(@ForAll long seed,
      @ForAll @IntRange(min = 20, max = 3_000) int rows) throws IOException {
    ByteArrayOutputStream generated = new ByteArrayOutputStream();
    AirForceCsvGenerator.withSeed(seed).write(generated, rows);
    List<String> lines = new ArrayList<>(List.of(
        generated.toString(StandardCharsets.UTF_8).split("\n")));
    String header = lines.remove(0);
    String inOrder = header + "\n" + String.join("\n", lines) + "\n";
    Collections.shuffle(lines, new Random(seed));
    String shuffled = header + "\n" + String.join("\n", lines) + "\n";

    AirForceCsvReader reader = AirForceCsv.reader();
    Map<String, List<String>> expected = reports(
        reader.read(new java.io.StringReader(inOrder), "f.csv"));
    Path f = Files.createTempFile("shuffled", ".csv");
    try {
      Files.writeString(f, shuffled, StandardCharsets.UTF_8);
      ImportResult.Builder fromFile = ImportResult.builder();
      fromFile.addCounts(reader.read(f, ReportSink.of(fromFile)));
      ImportResult.Builder fromStream = ImportResult.builder();
      fromStream.addCounts(reader.read(new ByteArrayInputStream(
          shuffled.getBytes(StandardCharsets.UTF_8)), "f.csv", ReportSink.of(fromStream)));
      assertEquals(expected, reports(fromFile.build()));
      assertEquals(expected, reports(fromStream.build()));
    } finally {
      Files.delete(f);
    }
  }

  /** Each report by id: its period, source and sorted lines (the order of rows aside). */
  private static Map<String, List<String>> reports(ImportResult r) {
    Map<String, List<String>> out = new TreeMap<>();
    for (StrikeReport report : r.reports()) {
      List<String> parts = new ArrayList<>();
      report.lines().forEach(l -> parts.add(l.toString()));
      Collections.sort(parts);
      parts.add(0, report.period() + " " + report.source().address());
      out.put(report.id(), parts);
    }
    return out;
  }
}
