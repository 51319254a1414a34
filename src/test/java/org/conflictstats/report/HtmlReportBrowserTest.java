package org.conflictstats.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.conflictstats.io.ImportResult;
import org.conflictstats.io.csv.AirForceCsv;
import org.conflictstats.model.SourceScope;
import org.conflictstats.stats.DateRange;
import org.conflictstats.stats.ReportFilter;
import org.conflictstats.testing.RealData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report rendered by headless Chromium (the Debian package {@code chromium}; another
 * binary with {@code -Dconflictstats.chromium=PATH}). Chromium runs with a fresh profile, no
 * network services, and {@code --enable-logging=stderr --v=0}, under which it writes every message
 * of the page's console (a resource blocked or not found, a script error) to standard error as a
 * {@code :CONSOLE} line. The test renders a control page that loads an image first, to show that
 * such a line appears, then the report: its screenshot must not be blank and its console must stay
 * silent. A filtered page is rendered too, and its DOM, as Chromium parsed it ({@code --dump-dom}),
 * read for the filter's notes and the charts. Without Chromium the test is skipped, saying so.
 */
final class HtmlReportBrowserTest {

  @TempDir
  Path dir;

  /** Chromium's result: exit code, standard error, and the screenshot if one was written. */
  private record Run(int exit, String stderr, Path screenshot) {
    List<String> console() {
      return stderr.lines().filter(l -> l.contains(":CONSOLE")).collect(Collectors.toList());
    }
  }

  @Test
  void theReportRendersWithoutAnErrorAndIsNotBlank() throws Exception {
    String chromium = chromium();
    assertTheControlPageLogsToTheConsole(chromium);
    assertRendersWithItsCharts(chromium, data(), "report");
  }

  /**
   * A filtered page (October 2025's drones on the real 2026 file when present, else the fixture's
   * drones) renders as the whole one does: no console message, not blank, the charts' bars drawn;
   * and the DOM Chromium parsed holds the filter's note in the notes list, the rates section's
   * note of what the filter left out, and both charts, in the page's order of sections.
   */
  @Test
  void aFilteredReportRendersItsFilterAndItsCharts() throws Exception {
    String chromium = chromium();
    assertTheControlPageLogsToTheConsole(chromium);
    Optional<Path> real = RealData.fileIfPresent("air-force/missile_attacks_daily-2026-02.csv");
    ReportFilter drones = ReportFilter.all().withFamilies(List.of("drones"));
    ReportData data = real.isPresent()
        ? ReportData.of(AirForceCsv.reader().read(real.get()), ReportSettings.standard()
            .withFilter(drones.withDates(DateRange.parse("2025-10"))))
        : ReportData.of(AirForceCsv.reader().read(new StringReader(HtmlReportTest.FIXTURE),
            "night.csv"), HtmlReportTest.WILSON.withFilter(drones));
    ReportFilter filter = data.settings().filter();
    Path page = assertRendersWithItsCharts(chromium, data, "filtered");

    String dom = dom(chromium, page);
    List<String> ids = new ArrayList<>();
    Matcher section = Pattern.compile("<section id=\"([a-z-]+)\">").matcher(dom);
    while (section.find()) {
      ids.add(section.group(1));
    }
    assertEquals(List.of("summary", "charts", "rates", "findings", "overlap", "missingness",
        "notes"), ids, "the sections Chromium parsed");
    String notes = dom.substring(dom.indexOf("<section id=\"notes\">"));
    assertTrue(notes.contains("<li>" + domText("Filter: " + filter + ". ")),
        "the filter's note: " + notes);
    String rates = dom.substring(dom.indexOf("<section id=\"rates\">"),
        dom.indexOf("<section id=\"findings\">"));
    assertTrue(rates.contains("<p class=\"note\">"), "the rates' filter note: " + rates);
    String charts = dom.substring(dom.indexOf("<section id=\"charts\">"),
        dom.indexOf("<section id=\"rates\">"));
    assertEquals(2, charts.split("<svg", -1).length - 1, "two charts parsed: " + charts);
    assertTrue(charts.contains(domText("Filter: " + filter + ".")),
        "the charts' caption names the filter");
  }

