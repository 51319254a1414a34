package org.conflictstats.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.conflictstats.model.WeaponCatalog;

/** Speed prototype of a byte-level parallel scanner. */
final class ScanPrototype {

  static final int UNIT = 8 << 20;
  static final int TAIL = 1 << 16;

  static Map<GroupKey, GroupSums> run(Path file) throws Exception {
    int threads = Runtime.getRuntime().availableProcessors();
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      // header
      ByteBuffer hb = ByteBuffer.allocate(4096);
      ch.read(hb, 0);
      int headerEnd = 0;
      while (hb.get(headerEnd) != '\n') {
        headerEnd++;
      }
      String[] header = new String(hb.array(), 0, headerEnd, StandardCharsets.UTF_8).split(",");
      List<String> cols = List.of(header);
      long dataStart = headerEnd + 1;
      int units = (int) ((size - dataStart + UNIT - 1) / UNIT);
      AtomicInteger next = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(threads, r -> { Thread t = new Thread(r); t.setDaemon(true); return t; });
      WeaponIds ids = new WeaponIds();
      Unit[] done = new Unit[units];
      List<Future<?>> fs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        fs.add(pool.submit(() -> {
          Scanner s = new Scanner(cols, ids);
          int u;
          while ((u = next.getAndIncrement()) < units) {
            long from = dataStart + (long) u * UNIT;
            long to = Math.min(size, from + UNIT);
            done[u] = s.unit(ch, from, to, size, u == 0);
          }
          return null;
        }));
      }
      for (Future<?> f : fs) {
        f.get();
      }
      pool.shutdown();
      // check boundaries
      for (int u = 1; u < units; u++) {
        if (done[u].start != done[u - 1].end) {
          throw new IllegalStateException("boundary mismatch at unit " + u);
        }
      }
      // merge
      Unit all = new Unit();
      for (Unit u : done) {
        for (int g = 0; g < u.groups; g++) {
          int t = all.group(u.keys[g]);
          for (int k = 0; k < W; k++) {
            all.sums[t * W + k] += u.sums[g * W + k];
          }
        }
      }
      Map<GroupKey, GroupSums> out = new HashMap<>();
      for (int g = 0; g < all.groups; g++) {
        int key = all.keys[g];
        long[] a = all.sums;
        int o = g * W;
        GroupSums gs = new GroupSums(a[o], a[o + 1], a[o + 2], a[o + 3], a[o + 4], a[o + 5],
            a[o + 6], a[o + 7], a[o + 8], a[o + 9], a[o + 10]);
        int month = key >>> 12;
        String m = String.format("%04d-%02d", month / 12, month % 12 + 1);
        out.merge(new GroupKey(m, ids.name(key & 0xFFF)), gs, GroupSums::plus);
      }
      return out;
    }
  }

  static final int W = 11;

  static final java.lang.invoke.VarHandle LONG = java.lang.invoke.MethodHandles
      .byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  static final long ONES = 0x0101010101010101L;
  static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

  /** High bit of each byte that is a comma, a line feed or a quote. */
  static long structural(long w) {
    return zeroBytes(w ^ (ONES * ',')) | zeroBytes(w ^ (ONES * '\n')) | zeroBytes(w ^ (ONES * '"'));
  }

  static long zeroBytes(long x) {
    long t = (x & LOW7) + LOW7;
    return ~(t | x | LOW7);
  }

  static final class Unit {
    long start;
    long end;
    int[] keys = new int[256];
    long[] sums = new long[256 * W];
    int groups;
    int[] table = new int[1 << 14]; // open addressing: group index + 1

    int group(int key) {
      int mask = table.length - 1;
      int h = (key * 0x9E3779B9) >>> 18 & mask;
      while (true) {
        int t = table[h];
        if (t == 0) {
          if (groups == keys.length) {
            keys = java.util.Arrays.copyOf(keys, groups * 2);
            sums = java.util.Arrays.copyOf(sums, groups * 2 * W);
          }
          keys[groups] = key;
          table[h] = groups + 1;
          tkeys[h] = key;
          return groups++;
        }
        if (tkeys[h] == key) {
          return t - 1;
        }
        h = (h + 1) & mask;
      }
    }

    int[] tkeys = new int[1 << 14];
  }

  /** Resolves raw model bytes to small ids, shared by the threads. */
  static final class WeaponIds {
    private final Map<String, Integer> byRaw = new HashMap<>();
    private final Map<String, Integer> byName = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    synchronized int id(String raw) {
      Integer id = byRaw.get(raw);
      if (id == null) {
        String name = WeaponCatalog.builtIn().resolve(raw).name();
        id = byName.get(name);
        if (id == null) {
          id = names.size();
          names.add(name);
          byName.put(name, id);
        }
        byRaw.put(raw, id);
      }
      return id;
    }

    synchronized String name(int id) {
      return names.get(id);
    }
  }

  static final class Scanner {
    final int width;
    final int cEnd;
    final int cModel;
    final int cL;
    final int cD;
    final int cS;
    final byte[] need;
    long needBits;
    final int[] fs = new int[64];
    final int[] fe = new int[64];
    final WeaponIds ids;
    byte[] buf = new byte[UNIT + TAIL + 8];
    // thread-local raw-model cache: hash of bytes -> id
    final byte[][] cacheKeys = new byte[1024][];
    final int[] cacheIds = new int[1024];

    Scanner(List<String> cols, WeaponIds ids) {
      this.ids = ids;
      width = cols.size();
      cEnd = cols.indexOf("time_end");
      cModel = cols.indexOf("model");
      cL = cols.indexOf("launched");
      cD = cols.indexOf("destroyed");
      cS = cols.indexOf("not_reach_goal");
      need = new byte[width];
      need[cEnd] = need[cModel] = need[cL] = need[cD] = need[cS] = 1;
      for (int i = 0; i < width; i++) {
        if (need[i] != 0) {
          needBits |= 1L << i;
        }
      }
    }

    Unit unit(FileChannel ch, long from, long to, long size, boolean first) throws IOException {
      long readFrom = first ? from : from - 1;
      int len = (int) Math.min(size - readFrom, (to - readFrom) + TAIL);
      java.nio.MappedByteBuffer mb = ch.map(FileChannel.MapMode.READ_ONLY, readFrom, len);
      mb.get(0, buf, 0, len);
      byte[] b = buf;
      int p = 0;
      if (!first) {
        // the first record starts after the first line break at or after from - 1
        while (b[p] != '\n') {
          p++;
        }
        p++;
      }
      Unit u = new Unit();
      u.start = readFrom + p;
      int stop = (int) (to - readFrom);
      int limit = len;
      byte[] nd = need;
      int w = width;
      int[] s0 = fs;
      int[] e0 = fe;
      if (readFrom + len == size && (len == 0 || b[len - 1] != '\n')) {
        b[len] = '\n';
      }
      java.util.Arrays.fill(b, len + 1, Math.min(b.length, len + 9), (byte) '\n');
      while (p < stop && p < limit) {
        int col = 0;
        int fieldStart = p;
        int pos = p;
        outer:
        while (true) {
          long word = (long) LONG.get(b, pos);
          long cm = zeroBytes(word ^ (ONES * ','));
          long qn = zeroBytes(word ^ (ONES * '\n')) | zeroBytes(word ^ (ONES * '"'));
          if (qn == 0) {
            int k = Long.bitCount(cm);
            if (((needBits >>> col) & ((1L << k) - 1)) == 0) {
              if (k > 0) {
                col += k;
                fieldStart = pos + ((63 - Long.numberOfLeadingZeros(cm)) >>> 3) + 1;
              }
              pos += 8;
              continue;
            }
          }
          long m = cm | qn;
          while (m != 0) {
            int at = pos + (Long.numberOfTrailingZeros(m) >>> 3);
            byte c = b[at];
            if (c == '"') {
              // a quoted field: from its opening quote to its closing one
              int q = at + 1;
              while (true) {
                if (b[q] == '"') {
                  if (b[q + 1] == '"') {
                    q += 2;
                    continue;
                  }
                  break;
                }
                q++;
              }
              if (col < 64) {
                s0[col] = at + 1;
                e0[col] = q;
              }
              col++;
              c = b[q + 1];
              fieldStart = q + 2;
              if (c == '\n') {
                p = q + 2;
                break outer;
              }
              pos = q + 2;
              continue outer;
            }
            if (col < 64) {
              s0[col] = fieldStart;
              e0[col] = at;
            }
            col++;
            fieldStart = at + 1;
            if (c == '\n') {
              p = at + 1;
              break outer;
            }
            m &= m - 1;
          }
          pos += 8;
        }
        if (col != w) {
          throw new IllegalStateException("columns " + col);
        }
        // interpret
        int es = s0[cEnd];
        int year = (b[es] - '0') * 1000 + (b[es + 1] - '0') * 100 + (b[es + 2] - '0') * 10
            + (b[es + 3] - '0');
        int month = (b[es + 5] - '0') * 10 + (b[es + 6] - '0');
        int weapon = weapon(b, s0[cModel], e0[cModel]);
        if (year < 2022 || month < 1 || month > 12 || weapon >= 4096) {
          throw new IllegalStateException("bad " + year + " " + month + " " + weapon + " at " + (readFrom + es) + ": " + new String(b, es, 30, StandardCharsets.UTF_8));
        }
        long l = count(b, s0[cL], e0[cL]);
        long d = count(b, s0[cD], e0[cD]);
        long sp = count(b, s0[cS], e0[cS]);
        int g = u.group(((year * 12 + month - 1) << 12) | weapon);
        long[] a = u.sums;
        int o = g * W;
        a[o]++;
        if (l >= 0) {
          a[o + 1] += l;
        } else {
          a[o + 2]++;
        }
        if (d >= 0) {
          a[o + 3] += d;
        } else {
          a[o + 4]++;
        }
        if (sp >= 0) {
          a[o + 5] += sp;
        } else {
          a[o + 6]++;
        }
        if (l > 0) {
          a[o + 7]++;
          a[o + 8] += l;
          a[o + 9] += Math.max(d, 0);
          a[o + 10] += Math.max(sp, 0);
        }
      }
      if (p > len) {
        throw new IllegalStateException("record beyond tail");
      }
      u.end = readFrom + p;
      return u;
    }

    int weapon(byte[] b, int s, int e) {
      int n = e - s;
      long x = (long) LONG.get(b, s);
      if (n < 8) {
        x &= (1L << (n << 3)) - 1;
      }
      long h = (x ^ n) * 0x9E3779B97F4A7C15L;
      int slot = (int) (h >>> 54);
      while (true) {
        byte[] k = cacheKeys[slot];
        if (k == null) {
          byte[] key = java.util.Arrays.copyOfRange(b, s, e);
          cacheKeys[slot] = key;
          cacheIds[slot] = ids.id(new String(key, StandardCharsets.UTF_8));
          return cacheIds[slot];
        }
        if (java.util.Arrays.equals(k, 0, k.length, b, s, e)) {
          return cacheIds[slot];
        }
        slot = (slot + 1) & 1023;
      }
    }

    /** -1 for unknown. */
    static long count(byte[] b, int s, int e) {
      if (s == e) {
        return -1;
      }
      if (b[s] == 'N') {
        return -1;
      }
      long v = 0;
      int i = s;
      while (i < e && b[i] != '.') {
        v = v * 10 + (b[i] - '0');
        i++;
      }
      return v;
    }
  }
}
