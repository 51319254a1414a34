package org.conflictstats.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collector;

/**
 * Where a reader sends the reports of an import that it may read in parts, on several threads: the
 * reader cuts its input into parts (byte ranges of a file), fills one {@linkplain #newPart() part}
 * per range with that range's reports, and {@linkplain #merge merges} the parts in input order, one
 * at a time, on the calling thread. Rejected rows come in input order on the calling thread too,
 * and warnings: those of a header when it is read, those about rows (each counting the rows of its
 * kind, at the first one's line) at the end of the file. A sink may live across several imports: one sink, many files.
 *
 * <pre>{@code
 * var sink = ReportSink.collecting(Collectors.toList());   // a ReportSink.Collecting
 * AirForceCsv.reader().read(Path.of("a.csv"), sink);
 * AirForceCsv.reader().read(Path.of("b.csv"), sink);
 * List<ImportedReport> all = sink.result();
 *
 * // a grouped table, aggregated in parallel, in memory that grows with the groups only:
 * var table = ReportSink.collecting(ImportedReport::report, query.toTable());
 * StatsTable t = table.result();   // after the reads
 * }</pre>
 *
 * <p>Contract: {@link #accept} may be called on any thread, but for one part always on one thread,
 * and must change nothing but that part (a part may be thrown away and its range read again).
 * {@link #merge}, {@link #rejected} and {@link #warning} are called on the reader's calling thread,
 * in input order.
 *
 * @param <P> the part: what one range of an input accumulates
 */
public interface ReportSink<P> {

  /**
   * Returns a new, empty part.
   *
   * @return the part
   */
  P newPart();

  /**
   * Adds a report to a part. Reports of one part come in input order.
   *
   * @param part the part
   * @param report the report
   */
  void accept(P part, ImportedReport report);

  /**
   * Merges a filled part into the sink's result. Parts come in input order.
   *
   * @param part the part, not used again by the reader
   */
  void merge(P part);

  /**
   * Receives a rejected row, in input order. Does nothing by default.
   *
   * @param row the row
   */
  default void rejected(RejectedRow row) {}

  /**
   * Receives a warning of the import. Does nothing by default.
   *
   * @param warning the warning
   */
  default void warning(ImportWarning warning) {}

  /**
   * Returns a handler that feeds a sink from a reader that reads in order, on this thread: reports
   * go into parts that are merged as they fill (the first parts hold 1, 2, 4, ... reports, so that
   * the first reports arrive at once; then 4096 each), rejected rows and warnings straight to the
   * sink. Call {@link Feeder#finish()} after the last report.
   *
   * <pre>{@code
   * // a reader that reports one by one to an ImportHandler, here of characters
   * ReportSink.Feeder<?> feeder = ReportSink.feeder(sink);
   * try (Reader in = Files.newBufferedReader(path)) {
   *   JsonLinesReader.read(in, "reports.jsonl", options, feeder);
   * }
   * feeder.finish();
   * // from bytes or a path, the readers take the sink itself:
   * // JsonLinesReader.read(inputStream, "reports.jsonl", options, sink)
   * }</pre>
   *
   * @param sink the sink
   * @param <P> the sink's part
   * @return the handler
   */
  static <P> Feeder<P> feeder(ReportSink<P> sink) {
    return new Feeder<>(sink);
  }

  /**
   * Feeds a sink from a reader that reads in order: see {@link ReportSink#feeder}. Not thread-safe.
   *
   * @param <P> the sink's part
   */
  final class Feeder<P> implements ImportHandler {
    private static final int MOST = 4096;
    private final ReportSink<P> sink;
    private P part;
    private int inPart;
    private int partSize = 1;

    private Feeder(ReportSink<P> sink) {
      this.sink = Objects.requireNonNull(sink, "sink");
      this.part = sink.newPart();
    }

    @Override
    public void report(ImportedReport report) {
      sink.accept(part, report);
      if (++inPart == partSize) {
        sink.merge(part);
        part = sink.newPart();
        inPart = 0;
        partSize = Math.min(MOST, partSize * 2);
      }
    }

    @Override
    public void rejected(RejectedRow row) {
      sink.rejected(row);
    }

    @Override
    public void warning(ImportWarning warning) {
      sink.warning(warning);
    }

    /** Merges the last part. */
    public void finish() {
      sink.merge(part);
      part = sink.newPart();
      inPart = 0;
    }
  }

