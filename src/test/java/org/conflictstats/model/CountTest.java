package org.conflictstats.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

final class CountTest {

  @Test
  void exactCountHasEqualBounds() {
    Count c = Count.exactly(75);
    assertEquals(75, c.lower());
    assertEquals(OptionalLong.of(75), c.upper());
    assertEquals(OptionalLong.of(75), c.exactValue());
    assertTrue(c.isExact());
    assertTrue(c.isBounded());
    assertFalse(c.isUnknown());
    assertEquals(Count.Kind.EXACT, c.kind());
  }

  @Test
  void unknownHasNoUpperBoundAndIsNotZero() {
    Count u = Count.unknown();
    assertEquals(0, u.lower());
    assertEquals(OptionalLong.empty(), u.upper());
    assertEquals(OptionalLong.empty(), u.exactValue());
    assertTrue(u.isUnknown());
    assertFalse(u.isBounded());
    assertFalse(u.isExact());
    assertEquals(Count.Kind.UNKNOWN, u.kind());
    assertFalse(u.equals(Count.zero()), "unknown must never be zero");
  }

  @Test
  void zeroIsExact() {
    assertEquals(Count.Kind.EXACT, Count.zero().kind());
    assertEquals(OptionalLong.of(0), Count.zero().exactValue());
    assertSame(Count.zero(), Count.exactly(0));
  }

  @Test
  void atLeastHasNoUpperBound() {
    Count c = Count.atLeast(30);
    assertEquals(30, c.lower());
    assertEquals(OptionalLong.empty(), c.upper());
    assertEquals(Count.Kind.AT_LEAST, c.kind());
    assertFalse(c.isExact());
  }

  @Test
  void atMostHasZeroLowerBound() {
    Count c = Count.atMost(10);
    assertEquals(0, c.lower());
    assertEquals(OptionalLong.of(10), c.upper());
    assertEquals(Count.Kind.AT_MOST, c.kind());
  }

  @Test
  void betweenHasBothBounds() {
    Count c = Count.between(10, 20);
    assertEquals(10, c.lower());
    assertEquals(OptionalLong.of(20), c.upper());
    assertEquals(Count.Kind.BETWEEN, c.kind());
  }

  static Stream<Arguments> kindsFromBounds() {
    return Stream.of(
        Arguments.of(Count.between(5, 5), Count.Kind.EXACT),
        Arguments.of(Count.between(0, 0), Count.Kind.EXACT),
        Arguments.of(Count.between(0, 7), Count.Kind.AT_MOST),
        Arguments.of(Count.atLeast(0), Count.Kind.UNKNOWN),
        Arguments.of(Count.atMost(0), Count.Kind.EXACT),
        Arguments.of(Count.of(3, OptionalLong.empty()), Count.Kind.AT_LEAST),
        Arguments.of(Count.of(0, OptionalLong.empty()), Count.Kind.UNKNOWN),
        Arguments.of(Count.of(3, OptionalLong.of(9)), Count.Kind.BETWEEN),
        Arguments.of(Count.of(4, OptionalLong.of(4)), Count.Kind.EXACT));
  }

  @ParameterizedTest
  @MethodSource("kindsFromBounds")
  void kindIsDerivedFromBounds(Count count, Count.Kind kind) {
    assertEquals(kind, count.kind());
  }

