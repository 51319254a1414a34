package org.conflictstats.cli;

import java.io.PrintWriter;
import org.conflictstats.io.ImportResult;

/**
 * How {@code chart} and {@code report} read their inputs: whole, as {@code rates} does when it
 * cannot stream. The one place to change when the reading of inputs changes.
 */
final class WholeInputs {

  private WholeInputs() {}

  static ImportResult read(InputOptionsMixin inputs, PrintWriter err) {
    return inputs.open(err).readAll();
  }
}
