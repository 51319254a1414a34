package org.conflictstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -o FILE} ending in {@code .csv} or {@code .json} writes that format when {@code --format}
 * is not given, as {@code chart} takes SVG or PNG from the name: a table saved as
 * {@code rates.csv} was fixed-width text that a spreadsheet reads as one column. An explicit
 * {@code --format} wins; any other name keeps the table. Each command's file is what the same
 * command writes to standard output with that format.
 */
final class OutputFormatFromNameTest {

  @TempDir
  Path dir;

  private String written(String name, String... args) throws Exception {
    Path out = dir.resolve(name);
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "-o";
    all[args.length + 1] = out.toString();
    CliRun r = CliRun.of(all);
    // validate exits 1 when a report has an error, as the sample's do
    assertEquals(args[0].equals("validate") ? 1 : 0, r.exit(), r::toString);
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private static String printed(String... args) {
    return CliRun.of(args).out();
  }

  @Test
  void theNameOfTheFileChoosesCsvOrJsonWhenNoFormatIsGiven() throws Exception {
    for (String command : new String[] {"rates", "attacks", "validate"}) {
      assertEquals(printed(command, "--format", "csv"), written("a.csv", command), command);
      assertEquals(printed(command, "--format", "json"), written("a.JSON", command), command);
      assertEquals(printed(command), written("a.txt", command), command);
      assertEquals(printed(command), written("a", command), command);
      // an explicit format wins over the name
      assertEquals(printed(command, "--format", "table"),
          written("b.csv", command, "--format", "table"), command);
    }
    assertTrue(written("r.csv", "rates").startsWith("month,"), "a CSV header");
  }
}
