package org.conflictstats.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;

/**
 * The laws of report identity: what {@link DistinctReports} counts is what a plain grouping by key
 * counts (the oracle), however the inputs are cut into parts; reading A, B, A is reading A, B;
 * reading A twice is reading A once (for reports with weapon lines: one without is passed on each
 * time it is read); every report read is the first of its key, a copy or a
 * revision; an indexing first reading changes nothing; with copies only (no revision), the order
 * of the inputs does not change what is counted.
 */
final class DistinctReportsProperties {

  private static DistinctReports.Result<ReportSink.Collecting<ImportedReport, ?,
      List<ImportedReport>>> read(DistinctReports d,
      List<IdentityFixtures.Listed> inputs, long seed) throws IOException {
    return d.read(IdentityFixtures.inParts(inputs, seed),
        () -> ReportSink.collecting(Collectors.<ImportedReport>toList()));
  }

  @Property(tries = 300)
  void countsWhatThePlainGroupingCounts(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 4) int inputs, @ForAll @IntRange(min = 1, max = 30) int keys,
      @ForAll boolean first, @ForAll @IntRange(min = 0, max = 12) int limit) throws IOException {
    List<IdentityFixtures.Listed> listed =
        IdentityFixtures.randomInputs(new Random(seed), inputs, keys, 40);
    DistinctReports.Prefer prefer = first ? DistinctReports.Prefer.FIRST
        : DistinctReports.Prefer.LAST;
    IdentityFixtures.Expected expected = IdentityFixtures.oracle(listed, prefer);
    List<IdentityEvent> events = new ArrayList<>();
    // a limit of 1 to 12 keys makes the index give way to the census, early or late
    DistinctReports d = DistinctReports.preferring(prefer).onEvent(events::add);
    var got = read(limit == 0 ? d : d.withIndexLimit(limit), listed, seed);

    assertEquals(expected.counted(), got.sink().result(), IdentityFixtures.names(listed));
    IdentityCounts c = got.identity();
    assertArrayEquals(expected.duplicates(),
        c.inputs().stream().mapToLong(IdentityCounts.Input::duplicates).toArray());
    assertArrayEquals(expected.revisions(),
        c.inputs().stream().mapToLong(IdentityCounts.Input::revisions).toArray());
    assertEquals(expected.revisedKeys(), c.revisedReports());
    assertEquals(c.duplicates() + c.revisions(), events.size());
    assertEquals(c.revisions(), events.stream()
        .filter(e -> e.kind() == IdentityEvent.Kind.REVISION).count());
    // every report read is the first of its key, a copy or a revision
    long read = listed.stream().mapToLong(l -> l.reports().size()).sum();
    assertEquals(read, c.reportsRead());
    assertEquals(expected.counted().size(), c.distinct());
    Statistics.label("readings").collect(got.readings());
    Statistics.label("revised").collect(c.revisions() > 0);
  }

  @Property(tries = 200)
  void readingABAGivesWhatABGives(@ForAll long seed, @ForAll boolean first) throws IOException {
    List<IdentityFixtures.Listed> ab =
        IdentityFixtures.randomInputs(new Random(seed), 2, 12, 30, false);
    List<IdentityFixtures.Listed> aba = List.of(ab.get(0), ab.get(1), ab.get(0));
    DistinctReports d = DistinctReports.preferring(first ? DistinctReports.Prefer.FIRST
        : DistinctReports.Prefer.LAST);
    assertEquals(read(d, ab, seed).sink().result(), read(d, aba, seed + 1).sink().result());
  }

  @Property(tries = 200)
  void readingAnInputTwiceGivesWhatItGivesOnce(@ForAll long seed) throws IOException {
    List<IdentityFixtures.Listed> a = IdentityFixtures.randomInputs(new Random(seed), 1, 15, 40, false);
    var once = read(DistinctReports.preferLast(), a, seed);
    var twice = read(DistinctReports.preferLast(), List.of(a.get(0), a.get(0)), seed + 7);
    assertEquals(once.sink().result(), twice.sink().result());
    // the second copy of the input repeats every report with lines, and revises none
    IdentityCounts.Input second = twice.identity().inputs().get(1);
    long withLines = a.get(0).reports().stream().filter(r -> !r.rows().isEmpty()).count();
    assertEquals(withLines, second.duplicates());
    assertEquals(0, second.revisions());
  }

  @Property(tries = 200)
  void withCopiesOnlyTheOrderOfTheInputsDoesNotMatter(@ForAll long seed,
      @ForAll @IntRange(min = 2, max = 4) int inputs) throws IOException {
    // every report of a key given with the lines of its key's first report: copies, no revision
    List<IdentityFixtures.Listed> listed =
        IdentityFixtures.randomInputs(new Random(seed), inputs, 12, 30, false);
    java.util.Map<org.conflictstats.model.ReportKey, ImportedReport> firsts =
        new java.util.HashMap<>();
    List<IdentityFixtures.Listed> copies = new ArrayList<>();
    for (IdentityFixtures.Listed l : listed) {
      List<ImportedReport> reports = new ArrayList<>();
      for (ImportedReport r : l.reports()) {
        ImportedReport first = firsts.computeIfAbsent(
            org.conflictstats.model.ReportKey.of(r.report()), k -> r);
        List<FileLocation> rows = new ArrayList<>();
        for (int i = 0; i < first.report().lines().size(); i++) {
          rows.add(FileLocation.of(l.name(), r.rows().get(0).line() * 10 + i));
        }
        reports.add(ImportedReport.of(first.report(), rows));
      }
      copies.add(new IdentityFixtures.Listed(l.name(), reports));
    }
    List<IdentityFixtures.Listed> reversed = new ArrayList<>(copies);
    java.util.Collections.reverse(reversed);
    List<IdentityFixtures.Listed> shuffled = new ArrayList<>(copies);
    java.util.Collections.shuffle(shuffled, new Random(seed + 1));
    java.util.Set<String> counted = counted(read(DistinctReports.preferLast(), copies, seed));
    for (List<IdentityFixtures.Listed> order : List.of(reversed, shuffled)) {
      for (DistinctReports d : List.of(DistinctReports.preferLast(), DistinctReports.preferring(
          DistinctReports.Prefer.FIRST))) {
        var r = read(d, order, seed + 2);
        assertEquals(counted, counted(r), IdentityFixtures.names(order));
        assertEquals(0, r.identity().revisions());
        assertEquals(counted.size(), r.identity().distinct());
      }
    }
  }

  /** The reports counted, by key and lines (not by where they were read). */
  private static java.util.Set<String> counted(DistinctReports.Result<ReportSink.Collecting<
      ImportedReport, ?, List<ImportedReport>>> r) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (ImportedReport i : r.sink().result()) {
      List<String> lines = new ArrayList<>();
      i.report().lines().forEach(l -> lines.add(l.toString()));
      java.util.Collections.sort(lines);
      // each key once
      assertTrue(out.add(org.conflictstats.model.ReportKey.of(i.report()) + " " + lines));
    }
    return out;
  }

  @Property(tries = 150)
  void indexingFirstGivesTheSameAndReadsTwice(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 3) int inputs) throws IOException {
    List<IdentityFixtures.Listed> listed =
        IdentityFixtures.randomInputs(new Random(seed), inputs, 10, 30);
    var plain = read(DistinctReports.preferLast(), listed, seed);
    var indexed = read(DistinctReports.preferLast().indexingFirst(), listed, seed);
    assertEquals(plain.sink().result(), indexed.sink().result());
    assertEquals(plain.identity(), indexed.identity());
    assertEquals(2, indexed.readings());
  }

  @Property(tries = 150)
  void listingPassesEveryReportAndFindsWhatReadingFinds(@ForAll long seed) throws IOException {
    List<IdentityFixtures.Listed> listed =
        IdentityFixtures.randomInputs(new Random(seed), 3, 10, 30);
    List<IdentityEvent> listedEvents = new ArrayList<>();
    List<IdentityEvent> readEvents = new ArrayList<>();
    var all = DistinctReports.preferLast().onEvent(listedEvents::add).list(
        IdentityFixtures.inParts(listed, seed),
        ReportSink.collecting(Collectors.<ImportedReport>toList()));
    read(DistinctReports.preferLast().onEvent(readEvents::add), listed, seed);
    // past a limit, the same reports reach the sink and the same events are told, in order
    List<IdentityEvent> limitedEvents = new ArrayList<>();
    var limited = DistinctReports.preferLast().onEvent(limitedEvents::add)
        .withIndexLimit(1 + Math.floorMod(seed, 6)).list(IdentityFixtures.inParts(listed, seed),
            ReportSink.collecting(Collectors.<ImportedReport>toList()));
    assertEquals(all.sink().result(), limited.sink().result());
    assertEquals(all.identity(), checkedPosts(limited.identity()));
    assertEquals(readEvents, limitedEvents);
    List<ImportedReport> every = new ArrayList<>();
    listed.forEach(l -> every.addAll(l.reports()));
    assertEquals(every, all.sink().result());
    assertEquals(readEvents, listedEvents);
    assertTrue(all.readings() == 1);
  }

  @Property(tries = 300)
  void aCensusGivesWhatTheIndexGives(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 3) int inputs, @ForAll @IntRange(min = 1, max = 40) int keys,
      @ForAll @IntRange(min = 1, max = 8) int limit, @ForAll boolean first,
      @ForAll boolean indexFirst) throws IOException {
    List<IdentityFixtures.Listed> listed =
        IdentityFixtures.randomInputs(new Random(seed), inputs, keys, 30);
    DistinctReports d = DistinctReports.preferring(first ? DistinctReports.Prefer.FIRST
        : DistinctReports.Prefer.LAST);
    if (indexFirst) {
      d = d.indexingFirst();
    }
    List<IdentityEvent> plainEvents = new ArrayList<>();
    List<IdentityEvent> censusEvents = new ArrayList<>();
    var plain = read(d.onEvent(plainEvents::add), listed, seed);
    var census = read(d.onEvent(censusEvents::add).withIndexLimit(limit), listed, seed);
    assertEquals(plain.sink().result(), census.sink().result());
    // the check for other periods of a post stops with the census (memory must not grow with the
    // posts): told by postsChecked; these inputs give each post one period, so it finds none
    assertEquals(plain.identity(), checkedPosts(census.identity()));
    assertTrue(plain.identity().postsChecked());
    if (inputs == 1) { // nothing earlier to check against: nothing stops
      assertTrue(census.identity().postsChecked());
    }
    // each copy and revision told once, in the same order
    assertEquals(plainEvents, censusEvents);
    IdentityCounts c = census.identity();
    boolean anyTwice = c.duplicates() + c.revisions() > 0;
    // a census that finds no key given twice lets the first reading stand; one that finds some
    // takes two more; without a census, the readings are the plain ones
    assertTrue(census.readings() == plain.readings()
        || census.readings() == (indexFirst ? 2 : 1) && !anyTwice
        || census.readings() == 3 && anyTwice, census.readings() + " " + plain.readings());
    Statistics.label("census readings").collect(census.readings());
  }

  /** The counts as if every report had been checked for another period of an earlier post. */
  private static IdentityCounts checkedPosts(IdentityCounts c) {
    return new IdentityCounts(c.inputs(), c.revisedReports(), c.prefer(), true);
  }

  @Property(tries = 300)
  void reportsOfAnotherPeriodOfAnEarlierInputsPostAreThoseThePlainGroupingFinds(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int inputs,
      @ForAll @IntRange(min = 1, max = 30) int keys, @ForAll boolean first,
      @ForAll boolean listing) throws IOException {
    List<IdentityFixtures.Listed> listed =
        IdentityFixtures.randomInputs(new Random(seed), inputs, keys, 40, true, true);
    DistinctReports.Prefer prefer = first ? DistinctReports.Prefer.FIRST
        : DistinctReports.Prefer.LAST;
    IdentityFixtures.Expected expected = IdentityFixtures.oracle(listed, prefer);
    List<IdentityEvent> events = new ArrayList<>();
    DistinctReports d = DistinctReports.preferring(prefer).onEvent(events::add);
    var got = listing
        ? d.list(IdentityFixtures.inParts(listed, seed),
            ReportSink.collecting(Collectors.<ImportedReport>toList()))
        : read(d, listed, seed);
    IdentityCounts c = got.identity();
    assertTrue(c.postsChecked());
    assertArrayEquals(expected.otherPeriods(),
        c.inputs().stream().mapToLong(IdentityCounts.Input::otherPeriods).toArray(),
        IdentityFixtures.names(listed));
    // counted as any report of a new key is: the counted reports are the plain grouping's
    if (!listing) {
      assertEquals(expected.counted(), got.sink().result());
    }
    List<IdentityEvent> other = events.stream()
        .filter(e -> e.kind() == IdentityEvent.Kind.OTHER_PERIOD).toList();
    assertEquals(c.otherPeriods(), other.size());
    for (IdentityEvent e : other) {
      // told at a report of a later input than the post's first report, of the same post
      assertTrue(e.earlier().file().compareTo(e.at().file()) < 0, e::toString);
      assertEquals("OTHER_PERIOD", e.kind().code());
    }
    // each input's other periods by the input that first gave the post add up
    for (IdentityCounts.Input in : c.inputs()) {
      assertEquals(in.otherPeriods(), in.otherPeriodsOf().values().stream()
          .mapToLong(Long::longValue).sum());
    }
    Statistics.label("other periods").collect(c.otherPeriods() > 0);
  }

  @Property(tries = 150)
  void pastTheIndexLimitTheCheckOfOtherPeriodsStopsAndSaysSo(@ForAll long seed,
      @ForAll @IntRange(min = 2, max = 3) int inputs, @ForAll @IntRange(min = 1, max = 4) int limit)
      throws IOException {
    List<IdentityFixtures.Listed> listed =
        IdentityFixtures.randomInputs(new Random(seed), inputs, 20, 30, false, true);
    var plain = read(DistinctReports.preferLast(), listed, seed);
    var census = read(DistinctReports.preferLast().withIndexLimit(limit), listed, seed);
    assertEquals(plain.sink().result(), census.sink().result());
    // the reports before the census began were checked: never more than the plain reading finds
    for (int i = 0; i < inputs; i++) {
      assertTrue(census.identity().inputs().get(i).otherPeriods()
          <= plain.identity().inputs().get(i).otherPeriods());
    }
    // the census begins once the index holds more than the limit: with more distinct keys
    if (plain.identity().distinct() > limit) {
      assertTrue(!census.identity().postsChecked(), census.identity()::toString);
    }
    Statistics.label("census").collect(!census.identity().postsChecked());
  }
}
