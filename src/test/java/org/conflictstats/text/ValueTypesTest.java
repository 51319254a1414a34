package org.conflictstats.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.NullPointerTester;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.conflictstats.model.Count;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.model.WeaponCategory;
import org.junit.jupiter.api.Test;

/** The package's value types: what they reject, and the small contracts of each. */
final class ValueTypesTest {

  private static final Figure FIGURE = new Figure(Group.of(Group.Kind.DRONES), Field.LAUNCHED,
      Quantity.of(75, Qualifier.EXACT, "75"), Optional.empty(), Span.of(0, 9), Optional.empty());

  @Test
  void rejectNulls() {
    NullPointerTester t = new NullPointerTester()
        .setDefault(Span.class, Span.of(0, 1))
        .setDefault(Quantity.class, Quantity.of(1, Qualifier.EXACT, "one"))
        .setDefault(Group.class, Group.of(Group.Kind.DRONES))
        .setDefault(String.class, "words")
        .setDefault(LocalDate.class, LocalDate.of(2025, 4, 17))
        .setDefault(WeaponCatalog.class, WeaponCatalog.builtIn())
        .setDefault(ImmutableList.class, ImmutableList.of());
    t.testAllPublicStaticMethods(Span.class);
    t.testAllPublicInstanceMethods(Span.of(0, 1));
    t.testAllPublicConstructors(Quantity.class);
    t.testAllPublicConstructors(Group.class);
    t.testAllPublicConstructors(Figure.class);
    t.testAllPublicInstanceMethods(FIGURE);
    t.testAllPublicConstructors(SetAside.class);
    t.testAllPublicConstructors(NotUnderstood.class);
    t.testAllPublicConstructors(Extraction.class);
    t.testAllPublicStaticMethods(StatementExtractor.class);
    t.testAllPublicInstanceMethods(StatementExtractor.builtIn());
    t.testAllPublicStaticMethods(NumberText.class);
    t.testAllPublicStaticMethods(Language.class);
  }

  @Test
  void spansAreOrderedRangesOfText() {
    assertThrows(IllegalArgumentException.class, () -> Span.of(-1, 2));
    assertThrows(IllegalArgumentException.class, () -> Span.of(3, 2));
    assertEquals("drones", Span.of(3, 9).of("75 drones"));
    assertEquals("3-9", Span.of(3, 9).toString());
    assertThrows(IndexOutOfBoundsException.class, () -> Span.of(3, 20).of("75 drones"));
  }

  @Test
  void quantitiesAreNotNegativeAndHaveWords() {
    assertThrows(IllegalArgumentException.class, () -> Quantity.of(-1, Qualifier.EXACT, "x"));
    assertThrows(IllegalArgumentException.class, () -> Quantity.of(1, Qualifier.EXACT, " "));
    assertEquals(Count.atLeast(30), Quantity.of(30, Qualifier.AT_LEAST, "at least 30").count());
    assertThrows(IllegalArgumentException.class, () -> Qualifier.EXACT.count(-1));
  }

  @Test
  void aRangeIsBetweenItsNumbersAndEndsAboveItsStart() {
    assertEquals(Count.between(40, 50), Quantity.range(40, 50, Qualifier.EXACT, "40-50").count());
    assertEquals(Count.between(36, 55),
        Quantity.range(40, 50, Qualifier.ABOUT, "about 40 to 50").count());
    assertEquals(Count.atLeast(40),
        Quantity.range(40, 50, Qualifier.AT_LEAST, "at least 40 to 50").count());
    assertEquals(Count.between(40, 50),
        Quantity.range(40, 50, Qualifier.EXACT, "40-50").withWords("all of them").count());
    assertThrows(IllegalArgumentException.class,
        () -> Quantity.range(50, 40, Qualifier.EXACT, "50-40"));
    assertThrows(IllegalArgumentException.class,
        () -> Quantity.range(50, 50, Qualifier.EXACT, "50-50"));
  }

  @Test
  void groupsTakeOnlyWhatTheirKindHas() {
    var kalibr = WeaponCatalog.builtIn().resolve("Kalibr");
    assertThrows(IllegalArgumentException.class, () -> Group.of(Group.Kind.WEAPON));
    assertThrows(IllegalArgumentException.class, () -> Group.of(Group.Kind.CATEGORY));
    assertThrows(IllegalArgumentException.class, () -> new Group(Group.Kind.DRONES,
        Optional.empty(), Optional.empty(), ImmutableList.of(kalibr)));
    assertEquals("cruise missiles (Kalibr)",
        Group.category(WeaponCategory.CRUISE_MISSILE, List.of(kalibr)).label());
    assertEquals("Kalibr", Group.weapon(kalibr).label());
    assertEquals("decoys", Group.of(Group.Kind.DECOY).label());
    assertEquals(true, Group.weapon(kalibr).isMissiles());
    assertEquals(true, Group.of(Group.Kind.SHAHED).isDrones());
  }

  @Test
  void fieldsSayWhatTheyCount() {
    assertEquals("still airborne", Field.STILL_AIRBORNE.label());
    assertEquals(true, Field.KILLED.isCasualty());
    assertEquals(false, Field.HIT_LOCATIONS.isOutcome());
    assertEquals(true, Field.NEUTRALISED.isOutcome());
  }

  @Test
  void theLanguageIsTheScriptOfMostLetters() {
    assertEquals(Language.UKRAINIAN, Language.detect("Збито 26 дронів (Shahed)"));
    assertEquals(Language.ENGLISH, Language.detect("25 drones were shot down («Гербера»)"));
    assertEquals(Language.ENGLISH, Language.detect("12 34"));
    // Russian by the letters Ukrainian does not have; a Ukrainian text quoting one stays Ukrainian
    assertEquals(Language.RUSSIAN, Language.detect("Сбиты 26 беспилотников, ещё 5 подавлены"));
    assertEquals(Language.UKRAINIAN, Language.detect("Росія заявила: «сбиты все дроны»"));
    assertEquals("Russian", Language.RUSSIAN.label());
  }

  @Test
  void aReaderReadsTheSameAsAString() throws Exception {
    String text = SeedTextTest.OWN;
    Extraction a = StatementExtractor.builtIn().extract(text, Read.DATE);
    Extraction b = StatementExtractor.builtIn().extract(new StringReader(text), Read.DATE,
        Optional.empty());
    assertEquals(a, b);
    Extraction named = StatementExtractor.builtIn().extract(text, Read.DATE, "PvKPivden");
    assertEquals("PvKPivden", named.report().orElseThrow().source().name());
    assertEquals(a.figures(), named.figures());
  }

  @Test
  void aReportsIdIsItsSourceItsDateAndAHashOfItsText() {
    var r = Read.report("Russia launched 10 drones, the air force said.");
    assertEquals(true, r.id().matches("kpszsu@2025-04-17#[0-9a-f]{8}"), r.id());
    var s = Read.report("Russia launched 10 drones.");
    assertEquals("unknown", s.source().name(), "no source named, none given");
  }
}
