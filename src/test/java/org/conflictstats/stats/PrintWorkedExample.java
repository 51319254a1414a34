package org.conflictstats.stats;

import java.util.List;

/**
 * Prints the worked example of the README: the 17 April 2025 report by day and weapon. Not a test;
 * run it from the test class path after {@code mvn test-compile}.
 */
final class PrintWorkedExample {

  private PrintWorkedExample() {}

  public static void main(String[] args) {
    StatsTable table = StatsQuery.groupBy(Dimension.DAY, Dimension.WEAPON)
        .run(List.of(WorkedExample.report()));
    System.out.print(table);
    System.out.println();
    System.out.print(table.format(RateKind.KINETIC, IntervalMethod.CLOPPER_PEARSON, 0.95));
  }
}
