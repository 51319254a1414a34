package org.conflictstats.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.conflictstats.io.DistinctReports;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.ReportInput;
import org.conflictstats.io.ReportSink;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponLine;

/**
 * Rows given again after other reports' rows (rows duplicated below their report, apart from each
 * other, some twice side by side where their report has other rows) change no figure: the
 * reports counted once ({@link DistinctReports}, either version preferred) launch what the file
 * without the row launches, report by report (review rv46b: the default counted the row
 * alone in its report's place). The file: reports of distinct posts, each of distinct weapons,
 * each report's rows together; the rows given again come between reports.
 */
class PartialCopyProperties {

  private static final String HEADER = String.join(",", AirForceCsv.LAYOUT_2026);
  private static final String[] WEAPONS = {"Shahed-136/131", "Kalibr", "Iskander-M",
      "Kh-101/Kh-555", "Kinzhal"};

  /** A file: for each report, its lines' launched counts (one weapon each, in order). */
  @Provide
  Arbitrary<List<List<Long>>> reports() {
    return Arbitraries.longs().between(1, 300).list().ofMinSize(1).ofMaxSize(WEAPONS.length)
        .list().ofMinSize(2).ofMaxSize(6);
  }

  @Property(tries = 300)
  void rowsGivenAgainBelowTheirReportChangeNoFigure(@ForAll("reports") List<List<Long>> reports,
      @ForAll long choice) throws IOException {
    List<String> rows = new ArrayList<>();
    List<Integer> reportOf = new ArrayList<>();
    for (int r = 0; r < reports.size(); r++) {
      for (int w = 0; w < reports.get(r).size(); w++) {
        rows.add(AirForceCsvProperties.render(new AirForceCsvProperties.Good(r, WEAPONS[w],
            reports.get(r).get(w), 0, 0)));
        reportOf.add(r);
      }
    }
    // rows of a report other than the last, each given again after at least one row of another
    // report, and apart from each other (review rv46d: twice made a revision)
    int pick = (int) Math.floorMod(choice, (long) rows.size());
    int report = reportOf.get(pick);
    if (report == reports.size() - 1) {
      report = 0;
    }
    int first = reportOf.indexOf(report);
    int lastOfReport = reportOf.lastIndexOf(report);
    List<String> after = new ArrayList<>(rows.subList(lastOfReport + 1, rows.size()));
    List<String> given = new ArrayList<>(rows.subList(0, lastOfReport + 1));
    Random random = new Random(choice);
    // one to three copies, or one given twice side by side, of a report of more rows, which the
    // copy then lacks
    // (review rv47a); alone: other copies of its rows would join it, and a version with every row
    // and one twice is a revision (a line equal to another added), as of a report of one row
    boolean twice = lastOfReport > first && random.nextInt(3) == 0;
    int copies = twice ? 1 : 1 + random.nextInt(3);
    List<String> description = new ArrayList<>();
    List<Integer> afterReport = reportOf.subList(lastOfReport + 1, rows.size());
    int blocks = reports.size() - 1 - report; // the later reports, each its rows together
    for (int g = 0; g < after.size(); g++) {
      given.add(after.get(g));
      if (g + 1 < after.size() && afterReport.get(g + 1).equals(afterReport.get(g))) {
        continue; // not inside another report's rows, which a window of one would part
      }
      // after this later report: a copy here, while copies are left for the reports left
      int gapsLeft = blocks--;
      if (copies > 0 && random.nextInt(gapsLeft) < copies) {
        String row = rows.get(first + random.nextInt(lastOfReport - first + 1));
        given.add(row);
        description.add("at " + (given.size() - 1));
        if (twice) {
          given.add(row);
          description.add("and at " + (given.size() - 1));
        }
        copies--;
      }
    }
    for (DistinctReports.Prefer prefer : DistinctReports.Prefer.values()) {
      // within the grouping window, and after it (the key's first report remembered: rv46d)
      for (int window : new int[] {1, 2, AirForceCsvReader.DEFAULT_GROUPING_WINDOW}) {
        AirForceCsvReader reader = AirForceCsv.reader().withGroupingWindow(window);
        assertEquals(launched(rows, prefer, reader), launched(given, prefer, reader),
            () -> prefer + ", window " + window + ": rows given again " + description + " of "
                + given);
      }
    }
  }

  /** Launched by report id (without its version), over the reports counted once. */
  private static Map<String, List<Long>> launched(List<String> rows,
      DistinctReports.Prefer prefer, AirForceCsvReader reader) throws IOException {
    String csv = HEADER + "\n" + String.join("\n", rows) + "\n";
    List<StrikeReport> counted = DistinctReports.preferring(prefer).read(List.of(ReportInput.of(
            "f.csv", sink -> reader.read(new ByteArrayInputStream(
                csv.getBytes(StandardCharsets.UTF_8)), "f.csv", sink))),
        () -> ReportSink.collecting(ImportedReport::report, Collectors.toList())).sink().result();
    Map<String, List<Long>> out = new TreeMap<>();
    for (StrikeReport r : counted) {
      List<Long> launched = r.lines().stream().map(WeaponLine::launched).map(c -> c.lower())
          .sorted().toList();
      out.put(r.id().replaceAll("#\\d+$", ""), launched);
    }
    return out;
  }
}
