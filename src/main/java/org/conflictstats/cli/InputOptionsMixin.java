package org.conflictstats.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Mixes {@link InputOptions} into a command and opens the inputs. */
final class InputOptionsMixin {

  @Mixin
  InputOptions options;

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  /**
   * Opens the inputs.
   *
   * @throws CliException (exit 2) if standard input is given more than once: it can be read once
   */
  Inputs open(PrintWriter err) {
    standardInputOnce(options.files);
    Object root = mixee.root().userObject();
    return new Inputs(options, err,
        root instanceof ConflictStatsCommand c ? c.stdin : System.in);
  }

  /**
   * Fails when standard input ({@code -}) is among the files more than once: it can be read once.
   *
   * @param files the files of a command
   * @throws CliException (exit 2) naming the problem
   */
  static void standardInputOnce(List<String> files) {
    if (files.stream().filter("-"::equals).count() > 1) {
      throw new CliException("standard input ('-') is given more than once: it can be read only"
          + " once (save it to a file to give it twice)");
    }
  }
}
