package org.conflictstats.io.json;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.conflictstats.model.StrikeReport;

/**
 * What reading a whole JSON Lines input gave: the reports, the lines set aside and the warnings. No
 * line is lost: every non-blank line is either a report or a rejected line, so
 * {@code documentsRead() == reports().size() + rejected().size()}.
 *
 * <pre>{@code
 * JsonLinesImport result = JsonLinesReader.readAll(path, JsonReadOptions.lenient());
 * result.reports();  // the reports, in file order
 * result.rejected(); // bad lines, with number, raw text and reason
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param source the name of the input (a file name)
 * @param reports the reports read, in input order
 * @param rejected the lines set aside (always empty in strict mode, which throws instead)
 * @param warnings the warnings
 * @param linesRead every line read, blank lines included
 * @param documentsRead the non-blank lines read
 */
public record JsonLinesImport(
    String source,
    ImmutableList<StrikeReport> reports,
    ImmutableList<JsonRejectedLine> rejected,
    ImmutableList<JsonReadWarning> warnings,
    long linesRead,
    long documentsRead) {

  /**
   * Checks the components and the accounting.
   *
   * @throws IllegalArgumentException if reports and rejected lines do not add up to the documents
   *     read, or the documents to more than the lines read
   */
  public JsonLinesImport {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reports, "reports");
    Objects.requireNonNull(rejected, "rejected");
    Objects.requireNonNull(warnings, "warnings");
    checkArgument(documentsRead == (long) reports.size() + rejected.size(),
        "documents read (%s) must equal reports (%s) plus rejected lines (%s)", documentsRead,
        reports.size(), rejected.size());
    checkArgument(linesRead >= documentsRead, "lines read (%s) below documents read (%s)",
        linesRead, documentsRead);
  }

  /**
   * Returns a copy of the given lists.
   *
   * @param source the input's name
   * @param reports the reports
   * @param rejected the rejected lines
   * @param warnings the warnings
   * @param linesRead every line read
   * @param documentsRead the non-blank lines read
   * @return the result
   */
  public static JsonLinesImport of(String source,
      List<StrikeReport> reports, List<JsonRejectedLine> rejected,
      List<JsonReadWarning> warnings, long linesRead, long documentsRead) {
    return new JsonLinesImport(source, ImmutableList.copyOf(reports),
        ImmutableList.copyOf(rejected), ImmutableList.copyOf(warnings), linesRead, documentsRead);
  }

  /**
   * Returns whether every document became a report.
   *
   * @return {@code true} when no line was rejected
   */
  public boolean isComplete() {
    return rejected.isEmpty();
  }

  /**
   * Returns a one-line account, such as {@code "reports.jsonl: 120 documents, 118 reports, 2
   * rejected, 1 warning"}: the documents are the non-blank lines.
   *
   * @return the summary
   */
  public String summary() {
    return source + ": " + plural(documentsRead, "document") + ", "
        + plural(reports.size(), "report") + ", " + rejected.size() + " rejected, "
        + plural(warnings.size(), "warning");
  }

  private static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
