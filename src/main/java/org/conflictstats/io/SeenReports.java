package org.conflictstats.io;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conflictstats.model.ReportFingerprint;
import org.conflictstats.model.ReportKey;
import org.conflictstats.model.ReportPeriod;
import org.conflictstats.model.ReportTime;
import org.conflictstats.model.TimePrecision;

/**
 * What the identity check saw of the reports of one part of a read, in order, until the part is
 * merged: each report's fingerprint, where it was read, whether it was counted, and its key (post
 * and period), in columns of primitives. A part holds every one of its reports so until its merge,
 * and tens of thousands of records, fingerprints, keys, periods and locations per part were what
 * survived the young collections of a large read and made the heap grow; here a report costs about
 * 69 bytes and two a character of its post, in a handful of arrays and chunks. The key and the
 * location are built again only for a report the merge tells of (a copy or a revision). Not
 * thread-safe.
 */
final class SeenReports {

  private static final int COUNTED = 1;
  private static final int START_IS_DATE = 2;
  private static final int END_IS_DATE = 4;
  /**
   * The characters of a chunk of posts (256 KB): below what G1 allocates apart as a humongous
   * object with any region size, so that a part's posts are not one array grown by copying (on a
   * 10-million-row file that was 7.4 GB of arrays of 2.7 to 11 MB allocated in the old generation).
   */
  static final int CHUNK = 1 << 17;

  private long[] keyHigh;
  private long[] keyLow;
  private long[] lines;
  private long[] where;
  /** Each period's start and end as local epoch minutes. */
  private long[] start;
  private long[] end;
  private byte[] flags;
  /**
   * The posts' characters one after another in chunks of {@link #CHUNK} (a longer post in a chunk
   * of its own): the post's {@code String} dies young with its report instead of living, one object
   * more a report, until the part's merge. Post {@code i} is at chunk {@code postChunk[i]}, from
   * {@code postAt[i]}, for {@code postLength[i]} characters.
   */
  private final List<char[]> chunks = new ArrayList<>();
  /** How many of {@link #chunks} hold this part's posts; those after are kept for reuse. */
  private int chunkCount;
  private char[] chunk = new char[0];
  private int chunkUsed;
  private int[] postChunk;
  private int[] postAt;
  private int[] postLength;
  private ZoneId[] zones;
  /** The file of each report (one for all in practice, the same string: a reference each). */
  private String[] files;
  private final Map<Integer, Long> partialCopies = new HashMap<>();
  private int size;

  SeenReports() {
    this(16);
  }

  /**
   * Columns for about {@code expected} reports to begin with (they grow past it): a part sized like
   * the one before it neither copies its columns as they grow nor holds half of them empty.
   */
  SeenReports(int expected) {
    int n = Math.max(16, expected);
    keyHigh = new long[n];
    keyLow = new long[n];
    lines = new long[n];
    where = new long[n];
    start = new long[n];
    end = new long[n];
    flags = new byte[n];
    postChunk = new int[n];
    postAt = new int[n];
    postLength = new int[n];
    zones = new ZoneId[n];
    files = new String[n];
  }

