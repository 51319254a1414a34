package org.conflictstats.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers as the issue and the corpus write them, and texts that are not one number. */
final class NumberTextTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "75 | 75",
      "1,200 | 1200",
      "1 200 | 1200",
      "1,953 | 1953",
      "seventy-five | 75",
      "Seventy five | 75",
      "two hundred and twelve | 212",
      "a hundred | 100",
      "a thousand and one | 1001",
      "nine thousand nine hundred and ninety-nine | 9999",
      "двадцять п'ять | 25",
      "двадцять п’ять | 25",
      "чотириста двадцять | 420",
      "сорока двох | 42",
      "дев'яти | 9",
      "трьома | 3",
      "чотирма | 4",
      "п'ятьох | 5",
      "семеро | 7",
      "троє | 3",
      "тисяча | 1000",
      "дві тисячі триста | 2300",
      "113-ма | 113",
      "42-х | 42",
      "53-ма | 53",
      "5-ти | 5",
      "zero | 0",
      "нуль | 0"})
  void readsTheNumber(String text, long value) {
    assertEquals(OptionalLong.of(value), NumberText.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"80th", "9.05am", "1.5", "11:26", "Kh-101", "two three",
      "hundred", "thousand", "тисячі", "and", "a", "one hundred twelve thousand thousand",
      "двоє п'ять", "", "   ", "drones", "80-та", "1,20", "12,3456"})
  void readsNoNumber(String text) {
    assertEquals(OptionalLong.empty(), NumberText.parse(text), text);
  }
}
