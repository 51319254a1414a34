package org.conflictstats.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code conflict-stats} command: grouped interception rates, validation, summaries and format
 * conversion for the Air Force CSV and the library's JSON Lines, and reports read out of statements
 * and news text.
 *
 * <pre>{@code
 * java -jar conflict-stats-cli.jar rates --by month,weapon missile_attacks_daily.csv
 * }</pre>
 *
 * <p>Exit codes: 0 success (also a lenient import with rejected rows), 1 validation findings at or
 * above the threshold or a bad row in strict mode, 2 a usage problem (bad option, missing file,
 * unknown format), 70 an internal error (a bug: please report it). Problems print as one line on
 * standard error; {@code --debug} adds the stack trace.
 */
@Command(
    name = "conflict-stats",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Interception and neutralisation rates from strike reports.")
public final class ConflictStatsCommand implements Callable<Integer> {

  @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
      description = "Print stack traces of errors.")
  boolean debug;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** What {@code -} reads. */
  InputStream stdin = System.in;

  /** Creates the command; picocli instantiates it. */
  public ConflictStatsCommand() {}

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE;
  }

  /**
   * Runs the tool and exits the JVM with its exit code.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, System.in, new PrintWriter(System.out, true),
        new PrintWriter(System.err, true)));
  }

  /** The names of the subcommands, in the order the help lists them. */
  static final String[] COMMANDS = {"rates", "validate", "summary", "attacks", "convert", "chart", "report",
      "extract", "help"};

  /**
   * Adds the subcommand the arguments name, or every subcommand when they name none (for the usage
   * help, {@code help}, or an unknown name, which picocli then reports). Building one command instead
   * of all of them is most of what makes a short run start fast.
   */
  private static void addSubcommands(CommandLine cl, String[] args) {
    String named = null;
    for (String a : args) {
      if (a.equals("--")) {
        break;
      }
      if (!a.startsWith("-")) {
        named = a;
        break;
      }
    }
    boolean versionOnly = named == null && args.length > 0;
    for (String a : args) {
      versionOnly &= a.equals("--version") || a.equals("-V") || a.equals("--debug");
    }
    if (versionOnly) {
      return;
    }
    boolean known = false;
    for (String name : COMMANDS) {
      known |= name.equals(named);
    }
    for (String name : COMMANDS) {
      if (named == null || !known || named.equals("help") || named.equals(name)) {
        cl.addSubcommand(name, command(name));
      }
    }
  }

  private static Object command(String name) {
    switch (name) {
      case "rates":
        return new RatesCommand();
      case "validate":
        return new ValidateCommand();
      case "summary":
        return new SummaryCommand();
      case "attacks":
        return new AttacksCommand();
      case "convert":
        return new ConvertCommand();
      case "chart":
        return new ChartCommand();
      case "report":
        return new ReportCommand();
      case "extract":
        return new ExtractCommand();
      default:
        return new CommandLine.HelpCommand();
    }
  }

  /**
   * Runs the tool in-process, writing to the given streams; used by {@link #main} and by tests.
   *
   * @param args the arguments
   * @param stdin standard input, read for the file {@code -}
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, InputStream stdin, PrintWriter out, PrintWriter err) {
    ConflictStatsCommand root = new ConflictStatsCommand();
    root.stdin = stdin;
    CommandLine cl = new CommandLine(root);
    addSubcommands(cl, args);
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler((ex, a) -> {
      CommandLine c = ex.getCommandLine();
      c.getErr().println("conflict-stats: " + ex.getMessage() + " (see '"
          + c.getCommandSpec().qualifiedName() + " --help')");
      return ExitCode.USAGE;
    });
    cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
      boolean debug = parseResult.hasMatchedOption("--debug")
          || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"));
      int code = ex instanceof CliException ce ? ce.exitCode() : ExitCode.INTERNAL;
      String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
      c.getErr().println("conflict-stats: " + (ex instanceof CliException ? message
          : "internal error (" + ex.getClass().getSimpleName() + ": " + message
              + "); please report it with the output of --debug"));
      if (debug) {
        ex.printStackTrace(c.getErr());
      }
      c.getErr().flush();
      return code;
    });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
