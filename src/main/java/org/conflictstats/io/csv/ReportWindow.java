package org.conflictstats.io.csv;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.conflictstats.io.FileLocation;
import org.conflictstats.io.ImportedReport;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.Source;
import org.conflictstats.model.WeaponLine;

/**
 * Assembles rows into reports (the one report-assembly window of the reader): rows with equal
 * {@link ReportKey}s make one report; at most {@code window} reports are open, and when one more
 * starts, the one that started first is complete and emitted, so memory stays bounded by the window.
 * Reports are emitted in the order of their first rows.
 *
 * <p>A row whose report was emitted already starts a separate report {@code <id>#2} (and {@code #3}
 * ...) with a warning; the window remembers the keys of the last {@code 16 * window} emitted reports
 * for this. A row of an open report that does not follow a row of the same report starts a run that
 * comes back: merged into the report and counted ({@link #nonContiguous()}), unless a row of the run
 * repeats, byte for byte, a row the report had before the run: then the run is the report given
 * again, a separate report {@code <id>#2} (and {@code #3} ...) of the same period and source, open
 * beside the first under another key ({@link ReportKey#version}), and the key's later rows go to
 * its newest report ({@link #givenAgain()}); such a report that holds only rows of the report it
 * was split from (some maybe more than once), lacking some of them, is built as its partial
 * copy ({@link org.conflictstats.io.ImportedReport#partialCopyOf()}). In a speculative window that
 * only marks the range for reading again in order.
 *
 * <p>A window can be handed over: {@link #open()} and {@link #closed()} give its state, and a new
 * window can {@linkplain #resume resume} from such a state, which is how a file read in byte ranges
 * gives the same reports as a file read in order.
 *
 * <p>A <em>speculative</em> window (for a range read on the assumption that no report of an earlier
 * range goes on in it, and that no row comes back) keeps no memory of emitted reports: it records the
 * hash of every key that starts a report, and when a key starts a report twice it only notes that the
 * assumption failed ({@link #returned()}), for the range to be read again in order. Not thread-safe.
 */
final class ReportWindow {

  private final int window;
  private final int remember;
  private final Consumer<ImportedReport> emit;
  private final OpenReports open = new OpenReports();
  private final ClosedKeys closed;
  private final LongSet firstKeys;
  private final ReportKey[] recent;
  private int recentCount;
  private boolean returned;
  private ReportKey lastRowKey;
  private OpenReport lastReport;
  private long emitted;
  private long nonContiguous;
  private long firstNonContiguousLine;
  private boolean retractedEarlier;
  private long givenAgain;
  private long firstGivenAgainLine;
  private long twins;
  private long firstTwinLine;
  private long late;
  private long firstLateLine;
  private String firstLateId = "";
  // keys whose first report was emitted while a later version is open: to the newest version
  private final Map<ReportKey, OpenReport> versionsAfterFirst = new HashMap<>();

  /**
   * A window.
   *
   * @param window the number of open reports; {@code Integer.MAX_VALUE} keeps every report open
   * @param emit receives each complete report
   * @param speculative whether this is a speculative window (see the class comment)
   */
  ReportWindow(int window, Consumer<ImportedReport> emit, boolean speculative) {
    this.window = window;
    this.remember = window >= Integer.MAX_VALUE / 16 ? 0 : window * 16;
    this.emit = emit;
    this.firstKeys = speculative ? new LongSet() : null;
    this.recent = speculative ? new ReportKey[remember + window] : null;
    this.closed = speculative ? null : new ClosedKeys(remember);
  }

  /** Starts from the state another window handed over: its open reports and emitted keys. */
  void resume(List<OpenReport> openReports, Map<ReportKey, Integer> closedKeys,
      ReportKey lastKey) {
    closedKeys.forEach(closed::put);
    for (OpenReport r : openReports) {
      open.add(r);
    }
    for (OpenReport r : openReports) {
      if (r != r.first && open.get(r.first.key) == null) {
        versionsAfterFirst.put(r.first.key, r.first.newest);
      }
    }
    lastRowKey = lastKey;
    // the last row went to the newest version of its key
    lastReport = lastKey == null ? null : newestOpen(lastKey);
  }

