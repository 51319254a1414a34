package org.conflictstats.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The parse that leaves duplicate keys to the tree, and falls back to the strict parse on any
 * failure, against the strict parse alone: for a good report, a report with a key given twice
 * (at the top, in a nested object, in an object of an array, with a broken value after it) and
 * randomly damaged text, the same tree or the same error (field, reason with its column, line).
 */
class FastParseProperties {

  private static final String GOOD = ReportJson.write(Fixtures.everything());

  @Property(tries = 1_000)
  void answersAsTheStrictParse(@ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String text = damage(GOOD, random);
    assertAgree(text);
  }

  @Test
  void duplicatesAnywhereGiveTheStrictError() {
    String[] docs = {
        "{\"a\":1,\"b\":2,\"a\":3}",
        "{\"a\":{\"x\":1,\"y\":2,\"x\":[1,2]}}",
        "{\"a\":[{\"x\":1},{\"x\":1,\"x\":2}]}",
        "{\"a\":1,\"a\":[1,}",
        "{\"a\":1,\"a\": {\"b\": ]}",
        "{\"a\" : 1 , \"a\" :   \"spaced\"}",
        GOOD.replaceFirst("\"launched\":", "\"launched\":1,\"launched\":"),
    };
    for (String doc : docs) {
      DocumentException e = assertAgree(doc);
      assertTrue(e != null, "refused: " + doc);
    }
  }

  /** Asserts both parses agree; returns the error when they both refused the text. */
  private static DocumentException assertAgree(String text) {
    JsonNode strict = null;
    DocumentException strictError = null;
    try {
      strict = JsonLinesReader.parseStrict(text);
    } catch (DocumentException e) {
      strictError = e;
    }
    try {
      JsonNode fast = JsonLinesReader.parse(text);
      assertEquals(null, strictError, () -> "the strict parse refused what the fast one read: "
          + text);
      assertEquals(strict, fast, text);
      assertEquals(strict.toString(), fast.toString(), "properties in the same order");
      return null;
    } catch (DocumentException e) {
      assertTrue(strictError != null, () -> "only the fast parse refused: " + e.getMessage());
      assertEquals(strictError.getMessage(), e.getMessage(), text);
      assertEquals(strictError.field(), e.field(), text);
      assertEquals(strictError.parserLine(), e.parserLine(), text);
      return e;
    }
  }

  /** Copies a key of the text right after itself, or cuts, inserts or changes a character. */
  private static String damage(String text, SplittableRandom random) {
    StringBuilder b = new StringBuilder(text);
    int edits = 1 + random.nextInt(3);
    for (int k = 0; k < edits && b.length() > 0; k++) {
      int at = random.nextInt(b.length());
      switch (random.nextInt(5)) {
        case 0, 1 -> { // a property given twice: repeat the "name":value pair that starts here
          int q = b.indexOf("\"", at);
          int colon = q < 0 ? -1 : b.indexOf("\":", q + 1);
          int end = colon < 0 ? -1 : nextSeparator(b, colon + 2);
          if (end > 0) {
            b.insert(end, "," + b.substring(q, end));
          }
        }
        case 2 -> b.deleteCharAt(at);
        case 3 -> b.insert(at, "{}[]\",:0 a\\".charAt(random.nextInt(11)));
        default -> b.setLength(at);
      }
    }
    return b.toString();
  }

  /** Where the scalar or container value starting at {@code from} ends (roughly: damage is fine). */
  private static int nextSeparator(StringBuilder b, int from) {
    int depth = 0;
    boolean inString = false;
    for (int i = from; i < b.length(); i++) {
      char c = b.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        if (depth == 0) {
          return i;
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
