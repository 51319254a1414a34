package org.conflictstats.text;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The small grammar of numbers written in words, English and Ukrainian (every case form of the
 * Ukrainian cardinals), and of digits with Ukrainian case endings ({@code 113-ма}, {@code 42-х}).
 * Words are given lower case, with apostrophes as {@code '}.
 */
final class NumberWords {

  /** What a word contributes to a number. */
  enum Role { ZERO, UNIT, TEEN, TEN, HUNDREDS, HUNDRED_WORD, THOUSAND_WORD, AND, A, COLLECTIVE }

  /** A word's role and value. */
  record Atom(Role role, long value) {}

  private static final Map<String, Atom> WORDS = build();

  /**
   * Bare forms of «тисяча» that mean one thousand; «тисячі» alone reads as "thousands" and is not
   * taken for a number.
   */
  private static final ImmutableSet<String> BARE_THOUSAND = ImmutableSet.of("тисяча", "тисячу",
      "тисячею");

  /** Case endings of Ukrainian cardinals after digits; ordinal endings (-й, -го, -та) are not. */
  private static final Pattern DIGITS_WITH_ENDING =
      Pattern.compile("(\\d{1,7})-(ма|ми|ти|х|ох|ьох|м|ом|ьом|ьма|ьома|и)");
  private static final Pattern PLAIN = Pattern.compile("\\d{1,3}(,\\d{3})+|\\d+");

  private NumberWords() {}

  /**
   * Returns the atom of a word, or {@code null} when the word plays no part in numbers.
   *
   * @param word a lower-case word with {@code '} apostrophes
   */
  static Atom atom(String word) {
    return WORDS.get(word);
  }

  /** Whether the word can be part of a number (English words split at hyphens first). */
  static boolean isNumberWord(String word) {
    if (WORDS.containsKey(word)) {
      return true;
    }
    int dash = word.indexOf('-');
    if (dash > 0) {
      for (String part : word.split("-", -1)) {
        Atom a = WORDS.get(part);
        if (a == null || (a.role() != Role.TEN && a.role() != Role.UNIT)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * Reads digits: {@code 75}, {@code 1,200}, {@code 113-ма}.
   *
   * @param token the token, lower case
   * @return the value, or empty when the token is not digits in one of these forms
   */
  static OptionalLong digits(String token) {
    if (PLAIN.matcher(token).matches()) {
      return parseLong(token.replace(",", ""));
    }
    var m = DIGITS_WITH_ENDING.matcher(token);
    if (m.matches()) {
      return parseLong(m.group(1));
    }
    return OptionalLong.empty();
  }

  private static OptionalLong parseLong(String digits) {
    if (digits.length() > 15) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Long.parseLong(digits));
  }

  /**
   * Reads a number written in words, every word consumed: {@code [seventy, five]},
   * {@code [two, hundred, and, twelve]}, {@code [двадцять, п'ять]}, {@code [двох, тисяч]}.
   * English compounds such as {@code seventy-five} may come as one word.
   *
   * @param words lower-case words
   * @return the value, or empty when the words are not one number
   */
  static OptionalLong parse(List<String> words) {
    List<Atom> atoms = new ArrayList<>();
    for (String w : words) {
      Atom a = WORDS.get(w);
      if (a != null) {
        atoms.add(a);
        continue;
      }
      if (w.indexOf('-') <= 0 || !isNumberWord(w)) {
        return OptionalLong.empty();
      }
      String[] parts = w.split("-");
      if (parts.length != 2 || WORDS.get(parts[0]).role() != Role.TEN
          || WORDS.get(parts[1]).role() != Role.UNIT) {
        return OptionalLong.empty();
      }
      atoms.add(WORDS.get(parts[0]));
      atoms.add(WORDS.get(parts[1]));
    }
    if (atoms.size() == 1 && atoms.get(0).role() == Role.THOUSAND_WORD) {
      return words.size() == 1 && BARE_THOUSAND.contains(words.get(0))
          ? OptionalLong.of(1000) : OptionalLong.empty();
    }
    return new Reader(atoms).number();
  }

  /** Recursive descent over atoms; every atom must be consumed. */
  private static final class Reader {
    private final List<Atom> atoms;
    private int at;

    Reader(List<Atom> atoms) {
      this.atoms = atoms;
    }

    OptionalLong number() {
      if (atoms.isEmpty()) {
        return OptionalLong.empty();
      }
      if (atoms.size() == 1 && (atoms.get(0).role() == Role.ZERO
          || atoms.get(0).role() == Role.COLLECTIVE)) {
        return OptionalLong.of(atoms.get(0).value());
      }
      long total = 0;
      boolean any = false;
      // thousands: "two thousand", "a thousand", «дві тисячі», «тисяча»
      int mark = at;
      long thousands = -1;
      if (peek(Role.A) && peekAt(1, Role.THOUSAND_WORD)) {
        at += 2;
        thousands = 1;
      } else if (peek(Role.THOUSAND_WORD)) {
        at += 1;
        thousands = 1;
      } else {
        long t = belowThousand(false);
        if (t > 0 && peek(Role.THOUSAND_WORD)) {
          at++;
          thousands = t;
        } else {
          at = mark;
        }
      }
      if (thousands > 0) {
        total = thousands * 1000;
        any = true;
        if (peek(Role.AND) && at + 1 < atoms.size()) {
          at++;
        }
      }
      if (at < atoms.size()) {
        long rest = belowThousand(any);
        if (rest <= 0) {
          return OptionalLong.empty();
        }
        total += rest;
        any = true;
      }
      return any && at == atoms.size() ? OptionalLong.of(total) : OptionalLong.empty();
    }

    /** 1..999, or -1; an "and" may follow hundreds (English). */
    private long belowThousand(boolean afterThousand) {
      long value = 0;
      boolean hundreds = false;
      if (peek(Role.HUNDREDS)) {
        value = atoms.get(at++).value();
        hundreds = true;
      } else if ((peek(Role.UNIT) || peek(Role.A)) && peekAt(1, Role.HUNDRED_WORD)) {
        value = (peek(Role.A) ? 1 : atoms.get(at).value()) * 100;
        at += 2;
        hundreds = true;
      }
      if (hundreds && peek(Role.AND) && at + 1 < atoms.size()) {
        at++;
        long tens = tens();
        return tens > 0 ? value + tens : -1;
      }
      long tens = tens();
      if (tens > 0) {
        return value + tens;
      }
      return hundreds ? value : -1;
    }

    /** 1..99, or -1. */
    private long tens() {
      if (peek(Role.TEN)) {
        long v = atoms.get(at++).value();
        if (peek(Role.UNIT)) {
          v += atoms.get(at++).value();
        }
        return v;
      }
      if (peek(Role.TEEN) || peek(Role.UNIT)) {
        return atoms.get(at++).value();
      }
      return -1;
    }

    private boolean peek(Role role) {
      return peekAt(0, role);
    }

    private boolean peekAt(int ahead, Role role) {
      return at + ahead < atoms.size() && atoms.get(at + ahead).role() == role;
    }
  }

  private static Map<String, Atom> build() {
    Map<String, Atom> m = new HashMap<>();
    // English
    String[] units = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
    for (int i = 0; i < units.length; i++) {
      m.put(units[i], new Atom(Role.UNIT, i + 1));
    }
    String[] teens = {"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen"};
    for (int i = 0; i < teens.length; i++) {
      m.put(teens[i], new Atom(Role.TEEN, 10 + i));
    }
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < tens.length; i++) {
      m.put(tens[i], new Atom(Role.TEN, 20 + 10L * i));
    }
    m.put("zero", new Atom(Role.ZERO, 0));
    m.put("hundred", new Atom(Role.HUNDRED_WORD, 100));
    m.put("thousand", new Atom(Role.THOUSAND_WORD, 1000));
    m.put("and", new Atom(Role.AND, 0));
    m.put("a", new Atom(Role.A, 1));
    // Ukrainian: every case form of the cardinals
    ImmutableMap<Long, String> unitForms = ImmutableMap.<Long, String>builder()
        .put(1L, "один одна одне одно одного одної однієї одному одній одним одною однією одні "
            + "одних одними одну")
        .put(2L, "два дві двох двом двома")
        .put(3L, "три трьох трьом трьома")
        .put(4L, "чотири чотирьох чотирьом чотирма чотирьома")
        .put(5L, "п'ять п'яти п'ятьох п'ятьом п'ятьма п'ятьома")
        .put(6L, "шість шести шістьох шістьом шістьма шістьома")
        .put(7L, "сім семи сімох сімом сьома сімома")
        .put(8L, "вісім восьми вісьмох вісьмом вісьма вісьмома восьма")
        .put(9L, "дев'ять дев'яти дев'ятьох дев'ятьом дев'ятьма дев'ятьома")
        .build();
    unitForms.forEach((v, forms) -> put(m, forms, Role.UNIT, v));
    put(m, "нуль нуля нулю нулем", Role.ZERO, 0);
    String[] softTeens = {"десять", "одинадцять", "дванадцять", "тринадцять", "чотирнадцять",
        "п'ятнадцять", "шістнадцять", "сімнадцять", "вісімнадцять", "дев'ятнадцять"};
    for (int i = 0; i < softTeens.length; i++) {
      putSoft(m, softTeens[i], Role.TEEN, 10 + i);
    }
    putSoft(m, "двадцять", Role.TEN, 20);
    putSoft(m, "тридцять", Role.TEN, 30);
    put(m, "сорок сорока", Role.TEN, 40);
    String[] hardTens = {"п'ятдесят", "шістдесят", "сімдесят", "вісімдесят"};
    for (int i = 0; i < hardTens.length; i++) {
      String w = hardTens[i];
      put(m, w + " " + w + "и " + w + "ьох " + w + "ьом " + w + "ьма " + w + "ьома", Role.TEN,
          50 + 10L * i);
    }
    put(m, "дев'яносто дев'яноста", Role.TEN, 90);
    put(m, "сто ста", Role.HUNDREDS, 100);
    put(m, "двісті двохсот двомстам двомастами двохстах", Role.HUNDREDS, 200);
    put(m, "триста трьохсот трьомстам трьомастами трьохстах", Role.HUNDREDS, 300);
    put(m, "чотириста чотирьохсот чотирьомстам чотирмастами чотирьохстах", Role.HUNDREDS, 400);
    put(m, "п'ятсот п'ятисот п'ятистам п'ятьмастами п'ятистах", Role.HUNDREDS, 500);
    put(m, "шістсот шестисот шестистам шістьмастами шестистах", Role.HUNDREDS, 600);
    put(m, "сімсот семисот семистам сьомастами семистах", Role.HUNDREDS, 700);
    put(m, "вісімсот восьмисот восьмистам вісьмастами восьмистах", Role.HUNDREDS, 800);
    put(m, "дев'ятсот дев'ятисот дев'ятистам дев'ятьмастами дев'ятистах", Role.HUNDREDS, 900);
    put(m, "тисяча тисячі тисяч тисячу тисячею тисячам тисячами тисячах", Role.THOUSAND_WORD,
        1000);
    String[] collectives = {"двоє", "троє", "четверо", "п'ятеро", "шестеро", "семеро", "восьмеро",
        "дев'ятеро", "десятеро"};
    for (int i = 0; i < collectives.length; i++) {
      m.put(collectives[i], new Atom(Role.COLLECTIVE, i + 2));
    }
    return Map.copyOf(m);
  }

  /** The forms of a numeral in «-ть»: «десять, десяти, десятьох, десятьом, десятьма, десятьома». */
  private static void putSoft(Map<String, Atom> m, String nominative, Role role, long value) {
    String stem = nominative.substring(0, nominative.length() - 1);
    put(m, nominative + " " + stem + "и " + stem + "ьох " + stem + "ьом " + stem + "ьма " + stem
        + "ьома", role, value);
  }

  private static void put(Map<String, Atom> m, String forms, Role role, long value) {
    for (String f : forms.split(" ")) {
      Atom previous = m.put(f, new Atom(role, value));
      if (previous != null && !previous.equals(new Atom(role, value))) {
        throw new IllegalStateException("number word '" + f + "' given twice");
      }
    }
  }
}
