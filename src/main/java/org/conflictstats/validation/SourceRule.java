package org.conflictstats.validation;

import org.conflictstats.model.StrikeReport;

/** {@link FindingCode#NO_SOURCE}: the report names no source. */
final class SourceRule implements Rule {

  @Override
  public void check(StrikeReport report, FindingSink sink) {
    if (report.source().isUnknown()) {
      sink.add(FindingCode.NO_SOURCE, ReportPaths.SOURCE,
          "the report names no source, so it cannot be scoped or checked for double counting");
    }
  }
}
