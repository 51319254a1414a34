package org.conflictstats.io;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.conflictstats.model.ReportFingerprint;
import org.conflictstats.model.ReportKey;

/**
 * Reads several inputs into one sink with each report counted once (DOMAIN.md §10): the dataset is
 * published as cumulative snapshots, so two inputs (or one input twice, or a JSON Lines file that
 * holds a report twice) often hold the same report, and summing them would count it twice.
 *
 * <p><b>The same report.</b> Two reports are the same report when they have the same
 * {@link ReportKey} (the post and the period). They are <i>copies</i> when their lines are the same
 * too (the same weapons with the same six counts, in any order: {@link ReportFingerprint} says
 * exactly what is compared), and one is a <i>revision</i> of the other when their lines differ.
 *
 * <p><b>Which report counts.</b> The inputs are read in the order given, each from its start. The
 * versions of a key (its distinct sets of lines) are ordered by their first appearance. A report
 * whose key and lines were read before is a copy ({@link IdentityEvent.Kind#DUPLICATE}); one whose
 * key was read before with other lines is a revision ({@link IdentityEvent.Kind#REVISION}), a new
 * version. Exactly one report of each key reaches the sink: under {@link Prefer#LAST} (the default)
 * the first report of its latest version, which for snapshots given oldest first is the newest
 * release's; under {@link Prefer#FIRST} the first report of its first version. A version that comes
 * back after a later one is a copy of its first appearance, not a new revision (inputs A, B, A with
 * a report revised in B: B's version counts). So reading A, B, A gives what A, B gives, and A, A
 * what A gives. A report without weapon lines (possible in JSON only) has no row to tell it by and
 * is passed on as it is. Rows of one post that the Air Force CSV reader gives as two reports (rows
 * that come back after its grouping window) are two reports of one key: a copy when their lines are
 * the same, otherwise the later revises the earlier and only one counts; read such a file with a
 * wider window ({@code AirForceCsvReader.withGroupingWindow}) to merge them. A report marked as a
 * partial copy ({@link ImportedReport#partialCopyOf()}: the reader's report given again in one
 * input with only rows of the report before it, byte for byte, lacking some of them) is a copy
 * of that report, never a version of its key, so the fuller report counts whichever version is
 * preferred.
 *
 * <p><b>Another period of a post.</b> A report whose key no input gave before, but whose post an
 * <i>earlier</i> input gives (for another period, then), is counted like any new report and told as
 * {@link IdentityEvent.Kind#OTHER_PERIOD}, counted by input in {@link IdentityCounts}: a release
 * that corrected a report's period gives it under another key, and then both versions count. A
 * post that one input gives for several periods is not told (the Air Force splits posts so). With
 * two or more inputs, the first report of each post is kept in a table of 64-bit post hashes (32
 * to 64 bytes a post) until the census begins; from there no report is checked, and
 * {@link IdentityCounts#postsChecked()} says so.
 *
 * <p><b>How it is read.</b> Once when it can be: while an input is read (a file in byte ranges on
 * several threads), each part counts the first report of each key that no earlier input holds and
 * the part has not seen; the merge, in input order, builds the index and checks that no key was
 * counted in two parts of one input and, under {@code LAST}, that no counted report was revised
 * later. If either happened, that reading's sink is dropped and every input is read a second time
 * into a new sink from the {@code Supplier}, each report counted exactly when it is its key's
 * report by the complete index. Either way the sink gets the same reports, in input order, whatever
 * the path (a file in ranges, on one thread or several, or a stream), so its result is the same.
 * Rejected rows and warnings reach the sink of the reading it keeps. The second reading needs
 * inputs that can be read again ({@link ReportInput}); one that gives other counts the second time
 * is a {@link FileChangedException}. {@link #indexingFirst()} always reads twice, the first time
 * only to build the index, for a sink that writes as it goes and cannot drop what it got.
 *
 * <p><b>Memory.</b> The index grows with the number of distinct keys, not with the reports' size:
 * 24 bytes of hashes and 8 of location a key, in a table kept between 3/8 and 3/4 full, so 43 to
 * 85 bytes a key, and about 100 bytes more for each key given in more than one version. A part of
 * an input holds about 69 bytes for each of its reports and two for each character of its post, in
 * columns of primitives and chunks of 256 KB ({@code SeenReports}), and 8 to 16 bytes a key to tell
 * the keys it has met ({@code PartKeys}), until it is merged; a merged part's columns and table
 * go, emptied, to a part made after it (at most eight kept, never more than the read had parts
 * alive at once). Keys are compared by a 128-bit hash: two different keys collide with a
 * probability of about n²/2¹²⁹ among n keys. The index holds at most
 * {@link #withIndexLimit a limit} of keys (by default what a tenth of the heap holds, up to
 * 1,048,576 keys). Past it, {@link #read} stops indexing and takes a census instead: the first
 * 64 bits of each key's hash go to a sorted file on disk (8 bytes a report; at most 8 MB of
 * memory), and at the end of the reading the census gives the keys given more than once. None
 * (every report of a 10-million-row file of 5.6 million reports): the reading stands, as it was
 * read. Some: a second reading indexes those keys alone (memory then grows with the keys given
 * more than once) and a third counts, as above.
 *
 * <pre>{@code
 * AirForceCsvReader reader = AirForceCsv.reader();
 * List<ReportInput> inputs = List.of(
 *     ReportInput.of("2023-07.csv", sink -> reader.read(Path.of("2023-07.csv"), sink)),
 *     ReportInput.of("2026-02.csv", sink -> reader.read(Path.of("2026-02.csv"), sink)));
 * StatsQuery query = StatsQuery.groupBy(Dimension.MONTH);
 * DistinctReports.Result<ReportSink.Collecting<StrikeReport, ?, StatsTable>> read =
 *     DistinctReports.preferLast().read(inputs,
 *         () -> ReportSink.collecting(ImportedReport::report, query.toTable()));
 * StatsTable table = read.sink().result();
 * System.out.println(read.identity()); // "2,071 reports read, 1,956 counted: 115 revisions ..."
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; a reading is not (one reading at a time per sink).
 */
