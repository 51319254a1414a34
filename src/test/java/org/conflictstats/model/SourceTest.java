package org.conflictstats.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class SourceTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "kpszsu/posts/synthetic-1, kpszsu, NATIONAL_AIR_FORCE, true",
      "https://t.me/kpszsu/123, kpszsu, NATIONAL_AIR_FORCE, true",
      "t.me/KPSZSU/123, kpszsu, NATIONAL_AIR_FORCE, true",
      "https://www.facebook.com/kpszsu/posts/synthetic-2, kpszsu, NATIONAL_AIR_FORCE, true",
      "kpszsu, kpszsu, NATIONAL_AIR_FORCE, false",
      "PvKPivden, PvKPivden, REGIONAL_AIR_COMMAND, false",
      "pvkpivden/posts/synthetic-3, PvKPivden, REGIONAL_AIR_COMMAND, true",
      "https://t.me/PvkZahid/9, PvkZahid, REGIONAL_AIR_COMMAND, true",
      "PvkCenter, PvkCenter, REGIONAL_AIR_COMMAND, false",
      "pvkshid/posts/synthetic-4, pvkshid, REGIONAL_AIR_COMMAND, true",
      "GeneralStaff.ua/posts/synthetic-5, GeneralStaff.ua, OTHER, true",
      "Odesa governor, Odesa governor, OTHER, false",
      // links that name no channel are named after their site, never 'watch' or 'https:'
      "https://www.facebook.com/watch/?v=1234567890, facebook.com, OTHER, true",
      "https://www.facebook.com/watch?v=1234567890, facebook.com, OTHER, true",
      // the datasets' form without the site (the real 2026 file has two)
      "watch/?v=1234567890, facebook.com, OTHER, true",
      "https://www.facebook.com/reel/1234567890, facebook.com, OTHER, true",
      "https://fb.com/watch/?v=1234567890, facebook.com, OTHER, true",
      "https://www.facebook.com/permalink.php?story_fbid=1&id=2, facebook.com, OTHER, true",
      "https://www.facebook.com/, facebook.com, OTHER, true",
      "https://www.facebook.com/facebook/posts/synthetic-6, facebook, OTHER, true",
      "https://www.facebook.com/kpszsu/videos/synthetic-7, kpszsu, NATIONAL_AIR_FORCE, true",
      "https://t.me/watch/12, watch, OTHER, true",
      "https://example.com/news/synthetic-8, example.com, OTHER, true",
  })
  void parseClassifiesTheChannel(String text, String name, SourceKind kind, boolean hasAddress) {
    Source s = Source.parse(text);
    assertEquals(name, s.name());
    assertEquals(kind, s.kind());
    assertEquals(hasAddress ? Optional.of(text.strip()) : Optional.empty(), s.address());
    assertFalse(s.isUnknown());
    assertEquals(name, s.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "\t"})
  void blankIsTheUnknownSource(String blank) {
    Source s = Source.parse(blank);
    assertSame(Source.unknown(), s);
    assertTrue(s.isUnknown());
    assertEquals(SourceKind.UNKNOWN, s.kind());
    assertEquals(Optional.empty(), s.address());
  }

  @Test
  void scopesSelectByKind() {
    Source national = Source.parse("kpszsu");
    Source regional = Source.parse("PvKPivden");
    Source other = Source.parse("GeneralStaff.ua");
    assertTrue(SourceScope.NATIONAL.includes(national));
    assertFalse(SourceScope.NATIONAL.includes(regional));
    assertFalse(SourceScope.REGIONAL.includes(national));
    assertTrue(SourceScope.REGIONAL.includes(regional));
    assertFalse(SourceScope.REGIONAL.includes(other));
    assertTrue(SourceScope.ALL.includes(other));
    assertTrue(SourceScope.ALL.includes(Source.unknown()));
    assertEquals(SourceScope.REGIONAL, SourceScope.parse(" Regional "));
    // any other word is a source name
    assertEquals(SourceScope.ofNames(List.of("oblast")), SourceScope.parse("oblast"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SourceScope.parse("national,,other"));
    assertTrue(e.getMessage().contains("national,,other"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> SourceScope.parse(" "));
  }

  @Test
  void withAddressAndEquality() {
    Source plain = Source.of("kpszsu", SourceKind.NATIONAL_AIR_FORCE);
    new EqualsTester()
        .addEqualityGroup(plain, Source.parse("kpszsu"))
        .addEqualityGroup(plain.withAddress("https://t.me/kpszsu/1"),
            Source.parse("https://t.me/kpszsu/1"))
        .addEqualityGroup(Source.unknown(), Source.parse(""))
        .testEquals();
    assertThrows(IllegalArgumentException.class, () -> Source.of(" ", SourceKind.OTHER));
  }

  @Test
  void rejectsNulls() {
    NullPointerTester tester = new NullPointerTester().setDefault(String.class, "kpszsu");
    tester.testAllPublicStaticMethods(Source.class);
    tester.testAllPublicConstructors(Source.class);
    tester.testAllPublicInstanceMethods(Source.parse("kpszsu"));
    tester.testAllPublicStaticMethods(SourceScope.class);
    tester.testAllPublicInstanceMethods(SourceScope.ALL);
  }
}