  @Test
  void equalityIsByBoundsWhateverFactoryMadeTheCount() {
    new EqualsTester()
        .addEqualityGroup(Count.exactly(3), Count.between(3, 3), Count.parse("3"),
            Count.of(3, OptionalLong.of(3)))
        .addEqualityGroup(Count.zero(), Count.exactly(0), Count.atMost(0), Count.between(0, 0),
            Count.parse("0"))
        .addEqualityGroup(Count.unknown(), Count.atLeast(0), Count.parse("unknown"),
            Count.of(0, OptionalLong.empty()))
        .addEqualityGroup(Count.atMost(10), Count.between(0, 10), Count.parse("at most 10"))
        .addEqualityGroup(Count.atLeast(10), Count.parse("at least 10"))
        .addEqualityGroup(Count.between(10, 20), Count.parse("between 10 and 20"))
        .addEqualityGroup(Count.between(10, 21))
        .testEquals();
  }

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of(Count.exactly(75), "75"),
        Arguments.of(Count.zero(), "0"),
        Arguments.of(Count.atLeast(30), "at least 30"),
        Arguments.of(Count.atMost(10), "at most 10"),
        Arguments.of(Count.between(10, 20), "between 10 and 20"),
        Arguments.of(Count.unknown(), "unknown"),
        Arguments.of(Count.exactly(Long.MAX_VALUE), Long.toString(Long.MAX_VALUE)));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void toStringAndParseRoundTrip(Count count, String text) {
    assertEquals(text, count.toString());
    assertEquals(count, Count.parse(text));
  }

  @Test
  void parseIgnoresCaseAndWhiteSpace() {
    assertEquals(Count.atLeast(30), Count.parse("  At  LEAST\t30 "));
    assertEquals(Count.unknown(), Count.parse("UNKNOWN"));
    assertEquals(Count.between(1, 2), Count.parse("Between 1 AND 2"));
  }

  /** The class's own example of a source's "at most": {@code "up to 10"} (was refused). */
  @Test
  void parseReadsUpToAsAtMost() {
    assertEquals(Count.atMost(10), Count.parse("up to 10"));
    assertEquals(Count.atMost(0), Count.parse(" Up  TO 0"));
    assertEquals("at most 10", Count.parse("up to 10").toString());
    assertThrows(IllegalArgumentException.class, () -> Count.parse("up to"));
    assertThrows(IllegalArgumentException.class, () -> Count.parse("up to -3"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "-5", "about 40", "dozens", "at least", "between 5", "5.0", "1e3",
      "99999999999999999999", "between 20 and 10", "at least -1"})
  void parseRejectsWhatIsNotACount(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Count.parse(text));
    assertTrue(e.getMessage().contains(text.trim()) || e.getMessage().contains("upper bound"),
        e.getMessage());
  }

  @Test
  void plusAddsBounds() {
    assertEquals(Count.atLeast(55), Count.exactly(25).plus(Count.atLeast(30)));
    assertEquals(Count.between(5, 30), Count.exactly(5).plus(Count.atMost(25)));
    assertEquals(Count.atLeast(25), Count.exactly(25).plus(Count.unknown()));
    assertEquals(Count.exactly(100), Count.exactly(75).plus(Count.exactly(25)));
    assertEquals(Count.between(13, 27), Count.between(3, 7).plus(Count.between(10, 20)));
  }

  @Test
  void plusReportsOverflowInsteadOfWrapping() {
    assertThrows(ArithmeticException.class,
        () -> Count.exactly(Long.MAX_VALUE).plus(Count.exactly(1)));
    assertThrows(ArithmeticException.class,
        () -> Count.atLeast(Long.MAX_VALUE).plus(Count.atLeast(1)));
  }

  @Test
  void remainderAfterIsTheUnknownRemainder() {
    assertEquals(Count.exactly(20), Count.exactly(75).remainderAfter(Count.exactly(55)));
    // more taken than there was: bounded below by zero
    assertEquals(Count.zero(), Count.exactly(16).remainderAfter(Count.exactly(26)));
    // an open-ended part leaves anything from zero to launched minus its lower bound
    assertEquals(Count.atMost(45), Count.exactly(75).remainderAfter(Count.atLeast(30)));
    // an unknown whole stays open-ended
    assertEquals(Count.atLeast(5), Count.atLeast(15).remainderAfter(Count.exactly(10)));
    assertEquals(Count.unknown(), Count.unknown().remainderAfter(Count.exactly(10)));
    assertEquals(Count.between(10, 15), Count.between(20, 25).remainderAfter(Count.between(10, 10)));
    assertEquals(Count.between(5, 15), Count.between(20, 25).remainderAfter(Count.between(10, 15)));
  }

  @Test
  void mayAndMustExceed() {
    Count four = Count.exactly(4);
    Count two = Count.exactly(2);
    assertTrue(four.mustExceed(two));
    assertTrue(four.mayExceed(two));
    assertFalse(two.mustExceed(four));
    assertFalse(two.mayExceed(four));
    assertFalse(two.mayExceed(two), "equal counts do not exceed each other");
    assertFalse(two.mustExceed(two));

    Count range = Count.between(3, 6);
    Count five = Count.exactly(5);
    assertTrue(range.mayExceed(five));
    assertFalse(range.mustExceed(five));
    assertTrue(five.mayExceed(range));
    assertFalse(five.mustExceed(range));

    // nothing must exceed an unbounded count; an unbounded count may exceed anything
    assertFalse(Count.exactly(1_000_000).mustExceed(Count.atLeast(1)));
    assertTrue(Count.unknown().mayExceed(Count.exactly(1_000_000)));
    assertFalse(Count.unknown().mustExceed(Count.zero()));
    assertTrue(Count.atLeast(26).mustExceed(Count.exactly(16)));
  }

  static Stream<Arguments> badArgs() {
    return Stream.of(
        Arguments.of((Executable) () -> Count.exactly(-1), "count"),
        Arguments.of((Executable) () -> Count.atLeast(-1), "lower bound"),
        Arguments.of((Executable) () -> Count.atMost(-1), "upper bound"),
        Arguments.of((Executable) () -> Count.between(-1, 5), "lower bound"),
        Arguments.of((Executable) () -> Count.between(0, -5), "upper bound"),
        Arguments.of((Executable) () -> Count.between(10, 5), "upper bound 5 is below lower bound 10"),
        Arguments.of((Executable) () -> Count.of(10, OptionalLong.of(5)), "upper bound 5"),
        Arguments.of((Executable) () -> Count.of(-3, OptionalLong.empty()), "lower bound"));
  }

  @ParameterizedTest
  @MethodSource("badArgs")
  void rejectsNegativesAndInvertedBoundsNamingTheField(Executable call, String named) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(named), () -> "'" + e.getMessage() + "' should name " + named);
  }

  @Test
  void rejectsNulls() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(Count.class);
    for (Count c : new Count[] {Count.zero(), Count.exactly(3), Count.atMost(3), Count.atLeast(3),
        Count.between(2, 3), Count.unknown()}) {
      tester.testAllPublicInstanceMethods(c);
    }
  }
}
