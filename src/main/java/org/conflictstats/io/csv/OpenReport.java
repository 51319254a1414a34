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
  private final List<WeaponLine> lines = new ArrayList<>(2);
  private final List<FileLocation> rows = new ArrayList<>(2);

  OpenReport(ReportKey key, String id, ReportPeriod period, Source source, String targetArea) {
    this.key = key;
    this.id = id;
    this.period = period;
    this.source = source;
    this.targetArea = targetArea;
  }

  void add(WeaponLine line, FileLocation at) {
    lines.add(line);
    rows.add(at);
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
        lines.size() == 1 ? ImmutableList.of(lines.get(0)) : ImmutableList.copyOf(lines),
        Casualties.unknown(), "");
    return new ImportedReport(report,
        rows.size() == 1 ? ImmutableList.of(rows.get(0)) : ImmutableList.copyOf(rows));
  }
}