  /**
   * On a screen 480 pixels wide the page does not scroll sideways: a wide table scrolls by itself
   * (four tables of the real file's page did push the page to 777 pixels; review rv45e). The page's
   * widths are read by a script added to a copy of it without its content security policy, which
   * writes them into the DOM that Chromium dumps.
   */
  @Test
  void onANarrowScreenThePageDoesNotScrollSideways() throws Exception {
    String chromium = chromium();
    String html = HtmlReport.of(data()).toHtml();
    String policy = "<meta http-equiv=\"Content-Security-Policy\"";
    int at = html.indexOf(policy);
    assertTrue(at >= 0, "the page's policy");
    String measured = html.substring(0, at) + html.substring(html.indexOf('>', at) + 1);
    measured = measured.replace("</body>", "<script>var d = document.documentElement, wide = [];"
        + " document.querySelectorAll('main *').forEach(function (e) {"
        + " var inside = e.parentElement.closest('table, svg');"
        + " if (!inside && e.getBoundingClientRect().right > d.clientWidth + 1) {"
        + " wide.push(e.tagName); } });"
        + " document.body.setAttribute('data-widths', d.scrollWidth + ' ' + d.clientWidth + ' '"
        + " + wide.length);</script></body>");
    Path page = dir.resolve("narrow.html");
    Files.writeString(page, measured, StandardCharsets.UTF_8);
    String dom = dom(chromium, page, 480);
    Matcher widths = Pattern.compile("data-widths=\"(\\d+) (\\d+) (\\d+)\"").matcher(dom);
    assertTrue(widths.find(), "the script wrote no widths: " + firstLines(dom));
    int scroll = Integer.parseInt(widths.group(1));
    int client = Integer.parseInt(widths.group(2));
    assertTrue(client < 600, "the window is narrow: " + client);
    assertTrue(scroll <= client, "the page is " + scroll + " pixels wide on a screen of " + client);
    // a table's cells may reach past it (it scrolls them), nothing outside a table or chart may
    assertEquals("0", widths.group(3), "elements of main reach past the screen's edge");
  }

  /** A page that tries to load an image logs it on the console: else silence proves nothing. */
  private void assertTheControlPageLogsToTheConsole(String chromium) throws Exception {
    Path control = dir.resolve("control.html");
    Files.writeString(control, "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\""
        + HtmlReport.CONTENT_SECURITY_POLICY.replace("'", "&#39;") + "\"><title>c</title></head>"
        + "<body><img src=\"missing.png\" alt=\"x\"></body></html>", StandardCharsets.UTF_8);
    Run controlRun = render(chromium, control, "control.png", 800, 600);
    assertFalse(controlRun.console().isEmpty(), "this Chromium did not log the control page's"
        + " blocked image as a :CONSOLE line, so the report's console cannot be checked:\n"
        + controlRun.stderr());
  }

  /**
   * Renders the page of the data: exit 0, nothing on the console, a screenshot of many colours
   * and ink, the charts' bars of the launched weapons (light blue) on screen.
   *
   * @return the page's file
   */
  private Path assertRendersWithItsCharts(String chromium, ReportData data, String name)
      throws Exception {
    Path page = dir.resolve(name + ".html");
    Files.writeString(page, HtmlReport.of(data).toHtml(), StandardCharsets.UTF_8);
    Run run = render(chromium, page, name + ".png", 1100, 2400);
    assertEquals(0, run.exit(), run.stderr());
    assertEquals(List.of(), run.console(), "the page logged errors");

    BufferedImage shot = ImageIO.read(run.screenshot().toFile());
    assertEquals(1100, shot.getWidth());
    Set<Integer> colours = new HashSet<>();
    long ink = 0;
    long all = 0;
    for (int y = 0; y < shot.getHeight(); y += 3) {
      for (int x = 0; x < shot.getWidth(); x += 3) {
        int rgb = shot.getRGB(x, y) & 0xffffff;
        colours.add(rgb);
        all++;
        if (rgb != 0xffffff) {
          ink++;
        }
      }
    }
    assertTrue(colours.size() > 50, "a blank page? " + colours.size() + " colours");
    assertTrue(ink > all / 50, "a blank page? " + ink + " of " + all + " sampled pixels inked");
    // the charts' colours are on screen: the bars of the launched weapons (light blue)
    assertTrue(colours.contains(0x9ecae1), "the chart's bars are drawn");
    return page;
  }

