package org.conflictstats.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conflictstats.model.WeaponCatalog;
import org.conflictstats.testing.PlainCsv;

/**
 * A deliberately plain, single-threaded implementation of the workload, written from the definitions
 * and sharing no code with the library's reader or aggregation: the third opinion when ours and
 * DuckDB disagree, and the check of the DuckDB SQL.
 */
final class ReferenceWorkload {

  private ReferenceWorkload() {}

  static Map<GroupKey, GroupSums> run(Path file) throws IOException {
    Map<String, String> canonical = new HashMap<>();
    Map<GroupKey, GroupSums> out = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<String> header = PlainCsv.record(in);
      int timeEnd = header.indexOf("time_end");
      int model = header.indexOf("model");
      int launched = header.indexOf("launched");
      int destroyed = header.indexOf("destroyed");
      int suppressed = header.indexOf("not_reach_goal");
      int still = header.indexOf("still_attacking");
      int border = header.indexOf("border_crossing");
      List<String> r;
      while ((r = PlainCsv.record(in)) != null) {
        String month = r.get(timeEnd).strip().substring(0, 7);
        String weapon = canonical.computeIfAbsent(r.get(model),
            raw -> WeaponCatalog.builtIn().resolve(raw).name());
        long l = count(r.get(launched));
        long d = count(r.get(destroyed));
        long s = count(r.get(suppressed));
        long a = Math.max(0, count(r.get(still)));
        long x = border(r.get(border));
        boolean rated = l > 0;
        long d0 = Math.max(d, 0);
        long s0 = Math.max(s, 0);
        long k = rated ? Math.min(d0, l) : 0;
        long n = rated ? Math.min(d0 + s0, l) : 0;
        GroupSums one = new GroupSums(1, Math.max(l, 0), l < 0 ? 1 : 0, d0, d < 0 ? 1 : 0, s0,
            s < 0 ? 1 : 0, rated ? 1 : 0, rated ? l : 0, k,
            rated ? Math.max(k, l - s0 - a - x) : 0, n, rated ? Math.max(n, l - a - x) : 0);
        out.merge(new GroupKey(month, weapon), one, GroupSums::plus);
      }
    }
    return out;
  }

  private static final java.util.regex.Pattern VALUE =
      java.util.regex.Pattern.compile(":\\s*([0-9]+(\\.[0-9]*)?)");

  /** The known part of a left-airspace cell: the sum of a dict's numbers, or the cell's count. */
  private static long border(String cell) {
    String t = cell.strip();
    if (!t.startsWith("{")) {
      return Math.max(0, count(t));
    }
    long sum = 0;
    java.util.regex.Matcher m = VALUE.matcher(t);
    while (m.find()) {
      sum += (long) Double.parseDouble(m.group(1));
    }
    return sum;
  }

  /** A known count, or -1 when the cell is blank or NaN. */
  private static long count(String cell) {
    String s = cell.strip();
    if (s.isEmpty() || s.equalsIgnoreCase("nan")) {
      return -1;
    }
    double v = Double.parseDouble(s);
    if (v != Math.rint(v) || v < 0) {
      throw new IllegalArgumentException("not a count: " + cell);
    }
    return (long) v;
  }
}