  /**
   * Adds a row.
   *
   * @param key the row's key
   * @param period the period, built once per key by the caller
   * @param source the source
   * @param targetArea the report's target area if this row starts it
   * @param line the row's line
   * @param at the row's location
   * @param hash a hash of the row's bytes as read ({@link RecordScanner#recordHash()})
   */
  void add(ReportKey key, ReportPeriod period, Source source, String targetArea, WeaponLine line,
      FileLocation at, long hash) {
    OpenReport r = lastReport;
    if (r != null && (key == lastRowKey || key.equals(lastRowKey))) {
      // the run goes on; a row of a run that came back, the same as a row before the run, makes
      // the run a report given again
      if (r.runStart >= 0 && r.repeats(hash, r.runStart)) {
        // the copy starts at the report's first row where the run repeats it (a file appended to
        // itself whose last row is of its first report: the rows before it are the first's)
        r = r.repeats(hash, 1) ? givenAgain(r, r.size(), targetArea, at.line())
            : givenAgain(r, r.runStart, r.runTarget, r.runLine);
      } else if (r.repeats(hash, r.size())) {
        // the same bytes as a row of the run: two lines of the report, both counted, but no
        // published file has such a pair (a row given twice side by side, or sorted beside its
        // copy): told (rv51b)
        twins++;
        if (firstTwinLine == 0) {
          firstTwinLine = at.line();
        }
      }
    } else {
      r = newestOpen(key);
      if (r == null) {
        r = start(key, period, source, targetArea, at);
      } else if (r.repeats(hash, r.size())) {
        // a run that comes back, to the newest version of the report, with a row it has
        r = givenAgain(r, r.size(), targetArea, at.line());
      } else {
        r.runStart = r.size();
        r.runTarget = targetArea;
        r.runLine = at.line();
        nonContiguous++;
        if (firstNonContiguousLine == 0) {
          firstNonContiguousLine = at.line();
        }
      }
    }
    lastRowKey = key;
    lastReport = r;
    r.add(line, at, hash);
  }

  /** The newest open report of a row's key, or null when none is open. */
  private OpenReport newestOpen(ReportKey key) {
    OpenReport r = open.get(key);
    if (r != null) {
      return r.newest;
    }
    return versionsAfterFirst.isEmpty() ? null : versionsAfterFirst.get(key);
  }

  /** Opens a report for a key that has none open. */
  private OpenReport start(ReportKey key, ReportPeriod period, Source source, String targetArea,
      FileLocation at) {
    String id = key.id();
    int number = 1;
    if (firstKeys != null) {
      if (!firstKeys.add(key.hash64())) {
        returned = true;
      }
      recent[recentCount++ % recent.length] = key;
    } else {
      int seen = closed.count(key);
      if (seen > 0) {
        number = seen + 1;
        closed.put(key, number);
        id = id + "#" + number;
        // counted, and said once at the end as the other rows' warnings are (rv51b: one line a
        // row, 10,000 lines for a shuffled file of 6 MB)
        late++;
        if (firstLateLine == 0) {
          firstLateLine = at.line();
          firstLateId = id;
        }
      }
    }
    OpenReport r = new OpenReport(key, id, period, source, targetArea, number);
    if (number > 1) {
      r.mayCopyRowsOf(closed.stored(key)); // a row given again after the window: review rv46d
    }
    open.add(r);
    if (open.size() > window) {
      emit(open.pollEldest());
    }
    return r;
  }

  /**
   * A run of rows that came back to an open report repeats one of its rows byte for byte: the run
   * (its rows from {@code runStart} on, and the row being added) is the report given again, a
   * separate report {@code <id>#2} that {@code DistinctReports} counts as a copy or a revision of
   * the first, as for a row that comes back after the window. In a speculative window the range is
   * read again in order instead.
   */
  private OpenReport givenAgain(OpenReport r, int runStart, String targetArea, long line) {
    if (firstKeys != null) {
      returned = true;
      r.runStart = -1;
      return r;
    }
    if (runStart < r.size()) {
      // the run was counted as rows joining their report, the last run counted: taken back
      nonContiguous--;
      if (firstNonContiguousLine == r.runLine) {
        firstNonContiguousLine = 0; // the only run this window counted
      } else if (firstNonContiguousLine == 0) {
        retractedEarlier = true; // counted by the window this one resumed from
      }
    }
    OpenReport v = OpenReport.nextVersion(r, runStart, targetArea);
    if (versionsAfterFirst.containsKey(r.first.key)) {
      versionsAfterFirst.put(r.first.key, v);
    }
    givenAgain++;
    if (firstGivenAgainLine == 0) {
      firstGivenAgainLine = line;
    }
    if (remember > 0) {
      closed.put(r.first.key, r.first.versions);
    }
    open.add(v);
    if (open.size() > window) {
      emit(open.pollEldest());
    }
    return v;
  }

