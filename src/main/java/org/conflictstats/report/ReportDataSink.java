package org.conflictstats.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collector;
import org.conflictstats.io.FileLocation;
import org.conflictstats.io.IdentityCounts;
import org.conflictstats.io.ImportCounts;
import org.conflictstats.io.ImportWarning;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.io.RejectedRow;
import org.conflictstats.io.ReportSink;
import org.conflictstats.model.StrikeReport;
import org.conflictstats.model.WeaponLine;
import org.conflictstats.stats.Dimension;
import org.conflictstats.stats.ReportFilter;
import org.conflictstats.stats.StatsQuery;
import org.conflictstats.stats.StatsTable;
import org.conflictstats.summary.SummaryFacts;
import org.conflictstats.validation.Finding;
import org.conflictstats.validation.ValidationResult;
import org.conflictstats.validation.Validator;

/**
 * Gathers what the report shows while the inputs stream through it, so that a file of any size is
 * reported in memory that grows with the groups of its tables, not with the file: the report's four
 * tables, the reports by source, the period, the validation findings by code with their first
 * lines, the missing values of each field, and the import's warnings. A reader may fill parts on
 * several threads; parts merge in input order, as {@link ReportSink} says.
 *
 * <pre>{@code
 * ReportDataSink sink = new ReportDataSink(ReportSettings.standard()
 *     .withInterval(IntervalMethod.WILSON, 0.95));
 * ImportCounts counts = AirForceCsv.reader().read(Path.of("a.csv"), sink);
 * ReportData data = sink.result(List.of(counts), Optional.empty());
 * }</pre>
 */
public final class ReportDataSink implements ReportSink<ReportDataSink.Part> {

  /**
   * The tables the sections show: by weapon (the summary's, whose total is the page's), by month,
   * by month and family, by family.
   */
  static final List<List<Dimension>> TABLES = List.of(List.of(Dimension.WEAPON),
      List.of(Dimension.MONTH),
      List.of(Dimension.MONTH, Dimension.FAMILY), List.of(Dimension.FAMILY));

  /** How many of the import's warnings are kept to show. */
  static final int FIRST_WARNINGS = 5;

  private static final Validator VALIDATOR = Validator.standard();

  final ReportSettings settings;
  private final List<Supplier<Object>> suppliers = new ArrayList<>();
  private final List<BiConsumer<Object, StrikeReport>> accumulators = new ArrayList<>();
  private final List<BinaryOperator<Object>> combiners = new ArrayList<>();
  private final List<Function<Object, StatsTable>> finishers = new ArrayList<>();
  final Part merged;
  long warnings;
  final List<ImportWarning> firstWarnings = new ArrayList<>();
  private boolean finished;
  /** The verdict of the report being accepted on each thread, for the tables' queries. */
  private final ThreadLocal<Verdict> verdicts = ThreadLocal.withInitial(Verdict::new);

  /**
   * Starts an empty sink that counts and shows as the settings say. With a filter, its tables and
   * summary rates count only the lines the filter passes, as {@code rates} and {@code summary}
   * with the same filter do; the reports, period and sources of the summary count every report
   * read, as {@code summary}'s do. The findings and the missing values cover the reports the
   * filter passes (their date, and one line at least), each whole, as {@code validate} with the
   * same filter checks them; rejected rows whatever the filter.
   *
   * <pre>{@code
   * ReportDataSink sink = new ReportDataSink(ReportSettings.standard()
   *     .withFilter(ReportFilter.all().withFamilies(List.of("drones"))));
   * }</pre>
   *
   * @param settings the scope, rate, interval, regimes, filter and the rest
   */
  public ReportDataSink(ReportSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    for (List<Dimension> dimensions : TABLES) {
      add(query(dimensions.toArray(Dimension[]::new)).withInvalidWhen(this::hasErrors).toTable());
    }
    this.merged = newPart();
  }

  @SuppressWarnings("unchecked")
  private <A> void add(Collector<StrikeReport, A, StatsTable> c) {
    suppliers.add((Supplier<Object>) c.supplier());
    accumulators.add((BiConsumer<Object, StrikeReport>) c.accumulator());
    combiners.add((BinaryOperator<Object>) c.combiner());
    finishers.add((Function<Object, StatsTable>) c.finisher());
  }

  /**
   * The query of a table of the given dimensions, in this report's scope. Only the summary's table
   * (by weapon) looks for overlap between sources: the page shows its total's, and the check is a
   * good part of a table's work.
   */
  StatsQuery query(Dimension... dimensions) {
    return StatsQuery.groupBy(dimensions).withScope(settings.scope())
        .withAttribution(settings.attribution())
        .withInvalidReportsKept(settings.keepsInvalidReports()).withRegimes(settings.regimes())
        .withFilter(settings.filter())
        .withOverlapCheck(List.of(dimensions).equals(TABLES.get(0)));
  }

  /**
   * Whether a report has validation errors: the verdict that {@link #accept} found for it while
   * gathering its findings, so that a report is validated once rather than once more in each
   * table; any other report is validated here.
   */
  private boolean hasErrors(StrikeReport report) {
    Verdict v = verdicts.get();
    return v.report == report ? v.errors : VALIDATOR.hasErrors(report);
  }

