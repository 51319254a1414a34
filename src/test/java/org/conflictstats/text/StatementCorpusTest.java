package org.conflictstats.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.conflictstats.model.Count;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponKind;
import org.conflictstats.model.WeaponLine;
import org.conflictstats.testing.PlainCsv;
import org.conflictstats.testing.RealData;
import org.conflictstats.validation.Severity;
import org.conflictstats.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real-data conformance: every text of the statement corpus ({@code ../shared/data/statements},
 * or {@code -Dconflictstats.data=DIR}) is extracted and each stated figure scored against its
 * {@code labels.csv}. Precision and recall are printed and held at 0.95 or above, and the misses
 * that remain are exactly the known limits the README lists. Skipped, with a message, when the
 * corpus is absent.
 */
final class StatementCorpusTest {

  /** The misses the README lists as known limits; a fixed one must leave this list too. */
  static final List<String> KNOWN_MISSES = List.of(
      // "three Kinzhal aeroballistic missiles were lost locationally": the text states what they
      // did, not that three were launched; the report's Kinzhal line gets launched 3 from the sum
      // (38 missiles, 35 of them cruise), but no figure states it
      "missed s013 Kinzhal.launched = 3",
      // "Six Shahed attack drones ... were destroyed as well": destroyed, not launched
      "missed s025 shahed.launched = 6");

  private static Path corpus;
  private static CorpusScore score;
  private static Map<String, Extraction> extractions;

  @BeforeAll
  static void extractAll() throws IOException {
    corpus = RealData.folder().resolve("statements");
    Optional<Path> labels = RealData.fileIfPresent("statements/labels.csv");
    if (labels.isEmpty()) {
      return;
    }
    List<List<String>> rows = PlainCsv.records(
        Files.readString(labels.get(), StandardCharsets.UTF_8));
    score = new CorpusScore();
    score.labels(rows);
    extractions = new LinkedHashMap<>();
    Map<String, LocalDate> dates = new LinkedHashMap<>();
    List<String> h = rows.get(0);
    for (List<String> r : rows.subList(1, rows.size())) {
      dates.putIfAbsent(r.get(h.indexOf("id")), LocalDate.parse(r.get(h.indexOf("night_end"))));
    }
    for (var e : dates.entrySet()) {
      Extraction x = StatementExtractor.builtIn().extract(text(e.getKey()), e.getValue());
      extractions.put(e.getKey(), x);
      score.extraction(e.getKey(), x);
    }
  }

  /** A corpus text without its first line, a comment that gives the night and language. */
  static String text(String id) throws IOException {
    String raw = Files.readString(corpus.resolve(id + ".txt"), StandardCharsets.UTF_8);
    return raw.startsWith("#") ? raw.substring(raw.indexOf('\n') + 1) : raw;
  }

  private static void assumeCorpus() {
    RealData.assumePresent(score != null, "statements/labels.csv");
  }

  @Test
  void precisionAndRecallAreAtLeast95Percent() {
    assumeCorpus();
    System.out.printf(Locale.ROOT, "statement corpus: %d texts, %d labelled items, %d extracted"
            + " and scored, %d matched; precision %.4f, recall %.4f; %d stated figures the labels"
            + " give no group%n", extractions.size(), score.expected.size(),
        score.extracted.size(), score.hits().size(), score.precision(), score.recall(),
        score.unscored.size());
    score.misses().forEach(m -> System.out.println("  " + m));
    score.unscored.forEach((k, why) -> System.out.println("  unscored " + k + ": " + why));
    score.extras().forEach(m -> System.out.println("  " + m));
    assertTrue(score.precision() >= 0.95, "precision " + score.precision());
    assertTrue(score.recall() >= 0.95, "recall " + score.recall());
  }

  @Test
  void theMissesThatRemainAreTheKnownLimits() {
    assumeCorpus();
    List<String> all = new ArrayList<>(score.misses());
    all.addAll(score.extras());
    assertEquals(new TreeSet<>(KNOWN_MISSES), new TreeSet<>(all));
  }

  @Test
  void everyTextGivesAReportWithoutValidationErrorsAndASourceWhenItNamesTheAirForce() {
    assumeCorpus();
    for (var e : extractions.entrySet()) {
      StrikeReport r = e.getValue().report().orElseThrow(() -> new AssertionError(e.getKey()));
      var errors = Validator.standard().validate(r).findings(Severity.ERROR);
      boolean named = e.getValue().text().toLowerCase(Locale.ROOT).contains("air force")
          || e.getValue().text().contains("Повітряні сили")
          || e.getValue().text().contains("Повітряних сил");
      assertEquals(named ? List.of() : List.of("NO_SOURCE"),
          errors.stream().map(f -> f.code()).toList(), e.getKey() + ": " + r);
      assertEquals(named, r.source().name().equals("kpszsu"), e.getKey());
    }
  }

  /**
   * The report's lines do not overlap: where the text states an exact total (all aerial targets,
   * drones, missiles) and the lines of that kind all have exact counts, they add up to it.
   */
  @Test
  void theLinesOfEveryReportAddUpToTheTotalsItsTextStates() {
    assumeCorpus();
    int checked = 0;
    for (var e : extractions.entrySet()) {
      Extraction x = e.getValue();
      List<WeaponLine> lines = x.report().orElseThrow().lines();
      for (Figure f : x.figures()) {
        if (!f.count().isExact() || f.field() != Field.LAUNCHED && f.field() != Field.DESTROYED
            && f.field() != Field.NEUTRALISED) {
          continue;
        }
        java.util.function.Predicate<WeaponLine> kind = switch (f.group().kind()) {
          case TOTAL -> l -> true;
          case DRONES -> l -> l.weapon().category().kind() == WeaponKind.DRONE;
          case MISSILES -> l -> l.weapon().category().kind() == WeaponKind.MISSILE;
          default -> null;
        };
        if (kind == null) {
          continue;
        }
        List<Count> counts = lines.stream().filter(kind)
            .map(l -> f.field() == Field.LAUNCHED ? l.launched() : l.destroyed()).toList();
        if (counts.stream().allMatch(Count::isExact)) {
          assertEquals(f.count().lower(), counts.stream().mapToLong(Count::lower).sum(),
              e.getKey() + ": " + f + " against " + lines);
          checked++;
        }
      }
    }
    assertTrue(checked > 50, "totals checked: " + checked);
  }

  @Test
  void noTextHasASentenceWithAFigureLeftUnread() {
    assumeCorpus();
    for (var e : extractions.entrySet()) {
      for (NotUnderstood n : e.getValue().notUnderstood()) {
        assertTrue(!n.why().contains("weapons, with no") && !n.why().contains("nothing it refers"),
            e.getKey() + ": " + n);
      }
    }
  }
}
