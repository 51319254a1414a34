package org.conflictstats.chart;

/**
 * Text as an SVG document may hold it. XML 1.0 allows no control character but tab, line feed and
 * carriage return, no unpaired surrogate and neither U+FFFE nor U+FFFF, not even escaped: Batik
 * writes an escape ({@code &#27;}) that every XML parser and browser refuses, so a weapon name or a
 * title with an escape sequence made the whole chart unreadable. Each such character becomes
 * U+FFFD, the replacement character, which shows that something was there.
 *
 * <pre>{@code
 * XmlText.clean("Evil\u001b[31m");   // "Evil\uFFFD[31m"
 * XmlText.comment("a--b");           // "a- -b": "--" may not stand in a comment
 * }</pre>
 */
final class XmlText {

  private XmlText() {}

  /** The text with every character XML 1.0 does not allow replaced by U+FFFD. */
  static String clean(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c)) {
        ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (ok) {
          if (b != null) {
            b.append(c).append(s.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else {
        ok = c >= 0x20 ? !Character.isLowSurrogate(c) && c != 0xFFFE && c != 0xFFFF
            : c == '\t' || c == '\n' || c == '\r';
      }
      if (!ok && b == null) {
        b = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (b != null) {
        b.append(ok ? c : '\uFFFD');
      }
    }
    return b == null ? s : b.toString();
  }

  /** The text as an XML comment may hold it: clean, with no "--" and no "-" at the end. */
  static String comment(String s) {
    String c = clean(s);
    while (c.contains("--")) {
      c = c.replace("--", "- -");
    }
    return c.endsWith("-") ? c + " " : c;
  }
}