  /**
   * Adds a report.
   *
   * @param fp its fingerprint
   * @param key its key
   * @param at where it was read (its first row)
   * @param whereCode {@code at}'s input and line as {@link IdentityIndex#where} codes them
   * @param counted whether the sink got it
   * @param partialCopyOf the where-code of the report it is a partial copy of
   *     ({@link ImportedReport#partialCopyOf()}), or 0
   */
  void add(ReportFingerprint fp, ReportKey key, FileLocation at, long whereCode,
      boolean counted, long partialCopyOf) {
    if (partialCopyOf != 0) {
      partialCopies.put(size, partialCopyOf); // rare: kept apart from the columns
    }
    if (size == keyHigh.length) {
      int n = size * 2;
      keyHigh = Arrays.copyOf(keyHigh, n);
      keyLow = Arrays.copyOf(keyLow, n);
      lines = Arrays.copyOf(lines, n);
      where = Arrays.copyOf(where, n);
      start = Arrays.copyOf(start, n);
      end = Arrays.copyOf(end, n);
      flags = Arrays.copyOf(flags, n);
      postChunk = Arrays.copyOf(postChunk, n);
      postAt = Arrays.copyOf(postAt, n);
      postLength = Arrays.copyOf(postLength, n);
      zones = Arrays.copyOf(zones, n);
      files = Arrays.copyOf(files, n);
    }
    ReportPeriod p = key.period();
    keyHigh[size] = fp.keyHigh();
    keyLow[size] = fp.keyLow();
    lines[size] = fp.lines();
    where[size] = whereCode;
    start[size] = p.start().localEpochMinute();
    end[size] = p.end().localEpochMinute();
    flags[size] = (byte) ((counted ? COUNTED : 0)
        | (p.start().isDateOnly() ? START_IS_DATE : 0) | (p.end().isDateOnly() ? END_IS_DATE : 0));
    String post = key.post();
    int length = post.length();
    if (chunkCount == 0 || length > chunk.length - chunkUsed) {
      nextChunk(length);
    }
    int at0 = chunkUsed;
    post.getChars(0, length, chunk, at0);
    chunkUsed += length;
    postChunk[size] = chunkCount - 1;
    postAt[size] = at0;
    postLength[size] = length;
    zones[size] = p.zone();
    files[size] = at.file();
    size++;
  }

  /**
   * Moves to the next chunk, one kept from before {@link #clear} when it has room for
   * {@code length} characters, otherwise a new one.
   */
  private void nextChunk(int length) {
    if (chunkCount < chunks.size() && chunks.get(chunkCount).length >= length) {
      chunk = chunks.get(chunkCount);
    } else {
      chunk = new char[Math.max(CHUNK, length)];
      if (chunkCount < chunks.size()) {
        chunks.set(chunkCount, chunk);
      } else {
        chunks.add(chunk);
      }
    }
    chunkCount++;
    chunkUsed = 0;
  }

  /**
   * Forgets every report and keeps the columns and chunks, for the next part: a read's parts then
   * reuse a few sets of arrays that live in the old generation instead of allocating new ones that
   * the young collections copy until their merge.
   */
  void clear() {
    partialCopies.clear();
    size = 0;
    chunkCount = 0;
    chunkUsed = 0;
  }

  int size() {
    return size;
  }

  long keyHigh(int i) {
    return keyHigh[i];
  }

  long keyLow(int i) {
    return keyLow[i];
  }

  long lines(int i) {
    return lines[i];
  }

  long where(int i) {
    return where[i];
  }

  boolean counted(int i) {
    return (flags[i] & COUNTED) != 0;
  }

  /** The where-code of the report that report {@code i} is a partial copy of, or 0. */
  long partialCopyOf(int i) {
    return partialCopies.isEmpty() ? 0 : partialCopies.getOrDefault(i, 0L);
  }

  /** The report's key, built again: equal to the one {@link #add} was given. */
  ReportKey key(int i) {
    return new ReportKey(post(i), new ReportPeriod(
        time(start[i], (flags[i] & START_IS_DATE) != 0),
        time(end[i], (flags[i] & END_IS_DATE) != 0), zones[i]));
  }

  /** Where the report was read, built again: equal to the location {@link #add} was given. */
  FileLocation at(int i) {
    return FileLocation.of(files[i], IdentityIndex.line(where[i]));
  }

  /**
   * The 64-bit hash of the report's post ({@link PostIndex}), computed from its characters as
   * stored: FNV-1a over the UTF-16 units, then mixed (Stafford's variant 13 of MurmurHash3's
   * finaliser), so that posts that differ only at their end spread over the whole table.
   */
  long postHash(int i) {
    char[] c = chunks.get(postChunk[i]);
    long h = 0xcbf29ce484222325L;
    for (int k = postAt[i], end = k + postLength[i]; k < end; k++) {
      h = (h ^ c[k]) * 0x100000001b3L;
    }
    h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
    h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
    return h ^ (h >>> 31);
  }

  private String post(int i) {
    return new String(chunks.get(postChunk[i]), postAt[i], postLength[i]);
  }

  private static ReportTime time(long minute, boolean date) {
    return new ReportTime(LocalDateTime.ofEpochSecond(minute * 60, 0, ZoneOffset.UTC),
        date ? TimePrecision.DATE : TimePrecision.MINUTE);
  }
}
