package org.conflictstats.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conflictstats.io.FileLocation;
import org.conflictstats.io.ImportResult;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.WeaponLine;
import org.conflictstats.validation.FieldPath;
import org.conflictstats.validation.Finding;
import org.conflictstats.validation.FindingCode;
import org.conflictstats.validation.ValidationResult;
import org.conflictstats.validation.Validator;
import org.junit.jupiter.api.Test;

/**
 * The validator's figures on the real files, read by the Air Force CSV reader, with every finding
 * traced back to the file and line of the row it is about. Skipped with a message when the real
 * data is absent.
 */
final class AirForceValidationConformanceTest {

  /** The rows a finding is about: its line's row, or every row of the report for a report finding. */
  static Set<FileLocation> rows(List<Finding> findings, Map<String, ImportedReport> byId) {
    Set<FileLocation> out = new LinkedHashSet<>();
    for (Finding f : findings) {
      ImportedReport r = byId.get(f.reportId());
      List<FieldPath.Node> nodes = f.path().nodes();
      if (!nodes.isEmpty() && nodes.get(0).name().equals("lines") && nodes.get(0).index().isPresent()) {
        out.add(r.locationOfLine(nodes.get(0).index().getAsInt()));
      } else {
        out.addAll(r.rows());
      }
    }
    return out;
  }

  static ImportResult read(String name) throws IOException {
    return AirForceCsv.reader().read(Fixtures.realFile(name));
  }

  @Test
  void file2026() throws IOException {
    ImportResult r = read(AirForceCsvConformanceTest.FILE_2026);
    ValidationResult v = Validator.standard().validateAll(r.reports());
    Map<String, ImportedReport> byId = r.byId();

    Set<FileLocation> exceed = rows(v.findings(FindingCode.OUTCOMES_EXCEED_LAUNCHED), byId);
    assertEquals(2, exceed.size(), exceed::toString);
    Set<FileLocation> destroyedAlone = rows(v.findings(FindingCode.DESTROYED_EXCEEDS_LAUNCHED), byId);
    assertEquals(1, destroyedAlone.size(), destroyedAlone::toString);
    assertTrue(exceed.containsAll(destroyedAlone));
    Set<FileLocation> unknownLaunched = rows(v.findings(FindingCode.LAUNCHED_UNKNOWN), byId);
    assertEquals(3, unknownLaunched.size(), unknownLaunched::toString);

    // the same lines, found from the reports' lines directly
    Set<FileLocation> exceedDirect = new LinkedHashSet<>();
    Set<FileLocation> unknownDirect = new LinkedHashSet<>();
    for (ImportedReport i : r.imported()) {
      for (int k = 0; k < i.report().lines().size(); k++) {
        WeaponLine l = i.report().lines().get(k);
        if (l.knownOutcomes().mustExceed(l.launched())) {
          exceedDirect.add(i.locationOfLine(k));
        }
        if (!l.launched().isExact()) {
          unknownDirect.add(i.locationOfLine(k));
        }
      }
    }
    assertEquals(exceedDirect, exceed);
    assertEquals(unknownDirect, unknownLaunched);
  }

  @Test
  void file2023() throws IOException {
    ImportResult r = read(AirForceCsvConformanceTest.FILE_2023);
    ValidationResult v = Validator.standard().validateAll(r.reports());
    Map<String, ImportedReport> byId = r.byId();

    // The 7 periods that end before they start are rows: 2 rows whose end lies a day or
    // more before their start (errors), and the 5 rows of one post from "2022-12-29 07:00" to the
    // date-only "2022-12-29", which end before they start only when the date is read as midnight
    // (a warning: the end may be later that day).
    List<Finding> certain = v.findings(FindingCode.PERIOD_ENDS_BEFORE_START);
    List<Finding> possible = v.findings(FindingCode.PERIOD_MAY_END_BEFORE_START);
    assertEquals(2, certain.size());
    assertEquals(1, possible.size());
    Set<FileLocation> certainRows = rows(certain, byId);
    Set<FileLocation> possibleRows = rows(possible, byId);
    assertEquals(2, certainRows.size(), certainRows::toString);
    assertEquals(5, possibleRows.size(), possibleRows::toString);
    Set<FileLocation> all = new LinkedHashSet<>(certainRows);
    all.addAll(possibleRows);
    assertEquals(7, all.size());

    // the same rows, found from the periods directly with a date read as midnight
    Set<FileLocation> direct = new LinkedHashSet<>();
    for (ImportedReport i : r.imported()) {
      ReportPeriod p = i.report().period();
      if (p.end().dateTime().isBefore(p.start().dateTime())) {
        direct.addAll(i.rows());
      }
    }
    assertEquals(direct, all);
  }
}
