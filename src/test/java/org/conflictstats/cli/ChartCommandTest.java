package org.conflictstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code conflict-stats chart}, in-process, on the embedded sample. */
final class ChartCommandTest {

  @TempDir
  Path dir;

  private static org.w3c.dom.Document parse(Path svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f.newDocumentBuilder().parse(svg.toFile());
  }

  @Test
  void svgByDefaultWithTheSourceAndScopeInTheCaption() throws Exception {
    Path out = dir.resolve("rates.svg");
    CliRun r = CliRun.of("chart", "--sources", "national", "-o", out.toString());
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.err().contains("wrote " + out), r::toString);
    org.w3c.dom.Document doc = parse(out);
    assertEquals("svg", doc.getDocumentElement().getLocalName());
    String text = doc.getDocumentElement().getTextContent();
    assertTrue(text.contains("Source: embedded sample"), text);
    assertTrue(text.contains("Sources counted: national"), text);
    assertTrue(text.contains("Neutralisation rate, per month"), text);
    // the first and last month the sample's national reports cover in part, as the table says
    String table = CliRun.of("rates", "--sources", "national").out().replace('\n', ' ');
    int at = table.indexOf("Reports cover in part: ");
    assertTrue(at >= 0, table);
    String note = table.substring(at, table.indexOf(").", at) + 2);
    assertTrue(doc.getDocumentElement().getElementsByTagName("desc").item(0).getTextContent()
        .contains(note), note);
  }

  /**
   * A week the filter's dates cut is named in the caption with the days that pass, as the table
   * names it, so that a short bar is not read as a quiet week; without the cut, no such remark.
   */
  @Test
  void theCaptionNamesThePeriodsTheFiltersDatesCut() throws Exception {
    Path out = dir.resolve("weeks.svg");
    List<String> options = List.of("--by", "week", "--from", "2025-04-16", "--to", "2025-10");
    List<String> chart = new java.util.ArrayList<>(List.of("chart", "-o", out.toString()));
    chart.addAll(options);
    CliRun r = CliRun.of(chart.toArray(String[]::new));
    assertEquals(0, r.exit(), r::toString);
    List<String> rates = new java.util.ArrayList<>(List.of("rates"));
    rates.addAll(options);
    String table = CliRun.of(rates.toArray(String[]::new)).out().replace('\n', ' ');
    int at = table.indexOf("Partial period, cut by the filter's dates: ");
    assertTrue(at >= 0, table);
    String note = table.substring(at, table.indexOf(").", at) + 2);
    assertTrue(note.contains("2025-W16 (2025-04-16 to 2025-04-20)"), note);
    String desc = parse(out).getDocumentElement().getElementsByTagName("desc").item(0)
        .getTextContent();
    assertTrue(desc.contains(note), desc);
    Path whole = dir.resolve("whole.svg");
    assertEquals(0, CliRun.of("chart", "-o", whole.toString(), "--by", "week", "--from",
        "2025-04-14", "--to", "2025-10").exit());
    assertFalse(parse(whole).getDocumentElement().getTextContent().contains("Partial period"));
  }

  /** --size: the PNG's pixels; a malformed or out-of-range size is one line and exit 2. */
  @Test
  void sizeSetsThePixelsAndBadSizesAreUsageErrors() throws Exception {
    Path out = dir.resolve("wide.png");
    CliRun r = CliRun.of("chart", "--size", "1600x900", "-o", out.toString());
    assertEquals(0, r.exit(), r::toString);
    BufferedImage image = ImageIO.read(out.toFile());
    assertEquals(1600, image.getWidth());
    assertEquals(900, image.getHeight());
    Path svg = dir.resolve("small.svg");
    assertEquals(0, CliRun.of("chart", "--size", "200x150", "-o", svg.toString()).exit());
    org.w3c.dom.Element root = parse(svg).getDocumentElement();
    assertEquals("200", root.getAttribute("width"), root::toString);
    assertEquals("150", root.getAttribute("height"), root::toString);
    for (String bad : List.of("199x150", "200x149", "4001x600", "1000x4001", "1000", "x600",
        "1000x", "-1000x600", "1e3x600", "99999999999x600")) {
      Path none = dir.resolve("none.svg");
      CliRun b = CliRun.of("chart", "--size", bad, "-o", none.toString());
      assertEquals(2, b.exit(), bad + ": " + b);
      assertEquals(1, b.errLines().size(), bad + ": " + b);
      assertTrue(b.err().contains("--size") && b.err().contains("'" + bad + "'"), b::toString);
      assertFalse(java.nio.file.Files.exists(none), bad);
      // a side too large is said so, however many digits it has (review rv45e)
      if (bad.startsWith("4001") || bad.contains("x4001") || bad.startsWith("999")) {
        assertTrue(b.err().contains("at most 4000 pixels on either side"), b::toString);
      }
    }
  }

  /** The caption's counts are written as every other message of the tool writes them. */
  @Test
  void theCaptionsCountsAreGroupedAndTheirNounsAgree() throws Exception {
    StringBuilder csv = new StringBuilder(
        "time_start,time_end,model,launch_place,target,carrier,launched,destroyed,source\n");
    java.time.LocalDate day = java.time.LocalDate.of(2022, 1, 1);
    for (int i = 0; i < 1_200; i++) {
      csv.append(day.plusDays(i)).append(" 20:00,").append(day.plusDays(i + 1))
          .append(" 08:00,Shahed-136/131,,Ukraine,,10,5,kpszsu/posts/synthetic-").append(i)
          .append('\n');
    }
    Path many = dir.resolve("many.csv");
    java.nio.file.Files.writeString(many, csv);
    Path out = dir.resolve("many.svg");
    CliRun r = CliRun.of("chart", "-o", out.toString(), many.toString());
    assertEquals(0, r.exit(), r::toString);
    String text = parse(out).getDocumentElement().getTextContent();
    assertTrue(text.contains("many.csv (1,200 reports)"), text);
    Path one = dir.resolve("one.csv");
    java.nio.file.Files.writeString(one, csv.substring(0, csv.indexOf("\n", csv.indexOf("\n")
        + 1) + 1));
    Path oneOut = dir.resolve("one.svg");
    assertEquals(0, CliRun.of("chart", "-o", oneOut.toString(), one.toString()).exit());
    String oneText = parse(oneOut).getDocumentElement().getTextContent();
    assertTrue(oneText.contains("one.csv (1 report)"), oneText);
  }

  @Test
  void pngWhenTheFileEndsInPng() throws Exception {
    Path out = dir.resolve("rates.png");
    CliRun r = CliRun.of("chart", "--by", "week", "--split", "family", "--rate", "kinetic",
        "--ci", "clopper-pearson", "-o", out.toString());
    assertEquals(0, r.exit(), r::toString);
    BufferedImage image = ImageIO.read(out.toFile());
    assertEquals(1000, image.getWidth());
    assertEquals(600, image.getHeight());
  }

  /**
   * The chart and the HTML report draw the clustered interval (their default) or one of the counts:
   * the bootstrap, which needs every report's figures, is a usage error (it was an internal error,
   * exit 70, and so was the clustered interval).
   */
  @Test
  void aSplitOfMoreThanTwelveGroupsWarnsOfTheGroupsLeftOut() throws Exception {
    List<String> names = List.of("Shahed-136/131", "Gerbera", "Kalibr", "Iskander-M",
        "Iskander-K", "X-101/X-555", "X-22", "X-59", "X-47 Kinzhal", "C-300", "Lancet",
        "Orlan-10", "Molniya", "KAB");
    StringBuilder csv = new StringBuilder(
        "time_start,time_end,model,launch_place,target,carrier,launched,destroyed,source\n");
    for (int i = 0; i < names.size(); i++) {
      // one report a day, weapon i launched 10 + i
      csv.append(String.format(java.util.Locale.ROOT,
          "2025-06-%02d 20:00,2025-06-%02d 08:00,%s,,Ukraine,,%d,5,kpszsu/posts/synthetic-%d%n",
          i + 1, i + 2, names.get(i), 10 + i, i));
    }
    Path in = Files.writeString(dir.resolve("fourteen.csv"), csv);
    Path out = dir.resolve("split.svg");
    CliRun r = CliRun.of("chart", "--split", "weapon", "-o", out.toString(), in.toString());
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.err().contains("conflict-stats: warning: --split weapon gives 14 groups: the"
        + " chart draws the 12 with the most weapons launched on rated lines and leaves out 2"
        + " (Gerbera, Shahed-136/131)"), r::toString);
    String svg = Files.readString(out);
    assertTrue(svg.contains("the other 2 (21 weapons launched on rated lines)"), svg);
    CliRun twelve = CliRun.of("chart", "--split", "family", "-o",
        dir.resolve("family.svg").toString(), in.toString());
    assertFalse(twelve.err().contains("--split"), twelve::toString);
  }

  /**
   * A split chart too small for its legend names its groups in the SVG's description and warns
   * (review rv49b: at 300x200 the groups were named nowhere); at a size with room, neither.
   */
  @Test
  void aSplitChartWithoutRoomForItsLegendNamesItsGroupsAndWarns() throws Exception {
    Path small = dir.resolve("small.svg");
    CliRun r = CliRun.of("chart", "--split", "family", "--size", "300x200", "-o",
        small.toString());
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.err().contains("conflict-stats: warning: at 300x200 the chart has no room for"
        + " its legend, which names the groups: left out (the SVG names them in its"
        + " description); a larger --size draws it"), r::toString);
    CliRun png = CliRun.of("chart", "--split", "family", "--size", "300x200", "-o",
        dir.resolve("small.png").toString());
    assertEquals(0, png.exit(), png::toString);
    assertTrue(png.err().contains("left out (a PNG does not name them); a larger --size draws it"),
        png::toString);
    String desc = parse(small).getDocumentElement().getElementsByTagName("desc").item(0)
        .getTextContent();
    assertTrue(desc.contains("The legend, left out for room: drones, "), desc);
    Path roomy = dir.resolve("roomy.svg");
    CliRun big = CliRun.of("chart", "--split", "family", "-o", roomy.toString());
    assertEquals(0, big.exit(), big::toString);
    assertFalse(big.err().contains("legend"), big::toString);
    assertFalse(Files.readString(roomy).contains("left out for room"));
  }

  /**
   * Two group names alike but for their ends, each wider than the legend, are drawn cut in their
   * middles, apart, and the command says so, by output type (review rv49d).
   */
  @Test
  void groupNamesWiderThanTheLegendAreCutApartAndSaid() throws Exception {
    String stem = "Very-long-weapon-name-".repeat(8);
    StringBuilder csv = new StringBuilder("time_start,time_end,model,launched,destroyed,source\n");
    for (int d = 1; d <= 20; d++) {
      for (String end : List.of("Alpha", "Beta")) {
        csv.append(String.format(java.util.Locale.ROOT,
            "2025-06-%02d 20:00,2025-06-%02d 23:00,%s,30,20,kpszsu/posts/s%d%n", d, d,
            stem + end, d));
      }
    }
    Path in = Files.writeString(dir.resolve("long.csv"), csv);
    Path svg = dir.resolve("long.svg");
    CliRun r = CliRun.of("chart", "--split", "weapon", "-o", svg.toString(), in.toString());
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.err().contains("warning: at 1000x600 a group's name is wider than the legend: cut"
        + " in its middle (the SVG names them in its description in full); a wider --size draws"
        + " more of it"), r::toString);
    String text = Files.readString(svg);
    assertTrue(text.contains("The legend&apos;s names in full: ") || text.contains(
        "The legend's names in full: "), "named in full");
    assertTrue(text.contains(stem + "Alpha") && text.contains(stem + "Beta"), "both in full");
    Path pngFile = dir.resolve("long.png");
    CliRun png = CliRun.of("chart", "--split", "weapon", "-o", pngFile.toString(), in.toString());
    assertEquals(0, png.exit(), png::toString);
    assertTrue(Files.size(pngFile) > 0, "the PNG is written");
    assertTrue(png.err().contains("cut in its middle (a PNG does not name them in full); a wider"
        + " --size draws more of it"), png::toString);
    // at the widest size, names wider still: cut, and no advice to take a wider size
    Path longer = Files.writeString(dir.resolve("longer.csv"), csv.toString().replace(stem,
        stem.repeat(5)));
    CliRun widest = CliRun.of("chart", "--split", "weapon", "--size", "4000x600", "-o",
        dir.resolve("widest.svg").toString(), longer.toString());
    assertEquals(0, widest.exit(), widest::toString);
    assertTrue(widest.err().contains("cut in its middle (the SVG names them in its description"
        + " in full)\n") || widest.err().contains("cut in its middle (the SVG names them in its"
        + " description in full)\r\n"), widest::toString);
    assertFalse(widest.err().contains("a wider --size"), widest::toString);
    CliRun plain = CliRun.of("chart", "--split", "family", "-o", dir.resolve("f.svg").toString());
    assertFalse(plain.err().contains("cut in its middle"), plain::toString);
  }

  @Test
  void theBootstrapIsRefusedByTheChartAndTheReport() {
    for (String command : List.of("chart", "report")) {
      CliRun cluster = CliRun.of(command, "--ci", "Cluster", "-o",
          dir.resolve("cluster" + extension(command)).toString());
      assertEquals(0, cluster.exit(), cluster::toString);
      for (String method : List.of("bootstrap", "BOOTSTRAP")) {
        CliRun r = CliRun.of(command, "--ci", method, "-o",
            dir.resolve("out" + extension(command)).toString());
        assertEquals(2, r.exit(), r::toString);
        assertEquals(List.of("conflict-stats: Invalid value for option '--ci': interval '" + method
            + "' is not offered here: expected cluster, wilson, clopper-pearson or jeffreys"
            + " ('rates' and 'summary' give the bootstrap interval) (see 'conflict-stats "
            + command + " --help')"), r.err().lines().toList(), r::toString);
      }
    }
  }

  /**
   * The report is an HTML page: an output named for another format is refused before anything is
   * read, nothing written (review rv45e: -o r.png wrote HTML into it); .html, .HTM and no
   * extension are taken.
   */
  @Test
  void theReportRefusesAnOutputNamedForAnotherFormat() {
    for (String name : List.of("r.png", "r.pdf", "r.svg")) {
      Path out = dir.resolve(name);
      CliRun r = CliRun.of("report", "-o", out.toString());
      assertEquals(2, r.exit(), r::toString);
      assertEquals(List.of("conflict-stats: -o " + out + ": the report is an HTML page: name it"
          + " .html or .htm (or give no extension)"), r.errLines(), r::toString);
      assertFalse(java.nio.file.Files.exists(out));
    }
    for (String name : List.of("r.html", "r.HTM", "report")) {
      CliRun r = CliRun.of("report", "-o", dir.resolve(name).toString());
      assertEquals(0, r.exit(), r::toString);
    }
  }

  /**
   * Reports in scope but no period with a rate to draw: exit 2, "nothing to chart", nothing
   * written (review rv45e: exit 0 with blank plots), as with no report at all.
   */
  @Test
  void aScopeWithReportsButNoRateToDrawIsNothingToChart() {
    Path out = dir.resolve("none.svg");
    CliRun r = CliRun.of("chart", "--min-launched", "10000000", "-o", out.toString());
    assertEquals(2, r.exit(), r::toString);
    assertEquals("conflict-stats: nothing to chart: no period in scope has a rate over at least"
        + " 10000000 weapons launched on lines with an exact launched count (--min-launched)",
        r.errLines().get(r.errLines().size() - 1), r::toString);
    assertFalse(java.nio.file.Files.exists(out));
    CliRun none = CliRun.of("chart", "--from", "2030-01-01", "-o", out.toString());
    assertEquals(2, none.exit(), none::toString);
    assertTrue(none.err().contains("nothing to chart: no report in the chosen scope"),
        none::toString);
    // one period over the minimum: drawn
    assertEquals(0, CliRun.of("chart", "-o", out.toString()).exit());
  }

  /**
   * A chart that cannot be written is one line and exit 2, a PNG too (its write failure was an
   * internal error, exit 70). That a failed write leaves the file that was there as it was (it left
   * a truncated chart) is OutputWholeOrNotTest's, for the byte writer the chart now uses.
   */
  @Test
  void aChartThatCannotBeWrittenIsOneLineAndLeavesNoPartialFile() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(Path.of("/dev/full")),
        "no /dev/full here: skipping");
    for (String name : List.of("full.png", "full.svg")) {
      Path link = Files.createSymbolicLink(dir.resolve(name), Path.of("/dev/full"));
      CliRun r = CliRun.of("chart", "-o", link.toString());
      assertEquals(2, r.exit(), r::toString);
      List<String> errors = r.err().lines().filter(l -> l.contains("cannot write")).toList();
      assertEquals(1, errors.size(), r::toString);
      assertFalse(r.err().contains("internal error"), r::toString);
    }
    // a chart that fails before writing leaves a file that was there alone
    Path before = dir.resolve("before.svg");
    Files.writeString(before, "before");
    CliRun bad = CliRun.of("chart", "--from", "1990-01", "--to", "1990-01", "-o", before.toString());
    assertEquals(2, bad.exit(), bad::toString);
    assertEquals("before", Files.readString(before));
    try (var listing = Files.list(dir)) {
      assertEquals(List.of(), listing.filter(p -> p.toString().endsWith(".part")).toList());
    }
  }

  @Test
  void anEmptyOrOverlongTitleIsRefusedBeforeAnyInputIsRead() {
    for (String command : List.of("chart", "report")) {
      for (String title : List.of("", "  ", "x".repeat(201))) {
        CliRun r = CliRun.of(command, "--title", title, "no-such-file.csv");
        assertEquals(2, r.exit(), r::toString);
        // one line, about the title: the missing input was not looked at
        assertEquals(1, r.err().lines().count(), r::toString);
        assertTrue(r.err().startsWith("conflict-stats: --title: "), r::toString);
      }
      CliRun ok = CliRun.of(command, "--title", "x".repeat(200), "-o",
          dir.resolve("t" + extension(command)).toString());
      assertEquals(0, ok.exit(), ok::toString);
    }
  }

  /**
   * The regimes' boundaries are an option of every command a kinetic rate or a grouping by regime
   * reaches (DOMAIN.md §4c: configurable, and named in any output they affect), not of rates alone.
   */
  @Test
  void summaryChartAndReportTakeTheRegimes() throws Exception {
    String csv = CliTest.AIR_FORCE_HEADER
        + "2025-07-29 20:00,2025-07-30 08:00,Shahed-136/131,,Ukraine,,100,60,kpszsu/p/1\n"
        + "2025-08-01 20:00,2025-08-02 08:00,Shahed-136/131,,Ukraine,,120,100,kpszsu/p/2\n";
    String in = Files.writeString(dir.resolve("across.csv"), csv).toString();
    CliRun standard = CliRun.of("summary", in);
    CliRun none = CliRun.of("summary", "--regimes", "none", in);
    assertEquals(0, none.exit(), none::toString);
    assertTrue(standard.out().contains("mixes reporting regimes"), standard::toString);
    assertFalse(none.out().contains("mixes reporting regimes"), none::toString);

    Path chart = dir.resolve("regime.svg");
    CliRun byRegime = CliRun.of("chart", "--split", "regime", "--regimes", "2025-07-31",
        "--min-launched", "1", "-o", chart.toString(), in);
    assertEquals(0, byRegime.exit(), byRegime::toString);
    String svg = Files.readString(chart);
    assertTrue(svg.contains("to 2025-07-30") && svg.contains("from 2025-07-31"), svg);

    for (String regimes : List.of("none", "2024-07,2025-08")) {
      Path page = dir.resolve("page.html");
      CliRun report = CliRun.of("report", "--rate", "kinetic", "--regimes", regimes, "-o",
          page.toString(), in);
      assertEquals(0, report.exit(), report::toString);
      String html = Files.readString(page);
      assertEquals(!regimes.equals("none"), html.contains("mixes reporting regimes"), regimes);
      // the page names the boundaries it uses, whatever they are
      assertTrue(html.contains("This page&#39;s boundaries: " + (regimes.equals("none")
          ? "none (--regimes none)." : "2024-07-01, 2025-08-01.")), html);
    }
  }

  @Test
  void withoutOutputTheSvgGoesToStandardOutput() {
    CliRun r = CliRun.of("chart", "--by", "quarter", "--split", "category");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().startsWith("<?xml"), r::toString);
    assertTrue(r.out().contains("long-range attack drone"), "a category in the legend");
  }

  @Test
  void badChoicesAreOneLineAndExit2() {
    for (String[] args : new String[][] {
        {"chart", "--by", "weapon"}, {"chart", "--split", "month"}, {"chart", "--ci", "none"},
        {"chart", "--min-launched", "0"}, {"chart", "-o", "/no/such/dir/x.svg"}}) {
      CliRun r = CliRun.of(args);
      assertEquals(ExitCode.USAGE, r.exit(), r::toString);
      assertFalse(r.err().contains("Exception"), r::toString);
      assertTrue(r.errLines().stream().filter(l -> l.startsWith("conflict-stats: ")
          && !l.contains("rows read") && !l.contains("embedded sample") && !l.contains("left out")
          && !l.contains("warning")).count() == 1, r::toString);
    }
  }

  /** The extension of a command's output file: chart refuses any but .svg and .png. */
  private static String extension(String command) {
    return command.equals("chart") ? ".svg" : ".html";
  }
}
