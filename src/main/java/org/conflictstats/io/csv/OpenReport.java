package org.conflictstats.io.csv;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.conflictstats.io.FileLocation;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.model.Casualties;
import org.conflictstats.model.Region;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.Source;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponLine;

/** A report whose rows are still being read: its key, id, period, source and the lines so far. */
final class OpenReport {

  final ReportKey key;
  final String id;
  final ReportPeriod period;
  final Source source;
  final String targetArea;
  private Set<Region> regions;
  // the first line and row are kept apart: most reports have one line
  private WeaponLine firstLine;
  private FileLocation firstRow;
  private List<WeaponLine> lines;
  private List<FileLocation> rows;

  OpenReport(ReportKey key, String id, ReportPeriod period, Source source, String targetArea) {
    this.key = key;
    this.id = id;
    this.period = period;
    this.source = source;
    this.targetArea = targetArea;
  }

  void add(WeaponLine line, FileLocation at) {
    if (firstLine == null) {
      firstLine = line;
      firstRow = at;
    } else {
      if (lines == null) {
        lines = new ArrayList<>(4);
        rows = new ArrayList<>(4);
        lines.add(firstLine);
        rows.add(firstRow);
      }
      lines.add(line);
      rows.add(at);
    }
    Set<Region> own = line.details().affectedRegions();
    if (!own.isEmpty()) {
      if (regions == null) {
        regions = new LinkedHashSet<>();
      }
      regions.addAll(own);
    }
  }

  ImportedReport build() {
    StrikeReport report = new StrikeReport(id, period, source, targetArea,
        regions == null ? ImmutableSet.of() : ImmutableSet.copyOf(regions),
        lines == null ? ImmutableList.of(firstLine) : ImmutableList.copyOf(lines),
        Casualties.unknown(), "");
    return ImportedReport.of(report, rows == null ? ImmutableList.of(firstRow) : rows);
  }
}
