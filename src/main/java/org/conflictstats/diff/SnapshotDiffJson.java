package org.conflictstats.diff;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.conflictstats.io.FileLocation;
import org.conflictstats.stats.Rate;
import org.conflictstats.stats.StatsTable;

/**
 * Writes a {@link SnapshotDiff} as one JSON document: the counts as integers ({@code added},
 * {@code removed}, {@code revised}, {@code unchanged}, and {@code no_change}), each snapshot
 * ({@code old}, {@code new}: its name, rows read, reports and what it repeats or revises within
 * itself), the months as {@link SnapshotDiffCsv} writes them ({@code null} for an empty cell, with
 * {@code changed}, true for a month one snapshot alone has too, and {@code covered_by},
 * {@code "both"}, {@code "old"} or {@code "new"}: the snapshots that have the month, as
 * {@link MonthChange#coverage()}), and the first revised, added and removed reports with their fields
 * ({@code limit} of each).
 *
 * <pre>{@code
 * {"old":{"file":"2023-07.csv","rows_read":309,"reports":165,...},"new":{...},
 *  "added":1791,"removed":50,"revised":115,"revised_only_zero_unknown":109,"unchanged":0,"no_change":false,"prefer":"last",
 *  "sources":"all","limit":20,"months":[{"month":"2022-09","launched_old":null,...,"changed":true,"covered_by":"new"},...],
 *  "revised_reports":[{"report":"kpszsu/posts/...@...","old":"2023-07.csv:4","new":"...",
 *    "changes":[{"field":"lines[Shahed-136/131].suppressed","old":"0","new":"unknown"}]}],
 *  "added_reports":[...],"removed_reports":[...]}
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class SnapshotDiffJson {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private SnapshotDiffJson() {}

  /**
   * Writes a comparison.
   *
   * @param result the comparison
   * @param limit how many reports of each kind the comparison listed
   * @param out where to write; not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void write(SnapshotDiff.Result result, int limit, Writer out) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      side(g, "old", result.before(), result.beforeTable());
      side(g, "new", result.after(), result.afterTable());
      g.writeNumberField("added", result.added());
      g.writeNumberField("removed", result.removed());
      g.writeNumberField("revised", result.revised());
      g.writeNumberField("revised_only_zero_unknown", result.revisedOnlyZeroUnknown());
      g.writeNumberField("unchanged", result.unchanged());
      g.writeBooleanField("no_change", result.noChange());
      g.writeStringField("prefer",
          result.after().identity().prefer().name().toLowerCase(Locale.ROOT));
      g.writeStringField("sources", result.scope().toString());
      g.writeNumberField("limit", limit);
      g.writeArrayFieldStart("months");
      for (MonthChange m : result.months()) {
        g.writeStartObject();
        g.writeStringField("month", m.month());
        number(g, "launched_old", m.before().map(Rate::launched));
        number(g, "launched_new", m.after().map(Rate::launched));
        number(g, "neutralised_old", m.before().map(Rate::known));
        number(g, "neutralised_new", m.after().map(Rate::known));
        rate(g, "rate_old", m.before());
        rate(g, "rate_new", m.after());
        g.writeBooleanField("changed", m.changed());
        g.writeStringField("covered_by", m.coverage().name().toLowerCase(Locale.ROOT));
        g.writeEndObject();
      }
      g.writeEndArray();
      reports(g, "revised_reports", result.revisedReports());
      reports(g, "added_reports", result.addedReports());
      reports(g, "removed_reports", result.removedReports());
      g.writeEndObject();
      g.flush();
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void side(JsonGenerator g, String name, SnapshotDiff.Side s, StatsTable table)
      throws IOException {
    g.writeObjectFieldStart(name);
    g.writeStringField("file", s.name());
    g.writeNumberField("rows_read", s.counts().rowsRead());
    g.writeNumberField("rows_rejected", s.counts().rowsRejected());
    g.writeNumberField("reports_read", s.identity().reportsRead());
    g.writeNumberField("reports", s.reports());
    g.writeNumberField("duplicates", s.identity().duplicates());
    g.writeNumberField("revisions", s.identity().revisions());
    // lines of the month figures that another post's report of the scope may count too
    g.writeNumberField("overlap_lines", table.overlap().linesAtRisk());
    g.writeNumberField("overlap_reports", table.overlap().reports());
    g.writeEndObject();
  }

  private static void number(JsonGenerator g, String field, Optional<Long> v) throws IOException {
    if (v.isPresent()) {
      g.writeNumberField(field, v.get());
    } else {
      g.writeNullField(field);
    }
  }

  private static void rate(JsonGenerator g, String field, Optional<Rate> r) throws IOException {
    if (r.isPresent() && r.get().point().isPresent()) {
      g.writeNumberField(field, r.get().point().getAsDouble());
    } else {
      g.writeNullField(field);
    }
  }

  private static void reports(JsonGenerator g, String field, List<ReportChange> changes)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (ReportChange c : changes) {
      g.writeStartObject();
      g.writeStringField("report", c.key().toString());
      location(g, "old", c.before());
      location(g, "new", c.after());
      g.writeArrayFieldStart("changes");
      for (FieldChange f : c.changes()) {
        g.writeStartObject();
        g.writeStringField("field", f.field());
        g.writeStringField("old", f.before());
        g.writeStringField("new", f.after());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void location(JsonGenerator g, String field, Optional<FileLocation> at)
      throws IOException {
    if (at.isPresent()) {
      g.writeStringField(field, at.get().toString());
    } else {
      g.writeNullField(field);
    }
  }
}
