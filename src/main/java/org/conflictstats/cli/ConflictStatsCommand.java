package org.conflictstats.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * above the threshold or a bad row in strict mode, 2 a problem the user can fix (bad option, missing
 * or unreadable file, unknown format, a bad header, a file that changed while it was read, output
 * that cannot be written), 70 an internal error (a bug, or the JVM ran out of memory: the message
 * names the heap to try). Problems print as one line on standard error, control characters escaped;
 * {@code --debug} adds the stack trace.
 */
@Command(
    name = "conflict-stats",
    mixinStandardHelpOptions = true,
    addMethodSubcommands = false,
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
    if (asksVersionOnly(args)) {
      // picocli's model of the command, most of a short run's start-up, is not needed to print
      // one line: VersionProvider gives it, as picocli would (ConflictStatsCommandTest compares)
      System.out.println(String.join(System.lineSeparator(), VersionProvider.lines()));
      if (System.out.checkError()) {
        // as every command: output that could not be written is a failure (--version >/dev/full)
        System.err.println("conflict-stats: standard output: cannot write");
        System.exit(ExitCode.USAGE);
      }
      System.exit(ExitCode.OK);
    }
    System.exit(run(args, System.in, Stdout.open(), new PrintWriter(System.err, true)));
  }

  /** Whether the arguments are {@code --version} or {@code -V} alone. */
  static boolean asksVersionOnly(String[] args) {
    return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
  }

  /** The names of the subcommands, in the order the help lists them. */
  static final String[] COMMANDS = {"rates", "validate", "summary", "attacks", "convert", "chart", "report",
      "diff", "extract", "help"};

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
      case "diff":
        return new DiffCommand();
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
    PrintWriter safeErr = new Terminal.ErrWriter(err);
    boolean debugAsked = java.util.Arrays.asList(args).contains("--debug");
    int code;
    try {
      code = execute(args, stdin, out, safeErr);
    } catch (Throwable t) {
      // picocli lets an Error thrown by a command through: it gets the same one line
      code = fail(t, safeErr, debugAsked);
    }
    out.flush();
    if (out.checkError() && (code == ExitCode.OK || code == ExitCode.FINDINGS)) {
      // output lost after the command checked it (or by a command that does not check)
      safeErr.println("conflict-stats: " + Stdout.failure(out));
      code = ExitCode.USAGE;
    }
    safeErr.flush();
    return code;
  }

  private static int execute(String[] args, InputStream stdin, PrintWriter out, PrintWriter err) {
    ConflictStatsCommand root = new ConflictStatsCommand();
    root.stdin = stdin;
    CommandLine cl = new CommandLine(root);
    addSubcommands(cl, args);
    // whole-number options without a converter of their own: in words, not Java's type names.
    // Classes, not lambdas: a lambda of picocli's converter interface crashed the JVM's dump of a
    // class-data archive (-XX:ArchiveClassesAtExit, OpenJDK 17.0.15 and 17.0.21)
    cl.registerConverter(Long.class, new Converters.WholeLong());
    cl.registerConverter(Long.TYPE, new Converters.WholeLong());
    cl.registerConverter(Integer.class, new Converters.WholeInt());
    cl.registerConverter(Integer.TYPE, new Converters.WholeInt());
    Converters.EnumValue.registerFor(cl); // after the subcommands: it registers with theirs
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    // "@name" is a file name like any other, not a file of arguments (review rv45b: "rates
    // @data.csv" read the data file as arguments and named its header as a missing file)
    cl.setExpandAtFiles(false);
    cl.setParameterExceptionHandler((ex, a) -> {
      ex.getCommandLine().getErr().println("conflict-stats: " + usageLine(ex));
      return ExitCode.USAGE;
    });
    cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
      boolean debug = parseResult.hasMatchedOption("--debug")
          || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"));
      return fail(ex, c.getErr(), debug);
    });
    CommandLine.IExecutionStrategy run = new CommandLine.RunLast();
    cl.setExecutionStrategy(parsed -> {
      OutputNotInput.check(parsed);
      return run.execute(parsed);
    });
    return cl.execute(args);
  }

  /**
   * The one line (after {@code conflict-stats: }) for a bad command line, the one path of every
   * error picocli reports: its message, cut, and where the help is; an unknown command or option
   * says what was meant, from picocli's suggestions for a command and the close option names of
   * the command ({@link CloseMatches}, then picocli's) for an option.
   */
  static String usageLine(CommandLine.ParameterException ex) {
    CommandLine c = ex.getCommandLine();
    String help = " (see '" + c.getCommandSpec().qualifiedName() + " --help')";
    String message = ex.getMessage();
    if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      String arg = u.getUnmatched().get(0);
      if (u.isUnknownOption()) {
        String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        String command = c.getParent() == null ? "" : c.getCommandName() + ": ";
        List<String> takers = commandsTaking(c, name);
        String meant = didYouMean(optionSuggestions(u, name));
        message = command + "unknown option '" + name + "'" + meant + (takers.isEmpty() ? ""
            : (meant.isEmpty() ? ": " : " ") + Words.list(takers, "and") + " take"
                + (takers.size() == 1 ? "s " : " ") + (meant.isEmpty() ? "it" : name) + ", "
                + c.getCommandName() + " does not");
      } else if (c.getParent() == null && !c.getSubcommands().isEmpty()
          && c.getSubcommands().get(arg) == null) {
        List<String> suggested = u.getSuggestions();
        message = "unknown command '" + arg + "'" + (suggested.isEmpty()
            ? ": expected " + Words.list(new ArrayList<>(c.getSubcommands().keySet()), "or")
            : didYouMean(suggested.subList(0, 1)));
      }
    }
    return Terminal.cut(Terminal.oneLine(message), Terminal.MESSAGE_LIMIT) + help;
  }

  /**
   * The other commands that take the option a command does not (as {@code diff}, comparing whole
   * reports, takes none of the filters): naming them is more help than the command's options of a
   * close name.
   */
  private static List<String> commandsTaking(CommandLine c, String name) {
    List<String> takers = new ArrayList<>();
    for (String command : COMMANDS) {
      if (command.equals("help") || command.equals(c.getCommandName())) {
        continue;
      }
      // only the command run was built (addSubcommands): the others' models on this error path
      CommandLine.Model.OptionSpec o = CommandLine.Model.CommandSpec
          .forAnnotatedObject(command(command)).findOption(name);
      if (o != null && !o.hidden()) {
        takers.add(command);
      }
    }
    return takers;
  }

  private static String didYouMean(List<String> names) {
    return names.isEmpty() ? "" : ": did you mean " + Words.list(names, "or") + "?";
  }

  /** The visible options of the command closest to a misspelt one, at most three. */
  private static List<String> optionSuggestions(CommandLine.UnmatchedArgumentException u,
      String name) {
    Map<String, String> byBareName = new LinkedHashMap<>();
    for (CommandLine.Model.OptionSpec o : u.getCommandLine().getCommandSpec().options()) {
      if (!o.hidden()) {
        // the long name: a one-letter name is "close" to any name holding its letter
        byBareName.putIfAbsent(o.longestName().replaceFirst("^-+", ""), o.longestName());
      }
    }
    List<String> names = new ArrayList<>();
    for (String bare : CloseMatches.of(name.replaceFirst("^-+", ""), byBareName.keySet())) {
      names.add(byBareName.get(bare));
    }
    if (names.isEmpty()) {
      names.addAll(u.getSuggestions()); // picocli's: the options that start as the misspelt one
    }
    return names.subList(0, Math.min(3, names.size()));
  }

  /**
   * Says what went wrong in one line and returns the exit code: a {@link CliException}'s own
   * message and code; for any other exception or error, what it was and, for running out of memory,
   * the heap to try; the stack trace only with {@code --debug}. Exceptions and errors that arrive
   * wrapped (from picocli, or from the reader's worker threads) are unwrapped first.
   */
  static int fail(Throwable thrown, PrintWriter err, boolean debug) {
    Throwable t = unwrap(thrown);
    int code = t instanceof CliException ce ? ce.exitCode() : ExitCode.INTERNAL;
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    String line;
    if (t instanceof CliException) {
      line = message;
    } else if (t instanceof OutOfMemoryError) {
      long max = Runtime.getRuntime().maxMemory() >> 20;
      line = "out of memory (" + message + ") with a heap of at most " + max + " MB: run java with"
          + " a larger heap, e.g. java -Xmx" + suggestedHeap(max) + " -jar conflict-stats-cli.jar"
          + " ...";
    } else if (t instanceof StackOverflowError) {
      line = "internal error (StackOverflowError: the thread's stack is too small; try java"
          + " -Xss16m -jar conflict-stats-cli.jar ...); please report it with the output of"
          + " --debug";
    } else {
      line = "internal error (" + t.getClass().getSimpleName() + ": " + message
          + "); please report it with the output of --debug";
    }
    err.println("conflict-stats: " + Terminal.cut(Terminal.oneLine(line), Terminal.MESSAGE_LIMIT));
    if (debug) {
      thrown.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  /** The heap to suggest after running out of {@code maxMegabytes}: twice as much, in whole GB. */
  static String suggestedHeap(long maxMegabytes) {
    long gigabytes = Math.max(1, (2 * maxMegabytes + 1023) / 1024);
    return gigabytes + "g";
  }

  private static Throwable unwrap(Throwable t) {
    Throwable cur = t;
    while (cur.getCause() != null && cur.getCause() != cur
        && (cur instanceof CommandLine.ExecutionException
            || cur instanceof java.util.concurrent.ExecutionException
            || cur instanceof java.util.concurrent.CompletionException
            || cur instanceof java.lang.reflect.InvocationTargetException
            || cur instanceof java.io.UncheckedIOException && cur.getCause() instanceof Error)) {
      cur = cur.getCause();
    }
    return cur;
  }
}
