package org.conflictstats.report;

/** The page's style sheet, inline. */
final class Style {

  static final String CSS = String.join("\n",
      ":root { color-scheme: light; }",
      "body { font: 15px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans',"
          + " sans-serif; color: #1b1f24; background: #fff; margin: 0; }",
      "header, main, footer { max-width: 1060px; margin: 0 auto; padding: 0 24px; }",
      "header { border-bottom: 1px solid #d0d7de; }",
      "h1 { font-size: 26px; margin: 20px 0 8px; }",
      "h2 { font-size: 20px; margin: 28px 0 10px; border-bottom: 1px solid #eaeef2;"
          + " padding-bottom: 4px; }",
      "h3 { font-size: 16px; margin: 18px 0 6px; }",
      "nav ul { list-style: none; padding: 0; margin: 0 0 12px; display: flex; flex-wrap: wrap;"
          + " gap: 4px 16px; }",
      "nav a { color: #0969da; text-decoration: none; }",
      "table { border-collapse: collapse; margin: 8px 0 16px; font-size: 13.5px; }",
      "caption { caption-side: top; text-align: left; color: #57606a; font-size: 12.5px;"
          + " padding: 0 0 4px; }",
      "th, td { border-bottom: 1px solid #eaeef2; padding: 3px 10px; text-align: right;"
          + " vertical-align: top; }",
      "th:first-child, td:first-child, td.text, th.text { text-align: left; }",
      "thead th { border-bottom: 2px solid #d0d7de; }",
      "td.message { text-align: left; }",
      "table.findings { table-layout: fixed; width: 100%; }",
      "table.findings th { text-align: left; }",
      "table.findings td { overflow-wrap: anywhere; }",
      ".figures { display: flex; flex-wrap: wrap; gap: 12px; margin: 10px 0; }",
      ".figure { border: 1px solid #d0d7de; border-radius: 6px; padding: 8px 14px;"
          + " min-width: 150px; }",
      ".figure b { display: block; font-size: 22px; }",
      ".warning { background: #fff8c5; border: 1px solid #d4a72c; border-radius: 6px;"
          + " padding: 8px 12px; }",
      ".note { color: #57606a; font-size: 13.5px; }",
      "svg { max-width: 100%; height: auto; display: block; margin: 8px 0 18px; }",
      "footer { color: #57606a; font-size: 13px; border-top: 1px solid #d0d7de;"
          + " margin-top: 32px; }",
      "code { font-size: 13px; background: #f6f8fa; padding: 1px 4px; border-radius: 4px; }",
      // on a narrow screen a wide table scrolls by itself, not the page (review rv45e)
      "@media (max-width: 720px) { header, main, footer { padding: 0 12px; }"
          + " table:not(.findings) { display: block; max-width: 100%; overflow-x: auto; } }",
      "");

  private Style() {}
}
