package org.conflictstats.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A merged part's columns (and, when the part decides on its own, its table of keys) go to the
 * next part, emptied: a read's parts reuse a few sets of arrays instead of allocating new ones for
 * every part. What the reused columns give is checked by {@code SeenReportsProperties},
 * {@code PartKeysProperties} and {@code DistinctReportsProperties} (parts made ahead of the merge).
 */
final class IdentitySinkTest {

  private static final List<ImportedReport> REPORTS = List.of(
      IdentityFixtures.report("a.csv", 2, "https://t.me/post/1", 0,
          List.of(IdentityFixtures.line("Kalibr", 4, 3))),
      IdentityFixtures.report("a.csv", 3, "https://t.me/post/2", 1,
          List.of(IdentityFixtures.line("Kalibr", 2, 2))),
      IdentityFixtures.report("a.csv", 4, "https://t.me/post/1", 0,
          List.of(IdentityFixtures.line("Kalibr", 4, 3))));

  private static IdentitySink<List<ImportedReport>> sink(IdentitySink.Mode mode,
      List<ImportedReport> got) {
    DistinctReports.Tracker tracker = new DistinctReports.Tracker(DistinctReports.Prefer.LAST,
        e -> { }, List.of(ReportInput.of("a.csv", s -> ImportCounts.of("a.csv", 0, 0, 0))),
        DistinctReports.MAX_DEFAULT_LIMIT);
    return new IdentitySink<>(ReportSink.of(got::add), mode, tracker, 0);
  }

  @Test
  void aPartMadeAfterAMergeGetsTheMergedPartsColumnsAndKeysEmptied() {
    List<ImportedReport> got = new ArrayList<>();
    IdentitySink<List<ImportedReport>> sink = sink(IdentitySink.Mode.OPTIMISTIC, got);
    IdentitySink.Part<List<ImportedReport>> first = sink.newPart();
    IdentitySink.Part<List<ImportedReport>> ahead = sink.newPart();
    assertNotSame(first.seen, ahead.seen, "two parts alive at once share nothing");
    REPORTS.forEach(r -> sink.accept(first, r));
    assertEquals(3, first.seen.size());
    assertEquals(2, first.keys.size());
    sink.merge(first);
    assertEquals(REPORTS.subList(0, 2), got, "the part's first report of each key");

    IdentitySink.Part<List<ImportedReport>> next = sink.newPart();
    assertSame(first.seen, next.seen);
    assertSame(first.keys, next.keys);
    assertSame(next.seen, next.keys.seen());
    assertEquals(0, next.seen.size());
    assertEquals(0, next.keys.size());
    // the same keys again, in a later part of the same input: new to this part
    REPORTS.forEach(r -> sink.accept(next, r));
    assertEquals(3, next.seen.size());
    assertEquals(2, next.keys.size());
  }

  @Test
  void withoutKeysOnlyTheColumnsAreReusedAndAtMostKeptAreKept() {
    List<ImportedReport> got = new ArrayList<>();
    IdentitySink<List<ImportedReport>> sink = sink(IdentitySink.Mode.LISTING, got);
    List<IdentitySink.Part<List<ImportedReport>>> parts = new ArrayList<>();
    for (int i = 0; i < IdentitySink.KEPT + 3; i++) {
      IdentitySink.Part<List<ImportedReport>> p = sink.newPart();
      assertNull(p.keys);
      sink.accept(p, REPORTS.get(i % REPORTS.size()));
      parts.add(p);
    }
    parts.forEach(sink::merge);
    assertEquals(IdentitySink.KEPT + 3, got.size(), "listing: the sink gets every report");
    List<SeenReports> reused = new ArrayList<>();
    for (int i = 0; i < IdentitySink.KEPT + 3; i++) {
      reused.add(sink.newPart().seen);
    }
    for (int i = 0; i < reused.size(); i++) {
      SeenReports s = reused.get(i);
      boolean kept = parts.stream().anyMatch(p -> p.seen == s);
      assertEquals(i < IdentitySink.KEPT, kept, "part " + i);
      assertEquals(0, s.size());
    }
    assertEquals(reused.size(), reused.stream().distinct().count(), "each kept columns once");
  }
}