public final class DistinctReports {

  /** Which version of a revised report counts. */
  public enum Prefer {
    /** The first version: the first report of the key. */
    FIRST,
    /** The latest version: the version whose first report was read last (the default). */
    LAST
  }

  private static final Consumer<IdentityEvent> NOBODY = e -> { };

  private final Prefer prefer;
  private final Consumer<? super IdentityEvent> listener;
  private final boolean indexFirst;
  private final long limit;

  private DistinctReports(Prefer prefer, Consumer<? super IdentityEvent> listener,
      boolean indexFirst, long limit) {
    this.prefer = prefer;
    this.listener = listener;
    this.indexFirst = indexFirst;
    this.limit = limit;
  }

  /** The most keys the index holds by default, whatever the heap: 64 MB at 64 bytes a key. */
  static final long MAX_DEFAULT_LIMIT = 1 << 20;

  /**
   * The default limit of {@link #withIndexLimit}: as many keys as a tenth of the heap holds, at
   * 64 bytes a key, at least 65,536 (about 420,000 keys under {@code -Xmx256m}) and at most
   * {@link #MAX_DEFAULT_LIMIT}. The cap keeps memory from growing with the file when the heap is
   * large: an index of ten million keys made the JVM grow its heap to 5 GB, and on the machine the
   * README measures on, faulting that memory in cost more time than the census saves.
   */
  static long defaultLimit() {
    return Math.min(MAX_DEFAULT_LIMIT,
        Math.max(1 << 16, Runtime.getRuntime().maxMemory() / 10 / 64));
  }

