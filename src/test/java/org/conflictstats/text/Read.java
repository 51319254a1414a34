package org.conflictstats.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponLine;

/** Test helpers: extract a text and describe its figures compactly. */
final class Read {

  static final LocalDate DATE = LocalDate.of(2025, 4, 17);

  private Read() {}

  static Extraction text(String text) {
    return StatementExtractor.builtIn().extract(text, DATE);
  }

  /** The figures as "group field count" or "group field count @place", in text order. */
  static List<String> figures(String text) {
    return figures(text(text));
  }

  static List<String> figures(Extraction x) {
    return x.figures().stream().map(Read::describe).collect(Collectors.toList());
  }

  static String describe(Figure f) {
    return f.group().label() + " " + f.field().label() + " " + f.count()
        + f.place().map(p -> " @" + p).orElse("");
  }

  static StrikeReport report(String text) {
    return text(text).report().orElseThrow(() -> new AssertionError("no report: " + text));
  }

  /** A line as "weapon L/D/S/A/X/H". */
  static String describe(WeaponLine l) {
    return l.weapon().name() + " " + l.launched() + "/" + l.destroyed() + "/" + l.suppressed() + "/"
        + l.stillAirborne() + "/" + l.leftAirspace() + "/" + l.hit();
  }

  static List<String> lines(String text) {
    return report(text).lines().stream().map(Read::describe).collect(Collectors.toList());
  }

  static void assertFigures(String text, String... expected) {
    assertEquals(List.of(expected), figures(text), text);
  }
}
