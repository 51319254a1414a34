package org.conflictstats.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * {@link CaptionLines#wrap}: lines break at spaces only (so a date is never cut at its hyphen), the
 * lines joined by spaces are the text, and every line of more than one word fits the room.
 */
class CaptionLinesProperties {

  private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
  private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

  @Property(tries = 300)
  void linesBreakAtSpacesOnlyAndFitTheRoom(
      @ForAll @Size(min = 1, max = 60) List<@AlphaChars @NumericChars @Chars({'-', '.', ','})
          @StringLength(min = 1, max = 14) String> words,
      @ForAll @IntRange(min = 60, max = 1200) int width) {
    String text = String.join(" ", words);
    String wrapped = CaptionLines.wrap(text, FONT, width);
    // only spaces became line breaks: nothing else changed
    assertEquals(text, wrapped.replace('\n', ' '));
    for (String line : wrapped.split("\n")) {
      assertTrue(!line.contains(" ")
          || FONT.getStringBounds(line, CONTEXT).getWidth() <= CaptionLines.ROOM * width,
          "'" + line + "' is wider than " + CaptionLines.ROOM * width);
    }
  }

  /**
   * {@link CaptionLines#cut}: a caption of more lines than there is room for keeps its first lines,
   * at most the room, the last ending in the ellipsis (never the ellipsis alone); what it keeps is
   * the text's start, cut at a space; a caption that fits is kept whole; no room, no caption.
   */
  @Property(tries = 300)
  void aCutCaptionKeepsItsFirstWordsAndSaysItIsCut(
      @ForAll @Size(min = 1, max = 60) List<@AlphaChars @NumericChars @Chars({'-', '.', ','})
          @StringLength(min = 1, max = 14) String> words,
      @ForAll @IntRange(min = 120, max = 1200) int width,
      @ForAll @IntRange(min = 0, max = 6) int room) {
    String text = String.join(" ", words);
    String wrapped = CaptionLines.wrap(text, FONT, width);
    String cut = CaptionLines.cut(wrapped, room, FONT, width);
    int lines = wrapped.split("\n").length;
    if (lines <= room) {
      assertEquals(wrapped, cut);
      return;
    }
    if (room == 0) {
      assertEquals("", cut);
      return;
    }
    // at most the room: a line whose first word has no room for the ellipsis beside it gives it
    // to the line before (it was kept as a line of the ellipsis alone)
    assertTrue(cut.split("\n").length <= room, cut);
    assertTrue(!cut.strip().equals("\u2026") && !cut.contains("\n\u2026"), cut);
    assertTrue(cut.endsWith("\u2026"), cut);
    String kept = cut.substring(0, cut.length() - 1).strip().replace('\n', ' ');
    // cut at a space; or, a first word too long for the ellipsis beside it, that word's start
    assertTrue(text.startsWith(kept + " ") || !kept.contains(" ") && text.startsWith(kept),
        "'" + kept + "' is not the start of '" + text + "'");
    for (String line : cut.split("\n")) {
      assertTrue(!line.contains(" ") || TextBounds.width(line, FONT) <= CaptionLines.ROOM * width,
          "'" + line + "' is wider than " + CaptionLines.ROOM * width);
    }
  }

  /**
   * {@link CaptionLines#cut} of a caption with paths in it, in any width: no line drawn is the
   * ellipsis alone (a cut that ended in a piece of a path too long for the ellipsis beside it drew
   * one); the lines drawn are the caption's first lines, the last one's start before the ellipsis,
   * which fits the room; at most the room's lines.
   */
  @Property(tries = 500)
  void aCutCaptionNeverEndsWithALoneEllipsis(
      @ForAll @Size(min = 1, max = 30) List<@AlphaChars @NumericChars @Chars({'-', '.', '/', '_'})
          @StringLength(min = 1, max = 40) String> words,
      @ForAll @IntRange(min = 20, max = 400) int width,
      @ForAll @IntRange(min = 1, max = 6) int room) {
    String wrapped = CaptionLines.wrap(String.join(" ", words), FONT, width);
    String cut = CaptionLines.cut(wrapped, room, FONT, width);
    String[] all = wrapped.split("\n", -1);
    if (all.length <= room) {
      assertEquals(wrapped, cut);
      return;
    }
    Statistics.label("cut").collect(cut.isEmpty() ? "nothing fits" : "cut");
    if (cut.isEmpty()) {
      return;
    }
    String[] drawn = cut.split("\n", -1);
    assertTrue(drawn.length <= room, cut);
    for (String line : drawn) {
      assertTrue(!line.strip().equals(CaptionLines.MORE.strip()), "a lone ellipsis in\n" + cut);
    }
    String last = drawn[drawn.length - 1];
    assertTrue(last.endsWith(CaptionLines.MORE), cut);
    assertTrue(TextBounds.width(last, FONT) <= CaptionLines.ROOM * width,
        "'" + last + "' is wider than " + CaptionLines.ROOM * width);
    for (int i = 0; i < drawn.length - 1; i++) {
      assertEquals(all[i], drawn[i], cut);
    }
    String start = last.substring(0, last.length() - CaptionLines.MORE.length());
    assertTrue(!start.isEmpty() && all[drawn.length - 1].startsWith(start),
        "'" + start + "' does not start '" + all[drawn.length - 1] + "'");
  }

  @Test
  void aCutThatEndsInAPieceOfAPathGivesTheEllipsisToTheLineBefore() {
    String text = "Source: /srv/data/air-force/releases/2026-02/missile_attacks_daily-2026-02.csv";
    for (int width = 60; width <= 400; width += 3) {
      String wrapped = CaptionLines.wrap(text, FONT, width);
      for (int room = 1; room < wrapped.split("\n").length; room++) {
        String cut = CaptionLines.cut(wrapped, room, FONT, width);
        for (String line : cut.split("\n")) {
          assertTrue(!line.strip().equals("\u2026"), width + " " + room + ":\n" + cut);
        }
      }
    }
  }

  @Test
  void aDateOfTheFilterStaysWholeAndTheTextsOwnBreaksStay() {
    String caption = "Filter: report dates 2025-09-20 to 2025-10-10. Warning: posts cover the same"
        + " windows.\nSecond paragraph";
    for (int width = 60; width <= 600; width += 7) {
      String wrapped = CaptionLines.wrap(caption, FONT, width);
      assertTrue(wrapped.contains("2025-09-20") && wrapped.contains("2025-10-10."), wrapped);
      assertTrue(wrapped.contains("\nSecond"), wrapped);
    }
    // a wide drawing keeps the first paragraph on one line
    assertEquals(caption, CaptionLines.wrap(caption, FONT, 5000));
  }

  /**
   * A word too long for a line (a file's path) breaks after its slashes, and only there: the
   * lines joined again (a break after a slash is no space) are the text, and each line fits
   * unless it is a part with no slash left to break at; a word with no slash is left whole.
   */
  @Test
  void aPathTooLongForALineBreaksAfterItsSlashesOnly() {
    String text = "Source: /srv/data/air-force/releases/2026-02/missile_attacks_daily-2026-02.csv"
        + " (1,906 reports). Sources counted: national.";
    for (int width = 60; width <= 900; width += 13) {
      String wrapped = CaptionLines.wrap(text, FONT, width);
      StringBuilder joined = new StringBuilder();
      String[] lines = wrapped.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        joined.append(lines[i]);
        if (i < lines.length - 1 && !lines[i].endsWith("/")) {
          joined.append(' ');
        }
      }
      assertEquals(text, joined.toString(), wrapped);
      for (String line : lines) {
        assertTrue(TextBounds.width(line, FONT) <= CaptionLines.ROOM * width
            || !line.contains(" ") && line.indexOf('/') == line.length() - 1
            || !line.contains(" ") && !line.contains("/"), "'" + line + "' at " + width);
      }
    }
    assertEquals(List.of("/", "srv/", "data/", "file.csv"), CaptionLines.pathParts(
        "/srv/data/file.csv"));
    assertEquals(List.of("a/", "b/"), CaptionLines.pathParts("a/b/"));
    assertEquals(List.of("Shahed-136"), CaptionLines.pathParts("Shahed-136"));
    // a weapon's name with a slash that fits its line stays whole
    assertEquals("Shahed-136/131 Kh-101/Kh-555", CaptionLines.wrap("Shahed-136/131 Kh-101/Kh-555",
        FONT, 1000));
  }

  /**
   * {@link CaptionLines#fitted}: a text that fits is kept whole; else its start, the ellipsis and
   * its end (none of it when one character alone is left), within the room unless only the first
   * character is kept, never a surrogate pair cut (review rv49d: a leading pair left nothing).
   */
  @Property(tries = 300)
  void aFittedLabelIsItsStartAndEndWithinTheRoom(
      @ForAll @Size(min = 1, max = 120) List<@IntRange(min = 0x20, max = 0x1FAFF) Integer> points,
      @ForAll @IntRange(min = 1, max = 1200) int room) {
    // letters, combining accents and pairs beyond the first plane (review rv49e: the default
    // strings held none), the surrogates' own range left out
    String text = points.stream().filter(p -> p < 0xD800 || p > 0xDFFF)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
    org.junit.jupiter.api.Assumptions.assumeFalse(text.isEmpty());
    String fitted = CaptionLines.fitted(text, FONT, room);
    if (fitted.equals(text)) {
      // it fits, or its first character (as a reader sees it: a space and an accent on it are one)
      // and the ellipsis would be no narrower
      java.text.BreakIterator first = java.text.BreakIterator.getCharacterInstance(
          java.util.Locale.ROOT);
      first.setText(text);
      first.first();
      assertTrue(TextBounds.width(text, FONT) <= room || TextBounds.width(text.substring(0,
          first.next()) + CaptionLines.MORE, FONT) >= TextBounds.width(text, FONT)
          || text.codePointCount(0, text.length()) <= 2, text);
      return;
    }
    assertTrue(TextBounds.width(text, FONT) > room, fitted);
    int at = fitted.indexOf(CaptionLines.MORE);
    assertTrue(at >= 0, fitted);
    String start = fitted.substring(0, at);
    String end = fitted.substring(at + CaptionLines.MORE.length()).stripLeading();
    assertTrue(start.codePointCount(0, start.length()) >= 1 && text.startsWith(start),
        "'" + start + "' of '" + text + "'");
    assertTrue(text.endsWith(end), "'" + end + "' of '" + text + "'");
    assertTrue(!Character.isHighSurrogate(start.charAt(start.length() - 1))
        && (end.isEmpty() || !Character.isLowSurrogate(end.charAt(0))), fitted);
    java.text.BreakIterator chars = java.text.BreakIterator.getCharacterInstance(
        java.util.Locale.ROOT);
    chars.setText(start);
    chars.first();
    boolean oneCharacter = chars.next() == start.length();
    assertTrue(oneCharacter && end.isEmpty() || TextBounds.width(fitted, FONT) <= room, fitted);
  }

  /** Names alike but for their ends stay apart when cut (review rv49d). */
  @Test
  void namesAlikeButForTheirEndsStayApart() {
    String stem = "Very-long-weapon-name-".repeat(8);
    String a = CaptionLines.fitted(stem + "Alpha", FONT, 300);
    String b = CaptionLines.fitted(stem + "Beta", FONT, 300);
    assertTrue(a.endsWith("Alpha") && b.endsWith("Beta"), a + " / " + b);
    assertTrue(TextBounds.width(a, FONT) <= 300, a);
    assertEquals("\uD835\uDC00 \u2026", CaptionLines.fitted("\uD835\uDC00bcdefghijkl", FONT, 1));
    // a letter and its accent stay together, at the start and at the end (review rv49e)
    String accents = "e\u0301".repeat(40);
    String cut = CaptionLines.fitted(accents, FONT, 120);
    assertTrue(cut.startsWith("e\u0301") && cut.endsWith("e\u0301"), cut);
    String head = cut.substring(0, cut.indexOf(CaptionLines.MORE));
    String tail = cut.substring(cut.indexOf(CaptionLines.MORE) + CaptionLines.MORE.length() + 1);
    assertTrue(head.endsWith("e\u0301") && tail.startsWith("e\u0301"), cut);
    assertEquals("ab", CaptionLines.fitted("ab", FONT, 1), "wider cut: the text whole");
  }
}