  /**
   * Returns a copy whose index of report keys holds at most {@code keys} keys in memory (by
   * default as many as a tenth of the heap holds, up to 1,048,576). Past it, {@link #read} counts
   * the keys of the rest by sorting their digests on disk (8 bytes a report, in temporary files
   * removed at the end); when no key turns out to be given twice, the reading stands, and otherwise
   * the keys given more than once are indexed alone in a second reading, and a third counts;
   * {@link #list} reads a second time to tell what it could not.
   *
   * @param keys the most keys held in memory, at least 1
   * @return the copy
   * @throws IllegalArgumentException if {@code keys} is below 1
   */
  public DistinctReports withIndexLimit(long keys) {
    if (keys < 1) {
      throw new IllegalArgumentException("the index limit must be at least 1: " + keys);
    }
    return new DistinctReports(prefer, listener, indexFirst, keys);
  }

  /**
   * Returns readings where the latest version of a revised report counts.
   *
   * @return the readings
   */
  public static DistinctReports preferLast() {
    return new DistinctReports(Prefer.LAST, NOBODY, false, defaultLimit());
  }

  /**
   * Returns readings where the given version of a revised report counts.
   *
   * @param prefer the version
   * @return the readings
   */
  public static DistinctReports preferring(Prefer prefer) {
    Objects.requireNonNull(prefer, "prefer");
    return new DistinctReports(prefer, NOBODY, false, defaultLimit());
  }

  /**
   * Returns a copy that tells a listener of every copy and revision, on the calling thread, in
   * input order (during the first reading only).
   *
   * @param newListener the listener
   * @return the copy
   */
  public DistinctReports onEvent(Consumer<? super IdentityEvent> newListener) {
    Objects.requireNonNull(newListener, "newListener");
    return new DistinctReports(prefer, newListener, indexFirst, limit);
  }

  /**
   * Returns a copy that always reads twice: first only to build the index, then into the sink,
   * which gets only the reports that count, once. For a sink that writes as it goes.
   *
   * @return the copy
   */
  public DistinctReports indexingFirst() {
    return new DistinctReports(prefer, listener, true, limit);
  }

  /**
   * Returns which version of a revised report counts.
   *
   * @return {@link Prefer#LAST} unless chosen
   */
  public Prefer prefer() {
    return prefer;
  }

  /**
   * What a reading gave.
   *
   * @param sink the sink that got the reports that count (from the last reading)
   * @param counts the counts of each input, in order
   * @param identity the copies and revisions found
   * @param readings how many times the inputs were read: 1, 2, or 3 after a census that found
   *     keys given more than once
   * @param <S> the sink
   */
  public record Result<S>(S sink, List<ImportCounts> counts, IdentityCounts identity,
      int readings) {
    /** Checks the components. */
    public Result {
      Objects.requireNonNull(sink, "sink");
      counts = ImmutableList.copyOf(counts);
      Objects.requireNonNull(identity, "identity");
    }
  }

  /**
   * Reads the inputs, in order, into a sink that gets each report once: see the class comment.
   *
   * @param inputs the inputs, in order; at most 32,768
   * @param sinks makes the sink; called again for a second reading, when one is needed
   * @param <S> the sink
   * @return the sink that got the reports, the counts and what was found
   * @throws IOException if an input cannot be read, or gives other counts when read again
   * @throws IllegalArgumentException for more than 32,768 inputs
   */
  public <S extends ReportSink<?>> Result<S> read(List<? extends ReportInput> inputs,
      Supplier<? extends S> sinks) throws IOException {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(sinks, "sinks");
    Tracker tracker = new Tracker(prefer, listener, inputs, limit);
    S first = Objects.requireNonNull(sinks.get(), "sink");
    List<ImportCounts> counts = pass(inputs, first,
        indexFirst ? IdentitySink.Mode.INDEXING : IdentitySink.Mode.OPTIMISTIC, tracker);
    int readings = 1;
    if (tracker.overflowed()) {
      // the census: the first reading stands when no key came twice; otherwise the keys that did
      // are indexed, alone, in a reading of their own
      boolean repeats = tracker.restrict();
      if (!repeats && !indexFirst) {
        return new Result<>(first, counts, tracker.counts(), 1);
      }
      if (repeats) {
        same(inputs, counts, pass(inputs, first, IdentitySink.Mode.INDEXING, tracker));
        readings++;
      }
    } else if (!indexFirst && !tracker.dirty) {
      return new Result<>(first, counts, tracker.counts(), 1);
    }
    S second = indexFirst ? first : Objects.requireNonNull(sinks.get(), "sink");
    same(inputs, counts, pass(inputs, second, IdentitySink.Mode.FINAL, tracker));
    return new Result<>(second, counts, tracker.counts(), readings + 1);
  }

