package org.conflictstats.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The line splitter against a plain oracle ({@code String.split}), for character and UTF-8 byte
 * input, with lines long enough to cross buffer boundaries and limits small enough to be hit.
 */
final class LineSourceProperties {

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> line = Arbitraries.strings().withChars('a', 'b', 'é', 'ї', '\r', ' ')
        .ofMaxLength(300);
    Arbitrary<String> longLine = Arbitraries.strings().withChars('x', 'ї').ofMinLength(8000)
        .ofMaxLength(70_000);
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, line), net.jqwik.api.Tuple.of(1, longLine))
        .list().ofMaxSize(12)
        .flatMap(lines -> Arbitraries.of(true, false)
            .map(finalNewline -> String.join("\n", lines) + (finalNewline ? "\n" : "")));
  }

  /** What the splitter must give: lines split at line feeds, one carriage return dropped. */
  private static List<String> expected(String text) {
    List<String> out = new ArrayList<>();
    if (text.isEmpty()) {
      return out;
    }
    String[] parts = text.split("\n", -1);
    int n = text.endsWith("\n") ? parts.length - 1 : parts.length;
    for (int i = 0; i < n; i++) {
      String p = parts[i];
      out.add(p.endsWith("\r") ? p.substring(0, p.length() - 1) : p);
    }
    return out;
  }

  private static List<LineSource.Line> all(LineSource source) throws IOException {
    List<LineSource.Line> out = new ArrayList<>();
    for (LineSource.Line l = source.next(); l != null; l = source.next()) {
      out.add(l);
    }
    return out;
  }

  @Property(tries = 150)
  void charactersSplitLikeTheOracle(@ForAll("texts") String text,
      @ForAll @IntRange(min = 1, max = 40_000) int limit) throws IOException {
    List<LineSource.Line> lines = all(LineSource.of(new StringReader(text), limit, 100));
    List<String> expected = expected(text);
    assertEquals(expected.size(), lines.size());
    for (int i = 0; i < expected.size(); i++) {
      String want = expected.get(i);
      LineSource.Line got = lines.get(i);
      assertEquals(i + 1, got.number());
      assertEquals(want.length() > limit, got.tooLong(), "line " + (i + 1));
      assertEquals(got.tooLong() ? want.substring(0, Math.min(100, want.length())) : want,
          got.text());
    }
  }

  @Property(tries = 150)
  void utf8BytesSplitLikeTheOracle(@ForAll("texts") String text,
      @ForAll @IntRange(min = 1, max = 40_000) int limit) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    List<LineSource.Line> lines = all(LineSource.utf8(new ByteArrayInputStream(bytes), limit,
        100));
    List<String> expected = expected(text);
    assertEquals(expected.size(), lines.size());
    for (int i = 0; i < expected.size(); i++) {
      String want = expected.get(i);
      LineSource.Line got = lines.get(i);
      boolean tooLong = want.getBytes(StandardCharsets.UTF_8).length > limit;
      assertEquals(tooLong, got.tooLong(), "line " + (i + 1));
      assertEquals("", got.encodingError());
      if (!tooLong) {
        assertEquals(want, got.text());
      }
    }
  }

  @Property(tries = 50)
  void aByteOrderMarkIsDroppedOnlyAtTheStart(@ForAll("texts") String text) throws IOException {
    String withMark = "\uFEFF" + text + "\n\uFEFF";
    List<LineSource.Line> chars = all(LineSource.of(new StringReader(withMark), 1 << 20, 100));
    List<LineSource.Line> bytes = all(LineSource.utf8(
        new ByteArrayInputStream(withMark.getBytes(StandardCharsets.UTF_8)), 1 << 20, 100));
    List<String> expected = expected(text + "\n\uFEFF");
    assertEquals(expected, chars.stream().map(LineSource.Line::text).toList());
    assertEquals(expected, bytes.stream().map(LineSource.Line::text).toList());
  }
}
