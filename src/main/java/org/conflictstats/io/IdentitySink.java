package org.conflictstats.io;

import java.util.ArrayDeque;
import org.conflictstats.model.ReportFingerprint;
import org.conflictstats.model.ReportKey;
import org.conflictstats.model.StrikeReport;

/**
 * Sits between a reader and a sink for one input of a {@link DistinctReports} reading and decides,
 * report by report, which reports the sink gets. The decision is made in {@link #accept} on the
 * reader's threads, from the index of the inputs read before (which nobody changes while an input
 * is read) and the part's own keys; what the part saw is put in order at {@link #merge}, on the
 * calling thread: the index of this input, the copies and revisions, and whether the decisions
 * made without the whole picture were right (see {@link Mode#OPTIMISTIC}).
 *
 * @param <P> the sink's part
 */
final class IdentitySink<P> implements ReportSink<IdentitySink.Part<P>> {

  /** What the sink gets. */
  enum Mode {
    /**
     * The first report of each key, as far as a part can tell: not in an earlier input, not earlier
     * in the part. Right unless this input holds a key in two parts, or a later report revises one
     * counted under {@code Prefer.LAST}; the merge notices both ({@link DistinctReports.Tracker#dirty}).
     */
    OPTIMISTIC,
    /** Exactly the report that counts for each key, from the complete index of a first reading. */
    FINAL,
    /** Every report: the copies and revisions are only told. */
    LISTING,
    /** No report: a first reading that only builds the index. */
    INDEXING
  }

  /** A part: the sink's own part and what the identity check saw in it. */
  static final class Part<P> {
    final P part;
    final SeenReports seen;
    /** The keys of the part's reports, when the part decides on its own (optimistic); else null. */
    final PartKeys keys;
    long lineless;

    Part(P part, SeenReports seen, PartKeys keys) {
      this.part = part;
      this.seen = seen;
      this.keys = keys;
    }
  }

  /**
   * The columns of merged parts, cleared, for new parts to reuse: at most {@link #KEPT}. A read has
   * a few parts alive at a time (the ranges read ahead of the merge), so after its first parts it
   * allocates no columns: they stay in the old generation instead of being allocated again for
   * every part and copied by the young collections until its merge (on a large file, most of what
   * those collections copied). Reader threads take, the merging thread gives back; both under the
   * lock of {@code kept}.
   */
  private final ArrayDeque<Columns> kept = new ArrayDeque<>();
  /** More than the parts a read has alive at once (its threads' ranges and one being merged). */
  static final int KEPT = 8;

  /** A merged part's columns and, when the mode keeps them, its keys (null otherwise), cleared. */
  private record Columns(SeenReports seen, PartKeys keys) {}

  private final ReportSink<P> sink;
  private final Mode mode;
  private final DistinctReports.Tracker tracker;
  private final int input;
  /**
   * How many reports a new part expects: an eighth more than the last part merged had (parts of a
   * read are ranges of about the same size), at most {@link #MOST_EXPECTED} (a whole input read as
   * one part must not make every part of the next input start that large). Written by the merging
   * thread, read by the readers; only a starting size, so any value a reader sees is right.
   */
  private volatile int expectedReports = 16;
  /** About the reports of a range of the largest rows' worth: 8 MB of columns at the most. */
  private static final int MOST_EXPECTED = 1 << 17;

  IdentitySink(ReportSink<P> sink, Mode mode, DistinctReports.Tracker tracker, int input) {
    this.sink = sink;
    this.mode = mode;
    this.tracker = tracker;
    this.input = input;
  }

  @Override
  public Part<P> newPart() {
    Columns c;
    synchronized (kept) {
      c = kept.poll();
    }
    if (c == null) {
      SeenReports seen = new SeenReports(expectedReports);
      c = new Columns(seen, mode == Mode.OPTIMISTIC ? new PartKeys(seen) : null);
    }
    return new Part<>(mode == Mode.INDEXING ? null : sink.newPart(), c.seen(), c.keys());
  }

  @Override
  public void accept(Part<P> part, ImportedReport imported) {
    StrikeReport report = imported.report();
    if (imported.rows().isEmpty()) {
      // no weapon line, so no row to tell it by: passed on as it is
      part.lineless++;
      if (mode != Mode.INDEXING) {
        sink.accept(part.part, imported);
      }
      return;
    }
    ReportFingerprint fp = ReportFingerprint.of(report);
    FileLocation at = imported.location();
    long where = IdentityIndex.where(input, at.line());
    boolean counted;
    // a partial copy (rows of a report given again, lacking some of them) is never the report that
    // counts: the report it repeats rows of counts for it
    boolean partial = imported.partialCopyOf().isPresent();
    switch (mode) {
      case OPTIMISTIC:
        // the part's keys are those of its reports in part.seen (added below, always, in this
        // mode): this report's will be at part.seen.size()
        counted = !partial && tracker.settled().find(fp.keyHigh(), fp.keyLow()) < 0
            && part.keys.addIfAbsent(fp.keyHigh(), fp.keyLow(), part.seen.size());
        break;
      case FINAL:
        counted = !partial && tracker.counts(fp, where);
        break;
      case LISTING:
        counted = true;
        break;
      default:
        counted = false;
    }
    if (counted) {
      sink.accept(part.part, imported);
    }
    if (mode != Mode.FINAL) {
      part.seen.add(fp, ReportKey.of(report), at, where, counted, imported.partialCopyOf()
          .map(of -> IdentityIndex.where(input, of.line())).orElse(0L));
    }
  }

  @Override
  public void merge(Part<P> part) {
    int n = part.seen.size();
    expectedReports = Math.min(MOST_EXPECTED, n + (n >> 3));
    for (int i = 0; i < part.seen.size(); i++) {
      tracker.record(input, part.seen, i, mode == Mode.OPTIMISTIC);
    }
    if (mode != Mode.FINAL) {
      tracker.lineless(input, part.lineless);
    }
    if (mode != Mode.INDEXING) {
      sink.merge(part.part);
    }
    keep(part);
  }

  /** Gives a merged part's columns back for a new part, unless {@link #KEPT} are kept already. */
  private void keep(Part<P> part) {
    part.seen.clear();
    if (part.keys != null) {
      part.keys.clear();
    }
    synchronized (kept) {
      if (kept.size() < KEPT) {
        kept.add(new Columns(part.seen, part.keys));
      }
    }
  }

  @Override
  public void rejected(RejectedRow row) {
    if (mode != Mode.INDEXING) { // the reading after an indexing one gives them to the sink
      sink.rejected(row);
    }
  }

  @Override
  public void warning(ImportWarning warning) {
    if (mode != Mode.INDEXING) {
      sink.warning(warning);
    }
  }
}