  /** Checks that a reading gave the counts of the first. */
  private static void same(List<? extends ReportInput> inputs, List<ImportCounts> counts,
      List<ImportCounts> again) throws FileChangedException {
    for (int i = 0; i < counts.size(); i++) {
      if (!counts.get(i).equals(again.get(i))) {
        throw new FileChangedException(inputs.get(i).name() + ": the input changed between two"
            + " readings (" + counts.get(i) + ", then " + again.get(i) + ")");
      }
    }
  }

  /**
   * Reads the inputs once, in order, into a sink that gets every report, copies and revisions
   * too, and tells the listener of each copy and revision: for checking the inputs rather than
   * counting their reports. When the index passes its {@link #withIndexLimit limit} and the census
   * finds keys given more than once, the inputs are read a second time, the sink getting nothing,
   * to tell the copies and revisions of the reports read after the census began: those are told
   * after every report reached the sink, not among them.
   *
   * @param inputs the inputs, in order; at most 32,768
   * @param sink the sink
   * @param <S> the sink
   * @return the sink, the counts and what was found
   * @throws IOException if an input cannot be read
   * @throws IllegalArgumentException for more than 32,768 inputs
   */
  public <S extends ReportSink<?>> Result<S> list(List<? extends ReportInput> inputs, S sink)
      throws IOException {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(sink, "sink");
    Tracker tracker = new Tracker(prefer, listener, inputs, limit);
    List<ImportCounts> counts = pass(inputs, sink, IdentitySink.Mode.LISTING, tracker);
    if (tracker.overflowed() && tracker.restrict()) {
      // the copies and revisions after the census began are told by a second reading that
      // indexes the keys given more than once alone; the sink got every report already
      same(inputs, counts, pass(inputs, sink, IdentitySink.Mode.INDEXING, tracker));
      return new Result<>(sink, counts, tracker.counts(), 2);
    }
    return new Result<>(sink, counts, tracker.counts(), 1);
  }

  private static List<ImportCounts> pass(List<? extends ReportInput> inputs, ReportSink<?> sink,
      IdentitySink.Mode mode, Tracker tracker) throws IOException {
    List<ImportCounts> counts = new ArrayList<>(inputs.size());
    for (int i = 0; i < inputs.size(); i++) {
      ImportCounts c = inputs.get(i).readInto(wrap(sink, mode, tracker, i));
      counts.add(Objects.requireNonNull(c, "counts"));
      if (mode != IdentitySink.Mode.FINAL) {
        tracker.endInput(i, c);
      }
    }
    return counts;
  }

  private static <P> IdentitySink<P> wrap(ReportSink<P> sink, IdentitySink.Mode mode,
      Tracker tracker, int input) {
    return new IdentitySink<>(sink, mode, tracker, input);
  }

