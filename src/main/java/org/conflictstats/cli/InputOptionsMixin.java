package org.conflictstats.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Mixin;

/** Mixes {@link InputOptions} into a command and opens the inputs. */
final class InputOptionsMixin {

  @Mixin
  InputOptions options;

  Inputs open(PrintWriter err) {
    return new Inputs(options, err, System.in);
  }
}
