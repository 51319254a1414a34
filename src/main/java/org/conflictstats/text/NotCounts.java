package org.conflictstats.text;

import java.util.Set;
import org.conflictstats.model.InputLimits;

/**
 * Marks the numbers of a sentence that count nothing before its units are read: dates, years,
 * times, percentages, amounts, the old figure or the change of a figure ("rose from 9 to 11"),
 * the exception to "all" and counts above the input limit. Each is kept in
 * the sentence's {@code notCount} with what it is, so that it is listed as such, never as a figure.
 */
final class NotCounts {

  private static final Set<String> YEAR_BEFORE = Set.of("in", "since", "of", "by", "until", "у",
      "в", "з", "до", "від", "на", "year", "рік");
  private static final Set<String> YEAR_AFTER = Set.of("року", "році", "рік", "р", "рр", "year");
  private static final Set<String> AMOUNT = Set.of("million", "billion", "trillion", "млн",
      "млрд", "мільйонів", "мільйони", "мільярдів", "dollars", "euros", "hryvnias", "гривень",
      "доларів", "євро", "kg", "km", "кг", "км", "metres", "meters", "tonnes", "tons");
  /** Before the old figure or the change: "rose from 9 to 11", "rose by 2 to 11", «зросла на 2». */
  private static final Set<String> CHANGE_FROM = Set.of("from", "з", "із", "зі", "by", "на");
  /** Why "not one" is no count: a zero the text gives, listed as not understood. */
  static final String NOT_ONE = "\"not one\": none, a zero the reader does not take";
  /** Why the number after "all but" is no count; a count the text gives, listed as not understood. */
  static final String EXCEPTION_TO_ALL = "the exception to \"all\"";
  private static final Set<String> TIME_AFTER = Set.of("am", "pm", "a.m", "p.m", "год", "годині",
      "годин", "gmt", "utc", "uk", "cet", "eet", "hrs", "h");

  private NotCounts() {}

  /** Dates ("8 May", «14 січня»), years, times ("11:26", "6.35am"): numbers that count nothing. */
  static void mark(Sentence s) {
    var toks = s.toks;
    for (int i = 0; i < toks.size(); i++) {
      Token t = toks.get(i);
      if (!t.isNumber()) {
        continue;
      }
      String prev = i > 0 ? toks.get(i - 1).text() : "";
      String next = i + 1 < toks.size() ? toks.get(i + 1).text() : "";
      boolean digits = Character.isDigit(t.text().charAt(0));
      if (Lexicon.MONTH.matcher(next).matches() && t.value() >= 1 && t.value() <= 31) {
        s.notCount[i] = "a date";
        if (i + 2 < toks.size() && isYear(toks.get(i + 2))) {
          s.notCount[i + 2] = "a date";
        }
      } else if (digits && Lexicon.MONTH.matcher(prev).matches() && t.value() >= 1
          && t.value() <= 31) {
        s.notCount[i] = "a date";
      } else if (digits && Ranges.RANGE_JOINERS.contains(prev) && i >= 2 && "a date".equals(
          s.notCount[i - 2]) && t.value() >= 1 && t.value() <= 31) {
        // "the night of April 16 to 17", "16–17": the second day of a date range
        s.notCount[i] = "a date";
      } else if (isYear(t) && (YEAR_BEFORE.contains(prev) || YEAR_AFTER.contains(next)
          || Lexicon.MONTH.matcher(prev).matches() || i > 0 && s.notCount[i - 1] != null)) {
        s.notCount[i] = "a year";
      } else if (digits && next.equals(":") && i + 2 < toks.size() && toks.get(i + 2).isNumber()
          && toks.get(i + 1).start() == t.end() && toks.get(i + 2).start() == t.end() + 1) {
        s.notCount[i] = "a time";
        s.notCount[i + 2] = "a time";
      } else if (digits && (TIME_AFTER.contains(next) || (next.equals("a") || next.equals("p"))
          && i + 3 < toks.size() && toks.get(i + 2).is(".") && toks.get(i + 3).is("m"))
          && t.value() <= 24) {
        s.notCount[i] = "a time";
      } else if (next.equals("%") || next.equals("percent") || next.startsWith("відсот")
          || next.equals("per") && i + 2 < toks.size() && toks.get(i + 2).is("cent")) {
        s.notCount[i] = "a percentage";
      } else if (AMOUNT.contains(next) || prev.equals("$") || prev.equals("€") || prev.equals("£")) {
        s.notCount[i] = "an amount";
      } else if (CHANGE_FROM.contains(prev) && i >= 2
          && Lexicon.CHANGED.contains(toks.get(i - 2).text())
          && (next.equals("to") || next.equals("до")) && i + 2 < toks.size()
          && toks.get(i + 2).isNumber()) {
        // "the toll rose from 9 to 11", "rose by 2 to 11": the figure is the second number, the
        // first is the old one or the change
        s.notCount[i] = prev.equals("by") || prev.equals("на") ? "the change of a figure"
            : "the figure before a change";
      } else if (i >= 2 && (Lexicon.EXCEPT_WORDS.contains(prev) || prev.equals("but"))
          && SentenceReader.ALL_ALONE.contains(toks.get(i - 2).text())) {
        // "all but three were shot down": three is what was not, and all is not counted here
        s.notCount[i] = EXCEPTION_TO_ALL;
      } else if (t.is("one") && (prev.equals("not") || prev.equals("single") && i >= 3
          && toks.get(i - 2).is("a") && toks.get(i - 3).is("not"))) {
        // "not a single one was shot down", "not one missile": none, never one
        s.notCount[i] = NOT_ONE;
      } else if (t.value() > InputLimits.MAX_COUNT) {
        // the one limit of every input: no count above it is read, from any format
        s.notCount[i] = "above " + InputLimits.MAX_COUNT + ", the largest count an input holds";
      }
    }
  }

  private static boolean isYear(Token t) {
    return t.isNumber() && t.text().matches("\\d{4}") && t.value() >= 1900 && t.value() <= 2100;
  }
}
