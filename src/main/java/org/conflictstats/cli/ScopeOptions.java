package org.conflictstats.cli;

import java.util.ArrayList;
import java.util.List;
import org.conflictstats.model.SourceScope;
import picocli.CommandLine.Option;

/** Which reports the figures count: the source scope, and whether invalid reports are kept. */
final class ScopeOptions {

  /** How many of the input's sources an unknown name's message lists at most. */
  static final int LISTED = 20;

  @Option(names = "--sources", paramLabel = "SCOPE", defaultValue = "all",
      converter = Converters.Scope.class,
      description = "Which sources to count: national (the Air Force), regional (its regional"
          + " commands), other (every other source, and reports naming none) or all, or a comma"
          + " list of these and source names (national,other; kpszsu,GeneralStaff.ua), ignoring"
          + " case (default: ${DEFAULT-VALUE}). A name one or two letters from national,"
          + " regional, other or all (nationl) is refused as misspelt before reading, so a source"
          + " of such a name is counted only with its kind or seen with --by source. Reports of"
          + " several sources may count one weapon twice.")
  SourceScope sources;

  @Option(names = "--include-invalid",
      description = "Keep lines of reports with validation errors (left out by default).")
  boolean includeInvalid;

  /**
   * Options of this scope, every report kept: for a command that declares {@code --sources} alone
   * ({@code diff}, whose figures keep every report), to check its names as the others do.
   *
   * @param scope the scope
   * @return the options
   */
  static ScopeOptions of(SourceScope scope) {
    ScopeOptions o = new ScopeOptions();
    o.sources = scope;
    o.includeInvalid = true;
    return o;
  }

  /**
   * Has the inputs look for the source names of the scope as they are read, for
   * {@link #checkNames}; call it before reading.
   *
   * @param in the inputs
   * @return {@code in}
   */
  Inputs watch(Inputs in) {
    in.sourcesSeen().lookFor(sources.names());
    if (!sources.names().isEmpty()) {
      in.hold(); // what standard error says of the inputs waits for checkNames(in)
    }
    return in;
  }

  /**
   * Fails for a source name of the scope that no report read has, as {@link #checkNames(SourceNames)}
   * does; else standard error says what it held of the inputs since {@link #watch}.
   *
   * @param in the inputs, read
   * @throws CliException (exit 2) naming the close names the inputs hold: the command's one line
   */
  void checkNames(Inputs in) {
    checkNames(in.sourcesSeen());
    if (!sources.names().isEmpty()) {
      in.release();
    }
  }

  /**
   * Fails for a source name of the scope that no report read has, ignoring case: a misspelt name
   * would count nothing.
   *
   * @param seen the source names of the reports read, looked for since {@link #watch}
   * @throws CliException (exit 2) naming the close names the inputs hold
   */
  void checkNames(SourceNames seen) {
    for (String name : sources.names()) {
      if (!seen.contains(name)) {
        List<String> kept = new ArrayList<>(seen.kept());
        // each name echoed as input text is: one line, cut at 200 characters (review rv48b)
        List<String> close = CloseMatches.of(name, kept).stream().map(Terminal::echo).toList();
        List<String> all = kept.stream().map(Terminal::echo).toList();
        String listed = !seen.more() && all.size() <= LISTED
            ? "the input's sources are " + String.join(", ", all)
            : "the input's sources include " + String.join(", ", all.subList(0, Math.min(LISTED, all.size())))
                + " (" + Math.min(LISTED, all.size()) + " of " + (seen.more() ? "more than " : "")
                + all.size() + ")";
        throw new CliException("unknown source '" + Terminal.echo(name) + "': " + (close.isEmpty()
            ? listed : "close matches: " + String.join(", ", close)) + " (source names are the"
            + " input's own; national, regional, other and all name kinds of source)");
      }
    }
  }
}
