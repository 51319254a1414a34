package org.conflictstats.io;

import static org.conflictstats.io.IdentityFixtures.line;
import static org.conflictstats.io.IdentityFixtures.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class DistinctReportsTest {

  private static final ImportedReport A1 = report("a.csv", 2, "kpszsu/posts/one", 1,
      List.of(line("Shahed-136/131", 10, 8), line("Kalibr", 2, 2)));
  private static final ImportedReport A2 = report("a.csv", 4, "kpszsu/posts/two", 2,
      List.of(line("Shahed-136/131", 5, 5)));
  /** A1 again, lines in the other order: a copy. */
  private static final ImportedReport B1 = report("b.csv", 2, "kpszsu/posts/one", 1,
      List.of(line("Kalibr", 2, 2), line("Shahed-136/131", 10, 8)));
  /** A2 revised: 6 launched, not 5. */
  private static final ImportedReport B2 = report("b.csv", 4, "kpszsu/posts/two", 2,
      List.of(line("Shahed-136/131", 6, 5)));
  private static final ImportedReport B3 = report("b.csv", 5, "PvKPivden/posts/three", 2,
      List.of(line("Shahed-136/131", 3, 3)));

  /** An input that feeds its reports in the given parts, merged in order. */
  private static ReportInput parts(String name, List<List<ImportedReport>> parts,
      AtomicInteger readings) {
    return ReportInput.of(name, sink -> feed(sink, name, parts, readings));
  }

  private static <P> ImportCounts feed(ReportSink<P> sink, String name,
      List<List<ImportedReport>> parts, AtomicInteger readings) {
    readings.incrementAndGet();
    List<P> filled = new ArrayList<>();
    long reports = 0;
    long rows = 0;
    for (List<ImportedReport> p : parts) {
      P part = sink.newPart();
      for (ImportedReport r : p) {
        sink.accept(part, r);
        reports++;
        rows += r.rows().size();
      }
      filled.add(part);
    }
    filled.forEach(sink::merge);
    return ImportCounts.of(name, rows, 0, reports);
  }

  private static DistinctReports.Result<ReportSink.Collecting<ImportedReport, ?,
      List<ImportedReport>>> read(DistinctReports d, ReportInput... inputs) throws IOException {
    return d.read(List.of(inputs), () -> ReportSink.collecting(Collectors.toList()));
  }

  @Test
  void aCopyCountsOnceAndTheLatestVersionOfARevisedReportCounts() throws IOException {
    AtomicInteger readings = new AtomicInteger();
    List<IdentityEvent> events = new ArrayList<>();
    var r = read(DistinctReports.preferLast().onEvent(events::add),
        parts("a.csv", List.of(List.of(A1, A2)), readings),
        parts("b.csv", List.of(List.of(B1, B2, B3)), readings));

    assertEquals(List.of(A1, B2, B3), r.sink().result());
    assertEquals(2, r.readings(), "the report counted in a.csv was revised in b.csv");
    assertEquals(4, readings.get());
    assertEquals(List.of(
        "b.csv:2: kpszsu/posts/one@2025-03-02T20:00/2025-03-03T08:00 repeats the report at a.csv:2",
        "b.csv:4: kpszsu/posts/two@2025-03-03T20:00/2025-03-04T08:00 revises the report at a.csv:4"),
        events.stream().map(IdentityEvent::toString).toList());
    assertEquals(IdentityEvent.Kind.REVISION, events.get(1).kind());
    assertEquals("REVISED_REPORT", events.get(1).kind().code());
    IdentityCounts c = r.identity();
    assertEquals(5, c.reportsRead());
    assertEquals(3, c.distinct());
    assertEquals(new IdentityCounts.Input("b.csv", 3, 1, 1, Map.of(0, 1L), Map.of(0, 1L)),
        c.inputs().get(1));
    assertEquals("5 reports read, 3 counted: 1 copy of reports read before, counted once; 1"
        + " revision of 1 report (the version given last counts)", c.toString());
  }

  @Test
  void preferringTheFirstVersionReadsOnce() throws IOException {
    AtomicInteger readings = new AtomicInteger();
    var r = read(DistinctReports.preferring(DistinctReports.Prefer.FIRST),
        parts("a.csv", List.of(List.of(A1), List.of(A2)), readings),
        parts("b.csv", List.of(List.of(B1, B2), List.of(B3)), readings));
    assertEquals(List.of(A1, A2, B3), r.sink().result());
    assertEquals(1, r.readings());
    assertEquals(2, readings.get());
    assertTrue(r.identity().toString().endsWith("(the first version counts)"));
  }

  @Test
  void aKeyInTwoPartsOfOneInputIsReadAgainAndCountedOnce() throws IOException {
    AtomicInteger readings = new AtomicInteger();
    ImportedReport again = report("a.csv", 9, "kpszsu/posts/one", 1,
        List.of(line("Shahed-136/131", 10, 8), line("Kalibr", 2, 2)));
    var r = read(DistinctReports.preferLast(),
        parts("a.csv", List.of(List.of(A1, A2), List.of(again)), readings));
    assertEquals(List.of(A1, A2), r.sink().result());
    assertEquals(2, r.readings(), "both parts counted it: read again");
    // in one part, the part itself sees the key twice: one reading
    AtomicInteger once = new AtomicInteger();
    var s = read(DistinctReports.preferLast(),
        parts("a.csv", List.of(List.of(A1, A2, again)), once));
    assertEquals(List.of(A1, A2), s.sink().result());
    assertEquals(1, s.readings());
  }

  @Test
  void aVersionThatComesBackIsACopyOfItsFirstAppearance() throws IOException {
    AtomicInteger readings = new AtomicInteger();
    ImportedReport a2Again = report("c.csv", 7, "kpszsu/posts/two", 2,
        List.of(line("Shahed-136/131", 5, 5)));
    List<IdentityEvent> events = new ArrayList<>();
    var r = read(DistinctReports.preferLast().onEvent(events::add),
        parts("a.csv", List.of(List.of(A2)), readings),
        parts("b.csv", List.of(List.of(B2)), readings),
        parts("c.csv", List.of(List.of(a2Again)), readings));
    assertEquals(List.of(B2), r.sink().result(), "B's version is the latest new one");
    assertEquals("c.csv:7: kpszsu/posts/two@2025-03-03T20:00/2025-03-04T08:00 repeats the report"
        + " at a.csv:4", events.get(1).toString());
    assertEquals(1, r.identity().revisedReports());
  }

  @Test
  void aReportWithoutLinesIsPassedOnEachTime() throws IOException {
    ImportedReport empty = report("a.csv", 3, "kpszsu/posts/none", 3, List.of());
    AtomicInteger readings = new AtomicInteger();
    var r = read(DistinctReports.preferLast(),
        parts("a.csv", List.of(List.of(A1, empty)), readings),
        parts("b.csv", List.of(List.of(empty, B1)), readings));
    assertEquals(List.of(A1, empty, empty), r.sink().result());
    assertEquals(4, r.identity().reportsRead());
    assertEquals(3, r.identity().distinct());
  }

  @Test
  void anInputThatChangesBetweenReadingsIsAnError() {
    AtomicInteger readings = new AtomicInteger();
    ReportInput changing = ReportInput.of("a.csv", sink -> feed(sink, "a.csv",
        readings.get() == 0 ? List.of(List.of(A2, B2)) : List.of(List.of(A2)), readings));
    FileChangedException e = assertThrows(FileChangedException.class,
        () -> read(DistinctReports.preferLast(), changing));
    assertTrue(e.getMessage().startsWith("a.csv: the input changed between two readings"),
        e.getMessage());
  }

  @Test
  void misuseIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> ReportInput.of(" ", sink -> null));
    List<ReportInput> many = Collections.nCopies(IdentityIndex.MAX_INPUTS + 1,
        ReportInput.of("x", sink -> ImportCounts.of("x", 0, 0, 0)));
    assertThrows(IllegalArgumentException.class, () -> DistinctReports.preferLast().read(many,
        () -> ReportSink.collecting(Collectors.toList())));
  }

  @Test
  void theDefaultIndexLimitIsATenthOfTheHeapWithinItsBounds() {
    long tenth = Runtime.getRuntime().maxMemory() / 10 / 64;
    long limit = DistinctReports.defaultLimit();
    assertTrue(limit >= 1 << 16 && limit <= DistinctReports.MAX_DEFAULT_LIMIT, () -> "" + limit);
    assertEquals(Math.min(DistinctReports.MAX_DEFAULT_LIMIT, Math.max(1 << 16, tenth)), limit);
    // the cap holds memory to 64 MB of keys whatever the heap (README "Performance")
    assertEquals(1 << 20, DistinctReports.MAX_DEFAULT_LIMIT);
  }

  @Test
  void aReportOfAnotherPeriodOfAnEarlierInputsPostIsCountedAndTold() throws IOException {
    // b.csv gives post "two" for the day after a.csv's (a corrected period); a.csv gives post
    // "one" for two periods itself (a post split into periods: not told)
    ImportedReport a3 = report("a.csv", 5, "kpszsu/posts/one", 3,
        List.of(line("Kalibr", 1, 1)));
    ImportedReport b4 = report("b.csv", 6, "kpszsu/posts/two", 3,
        List.of(line("Shahed-136/131", 5, 5)));
    List<IdentityEvent> events = new ArrayList<>();
    var r = read(DistinctReports.preferLast().onEvent(events::add),
        parts("a.csv", List.of(List.of(A1), List.of(A2, a3)), new AtomicInteger()),
        parts("b.csv", List.of(List.of(B1), List.of(b4, B3)), new AtomicInteger()));
    assertEquals(List.of(A1, A2, a3, b4, B3), r.sink().result(), "both periods count");
    assertEquals(List.of("b.csv:2: kpszsu/posts/one@2025-03-02T20:00/2025-03-03T08:00 repeats the"
        + " report at a.csv:2", "b.csv:6: kpszsu/posts/two@2025-03-04T20:00/2025-03-05T08:00 gives"
        + " the post of the report at a.csv:4 for another period"),
        events.stream().map(IdentityEvent::toString).toList());
    IdentityCounts c = r.identity();
    assertEquals(new IdentityCounts.Input("b.csv", 3, 1, 0, Map.of(0, 1L), Map.of(), 1,
        Map.of(0, 1L)), c.inputs().get(1));
    assertEquals(0, c.inputs().get(0).otherPeriods());
    assertEquals(1, c.otherPeriods());
    assertTrue(c.postsChecked());
    assertEquals(List.of("Reports given more than once: 6 reports read, 5 counted: 1 copy of"
        + " reports read before, counted once.", "Other periods: 1 report gives the post of a"
        + " report of an earlier input for another period and is counted: where a release"
        + " corrected a report's period, both versions are."), c.notes());
    // newest first: told at a.csv, for the corrected period and for the period that b.csv does
    // not give of the post a.csv splits
    events.clear();
    var back = read(DistinctReports.preferLast().onEvent(events::add),
        parts("b.csv", List.of(List.of(B1, b4, B3)), new AtomicInteger()),
        parts("a.csv", List.of(List.of(A1, A2, a3)), new AtomicInteger()));
    assertEquals(2, back.identity().inputs().get(1).otherPeriods());
    assertEquals(List.of(FileLocation.of("a.csv", 4), FileLocation.of("a.csv", 5)),
        events.stream().filter(e -> e.kind() == IdentityEvent.Kind.OTHER_PERIOD)
            .map(IdentityEvent::at).toList());
  }
}
