package org.conflictstats.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.conflictstats.testing.RealData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of the README compiles as written and runs. A block is its imports
 * followed by statements; the test puts the statements in {@code public static void main(String[]
 * args) throws Exception} of a class of their own, after the block's imports, compiles it with
 * {@code javax.tools.JavaCompiler} against the test class path, and runs it in a JVM of its own
 * with {@code args[0]}
 * an Air Force CSV file: the real 2026 file in {@code ../shared/data} when present, otherwise a
 * small fixture that the test writes. When the paragraph after a block starts with "Real output",
 * the {@code ```text} block that follows must be exactly what the block prints on the real file.
 * A block that declares a module ({@code module ... { requires org.conflictstats; }}) is compiled
 * as the module descriptor of a consumer, against the library on the module path, and run there
 * (see {@link #compileModule}).
 */
final class ReadmeSnippetsTest {

  private static final String REAL_FILE = "missile_attacks_daily-2026-02.csv";
  /** How the README names the real file in its output. */
  private static final String README_PATH = "../shared/data/air-force/" + REAL_FILE;

  /** A small Air Force CSV of our own, in the 2023 layout. */
  private static final String FIXTURE =
      "time_start,time_end,model,launch_place,target,carrier,launched,destroyed,source\n"
      + "2024-04-16 20:00,2024-04-17 08:00,Shahed-136/131,,,,75,55,kpszsu/posts/synthetic-1\n"
      + "2024-04-16 20:00,2024-04-17 08:00,X-101/X-555,,,,5,3,kpszsu/posts/synthetic-1\n"
      + "2025-05-01 19:00,2025-05-02 07:00,Shahed-136/131,,,,40,30,kpszsu/posts/synthetic-2\n";

  @TempDir
  Path dir;

  record Snippet(int number, int line, String code, String expected) {}

  @TestFactory
  Stream<DynamicTest> everyJavaBlockOfTheReadmeCompilesAndRuns() throws IOException {
    Path readme = Path.of("README.md");
    Assumptions.assumeTrue(Files.isRegularFile(readme), "README.md not in the working folder");
    List<Snippet> snippets = snippets(Files.readAllLines(readme, StandardCharsets.UTF_8));
    assertTrue(snippets.size() >= 4, "the README has its Java examples: " + snippets.size());
    return snippets.stream().map(s -> DynamicTest.dynamicTest(
        "README line " + s.line(), () -> check(s)));
  }

  static List<Snippet> snippets(List<String> lines) {
    List<Snippet> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).strip().equals("```java")) {
        continue;
      }
      int start = i + 1;
      int end = start;
      while (!lines.get(end).strip().equals("```")) {
        end++;
      }
      String code = String.join("\n", lines.subList(start, end));
      // "Real output ..." then a text block: what the block prints on the real file
      String expected = null;
      int j = end + 1;
      while (j < lines.size() && lines.get(j).isBlank()) {
        j++;
      }
      if (j < lines.size() && lines.get(j).startsWith("Real output")) {
        while (j < lines.size() && !lines.get(j).strip().equals("```text")) {
          j++;
        }
        int k = j + 1;
        while (k < lines.size() && !lines.get(k).strip().equals("```")) {
          k++;
        }
        expected = String.join("\n", lines.subList(j + 1, k)) + "\n";
      }
      out.add(new Snippet(out.size() + 1, start, code, expected));
      i = end;
    }
    return out;
  }

  private void check(Snippet s) throws Exception {
    Optional<Path> real = RealData.fileIfPresent("air-force/" + REAL_FILE);
    boolean hasReal = real.isPresent();
    Path input = hasReal ? real.get() : Files.writeString(dir.resolve("fixture.csv"), FIXTURE);
    if (s.code().lines().anyMatch(l -> l.startsWith("module "))) {
      compileModule(s, input);
      return;
    }
    String className = "ReadmeSnippet" + s.number();
    Path src = dir.resolve("src").resolve(className + ".java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, wrap(className, s.code()), StandardCharsets.UTF_8);
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes);
    compile(List.of("-d", classes.toString(), "-classpath", classPath(), "-proc:none",
        "-Xlint:all", "-Werror"), src, s);

    // run as a program of its own: its output, threads and System.exit are its own
    String printed = java(className, "README block at line " + s.line(), "-cp",
        classes + File.pathSeparator + classPath(), className, input.toString());
    if (s.expected() != null && hasReal) {
      assertEquals(s.expected(), printed.replace(input.toString(), README_PATH),
          "README line " + s.line() + ": the output shown is not what the block prints");
    }
  }

  /**
   * Runs {@code java -Djava.awt.headless=true ARGS} in a JVM of its own (its output, threads and
   * System.exit its own), within 120 s, and returns what it printed; it must exit 0.
   */
  private String java(String name, String what, String... args) throws Exception {
    Path stdout = dir.resolve(name + ".out");
    Path stderr = dir.resolve(name + ".err");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.awt.headless=true"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail(what + " did not finish within 120 s");
    }
    assertEquals(0, p.exitValue(), () -> what + " failed when run:\n" + read(stderr));
    return read(stdout);
  }

  /** The block's imports, then a class whose main holds the rest. */
  static String wrap(String className, String code) {
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : code.split("\n", -1)) {
      if (line.startsWith("import ")) {
        imports.append(line).append('\n');
      } else {
        body.append("    ").append(line).append('\n');
      }
    }
    return imports + "\npublic class " + className + " {\n"
        + "  public static void main(String[] args) throws Exception {\n" + body + "  }\n}\n";
  }

  /**
   * A consumer module: the block as its module-info and one class, compiled against the library on
   * the module path, then run there in a JVM of its own with the input file. The class writes a
   * {@code Count} with the modules {@code findAndRegisterModules()} finds (the library's, by its
   * {@code provides}), which must be the JSON the class path gives; a module that requires
   * JFreeChart also writes the HTML report of the input, which must be the page the library makes
   * on the class path, byte for byte, its charts drawn.
   */
  private void compileModule(Snippet s, Path input) throws Exception {
    String name = s.code().lines().filter(l -> l.startsWith("module "))
        .map(l -> l.substring("module ".length()).replace("{", "").strip())
        .findFirst().orElseThrow();
    boolean charts = s.code().contains("requires org.jfree.jfreechart;");
    Path root = dir.resolve("module-" + s.number());
    Path info = root.resolve("module-info.java");
    Path pkg = root.resolve(name.replace('.', '/'));
    Files.createDirectories(pkg);
    Files.writeString(info, s.code(), StandardCharsets.UTF_8);
    Path main = Files.writeString(pkg.resolve("Main.java"), "package " + name + ";\n"
        + "import org.conflictstats.model.Count;\n"
        + "import com.fasterxml.jackson.databind.ObjectMapper;\n"
        + "public class Main {\n  public static void main(String[] args) throws Exception {\n"
        + "    System.out.println(new ObjectMapper().findAndRegisterModules()"
        + ".writeValueAsString(Count.atLeast(30)));\n"
        + (charts ? "    java.nio.file.Files.writeString(java.nio.file.Path.of(args[1]), "
            + PAGE.replace("INPUT", "java.nio.file.Path.of(args[0])") + ");\n" : "")
        + "  }\n}\n");
    Path classes = dir.resolve("module-classes-" + s.number());
    Files.createDirectories(classes);
    compile(List.of("-d", classes.toString(), "--module-path", modulePath(), "-proc:none"), info,
        s, main);

    Path page = dir.resolve(name + ".html");
    String printed = java(name, "README module at line " + s.line() + " on the module path",
        "--module-path", classes + File.pathSeparator + modulePath(), "-m",
        name + "/" + name + ".Main", input.toString(), page.toString());
    assertEquals(new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules()
        .writeValueAsString(org.conflictstats.model.Count.atLeast(30)) + "\n", printed,
        "README module at line " + s.line() + ": the library's Jackson module on the module path");
    if (charts) {
      String expected = org.conflictstats.report.HtmlReport.of(
          org.conflictstats.report.ReportData.of(
              org.conflictstats.io.csv.AirForceCsv.reader().read(input),
              org.conflictstats.report.ReportSettings.standard())).toHtml();
      String written = read(page);
      assertTrue(written.contains("<svg"), "the module's page has no chart");
      assertEquals(expected, written, "README module at line " + s.line()
          + ": the page made on the module path is not the class path's");
    }
  }

  /** The Java expression of a module's page, of the file {@code INPUT}. */
  private static final String PAGE = "org.conflictstats.report.HtmlReport.of("
      + "org.conflictstats.report.ReportData.of(org.conflictstats.io.csv.AirForceCsv.reader()"
      + ".read(INPUT), org.conflictstats.report.ReportSettings.standard())).toHtml()";

  /**
   * The library and what it needs, for a module path: the main classes and the jars of its
   * dependencies, the optional ones for charts included (not the test jars, which would not
   * resolve as modules).
   */
  private static String modulePath() {
    List<String> wanted = List.of("guava", "failureaccess", "jackson-core", "jackson-databind",
        "jackson-annotations", "commons-statistics", "commons-numbers", "commons-rng", "jspecify",
        "error_prone", "j2objc", "checker-qual", "jfreechart", "batik-", "xmlgraphics-commons",
        "commons-logging");
    return Stream.of(classPath().split(File.pathSeparator))
        .filter(e -> e.endsWith("classes") && !e.endsWith("test-classes")
            || wanted.stream().anyMatch(w -> Path.of(e).getFileName().toString().startsWith(w)))
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static void compile(List<String> options, Path file, Snippet s, Path... more)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertTrue(javac != null, "a JDK is needed to compile the README's examples");
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      List<Path> all = new ArrayList<>(List.of(file));
      all.addAll(List.of(more));
      boolean ok = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(all)).call();
      if (!ok) {
        fail("README block at line " + s.line() + " does not compile:\n" + diagnostics
            .getDiagnostics().stream().map(d -> d.getLineNumber() + ": "
                + d.getMessage(Locale.ROOT)).collect(Collectors.joining("\n")) + "\n"
            + Files.readString(file));
      }
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(unreadable: " + e + ")";
    }
  }

  /** The test class path: surefire's, since its own class path may be a manifest-only jar. */
  private static String classPath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }
}