  private void emit(OpenReport r) {
    emitted++;
    if (closed != null && remember > 0) {
      closed.put(r.first.key, r.first.versions);
    }
    if (r == lastReport) {
      lastReport = null;
    }
    if (r == r.first) {
      if (r.newest != r) {
        versionsAfterFirst.put(r.key, r.newest);
      }
    } else if (versionsAfterFirst.get(r.first.key) == r) {
      versionsAfterFirst.remove(r.first.key);
    }
    emit.accept(r.build());
  }

  /** Emits every open report, in the order of their first rows. */
  void flush() {
    for (OpenReport r : open.inOrder()) {
      emit(r);
    }
    open.clear();
    versionsAfterFirst.clear();
    lastReport = null;
  }

  /** The open reports, in the order of their first rows. */
  List<OpenReport> open() {
    return open.inOrder();
  }

  /**
   * The remembered keys of emitted reports, oldest first, with how many reports each made. For a
   * speculative window without returned keys: the keys of its emitted reports, each once.
   */
  Map<ReportKey, Integer> closed() {
    if (closed != null) {
      return closed.inOrder();
    }
    return onceEach(emittedKeys());
  }

  /** Remembered keys as {@link #closed} gives them: in order, each with one report. */
  static LinkedHashMap<ReportKey, Integer> onceEach(ReportKey[] keys) {
    LinkedHashMap<ReportKey, Integer> out = new LinkedHashMap<>();
    for (ReportKey k : keys) {
      out.put(k, 1);
    }
    return out;
  }

  /**
   * For a speculative window without returned keys: the keys of its last emitted reports, oldest
   * first, each once, as many as it remembers ({@code 16 * window}) or fewer; what {@link #closed}
   * holds, without a map.
   */
  ReportKey[] emittedKeys() {
    // emitted reports are those that started first: the recent keys but the open ones
    int have = Math.min(recentCount, recent.length);
    int emittedRecent = have - open.size();
    int from = Math.max(0, emittedRecent - remember);
    ReportKey[] out = new ReportKey[Math.max(0, emittedRecent - from)];
    for (int i = from; i < emittedRecent; i++) {
      out[i - from] = recent[(recentCount - have + i) % recent.length];
    }
    return out;
  }

  ReportKey lastRowKey() {
    return lastRowKey;
  }

  /** The hashes of the keys that started a report here (speculative windows). */
  LongSet firstKeys() {
    return firstKeys;
  }

  /** Whether, in a speculative window, a key started a report twice. */
  boolean returned() {
    return returned;
  }

  long emitted() {
    return emitted;
  }

  long nonContiguous() {
    return nonContiguous;
  }

  long firstNonContiguousLine() {
    return firstNonContiguousLine;
  }

  /**
   * Whether a run counted as not next to its report by the window this one resumed from (the last
   * it counted) was taken back, having become a report given again here.
   */
  boolean retractedEarlier() {
    return retractedEarlier;
  }

  /** The runs of rows that came back, each the same as rows of its report: reports given again. */
  long givenAgain() {
    return givenAgain;
  }

  /**
   * Reports started by rows that came back after the window forgot their report (a run of such
   * rows starts one).
   */
  long late() {
    return late;
  }

  long firstLateLine() {
    return firstLateLine;
  }

  /** The id of the report the first such row started ({@code <id>#2}), or empty. */
  String firstLateId() {
    return firstLateId;
  }

  /** Rows the same byte for byte as a row before them in their report's run: both counted. */
  long twins() {
    return twins;
  }

  long firstTwinLine() {
    return firstTwinLine;
  }

  long firstGivenAgainLine() {
    return firstGivenAgainLine;
  }
}
