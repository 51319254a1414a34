package org.conflictstats.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link CsvCells.Formulas}: with {@code AS_TEXT} no cell a spreadsheet reads starts with a formula
 * character, and what a CSV reader gets back is the cell with a {@code '} before it exactly when
 * the cell looked like a formula; with {@code AS_WRITTEN} it is the cell itself.
 */
final class FormulaCellsProperties {

  @Provide
  Arbitrary<String> cells() {
    Arbitrary<String> start = Arbitraries.of("=", "+", "-", "@", "\t", "\r", "'", "", "a", " ",
        "\"", "1");
    Arbitrary<String> rest = Arbitraries.strings().withChars("=+-@\t\r\n,\"' aZ1(){}")
        .ofMaxLength(12);
    return net.jqwik.api.Combinators.combine(start, rest).as(String::concat);
  }

  private static String readBack(String written) throws Exception {
    RecordScanner s = new RecordScanner(ByteSource.of(new ByteArrayInputStream(
        (written + "\n").getBytes(StandardCharsets.UTF_8))), 0, 1);
    s.next();
    return new String(s.cellBytes(0), StandardCharsets.UTF_8);
  }

  @Property(tries = 500)
  void asTextReadsBackWithAQuoteExactlyWhenItLookedLikeAFormula(@ForAll("cells") String cell)
      throws Exception {
    boolean formula = CsvCells.looksLikeFormula(cell);
    Statistics.label("formula").collect(formula);
    String written = CsvCells.quote(cell, CsvCells.Formulas.AS_TEXT);
    assertEquals(formula ? "'" + cell : cell, readBack(written));
    String shown = written.startsWith("\"") ? written.substring(1) : written;
    assertFalse(CsvCells.looksLikeFormula(shown), written);
    assertEquals(cell, readBack(CsvCells.quote(cell, CsvCells.Formulas.AS_WRITTEN)));
    assertEquals(CsvCells.quote(cell), CsvCells.quote(cell, CsvCells.Formulas.AS_WRITTEN));
  }

  @Example
  void theOwaspCases() {
    assertEquals("\"'=HYPERLINK(\"\"x\"\")\"",
        CsvCells.quote("=HYPERLINK(\"x\")", CsvCells.Formulas.AS_TEXT));
    assertEquals("'+1+1", CsvCells.quote("+1+1", CsvCells.Formulas.AS_TEXT));
    assertEquals("'-1", CsvCells.quote("-1", CsvCells.Formulas.AS_TEXT));
    assertEquals("'@SUM(A1)", CsvCells.quote("@SUM(A1)", CsvCells.Formulas.AS_TEXT));
    assertEquals("'\tx", CsvCells.quote("\tx", CsvCells.Formulas.AS_TEXT));
    assertEquals("\"'\r\"", CsvCells.quote("\r", CsvCells.Formulas.AS_TEXT));
    assertEquals("Kalibr", CsvCells.quote("Kalibr", CsvCells.Formulas.AS_TEXT));
    assertEquals("2025-04-17", CsvCells.quote("2025-04-17", CsvCells.Formulas.AS_TEXT));
    assertEquals("=1", CsvCells.quote("=1", CsvCells.Formulas.AS_WRITTEN));
  }
}
