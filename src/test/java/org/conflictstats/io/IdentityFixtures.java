package org.conflictstats.io;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.conflictstats.model.Count;
import org.conflictstats.model.ReportFingerprint;
import org.conflictstats.model.ReportKey;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.Source;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponLine;

/**
 * Inputs of made-up reports for the identity tests: reports of a few keys, each in a few versions,
 * in inputs fed to a sink in parts filled in any order and merged in order (as the reader's byte
 * ranges are), and the oracle: a plain grouping by key with exact comparison of lines.
 */
final class IdentityFixtures {

  private static final WeaponCatalog CATALOG = WeaponCatalog.builtIn();
  private static final List<String> WEAPONS = List.of("Shahed-136/131", "Kalibr", "Iskander-M",
      "X-101/X-555");

  private IdentityFixtures() {}

  /** One made-up input: its name and its reports, each with one row location per line. */
  record Listed(String name, List<ImportedReport> reports) {}

  /** A report of a key ({@code post}, {@code day}) with these lines, at a line of a file. */
  static ImportedReport report(String file, long line, String post, int day, List<WeaponLine> lines) {
    LocalDateTime start = LocalDateTime.of(2025, 3, 1, 20, 0).plusDays(day);
    StrikeReport r = StrikeReport.builder()
        .id(post + "#" + day)
        .period(ReportPeriod.of(ReportTime.ofMinute(start), ReportTime.ofMinute(start.plusHours(12))))
        .source(Source.parse(post))
        .addLines(lines)
        .build();
    List<FileLocation> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      rows.add(FileLocation.of(file, line + i));
    }
    return ImportedReport.of(r, rows);
  }

  static WeaponLine line(String weapon, long launched, long destroyed) {
    return WeaponLine.of(CATALOG.resolve(weapon), Count.exactly(launched))
        .withDestroyed(Count.exactly(destroyed));
  }

  /**
   * Random inputs: reports of {@code keys} keys, each key with up to three versions of its lines;
   * a report given again may list its lines in another order; some reports have no lines (which
   * are passed on each time they are read).
   */
  static List<Listed> randomInputs(Random random, int inputs, int keys, int perInput) {
    return randomInputs(random, inputs, keys, perInput, true);
  }

  /** As {@link #randomInputs(Random, int, int, int)}, with or without reports without lines. */
  static List<Listed> randomInputs(Random random, int inputs, int keys, int perInput,
      boolean lineless) {
    return randomInputs(random, inputs, keys, perInput, lineless, false);
  }

  /**
   * As {@link #randomInputs(Random, int, int, int, boolean)}; with {@code sharedPosts}, keys
   * {@code 2j} and {@code 2j + 1} are two periods of one post (a post split into periods, or a
   * period corrected, depending on which inputs give them).
   */
  static List<Listed> randomInputs(Random random, int inputs, int keys, int perInput,
      boolean lineless, boolean sharedPosts) {
    List<List<List<WeaponLine>>> versions = new ArrayList<>();
    for (int k = 0; k < keys; k++) {
      List<List<WeaponLine>> vs = new ArrayList<>();
      int n = 1 + random.nextInt(3);
      for (int v = 0; v < n; v++) {
        List<WeaponLine> lines = new ArrayList<>();
        for (int i = 0; i <= random.nextInt(3); i++) {
          long launched = 1 + random.nextInt(4);
          lines.add(line(WEAPONS.get(random.nextInt(WEAPONS.size())), launched,
              random.nextInt((int) launched + 1)));
        }
        vs.add(lines);
      }
      versions.add(vs);
    }
    List<Listed> out = new ArrayList<>();
    for (int i = 0; i < inputs; i++) {
      String file = "input-" + (char) ('a' + i) + ".csv";
      List<ImportedReport> reports = new ArrayList<>();
      long line = 2;
      int n = random.nextInt(perInput + 1);
      for (int j = 0; j < n; j++) {
        int k = random.nextInt(keys);
        List<WeaponLine> lines = new ArrayList<>(versions.get(k).get(
            random.nextInt(versions.get(k).size())));
        if (lineless && random.nextInt(12) == 0) {
          lines = List.of();
        }
        Collections.shuffle(lines, random);
        int p = sharedPosts ? k / 2 : k;
        String post = (p % 3 == 0 ? "PvKPivden" : "kpszsu") + "/posts/p" + p;
        reports.add(report(file, line, post, k % 5, lines));
        line += Math.max(1, lines.size());
      }
      out.add(new Listed(file, reports));
    }
    return out;
  }

  /** Inputs that feed their reports in random parts, merged in order ({@link PartFeeding}). */
  static List<ReportInput> inParts(List<Listed> listed, long seed) {
    List<ReportInput> out = new ArrayList<>();
    for (int i = 0; i < listed.size(); i++) {
      Listed l = listed.get(i);
      long s = seed * 31 + i;
      out.add(ReportInput.of(l.name(),
          sink -> PartFeeding.feed(sink, l.name(), l.reports(), 4, new Random(s))));
    }
    return out;
  }

  /** What the oracle says of inputs read in order. */
  record Expected(List<ImportedReport> counted, long[] duplicates, long[] revisions,
      long revisedKeys, long[] otherPeriods) {}

  /**
   * The oracle: every report in input order, grouped by key (the real key, not a hash), each
   * key's versions by exact comparison of lines in order of first appearance; the report that
   * counts is the first of the first or of the latest version.
   */
  static Expected oracle(List<Listed> inputs, DistinctReports.Prefer prefer) {
    record Occurrence(int input, ImportedReport report) {}
    List<Occurrence> all = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      for (ImportedReport r : inputs.get(i).reports()) {
        all.add(new Occurrence(i, r));
      }
    }
    Map<ReportKey, List<List<Occurrence>>> byKey = new LinkedHashMap<>();
    long[] duplicates = new long[inputs.size()];
    long[] revisions = new long[inputs.size()];
    // the input where each post was first given (by a report with lines), and the reports of a
    // new key whose post an earlier input gives
    Map<String, Integer> postFirst = new java.util.HashMap<>();
    long[] otherPeriods = new long[inputs.size()];
    java.util.Set<Occurrence> winners =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Occurrence o : all) {
      if (o.report().report().lines().isEmpty()) {
        continue;
      }
      List<List<Occurrence>> versions = byKey.computeIfAbsent(ReportKey.of(o.report().report()),
          k -> new ArrayList<>());
      List<Occurrence> same = null;
      for (List<Occurrence> v : versions) {
        if (ReportFingerprint.sameLines(v.get(0).report().report(), o.report().report())) {
          same = v;
        }
      }
      if (same != null) {
        same.add(o);
        duplicates[o.input()]++;
      } else {
        if (!versions.isEmpty()) {
          revisions[o.input()]++;
        } else {
          String post = ReportKey.of(o.report().report()).post();
          if (postFirst.computeIfAbsent(post, p -> o.input()) < o.input()) {
            otherPeriods[o.input()]++;
          }
        }
        List<Occurrence> v = new ArrayList<>();
        v.add(o);
        versions.add(v);
      }
    }
    for (List<List<Occurrence>> versions : byKey.values()) {
      List<Occurrence> v = prefer == DistinctReports.Prefer.FIRST ? versions.get(0)
          : versions.get(versions.size() - 1);
      winners.add(v.get(0));
    }
    long revised = byKey.values().stream().filter(v -> v.size() > 1).count();
    List<ImportedReport> counted = new ArrayList<>();
    for (Occurrence o : all) {
      if (o.report().report().lines().isEmpty() || winners.contains(o)) {
        counted.add(o.report());
      }
    }
    return new Expected(counted, duplicates, revisions, revised, otherPeriods);
  }

  /** The names of the inputs, for messages. */
  static String names(List<Listed> inputs) {
    return inputs.stream().map(l -> l.name() + ":" + l.reports().size())
        .collect(Collectors.joining(", "));
  }
}