  /** The report being accepted on a thread and whether its validation found an error. */
  private static final class Verdict {
    StrikeReport report;
    boolean errors;
  }

  /**
   * What one part of the input gathers (a range of a file read on its own thread); opaque outside
   * the sink, which makes, fills and merges its parts:
   *
   * <pre>{@code
   * ReportDataSink sink = new ReportDataSink(ReportSettings.standard());
   * ReportDataSink.Part part = sink.newPart();
   * sink.accept(part, imported);   // each report of the part, in order
   * sink.merge(part);              // the parts in input order
   * }</pre>
   */
  public static final class Part {
    final Object[] tables;
    /** The reports, lines, period and sources, as {@code summary} counts them. */
    final SummaryFacts facts = new SummaryFacts();
    final Map<String, FindingTally> findings = new TreeMap<>();
    final long[] missing = new long[MissingnessSection.FIELDS.size()];
    /** The reports whose findings and missing values are gathered (the filter passes them). */
    long checkedReports;
    /** Their weapon lines. */
    long checkedLines;

    private Part(Object[] tables) {
      this.tables = tables;
    }
  }

  @Override
  public Part newPart() {
    Object[] tables = new Object[suppliers.size()];
    for (int i = 0; i < tables.length; i++) {
      tables[i] = suppliers.get(i).get();
    }
    return new Part(tables);
  }

  @Override
  public void accept(Part part, ImportedReport imported) {
    StrikeReport r = imported.report();
    ValidationResult result = VALIDATOR.validate(r);
    Verdict v = verdicts.get();
    v.report = r;
    v.errors = result.hasErrors();
    try {
      for (int i = 0; i < part.tables.length; i++) {
        accumulators.get(i).accept(part.tables[i], r);
      }
    } finally {
      v.report = null;
    }
    part.facts.add(r);
    // the findings and missing values of the reports the filter passes, each whole, as validate
    // with the same filter checks them
    ReportFilter filter = settings.filter();
    if (!filter.isAll() && !filter.passes(r, settings.attribution().dateOf(r.period()))) {
      return;
    }
    part.checkedReports++;
    part.checkedLines += r.lines().size();
    for (Finding f : result.findings()) {
      FileLocation at = imported.locationOf(f.path().lineIndex());
      part.findings.computeIfAbsent(f.code(),
          c -> new FindingTally(f.severity().name().toLowerCase(Locale.ROOT)))
          .add(new FindingTally.Occurrence(at.file() + ":" + at.line(), f.reportId(),
              f.path().toString(), f.message()));
    }
    List<WeaponLine> ls = r.lines();
    List<MissingnessSection.Field> fields = MissingnessSection.FIELDS;
    for (int j = 0; j < ls.size(); j++) {
      WeaponLine l = ls.get(j);
      for (int i = 0; i < part.missing.length; i++) {
        if (fields.get(i).test().test(l)) {
          part.missing[i]++;
        }
      }
    }
  }

  @Override
  public void merge(Part part) {
    checkOpen();
    Part m = merged;
    for (int i = 0; i < m.tables.length; i++) {
      m.tables[i] = combiners.get(i).apply(m.tables[i], part.tables[i]);
    }
    m.facts.merge(part.facts);
    part.findings.forEach((code, t) -> m.findings.merge(code, t, (a, b) -> {
      a.addAll(b);
      return a;
    }));
    for (int i = 0; i < m.missing.length; i++) {
      m.missing[i] += part.missing[i];
    }
    m.checkedReports += part.checkedReports;
    m.checkedLines += part.checkedLines;
  }

  @Override
  public void rejected(RejectedRow row) {
    checkOpen();
    merged.findings.computeIfAbsent("REJECTED_ROW", c -> new FindingTally("error"))
        .add(new FindingTally.Occurrence(row.file() + ":" + row.line(), "",
            row.field().orElse(""), row.reason()));
  }

  @Override
  public void warning(ImportWarning warning) {
    checkOpen();
    warnings++;
    if (firstWarnings.size() < FIRST_WARNINGS) {
      firstWarnings.add(Objects.requireNonNull(warning, "warning"));
    }
  }

  private void checkOpen() {
    if (finished) {
      throw new IllegalStateException("the report's data was already made from this sink");
    }
  }

  /**
   * Returns what the report shows, from everything merged so far. Call it once, after the last
   * input.
   *
   * @param files the counts of each input read, in order
   * @param identity the reports given more than once across the inputs, if they were looked for
   * @return the report's data
   * @throws IllegalStateException if called twice
   */
  public ReportData result(List<ImportCounts> files, Optional<IdentityCounts> identity) {
    checkOpen();
    finished = true;
    Map<List<Dimension>, StatsTable> tables = new java.util.HashMap<>();
    for (int i = 0; i < TABLES.size(); i++) {
      tables.put(TABLES.get(i), finishers.get(i).apply(merged.tables[i]));
    }
    return new ReportData(this, files, identity, tables);
  }
}
