package org.conflictstats.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.conflictstats.bench.AirForceCsvGenerator;
import org.conflictstats.io.ImportResult;
import org.conflictstats.io.ImportWarning;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.RejectedRow;
import org.conflictstats.io.csv.AirForceCsv;
import org.conflictstats.model.SourceScope;
import org.conflictstats.stats.Attribution;
import org.conflictstats.stats.IntervalMethod;
import org.conflictstats.stats.RateKind;

/**
 * The laws the streamed report relies on: cutting the input into parts anywhere and merging them in
 * order gives what one part gives (the page, byte for byte), and a finding tally of consecutive
 * parts is the tally of the whole.
 */
final class ReportDataSinkProperties {

  @Property(tries = 300)
  void tallyOfConsecutivePartsIsTheTallyOfTheWhole(
      @ForAll @IntRange(min = 0, max = 30) int occurrences, @ForAll long seed) {
    Random rnd = new Random(seed);
    FindingTally whole = new FindingTally("error");
    List<FindingTally> parts = new ArrayList<>();
    parts.add(new FindingTally("error"));
    for (int i = 0; i < occurrences; i++) {
      FindingTally.Occurrence o = new FindingTally.Occurrence("f.csv:" + i, "r" + i, "lines[0]",
          "m" + i);
      whole.add(o);
      if (rnd.nextInt(4) == 0) {
        parts.add(new FindingTally("error"));
      }
      parts.get(parts.size() - 1).add(o);
    }
    // merged left to right, and (associativity) the later parts merged first
    FindingTally left = new FindingTally("error");
    parts.forEach(left::addAll);
    FindingTally right = new FindingTally("error");
    for (int i = parts.size() - 1; i >= 0; i--) {
      FindingTally t = new FindingTally("error");
      t.addAll(parts.get(i));
      t.addAll(right);
      right = t;
    }
    for (FindingTally t : List.of(left, right)) {
      assertEquals(whole.count(), t.count());
      assertEquals(whole.first(), t.first());
      assertEquals(Math.min(occurrences, FindingTally.FIRST), t.first().size());
    }
  }

  @Property(tries = 12)
  void anyCutOfTheReportsGivesThePageOfOnePart(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 400) int rows, @ForAll boolean national) throws Exception {
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    AirForceCsvGenerator.withSeed(seed).write(csv, rows);
    ImportResult imported = AirForceCsv.reader().read(
        new StringReader(csv.toString(StandardCharsets.UTF_8)), "gen.csv");
    SourceScope scope = national ? SourceScope.NATIONAL : SourceScope.ALL;
    Random rnd = new Random(seed);
    String onePart = page(imported, scope, new Random(0), 0);
    String cut = page(imported, scope, rnd, 1 + rnd.nextInt(5));
    assertEquals(onePart, cut);
  }

  /** The page of the import fed to a sink in parts cut at random (one part when {@code odds} 0). */
  private static String page(ImportResult imported, SourceScope scope, Random rnd, int odds) {
    ReportDataSink sink = new ReportDataSink(scope, false, Attribution.standard(),
        RateKind.NEUTRALISATION, IntervalMethod.WILSON, 0.95);
    ReportDataSink.Part part = sink.newPart();
    for (ImportedReport r : imported.imported()) {
      if (odds > 0 && rnd.nextInt(odds) == 0) {
        sink.merge(part);
        part = sink.newPart();
      }
      sink.accept(part, r);
    }
    sink.merge(part);
    for (RejectedRow row : imported.rejected()) {
      sink.rejected(row);
    }
    for (ImportWarning w : imported.warnings()) {
      sink.warning(w);
    }
    return HtmlReport.of(sink.result(imported.files(), Optional.empty())).toHtml();
  }
}
