package org.conflictstats.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.conflictstats.model.SourceScope;
import picocli.CommandLine.Option;

/** Which reports the figures count: the source scope, and whether invalid reports are kept. */
final class ScopeOptions {

  @Option(names = "--sources", paramLabel = "SCOPE", defaultValue = "all",
      converter = Converters.Scope.class,
      description = "Which sources to count: national (the Air Force), regional (its regional"
          + " commands), other (every other source, and reports naming none) or all, or a comma"
          + " list of these and source names (national,other; kpszsu,GeneralStaff.ua), ignoring"
          + " case (default: ${DEFAULT-VALUE}). Reports of several sources may count one weapon"
          + " twice.")
  SourceScope sources;

  @Option(names = "--include-invalid",
      description = "Keep lines of reports with validation errors (left out by default).")
  boolean includeInvalid;

  /**
   * Fails for a source name of the scope that no report read has, ignoring case: a misspelt name
   * would count nothing.
   *
   * @param seen the source names of the reports read
   * @throws CliException (exit 2) naming the close names the inputs hold
   */
  void checkNames(Set<String> seen) {
    Set<String> keys = new HashSet<>();
    for (String s : seen) {
      keys.add(s.toLowerCase(Locale.ROOT));
    }
    for (String name : sources.names()) {
      if (!keys.contains(name.toLowerCase(Locale.ROOT))) {
        List<String> all = new ArrayList<>(new TreeSet<>(seen));
        List<String> close = CloseMatches.of(name, all);
        throw new CliException("unknown source '" + name + "': " + (close.isEmpty()
            ? "the input's sources are " + String.join(", ", all)
            : "close matches: " + String.join(", ", close)) + " (source names are the input's"
            + " own; national, regional, other and all name kinds of source)");
      }
    }
  }
}
