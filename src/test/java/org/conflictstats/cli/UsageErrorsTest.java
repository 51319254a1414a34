package org.conflictstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A bad command line says what was meant, in the one line of every usage error (exit 2, no stack
 * trace): a misspelt command or option names the close ones.
 */
final class UsageErrorsTest {

  /** The one line of standard error of a run that must exit 2. */
  static String oneLine(String... args) {
    CliRun r = CliRun.of(args);
    assertEquals(2, r.exit(), r::toString);
    assertEquals(1, r.errLines().size(), r::toString);
    return r.err().strip();
  }

  static Stream<Arguments> misspelt() {
    return Stream.of(
        Arguments.of("rate f26.csv", "conflict-stats: unknown command 'rate': did you mean rates?"
            + " (see 'conflict-stats --help')"),
        Arguments.of("attack --top 3 f26.csv", "conflict-stats: unknown command 'attack': did you"
            + " mean attacks? (see 'conflict-stats --help')"),
        Arguments.of("xqzw f26.csv", "conflict-stats: unknown command 'xqzw': expected rates,"
            + " validate, summary, attacks, convert, chart, report, diff, extract or help (see"
            + " 'conflict-stats --help')"),
        Arguments.of("rates --form 2025 f26.csv", "conflict-stats: rates: unknown option '--form':"
            + " did you mean --from or --format? (see 'conflict-stats rates --help')"),
        Arguments.of("rates --weapons X f26.csv", "conflict-stats: rates: unknown option"
            + " '--weapons': did you mean --weapon? (see 'conflict-stats rates --help')"),
        Arguments.of("rates --source national f26.csv", "conflict-stats: rates: unknown option"
            + " '--source': did you mean --sources? (see 'conflict-stats rates --help')"),
        Arguments.of("chart --sze=300x200 f26.csv", "conflict-stats: chart: unknown option"
            + " '--sze': did you mean --size? (see 'conflict-stats chart --help')"),
        Arguments.of("rates --qqqq f26.csv", "conflict-stats: rates: unknown option '--qqqq'"
            + " (see 'conflict-stats rates --help')"));
  }

  @ParameterizedTest
  @MethodSource("misspelt")
  void aMisspeltCommandOrOptionSaysWhatWasMeant(String args, String line) {
    assertEquals(line, oneLine(args.split(" ")));
  }
}
