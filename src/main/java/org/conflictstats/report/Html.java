package org.conflictstats.report;

import org.conflictstats.internal.Numbers;

/** Builds HTML text: escaped text and attributes, and a few helpers for tables. */
final class Html {

  private final StringBuilder out = new StringBuilder(1 << 16);

  /** Appends markup as is: only for the page's own tags, never for data. */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Appends text, escaped. */
  Html text(String text) {
    out.append(escape(text));
    return this;
  }

  /** Appends {@code <tag>text</tag>}, the text escaped. */
  Html element(String tag, String text) {
    return raw("<" + tag + ">").text(text).raw("</" + tag + ">");
  }

  /**
   * Appends a table row of cells, the first as the row's header cell when {@code headed}
   * ({@code scope="row"}, so that a screen reader names the row with it; review rv45e).
   */
  Html row(boolean headed, String... cells) {
    raw("<tr>");
    for (int i = 0; i < cells.length; i++) {
      boolean head = headed && i == 0;
      raw(head ? "<th scope=\"row\">" : "<td>").text(cells[i]).raw(head ? "</th>" : "</td>");
    }
    return raw("</tr>\n");
  }

  /**
   * Opens a table with its caption, which names it for a screen reader's list of tables (review
   * rv49b: no table had one), up to its {@code <thead>}; {@code columns} (a {@code <colgroup>}, the
   * page's own markup) comes after the caption, as HTML orders them.
   */
  Html table(String cssClass, String caption, String columns) {
    return raw(cssClass.isEmpty() ? "<table>" : "<table class=\"" + cssClass + "\">")
        .element("caption", caption).raw(columns + "<thead>");
  }

  /** Opens a plain table with its caption, up to its {@code <thead>}. */
  Html table(String caption) {
    return table("", caption, "");
  }

  /** Appends a header row. */
  Html headerRow(String... cells) {
    raw("<tr>");
    for (String c : cells) {
      raw("<th scope=\"col\">").text(c).raw("</th>");
    }
    return raw("</tr>\n");
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&':
          b.append("&amp;");
          break;
        case '<':
          b.append("&lt;");
          break;
        case '>':
          b.append("&gt;");
          break;
        case '"':
          b.append("&quot;");
          break;
        case '\'':
          b.append("&#39;");
          break;
        default:
          // control characters other than tab and line breaks are not allowed in HTML text:
          // shown as U+FFFD, as the charts show them
          b.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c < 0xa0
              ? '\ufffd' : c);
      }
    }
    return b.toString();
  }

  /** {@code n} with thousands separators, then the noun for it: "1 report", "3,378 rows". */
  static String counted(long n, String noun) {
    return Numbers.counted(n, noun);
  }

  /** {@code n} with thousands separators, as every output writes it: "3,378". */
  static String number(long n) {
    return Numbers.grouped(n);
  }

  static String percent(double proportion) {
    return Numbers.percent(proportion);
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
