package org.conflictstats.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.conflictstats.io.json.JsonLinesWriter;
import org.conflictstats.model.InputLimits;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.text.Extraction;
import org.conflictstats.text.Language;
import org.conflictstats.text.StatementExtractor;
import org.conflictstats.validation.Finding;
import org.conflictstats.validation.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;

/** {@code extract}: strike reports read out of Air Force statements and news text. */
@Command(name = "extract", mixinStandardHelpOptions = true, addMethodSubcommands = false,
    versionProvider = VersionProvider.class,
    header = "Strike reports read out of statements and news texts.",
    description = {"Reads strike reports out of Air Force statements and news texts (English or"
        + " Ukrainian, UTF-8): every figure with the words it came from; figures of other sources"
        + " or other nights set aside with the reason; sentences with numbers or outcome words"
        + " that gave no figure listed as not understood.",
        "Each report goes through the validator; findings are printed on standard error.",
        "jsonl (the default) is the library's JSON Lines, for 'conflict-stats rates -'."})
final class ExtractCommand implements Callable<Integer> {

  /** What extract writes. */
  enum Format {
    /** The library's JSON Lines: one report per line. */
    JSONL,
    /** One JSON document: per file, the report, the figures with their spans, what was set aside. */
    JSON,
    /** For people: each figure beside its words, the report's lines, what was set aside. */
    TABLE
  }

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*",
      description = "Text files (UTF-8); - reads standard input.")
  List<String> files;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD",
      converter = DateConverter.class,
      description = "The date the reports cover: the morning after the night.")
  LocalDate date;

  @Option(names = "--source", paramLabel = "NAME",
      description = "Who made the statement (a channel such as kpszsu, a post address, an outlet);"
          + " default: kpszsu when the text cites Ukraine's Air Force, else unknown.")
  String source;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
      description = "jsonl, json or table (default: ${DEFAULT-VALUE}, or json for an -o FILE"
          + " ending in .json; a --format the name contradicts is followed, with a warning).")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path output;

  /** A date in ISO form, with one readable line when it is not. */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      LocalDate d;
      try {
        d = LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("not a date (YYYY-MM-DD): '" + value + "'");
      }
      if (d.getYear() < InputLimits.FIRST_YEAR || d.getYear() > InputLimits.LAST_YEAR) {
        // no reader of the library would read the report back
        throw new TypeConversionException("a date in " + InputLimits.FIRST_YEAR + "-"
            + InputLimits.LAST_YEAR + ", not '" + value + "'");
      }
      return d;
    }
  }

  /** One input: its name and what was read in it. */
  record Read(String name, Extraction extraction) {}

  @Override
  public Integer call() {
    format = OutputOptions.chosen(spec, "--format", Optional.of(format), output, Format.class)
        .orElseThrow();
    PrintWriter err = spec.commandLine().getErr();
    StatementExtractor extractor = StatementExtractor.builtIn();
    InputOptionsMixin.standardInputOnce(files);
    List<Read> reads = new ArrayList<>();
    for (String file : files) {
      String text = read(file);
      Extraction x = source == null ? extractor.extract(text, date)
          : extractor.extract(text, date, source);
      reads.add(new Read(file.equals("-") ? "standard input" : file, x));
    }
    Validator validator = Validator.standard();
    for (Read r : reads) {
      Extraction x = r.extraction();
      err.println("conflict-stats: " + r.name() + ": " + summary(x));
      if (x.report().isPresent()) {
        for (Finding f : validator.validate(x.report().get()).findings()) {
          err.println("conflict-stats: " + r.name() + ": "
              + f.severity().name().toLowerCase(Locale.ROOT) + " " + f.code() + " "
              + f.path() + ": " + f.message());
        }
      }
    }
    OutputOptions sink = new OutputOptions();
    sink.output = output;
    sink.write(spec, out -> write(out, reads));
    return ExitCode.OK;
  }

  private static String summary(Extraction x) {
    long reports = x.reports().size();
    return x.language().label() + (x.language() == Language.RUSSIAN
        ? " (not supported: only the figures Ukrainian phrasings read)" : "") + "; " + (reports == 0 ? "no report (no figure of its own)"
        : "1 report") + ", " + Words.counted(x.figures().size(), "figure") + ", "
        + Words.number(x.setAside().size()) + " set aside, "
        + Words.number(x.notUnderstood().size()) + " not understood";
  }

  private void write(Writer out, List<Read> reads) throws IOException {
    switch (format) {
      case TABLE:
        ExtractionTable.write(Terminal.visible(out), reads);
        break;
      case JSON:
        ExtractionJson.write(out, reads);
        break;
      default:
        List<StrikeReport> reports = new ArrayList<>();
        reads.forEach(r -> r.extraction().report().ifPresent(reports::add));
        JsonLinesWriter writer = JsonLinesWriter.of(out);
        writer.writeAll(reports);
        writer.flush();
    }
  }

  /** The longest text read, in bytes: 1 MiB, about 12 s of reading and 150 MB of heap. */
  static final int MAX_TEXT_BYTES = 1 << 20;

  /** The text of a file (or standard input), strictly UTF-8. */
  private String read(String file) {
    byte[] bytes;
    try {
      if (file.equals("-")) {
        StandardInputHint.sayIfTerminal(List.of(file), stdin(), spec.commandLine().getErr());
        bytes = stdin().readNBytes(MAX_TEXT_BYTES + 1);
      } else {
        Path p = Inputs.path(file);
        if (Files.isDirectory(p)) {
          throw new CliException(file + ": is a directory, not a text file");
        }
        try (InputStream in = Files.newInputStream(p)) {
          bytes = in.readNBytes(MAX_TEXT_BYTES + 1);
        }
      }
      if (bytes.length > MAX_TEXT_BYTES) {
        // review rv48b: a text of 50 MB ran a 64 MB heap out of memory (exit 70); 8 MiB took
        // 77 s before it did
        throw new CliException((file.equals("-") ? "standard input" : file) + ": longer than "
            + (MAX_TEXT_BYTES >> 20) + " MiB: extract reads a statement or a page of news (a few"
            + " KB) at a time; split the text");
      }
    } catch (NoSuchFileException e) {
      throw new CliException(file + ": no such file");
    } catch (IOException e) {
      throw new CliException(file + ": cannot read: " + e.getMessage(), ExitCode.USAGE, e);
    }
    if (org.conflictstats.internal.Utf8.looksLikeUtf16(bytes, 0, bytes.length)) {
      // the data commands' one test: with or without a byte order mark (review rv45b: without
      // one, UTF-16 decoded as UTF-8 was read as text of NULs and gave nothing)
      throw new CliException(file + ": this is UTF-16; expected UTF-8 (re-save it as UTF-8)");
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      text = text.startsWith("\uFEFF") ? text.substring(1) : text;
      if (text.isBlank()) {
        throw new CliException((file.equals("-") ? "standard input" : file)
            + ": empty: no text to read");
      }
      return text;
    } catch (CharacterCodingException e) {
      throw new CliException(file + ": not UTF-8 text (line " + lineOfBadByte(bytes) + ")");
    }
  }

  private InputStream stdin() {
    Object root = spec.root().userObject();
    return root instanceof ConflictStatsCommand c ? c.stdin : System.in;
  }

  /** The line of the first byte that is not valid UTF-8, counting from 1. */
  private static long lineOfBadByte(byte[] bytes) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    long line = 1;
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        try {
          decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
        } catch (CharacterCodingException e) {
          return line;
        }
        line++;
        start = i + 1;
      }
    }
    return line;
  }
}
