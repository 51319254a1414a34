package org.conflictstats.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The least a command line parsed by picocli costs: a command of three options and a file
 * parameter, declared by annotations as the tool's are, that prints the file's name and reads
 * nothing. {@link StartupBench} times it in a cold JVM with the tool's jar on the class path
 * (picocli's classes read from the same jar), beside {@code rates FILE}: a floor under any
 * start-up goal for a tool whose command line picocli parses.
 *
 * <pre>
 * java -cp target/conflict-stats-0.1.0-SNAPSHOT-cli.jar:target/test-classes \
 *     org.conflictstats.bench.PicocliFloor data.csv
 * </pre>
 */
@Command(name = "floor", mixinStandardHelpOptions = true)
public final class PicocliFloor implements Callable<Integer> {

  @Option(names = "--by", defaultValue = "month")
  String by;

  @Option(names = "--format", defaultValue = "table")
  String format;

  @Option(names = "--sources", defaultValue = "all")
  String sources;

  @Parameters(arity = "1")
  String file;

  @Override
  public Integer call() {
    System.out.println(file);
    return 0;
  }

  /**
   * Parses the arguments and prints the file name.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(new CommandLine(new PicocliFloor()).execute(args));
  }
}
