package org.conflictstats.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.conflictstats.io.RejectedRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzz tests of the Python-literal cells: any bytes parse as one literal or throw
 * {@link PyLiteral.SyntaxException}, and every node's text can be read; put into a dict or list
 * column of an otherwise good row, they make the row accepted or rejected naming that column (or, for
 * bytes that are not UTF-8, the row), never anything else, and every reader path agrees.
 *
 * <p>An input is a column selector byte ({@code 0} {@code border_crossing}, {@code 1}
 * {@code affected region}, {@code 2} {@code destroyed_types}, {@code 3} {@code destroyed_details},
 * {@code 4} {@code launched_details}, {@code 5} {@code launch_place_details}), then the cell's text.
 */
final class PyLiteralFuzzTest {

  static final List<String> COLUMNS = List.of("border_crossing", "affected region",
      "destroyed_types", "destroyed_details", "launched_details", "launch_place_details");

  private static Path dir;

  @BeforeAll
  static void makeDir() throws IOException {
    dir = Files.createTempDirectory("conflict-stats-fuzz");
  }

  @AfterAll
  static void removeDir() throws IOException {
    Files.deleteIfExists(dir.resolve("cell.csv"));
    Files.deleteIfExists(dir);
  }

  @FuzzTest(maxDuration = "5m")
  void anyLiteralParsesOrFailsCleanly(byte[] input) {
    PyLiteral p = new PyLiteral();
    try {
      p.parse(input, 0, input.length);
    } catch (PyLiteral.SyntaxException e) {
      assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
      return;
    }
    assertTrue(p.size() >= 1);
    for (int node = 0; node < p.size(); node++) {
      assertTrue(p.next(node) > node && p.next(node) <= p.size(), "node " + node);
      assertTrue(p.start(node) <= p.end(node));
      p.text(node);
    }
  }

  @FuzzTest(maxDuration = "5m")
  void aCellIsAcceptedOrRejectedNamingItsColumn(byte[] input) throws IOException {
    if (input.length == 0) {
      return;
    }
    String column = COLUMNS.get(Math.floorMod(input[0] - '0', COLUMNS.size()));
    byte[] cell = Arrays.copyOfRange(input, 1, input.length);
    Path f = dir.resolve("cell.csv");
    Files.write(f, row(column, cell));
    InOrderOracle read = InOrderOracle.assertSameOnEveryPath(AirForceCsv.reader(), f, 1, 16);
    assertEquals(null, read.failure());
    assertEquals(1, read.counts().rowsRead());
    assertEquals(read.counts().rowsRead(),
        read.counts().rowsAccepted() + read.counts().rowsRejected());
    for (RejectedRow r : read.rejected()) {
      assertEquals(2, r.line());
      Optional<String> field = r.field();
      assertTrue(field.isEmpty() || field.get().equals(column), r.toString());
    }
  }

  /** A late-2026 file of one good row whose {@code column} holds {@code cell}, quoted. */
  static byte[] row(String column, byte[] cell) {
    List<String> header = AirForceCsv.LAYOUT_LATE_2026;
    List<String> cells = new ArrayList<>(List.of("2026-09-01 18:00", "2026-09-01 23:00",
        "X-101/X-555", "Caspian Sea", "Ukraine", "", "", "30.0", "28.0", "", "", "", "", "",
        "{}", "Tu-95MS", "", "", "", "", "", "kpszsu/posts/synthetic-8"));
    int at = header.indexOf(column);
    StringBuilder before = new StringBuilder(String.join(",", header)).append('\n');
    for (int i = 0; i < at; i++) {
      before.append(CsvCells.quote(cells.get(i))).append(',');
    }
    StringBuilder after = new StringBuilder();
    for (int i = at + 1; i < cells.size(); i++) {
      after.append(',').append(CsvCells.quote(cells.get(i)));
    }
    after.append('\n');
    byte[] head = (before + "\"").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] tail = ("\"" + after).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.writeBytes(head);
    for (byte b : cell) {
      if (b == '"') {
        out.write('"');
      }
      out.write(b);
    }
    out.writeBytes(tail);
    return out.toByteArray();
  }
}
