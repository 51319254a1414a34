package org.conflictstats.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class CsvCellsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "Kalibr|Kalibr",
      "``|``",
      "Kyiv, Odesa|`\"Kyiv, Odesa\"`",
      "`say \"hi\"`|`\"say \"\"hi\"\"\"`",
      "` padded`|`\" padded\"`"})
  void quotesOnlyWhatNeedsIt(String cell, String written) {
    assertEquals(written, CsvCells.quote(cell));
  }

  @ParameterizedTest
  @ValueSource(strings = {"plain", "a,b", "\"", "line\nbreak", "cr\r\nlf", " lead", "trail ",
      "{'south': 11, 'east': NaN}"})
  void theTokenizerReadsBackWhatIsWritten(String cell) throws Exception {
    String row = CsvCells.quote(cell) + "," + CsvCells.quote(cell) + "\n";
    try (CsvTokenizer tok = new CsvTokenizer(new StringReader(row))) {
      List<String> fields = tok.next() ? List.of(tok.field(0), tok.field(1)) : List.of();
      assertEquals(List.of(cell, cell), fields);
    }
  }
}
