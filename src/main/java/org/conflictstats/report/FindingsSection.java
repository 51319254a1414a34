package org.conflictstats.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.conflictstats.io.FileLocation;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.RejectedRow;
import org.conflictstats.validation.FieldPath;
import org.conflictstats.validation.Finding;
import org.conflictstats.validation.Validator;

/** Validation findings and rejected rows, by code: how many, and the first few with their lines. */
final class FindingsSection implements Section {

  /** How many occurrences of each code are shown. */
  static final int FIRST = 5;

  /** One occurrence: where, which report, which field, what. */
  private record Occurrence(String where, String report, String path, String message) {}

  /** The occurrences of one code. */
  private static final class Code {
    final String severity;
    long count;
    final List<Occurrence> first = new ArrayList<>();

    Code(String severity) {
      this.severity = severity;
    }

    void add(Occurrence o) {
      count++;
      if (first.size() < FIRST) {
        first.add(o);
      }
    }
  }

  @Override
  public String id() {
    return "findings";
  }

  @Override
  public String heading() {
    return "Validation findings";
  }

  @Override
  public void write(Html h, ReportData data) {
    Map<String, Code> codes = new TreeMap<>();
    for (RejectedRow row : data.imported().rejected()) {
      codes.computeIfAbsent("REJECTED_ROW", c -> new Code("error")).add(new Occurrence(
          row.file() + ":" + row.line(), "", row.field().orElse(""), row.reason()));
    }
    Validator validator = Validator.standard();
    for (ImportedReport r : data.imported().imported()) {
      for (Finding f : validator.validate(r.report()).findings()) {
        FileLocation at = locate(r, f.path());
        codes.computeIfAbsent(f.code(), c -> new Code(f.severity().name()
            .toLowerCase(Locale.ROOT))).add(new Occurrence(at.file() + ":" + at.line(),
                f.reportId(), f.path().toString(), f.message()));
      }
    }
    if (codes.isEmpty()) {
      h.raw("<p>No finding and no rejected row.</p>\n");
      return;
    }
    Map<String, Code> ordered = new LinkedHashMap<>();
    for (String severity : List.of("error", "warning", "info")) {
      codes.forEach((code, c) -> {
        if (c.severity.equals(severity)) {
          ordered.put(code, c);
        }
      });
    }
    h.raw("<table><thead>").headerRow("code", "severity", "count").raw("</thead><tbody>\n");
    ordered.forEach((code, c) -> h.row(true, code, c.severity, Html.number(c.count)));
    h.raw("</tbody></table>\n");
    ordered.forEach((code, c) -> {
      h.element("h3", code + " (" + c.severity + ", " + Html.number(c.count) + ")")
          .raw("<table class=\"findings\"><colgroup><col style=\"width:22%\">"
              + "<col style=\"width:30%\"><col style=\"width:14%\"><col style=\"width:34%\">"
              + "</colgroup><thead>").headerRow("where", "report", "field", "message")
          .raw("</thead><tbody>\n");
      for (Occurrence o : c.first) {
        h.raw("<tr><td class=\"text\">").text(o.where()).raw("</td><td class=\"text\">")
            .text(o.report()).raw("</td><td class=\"text\">").text(o.path())
            .raw("</td><td class=\"message\">").text(o.message()).raw("</td></tr>\n");
      }
      h.raw("</tbody></table>\n");
      if (c.count > c.first.size()) {
        h.raw("<p class=\"note\">").text("... and " + Html.number(c.count - c.first.size())
            + " more: conflict-stats validate lists them all.").raw("</p>\n");
      }
    });
    h.raw("<p class=\"note\">Reports with an error are left out of the figures unless"
        + " --include-invalid; warnings and infos do not change them.</p>\n");
  }

  /** The row of the line a finding points at, else the report's first row. */
  private static FileLocation locate(ImportedReport report, FieldPath path) {
    List<FieldPath.Node> nodes = path.nodes();
    if (!nodes.isEmpty() && nodes.get(0).name().equals("lines") && nodes.get(0).index().isPresent()
        && nodes.get(0).index().getAsInt() < report.rows().size()) {
      return report.locationOfLine(nodes.get(0).index().getAsInt());
    }
    return report.location();
  }
}
