package org.conflictstats.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.domains.Domain;
import org.conflictstats.model.CataloguedWeapon;
import org.conflictstats.model.CompositeWeapon;
import org.conflictstats.model.Count;
import org.conflictstats.model.LineDetails;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.UnresolvedWeapon;
import org.conflictstats.model.WeaponLine;

/** Laws of the format: whatever the report, writing then reading gives it back. */
@Domain(ReportDomain.class)
final class ReportJsonRoundTripProperties {

  @Property
  void writeThenReadGivesAnEqualReport(@ForAll StrikeReport report) {
    label(report);
    String json = ReportJson.write(report);
    assertFalse(json.contains("\n"), "one report, one line");
    StrikeReport back = ReportJson.read(json);
    assertEquals(report, back);
    // a weapon's equality leaves its aliases out: the format keeps them all the same
    assertEquals(aliases(report), aliases(back));
  }

  private static List<Object> aliases(StrikeReport r) {
    return r.lines().stream().map(l -> l.weapon() instanceof CataloguedWeapon w
        ? (Object) w.aliases() : l.weapon().name()).toList();
  }

  @Property(tries = 200)
  void writeThenReadGivesAnEqualReportThroughAnyCount(@ForAll Count count) {
    Statistics.label("kind").collect(count.kind());
    StrikeReport r = Fixtures.night().withLines(List.of(
        WeaponLine.of(Fixtures.CATALOG.resolve("Kalibr"), count).withHit(count)));
    assertEquals(r, ReportJson.read(ReportJson.write(r)));
  }

  @Property(tries = 100)
  void jsonLinesOfManyReportsReadBackInOrder(@ForAll @Size(max = 6) List<StrikeReport> reports) {
    StringWriter out = new StringWriter();
    try (JsonLinesWriter w = JsonLinesWriter.of(out)) {
      w.writeAll(reports);
    }
    org.conflictstats.io.ImportResult back = JsonLinesReader.readAll(new StringReader(out.toString()), "gen.jsonl",
        JsonReadOptions.strict());
    assertEquals(reports, back.reports());
    assertEquals(reports.size(), back.files().get(0).reports());
    assertEquals(0, back.rowsRejected());
  }

  @Property(tries = 200)
  void writingIsDeterministic(@ForAll StrikeReport report) {
    assertEquals(ReportJson.write(report), ReportJson.write(ReportJson.read(
        ReportJson.write(report))));
  }

  private static void label(StrikeReport r) {
    Statistics.label("lines").collect(r.lines().size());
    Statistics.label("date-only time").collect(r.period().start().isDateOnly()
        || r.period().end().isDateOnly());
    Statistics.label("composite").collect(r.lines().stream()
        .anyMatch(l -> l.weapon() instanceof CompositeWeapon));
    Statistics.label("unresolved").collect(r.lines().stream()
        .anyMatch(l -> l.weapon() instanceof UnresolvedWeapon));
    Statistics.label("details").collect(r.lines().stream()
        .anyMatch(l -> !l.details().equals(LineDetails.none())));
    Statistics.label("unknown launched").collect(r.lines().stream()
        .anyMatch(l -> l.launched().isUnknown()));
  }
}