  /**
   * The state of one reading of several inputs: the index of the inputs read (settled), the index
   * of the input being read (current, changed only at merges, on the calling thread), the counts,
   * and whether a decision of an optimistic reading was wrong. Not thread-safe, but the settled
   * index may be read by the reader's threads while an input is read.
   */
  static final class Tracker {
    private final Prefer prefer;
    private final Consumer<? super IdentityEvent> listener;
    /** Not final: the first input's index becomes the settled one as it is ({@link #endInput}). */
    private IdentityIndex settled = new IdentityIndex();
    private IdentityIndex current = new IdentityIndex();
    private final String[] names;
    private final String[] files;
    private final boolean[] named;
    private final long[] reports;
    private final long[] duplicates;
    private final long[] revisions;
    private final List<TreeMap<Integer, Long>> duplicatesOf = new ArrayList<>();
    private final List<TreeMap<Integer, Long>> revisionsOf = new ArrayList<>();
    /** Reports of a new key whose post an earlier input gives (for another period), by input. */
    private final long[] otherPeriods;
    private final List<TreeMap<Integer, Long>> otherPeriodsOf = new ArrayList<>();
    /**
     * Where each post was first read, with two or more inputs, until the census begins (then null,
     * and {@link #postsChecked} false); null with one input, which has no earlier input.
     */
    private PostIndex posts;
    private boolean postsChecked = true;
    private long revisedKeys;
    boolean dirty;
    /** The most keys the indexes hold before the census takes over. */
    private final long limit;
    /** The census of key digests, once the indexes passed the limit; null before. */
    private KeyCensus census;
    /** The digests of keys found repeated while the indexes held them all. */
    private long[] knownRepeats = new long[8];
    private int knownRepeatCount;
    /** A restricted reading's keys given more than once (digests, ascending); null otherwise. */
    private long[] repeated;
    /** The reports recorded in this reading, and the first whose events are told. */
    private long sequence;
    private long toldFrom;

    Tracker(Prefer prefer, Consumer<? super IdentityEvent> listener,
        List<? extends ReportInput> inputs, long limit) {
      this.limit = limit;
      if (inputs.size() > IdentityIndex.MAX_INPUTS) {
        throw new IllegalArgumentException("at most " + IdentityIndex.MAX_INPUTS + " inputs: "
            + inputs.size());
      }
      this.prefer = prefer;
      this.listener = listener;
      int n = inputs.size();
      names = new String[n];
      files = new String[n];
      named = new boolean[n];
      reports = new long[n];
      duplicates = new long[n];
      revisions = new long[n];
      otherPeriods = new long[n];
      posts = n > 1 ? new PostIndex() : null;
      for (int i = 0; i < n; i++) {
        names[i] = Objects.requireNonNull(inputs.get(i), "input").name();
        files[i] = names[i];
        duplicatesOf.add(new TreeMap<>());
        revisionsOf.add(new TreeMap<>());
        otherPeriodsOf.add(new TreeMap<>());
      }
    }

    IdentityIndex settled() {
      return settled;
    }

    /**
     * Whether the report read at {@code where} counts, from the complete index (or, after a
     * census, because its key is given once).
     */
    boolean counts(ReportFingerprint fp, long where) {
      if (repeated != null && Arrays.binarySearch(repeated, fp.keyHigh()) < 0) {
        return true;
      }
      return winner(fp) == where;
    }

    /** Where the report that counts for a key was read, from the complete index; 0 if none. */
    private long winner(ReportFingerprint fp) {
      int slot = settled.find(fp.keyHigh(), fp.keyLow());
      if (slot < 0) {
        return 0;
      }
      return prefer == Prefer.FIRST ? settled.versionWhere(slot, 0)
          : settled.versionWhere(slot, settled.versions(slot) - 1);
    }

    void lineless(int input, long n) {
      reports[input] += n;
    }

