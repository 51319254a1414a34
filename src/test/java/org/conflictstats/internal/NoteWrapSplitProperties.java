package org.conflictstats.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * A name split into lines: every line fits the width, nothing is cut (the lines with the spaces
 * split at give the text back), and a character of two halves is never split.
 */
final class NoteWrapSplitProperties {

  @Property(tries = 500)
  void linesFitAndGiveTheTextBack(@ForAll @StringLength(max = 60) String word,
      @ForAll @StringLength(max = 20) String other, @ForAll @IntRange(min = 2, max = 12) int width) {
    String text = word + " " + other + "😀x " + word;
    List<String> lines = NoteWrap.split(text, width);
    StringBuilder joined = new StringBuilder();
    for (String l : lines) {
      assertTrue(l.length() <= width, l);
      assertFalse(!l.isEmpty() && Character.isHighSurrogate(l.charAt(l.length() - 1)),
          "a character split: " + lines);
      joined.append(l);
    }
    // only the spaces at which a line was broken are dropped
    assertEquals(text.replace(" ", ""), joined.toString().replace(" ", ""));
  }

  @Test
  void aWidthBelowTwoIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> NoteWrap.split("abc", 1));
    assertEquals(List.of(""), NoteWrap.split("", 5));
    assertEquals(List.of("x", "😀", "y", "😀"), NoteWrap.split("x😀y😀", 2));
  }
}
