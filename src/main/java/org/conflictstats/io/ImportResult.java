package org.conflictstats.io;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.conflictstats.model.StrikeReport;

/**
 * Everything an import produced: the reports (with the file and line of each of their rows), the
 * rejected rows, the warnings, and the counts of each file read. Nothing is lost: for every file,
 * rows read = rows accepted + rows rejected, and the accepted rows are exactly the weapon lines of the
 * reports.
 *
 * <pre>{@code
 * ImportResult result = AirForceCsv.reader().read(Path.of("missile_attacks_daily.csv"));
 * result.reports();       // the strike reports
 * result.rejected();      // bad rows, each with file, line, field, raw text and reason
 * result.isComplete();    // true when no row was rejected
 * result.summary();       // "missile_attacks_daily.csv: 3,378 rows read = 3,378 accepted + 0 rejected; ..."
 * result.plus(other);     // the results of several files together
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ImportResult {

  private static final ImportResult EMPTY =
      new ImportResult(ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ImmutableList.of());

  private final ImmutableList<ImportedReport> imported;
  private final ImmutableList<StrikeReport> reports;
  private final ImmutableList<RejectedRow> rejected;
  private final ImmutableList<ImportWarning> warnings;
  private final ImmutableList<ImportCounts> files;

  private ImportResult(ImmutableList<ImportedReport> imported, ImmutableList<RejectedRow> rejected,
      ImmutableList<ImportWarning> warnings, ImmutableList<ImportCounts> files) {
    this.imported = imported;
    this.reports = imported.stream().map(ImportedReport::report)
        .collect(ImmutableList.toImmutableList());
    this.rejected = rejected;
    this.warnings = warnings;
    this.files = files;
  }

  /**
   * Returns a result, checking that its parts agree: rows rejected summed over the files equal the
   * rejected rows, and rows accepted summed over the files equal the weapon lines of the reports.
   *
   * @param imported the reports with their row locations
   * @param rejected the rejected rows
   * @param warnings the warnings
   * @param files the counts of each file read
   * @return the result
   * @throws IllegalArgumentException if the counts do not agree with the reports and rejected rows
   */
  public static ImportResult of(List<ImportedReport> imported, List<RejectedRow> rejected,
      List<ImportWarning> warnings, List<ImportCounts> files) {
    ImportResult r = new ImportResult(ImmutableList.copyOf(imported), ImmutableList.copyOf(rejected),
        ImmutableList.copyOf(warnings), ImmutableList.copyOf(files));
    long lines = r.imported.stream().mapToLong(i -> i.report().lines().size()).sum();
    long reports = r.imported.size();
    checkArgument(r.rowsRejected() == r.rejected.size(),
        "the files' counts say %s rows rejected, but %s rejected rows are given", r.rowsRejected(),
        r.rejected.size());
    checkArgument(r.rowsAccepted() == lines,
        "the files' counts say %s rows accepted, but the reports have %s lines", r.rowsAccepted(),
        lines);
    checkArgument(r.files.stream().mapToLong(ImportCounts::reports).sum() == reports,
        "the files' counts say %s reports, but %s are given",
        r.files.stream().mapToLong(ImportCounts::reports).sum(), reports);
    return r;
  }

  /**
   * Returns the result of importing nothing.
   *
   * @return the empty result
   */
  public static ImportResult empty() {
    return EMPTY;
  }

  /**
   * Returns a builder that collects what a streaming import hands it.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the reports, in the order they were read.
   *
   * @return the reports
   */
  public List<StrikeReport> reports() {
    return reports;
  }

  /**
   * Returns the reports with the location of each of their rows.
   *
   * @return the imported reports
   */
  public List<ImportedReport> imported() {
    return imported;
  }

  /**
   * Returns the rejected rows, in the order they were read.
   *
   * @return the rejected rows
   */
  public List<RejectedRow> rejected() {
    return rejected;
  }

  /**
   * Returns the warnings, in the order they were raised.
   *
   * @return the warnings
   */
  public List<ImportWarning> warnings() {
    return warnings;
  }

  /**
   * Returns the counts of each file read, in the order they were read.
   *
   * @return the counts per file
   */
  public List<ImportCounts> files() {
    return files;
  }

  /**
   * Returns the counts of one file.
   *
   * @param file the file's name or path as given to the importer
   * @return its counts, or empty when no such file was read
   */
  public Optional<ImportCounts> counts(String file) {
    Objects.requireNonNull(file, "file");
    return files.stream().filter(c -> c.file().equals(file)).findFirst();
  }

  /**
   * Returns the imported reports by id. When several files give reports of the same id, the first
   * is returned.
   *
   * @return the reports by id, in reading order
   */
  public Map<String, ImportedReport> byId() {
    Map<String, ImportedReport> out = new LinkedHashMap<>();
    for (ImportedReport r : imported) {
      out.putIfAbsent(r.report().id(), r);
    }
    return ImmutableMap.copyOf(out);
  }

  /**
   * Returns the rows read, summed over the files.
   *
   * @return rows read; always {@link #rowsAccepted()} + {@link #rowsRejected()}
   */
  public long rowsRead() {
    return files.stream().mapToLong(ImportCounts::rowsRead).sum();
  }

  /**
   * Returns the rows accepted, summed over the files: the number of weapon lines of the reports.
   *
   * @return rows accepted
   */
  public long rowsAccepted() {
    return files.stream().mapToLong(ImportCounts::rowsAccepted).sum();
  }

  /**
   * Returns the rows rejected, summed over the files.
   *
   * @return rows rejected; the size of {@link #rejected()}
   */
  public long rowsRejected() {
    return files.stream().mapToLong(ImportCounts::rowsRejected).sum();
  }

  /**
   * Returns whether every row read was accepted.
   *
   * @return {@code true} when no row was rejected
   */
  public boolean isComplete() {
    return rejected.isEmpty();
  }

  /**
   * Returns this result followed by another: reports, rejected rows, warnings and file counts
   * concatenated.
   *
   * @param other the other result
   * @return the combined result
   */
  public ImportResult plus(ImportResult other) {
    Objects.requireNonNull(other, "other");
    return new ImportResult(
        ImmutableList.<ImportedReport>builder().addAll(imported).addAll(other.imported).build(),
        ImmutableList.<RejectedRow>builder().addAll(rejected).addAll(other.rejected).build(),
        ImmutableList.<ImportWarning>builder().addAll(warnings).addAll(other.warnings).build(),
        ImmutableList.<ImportCounts>builder().addAll(files).addAll(other.files).build());
  }

  /**
   * Returns one line per file with its counts, as {@link ImportCounts#toString()} writes them; "no
   * file read" when none was.
   *
   * @return the summary
   */
  public String summary() {
    if (files.isEmpty()) {
      return "no file read";
    }
    StringBuilder b = new StringBuilder();
    for (ImportCounts c : files) {
      if (b.length() > 0) {
        b.append('\n');
      }
      b.append(c);
    }
    return b.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImportResult r && r.imported.equals(imported) && r.rejected.equals(rejected)
        && r.warnings.equals(warnings) && r.files.equals(files);
  }

  @Override
  public int hashCode() {
    return Objects.hash(imported, rejected, warnings, files);
  }

  /** Returns {@link #summary()}. */
  @Override
  public String toString() {
    return summary();
  }

  /**
   * Collects what a streaming import hands it into an {@link ImportResult}: an
   * {@link ImportHandler} that keeps everything, plus the counts of each file. Not thread-safe.
   *
   * <pre>{@code
   * ImportResult.Builder b = ImportResult.builder();
   * ImportCounts counts = reader.read(path, b);
   * ImportResult result = b.addCounts(counts).build();
   * }</pre>
   */
  public static final class Builder implements ImportHandler {
    private final List<ImportedReport> imported = new ArrayList<>();
    private final List<RejectedRow> rejected = new ArrayList<>();
    private final List<ImportWarning> warnings = new ArrayList<>();
    private final List<ImportCounts> files = new ArrayList<>();

    private Builder() {}

    @Override
    public void report(ImportedReport report) {
      imported.add(Objects.requireNonNull(report, "report"));
    }

    @Override
    public void rejected(RejectedRow row) {
      rejected.add(Objects.requireNonNull(row, "row"));
    }

    @Override
    public void warning(ImportWarning warning) {
      warnings.add(Objects.requireNonNull(warning, "warning"));
    }

    /**
     * Adds the counts of one file read.
     *
     * @param counts the counts
     * @return this builder
     */
    public Builder addCounts(ImportCounts counts) {
      files.add(Objects.requireNonNull(counts, "counts"));
      return this;
    }

    /**
     * Builds the result.
     *
     * @return the result
     * @throws IllegalArgumentException if the counts do not agree with the reports and rejected rows
     * @see ImportResult#of
     */
    public ImportResult build() {
      return ImportResult.of(imported, rejected, warnings, files);
    }
  }
}