    /**
     * Puts one report in order: the index of this input, copies, revisions, wrong decisions.
     *
     * @param seen the reports of a part
     * @param i the report's place in it
     */
    void record(int input, SeenReports seen, int i, boolean optimistic) {
      if (!named[input]) {
        named[input] = true;
        files[input] = seen.at(i).file(); // the name the reader gives in locations
      }
      long where = seen.where(i);
      boolean counted = seen.counted(i);
      long lines = seen.lines(i);
      reports[input]++;
      long seq = sequence++;
      long h = seen.keyHigh(i);
      if (repeated != null && Arrays.binarySearch(repeated, h) < 0) {
        return; // given once in all the inputs: no copy, no revision
      }
      if (census != null) {
        census.add(h);
        return;
      }
      long partialOf = seen.partialCopyOf(i);
      if (partialOf != 0) {
        partialCopy(input, seen, i, h, partialOf, seq);
        return;
      }
      long l = seen.keyLow(i);
      int s = settled.find(h, l);
      int c;
      if (s < 0) {
        c = current.findOrInsert(h, l, lines, where);
        if (c < 0) { // a new key: now in the index
          if (posts != null && repeated == null) {
            checkPost(input, seen, i, where, seq);
          }
          keepWithinLimit(seq);
          return;
        }
      } else {
        c = current.find(h, l);
      }
      noteRepeat(h);
      if (optimistic && counted) {
        dirty = true; // counted in two parts of one input
      }
      long earlier = 0;
      if (s >= 0) {
        int v = settled.versionOf(s, lines);
        if (v >= 0) {
          earlier = settled.versionWhere(s, v);
        }
      }
      if (earlier == 0 && c >= 0) {
        int v = current.versionOf(c, lines);
        if (v >= 0) {
          earlier = current.versionWhere(c, v);
        }
      }
      IdentityEvent.Kind kind;
      if (earlier != 0) {
        kind = IdentityEvent.Kind.DUPLICATE;
        duplicates[input]++;
        duplicatesOf.get(input).merge(IdentityIndex.input(earlier), 1L, Long::sum);
      } else {
        kind = IdentityEvent.Kind.REVISION;
        earlier = c >= 0 ? current.versionWhere(c, current.versions(c) - 1)
            : settled.versionWhere(s, settled.versions(s) - 1);
        int before = (s >= 0 ? settled.versions(s) : 0) + (c >= 0 ? current.versions(c) : 0);
        if (before == 1) {
          revisedKeys++;
        }
        if (c >= 0) {
          current.addVersion(c, lines, where);
        } else {
          current.insert(h, l, lines, where);
        }
        revisions[input]++;
        revisionsOf.get(input).merge(IdentityIndex.input(earlier), 1L, Long::sum);
        if (optimistic && prefer == Prefer.LAST) {
          dirty = true; // a report counted before is not the latest version
        }
      }
      if (seq >= toldFrom) { // a restricted reading tells only what the first one did not
        listener.accept(new IdentityEvent(kind, seen.key(i), seen.at(i), FileLocation.of(
            files[IdentityIndex.input(earlier)], IdentityIndex.line(earlier))));
      }
      keepWithinLimit(seq); // once this report is told
    }

    /** A key given more than once, for a census, should the index pass its limit later. */
    private void noteRepeat(long h) {
      if (repeated == null) {
        if (knownRepeatCount == knownRepeats.length) {
          knownRepeats = Arrays.copyOf(knownRepeats, Math.max(8, knownRepeatCount * 2));
        }
        knownRepeats[knownRepeatCount++] = h;
      }
    }

    /**
     * A partial copy (rows of a report given again in the same input, lacking some of them): a copy
     * of the report whose rows it repeats, never a version of its key, so that the fuller report
     * counts whichever version is preferred.
     */
    private void partialCopy(int input, SeenReports seen, int i, long h, long of, long seq) {
      noteRepeat(h); // its key is given more than once
      duplicates[input]++;
      duplicatesOf.get(input).merge(IdentityIndex.input(of), 1L, Long::sum);
      if (seq >= toldFrom) {
        listener.accept(new IdentityEvent(IdentityEvent.Kind.DUPLICATE, seen.key(i), seen.at(i),
            FileLocation.of(files[IdentityIndex.input(of)], IdentityIndex.line(of))));
      }
      keepWithinLimit(seq);
    }

    /**
     * A report of a new key: when an earlier input gives its post (for another period, since the
     * key is new), it is counted and told as {@link IdentityEvent.Kind#OTHER_PERIOD}. Only in a
     * first reading before the census: the counts are not reset by {@link #restrict}, and a
     * restricted reading does not come here.
     */
    private void checkPost(int input, SeenReports seen, int i, long where, long seq) {
      long first = posts.firstOrPut(seen.postHash(i), where);
      int earlier = IdentityIndex.input(first);
      if (earlier >= input) {
        return; // the post is new, or this input gave it first (a post split into periods)
      }
      otherPeriods[input]++;
      otherPeriodsOf.get(input).merge(earlier, 1L, Long::sum);
      if (seq >= toldFrom) {
        listener.accept(new IdentityEvent(IdentityEvent.Kind.OTHER_PERIOD, seen.key(i),
            seen.at(i), FileLocation.of(files[earlier], IdentityIndex.line(first))));
      }
    }

