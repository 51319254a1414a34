package org.conflictstats.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
  void theScannerReadsBackWhatIsWritten(String cell) throws Exception {
    String row = CsvCells.quote(cell) + "," + CsvCells.quote(cell) + "\n";
    RecordScanner s = new RecordScanner(ByteSource.of(new ByteArrayInputStream(
        row.getBytes(StandardCharsets.UTF_8))), 0, 1);
    List<String> fields = s.next() ? List.of(text(s, 0), text(s, 1)) : List.of();
    assertEquals(List.of(cell, cell), fields);
  }

  private static String text(RecordScanner s, int cell) {
    return new String(s.cellBytes(cell), StandardCharsets.UTF_8);
  }
}
