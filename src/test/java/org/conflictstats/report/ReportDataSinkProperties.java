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
import org.conflictstats.io.FileLocation;
import org.conflictstats.io.ImportResult;
import org.conflictstats.io.ImportWarning;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.RejectedRow;
import org.conflictstats.io.csv.AirForceCsv;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.SourceScope;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.summary.Summary;
import org.conflictstats.validation.FieldPath;
import org.conflictstats.validation.Finding;
import org.conflictstats.validation.Validator;

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

  /**
   * Against an oracle of plain loops over the import's lists (not the sink's code): the reports by
   * source (names that differ in case are one source, shown as first spelled), the period, the
   * weapon lines, and each finding code's count and first five occurrences with their rows, the
   * sink fed in parts cut at random.
   */
  @Property(tries = 60)
  void theGatheredFactsAreThoseOfTheImportsLists(@ForAll long seed) throws Exception {
    Random rnd = new Random(seed);
    String[] channels = {"Foo", "foo", "FOO", "bar", "Bar", "kpszsu", "PvKPivden"};
    StringBuilder csv = new StringBuilder(
        "time_start,time_end,model,launch_place,target,carrier,launched,destroyed,source\n");
    int rows = 1 + rnd.nextInt(120);
    for (int i = 0; i < rows; i++) {
      int day = 1 + rnd.nextInt(28);
      int launched = rnd.nextInt(20);
      String launchedCell = rnd.nextInt(15) == 0 ? "abc" : rnd.nextInt(10) == 0 ? ""
          : Integer.toString(launched);
      int destroyed = rnd.nextInt(launched + 3); // sometimes more than launched: an error
      csv.append(String.format(java.util.Locale.ROOT,
          "2025-03-%02d %02d:00,2025-03-%02d 23:00,%s,,,,%s,%d,%s/posts/%d%n", day,
          rnd.nextInt(20), day, rnd.nextBoolean() ? "Shahed-136/131" : "Kalibr", launchedCell,
          destroyed, channels[rnd.nextInt(channels.length)], rnd.nextInt(40)));
    }
    ImportResult imported = AirForceCsv.reader().read(new StringReader(csv.toString()), "o.csv");
    ReportDataSink sink = new ReportDataSink(HtmlReportTest.WILSON);
    ReportDataSink.Part part = sink.newPart();
    for (ImportedReport r : imported.imported()) {
      if (rnd.nextInt(4) == 0) {
        sink.merge(part);
        part = sink.newPart();
      }
      sink.accept(part, r);
    }
    sink.merge(part);
    imported.rejected().forEach(sink::rejected);
    imported.warnings().forEach(sink::warning);
    ReportData d = sink.result(imported.files(), Optional.empty());

    // the oracle
    java.util.Map<String, Long> bySource = new java.util.HashMap<>();
    ReportTime first = null;
    ReportTime last = null;
    long lines = 0;
    java.util.Map<String, Long> counts = new java.util.HashMap<>();
    java.util.Map<String, List<FindingTally.Occurrence>> firsts = new java.util.HashMap<>();
    for (RejectedRow row : imported.rejected()) {
      counts.merge("REJECTED_ROW", 1L, Long::sum);
      List<FindingTally.Occurrence> f = firsts.computeIfAbsent("REJECTED_ROW",
          k -> new ArrayList<>());
      if (f.size() < 5) {
        f.add(new FindingTally.Occurrence(row.file() + ":" + row.line(), "",
            row.field().orElse(""), row.reason()));
      }
    }
    for (ImportedReport ir : imported.imported()) {
      StrikeReport r = ir.report();
      String kind = switch (r.source().kind()) {
        case NATIONAL_AIR_FORCE -> "national";
        case REGIONAL_AIR_COMMAND -> "regional";
        case UNKNOWN -> "unknown";
        default -> "other";
      };
      // a source is its name as written (summary's rule): two spellings are two sources
      bySource.merge(r.source().name() + " (" + kind + ")", 1L, Long::sum);
      if (first == null || r.period().start().compareTo(first) < 0) {
        first = r.period().start();
      }
      if (last == null || r.period().end().compareTo(last) > 0) {
        last = r.period().end();
      }
      lines += r.lines().size();
      for (Finding f : Validator.standard().validate(r).findings()) {
        counts.merge(f.code(), 1L, Long::sum);
        List<FieldPath.Node> nodes = f.path().nodes();
        FileLocation at = !nodes.isEmpty() && nodes.get(0).name().equals("lines")
            && nodes.get(0).index().isPresent()
            ? ir.rows().get(nodes.get(0).index().getAsInt()) : ir.rows().get(0);
        List<FindingTally.Occurrence> o = firsts.computeIfAbsent(f.code(),
            k -> new ArrayList<>());
        if (o.size() < 5) {
          o.add(new FindingTally.Occurrence(at.file() + ":" + at.line(), f.reportId(),
              f.path().toString(), f.message()));
        }
      }
    }
    Summary s = d.summary();
    assertEquals(imported.reports().size(), s.reports());
    assertEquals(bySource.size(), s.sources().size());
    for (Summary.SourceCount c : s.sources()) {
      assertEquals(bySource.get(c.label()), c.reports(), c.label());
    }
    assertEquals(Optional.ofNullable(first), s.period().map(Summary.Period::start));
    assertEquals(Optional.ofNullable(last), s.period().map(Summary.Period::end));
    assertEquals(lines, s.lines());
    assertEquals(lines, d.lines());
    assertEquals(counts.keySet(), d.findings().keySet());
    for (var e : d.findings().entrySet()) {
      assertEquals(counts.get(e.getKey()), e.getValue().count(), e.getKey());
      assertEquals(firsts.get(e.getKey()), e.getValue().first(), e.getKey());
    }
    assertEquals(imported.warnings().size(), d.warnings());
  }

  /** The page of the import fed to a sink in parts cut at random (one part when {@code odds} 0). */
  private static String page(ImportResult imported, SourceScope scope, Random rnd, int odds) {
    ReportDataSink sink = new ReportDataSink(HtmlReportTest.WILSON.withScope(scope));
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
