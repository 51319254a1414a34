package org.conflictstats.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGIDGenerator;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A drawn chart as SVG text (Batik's SVG generator, with a title and a description for readers
 * and search, and element ids that may carry a prefix) or as a PNG picture ({@link ImageIO}).
 *
 * <pre>{@code
 * String svg = ChartOutput.svg(chart, 1000, 600, "Title", "Vertical axes: ...", true, "");
 * ChartOutput.png(chart, 1000, 600, out);
 * }</pre>
 */
final class ChartOutput {

  private static final String SVG_NS = "http://www.w3.org/2000/svg";

  private ChartOutput() {}

  /**
   * Draws the chart as SVG.
   *
   * @param title the chart's title, in a comment and the SVG's {@code <title>}
   * @param description the SVG's {@code <desc>}
   * @param document whether a document with its XML declaration, else an element
   * @param idPrefix the start of every element id, empty for none
   */
  static String svg(JFreeChart chart, int width, int height, String title, String description,
      boolean document, String idPrefix) {
    try {
      Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .getDOMImplementation().createDocument(SVG_NS, "svg", null);
      SVGGeneratorContext context = SVGGeneratorContext.createDefault(doc);
      context.setComment(XmlText.comment("conflict-stats: " + title));
      context.setPrecision(3);
      if (!idPrefix.isEmpty()) {
        context.setIDGenerator(new SVGIDGenerator() {
          @Override
          public String generateID(String prefix) {
            return idPrefix + super.generateID(prefix);
          }
        });
      }
      SVGGraphics2D g = new SVGGraphics2D(context, false);
      g.setSVGCanvasSize(new java.awt.Dimension(width, height));
      chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
      Element root = g.getRoot();
      if (!idPrefix.isEmpty()) {
        // Batik's one fixed id, which its generator does not make
        NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
          Element e = (Element) all.item(i);
          if (e.getAttribute("id").equals("genericDefs")) {
            e.setAttribute("id", idPrefix + "genericDefs");
          }
        }
      }
      root.setAttributeNS(null, "viewBox", "0 0 " + width + " " + height);
      root.setAttributeNS(null, "role", "img");
      // for readers and search: the title, and what the vertical axes (drawn as shapes, since
      // JFreeChart draws rotated text as outlines) and the bands are
      Element desc = doc.createElementNS(SVG_NS, "desc");
      desc.setTextContent(description);
      root.insertBefore(desc, root.getFirstChild());
      Element name = doc.createElementNS(SVG_NS, "title");
      name.setTextContent(title);
      root.insertBefore(name, root.getFirstChild());
      Transformer t = TransformerFactory.newInstance().newTransformer();
      t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, document ? "no" : "yes");
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      StringWriter out = new StringWriter();
      t.transform(new DOMSource(root), new StreamResult(out));
      return out.toString() + "\n";
    } catch (ParserConfigurationException | TransformerException e) {
      throw new IllegalStateException("cannot make SVG: " + e.getMessage(), e);
    }
  }

  /**
   * Sets how a picture is drawn: smooth lines and text, and text laid out with fractional metrics,
   * as an SVG viewer lays it out (whole-pixel advances, hinted, made a line of text up to a pixel a
   * character wider than {@link TextBounds} leaves room for).
   *
   * @param g the graphics to draw with
   */
  static void hints(Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
        RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS,
        RenderingHints.VALUE_FRACTIONALMETRICS_ON);
  }

  /**
   * Draws the chart as a PNG picture on white.
   *
   * @param out where to write; not closed
   * @throws UncheckedIOException if writing fails
   */
  static void png(JFreeChart chart, int width, int height, OutputStream out) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      hints(g);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
    } finally {
      g.dispose();
    }
    try {
      ImageIO.write(image, "png", out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
