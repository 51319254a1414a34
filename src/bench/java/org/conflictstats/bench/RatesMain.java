package org.conflictstats.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.conflictstats.io.csv.AirForceCsv;
import org.conflictstats.stats.Dimension;
import org.conflictstats.stats.StatsQuery;
import org.conflictstats.stats.StatsTable;

/**
 * A stand-in for the command line's {@code rates} while it is not on this branch: reads an Air Force
 * CSV file into the table of rates per month and weapon, every line kept, and prints it. Timed whole,
 * with the JVM's start.
 */
public final class RatesMain {

  private RatesMain() {}

  /**
   * Prints the table of a file.
   *
   * @param args the file
   * @throws IOException if it cannot be read
   */
  public static void main(String[] args) throws IOException {
    StatsTable t = AirForceCsv.reader().table(Path.of(args[0]),
        StatsQuery.groupBy(Dimension.MONTH, Dimension.WEAPON).withInvalidReportsKept(true)
            .withOverlapCheck(false),
        bad -> System.err.println(bad));
    System.out.print(t.format());
    System.out.printf("%d rows in %d groups%n", t.total().lines(), t.size());
  }
}
