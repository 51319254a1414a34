package org.conflictstats.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * One self-contained HTML page about the inputs: the summary, charts, rates tables by month and by
 * family, validation findings by code with their first lines, overlap between sources, the
 * missingness of each field, and notes on scope and intervals. Everything is inline (CSS, SVG);
 * the page has no script and loads nothing: a Content-Security-Policy forbids it.
 *
 * <pre>{@code
 * ReportData data = ReportData.of(imported, ReportSettings.standard()
 *     .withScope(SourceScope.NATIONAL).withInterval(IntervalMethod.WILSON, 0.95));
 * try (Writer out = Files.newBufferedWriter(Path.of("report.html"))) {
 *   HtmlReport.of(data).write(out);
 * }
 * }</pre>
 *
 * <p>The charts need the optional chart dependencies (JFreeChart, Batik's SVG generator). This
 * class is immutable.
 */
public final class HtmlReport {

  /** The sections, in page order; a new section is one more entry. */
  static final List<Section> SECTIONS = List.of(new SummarySection(), new ChartsSection(),
      new RatesSection(), new FindingsSection(), new OverlapSection(), new MissingnessSection(),
      new NotesSection());

  /** What the page may load: nothing but its own inline styles and data images. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

  private final ReportData data;
  private final String title;

  private HtmlReport(ReportData data, String title) {
    this.data = data;
    this.title = title;
  }

  /**
   * Returns the report of the given inputs, titled "conflict-stats report".
   *
   * @param data the inputs, scope and rate
   * @return the report
   */
  public static HtmlReport of(ReportData data) {
    return new HtmlReport(Objects.requireNonNull(data, "data"), "conflict-stats report");
  }

  /**
   * Returns a copy with another title.
   *
   * @param newTitle the title
   * @return the copy
   */
  public HtmlReport withTitle(String newTitle) {
    return new HtmlReport(data, Objects.requireNonNull(newTitle, "newTitle"));
  }

  /**
   * Returns the page.
   *
   * @return the HTML text
   */
  public String toHtml() {
    Html h = new Html();
    h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .text(CONTENT_SECURITY_POLICY).raw("\">\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .raw("<title>").text(title).raw("</title>\n<style>\n").raw(Style.CSS).raw("</style>\n")
        .raw("</head>\n<body>\n<header>\n").element("h1", title).raw("\n<nav><ul>\n");
    for (Section s : SECTIONS) {
      h.raw("<li><a href=\"#" + s.id() + "\">").text(s.heading()).raw("</a></li>\n");
    }
    h.raw("</ul></nav>\n</header>\n<main>\n");
    for (Section s : SECTIONS) {
      h.raw("<section id=\"" + s.id() + "\">\n").element("h2", s.heading()).raw("\n");
      s.write(h, data);
      h.raw("</section>\n");
    }
    h.raw("</main>\n<footer><p>Made by conflict-stats from the inputs named above; figures are"
        + " sums of known values, rates are computed once from the sums.</p></footer>\n")
        .raw("</body>\n</html>\n");
    return h.toString();
  }

  /**
   * Writes the page.
   *
   * @param out where to write; not closed
   * @throws UncheckedIOException if writing fails
   */
  public void write(Writer out) {
    Objects.requireNonNull(out, "out");
    try {
      out.write(toHtml());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