  /**
   * Returns a sink that hands every report, rejected row and warning to a handler, in input order,
   * on the calling thread: a part holds the reports of one range until it is merged.
   *
   * @param handler the handler
   * @return the sink
   */
  static ReportSink<List<ImportedReport>> of(ImportHandler handler) {
    Objects.requireNonNull(handler, "handler");
    return new ReportSink<>() {
      @Override
      public List<ImportedReport> newPart() {
        return new ArrayList<>();
      }

      @Override
      public void accept(List<ImportedReport> part, ImportedReport report) {
        part.add(report);
      }

      @Override
      public void merge(List<ImportedReport> part) {
        part.forEach(handler::report);
      }

      @Override
      public void rejected(RejectedRow row) {
        handler.rejected(row);
      }

      @Override
      public void warning(ImportWarning warning) {
        handler.warning(warning);
      }
    };
  }

  /**
   * Returns a sink that collects reports with a {@link Collector}: a part is one of its accumulation
   * containers, merging is its combiner (the merged-so-far container on the left), and
   * {@link Collecting#result()} applies its finisher. An ordered collector sees the reports in input
   * order.
   *
   * @param collector the collector
   * @param <A> the collector's container
   * @param <R> the result
   * @return the sink
   */
  static <A, R> Collecting<ImportedReport, A, R> collecting(
      Collector<? super ImportedReport, A, R> collector) {
    return new Collecting<>(Function.identity(), collector);
  }

  /**
   * Returns a sink that maps each report, then collects it, as {@link #collecting(Collector)} does:
   * for a collector of {@link org.conflictstats.model.StrikeReport}s, map with
   * {@code ImportedReport::report}.
   *
   * @param mapper from imported report to what the collector takes
   * @param collector the collector
   * @param <T> what the collector takes
   * @param <A> the collector's container
   * @param <R> the result
   * @return the sink
   */
  static <T, A, R> Collecting<T, A, R> collecting(Function<? super ImportedReport, T> mapper,
      Collector<? super T, A, R> collector) {
    return new Collecting<>(mapper, collector);
  }

  /**
   * A sink that collects reports with a {@link Collector}; rejected rows and warnings are dropped
   * unless a handler is set with {@link #onRejected} and {@link #onWarning}.
   *
   * @param <T> what the collector takes
   * @param <A> the collector's container
   * @param <R> the result
   */
  final class Collecting<T, A, R> implements ReportSink<A> {
    private final Function<? super ImportedReport, T> mapper;
    private final Supplier<A> supplier;
    private final BiConsumer<A, ? super T> accumulator;
    private final BinaryOperator<A> combiner;
    private final Function<A, R> finisher;
    private A merged;
    private Consumer<? super RejectedRow> rejected = r -> { };
    private Consumer<? super ImportWarning> warned = w -> { };

    @SuppressWarnings("unchecked")
    private Collecting(Function<? super ImportedReport, T> mapper,
        Collector<? super T, A, R> collector) {
      this.mapper = Objects.requireNonNull(mapper, "mapper");
      Objects.requireNonNull(collector, "collector");
      this.supplier = collector.supplier();
      this.accumulator = collector.accumulator();
      this.combiner = collector.combiner();
      this.finisher = collector.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH)
          ? a -> (R) a : collector.finisher();
      this.merged = supplier.get();
    }

    /**
     * Sets what receives rejected rows.
     *
     * @param handler the handler
     * @return this sink
     */
    public Collecting<T, A, R> onRejected(Consumer<? super RejectedRow> handler) {
      this.rejected = Objects.requireNonNull(handler, "handler");
      return this;
    }

    /**
     * Sets what receives warnings.
     *
     * @param handler the handler
     * @return this sink
     */
    public Collecting<T, A, R> onWarning(
        Consumer<? super ImportWarning> handler) {
      this.warned = Objects.requireNonNull(handler, "handler");
      return this;
    }

    @Override
    public A newPart() {
      return supplier.get();
    }

    @Override
    public void accept(A part, ImportedReport report) {
      accumulator.accept(part, mapper.apply(report));
    }

    @Override
    public void merge(A part) {
      merged = combiner.apply(merged, part);
    }

    @Override
    public void rejected(RejectedRow row) {
      rejected.accept(row);
    }

    @Override
    public void warning(ImportWarning warning) {
      warned.accept(warning);
    }

    /**
     * Returns the result of everything merged so far: the collector's finisher applied to the merged
     * container. Call it once, after the last import.
     *
     * @return the result
     */
    public R result() {
      return finisher.apply(merged);
    }
  }
}