  /** The real 2026 file when present (so the page is as large as real use), else the fixture. */
  private static ReportData data() throws Exception {
    Optional<Path> real = RealData.fileIfPresent("air-force/missile_attacks_daily-2026-02.csv");
    if (real.isEmpty()) {
      return HtmlReportTest.data(SourceScope.ALL);
    }
    ImportResult imported = AirForceCsv.reader().read(real.get());
    return ReportData.of(imported, HtmlReportTest.WILSON);
  }

  private Run render(String chromium, Path page, String png, int width, int height)
      throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(dir, "profile");
    Path shot = dir.resolve(png);
    List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-extensions", "--disable-default-apps", "--no-first-run",
        "--no-default-browser-check", "--hide-scrollbars", "--mute-audio",
        "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
        "--window-size=" + width + "," + height, "--screenshot=" + shot,
        page.toUri().toString()));
    Path err = dir.resolve(png + ".stderr");
    Process p;
    try {
      p = new ProcessBuilder(command).redirectErrorStream(false)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
    } catch (IOException e) {
      Assumptions.abort("headless Chromium could not be started (" + chromium + ": "
          + e.getMessage() + "): the HTML report was not rendered in a browser");
      throw e;
    }
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("Chromium did not finish within 120 s: " + Files.readString(err));
    }
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    Assumptions.assumeTrue(Files.isRegularFile(shot), "headless Chromium (" + chromium
        + ") ran but wrote no screenshot (exit " + p.exitValue() + "): the HTML report was not"
        + " rendered in a browser; its error output: " + firstLines(stderr));
    return new Run(p.exitValue(), stderr, shot);
  }

  /** The DOM Chromium parsed from the page ({@code --dump-dom}), serialised. */
  private String dom(String chromium, Path page) throws IOException, InterruptedException {
    return dom(chromium, page, 1100);
  }

  /** The DOM Chromium parsed from the page in a window {@code width} pixels wide. */
  private String dom(String chromium, Path page, int width)
      throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(dir, "profile");
    Path out = dir.resolve(page.getFileName() + ".dom");
    Path err = dir.resolve(page.getFileName() + ".dom.stderr");
    Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-extensions", "--disable-default-apps", "--no-first-run",
        "--no-default-browser-check", "--mute-audio", "--user-data-dir=" + profile,
        "--window-size=" + width + ",900", "--dump-dom", page.toUri().toString())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("Chromium did not finish within 120 s: " + Files.readString(err));
    }
    String dom = Files.readString(out, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
    assertTrue(dom.contains("<section id=\"summary\">"), "no DOM dumped: "
        + firstLines(Files.readString(err, StandardCharsets.UTF_8)));
    return dom;
  }

  private static String chromium() {
    String given = System.getProperty("conflictstats.chromium");
    if (given != null && !given.isBlank()) {
      return given;
    }
    for (String dirName : System.getenv().getOrDefault("PATH", "/usr/bin")
        .split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
        Path p = Path.of(dirName, name);
        if (Files.isExecutable(p)) {
          return p.toString();
        }
      }
    }
    Assumptions.abort("headless Chromium not found (no chromium on the PATH; install the Debian"
        + " package chromium, or give -Dconflictstats.chromium=PATH): the HTML report was not"
        + " rendered in a browser");
    return null;
  }

  /** Text as Chromium serialises a text node: only &amp;, &lt; and &gt; escaped. */
  private static String domText(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String firstLines(String s) {
    return s.lines().limit(5).collect(Collectors.joining(" | "));
  }
}
