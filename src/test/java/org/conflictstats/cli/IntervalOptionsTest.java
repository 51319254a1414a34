package org.conflictstats.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An interval option given that the interval chosen does not use is named in a warning, never
 * dropped without a word (review rv45b: {@code --ci wilson --replicates 500} was accepted
 * silently); one it uses is not.
 */
final class IntervalOptionsTest {

  private static List<String> warnings(String... args) {
    CliRun r = CliRun.of(args);
    assertEquals(0, r.exit(), r::toString);
    return r.errLines().stream().filter(l -> l.contains(" is not used by --ci ")).toList();
  }

  @Test
  void optionsTheIntervalDoesNotUseAreNamed() {
    assertEquals(List.of(
        "conflict-stats: warning: --replicates is not used by --ci wilson: only the bootstrap"
            + " resamples; ignored",
        "conflict-stats: warning: --seed is not used by --ci wilson: only the bootstrap"
            + " resamples; ignored",
        "conflict-stats: warning: --cluster is not used by --ci wilson: only the cluster and"
            + " bootstrap intervals have a unit; ignored"),
        warnings("rates", "--ci", "WILSON", "--replicates", "500", "--seed", "5", "--cluster",
            "day"));
    assertEquals(List.of("conflict-stats: warning: --level is not used by --ci none: no interval"
        + " is computed; ignored"), warnings("summary", "--ci", "none", "--level", "0.9"));
    // the default interval is the clustered one: no resampling
    assertEquals(List.of("conflict-stats: warning: --seed is not used by --ci cluster: only the"
        + " bootstrap resamples; ignored"), warnings("rates", "--seed", "7"));
  }

  @Test
  void optionsTheIntervalUsesAreNotNamed() {
    assertEquals(List.of(), warnings("rates", "--ci", "bootstrap", "--replicates", "200",
        "--seed", "5", "--cluster", "day", "--level", "0.9"));
    assertEquals(List.of(), warnings("rates", "--cluster", "day", "--level", "0.8"));
    assertEquals(List.of(), warnings("summary", "--ci", "jeffreys", "--level", "0.9"));
  }
}
