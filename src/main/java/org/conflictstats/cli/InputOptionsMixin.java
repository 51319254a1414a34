package org.conflictstats.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Mixes {@link InputOptions} into a command and opens the inputs. */
final class InputOptionsMixin {

  @Mixin
  InputOptions options;

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  Inputs open(PrintWriter err) {
    Object root = mixee.root().userObject();
    return new Inputs(options, err,
        root instanceof ConflictStatsCommand c ? c.stdin : System.in);
  }
}