    /**
     * Starts the census after report {@code seq} when the indexes and the repeats noted for it hold
     * more than the limit (never in a restricted reading: its memory grows with the keys given
     * more than once).
     */
    private void keepWithinLimit(long seq) {
      if (repeated == null && settled.size() + (long) current.size() + knownRepeatCount > limit) {
        startCensus(seq + 1);
      }
    }

    /** Ends the reading of one input: its index joins the settled one. */
    void endInput(int input, ImportCounts counts) {
      if (census != null) {
        settled.clear(); // no reader of this input is left to look keys up in it
        current.clear();
        return;
      }
      if (settled.size() == 0) {
        // the first input read (or the first with reports): its index becomes the settled one as
        // it is. Joining key by key took a third of a second a million reports, on the calling
        // thread, after every reader thread had ended; the next input's readers, started after
        // this, look keys up through settled()
        IdentityIndex empty = settled;
        settled = current;
        current = empty;
        return;
      }
      settled.ensureCapacity(settled.size() + current.size());
      current.forEach((h, l, index, slot) -> {
        int s = settled.find(h, l);
        int from = 0;
        if (s < 0) {
          s = settled.insert(h, l, index.versionLines(slot, 0), index.versionWhere(slot, 0));
          from = 1;
        }
        for (int v = from; v < index.versions(slot); v++) {
          settled.addVersion(s, index.versionLines(slot, v), index.versionWhere(slot, v));
        }
      });
      current.clear();
    }

    /**
     * The indexes passed the limit: from the report after {@code next}, keys are counted by the
     * census, and the keys indexed so far join it (those found repeated twice). The settled index
     * stays until the input ends, since the reader's threads may look keys up in it.
     */
    private void startCensus(long next) {
      census = new KeyCensus(KeyCensus.DEFAULT_CAPACITY);
      if (posts != null) { // memory must not grow with the posts either: the check stops here
        posts = null;
        postsChecked = false;
      }
      IdentityIndex.Visitor add = (h, l, index, slot) -> census.add(h);
      settled.forEach(add);
      current.forEach(add);
      current.clear();
      for (int i = 0; i < knownRepeatCount; i++) {
        census.add(knownRepeats[i]);
        census.add(knownRepeats[i]);
      }
      knownRepeats = new long[0];
      knownRepeatCount = 0;
      toldFrom = next;
    }

    /** Whether the indexes passed the limit in this reading. */
    boolean overflowed() {
      return census != null;
    }

    /**
     * Ends the census and readies a reading of only the keys given more than once (by digest,
     * which may take in a few keys given once): the counts start again, and the events of the
     * reports before the census are not told again. Returns whether there are any.
     */
    boolean restrict() {
      repeated = census.repeated();
      census = null;
      if (repeated.length == 0) {
        return false; // the counts of the reading stand: no copy, no revision
      }
      settled.clear();
      current.clear();
      Arrays.fill(reports, 0);
      Arrays.fill(duplicates, 0);
      Arrays.fill(revisions, 0);
      duplicatesOf.forEach(TreeMap::clear);
      revisionsOf.forEach(TreeMap::clear);
      revisedKeys = 0;
      dirty = false;
      sequence = 0;
      return true;
    }

    IdentityCounts counts() {
      List<IdentityCounts.Input> list = new ArrayList<>(names.length);
      for (int i = 0; i < names.length; i++) {
        list.add(new IdentityCounts.Input(names[i], reports[i], duplicates[i], revisions[i],
            duplicatesOf.get(i), revisionsOf.get(i), otherPeriods[i], otherPeriodsOf.get(i)));
      }
      return new IdentityCounts(list, revisedKeys, prefer, postsChecked);
    }
  }
}
