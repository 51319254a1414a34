package org.conflictstats.text;

/**
 * The test oracle for numbers: writes 0 to 9,999 in English and Ukrainian words, independently of
 * the parser (its own tables, by grammatical case, built from the rules of the written language,
 * not from the parser's word list).
 */
final class Numerals {

  private Numerals() {}

  private static final String[] EN_SMALL = {"zero", "one", "two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
      "sixteen", "seventeen", "eighteen", "nineteen"};
  private static final String[] EN_TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty",
      "seventy", "eighty", "ninety"};

  /**
   * English words for {@code n}: "and" after hundreds (British) or not, tens and units joined by a
   * hyphen or a space, "a hundred"/"a thousand" or "one hundred"/"one thousand".
   */
  static String english(int n, boolean british, boolean hyphen, boolean article) {
    if (n == 0) {
      return "zero";
    }
    StringBuilder b = new StringBuilder();
    int thousands = n / 1000;
    int rest = n % 1000;
    if (thousands > 0) {
      b.append(thousands == 1 && article ? "a" : englishBelow1000(thousands, british, hyphen,
          article)).append(" thousand");
      if (rest > 0) {
        b.append(rest < 100 && british ? " and " : " ");
      }
    }
    if (rest > 0) {
      b.append(englishBelow1000(rest, british, hyphen, article && thousands == 0));
    }
    return b.toString();
  }

  private static String englishBelow1000(int n, boolean british, boolean hyphen, boolean article) {
    StringBuilder b = new StringBuilder();
    int hundreds = n / 100;
    int rest = n % 100;
    if (hundreds > 0) {
      b.append(hundreds == 1 && article ? "a" : EN_SMALL[hundreds]).append(" hundred");
      if (rest > 0) {
        b.append(british ? " and " : " ");
      }
    }
    if (rest > 0) {
      if (rest < 20) {
        b.append(EN_SMALL[rest]);
      } else {
        b.append(EN_TENS[rest / 10]);
        if (rest % 10 > 0) {
          b.append(hyphen ? "-" : " ").append(EN_SMALL[rest % 10]);
        }
      }
    }
    return b.toString();
  }

  /** The grammatical cases the Ukrainian oracle writes. */
  enum Case { NOMINATIVE, GENITIVE, INSTRUMENTAL }

  // [case][digit]
  private static final String[][] UK_UNITS = {
      {"", "один", "два", "три", "чотири", "п'ять", "шість", "сім", "вісім", "дев'ять"},
      {"", "одного", "двох", "трьох", "чотирьох", "п'яти", "шести", "семи", "восьми", "дев'яти"},
      {"", "одним", "двома", "трьома", "чотирма", "п'ятьма", "шістьма", "сьома", "вісьма",
          "дев'ятьма"}};
  // feminine forms of one and two, before «тисяча»
  private static final String[][] UK_FEMININE = {
      {"", "одна", "дві"}, {"", "однієї", "двох"}, {"", "однією", "двома"}};
  private static final String[][] UK_TEENS = {
      {"десять", "одинадцять", "дванадцять", "тринадцять", "чотирнадцять", "п'ятнадцять",
          "шістнадцять", "сімнадцять", "вісімнадцять", "дев'ятнадцять"},
      {"десяти", "одинадцяти", "дванадцяти", "тринадцяти", "чотирнадцяти", "п'ятнадцяти",
          "шістнадцяти", "сімнадцяти", "вісімнадцяти", "дев'ятнадцяти"},
      {"десятьма", "одинадцятьма", "дванадцятьма", "тринадцятьма", "чотирнадцятьма",
          "п'ятнадцятьма", "шістнадцятьма", "сімнадцятьма", "вісімнадцятьма", "дев'ятнадцятьма"}};
  private static final String[][] UK_TENS = {
      {"", "", "двадцять", "тридцять", "сорок", "п'ятдесят", "шістдесят", "сімдесят",
          "вісімдесят", "дев'яносто"},
      {"", "", "двадцяти", "тридцяти", "сорока", "п'ятдесяти", "шістдесяти", "сімдесяти",
          "вісімдесяти", "дев'яноста"},
      {"", "", "двадцятьма", "тридцятьма", "сорока", "п'ятдесятьма", "шістдесятьма",
          "сімдесятьма", "вісімдесятьма", "дев'яноста"}};
  private static final String[][] UK_HUNDREDS = {
      {"", "сто", "двісті", "триста", "чотириста", "п'ятсот", "шістсот", "сімсот", "вісімсот",
          "дев'ятсот"},
      {"", "ста", "двохсот", "трьохсот", "чотирьохсот", "п'ятисот", "шестисот", "семисот",
          "восьмисот", "дев'ятисот"},
      {"", "ста", "двомастами", "трьомастами", "чотирмастами", "п'ятьмастами", "шістьмастами",
          "сьомастами", "вісьмастами", "дев'ятьмастами"}};

  /**
   * Ukrainian words for {@code n} in a case, every part declined in that case ("двохсот двадцяти
   * п'яти", "двомастами двадцятьма п'ятьма"), with «тисяча» agreeing in number; {@code apostrophe}
   * replaces the ASCII apostrophe ('’', 'ʼ' or '\'').
   */
  static String ukrainian(int n, Case c, boolean sayOneThousand, char apostrophe) {
    int k = c.ordinal();
    String s;
    if (n == 0) {
      s = new String[] {"нуль", "нуля", "нулем"}[k];
    } else {
      StringBuilder b = new StringBuilder();
      int thousands = n / 1000;
      int rest = n % 1000;
      if (thousands > 0) {
        if (thousands > 2) {
          b.append(UK_UNITS[k][thousands]).append(' ');
        } else if (thousands == 2 || sayOneThousand) {
          b.append(UK_FEMININE[k][thousands]).append(' ');
        }
        b.append(thousandWord(thousands, c));
        if (rest > 0) {
          b.append(' ');
        }
      }
      if (rest > 0) {
        int hundreds = rest / 100;
        int r = rest % 100;
        if (hundreds > 0) {
          b.append(UK_HUNDREDS[k][hundreds]);
          if (r > 0) {
            b.append(' ');
          }
        }
        if (r >= 10 && r < 20) {
          b.append(UK_TEENS[k][r - 10]);
        } else if (r > 0) {
          if (r >= 20) {
            b.append(UK_TENS[k][r / 10]);
            if (r % 10 > 0) {
              b.append(' ');
            }
          }
          if (r % 10 > 0) {
            b.append(UK_UNITS[k][r % 10]);
          }
        }
      }
      s = b.toString();
    }
    return s.replace('\'', apostrophe);
  }

  private static String thousandWord(int count, Case c) {
    switch (c) {
      case GENITIVE:
        return count == 1 ? "тисячі" : "тисяч";
      case INSTRUMENTAL:
        return count == 1 ? "тисячею" : "тисячами";
      default:
        return count == 1 ? "тисяча" : count <= 4 ? "тисячі" : "тисяч";
    }
  }
}
