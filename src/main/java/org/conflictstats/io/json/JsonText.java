package org.conflictstats.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Writes the text of the data (names, notes, places, keys of a line's maps) so that any Java
 * string, even one with a lone UTF-16 surrogate, is written as valid JSON and reads back to the
 * same string, through any generator: {@link ReportJson}'s own and the one of a user's
 * {@code ObjectMapper} ({@link ConflictStatsModule}), whose settings (escaped slashes, a quote
 * character, escaped non-ASCII) are left as they are.
 *
 * <p>A string without a lone surrogate, nearly every one (a pair, an emoji, is no lone
 * surrogate), goes to the generator as it is, under the caller's settings. One with a lone
 * surrogate (text that is not Unicode, which only a program makes) is escaped here, every
 * surrogate as {@code \}{@code uXXXX}, and given to the generator already quoted: a generator
 * writing to a {@code Writer} passes a lone surrogate through unescaped (the text then does not
 * encode), and a generator-wide {@code CharacterEscapes} would replace the caller's escapes for
 * the rest of the document. Such a string alone does not follow the caller's escaping of slashes
 * and non-ASCII characters; what it writes is valid JSON and reads back the same.
 */
final class JsonText {

  private JsonText() {}

  /** Writes a string value. */
  static void value(JsonGenerator g, String s) throws IOException {
    if (hasLoneSurrogate(s)) {
      g.writeString(new Escaped(s));
    } else {
      g.writeString(s);
    }
  }

  /** Writes a property name that comes from the data (or is one of ours). */
  static void name(JsonGenerator g, String s) throws IOException {
    if (hasLoneSurrogate(s)) {
      g.writeFieldName(new Escaped(s));
    } else {
      g.writeFieldName(s);
    }
  }

  /** Writes a property of one of our names whose value is a string from the data. */
  static void field(JsonGenerator g, String name, String value) throws IOException {
    g.writeFieldName(name);
    value(g, value);
  }

  /** Whether a surrogate of the string is not half of a pair. */
  static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++; // a pair
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A string escaped for JSON by this class: a surrogate, a control character, the quotation marks
   * {@code "} and {@code '} (whichever the generator quotes with) and the backslash as escapes,
   * every other character as itself.
   */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || c == '\'' || Character.isSurrogate(c)) {
        b.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** A string whose quoted form ({@link #escape}) is made once and given as chars or UTF-8. */
  private static final class Escaped implements SerializableString {
    private final String value;
    private final char[] quoted;
    private final byte[] quotedUtf8;

    Escaped(String value) {
      this.value = value;
      String e = escape(value); // no surrogate left: it encodes to UTF-8 without loss
      this.quoted = e.toCharArray();
      this.quotedUtf8 = e.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String getValue() {
      return value;
    }

    @Override
    public int charLength() {
      return value.length();
    }

    @Override
    public char[] asQuotedChars() {
      return quoted.clone();
    }

    @Override
    public byte[] asUnquotedUTF8() {
      // the raw text has lone surrogates, which UTF-8 cannot hold: the generators ask for the
      // quoted forms only; this one is for completeness and replaces them as the JDK does
      return value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] asQuotedUTF8() {
      return quotedUtf8.clone();
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
      return copy(quotedUtf8, buffer, offset);
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
      if (offset + quoted.length > buffer.length) {
        return -1;
      }
      System.arraycopy(quoted, 0, buffer, offset, quoted.length);
      return quoted.length;
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
      return copy(asUnquotedUTF8(), buffer, offset);
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
      if (offset + value.length() > buffer.length) {
        return -1;
      }
      value.getChars(0, value.length(), buffer, offset);
      return value.length();
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) throws IOException {
      out.write(quotedUtf8);
      return quotedUtf8.length;
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
      byte[] b = asUnquotedUTF8();
      out.write(b);
      return b.length;
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) {
      return put(quotedUtf8, buffer);
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) {
      return put(asUnquotedUTF8(), buffer);
    }

    private static int copy(byte[] from, byte[] buffer, int offset) {
      if (offset + from.length > buffer.length) {
        return -1;
      }
      System.arraycopy(from, 0, buffer, offset, from.length);
      return from.length;
    }

    private static int put(byte[] from, ByteBuffer buffer) {
      if (from.length > buffer.remaining()) {
        return -1;
      }
      buffer.put(from);
      return from.length;
    }

    @Override
    public String toString() {
      return value;
    }
  }
}
